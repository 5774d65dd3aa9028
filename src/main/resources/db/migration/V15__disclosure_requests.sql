-- The register of disclosure requests (依申请公开): one row per request, its pauses (补正,
-- 征求第三方意见, 收费) in their own table. Applicant details are personal data: only the
-- organisation's editors read them, and nothing here is written to the change log or indexed.
-- due_on is the clock's answer stored at each change, so lists can filter on it; NULL while the
-- clock is paused or after the answer.
CREATE TABLE disclosure_request (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  receipt_channel VARCHAR(16) NOT NULL,
  received_on DATE NOT NULL,
  applicant_type VARCHAR(40) NOT NULL,
  applicant_name VARCHAR(200) NOT NULL,
  applicant_identity VARCHAR(100),
  applicant_contact VARCHAR(500),
  subject VARCHAR(20000) NOT NULL,
  wanted_form VARCHAR(200),
  state VARCHAR(16) NOT NULL,
  due_on DATE,
  extension_days INTEGER,
  extension_reason VARCHAR(1000),
  extension_approved_by VARCHAR(200),
  extended_on DATE,
  outcome VARCHAR(80),
  outcome_format VARCHAR(16),
  replied_on DATE,
  answered_by VARCHAR(200),
  closed_by VARCHAR(200),
  created_by VARCHAR(200) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX disclosure_request_register ON disclosure_request (organisation_id, received_on);
CREATE INDEX disclosure_request_due ON disclosure_request (organisation_id, state, due_on);

CREATE TABLE disclosure_request_pause (
  id BIGINT PRIMARY KEY,
  request_id BIGINT NOT NULL REFERENCES disclosure_request (id),
  kind VARCHAR(16) NOT NULL,
  started_on DATE NOT NULL,
  ended_on DATE,
  note VARCHAR(1000)
);
CREATE INDEX disclosure_request_pause_request ON disclosure_request_pause (request_id);

-- Reviews and lawsuits about a request (table 四): kind and result as enum names.
CREATE TABLE disclosure_appeal (
  id BIGINT PRIMARY KEY,
  request_id BIGINT NOT NULL REFERENCES disclosure_request (id),
  kind VARCHAR(32) NOT NULL,
  filed_on DATE NOT NULL,
  result VARCHAR(16) NOT NULL,
  decided_on DATE
);
CREATE INDEX disclosure_appeal_request ON disclosure_appeal (request_id);
