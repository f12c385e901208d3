"""JSON Lines input: one article per line, `{"id","title","text","published"?,"source"?,"url"?}`.

The ANT corpus names the publication time `date`; it is read as `published` too.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

from transforms.articles import ParsedArticle, RecordProblem

_CONTRACT_KEYS = {"id", "title", "text", "published", "source", "url"}
_PUBLISHED_ALIASES = ("published", "date")
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_jsonl_record(line: str, position: int, stem: str, now: datetime | None = None
                       ) -> tuple[ParsedArticle | None, list[RecordProblem]]:
    """One decoded JSONL line → an article (or None) and the problems found in it. `now` is the
    run's clock, to tell a publication time in the future."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return None, [RecordProblem(position, "invalid_json", f"not JSON ({error.msg} at column {error.colno}): {line[:80]!r}")]
    except RecursionError:
        return None, [RecordProblem(position, "invalid_json", f"JSON nested too deeply to read: {line[:80]!r}")]
    except ValueError as error:  # an integer of more digits than Python converts
        return None, [RecordProblem(position, "invalid_json", f"not readable JSON ({error}): {line[:80]!r}")]
    surrogate = _lone_surrogate(record) if _may_hold_surrogate(line) else None
    if surrogate is not None:
        return None, [RecordProblem(position, "lone_surrogate",
                                    f"a string holds a lone surrogate escape ({surrogate}), which is no character: {line[:80]!r}")]
    if not isinstance(record, dict):
        return None, [RecordProblem(position, "not_an_object", f"a JSON {type(record).__name__}, not an object: {line[:80]!r}")]
    text = record.get("text")
    if not isinstance(text, str):
        reason = "missing_text" if text is None else "text_not_a_string"
        return None, [RecordProblem(position, reason, f"record {record.get('id')!r} has no text string (keys: {sorted(record)})")]
    body = text.strip()
    if not body:
        return None, [RecordProblem(position, "empty_text", f"record {record.get('id')!r} has an empty text")]
    problems: list[RecordProblem] = []
    external_id = record.get("id")
    id_from_input = external_id not in (None, "")
    if not id_from_input:
        external_id = f"{stem}#{position}"
        problems.append(RecordProblem(position, "missing_id", f"no id: stored as {external_id}", "warning"))
    published_key = next((k for k in _PUBLISHED_ALIASES if record.get(k) not in (None, "")), None)
    published_raw = None if published_key is None else str(record[published_key])
    if published_raw is not None and parse_published(published_raw) is None:
        problems.append(RecordProblem(position, "invalid_published",
                                      f"publication time {published_raw!r} is not ISO 8601: stored without it", "warning"))
    elif published_raw is not None and now is not None and anchor_time(published_raw, now) is None:
        problems.append(RecordProblem(position, "implausible_published",
                                      f"publication time {published_raw!r} is before 1900 or in the future: kept raw, "
                                      "not used to resolve dates", "warning"))
    extra = {k: v for k, v in record.items() if k not in _CONTRACT_KEYS and k != published_key}
    title = record.get("title")
    article = ParsedArticle(
        external_id=str(external_id),
        id_from_input=id_from_input,
        title=None if title is None else str(title).strip(),
        body=body,
        position=position,
        source=_text_or_none(record.get("source")),
        published_raw=published_raw,
        url=_text_or_none(record.get("url")),
        extra=extra,
    )
    return article, problems


_EARLIEST = datetime(1900, 1, 1, tzinfo=timezone.utc)


def anchor_time(raw: str | None, now: datetime) -> datetime | None:
    """The publication time relative dates are resolved against: parse_published's, unless it is
    before 1900 or more than a day after `now` (the run's clock), which no news article is."""
    value = parse_published(raw)
    if value is None or value < _EARLIEST or value > now + timedelta(days=1):
        return None
    return value


def parse_published(raw: str | None) -> datetime | None:
    """ISO 8601 → aware datetime in its own offset (naive times are taken as UTC), or None."""
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _may_hold_surrogate(line: str) -> bool:
    """False when no string parsed from `line` can hold a lone surrogate: the line has no `\\u`
    escape and no surrogate character of its own (it encodes as UTF-8). That is nearly every line,
    and it spares the walk over each string of the record (a UTF-8 encode costs half a regex scan)."""
    if "\\u" in line:
        return True
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _lone_surrogate(value, depth: int = 0) -> str | None:
    """The first lone surrogate (\\ud800-\\udfff) in any string of a parsed record, as an escape."""
    if isinstance(value, str):
        found = _SURROGATE.search(value)
        return f"\\u{ord(found.group()):04x}" if found else None
    if depth > 50:
        return None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        hit = _lone_surrogate(key, depth + 1) if isinstance(key, str) else None
        hit = hit or _lone_surrogate(item, depth + 1)
        if hit:
            return hit
    return None


def _text_or_none(value) -> str | None:
    return None if value in (None, "") else str(value)
