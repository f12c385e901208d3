"""What analysts ask of a warehouse without writing Python: the data dictionary, SQL, exports.

Every read uses a read-only connection. While a load holds the warehouse's write lock, opening
it waits (up to `wait_seconds`), then gives up with `WarehouseBusy`, a one-line reason.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb

from flows.warehouse import WarehouseLocked, connect_waiting
from marsad.analyst_defaults import DEFAULT_WAIT_SECONDS
from marsad.sql_files import sql, sql_text

POLL_SECONDS = 0.2
# No extension is fetched at run time (INSTALL or autoload from the network).
READ_CONFIG = {"autoinstall_known_extensions": False}


class AnalystError(RuntimeError):
    """A problem to tell the analyst in one line, without a traceback."""


class WarehouseMissing(AnalystError):
    pass


class WarehouseBusy(AnalystError):
    pass


class UnknownRelation(AnalystError):
    pass


@dataclass(frozen=True)
class Result:
    columns: list[str]
    rows: list[tuple]


@contextmanager
def read_only(warehouse: Path, wait_seconds: float = DEFAULT_WAIT_SECONDS,
              poll_seconds: float = POLL_SECONDS) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection, waiting while another process (a load) holds the write lock."""
    warehouse = Path(warehouse)
    if not warehouse.is_file():
        raise WarehouseMissing(f"no warehouse at {warehouse} (build one with `marsad run`, or pass --warehouse FILE)")
    try:
        con = connect_waiting(warehouse, read_only=True, wait=wait_seconds, poll=poll_seconds, config=READ_CONFIG,
                              announce=sys.stderr.isatty())
    except WarehouseLocked as error:
        raise WarehouseBusy(f"{error} (a `marsad run` load?) — try again when it ends, or pass --wait SECONDS") from None
    try:
        con.execute(sql_text("session/quiet.sql"))
        yield con
    finally:
        con.close()


def catalogue(con) -> Result:
    cursor = con.execute(sql_text("read/catalogue.sql"))
    return Result([d[0] for d in cursor.description], cursor.fetchall())


def resolve_relation(con, name: str) -> str:
    """The catalogue's spelling of a table or view name (names match case-insensitively, as in
    SQL), or `UnknownRelation` naming what there is."""
    names = [row[0] for row in catalogue(con).rows]
    for known in names:
        if known == name:
            return known
    folded = [known for known in names if known.lower() == name.lower()]
    if len(folded) == 1:
        return folded[0]
    raise UnknownRelation(f"no table or view named {name!r} in the warehouse; there are: {', '.join(sorted(names))}")


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def select_relation(con, name: str) -> str:
    """SELECT * over a table or view checked against the catalogue and quoted."""
    return sql("read/select_relation.sql", relation=quote_identifier(resolve_relation(con, name)))


def describe(warehouse: Path, name: str | None = None,
             wait_seconds: float = DEFAULT_WAIT_SECONDS) -> tuple[str, Result]:
    """The data dictionary from DuckDB's comments: every table and view, or one's columns.

    Returns a heading (the object and its comment) and the rows."""
    with read_only(warehouse, wait_seconds) as con:
        if name is None:
            return f"{warehouse}: tables and views", catalogue(con)
        known = resolve_relation(con, name)
        kind, comment = next((row[1], row[3]) for row in catalogue(con).rows if row[0] == known)
        cursor = con.execute(sql_text("read/catalogue_columns.sql"), {"name": known})
        result = Result([d[0] for d in cursor.description], cursor.fetchall())
        return f"{known} ({kind}): {comment or 'no comment'}", result


def run_sql(warehouse: Path, statements: str, wait_seconds: float = DEFAULT_WAIT_SECONDS) -> Result:
    """The result of the last statement (a file may hold several), read-only."""
    with read_only(warehouse, wait_seconds) as con:
        cursor = con.execute(statements)
        if cursor.description is None:
            return Result([], [])
        return Result([d[0] for d in cursor.description], cursor.fetchall())
