-- Pictures: an image attachment's dimensions (as displayed, after its EXIF orientation) and its
-- alternative text; the smaller copies made when it was uploaded, stored in the database like the
-- attachment's own bytes so every instance serves them; an item's cover picture (one of its own
-- image attachments, whose alt text is the cover's).
ALTER TABLE attachment ADD COLUMN width INTEGER;
ALTER TABLE attachment ADD COLUMN height INTEGER;
ALTER TABLE attachment ADD COLUMN alt_text VARCHAR(500);

CREATE TABLE attachment_variant (
  attachment_id BIGINT NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  sha256 CHAR(64) NOT NULL,
  content BYTEA NOT NULL,
  PRIMARY KEY (attachment_id, width)
);

ALTER TABLE item ADD COLUMN cover_attachment_id BIGINT;
ALTER TABLE item ADD CONSTRAINT item_cover FOREIGN KEY (cover_attachment_id)
  REFERENCES attachment (id) ON DELETE SET NULL;
