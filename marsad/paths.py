"""Where the repository's own files live, and the defaults a run writes to."""
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SQL = REPO / "sql"
SAMPLE_ARTICLES = SEEDS / "articles"
DEFAULT_WAREHOUSE = Path("data/warehouse.duckdb")
DEFAULT_PARQUET = Path("data/parquet")
