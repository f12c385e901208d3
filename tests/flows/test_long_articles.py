"""A very long body is read window by window (issue 13: cost linear in length), and every row
still points at the right characters of the whole body."""
import json
from datetime import datetime, timezone

from flows.extraction import LONG_BODY_CHARS, WINDOW_CHARS, body_windows, extract_article
from flows.lexicons import load_lexicons
from tests.conftest import shared_path


def _long_body() -> str:
    with open(shared_path("data", "ant-news", "part-000.jsonl"), encoding="utf-8") as handle:
        bodies = [json.loads(next(handle))["text"] for _ in range(60)]
    return "\n".join(bodies)


def test_windows_cover_the_body_once_and_end_at_paragraphs():
    body = _long_body()
    windows = body_windows(body, WINDOW_CHARS)
    assert windows[0][0] == 0 and windows[-1][1] == len(body)
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:]))
    assert all(body[end - 1] == "\n" for _, end in windows[:-1])
    assert all(end - start <= WINDOW_CHARS for start, end in windows)


def test_a_long_body_gives_rows_whose_offsets_point_into_the_whole_body():
    body = _long_body()
    assert len(body) > LONG_BODY_CHARS
    rows = extract_article("long", "عنوان", body, datetime(2018, 3, 1, tzinfo=timezone.utc), load_lexicons())
    late = len(body) // 2
    for table in ("country_mentions", "organisation_mentions", "person_mentions", "time_expressions"):
        body_rows = [r for r in rows[table] if r["field"] == "body"]
        assert any(r["char_start"] > late for r in body_rows), table  # later windows were read too
        for r in body_rows:
            assert body[r["char_start"]:r["char_end"]] == r["surface"], (table, r)
    for table in ("visits", "aid"):
        for r in rows[table]:
            assert body[r["evidence_start"]:r["evidence_end"]] == r["evidence"], (table, r)
    assert rows["visits"], "sixty real reports hold some visit"
