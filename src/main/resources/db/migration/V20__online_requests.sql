-- 网上申请: an organisation may accept disclosure requests online (off by default). An online
-- request is not yet a register entry (《政府信息公开条例》第三十一条: it counts as received on the day
-- both sides confirm it): it waits as a submission until an editor confirms it, which registers a
-- disclosure_request and links it here, or voids it with a reason. The tracking number is what the
-- applicant looks the state up with; the client's address is kept only as a keyed hash (HMAC with
-- the installation's own key below), enough to count submissions per address across instances.
ALTER TABLE organisation ADD COLUMN requests_online BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE request_submission (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  tracking_number VARCHAR(16) NOT NULL UNIQUE,
  applicant_type VARCHAR(40) NOT NULL,
  applicant_name VARCHAR(200) NOT NULL,
  applicant_identity VARCHAR(100),
  phone VARCHAR(40),
  email VARCHAR(200),
  postal_address VARCHAR(200),
  subject VARCHAR(4000) NOT NULL,
  wanted_form VARCHAR(20) NOT NULL,
  delivery VARCHAR(20) NOT NULL,
  submitted_at TIMESTAMP NOT NULL,
  address_hash VARCHAR(64) NOT NULL,
  state VARCHAR(16) NOT NULL,
  request_id BIGINT REFERENCES disclosure_request (id),
  void_reason VARCHAR(20),
  void_note VARCHAR(500),
  decided_by VARCHAR(200),
  decided_at TIMESTAMP,
  version BIGINT NOT NULL
);
CREATE INDEX request_submission_desk ON request_submission (organisation_id, state, submitted_at);
CREATE INDEX request_submission_address ON request_submission (address_hash, submitted_at);

-- Look-ups of unknown tracking numbers, per hashed address, so guessing is slowed on every instance.
CREATE TABLE request_lookup_miss (
  id BIGINT PRIMARY KEY,
  address_hash VARCHAR(64) NOT NULL,
  missed_at TIMESTAMP NOT NULL
);
CREATE INDEX request_lookup_miss_key ON request_lookup_miss (address_hash, missed_at);

-- The key client addresses are hashed with, made once by the first instance that needs it.
CREATE TABLE request_address_key (
  id VARCHAR(40) PRIMARY KEY,
  secret VARCHAR(200) NOT NULL,
  created_at TIMESTAMP NOT NULL
);
