"""Reading a test warehouse back (tests assert on its rows)."""
from pathlib import Path

import duckdb


def query(warehouse: Path, statement: str, params=None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(statement, params or []).fetchall()


RUN_STAMPS = ("loaded_at", "run_id")  # which run loaded an article, and when: differ between two runs


def table_contents(warehouse: Path, without_run_stamps: bool = False) -> dict[str, list[tuple]]:
    """Every table's rows, sorted; two warehouses built by different runs compare equal
    `without_run_stamps`."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        names = [row[0] for row in con.execute("SHOW TABLES").fetchall()]
        contents = {}
        for name in names:
            columns = [c[0] for c in con.execute(f"DESCRIBE {name}").fetchall()
                       if not (without_run_stamps and c[0] in RUN_STAMPS)]
            contents[name] = sorted(con.execute(f"SELECT {', '.join(columns)} FROM {name}").fetchall(), key=repr)
        return contents
