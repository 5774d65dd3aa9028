-- Every token Gongkai issues carries the account's token version; changing the password, disabling
-- the account, removing a grant or logging out everywhere increments it, so older tokens stop
-- working at once. Tokens of the portal's single sign-on carry no version: they must have been
-- issued after tokens_revoked_at.
ALTER TABLE account ADD COLUMN token_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN tokens_revoked_at TIMESTAMP;

-- When the public view of an item last changed (published, edited while public, withdrawn): the
-- public Last-Modified is built from this, never from a draft's save.
ALTER TABLE item ADD COLUMN public_changed_at TIMESTAMP;
UPDATE item SET public_changed_at = updated_at WHERE state IN ('PUBLISHED', 'WITHDRAWN');
CREATE INDEX item_public_changed ON item (organisation_id, public_changed_at);
-- A deleted channel leaves only its audit entry; found by action without scanning the rest.
CREATE INDEX audit_entry_action ON audit_entry (action, organisation_id, occurred_at);
