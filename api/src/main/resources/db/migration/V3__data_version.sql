-- One row that changes whenever the published data changes (an import that changed something, an officer's
-- correction): API answers are kept by it, and clients can compare it to know whether what they hold is current.
CREATE TABLE data_version (
  id INTEGER PRIMARY KEY,
  token VARCHAR(64) NOT NULL
);
INSERT INTO data_version (id, token) VALUES (1, 'empty');
