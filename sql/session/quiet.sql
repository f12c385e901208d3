-- A scheduled run's log is no place for DuckDB's progress bar.
SET enable_progress_bar = false;
