"""Stopping a run (issue 13): SIGTERM and kill -9 leave no worker or API server behind (checked by
PID), and a run killed in the middle of its load leaves no trace a rerun does not mend."""
import signal
import subprocess
import sys
import time

import psutil

from tests.conftest import MARSAD, REPO, SEED_FILE as SEED, ant_feed, shared_path


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


def _command(process: psutil.Process) -> str:
    try:
        return " ".join(process.cmdline())
    except psutil.Error:  # a short-lived helper that has just ended
        return ""


def _start_marsad_run(tmp_path) -> tuple[subprocess.Popen, list[psutil.Process]]:
    """`marsad run` on a real shard, once its workers and Prefect's ephemeral API server are up."""
    corpus = shared_path("data", "ant-news", "part-000.jsonl")
    run = subprocess.Popen([str(MARSAD), "run", "--input", str(corpus), "--warehouse",
                            str(tmp_path / "w.duckdb"), "--parquet", str(tmp_path / "pq")], cwd=tmp_path,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           env={"MARSAD_WORKERS": "2", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    parent = psutil.Process(run.pid)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        children = parent.children(recursive=True)
        lines = [_command(c) for c in children]
        if sum("multiprocessing-fork" in line for line in lines) >= 2 and any("uvicorn" in line for line in lines):
            return run, children
        time.sleep(0.2)
    run.kill()
    raise AssertionError("the run never started its workers and API server")


def test_sigterm_ends_the_run_and_every_process_it_started(tmp_path):
    run, children = _start_marsad_run(tmp_path)
    run.send_signal(signal.SIGTERM)
    assert run.wait(timeout=60) == 128 + signal.SIGTERM
    gone, alive = psutil.wait_procs(children, timeout=15)
    assert not alive, f"outlived the run: {[(p.pid, ' '.join(p.cmdline())[:80]) for p in alive]}"
    assert not (tmp_path / "w.duckdb").exists()  # stopped before its load: nothing half-written


def test_kill_9_of_a_run_also_ends_prefects_ephemeral_api_server(tmp_path):
    run, children = _start_marsad_run(tmp_path)
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    gone, alive = psutil.wait_procs(children, timeout=15)
    assert not alive, f"outlived the run: {[(p.pid, ' '.join(p.cmdline())[:80]) for p in alive]}"


KILLED_IN_LOAD = """
import sys, time
from pathlib import Path
from flows import warehouse
from flows.pipeline import run_pipeline
def stall(con):  # inside the load's transaction, after every insert
    print("loading", flush=True)
    time.sleep(600)
warehouse.run_data_tests = stall
run_pipeline([Path(sys.argv[1])], Path(sys.argv[2]), Path(sys.argv[3]))
"""


def test_kill_9_during_the_load_then_a_rerun_gives_the_warehouse_of_an_uninterrupted_run(tmp_path):
    from flows.pipeline import run_pipeline
    from tests.warehouse_helpers import table_contents

    feed = ant_feed(tmp_path, 300)
    uninterrupted = tmp_path / "uninterrupted.duckdb"
    run_pipeline([feed], uninterrupted, tmp_path / "pq-uninterrupted")
    warehouse = tmp_path / "w.duckdb"
    run_pipeline([SEED], warehouse, tmp_path / "pq")  # the warehouse holds something before the killed load
    run_pipeline([SEED], uninterrupted, tmp_path / "pq-uninterrupted")
    killed = subprocess.Popen([sys.executable, "-c", KILLED_IN_LOAD, str(feed), str(warehouse), str(tmp_path / "pq")],
                              cwd=REPO, stdout=subprocess.PIPE, text=True, env={"MARSAD_WORKERS": "1", "PATH": "/usr/bin:/bin"})
    assert killed.stdout.readline().strip() == "loading"
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=30)
    summary = run_pipeline([feed], warehouse, tmp_path / "pq")
    assert summary.counts["new_articles"] == 300
    assert table_contents(warehouse, without_run_stamps=True) == table_contents(uninterrupted, without_run_stamps=True)
