-- The load's memory ceiling (MARSAD_LOAD_MEMORY): above it DuckDB writes to disk rather than
-- grow, so a run's peak memory does not follow the number of articles it loads.
SET memory_limit = '{limit}';
