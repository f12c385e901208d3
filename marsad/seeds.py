"""Reading the reference CSVs in seeds/ (the I/O edge; transforms receive the rows)."""
import csv

from marsad.paths import SEEDS


def read_seed_csv(name: str) -> list[dict[str, str]]:
    """Rows of seeds/<name> as dicts keyed by the header; empty cells are ''."""
    with open(SEEDS / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
