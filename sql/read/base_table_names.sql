-- The warehouse's tables, without its views (a view holds no data to check).
SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY table_name;
