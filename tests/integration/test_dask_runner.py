"""The flow on a 2-worker Dask LocalCluster gives the same warehouse as the default runner: same
rows, same ids, in every table (issue 12)."""
import subprocess
import sys

from flows.pipeline import run_pipeline
from tests.conftest import REPO, SHARED, shared_path
from tests.warehouse_helpers import table_contents

RUN = """
import sys
from pathlib import Path
from flows.marsad_flow import run_on_dask
summary = run_on_dask([Path(sys.argv[1])], Path(sys.argv[2]), Path(sys.argv[3]), batch_bytes=int(sys.argv[4]), workers=2)
print(summary.files_found, summary.counts["articles_read"])
"""


def test_dask_local_cluster_builds_the_same_warehouse_as_the_default_runner(tmp_path):
    shared_path("data", "ant-news")
    inputs = tmp_path / "dev"
    inputs.mkdir()
    # The dev articles in four files, so that the batches are several and run on both workers.
    subprocess.run([sys.executable, str(SHARED / "eval" / "make_input.py"), "--gold", str(SHARED / "gold" / "dev.jsonl"),
                    "--corpus", str(SHARED / "data" / "ant-news"), "--out", str(tmp_path / "dev.jsonl")], check=True)
    lines = (tmp_path / "dev.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    for k in range(4):
        (inputs / f"dev-{k}.jsonl").write_text("".join(lines[k::4]), encoding="utf-8")
    run_pipeline([inputs], tmp_path / "default.duckdb", tmp_path / "pq-default", batch_bytes=20_000)
    done = subprocess.run([sys.executable, "-c", RUN, str(inputs), str(tmp_path / "dask.duckdb"),
                           str(tmp_path / "pq-dask"), "20000"], cwd=REPO, capture_output=True, text=True, timeout=600,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PREFECT_HOME": str(tmp_path / "prefect"),
                               "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split()[-2:] == ["4", str(len(lines))]
    default = table_contents(tmp_path / "default.duckdb", without_run_stamps=True)
    dask = table_contents(tmp_path / "dask.duckdb", without_run_stamps=True)
    assert default.keys() == dask.keys()
    for table in default:
        assert dask[table] == default[table], table
