"""Reading the reference CSVs in seeds/ (the I/O edge; transforms receive the rows)."""
import csv
import json

from marsad.paths import SEEDS


def read_seed_csv(name: str) -> list[dict[str, str]]:
    """Rows of seeds/<name> as dicts keyed by the header; empty cells are ''."""
    with open(SEEDS / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_seed_csv(path, fieldnames: list[str], rows: list[dict]) -> None:
    """Write a generated reference CSV (the build scripts' one output format)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fieldnames)
        writer.writeheader()
        writer.writerows(rows)


def read_model(name: str):
    """The model seeds/models/<name>.json that `make models` trains, or None before it exists."""
    from transforms.linear_model import model_from_dict

    path = SEEDS / "models" / f"{name}.json"
    if not path.exists():
        return None
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")))
