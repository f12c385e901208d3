-- A table, view or query written as one Parquet file at $path (`marsad export --format parquet`).
-- The query inside is sql/read/select_relation.sql or the analyst's own; the line break after it
-- keeps a trailing comment in it from swallowing the closing parenthesis.
COPY (
{query}
) TO $path (FORMAT parquet);
