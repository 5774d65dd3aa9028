-- The Last-Modified of the lists and of /organisations reads the newest public change of the whole
-- site or of one organisation, each "... ORDER BY x DESC LIMIT 1". On the H2 that Payara Micro ships
-- (2.2.224) such a read is only taken from the end of an index whose column is itself descending:
-- on an ascending one it walked every entry and fetched every row (9 s at 200,000 items, and the
-- organisation list answered nothing within 20 s under wrk at concurrency 8). PostgreSQL reads
-- either direction.
-- The newest publication of any organisation, and the whole site's public list read in its order
-- (published_at DESC, updated_at DESC, id DESC; the state checked on each row): led by published_at,
-- not by state (an index led by state makes H2 choose it for the rebuild's "state = PUBLISHED and
-- id > ? order by id", see V16). Without it the site's list sorted every item: 25 s at 200,000.
CREATE INDEX item_published_any ON item (published_at DESC, updated_at DESC, id DESC);
-- the newest public change, of one organisation and of any
DROP INDEX item_public_changed;
CREATE INDEX item_public_changed ON item (organisation_id, public_changed_at DESC);
DROP INDEX item_public_changed_any;
CREATE INDEX item_public_changed_any ON item (public_changed_at DESC);
