"""A real Prefect server on loopback: `marsad serve` registers the deployment, a run triggered
through the API loads exactly the new file's articles, and a second run adds nothing (issue 12)."""
import json
import subprocess
import sys
import time

from marsad.prefect_server import server_env, start_server, stop
from tests.conftest import REPO, shared_path
from tests.warehouse_helpers import query

BIN = REPO / ".venv" / "bin"
TRIGGER = """
import asyncio, sys, time
from prefect import get_client
from prefect.deployments import run_deployment

async def wait_for_deployment(name, seconds):
    deadline = time.monotonic() + seconds
    async with get_client() as client:
        while True:
            try:
                return await client.read_deployment_by_name(name)
            except Exception:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(1)

asyncio.run(wait_for_deployment("marsad-run/marsad-inbox", 180))
run = run_deployment("marsad-run/marsad-inbox", timeout=300)
print(run.state.type.value)
"""


def test_a_served_deployment_loads_new_inbox_files_when_triggered(tmp_path):
    corpus = shared_path("data", "ant-news", "part-000.jsonl")
    inbox, warehouse = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    server, api = start_server(tmp_path)
    env = {**server_env(tmp_path, api), "MARSAD_WORKERS": "1"}
    served = None
    try:
        served = subprocess.Popen([str(BIN / "marsad"), "serve", "--inbox", str(inbox), "--warehouse", str(warehouse),
                                   "--parquet", str(tmp_path / "pq")], env=env, start_new_session=True, cwd=tmp_path,
                                  stdout=open(tmp_path / "serve.log", "w"), stderr=subprocess.STDOUT)
        with open(corpus, encoding="utf-8") as handle:
            lines = [next(handle) for _ in range(7)]
        (inbox / "new.jsonl").write_text("".join(lines), encoding="utf-8")

        def trigger() -> str:
            done = subprocess.run([sys.executable, "-c", TRIGGER], env={**env, "PYTHONPATH": str(REPO)},
                                  capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, done.stderr[-3000:] + (tmp_path / "serve.log").read_text()[-3000:]
            return done.stdout.strip().splitlines()[-1]

        assert trigger() == "COMPLETED"
        ids = {json.loads(line)["id"] for line in lines}
        assert {r[0] for r in query(warehouse, "SELECT external_id FROM articles")} == ids
        started = time.monotonic()
        assert trigger() == "COMPLETED"  # nothing new: loads nothing
        assert time.monotonic() - started < 120
        assert query(warehouse, "SELECT count(*) FROM articles") == [(len(ids),)]
        assert query(warehouse, "SELECT count(*) FROM input_files") == [(1,)]
    finally:
        if served is not None:
            stop(served)
        stop(server)
    assert server.poll() is not None
