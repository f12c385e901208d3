-- Append rows of new Parquet parts whose key the table does not hold yet.
-- {table}, {key} and {key_match} come from marsad/schema.py; $files lists this run's parts.
-- Keys may hold NULLs (a time expression with no value): they match with IS NOT DISTINCT FROM,
-- so a stored row is never inserted again.
INSERT INTO {table} BY NAME
SELECT incoming.*
FROM read_parquet($files, union_by_name = true) AS incoming
ANTI JOIN {table} AS stored ON {key_match}
QUALIFY row_number() OVER (PARTITION BY {key}) = 1
-- In key order: the window leaves rows in any order, and a table read back should not vary by run.
ORDER BY {key};
