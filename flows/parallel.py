"""Extraction spread over the machine's cores: one worker process per core, lexicons built once
in each. Small inputs (the seed, a test) are extracted inline, where starting workers would cost
more than it saves."""
from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, TypeVar

from marsad.child_processes import die_with_parent

Item = TypeVar("Item")
Result = TypeVar("Result")

INLINE_BELOW = 200  # items
# A worker past this resident size is ended before the next extraction, and a fresh one built. Its
# word caches keep growing for hundreds of thousands of articles (transforms/word_table.py keeps
# 500,000 word forms): over 135,770 distinct ANT articles the two workers grew from ~250 to
# ~320 MB each by 25,000 articles and on; a 13,577-article run ends with each below ~300 MB.
WORKER_RSS_LIMIT = 384 * 2**20


def worker_count() -> int:
    """MARSAD_WORKERS, or the cores this process may use."""
    configured = os.environ.get("MARSAD_WORKERS")
    if configured:
        return max(1, int(configured))
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


_submitting = threading.Lock()
# by worker count and set-up; started on first use
_pools: dict[tuple[int, Callable[[], None] | None], ProcessPoolExecutor] = {}


def _start_worker(prepare: Callable[[], None] | None) -> None:
    """A worker's set-up, once, before its first slice."""
    die_with_parent()
    if prepare is not None:
        prepare()


def _pool(workers: int, prepare: Callable[[], None] | None) -> ProcessPoolExecutor:
    if (workers, prepare) not in _pools:
        # spawn, not fork: the parent runs Prefect's threads, which a fork would copy mid-flight.
        _pools[workers, prepare] = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker, initargs=(prepare,))
    return _pools[workers, prepare]


def _worker_processes(pool: ProcessPoolExecutor) -> list:
    """The pool's live worker processes (a private attribute: the executor lists them nowhere public)."""
    return list((getattr(pool, "_processes", None) or {}).values())


def _renew_grown_pools() -> None:
    """End the pools with a worker past WORKER_RSS_LIMIT (between extractions, so they are idle):
    the next extraction starts fresh workers, and memory does not follow the size of the run.
    Their caches only memoise, so fresh workers give the same rows."""
    import psutil

    for key, pool in list(_pools.items()):
        sizes = []
        for process in _worker_processes(pool):
            try:
                sizes.append(psutil.Process(process.pid).memory_info().rss)
            except psutil.Error:
                pass
        if any(size > WORKER_RSS_LIMIT for size in sizes):
            del _pools[key]
            pool.shutdown(wait=True)


def release_workers() -> None:
    """End the worker processes once extraction is done: the load does not need them, and their
    memory would otherwise stay held beside it. The next extraction starts new ones."""
    while _pools:
        _, pool = _pools.popitem()
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(release_workers)


def terminate_workers() -> None:
    """End the workers at once, mid-slice (SIGTERM: the run is being stopped, not finished)."""
    while _pools:
        _, pool = _pools.popitem()
        for process in _worker_processes(pool):  # no public way to stop a busy pool
            process.terminate()
        # Not cancel_futures: the pool's own thread then fails the pending futures as broken; a
        # cancelled one would make that thread crash and the exit hang.
        pool.shutdown(wait=False)


def map_in_order(function: Callable[[list[Item]], list[Result]], items: list[Item],
                 prepare: Callable[[], None] | None = None) -> Iterable[Result]:
    """function over items, results in the items' order; `function` takes and returns a list (a slice).
    `prepare` (a module-level function) runs once in each worker process before its first slice,
    never inline in this process."""
    workers = worker_count()
    if workers == 1 or len(items) < INLINE_BELOW:
        return function(items)
    size = max(1, -(-len(items) // (workers * 4)))  # a few slices per worker evens out long articles
    slices = [items[i:i + size] for i in range(0, len(items), size)]
    # submit, not map: map cancels the futures still pending when an exception (SIGTERM's SystemExit)
    # unwinds it, and the pool's own thread then crashes on them instead of closing its queue.
    with _submitting:  # no pool is renewed while another thread submits to it
        _renew_grown_pools()
        futures = [_pool(workers, prepare).submit(function, piece) for piece in slices]
    return [result for future in futures for result in future.result()]

