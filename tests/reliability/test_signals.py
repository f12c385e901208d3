"""kill -9 of a run leaves no extraction worker behind (issue 13): workers die with their parent."""
import signal
import subprocess
import sys
import time

import psutil

from tests.conftest import REPO, shared_path


def test_killing_the_run_ends_its_worker_processes(tmp_path):
    corpus = shared_path("data", "ant-news", "part-000.jsonl")
    script = ("import sys; from pathlib import Path; from flows.pipeline import run_pipeline; "
              f"run_pipeline([Path({str(corpus)!r})], Path({str(tmp_path / 'w.duckdb')!r}), Path({str(tmp_path / 'pq')!r}))")
    run = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, env={"MARSAD_WORKERS": "2", "PATH": "/usr/bin:/bin"})
    parent = psutil.Process(run.pid)
    workers = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(workers) < 2:
        workers = [c for c in parent.children(recursive=True) if "multiprocessing" in " ".join(c.cmdline())]
        time.sleep(0.2)
    assert len(workers) >= 2, "the run never started its workers"
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    gone, alive = psutil.wait_procs(workers, timeout=15)
    assert not alive, f"workers outlived their parent: {[p.pid for p in alive]}"
