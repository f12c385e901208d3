"""scripts/compare_warehouses.py: two runs on the same input compare identical; a changed row does not."""
import subprocess
import sys

import duckdb

from flows.pipeline import run_pipeline
from marsad.paths import SAMPLE_ARTICLES
from tests.conftest import REPO

SCRIPT = REPO / "scripts" / "compare_warehouses.py"


def _compare(old, new) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(old), str(new)], capture_output=True, text=True, cwd=REPO)


def test_two_runs_compare_identical_and_a_changed_row_differs(tmp_path):
    old, new = tmp_path / "old.duckdb", tmp_path / "new.duckdb"
    run_pipeline([SAMPLE_ARTICLES], old, tmp_path / "pq-old")
    run_pipeline([SAMPLE_ARTICLES], new, tmp_path / "pq-new")
    same = _compare(old, new)
    assert same.returncode == 0 and same.stdout.splitlines()[-1] == "identical"  # run_id and loaded_at differ
    with duckdb.connect(str(new)) as con:
        con.execute("UPDATE country_mentions SET char_end = char_end + 1 WHERE rowid = 0")
    changed = _compare(old, new)
    assert changed.returncode == 1
    assert "country_mentions         rows" in changed.stdout and "only in old 1, only in new 1" in changed.stdout
    assert changed.stdout.splitlines()[-1] == "differ: country_mentions"
