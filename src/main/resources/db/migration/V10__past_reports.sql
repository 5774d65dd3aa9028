-- Annual reports of past years brought over from an old site. A report whose tables the importer
-- could read is structured as any other; one it could not is kept as the page's text (and the page
-- as its original file) with structured = FALSE. title: the title as the old site printed it.
ALTER TABLE report ADD COLUMN structured BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE report ADD COLUMN original_text VARCHAR(1000000);
ALTER TABLE report ADD COLUMN printed_title VARCHAR(500);
ALTER TABLE report ADD COLUMN external_id VARCHAR(500);
ALTER TABLE report ADD COLUMN original_url VARCHAR(1000);
CREATE INDEX report_original_url ON report (original_url);
