-- The text that search looks in, one row per searchable piece (a name, a published value, a note, a comment),
-- already in lower case, with the thing it belongs to. Pieces printed in a report carry that report, so that
-- re-importing a report replaces exactly its pieces. The index that makes substring search fast is vendor
-- specific and is made by the next migration (V5, Java).
-- kind: indicator | milestone | project (name, approach) | project-outcomes
CREATE TABLE search_text (
  id ${id},
  kind VARCHAR(20) NOT NULL,
  owner_id BIGINT NOT NULL,
  report_id BIGINT REFERENCES report(id),
  text TEXT NOT NULL
);
CREATE INDEX search_text_owner ON search_text (kind, owner_id);
CREATE INDEX search_text_report ON search_text (report_id);

-- What an existing database already holds.
INSERT INTO search_text (kind, owner_id, report_id, text) SELECT 'indicator', id, NULL, LOWER(name) FROM indicator;
INSERT INTO search_text (kind, owner_id, report_id, text)
  SELECT 'indicator', id, NULL, LOWER(breakdown) FROM indicator WHERE breakdown IS NOT NULL;
INSERT INTO search_text (kind, owner_id, report_id, text)
  SELECT 'indicator', e.indicator_id, e.report_id, LOWER(v.published_text)
  FROM indicator_entry e JOIN indicator_value v ON v.indicator_entry_id = e.id WHERE v.published_text IS NOT NULL;
INSERT INTO search_text (kind, owner_id, report_id, text)
  SELECT 'indicator', indicator_id, report_id, LOWER(note) FROM indicator_entry WHERE note IS NOT NULL;
INSERT INTO search_text (kind, owner_id, report_id, text)
  SELECT 'indicator', indicator_id, report_id, LOWER(assessment) FROM indicator_entry WHERE assessment IS NOT NULL;
INSERT INTO search_text (kind, owner_id, report_id, text) SELECT 'milestone', id, NULL, LOWER(name) FROM milestone;
INSERT INTO search_text (kind, owner_id, report_id, text)
  SELECT 'milestone', milestone_id, report_id, LOWER(comment) FROM milestone_entry WHERE comment IS NOT NULL;
INSERT INTO search_text (kind, owner_id, report_id, text) SELECT 'project', id, NULL, LOWER(name) FROM project;
INSERT INTO search_text (kind, owner_id, report_id, text)
  SELECT 'project', id, NULL, LOWER(approach) FROM project WHERE approach IS NOT NULL;
INSERT INTO search_text (kind, owner_id, report_id, text)
  SELECT 'project-outcomes', id, NULL, LOWER(outcomes) FROM project WHERE outcomes IS NOT NULL;
