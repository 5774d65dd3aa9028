-- Public lists are read newest first, a page at a time. These indexes hold the lists' order, so a
-- page of an organisation (or of the whole site) is read from the index in order and stops after
-- the page, instead of joining and sorting every visible item; the count of a list is answered from
-- the index alone (the visibility test needs only the columns held here).
CREATE INDEX item_public_order ON item
  (organisation_id, state, published_at DESC, updated_at DESC, id DESC, expires_at, primary_channel_id);
CREATE INDEX item_site_order ON item
  (state, published_at DESC, updated_at DESC, id DESC, expires_at, organisation_id);
-- item_public_order starts with the same columns
DROP INDEX item_visible;
-- the Last-Modified of the whole site's lists reads the newest change and expiry of any organisation
CREATE INDEX item_public_changed_any ON item (public_changed_at);
CREATE INDEX item_expires_any ON item (expires_at);
