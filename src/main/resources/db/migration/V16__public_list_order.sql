-- Public lists are read newest first, a page at a time. This index holds their order, so a
-- page of an organisation is read from the index in order and stops after
-- the page, instead of joining and sorting every visible item; the count of a list is answered from
-- the index alone (the visibility test needs only the columns held here).
CREATE INDEX item_public_order ON item
  (organisation_id, state, published_at DESC, updated_at DESC, id DESC, expires_at, primary_channel_id);
-- (No such index for the whole site's list: an index led by state makes H2 choose it for the
-- rebuild's "state = PUBLISHED and id > ? order by id" and sort every published item per batch.)
-- item_public_order starts with the same columns
DROP INDEX item_visible;
-- the Last-Modified of the whole site's lists reads the newest change and expiry of any organisation
CREATE INDEX item_public_changed_any ON item (public_changed_at);
CREATE INDEX item_expires_any ON item (expires_at);
