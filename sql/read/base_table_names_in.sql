-- The tables of one attached warehouse ($database), without its views.
SELECT table_name FROM duckdb_tables() WHERE NOT temporary AND database_name = $database ORDER BY table_name;
