-- Append rows of new Parquet parts whose key the table does not hold yet.
-- {table} and {key} come from marsad/schema.py; $files lists this run's parts.
INSERT INTO {table} BY NAME
SELECT incoming.*
FROM read_parquet($files, union_by_name = true) AS incoming
ANTI JOIN {table} USING ({key})
QUALIFY row_number() OVER (PARTITION BY {key}) = 1;
