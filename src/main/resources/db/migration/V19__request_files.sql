-- The files of a disclosure request (the letter, the reply, notices, other material): personal
-- data like the applicant's details, so only the organisation's editors read them, and nothing here
-- is written to the change log, indexed or exported. The bytes live apart from the metadata, as an
-- attachment's do, so the request's answer lists its files without loading them.
CREATE TABLE disclosure_request_file (
  id BIGINT PRIMARY KEY,
  request_id BIGINT NOT NULL REFERENCES disclosure_request (id),
  kind VARCHAR(16) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  uploaded_by VARCHAR(200) NOT NULL,
  uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX disclosure_request_file_request ON disclosure_request_file (request_id);

CREATE TABLE disclosure_request_file_content (
  file_id BIGINT PRIMARY KEY REFERENCES disclosure_request_file (id) ON DELETE CASCADE,
  content BYTEA NOT NULL
);
