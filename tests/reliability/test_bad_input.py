"""Issue 13's reproductions turned into tests: one bad record never costs the others, a UTF-16
file loses no line, and a load that meets rows it already holds inserts nothing twice."""
import json
import subprocess

from flows import warehouse
from flows.pipeline import run_pipeline
from marsad.schema import TABLES
from tests.conftest import MARSAD, ant_lines
from tests.warehouse_helpers import query, table_contents


def test_a_lone_surrogate_line_among_300_good_ones_costs_only_itself(tmp_path):
    feed = tmp_path / "in.jsonl"
    bad = '{"id":"x","title":"t","text":"\\ud800 نص"}'
    feed.write_text("\n".join(ant_lines(300) + [bad]) + "\n", encoding="utf-8")
    done = subprocess.run([str(MARSAD), "run", "--input", str(feed), "--warehouse",
                           str(tmp_path / "w.duckdb"), "--parquet", str(tmp_path / "pq")],
                          capture_output=True, text=True, timeout=600, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert query(tmp_path / "w.duckdb", "SELECT count(*) FROM articles") == [(300,)]
    assert query(tmp_path / "w.duckdb", "SELECT position, reason FROM rejects WHERE severity = 'error'") == [
        (301, "lone_surrogate")]


def test_deep_nesting_and_huge_integers_are_rejects_not_crashes(tmp_path):
    feed = tmp_path / "in.jsonl"
    lines = ant_lines(2) + ["[" * 1500 + "]" * 1500, '{"id": "n", "text": "نص", "n": ' + "9" * 5000 + "}"]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = run_pipeline([feed], tmp_path / "w.duckdb", tmp_path / "pq")
    assert summary.counts["new_articles"] == 2
    assert query(tmp_path / "w.duckdb", "SELECT position, reason FROM rejects ORDER BY position") == [
        (3, "invalid_json"), (4, "invalid_json")]


def test_utf16_json_lines_are_all_read(tmp_path):
    lines = ant_lines(3)
    feed = tmp_path / "utf16.jsonl"
    feed.write_bytes("\r\n".join(lines).encode("utf-16"))  # with its BOM, as office tools write it
    summary = run_pipeline([feed], tmp_path / "w.duckdb", tmp_path / "pq")
    assert summary.counts["new_articles"] == 3 and summary.counts["rejected"] == 0
    ids = {json.loads(line)["id"] for line in lines}
    assert {r[0] for r in query(tmp_path / "w.duckdb", "SELECT external_id FROM articles")} == ids


def test_loading_the_same_parts_twice_inserts_nothing_twice_even_with_null_keys(tmp_path):
    feed = tmp_path / "in.jsonl"
    feed.write_text("\n".join(ant_lines(40)) + "\n", encoding="utf-8")
    run_pipeline([feed], tmp_path / "w.duckdb", tmp_path / "pq")
    before = table_contents(tmp_path / "w.duckdb")
    nulls = query(tmp_path / "w.duckdb", "SELECT count(*) FROM time_expressions WHERE value IS NULL")[0][0]
    assert nulls > 0  # weekdays with no publication anchor, and the like: keys holding NULL
    parts = {name: sorted((tmp_path / "pq" / name).glob("*.parquet")) for name in TABLES
             if (tmp_path / "pq" / name).exists() and TABLES[name].kind == "facts"}
    warehouse.load(tmp_path / "w.duckdb", parts)  # what a second, concurrent run's load does
    assert table_contents(tmp_path / "w.duckdb") == before


def test_implausible_publication_times_are_kept_raw_and_anchor_nothing(tmp_path):
    record = json.loads(ant_lines(1)[0])
    lines = [json.dumps({**record, "id": f"y{year}", "date": f"{year}-02-18T19:03:15+04:00"}, ensure_ascii=False)
             for year in ("0001", "9999")]
    feed = tmp_path / "in.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = run_pipeline([feed], tmp_path / "w.duckdb", tmp_path / "pq")
    warehouse = tmp_path / "w.duckdb"
    assert summary.counts["new_articles"] == 2
    assert query(warehouse, "SELECT external_id, published_at, published_raw FROM articles ORDER BY 1") == [
        ("y0001", None, "0001-02-18T19:03:15+04:00"), ("y9999", None, "9999-02-18T19:03:15+04:00")]
    assert query(warehouse, "SELECT DISTINCT reason, severity FROM rejects") == [("implausible_published", "warning")]
    # Extraction ran (the article kept all its extraction) without the impossible anchor.
    assert query(warehouse, "SELECT count(*) FROM time_expressions")[0][0] > 0


def test_text_with_no_arabic_and_html_pages_are_stored_with_a_warning(tmp_path):
    feed = tmp_path / "in.jsonl"
    feed.write_text("\n".join([
        json.dumps({"id": "latin", "title": "Hello", "text": "root:x:0:0:root:/root:/bin/bash"}),
        json.dumps({"id": "page", "title": "صفحة", "text": "<html><body><p>مرحبا بكم في الموقع</p></body></html>"},
                   ensure_ascii=False)]) + "\n", encoding="utf-8")
    run_pipeline([feed], tmp_path / "w.duckdb", tmp_path / "pq")
    warehouse = tmp_path / "w.duckdb"
    assert query(warehouse, "SELECT count(*) FROM articles") == [(2,)]
    assert query(warehouse, "SELECT position, reason, severity FROM rejects ORDER BY position") == [
        (1, "no_arabic", "warning"), (2, "html_document", "warning")]
