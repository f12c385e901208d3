"""A real Prefect server on a free loopback port, started and stopped by its process group: for
the integration test and the benchmark's run against a server (`make server` is the user's way)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from marsad.paths import REPO


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(home: Path, api_url: str) -> dict[str, str]:
    """The environment a process needs to use the server at `api_url` (and keep its own state in `home`)."""
    return {"PATH": f"{REPO / '.venv' / 'bin'}:/usr/bin:/bin", "HOME": str(home), "PREFECT_HOME": str(home / "prefect"),
            "PREFECT_API_URL": api_url, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": "false",
            "PREFECT_LOGGING_LEVEL": "WARNING"}


def start_server(home: Path, startup_seconds: float = 180) -> tuple[subprocess.Popen, str]:
    """`prefect server start` on 127.0.0.1 and a free port, its state under `home`; returns the
    process and the API URL once /health answers."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    home.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen([str(REPO / ".venv" / "bin" / "prefect"), "server", "start", "--host", "127.0.0.1",
                                "--port", str(port), "--no-ui", "--analytics-off"], env=server_env(home, api),
                               start_new_session=True, stdout=open(home / "server.log", "w"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + startup_seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(api + "/health", timeout=2) as answer:
                if answer.status == 200:
                    return process, api
        except OSError:
            time.sleep(1)
    stop(process)
    raise RuntimeError(f"the Prefect server did not answer within {startup_seconds} s (see {home / 'server.log'})")


def stop(process: subprocess.Popen) -> None:
    """End a process started in its own session, and everything it started."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
