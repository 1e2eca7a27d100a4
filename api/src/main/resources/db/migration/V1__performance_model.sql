-- The council performance model. Runs unchanged on SQLite and PostgreSQL: the only vendor
-- difference, how an id column is generated, comes in through the ${id} placeholder.
-- Dates are ISO text (YYYY-MM-DD, fixed width) so they order correctly on both.

CREATE TABLE council (
  id ${id},
  slug VARCHAR(100) NOT NULL UNIQUE,
  name TEXT NOT NULL
);

CREATE TABLE corporate_plan (
  id ${id},
  council_id BIGINT NOT NULL REFERENCES council(id),
  title TEXT NOT NULL,
  first_year INTEGER,
  last_year INTEGER,
  UNIQUE (council_id, title)
);

-- A rating scheme is the wording a council used for milestone ratings in some years.
CREATE TABLE rating_scheme (
  id ${id},
  key VARCHAR(500) NOT NULL UNIQUE,
  title TEXT NOT NULL,
  first_year INTEGER NOT NULL,
  last_year INTEGER
);

CREATE TABLE rating_scheme_status (
  id ${id},
  rating_scheme_id BIGINT NOT NULL REFERENCES rating_scheme(id),
  key VARCHAR(500) NOT NULL,
  label TEXT NOT NULL,
  common_status VARCHAR(30) NOT NULL,
  symbol VARCHAR(20),
  position INTEGER NOT NULL,
  UNIQUE (rating_scheme_id, key)
);

CREATE TABLE report (
  id ${id},
  council_id BIGINT NOT NULL REFERENCES council(id),
  slug VARCHAR(200) NOT NULL UNIQUE,
  title TEXT NOT NULL,
  meeting_body TEXT NOT NULL,
  meeting_date VARCHAR(10) NOT NULL,
  meeting_item TEXT,
  financial_year INTEGER NOT NULL,
  quarter INTEGER NOT NULL,
  end_of_year BOOLEAN NOT NULL,
  corporate_plan_id BIGINT REFERENCES corporate_plan(id),
  source_file TEXT NOT NULL,
  source_sha256 VARCHAR(64) NOT NULL,
  canonical_file TEXT NOT NULL,
  canonical_sha256 VARCHAR(64) NOT NULL,
  transcription_method VARCHAR(20) NOT NULL,
  transcription_notes TEXT
);
CREATE INDEX report_council_year ON report (council_id, financial_year, quarter);

-- A Priority Delivery Plan for one financial year.
CREATE TABLE plan (
  id ${id},
  council_id BIGINT NOT NULL REFERENCES council(id),
  financial_year INTEGER NOT NULL,
  key VARCHAR(500) NOT NULL,
  title TEXT NOT NULL,
  corporate_plan_id BIGINT REFERENCES corporate_plan(id),
  rating_scheme_id BIGINT REFERENCES rating_scheme(id),
  UNIQUE (council_id, financial_year, key)
);

-- How a plan appears in one report (its appendix, title as printed there, overall commentary).
CREATE TABLE plan_entry (
  id ${id},
  plan_id BIGINT NOT NULL REFERENCES plan(id),
  report_id BIGINT NOT NULL REFERENCES report(id),
  title TEXT NOT NULL,
  appendix TEXT,
  commentary TEXT,
  comment_heading TEXT,
  source_line INTEGER,
  UNIQUE (plan_id, report_id)
);

CREATE TABLE theme (
  id ${id},
  plan_id BIGINT NOT NULL REFERENCES plan(id),
  key VARCHAR(500) NOT NULL,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  UNIQUE (plan_id, key)
);

-- A series links the same indicator, project or milestone across financial years.
CREATE TABLE series (
  id ${id},
  council_id BIGINT NOT NULL REFERENCES council(id),
  kind VARCHAR(20) NOT NULL,
  key VARCHAR(500) NOT NULL,
  title TEXT NOT NULL,
  UNIQUE (council_id, kind, key)
);

CREATE TABLE indicator (
  id ${id},
  theme_id BIGINT NOT NULL REFERENCES theme(id),
  key VARCHAR(500) NOT NULL,
  name TEXT NOT NULL,
  breakdown TEXT,
  -- Where known: count, money or percent; and whether a higher figure is better.
  unit VARCHAR(20),
  polarity VARCHAR(20),
  series_id BIGINT NOT NULL REFERENCES series(id),
  series_rule VARCHAR(300) NOT NULL,
  position INTEGER NOT NULL,
  UNIQUE (theme_id, key)
);
CREATE INDEX indicator_series ON indicator (series_id);

-- One indicator row as one report printed it.
CREATE TABLE indicator_entry (
  id ${id},
  indicator_id BIGINT NOT NULL REFERENCES indicator(id),
  report_id BIGINT NOT NULL REFERENCES report(id),
  frequency VARCHAR(20),
  total_type VARCHAR(20),
  direction VARCHAR(20),
  comparison TEXT,
  assessment TEXT,
  note TEXT,
  source_table TEXT NOT NULL,
  source_line INTEGER,
  UNIQUE (indicator_id, report_id)
);
CREATE INDEX indicator_entry_report ON indicator_entry (report_id);

-- A published figure: the text exactly as printed, plus numbers parsed only where unambiguous.
-- field is Q1..Q4, TOTAL, TARGET or LAST_YEAR_OUTTURN.
CREATE TABLE indicator_value (
  id ${id},
  indicator_entry_id BIGINT NOT NULL REFERENCES indicator_entry(id),
  field VARCHAR(20) NOT NULL,
  published_text TEXT NOT NULL,
  count_value NUMERIC(20,4),
  money_value NUMERIC(20,4),
  percent_value NUMERIC(20,4),
  UNIQUE (indicator_entry_id, field)
);

CREATE TABLE project (
  id ${id},
  theme_id BIGINT NOT NULL REFERENCES theme(id),
  key VARCHAR(500) NOT NULL,
  approach TEXT,
  name TEXT NOT NULL,
  outcomes TEXT,
  note TEXT,
  series_id BIGINT NOT NULL REFERENCES series(id),
  series_rule VARCHAR(300) NOT NULL,
  position INTEGER NOT NULL,
  UNIQUE (theme_id, key)
);

CREATE TABLE milestone (
  id ${id},
  project_id BIGINT NOT NULL REFERENCES project(id),
  key VARCHAR(500) NOT NULL,
  name TEXT NOT NULL,
  series_id BIGINT NOT NULL REFERENCES series(id),
  series_rule VARCHAR(300) NOT NULL,
  position INTEGER NOT NULL,
  UNIQUE (project_id, key)
);
CREATE INDEX milestone_series ON milestone (series_id);

-- One milestone row as one report printed it: commentary, due marker, other cells.
CREATE TABLE milestone_entry (
  id ${id},
  milestone_id BIGINT NOT NULL REFERENCES milestone(id),
  report_id BIGINT NOT NULL REFERENCES report(id),
  comment TEXT,
  due_text TEXT,
  due_quarter INTEGER,
  cells TEXT,
  note TEXT,
  source_table TEXT NOT NULL,
  source_line INTEGER,
  UNIQUE (milestone_id, report_id)
);
CREATE INDEX milestone_entry_report ON milestone_entry (report_id);

-- A rating in one quarter column: the symbol as published, its meaning in the year's scheme,
-- and the common scale.
CREATE TABLE milestone_rating (
  id ${id},
  milestone_entry_id BIGINT NOT NULL REFERENCES milestone_entry(id),
  quarter INTEGER NOT NULL,
  published_symbol VARCHAR(50) NOT NULL,
  scheme_status VARCHAR(50),
  common_status VARCHAR(30) NOT NULL,
  UNIQUE (milestone_entry_id, quarter)
);
CREATE INDEX milestone_rating_status ON milestone_rating (common_status, quarter);

-- A summary table as published (counts of actions per status, or indicator directions).
CREATE TABLE summary_table (
  id ${id},
  report_id BIGINT NOT NULL REFERENCES report(id),
  plan_id BIGINT REFERENCES plan(id),
  title TEXT,
  source_table TEXT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  period VARCHAR(20) NOT NULL,
  quarter INTEGER NOT NULL,
  note TEXT,
  source_line INTEGER,
  position INTEGER NOT NULL
);
CREATE INDEX summary_table_report ON summary_table (report_id);

-- One cell of a summary table. status is a common-scale key, or 'total'.
CREATE TABLE summary_count (
  id ${id},
  summary_table_id BIGINT NOT NULL REFERENCES summary_table(id),
  row_position INTEGER NOT NULL,
  row_plan_id BIGINT REFERENCES plan(id),
  row_is_total BOOLEAN NOT NULL,
  row_label TEXT,
  status VARCHAR(30) NOT NULL,
  published_text TEXT NOT NULL,
  count_value INTEGER,
  percent_value NUMERIC(20,4),
  UNIQUE (summary_table_id, row_position, status)
);
