"""A run killed while writing a Parquet part leaves `.<part>.parquet.tmp-<pid>`; the next run
clears it, and never a part a live process is still writing (issue 13)."""
import os
import subprocess
import sys

from flows.pipeline import run_pipeline
from marsad.paths import SAMPLE_ARTICLES


def test_the_next_run_clears_a_killed_runs_half_written_parts_only(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    parquet = tmp_path / "pq"
    (parquet / "articles").mkdir(parents=True)
    litter = parquet / "articles" / f".part-abc-0.parquet.tmp-{dead.pid}"
    litter.write_bytes(b"PAR1 half written")
    in_flight = parquet / "articles" / f".part-def-0.parquet.tmp-{os.getpid()}"
    in_flight.write_bytes(b"PAR1 being written")
    run_pipeline([SAMPLE_ARTICLES], tmp_path / "w.duckdb", parquet)
    assert not litter.exists()
    assert in_flight.exists()
    assert len(list((parquet / "articles").glob("*.parquet"))) == 1


def test_a_rerun_with_nothing_new_writes_no_part_but_still_clears_litter(tmp_path):
    warehouse, parquet = tmp_path / "w.duckdb", tmp_path / "pq"
    run_pipeline([SAMPLE_ARTICLES], warehouse, parquet)
    written = {path: path.stat().st_mtime_ns for path in parquet.rglob("*.parquet")}
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    litter = parquet / "articles" / f".part-abc-0.parquet.tmp-{dead.pid}"
    litter.write_bytes(b"PAR1 half written")
    summary = run_pipeline([SAMPLE_ARTICLES], warehouse, parquet)
    assert summary.files_skipped == 1 and summary.rows["countries"] == 250
    assert {path: path.stat().st_mtime_ns for path in parquet.rglob("*.parquet")} == written  # not even countries
    assert not litter.exists()
