"""Where a `marsad run`'s fixed cost goes (part of `make bench`): the same run on the two seed
articles, without Prefect and as the Prefect flow on its ephemeral API, each in a fresh process,
with the flow's steps timed: importing Prefect, starting the ephemeral API server, the flow run
itself, and the exit (Prefect flushes its events). The ephemeral API's SQLite database stays in
PREFECT_HOME between runs (it is migrated once, on a machine's first run)."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PLAIN = """
import json, sys, time
started = time.perf_counter()
from pathlib import Path
from flows.pipeline import run_pipeline
from marsad.paths import SAMPLE_ARTICLES
imported = time.perf_counter()
run_pipeline([SAMPLE_ARTICLES], Path(sys.argv[1]) / "w.duckdb", Path(sys.argv[1]) / "pq")
print(json.dumps({"imports": imported - started, "run": time.perf_counter() - imported}))
"""

FLOW = """
import json, sys, time
started = time.perf_counter()
from pathlib import Path
from flows.marsad_flow import marsad_run
from marsad.paths import SAMPLE_ARTICLES
from marsad.prefect_settings import no_heartbeat
imported = time.perf_counter()
from prefect.client.orchestration import get_client
with get_client(sync_client=True) as client:
    client.hello()
api_up = time.perf_counter()
with no_heartbeat():
    marsad_run([SAMPLE_ARTICLES], Path(sys.argv[1]) / "w.duckdb", Path(sys.argv[1]) / "pq")
print(json.dumps({"imports": imported - started, "api_start": api_up - imported,
                  "run": time.perf_counter() - api_up}), flush=True)
"""


def timed(script: str, folder: Path) -> dict:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", script, str(folder)], cwd=REPO, check=True, capture_output=True,
                         text=True).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    figures["process"] = time.perf_counter() - started
    figures["exit"] = figures["process"] - sum(v for k, v in figures.items() if k != "process")
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        timed(FLOW, Path(scratch) / "warm")  # the ephemeral database's first migration, not measured
        plain = timed(PLAIN, Path(scratch) / "plain")
        flow = timed(FLOW, Path(scratch) / "flow")
    print("fixed cost of a run (the 2 seed articles, fresh processes; Python's own start included in 'other'):")
    print(f"  without Prefect   {plain['process']:6.2f} s  = imports {plain['imports']:.2f} + run {plain['run']:.2f} "
          f"+ other {plain['exit']:.2f}")
    print(f"  as a Prefect flow {flow['process']:6.2f} s  = imports {flow['imports']:.2f} + ephemeral API start "
          f"{flow['api_start']:.2f} + flow run {flow['run']:.2f} + exit and other {flow['exit']:.2f}")
    print(f"  Prefect's own share: {flow['process'] - plain['process']:.2f} s")


if __name__ == "__main__":
    main()
