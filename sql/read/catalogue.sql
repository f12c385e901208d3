-- The warehouse's tables and views with their comments: the index of the data dictionary
-- (`marsad describe`), and the only names `marsad export` accepts.
SELECT table_name AS name, 'table' AS kind, column_count AS columns, comment
FROM duckdb_tables()
WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal AND NOT temporary
UNION ALL
SELECT view_name, 'view', column_count, comment
FROM duckdb_views()
WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal AND NOT temporary
ORDER BY kind, name;
