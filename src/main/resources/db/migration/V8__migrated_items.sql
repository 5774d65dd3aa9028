-- Items brought over from an agency's previous disclosure site keep what they were published with.
-- publisher:    发布机构 as printed, when it differs from the organisation (e.g. 县政府办公室).
-- index_key:    the 索引号 in comparable form (brackets and spaces dropped, case folded), so a
--               number typed with other spacing or brackets still finds its item.
-- external_id:  the source system's id of a migrated item, the idempotency key of an import.
-- original_url: where the item was published before, for redirecting old links.
ALTER TABLE item ADD COLUMN publisher VARCHAR(200);
ALTER TABLE item ADD COLUMN index_key VARCHAR(100);
ALTER TABLE item ADD COLUMN external_id VARCHAR(500);
ALTER TABLE item ADD COLUMN original_url VARCHAR(1000);
UPDATE item SET index_key = LOWER(REPLACE(index_number, ' ', '')) WHERE index_number IS NOT NULL;
CREATE UNIQUE INDEX item_index_key ON item (index_key);
CREATE INDEX item_original_url ON item (original_url);
ALTER TABLE item ADD CONSTRAINT item_external_id_unique UNIQUE (organisation_id, external_id);
-- looked up by a batch's list of source ids: an index that an IN list can use on its own
CREATE INDEX item_external_id ON item (external_id);

-- An import job: its progress and its row errors, readable from every instance.
CREATE TABLE import_job (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  created_by VARCHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  dry_run BOOLEAN NOT NULL,
  state VARCHAR(20) NOT NULL,
  total_lines INTEGER NOT NULL,
  done_lines INTEGER NOT NULL,
  created_count INTEGER NOT NULL,
  updated_count INTEGER NOT NULL,
  unchanged_count INTEGER NOT NULL,
  failed_count INTEGER NOT NULL,
  errors VARCHAR(1000000),
  version BIGINT NOT NULL
);
CREATE INDEX import_job_organisation ON import_job (organisation_id, created_at);
