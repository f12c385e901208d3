"""Orchestration only: read inputs, batch, call transforms, write Parquet, load DuckDB, report."""
