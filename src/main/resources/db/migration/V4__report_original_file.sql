-- The file a report was published from (Word, PDF, text), kept as the agency supplied it.
CREATE TABLE report_original (
  report_id BIGINT PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
  file_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  content BYTEA NOT NULL,
  created_at TIMESTAMP NOT NULL
);
