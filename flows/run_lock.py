"""One writer at a time: a run holds an exclusive lock file beside the warehouse while it loads.

DuckDB's own file lock refuses a second writer at once; this lock makes the second run wait its
turn instead, and says for whom it waits (the holder writes its pid, command and start time into
the file). The lock is the kernel's (flock): it is released when the holder exits, even by kill -9.
"""
from __future__ import annotations

import fcntl
import os
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator


class WriterLockTimeout(RuntimeError):
    pass


def lock_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".lock")


@contextmanager
def writer_lock(warehouse: Path, wait: float, poll: float = 0.5, announce: bool = True) -> Iterator[None]:
    """Hold the warehouse's writer lock, waiting up to `wait` seconds for another run's load."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path(warehouse), "a+", encoding="utf-8") as handle:
        deadline, told = time.monotonic() + max(0.0, wait), False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(handle)
                if time.monotonic() >= deadline:
                    raise WriterLockTimeout(f"{warehouse} is being loaded by {holder}; gave up after waiting "
                                            f"{wait:g} s (--wait sets how long)") from None
                if announce and not told:
                    print(f"marsad: waiting for {warehouse}: {holder} is loading it (up to {wait:g} s) ...",
                          file=sys.stderr, flush=True)
                    told = True
                time.sleep(poll)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"process {os.getpid()} ({' '.join(sys.argv)[:200]}), since "
                         f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC\n")
            handle.flush()
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _holder(handle) -> str:
    handle.seek(0)
    return handle.read().strip() or "another run"
