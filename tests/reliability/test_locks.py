"""A run waits for a reader holding the warehouse, then loads; a rerun with nothing new takes no
write lock (issue 13, defect 3)."""
import subprocess
import sys
import time

from flows.pipeline import run_pipeline
from marsad.paths import SAMPLE_ARTICLES
from tests.conftest import MARSAD, REPO, SEED_FILE, ant_feed
from tests.warehouse_helpers import query, table_contents

HOLD = ("import duckdb, sys, time; con = duckdb.connect(sys.argv[1], read_only={ro}); "
        "print('held', flush=True); time.sleep(float(sys.argv[2]))")


def _hold(warehouse, seconds: float, read_only: bool) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD.format(ro=read_only), str(warehouse), str(seconds)],
                              stdout=subprocess.PIPE, text=True, cwd=REPO)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_run_waits_for_an_open_reader_then_loads(tmp_path, capsys):
    warehouse = tmp_path / "w.duckdb"
    run_pipeline([SAMPLE_ARTICLES], warehouse, tmp_path / "pq")
    more = tmp_path / "more.txt"
    more.write_text(SEED_FILE.read_text(encoding="utf-8"), encoding="utf-8")  # a file not loaded yet
    reader = _hold(warehouse, 2.0, read_only=True)
    started = time.monotonic()
    summary = run_pipeline([more], warehouse, tmp_path / "pq")
    assert time.monotonic() - started >= 1.0
    reader.wait(timeout=30)
    assert summary.files_found == 1 and summary.files_skipped == 0
    assert "held by process" in capsys.readouterr().err
    assert query(warehouse, "SELECT count(*) FROM input_files") == [(2,)]


def test_a_rerun_with_nothing_new_needs_no_write_lock(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    run_pipeline([SAMPLE_ARTICLES], warehouse, tmp_path / "pq")
    reader = _hold(warehouse, 3.0, read_only=True)
    started = time.monotonic()
    summary = run_pipeline([SAMPLE_ARTICLES], warehouse, tmp_path / "pq")
    assert time.monotonic() - started < 2.0  # answered beside the reader, without waiting for it
    assert summary.files_skipped == 1 and summary.rows["articles"] == 2
    reader.kill()


def test_two_runs_at_once_on_one_file_give_the_warehouse_of_one_run(tmp_path):
    feed = ant_feed(tmp_path, 300)
    single = tmp_path / "single.duckdb"
    run_pipeline([feed], single, tmp_path / "pq-single")
    shared_warehouse = tmp_path / "both.duckdb"
    runs = [subprocess.Popen([str(MARSAD), "run", "--input", str(feed), "--warehouse",
                              str(shared_warehouse), "--parquet", str(tmp_path / f"pq-{n}")],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
                             env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}) for n in (1, 2)]
    outcomes = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err[-2000:] for _, err in outcomes]
    assert table_contents(shared_warehouse, without_run_stamps=True) == table_contents(single, without_run_stamps=True)


def test_a_second_writer_waits_for_the_first_and_says_for_whom(tmp_path, capsys):
    warehouse = tmp_path / "w.duckdb"
    hold = ("import sys, time; from pathlib import Path; from flows.run_lock import writer_lock\n"
            "with writer_lock(Path(sys.argv[1]), wait=0):\n    print('held', flush=True); time.sleep(2)")
    holder = subprocess.Popen([sys.executable, "-c", hold, str(warehouse)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    assert holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    run_pipeline([SAMPLE_ARTICLES], warehouse, tmp_path / "pq")
    assert time.monotonic() - started >= 1.0
    assert f"process {holder.pid}" in capsys.readouterr().err
    holder.wait(timeout=30)
    assert query(warehouse, "SELECT count(*) FROM articles") == [(2,)]
