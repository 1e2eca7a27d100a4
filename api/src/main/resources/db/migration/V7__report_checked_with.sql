-- What a stored report file was last checked against: the rating schemes file's SHA-256 and the build of the
-- importer that checked it (ImporterBuild.checkedWith). A database build skips reading a report file whose bytes,
-- source text and check are those stored; NULL (an import, or a report stored before this column) is read again.
ALTER TABLE report ADD COLUMN checked_with VARCHAR(200);
