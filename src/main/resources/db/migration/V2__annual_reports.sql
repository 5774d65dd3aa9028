-- Annual reports: one per organisation and year. The tables are kept as JSON text in the keys of
-- SPEC §2 (blank cells as null), so a new national format needs no schema change.
CREATE TABLE report (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  report_year INTEGER NOT NULL,
  format_id VARCHAR(10) NOT NULL,
  state VARCHAR(20) NOT NULL,
  overview VARCHAR(1000000),
  problems VARCHAR(1000000),
  other_matters VARCHAR(1000000),
  tables_json VARCHAR(1000000) NOT NULL,
  published_at TIMESTAMP,
  created_by VARCHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT report_unique UNIQUE (organisation_id, report_year)
);

-- A published report corrected later keeps what the public saw before, with date and reason.
CREATE TABLE report_correction (
  id BIGINT PRIMARY KEY,
  report_id BIGINT NOT NULL REFERENCES report (id) ON DELETE CASCADE,
  correction_number INTEGER NOT NULL,
  corrected_at TIMESTAMP NOT NULL,
  author VARCHAR(64) NOT NULL,
  reason VARCHAR(500) NOT NULL,
  previous_json VARCHAR(1000000) NOT NULL,
  CONSTRAINT report_correction_unique UNIQUE (report_id, correction_number)
);
