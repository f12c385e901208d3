"""`marsad export`: a table, view or query of the warehouse to CSV, XLSX or Parquet.

- CSV: UTF-8 with a byte-order mark by default (so Excel shows Arabic), text neutralised.
- XLSX: typed numbers and dates, a frozen header row, right to left where the data is Arabic,
  text that would run as a formula stored as plain text.
- Parquet: DuckDB's own COPY.
A file is written beside its destination and moved into place when complete, so a failed export
leaves nothing behind, and an existing file is replaced only with `force`.
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from flows.analyst import DEFAULT_WAIT_SECONDS, AnalystError, read_only, select_relation
from marsad.analyst_defaults import EXPORT_FORMATS
from marsad.cells import as_text, csv_cell, has_arabic, needs_neutralising, spreadsheet_value
from marsad.sql_files import sql

BATCH_ROWS = 10_000
XLSX_MAX_ROWS = 1_048_576  # Excel's limit, header included
XLSX_MAX_CELL = 32_767  # characters Excel holds in one cell
XLSX_MAX_WIDTH = 60


class OutputExists(AnalystError):
    pass


@dataclass
class ExportResult:
    path: Path
    format: str
    rows: int
    notes: list[str] = field(default_factory=list)


def format_for(out: Path, requested: str | None) -> str:
    """The requested format, else the one the file name's suffix names."""
    fmt = requested or out.suffix.lower().lstrip(".")
    if fmt not in EXPORT_FORMATS:
        raise AnalystError(f"cannot tell the format of {out}: pass --format {'|'.join(EXPORT_FORMATS)}")
    return fmt


def export(warehouse: Path, out: Path, fmt: str, relation: str | None = None, query: str | None = None,
           force: bool = False, bom: bool = True, wait_seconds: float = DEFAULT_WAIT_SECONDS) -> ExportResult:
    if (relation is None) == (query is None):
        raise AnalystError("name one table or view, or pass --query SQL (not both)")
    out = Path(out)
    if out.is_dir():
        raise OutputExists(f"{out} is a folder: --out takes a file name")
    if out.exists() and not force:
        raise OutputExists(f"{out} exists: pass --force to overwrite it")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        with read_only(warehouse, wait_seconds) as con:
            select = select_relation(con, relation) if relation is not None else query
            select = select.strip().rstrip(";").rstrip()
            result = WRITERS[fmt](con, select, partial, sheet=relation or "query", bom=bom)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    result.path = out
    return result


def _columns(cursor) -> list[str]:
    if cursor.description is None:
        raise AnalystError("the query returns no result to export (end it with a SELECT)")
    return [d[0] for d in cursor.description]


def _write_csv(con, select: str, path: Path, bom: bool, **_) -> ExportResult:
    cursor = con.execute(select)
    columns = _columns(cursor)
    rows = 0
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([csv_cell(c) for c in columns])
        while batch := cursor.fetchmany(BATCH_ROWS):
            writer.writerows([csv_cell(v) for v in row] for row in batch)
            rows += len(batch)
    return ExportResult(path, "csv", rows)


def _write_parquet(con, select: str, path: Path, **_) -> ExportResult:
    rows = con.execute(sql("read/export_parquet.sql", query=select), {"path": str(path)}).fetchone()[0]
    return ExportResult(path, "parquet", rows)


_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _write_xlsx(con, select: str, path: Path, sheet: str, **_) -> ExportResult:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    cursor = con.execute(select)
    columns = _columns(cursor)
    first = cursor.fetchmany(BATCH_ROWS)
    book = Workbook(write_only=True)
    ws = book.create_sheet(title=_SHEET_FORBIDDEN.sub("_", sheet)[:31] or "export")
    # Set before the first row: a write-only sheet writes its views and columns first.
    texts = [v for row in first for v in row if isinstance(v, str)] + columns
    ws.sheet_view.rightToLeft = any(has_arabic(t) for t in texts)
    ws.freeze_panes = "A2"
    for i, name in enumerate(columns):
        longest = max([len(name)] + [len(as_text(row[i]) or "") for row in first[:200]])
        ws.column_dimensions[get_column_letter(i + 1)].width = min(XLSX_MAX_WIDTH, longest + 2)
    notes = {"cut": 0, "illegal": 0}

    def cell(value):
        kind, held, number_format = spreadsheet_value(value)
        if kind == "text":
            return text_cell(held)
        if kind == "date":
            c = WriteOnlyCell(ws, held)
            c.number_format = number_format
            return c
        return held

    def text_cell(text: str):
        clean = ILLEGAL_CHARACTERS_RE.sub("", text)
        notes["illegal"] += clean != text
        if len(clean) > XLSX_MAX_CELL:
            clean = clean[:XLSX_MAX_CELL - 1] + "…"
            notes["cut"] += 1
        c = WriteOnlyCell(ws, clean)
        c.data_type = "s"  # stored as text: never a formula, whatever it starts with
        if needs_neutralising(clean):
            c.quotePrefix = True  # and stays text if someone edits it in Excel
        return c

    header = []
    for name in columns:
        c = text_cell(name)
        c.font = Font(bold=True)
        header.append(c)
    ws.append(header)
    rows = 0
    batch = first
    while batch:
        if rows + len(batch) + 1 > XLSX_MAX_ROWS:
            raise AnalystError(f"more than {XLSX_MAX_ROWS - 1:,} rows do not fit in one XLSX sheet: export CSV or Parquet")
        for row in batch:
            ws.append([cell(v) for v in row])
        rows += len(batch)
        batch = cursor.fetchmany(BATCH_ROWS)
    book.save(path)
    result = ExportResult(path, "xlsx", rows)
    if notes["cut"]:
        result.notes.append(f"{notes['cut']} cells longer than Excel's {XLSX_MAX_CELL:,} characters were cut (CSV and Parquet keep them whole)")
    if notes["illegal"]:
        result.notes.append(f"{notes['illegal']} cells lost control characters that XLSX cannot hold")
    return result


WRITERS = {"csv": _write_csv, "xlsx": _write_xlsx, "parquet": _write_parquet}
