"""Child processes that never outlive the run: the extraction workers and Prefect's ephemeral API
server. Linux ends a child whose parent dies (kill -9, a cron or systemd timeout) when the child
asked for it with PR_SET_PDEATHSIG."""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import subprocess
import threading

_PR_SET_PDEATHSIG = 1


def _prctl():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True).prctl
    except OSError:  # not Linux: normal exits still end the children
        return None


_PRCTL = _prctl()  # loaded here, in the parent: after a fork only the call itself is safe


def die_with_parent() -> None:
    """In a child: be killed when the parent dies (and go now if it already has)."""
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() == 1:
            os._exit(1)


class _SubprocessDyingWithParent:
    """The `subprocess` module as one library module sees it: every process it starts dies with
    this one. The death signal follows the thread that started the child, so it is only asked for
    from the main thread (which lives as long as the process)."""

    def __getattr__(self, name: str):
        return getattr(subprocess, name)

    @staticmethod
    def Popen(*args, **kwargs):  # noqa: N802 (the name subprocess uses)
        if threading.current_thread() is threading.main_thread():
            kwargs.setdefault("preexec_fn", die_with_parent)
        return subprocess.Popen(*args, **kwargs)


def ephemeral_api_dies_with_this_process() -> None:
    """Prefect's ephemeral API server (a uvicorn child) would outlive a killed run; not when a
    server is configured (PREFECT_API_URL), where there is no child to start."""
    if os.environ.get("PREFECT_API_URL"):
        return
    import prefect.server.api.server as server_module

    server_module.subprocess = _SubprocessDyingWithParent()
