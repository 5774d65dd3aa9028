-- A running import job beats at least every few seconds; one whose beat stopped (its server was
-- stopped or crashed) is shown as interrupted instead of running for ever.
ALTER TABLE import_job ADD COLUMN heartbeat_at TIMESTAMP;
UPDATE import_job SET heartbeat_at = created_at;
