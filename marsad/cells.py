"""How one warehouse value is written for people: as text (terminal, CSV, JSON) or as a typed
spreadsheet cell, and how text that a spreadsheet would run as a formula is made inert.

Pure functions: no files, no connections.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from decimal import Decimal

# A spreadsheet reads a cell starting with one of these as a formula (or, for tab and CR, may
# shift it into one): OWASP's list for CSV injection.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def needs_neutralising(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """Text a spreadsheet will show as typed and never evaluate: a leading apostrophe where it
    starts like a formula (the apostrophe is Excel's own mark for 'this is text')."""
    return "'" + text if needs_neutralising(text) else text


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def is_number(value) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def utc_naive(value: dt.datetime) -> dt.datetime:
    """A timestamp as UTC wall time (TIMESTAMPTZ columns are UTC; spreadsheets know no zones)."""
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None)


def as_text(value) -> str | None:
    """The value as plain text, None for NULL: ISO dates, UTC times, lists and structs as JSON."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if is_number(value):
        return str(value)
    if isinstance(value, dt.datetime):
        return utc_naive(value).isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=as_text)
    return str(value)


def csv_cell(value) -> str:
    """A CSV field: numbers as they are, NULL empty, text neutralised."""
    if value is None:
        return ""
    if is_number(value) or isinstance(value, (bool, dt.date, dt.time)):
        return as_text(value)
    return neutralise(as_text(value))


DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


def spreadsheet_value(value) -> tuple[str, object, str | None]:
    """What a typed spreadsheet cell holds: (kind, value, number format), kind being 'empty',
    'number' (booleans too), 'date' (UTC wall time for timestamps) or 'text' (everything else, as
    `as_text` writes it; NaN and infinities too, which spreadsheets cannot hold as numbers)."""
    if value is None:
        return "empty", None, None
    if isinstance(value, float) and not math.isfinite(value):
        return "text", str(value), None
    if is_number(value) or isinstance(value, bool):
        return "number", value, None
    if isinstance(value, dt.datetime):
        return "date", utc_naive(value), DATETIME_FORMAT
    if isinstance(value, dt.date):
        return "date", value, DATE_FORMAT
    return "text", as_text(value), None
