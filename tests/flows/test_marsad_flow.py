"""The Prefect flow end to end on the seed and on bad input, in a temporary warehouse."""
import json
import shutil

import pytest

from tests.conftest import SEED_FILE
from tests.warehouse_helpers import query, table_contents

pytestmark = pytest.mark.usefixtures("prefect_harness")


def run(inputs, tmp_path):
    from flows.marsad_flow import marsad_run

    return marsad_run(inputs, tmp_path / "w.duckdb", tmp_path / "parquet")


def test_the_seed_becomes_two_articles_with_their_parts(tmp_path):
    summary = run([SEED_FILE], tmp_path)
    warehouse = tmp_path / "w.duckdb"
    assert summary.counts["new_articles"] == 2
    rows = query(warehouse, "SELECT external_id, title, source, published_at FROM articles ORDER BY external_id")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("000_202838f5eb5d9b9a#1", "البنتاغون", None), ("000_202838f5eb5d9b9a#2", "وكالات", None)]
    assert rows[1][1].startswith("وزير الدفاع الأميركي جيمس ماتيس مع رئيس حكومة الوفاق")
    assert query(warehouse, "SELECT clock_gmt FROM article_updates ORDER BY seq") == [("17:42",), ("13:10",)]
    assert query(warehouse, "SELECT headline FROM related_headlines") == [("ماتيس: إيران أكبر دولة داعمة للإرهاب",)]
    assert query(warehouse, "SELECT count(*) FROM countries")[0][0] == 250
    assert query(warehouse, "SELECT name_ar, iso3 FROM countries WHERE iso2 = 'EG'") == [("مصر", "EGY")]
    assert sorted(p.name for p in (tmp_path / "parquet").iterdir()) == sorted(
        ["articles", "article_updates", "related_headlines", "countries", "input_files", "article_sources", "country_mentions",
         "place_mentions", "organisation_mentions", "article_persons", "person_mentions", "time_expressions",
         "visits", "aid"])


def test_the_seed_facts_reach_the_contract_tables(tmp_path):
    run([SEED_FILE], tmp_path)
    warehouse = tmp_path / "w.duckdb"
    # ماتيس is one person across both articles, with his title and country.
    assert query(warehouse, "SELECT name_ar, title_ar, country_iso2, article_count FROM persons WHERE name_ar = 'جيمس ماتيس'") == [
        ("جيمس ماتيس", "وزير الدفاع", "US", 2)]
    assert query(warehouse, """SELECT donor_iso2, recipient_iso2, amount, currency, period, aid_type, since_year, status
                               FROM aid""") == [("US", "EG", 1.3e9, "USD", "annual", "military", 1979, "provided")]
    assert ("EG", "XXXX-12-02", "occurred") in query(warehouse, "SELECT host_country_iso2, date_value, status FROM visits")
    # Every offset row points at its own surface text in the field it names.
    mismatches = query(warehouse, """
        SELECT m.surface FROM country_mentions m JOIN articles a USING (article_id)
        WHERE substr(CASE m.field WHEN 'title' THEN a.title ELSE a.body END, m.char_start + 1, m.char_end - m.char_start) <> m.surface""")
    assert mismatches == []


def test_a_second_run_changes_nothing_and_skips_loaded_files(tmp_path):
    run([SEED_FILE], tmp_path)
    before = table_contents(tmp_path / "w.duckdb")
    summary = run([SEED_FILE], tmp_path)
    assert summary.files_skipped == 1 and summary.counts["articles_read"] == 0
    assert table_contents(tmp_path / "w.duckdb") == before


def test_the_same_article_from_two_files_is_stored_once(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED_FILE, inputs / "a.txt")
    shutil.copy(SEED_FILE, inputs / "b.txt")
    summary = run([inputs], tmp_path)
    assert summary.counts["articles_read"] == 4 and summary.counts["duplicates"] == 2
    assert query(tmp_path / "w.duckdb", "SELECT count(*) FROM articles")[0][0] == 2
    assert query(tmp_path / "w.duckdb", "SELECT count(*) FROM input_files")[0][0] == 2


def test_an_extractor_failure_keeps_the_article_and_is_recorded(tmp_path, monkeypatch):
    import flows.extraction

    def broken(*args, **kwargs):
        raise ValueError("unexpected token")

    monkeypatch.setattr(flows.extraction, "extract_article", broken)
    summary = run([SEED_FILE], tmp_path)
    assert summary.counts["new_articles"] == 2 and summary.counts["warnings"] == 2
    assert query(tmp_path / "w.duckdb", "SELECT DISTINCT reason, severity FROM rejects") == [("extraction_failed", "warning")]


def test_bad_input_is_recorded_with_reasons_and_good_input_still_loads(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    seed = SEED_FILE.read_text(encoding="utf-8")
    (inputs / "windows.txt").write_bytes(seed.replace("\n", "\r\n").encode("cp1256"))
    (inputs / "bom.txt").write_bytes(b"\xef\xbb\xbf" + seed.split("المصدر: البنتاغون")[1].encode("utf-8"))
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    good = {"id": "AL-1", "title": "عنوان", "text": "وزير الدفاع الأميركي جيمس ماتيس في القاهرة.", "published": "2018-02-18T19:03:15+04:00"}
    lines = [json.dumps(good, ensure_ascii=False), "{broken", json.dumps({"id": "AL-2", "title": "بلا نص"}), ""]
    (inputs / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    summary = run([inputs], tmp_path)
    warehouse = tmp_path / "w.duckdb"
    rejects = query(warehouse, "SELECT regexp_extract(input_file, '[^/]+$'), position, reason, severity FROM rejects ORDER BY ALL")
    assert rejects == [("empty.txt", 0, "empty", "error"), ("feed.jsonl", 2, "invalid_json", "error"),
                       ("feed.jsonl", 3, "missing_text", "error"), ("photo.txt", 0, "binary", "error")]
    assert summary.counts["rejected"] == 4
    # windows.txt gives both seed articles, bom.txt repeats the second one, feed.jsonl gives one.
    assert query(warehouse, "SELECT count(*) FROM articles")[0][0] == 3
    encodings = dict(query(warehouse, "SELECT regexp_extract(input_file, '[^/]+$'), encoding FROM input_files"))
    assert encodings["windows.txt"] == "cp1256" and encodings["bom.txt"] == "utf-8-sig"
    published = query(warehouse, "SELECT published_at = TIMESTAMPTZ '2018-02-18 15:03:15+00', published_raw FROM articles WHERE external_id = 'AL-1'")
    assert published == [(True, "2018-02-18T19:03:15+04:00")]


def test_each_run_leaves_a_table_artifact_with_its_counts(tmp_path):
    import asyncio

    from prefect import get_client

    run([SEED_FILE], tmp_path)

    async def latest():
        async with get_client() as client:
            return await client.read_latest_artifacts()

    tables = [a for a in asyncio.run(latest()) if a.key == "marsad-run-counts"]
    assert tables and tables[0].type == "table"
    rows = tables[0].data if isinstance(tables[0].data, list) else json.loads(tables[0].data)
    assert {"count": "rows in articles", "value": 2} in rows


def test_the_progress_display_draws_on_a_terminal_and_is_quiet_otherwise(tmp_path):
    import io

    from rich.console import Console

    from flows.pipeline import run_pipeline
    from flows.progress import RunProgress

    screen = io.StringIO()
    run_pipeline([SEED_FILE], tmp_path / "a.duckdb", tmp_path / "pa",
                 progress=RunProgress(Console(file=screen, force_terminal=True, no_color=True, width=120)))
    last = screen.getvalue().split("\r")[-1]
    assert "1/1 files 2 articles" in last and "articles/s" in last
    log = io.StringIO()
    run_pipeline([SEED_FILE], tmp_path / "b.duckdb", tmp_path / "pb", progress=RunProgress(Console(file=log)))
    assert log.getvalue() == ""
