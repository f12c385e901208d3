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
