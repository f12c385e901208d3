"""Loading Parquet parts into DuckDB in one transaction, and the few reads a run needs.

The write connection is held only for the load, so analysts can query between runs.
"""
from __future__ import annotations

import os
import re
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from flows.analyst_views import create_analyst_views
from flows.derived_tables import rebuild_derived
from flows.grouping import groups_up_to
from flows.run_lock import writer_lock
from marsad.schema import TABLES, Table
from marsad.sql_files import sql, sql_text


class DataTestFailed(RuntimeError):
    pass


class WarehouseLocked(RuntimeError):
    pass


class WarehouseUnusable(RuntimeError):
    """The run cannot write this warehouse (a folder it cannot create or write, a damaged file)."""


def lock_wait_seconds() -> float:
    """How long a run waits for another process's hold on the warehouse (MARSAD_LOCK_WAIT)."""
    return float(os.environ.get("MARSAD_LOCK_WAIT", "300"))


def load_memory_limit() -> str:
    """DuckDB's memory ceiling during a load (MARSAD_LOAD_MEMORY, e.g. '2GB'; default 512MB)."""
    limit = os.environ.get("MARSAD_LOAD_MEMORY", "512MB").strip()
    if not re.fullmatch(r"\d+(\.\d+)?\s*[KMGT]i?B", limit, re.IGNORECASE):
        raise ValueError(f"MARSAD_LOAD_MEMORY must be a size such as 512MB or 2GB, not {limit!r}")
    return limit


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
    try:
        with connect_waiting(warehouse, read_only=True) as con:
            if not _has_table(con, table):
                return []
            return con.execute(sql_text(statement)).fetchall()
    except duckdb.Error as error:
        raise WarehouseUnusable(_unreadable(warehouse, error)) from error


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


def check_writable(warehouse: Path) -> None:
    """Before any extraction: the warehouse can be created or written, and an existing one reads
    back whole. Raises `WarehouseUnusable` with one clear line, so that a run fails in a second
    rather than after its extraction."""
    folder = warehouse.parent
    existing = next((p for p in (folder, *folder.parents) if p.exists()), Path("/"))
    if not existing.is_dir():
        raise WarehouseUnusable(f"cannot create {warehouse}: {existing} is a file, not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise WarehouseUnusable(f"cannot create {warehouse}: no permission to write in {existing}")
    if not warehouse.exists():
        return
    if not warehouse.is_file():
        raise WarehouseUnusable(f"{warehouse} is not a file")
    if not os.access(warehouse, os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
        raise WarehouseUnusable(f"no permission to write {warehouse} (or its folder, for DuckDB's write-ahead log)")
    try:
        with connect_waiting(warehouse, read_only=True) as con:
            check_intact(con)
    except duckdb.Error as error:
        raise WarehouseUnusable(_unreadable(warehouse, error)) from error


def _unreadable(warehouse: Path, error: Exception) -> str:
    return (f"{warehouse} cannot be read back whole, so no run writes into it ({str(error).splitlines()[0]}). "
            "Restore it from a copy, or delete it and rerun on the inputs to rebuild it")


def check_intact(con) -> None:
    """Read every stored value once: a damaged block fails its checksum (duckdb.Error)."""
    for (name,) in con.execute(sql_text("read/base_table_names.sql")).fetchall():
        con.execute(sql("read/table_checksum.sql", table=name)).fetchone()


def load(warehouse: Path, parts: dict[str, list[Path]], wait: float | None = None,
         run_id: str | None = None) -> dict[str, int]:
    """Create missing tables, add new rows (replace reference tables, rebuild derived ones), create
    or replace the analyst views (sql/views/), run the data tests, commit.

    One run loads at a time (the writer lock beside the warehouse); a run waits up to `wait`
    seconds (MARSAD_LOCK_WAIT by default) for another run's load and for open readers. The new
    articles are stamped with `run_id` (a random one when None) and the load's time, and
    corrected articles mark the versions they supersede.
    Returns rows per table after the load. Any failure rolls the whole load back.
    """
    wait = lock_wait_seconds() if wait is None else wait
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    with writer_lock(warehouse, wait), connect_waiting(warehouse, wait=wait) as con:
        con.execute(sql_text("session/quiet.sql"))
        con.execute(sql("session/load_memory.sql", limit=load_memory_limit()))
        con.begin()
        try:
            for table in TABLES.values():
                con.execute(sql_text(f"ddl/{table.name}.sql"))
            for name, files in parts.items():
                if files:
                    _load_table(con, TABLES[name], files)
            if parts.get("articles"):
                con.execute(sql_text("load/stamp_run.sql"), {
                    "files": [str(f) for f in parts["articles"]], "run_id": run_id or uuid.uuid4().hex,
                    "loaded_at": datetime.now(timezone.utc)})
                con.execute(sql_text("load/mark_superseded.sql"))
            rebuild_derived(con)
            create_analyst_views(con)
            run_data_tests(con)
            counts = {name: con.execute(sql("read/table_row_count.sql", table=name)).fetchone()[0] for name in TABLES}
            con.commit()
        except Exception:
            try:
                con.rollback()
            except duckdb.Error:
                pass  # the failure (a full disk) can end the transaction itself: report it, not the rollback
            raise
    return counts


# Parquet bytes one insert reads: an insert de-duplicates and sorts what it reads in memory, so a
# bounded group keeps the load's memory flat however large the run (16 MB ≈ 18,000 articles' bodies).
LOAD_GROUP_BYTES = 16 * 1024 * 1024


def _load_table(con, table: Table, files: list[Path]) -> None:
    if table.kind == "reference":
        con.execute(sql("load/replace_rows.sql", table=table.name), {"files": [str(f) for f in files]})
        return
    key_match = " AND ".join(f"incoming.{k} IS NOT DISTINCT FROM stored.{k}" for k in table.key)
    statement = sql("load/insert_new_rows.sql", table=table.name, key=", ".join(table.key), key_match=key_match)
    for group in groups_up_to(files, LOAD_GROUP_BYTES, lambda file: file.stat().st_size):
        con.execute(statement, {"files": [str(f) for f in group]})



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
