"""Extraction workers (flows.parallel): a worker grown past WORKER_RSS_LIMIT is replaced before the
next extraction, so memory does not follow the size of the run; one under it is kept."""
import os

from flows import parallel
from flows.parallel import INLINE_BELOW, map_in_order, release_workers


def worker_pids(items: list) -> list[int]:
    return [os.getpid() for _ in items]


def test_a_worker_past_the_memory_limit_is_renewed_before_the_next_extraction(monkeypatch):
    monkeypatch.setenv("MARSAD_WORKERS", "2")
    items = list(range(INLINE_BELOW))
    try:
        first = map_in_order(worker_pids, items)
        assert os.getpid() not in first
        workers = {pid for pool in parallel._pools.values() for pid in pool._processes}
        assert set(map_in_order(worker_pids, items)) <= workers  # under the limit: the same workers
        monkeypatch.setattr(parallel, "WORKER_RSS_LIMIT", 0)
        renewed = map_in_order(worker_pids, items)
        assert len(renewed) == len(items) and set(renewed).isdisjoint(workers)
    finally:
        release_workers()
