"""Loading Parquet parts into DuckDB in one transaction, and the few reads a run needs.

The write connection is held only for the load, so analysts can query between runs.
"""
from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

import duckdb

from flows.analyst_views import create_analyst_views
from flows.derived_tables import rebuild_derived
from marsad.schema import TABLES, Table
from marsad.sql_files import sql, sql_text


class DataTestFailed(RuntimeError):
    pass


class WarehouseLocked(RuntimeError):
    pass


def lock_wait_seconds() -> float:
    """How long a run waits for another process's hold on the warehouse (MARSAD_LOCK_WAIT)."""
    return float(os.environ.get("MARSAD_LOCK_WAIT", "300"))


def connect_waiting(warehouse: Path, read_only: bool = False, wait: float | None = None, poll: float = 0.5,
                    config: dict | None = None, announce: bool = True):
    """A connection to the warehouse, waiting while another process holds it (an analyst's open
    reader, another run's load): one message names the holder, then a retry every `poll`
    seconds up to `wait` seconds, then `WarehouseLocked` with one clear line."""
    wait = lock_wait_seconds() if wait is None else max(0.0, wait)
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            return duckdb.connect(str(warehouse), read_only=read_only, config=config or {})
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise
            holder = re.search(r"PID (\d+)", str(error))
            who = f"process {holder.group(1)}" if holder else "another process"
            if time.monotonic() >= deadline:
                raise WarehouseLocked(f"{warehouse} is held by {who}; gave up after waiting {wait:g} s") from None
            if announce and not told:
                print(f"marsad: waiting for {warehouse}, held by {who} (up to {wait:g} s) ...", file=sys.stderr, flush=True)
                told = True
            time.sleep(poll)


def _rows_if_present(warehouse: Path, table: str, statement: str) -> list[tuple]:
    """Rows of a read statement, or none before the warehouse or the table exists (a first run)."""
    if not warehouse.exists():
        return []
    with connect_waiting(warehouse, read_only=True) as con:
        if not _has_table(con, table):
            return []
        return con.execute(sql_text(statement)).fetchall()


def loaded_files(warehouse: Path) -> set[tuple[str, str]]:
    """(path, content hash) of every input file a previous run loaded."""
    return set(_rows_if_present(warehouse, "input_files", "read/loaded_files.sql"))


def row_counts(warehouse: Path) -> dict[str, int]:
    """Rows per table, read-only (a run with nothing new reports these and loads nothing)."""
    with connect_waiting(warehouse, read_only=True) as con:
        present = {row[0] for row in con.execute(sql_text("read/table_names.sql")).fetchall()}
        return {name: con.execute(sql("read/table_row_count.sql", table=name)).fetchone()[0]
                for name in TABLES if name in present}


def stored_article_ids(warehouse: Path) -> set[str]:
    return {row[0] for row in _rows_if_present(warehouse, "articles", "read/stored_article_ids.sql")}


def load(warehouse: Path, parts: dict[str, list[Path]]) -> dict[str, int]:
    """Create missing tables, add new rows (replace reference tables, rebuild derived ones), create
    or replace the analyst views (sql/views/), run the data tests, commit.

    Returns rows per table after the load. Any failure rolls the whole load back.
    """
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    with connect_waiting(warehouse) as con:
        con.execute(sql_text("session/quiet.sql"))
        con.begin()
        try:
            for table in TABLES.values():
                con.execute(sql_text(f"ddl/{table.name}.sql"))
            for name, files in parts.items():
                if files:
                    _load_table(con, TABLES[name], files)
            rebuild_derived(con)
            create_analyst_views(con)
            run_data_tests(con)
            counts = {name: con.execute(sql("read/table_row_count.sql", table=name)).fetchone()[0] for name in TABLES}
            con.commit()
        except Exception:
            con.rollback()
            raise
    return counts


def _load_table(con, table: Table, files: list[Path]) -> None:
    statement = "load/replace_rows.sql" if table.kind == "reference" else "load/insert_new_rows.sql"
    key_match = " AND ".join(f"incoming.{k} IS NOT DISTINCT FROM stored.{k}" for k in table.key)
    con.execute(sql(statement, table=table.name, key=", ".join(table.key), key_match=key_match),
                {"files": [str(f) for f in files]})


def run_data_tests(con) -> None:
    """The declarations in sql/checks/, for every table: keys unique, rows point to articles, codes documented."""
    failures = []
    for table in TABLES.values():
        checks = [("unique_key", sql("checks/unique_key.sql", table=table.name, key=", ".join(table.key)))]
        if "article_id" in table.column_names and table.name != "articles":
            checks.append(("rows_point_to_articles", sql("checks/rows_point_to_articles.sql", table=table.name)))
        for column in table.columns:
            if column.accepted:
                values = ", ".join(f"'{v}'" for v in column.accepted)
                checks.append((f"accepted_values({column.name})",
                               sql("checks/accepted_values.sql", table=table.name, column=column.name, values=values)))
        for check, statement in checks:
            bad = con.execute(statement).fetchall()
            if bad:
                failures.append(f"{table.name}: {check} fails for {bad}")
    if failures:
        raise DataTestFailed("; ".join(failures))


def _has_table(con, name: str) -> bool:
    return name in {row[0] for row in con.execute(sql_text("read/table_names.sql")).fetchall()}
