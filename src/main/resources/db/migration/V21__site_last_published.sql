-- The Last-Modified of the whole site's lists (and of /organisations) reads the newest publication
-- of any organisation. Without an index of its own that read scanned every item (9 s at 200,000
-- items on H2, and the organisation list timed out under load). Led by published_at, not by state:
-- an index led by state makes H2 choose it for the rebuild's "state = PUBLISHED and id > ? order by
-- id" (see V16).
CREATE INDEX item_published_any ON item (published_at);
