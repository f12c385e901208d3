"""The pipeline's steps without Prefect: real corpus loading, atomic Parquet parts, the DDL."""
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.parquet_store import write_part
from flows.pipeline import plan_batches, run_pipeline
from flows.inputs import InputFile
from marsad.paths import SQL
from marsad.schema import ARTICLES, TABLES, render_ddl
from tests.conftest import shared_path
from tests.warehouse_helpers import query


@pytest.mark.slow
def test_the_whole_ant_corpus_loads(tmp_path):
    corpus = shared_path("data", "ant-news")
    summary = run_pipeline([corpus], tmp_path / "w.duckdb", tmp_path / "parquet")
    assert summary.counts["articles_read"] == 13577
    assert summary.rows["articles"] == 13577
    # The folder's index.tsv and SOURCE.md are listed as skipped, not parsed as articles.
    assert summary.counts["rejected"] == 0 and summary.counts["warnings"] == 2
    assert query(tmp_path / "w.duckdb", "SELECT count(*) FROM articles WHERE published_at IS NULL")[0][0] == 0
    assert query(tmp_path / "w.duckdb", "SELECT external_id FROM articles WHERE body LIKE 'سمحت #كوريا_الشمالية%'") == [
        ("AL-culture-3-20180218",)]
    # One Parquet part per batch: the corpus (47 MB) is more than one batch.
    assert len(list((tmp_path / "parquet" / "articles").glob("*.parquet"))) >= 3


def test_batches_follow_the_byte_budget():
    files = [InputFile(f"f{i}", size, "h", "jsonl") for i, size in enumerate([5, 5, 5, 20, 1])]
    assert [[f.path for f in b] for b in plan_batches(files, 10)] == [["f0", "f1"], ["f2"], ["f3"], ["f4"]]


def test_a_crash_while_writing_leaves_no_part(tmp_path, monkeypatch):
    def crash(*args, **kwargs):
        Path(args[1]).write_bytes(b"PAR1 half")
        raise OSError("disk full")

    monkeypatch.setattr(pq, "write_table", crash)
    row = {c: None for c in ARTICLES.column_names} | {"article_id": "a", "external_id": "e", "body": "نص",
                                                       "input_file": "f", "input_position": 1, "input_format": "text"}
    with pytest.raises(OSError):
        write_part([row], ARTICLES, tmp_path, "part-1")
    assert list((tmp_path / "articles").iterdir()) == []


def test_the_ddl_in_sql_is_rendered_from_the_schema_module():
    for table in TABLES.values():
        assert (SQL / "ddl" / f"{table.name}.sql").read_text(encoding="utf-8") == render_ddl(table), (
            f"sql/ddl/{table.name}.sql is stale: run scripts/write_ddl.py")


def test_the_warehouse_is_released_after_a_run(tmp_path):
    import duckdb

    seed = Path(__file__).resolve().parents[2] / "seeds" / "articles"
    run_pipeline([seed], tmp_path / "w.duckdb", tmp_path / "parquet")
    with duckdb.connect(str(tmp_path / "w.duckdb")) as writer:  # would raise if a lock were still held
        assert writer.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_a_big_file_is_written_in_chunks_of_articles(tmp_path):
    import json

    from flows.inputs import describe_file
    from flows.pipeline import process_step

    feed = tmp_path / "feed.jsonl"
    records = [{"id": f"r{i}", "title": f"خبر {i}", "text": f"التقى وزير الخارجية الأميركي نظيره المصري في القاهرة ({i})."}
               for i in range(5)]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    result = process_step([describe_file(feed)], set(), tmp_path / "parquet", chunk_articles=2)
    assert result.counts["new_articles"] == 5
    assert [pq.read_metadata(p).num_rows for p in result.parts["articles"]] == [2, 2, 1]
    # The file's manifest row travels with its last chunk, so a crash before the load re-reads it whole.
    assert len(result.parts["input_files"]) == 1


def test_one_visit_told_by_two_articles_is_one_event(tmp_path):
    import json

    seed = (Path(__file__).resolve().parents[2] / "seeds" / "articles" / "000_202838f5eb5d9b9a.txt").read_text(encoding="utf-8")
    sarraj = seed.split("المصدر: البنتاغون")[1].split("\n\n", 1)[1].split("المصدر:")[0].strip()
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": f"wire-{n}", "title": title, "text": sarraj,
                                           "published": "2017-12-01T10:00:00+00:00"}, ensure_ascii=False)
                                for n, title in enumerate(["السراج في واشنطن", "السراج يلتقي ماتيس"])), encoding="utf-8")
    run_pipeline([feed], tmp_path / "w.duckdb", tmp_path / "parquet")
    visits = query(tmp_path / "w.duckdb", "SELECT visitor_name_ar, host_country_iso2 FROM visits")
    assert visits == [("فايز السراج", "US")] * 2
    events = query(tmp_path / "w.duckdb", "SELECT visitor_name_ar, host_country_iso2, article_count, len(visit_ids) FROM visit_events")
    assert events == [("فايز السراج", "US", 2, 2)]


def test_a_retried_batch_takes_its_articles_again(tmp_path):
    from flows.inputs import describe_file
    from flows.pipeline import process_step

    seed = Path(__file__).resolve().parents[2] / "seeds" / "articles" / "000_202838f5eb5d9b9a.txt"
    known: set[str] = set()
    first = process_step([describe_file(seed)], known, tmp_path / "parquet")
    # A retry (the first attempt failed after parsing) must not see its own articles as duplicates.
    again = process_step([describe_file(seed)], known, tmp_path / "parquet")
    assert first.counts["new_articles"] == again.counts["new_articles"] == 2
    assert known == set() and first.new_ids == again.new_ids and len(first.new_ids) == 2
