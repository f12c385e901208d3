-- The columns of one table or view ($name, as the catalogue spells it), with their types and comments.
SELECT column_name AS "column", data_type AS type, is_nullable AS nullable, comment
FROM duckdb_columns()
WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $name
ORDER BY column_index;
