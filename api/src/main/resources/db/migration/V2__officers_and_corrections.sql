-- Officers may correct published figures; their passwords are stored only as BCrypt hashes.
CREATE TABLE officer (
  id ${id},
  username VARCHAR(100) NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  created_at VARCHAR(30) NOT NULL,
  disabled BOOLEAN NOT NULL DEFAULT FALSE
);

-- A correction is a new observation, never an overwrite: the published figure stays, and the
-- correction (who, when, why) is read as the later observation of the same figure.
-- kind: indicator-value | milestone-rating | milestone-comment | series-link.
-- Corrections point at stable things (indicator, milestone, report), not at entry rows, so they
-- survive the report being re-imported.
CREATE TABLE correction (
  id ${id},
  officer_id BIGINT NOT NULL REFERENCES officer(id),
  made_at VARCHAR(30) NOT NULL,
  reason TEXT NOT NULL,
  kind VARCHAR(30) NOT NULL,
  report_id BIGINT REFERENCES report(id),
  indicator_id BIGINT REFERENCES indicator(id),
  milestone_id BIGINT REFERENCES milestone(id),
  field VARCHAR(20),
  quarter INTEGER,
  published_text TEXT,
  count_value NUMERIC(20,4),
  money_value NUMERIC(20,4),
  percent_value NUMERIC(20,4),
  common_status VARCHAR(30),
  series_id BIGINT REFERENCES series(id),
  previous_series_id BIGINT REFERENCES series(id)
);
CREATE INDEX correction_indicator ON correction (indicator_id);
CREATE INDEX correction_milestone ON correction (milestone_id);

-- Indexes the public API's filters and batch loads use.
CREATE INDEX plan_year ON plan (financial_year);
CREATE INDEX theme_plan ON theme (plan_id);
CREATE INDEX project_theme ON project (theme_id);
CREATE INDEX milestone_project ON milestone (project_id);
CREATE INDEX plan_entry_report ON plan_entry (report_id);
