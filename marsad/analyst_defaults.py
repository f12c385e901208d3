"""Defaults and choices of the analysts' commands, shared by the CLI (which parses without
importing DuckDB) and flows/analyst.py, flows/exports.py."""
DEFAULT_WAIT_SECONDS = 30.0  # how long a read waits for a load to release the warehouse
TEXT_FORMATS = ("table", "csv", "json")  # `marsad sql` and `marsad describe`
EXPORT_FORMATS = ("csv", "xlsx", "parquet")  # `marsad export`
