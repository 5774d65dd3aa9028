-- Failed logins, per user and address, for the login throttle: kept in the database so every
-- instance counts the same attempts. Rows older than the throttle's window are deleted as new
-- failures arrive.
CREATE TABLE login_failure (
  id BIGINT PRIMARY KEY,
  username VARCHAR(200) NOT NULL,
  address VARCHAR(64) NOT NULL,
  failed_at TIMESTAMP NOT NULL
);
CREATE INDEX login_failure_key ON login_failure (username, address, failed_at);
CREATE INDEX login_failure_age ON login_failure (failed_at);
