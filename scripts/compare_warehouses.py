"""Check that two warehouses hold the same rows in every table, to show that a change to the
pipeline's orchestration, reading, Parquet writing or loading (a speed-up, a memory fix) leaves
the warehouse as it was. Build one warehouse with the old code and one with the new, on the same
inputs, then compare them.

Each table is compared as a multiset of rows (EXCEPT ALL both ways), without `articles.loaded_at`
and `articles.run_id`, which name the run. Prints rows per table and the rows only in either
warehouse, and exits 1 when a table differs or is in one warehouse only.

Usage: python scripts/compare_warehouses.py OLD.duckdb NEW.duckdb
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from marsad.sql_files import sql, sql_text  # noqa: E402

# Columns that say which run loaded a row and when: different in any two runs.
RUN_COLUMNS = {"articles": ("loaded_at", "run_id")}


def differing_tables(old: Path, new: Path) -> list[str]:
    """Print each table's comparison; return the names of the tables that differ."""
    differing = []
    with duckdb.connect() as con:
        tables = {}
        for name, path in (("old", old), ("new", new)):
            con.execute(sql("read/attach_read_only.sql", path=str(path).replace("'", "''"), name=name))
            tables[name] = {row[0] for row in con.execute(sql_text("read/base_table_names_in.sql"),
                                                          {"database": name}).fetchall()}
        for table in sorted(tables["old"] | tables["new"]):
            if table not in tables["old"] or table not in tables["new"]:
                print(f"{table:24} only in {'new' if table in tables['new'] else 'old'}")
                differing.append(table)
                continue
            ignore = f"EXCLUDE ({', '.join(RUN_COLUMNS[table])})" if table in RUN_COLUMNS else ""
            counts = {name: con.execute(sql("read/table_row_count.sql", table=f"{name}.{table}")).fetchone()[0]
                      for name in ("old", "new")}
            only_old = con.execute(sql("read/rows_only_in_first.sql", table=table, first="old", second="new",
                                       ignore=ignore)).fetchone()[0]
            only_new = con.execute(sql("read/rows_only_in_first.sql", table=table, first="new", second="old",
                                       ignore=ignore)).fetchone()[0]
            print(f"{table:24} rows {counts['old']:>9} old {counts['new']:>9} new; "
                  f"only in old {only_old}, only in new {only_new}")
            if only_old or only_new:
                differing.append(table)
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args()
    differing = differing_tables(args.old, args.new)
    print("identical" if not differing else f"differ: {', '.join(differing)}")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
