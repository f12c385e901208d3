"""Every input line is accounted for (issue 13): per file, its non-blank lines are the
article_sources rows plus the 'error' rejects; a file that grows is read again without rejecting
its old bad lines twice, and an article carried twice lists both records."""
from flows.pipeline import run_pipeline
from tests.conftest import SEED_FILE, ant_lines
from tests.warehouse_helpers import query

BAD_LINES = ['{"id": "broken", "title": "t", "text": ',  # cut short: invalid JSON
             '{"id":"x","title":"t","text":"\\ud800 نص"}',  # a lone surrogate
             '["an array, not an object"]']


def _accounting(warehouse, path) -> tuple[int, int]:
    sources = query(warehouse, "SELECT count(*) FROM article_sources WHERE input_file = ?", [str(path)])[0][0]
    errors = query(warehouse, "SELECT count(*) FROM rejects WHERE input_file = ? AND severity = 'error'", [str(path)])[0][0]
    return sources, errors


def test_every_non_blank_line_of_a_mixed_folder_is_a_source_row_or_an_error_reject(tmp_path):
    good = ant_lines(12)
    folder = tmp_path / "in"
    folder.mkdir()
    mixed = folder / "mixed.jsonl"
    # good lines, one repeated three times, blank lines and three kinds of bad line
    mixed.write_text("\n".join(good[:8] + [good[0], good[0], ""] + BAD_LINES + ["   "] + good[8:]) + "\n",
                     encoding="utf-8")
    again = folder / "again.jsonl"
    again.write_text("\n".join(good[4:10]) + "\n", encoding="utf-8")  # six articles another file also has
    (folder / "seed.txt").write_text(SEED_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    run_pipeline([folder], warehouse, tmp_path / "pq")
    for path in (mixed, again):
        non_blank = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        sources, errors = _accounting(warehouse, path)
        assert sources + errors == non_blank, path.name
    assert _accounting(warehouse, mixed) == (14, 3)
    assert _accounting(warehouse, folder / "seed.txt") == (2, 0)
    assert query(warehouse, "SELECT count(*) FROM articles") == [(14,)]
    # the first good line is carried three times in mixed.jsonl: one record it was taken from, two copies
    carried = query(warehouse, "SELECT position, first_seen FROM article_sources s JOIN articles a USING (article_id) "
                               "WHERE a.input_position = 1 AND a.input_file = ? ORDER BY position", [str(mixed)])
    assert carried == [(1, True), (9, False), (10, False)]
    # an article in both files lists both
    both = query(warehouse, "SELECT count(DISTINCT input_file) FROM article_sources GROUP BY article_id "
                            "HAVING count(DISTINCT input_file) > 1")
    assert len(both) == 6


def test_a_growing_file_is_read_again_without_rejecting_its_old_bad_lines_twice(tmp_path):
    good = ant_lines(6)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(good[:3] + BAD_LINES[:1]) + "\n", encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    run_pipeline([feed], warehouse, tmp_path / "pq")
    with open(feed, "a", encoding="utf-8") as handle:
        handle.write("\n".join(good[3:] + BAD_LINES[1:2]) + "\n")
    summary = run_pipeline([feed], warehouse, tmp_path / "pq")
    assert summary.files_skipped == 0 and summary.counts["new_articles"] == 3
    assert query(warehouse, "SELECT position, reason FROM rejects ORDER BY position") == [
        (4, "invalid_json"), (8, "lone_surrogate")]
    assert _accounting(warehouse, feed) == (6, 2)
    assert query(warehouse, "SELECT count(*) FROM input_files") == [(2,)]  # both versions of the file
