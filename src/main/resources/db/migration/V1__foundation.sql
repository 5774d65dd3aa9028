-- Gongkai foundation schema. Portable SQL: the same file runs on PostgreSQL and on H2 in
-- PostgreSQL mode. Timestamps are UTC.
CREATE SEQUENCE gk_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE organisation (
  id BIGINT PRIMARY KEY,
  slug VARCHAR(64) NOT NULL UNIQUE,
  code VARCHAR(32) NOT NULL UNIQUE,
  name VARCHAR(200) NOT NULL,
  short_name VARCHAR(100),
  parent_id BIGINT REFERENCES organisation (id),
  office_name VARCHAR(200),
  address VARCHAR(300),
  office_hours VARCHAR(200),
  phone VARCHAR(100),
  fax VARCHAR(100),
  email VARCHAR(200),
  website VARCHAR(300),
  version BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);

CREATE TABLE channel (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  parent_id BIGINT REFERENCES channel (id),
  code VARCHAR(64) NOT NULL,
  name VARCHAR(100) NOT NULL,
  sort_order INTEGER NOT NULL,
  kind VARCHAR(20) NOT NULL,
  article20 VARCHAR(10),
  version BIGINT NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CONSTRAINT channel_code_unique UNIQUE (organisation_id, code)
);

CREATE TABLE item (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  primary_channel_id BIGINT NOT NULL REFERENCES channel (id),
  index_number VARCHAR(100) UNIQUE,
  title VARCHAR(200) NOT NULL,
  summary VARCHAR(300),
  body VARCHAR(1000000),
  document_number VARCHAR(100),
  written_on DATE,
  published_at TIMESTAMP,
  expires_at TIMESTAMP,
  theme VARCHAR(50),
  genre VARCHAR(30),
  keywords VARCHAR(1000),
  disclosure_method VARCHAR(20) NOT NULL,
  disclosure_scope VARCHAR(20) NOT NULL,
  time_limit VARCHAR(20) NOT NULL,
  validity VARCHAR(20) NOT NULL,
  invalid_since DATE,
  state VARCHAR(20) NOT NULL,
  withdrawn_reason VARCHAR(300),
  created_by VARCHAR(64),
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX item_visible ON item (organisation_id, state, published_at);
CREATE INDEX item_channel_primary ON item (primary_channel_id, state, published_at);

CREATE TABLE item_channel (
  item_id BIGINT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
  channel_id BIGINT NOT NULL REFERENCES channel (id),
  PRIMARY KEY (item_id, channel_id)
);

CREATE TABLE attachment (
  id BIGINT PRIMARY KEY,
  item_id BIGINT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
  sort_order INTEGER NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL
);

CREATE TABLE attachment_content (
  attachment_id BIGINT PRIMARY KEY REFERENCES attachment (id) ON DELETE CASCADE,
  content BYTEA NOT NULL
);

CREATE TABLE item_revision (
  id BIGINT PRIMARY KEY,
  item_id BIGINT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
  revision_number INTEGER NOT NULL,
  author VARCHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  changed_fields VARCHAR(1000) NOT NULL,
  snapshot VARCHAR(1000000) NOT NULL,
  CONSTRAINT item_revision_unique UNIQUE (item_id, revision_number)
);

-- One row per organisation and year; locked while a 索引号 is allocated so numbers are gap-free.
CREATE TABLE index_counter (
  organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  counter_year INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (organisation_id, counter_year)
);

CREATE TABLE account (
  id BIGINT PRIMARY KEY,
  username VARCHAR(64) NOT NULL UNIQUE,
  display_name VARCHAR(100),
  password_hash VARCHAR(200),
  enabled BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL
);

-- organisation_id NULL: the role holds in every organisation (the installation's administrators).
CREATE TABLE role_grant (
  id BIGINT PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  organisation_id BIGINT REFERENCES organisation (id),
  role_name VARCHAR(20) NOT NULL
);
CREATE INDEX role_grant_account ON role_grant (account_id);

CREATE TABLE audit_entry (
  id BIGINT PRIMARY KEY,
  occurred_at TIMESTAMP NOT NULL,
  actor VARCHAR(64) NOT NULL,
  address VARCHAR(64),
  action VARCHAR(40) NOT NULL,
  target_type VARCHAR(20) NOT NULL,
  target_id VARCHAR(100),
  organisation_id BIGINT,
  detail VARCHAR(2000)
);
CREATE INDEX audit_entry_org ON audit_entry (organisation_id, occurred_at);

-- The key that signs Gongkai's own tokens when none is configured; shared by every instance.
CREATE TABLE signing_key (
  id VARCHAR(40) PRIMARY KEY,
  private_key VARCHAR(8000) NOT NULL,
  created_at TIMESTAMP NOT NULL
);
