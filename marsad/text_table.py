"""Query results as text for a terminal: an aligned table, CSV or JSON. Pure functions."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from decimal import Decimal

from marsad.cells import as_text, is_number

MAX_CELL = 60


def _width(text: str) -> int:
    """Columns a terminal gives the text: combining marks (Arabic short vowels) take none, wide
    East Asian characters two."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _fit(text: str, limit: int | None) -> str:
    text = text.replace("\r", " ").replace("\n", " ⏎ ").replace("\t", " ")
    if limit is None or _width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if _width(out + ch) > limit - 1:
            break
        out += ch
    return out + "…"


def render_table(columns: list[str], rows: list[tuple], max_cell: int | None = MAX_CELL) -> str:
    """An aligned plain-text table, NULL shown as NULL, cells longer than `max_cell` cut with …
    (None: never), and a row count."""
    cells = [[_fit("NULL" if v is None else as_text(v), max_cell) for v in row] for row in rows]
    header = [_fit(c, max_cell) for c in columns]
    widths = [max([_width(header[i])] + [_width(r[i]) for r in cells]) for i in range(len(columns))]
    numeric = [bool(rows) and all(is_number(r[i]) or r[i] is None for r in rows) for i in range(len(columns))]

    def line(values: list[str]) -> str:
        padded = []
        for i, v in enumerate(values):
            pad = " " * (widths[i] - _width(v))
            padded.append(pad + v if numeric[i] else v + pad)
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    lines = [line(header), rule] + [line(r) for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def render_csv(columns: list[str], rows: list[tuple]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([["" if v is None else as_text(v) for v in row] for row in rows])
    return out.getvalue()


def render_json(columns: list[str], rows: list[tuple]) -> str:
    """A JSON array of objects; numbers and booleans stay JSON numbers and booleans."""
    def plain(value):
        if value is None or isinstance(value, (bool, int, str)):
            return value
        if isinstance(value, Decimal):
            value = float(value)
        if isinstance(value, float):
            return value if value == value and value not in (float("inf"), float("-inf")) else None
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        return as_text(value)

    return json.dumps([dict(zip(columns, map(plain, row))) for row in rows], ensure_ascii=False, indent=1)
