"""A corrected article supersedes the old version (issue 13): old rows stay, marked by
superseded_by; the analyst views read current versions only; each article says which run
loaded it and when."""
import json

from flows.pipeline import run_pipeline
from tests.conftest import SEED_FILE
from tests.warehouse_helpers import query
from transforms.text_layout import split_text_articles


def _seed_as_jsonl(path, title_suffix: str = "") -> None:
    """The seed's two reports as JSON Lines with ids of their own (as a news feed gives them)."""
    articles, _ = split_text_articles(SEED_FILE.read_text(encoding="utf-8"), "seed")
    path.write_text("".join(json.dumps({"id": f"feed-{n}", "source": "wire", "title": a.title + title_suffix,
                                        "text": a.body, "published": "2018-12-03T10:00:00+00:00"},
                                       ensure_ascii=False) + "\n" for n, a in enumerate(articles, start=1)),
                    encoding="utf-8")


def test_a_corrected_article_supersedes_the_old_one_and_the_views_read_the_new(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    first, corrected = tmp_path / "feed.jsonl", tmp_path / "feed-corrected.jsonl"
    _seed_as_jsonl(first)
    run_pipeline([first], warehouse, tmp_path / "pq", run_id="run-one")
    _seed_as_jsonl(corrected, title_suffix=" (محدث)")
    run_pipeline([corrected], warehouse, tmp_path / "pq", run_id="run-two")
    rows = query(warehouse, "SELECT external_id, run_id, superseded_by IS NULL, loaded_at FROM articles "
                            "ORDER BY external_id, loaded_at")
    assert [r[:3] for r in rows] == [("feed-1", "run-one", False), ("feed-1", "run-two", True),
                                     ("feed-2", "run-one", False), ("feed-2", "run-two", True)]
    assert rows[0][3] < rows[1][3]
    old, new = query(warehouse, "SELECT article_id FROM articles WHERE external_id = 'feed-2' ORDER BY loaded_at")
    assert query(warehouse, "SELECT superseded_by FROM articles WHERE article_id = ?", [old[0]]) == [new]
    # the old version keeps its rows; the views show the new version's only
    assert query(warehouse, "SELECT count(*) FROM visits WHERE article_id = ?", [old[0]]) == [(1,)]
    assert query(warehouse, "SELECT DISTINCT article_id FROM visit_details WHERE host_country_iso2 = 'US'") == [new]
    assert query(warehouse, "SELECT count(*) FROM aid_details") == [(1,)]


def test_articles_whose_ids_marsad_made_up_never_supersede_each_other(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    text = tmp_path / "reports.txt"
    text.write_text(SEED_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    run_pipeline([text], warehouse, tmp_path / "pq")
    first_line, rest = SEED_FILE.read_text(encoding="utf-8").split("\n", 1)
    text.write_text(first_line + " (محدث)\n" + rest, encoding="utf-8")  # the first report's title corrected
    run_pipeline([text], warehouse, tmp_path / "pq")
    assert query(warehouse, "SELECT count(*), count(superseded_by), count(DISTINCT run_id) FROM articles") == [(3, 0, 2)]
