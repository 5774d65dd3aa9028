-- The text of an attachment, extracted when it is stored, for search to index. It lives on the
-- content row, which lists never read. VARCHAR(1000000) as in V1: a plain string on H2 and on
-- PostgreSQL alike (gongkai.search.attachment-text-max-chars is capped to fit).
-- text_extracted_at is null until extraction was attempted; set with a null text, it means the
-- file has no text that could be read (an image, an encrypted or damaged file, a time-out).
ALTER TABLE attachment_content ADD COLUMN text_content VARCHAR(1000000);
ALTER TABLE attachment_content ADD COLUMN text_extracted_at TIMESTAMP;
