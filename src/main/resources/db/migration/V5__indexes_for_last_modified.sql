-- Last-Modified of public lists reads the newest change, publication and expiry per organisation:
-- keep those reads on an index instead of sorting every item of the organisation.
CREATE INDEX item_org_updated ON item (organisation_id, updated_at);
CREATE INDEX item_org_published ON item (organisation_id, published_at);
CREATE INDEX item_org_expires ON item (organisation_id, expires_at);
