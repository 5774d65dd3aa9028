-- The comparable form of a 索引号 drops a literal "null", which sites print where their template had
-- no value (000014349null/2022-00087). Keys are lower case already. A key that would then equal
-- another item's is left as it was rather than refused.
UPDATE item SET index_key = REPLACE(index_key, 'null', '')
WHERE index_key LIKE '%null%'
  AND NOT EXISTS (
    SELECT 1 FROM item other WHERE other.index_key = REPLACE(item.index_key, 'null', ''));
