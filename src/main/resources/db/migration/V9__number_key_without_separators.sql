-- The comparable form of a 索引号 drops separators too: 014119467/2020-00556, 014119467-2020-00556
-- and 014119467 / 2020－00556 are one number. Keys were written with spaces already dropped.
UPDATE item SET index_key =
  REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(index_key,
    '/', ''), '／', ''), '\', ''), '-', ''), '－', ''), '—', ''), '–', ''), '_', ''), '·', ''),
    '、', ''), '　', '')
WHERE index_key IS NOT NULL;
