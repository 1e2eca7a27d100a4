-- Each council's own data version: the data version of the last change to that council's data (a report of its
-- added or replaced, a correction to one of its figures; a change to the rating schemes counts for every council).
-- A national site's publisher rebuilds only the councils whose version moved.
ALTER TABLE council ADD COLUMN data_version VARCHAR(64) NOT NULL DEFAULT 'empty';
UPDATE council SET data_version = (SELECT token FROM data_version WHERE id = 1);
