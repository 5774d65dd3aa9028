-- Every change to public content writes one row here in the same transaction as the change
-- itself. Positions are allocated from a single locked counter row at the end of the writing
-- transaction, so they are gap-free and appear in commit order: an index that has applied
-- position N has seen every change committed before position N+1 became visible.
CREATE TABLE change_counter (
  id INTEGER PRIMARY KEY,
  last_pos BIGINT NOT NULL
);
INSERT INTO change_counter (id, last_pos) VALUES (1, 0);

CREATE TABLE change_log (
  pos BIGINT PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  entity_id BIGINT NOT NULL,
  changed_at TIMESTAMP NOT NULL
);
CREATE INDEX change_log_changed_at ON change_log (changed_at);

-- Public queries that found nothing, per normalised query and day, for editors to act on.
CREATE TABLE search_miss (
  query_text VARCHAR(200) NOT NULL,
  on_day DATE NOT NULL,
  times BIGINT NOT NULL,
  last_at TIMESTAMP NOT NULL,
  PRIMARY KEY (query_text, on_day)
);
