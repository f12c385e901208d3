"""`make bench`: throughput and memory of the pipeline over the ANT corpus and a distinct 10× copy.

The 10× copy gives every article a new id and a changed title, so all 135,770 articles are new
and extracted (a copy of the same articles would measure de-duplication, not scale).
Prints, from one run on this machine (compare the ratios, not the absolute figures: machines are
shared and noisy): articles/s, MB/s and peak RSS of the whole process tree (workers included);
the warehouse's and the Parquet folder's size; the time of three analyst queries; the I/O floor
(read inputs + write Parquet + load DuckDB, no parsing or extraction) and the pipeline's ratio to
it; the pipeline with extraction left out (every article yields no extraction rows, one process),
which tells the cost of everything beside extraction, against the same floor and at both sizes;
the Prefect flow against the same work called without Prefect; and a rerun with no new input
against the first run. Each measurement runs in its own process.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def measure(mode: str, inputs: list[Path], scratch: Path) -> dict:
    """Run one measurement in this process and return its figures."""
    sys.path.insert(0, str(REPO))
    from flows.inputs import discover_inputs

    warehouse, parquet = scratch / "w.duckdb", scratch / "parquet"
    if mode != "rerun":
        warehouse.unlink(missing_ok=True)
        shutil.rmtree(parquet, ignore_errors=True)
    peak = TreePeak()
    started = time.perf_counter()
    if mode == "floor":
        from bench.io_floor import copy_raw_lines

        articles = copy_raw_lines(discover_inputs(inputs), warehouse, parquet)
    elif mode == "dask":
        from flows.marsad_flow import run_on_dask

        articles = run_on_dask(inputs, warehouse, parquet, workers=2).counts["articles_read"]
    elif mode == "no_extraction":
        import flows.batch
        from flows.pipeline import run_pipeline

        flows.batch.extract_articles = no_extraction  # in this process only (the caller sets MARSAD_WORKERS=1)
        articles = run_pipeline(inputs, warehouse, parquet).counts["articles_read"]
    elif mode == "flow":
        from flows.marsad_flow import marsad_run
        from marsad.prefect_settings import no_heartbeat

        with no_heartbeat():
            summary = marsad_run(inputs, warehouse, parquet)
        articles = summary.counts["articles_read"]
    else:
        from flows.pipeline import run_pipeline

        articles = run_pipeline(inputs, warehouse, parquet).counts["articles_read"]
    seconds = time.perf_counter() - started
    figures = {"seconds": seconds, "articles": articles, "peak_rss_mb": peak.stop() / 2**20,
               "warehouse_mb": warehouse.stat().st_size / 1e6 if warehouse.exists() else 0.0,
               "parquet_mb": sum(p.stat().st_size for p in parquet.rglob("*.parquet")) / 1e6}
    if mode == "plain":
        figures["queries"] = time_queries(warehouse)
    return figures


def no_extraction(items: list) -> list[dict]:
    """No extraction rows for any article: the run's work beside extraction (reading, ids, rows,
    Parquet, the load), done in one process."""
    return [{} for _ in items]


class TreePeak:
    """The largest resident memory of this process and all its children together, sampled."""

    def __init__(self, every: float = 0.2):
        import threading

        import psutil

        self.peak, self._done = 0, threading.Event()
        self._me = psutil.Process()
        self._thread = threading.Thread(target=self._sample, args=(every,), daemon=True)
        self._thread.start()

    def _sample(self, every: float) -> None:
        import psutil

        while not self._done.is_set():
            total = 0
            for p in [self._me, *self._me.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._done.wait(every)

    def stop(self) -> int:
        self._done.set()
        self._thread.join()
        return max(self.peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)


ANALYST_QUERIES = ("bench/query_visits_per_host_month.sql", "bench/query_aid_by_donor.sql",
                   "bench/query_top_persons.sql")


def time_queries(warehouse: Path) -> dict[str, float]:
    """Seconds each of three analyst queries takes on the warehouse just built."""
    import duckdb

    from marsad.sql_files import sql_text

    times = {}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for name in ANALYST_QUERIES:
            started = time.perf_counter()
            con.execute(sql_text(name)).fetchall()
            times[Path(name).stem.removeprefix("query_")] = time.perf_counter() - started
    return times


def in_subprocess(mode: str, inputs: list[Path], scratch: Path, env: dict | None = None) -> dict:
    command = [sys.executable, __file__, "--measure", mode, "--scratch", str(scratch), "--inputs", *map(str, inputs)]
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO,
                         env={**os.environ, **(env or {})}).stdout
    return json.loads(out.strip().splitlines()[-1])


def distinct_copy(corpus: Path, target: Path, copies: int = 10) -> Path:
    """`copies` copies of the corpus in which every article has a new id and a changed title, so
    that every one is a new article to extract."""
    shutil.rmtree(target, ignore_errors=True)
    for copy in range(copies):
        folder = target / f"copy{copy}"
        folder.mkdir(parents=True)
        for shard in sorted(corpus.glob("*.jsonl")):
            with open(shard, encoding="utf-8") as source, open(folder / shard.name, "w", encoding="utf-8") as out:
                for raw in source:
                    record = json.loads(raw)
                    record["id"] = f"{record['id']}~{copy}"
                    record["title"] = f"{record.get('title') or ''} ({copy})"
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def corpus_megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*.jsonl")) / 1e6


def line(label: str, figures: dict, megabytes: float) -> str:
    s = figures["seconds"]
    return (f"{label:34} {s:8.2f} s {figures['articles'] / s:9.0f} articles/s {megabytes / s:7.2f} MB/s "
            f"peak RSS {figures['peak_rss_mb']:7.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "data" / "ant-news")
    parser.add_argument("--scratch", type=Path, default=REPO / "data" / "scratch" / "bench")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--inputs", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        args.scratch.mkdir(parents=True, exist_ok=True)
        print(json.dumps(measure(args.measure, args.inputs, args.scratch)))
        return
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    scratch = args.scratch.resolve()
    one = [args.corpus.resolve()]
    ten = [distinct_copy(args.corpus.resolve(), scratch / "corpus10")]
    mb1, mb10 = corpus_megabytes(args.corpus), corpus_megabytes(ten[0])
    print(f"corpus: {args.corpus} ({mb1:.1f} MB); 10x copy: {mb10:.1f} MB (every article with a new id and "
          "title: all extracted)")
    floor1 = in_subprocess("floor", one, scratch / "floor1")
    plain1 = in_subprocess("plain", one, scratch / "plain1")
    rerun1 = in_subprocess("rerun", one, scratch / "plain1")
    bare1 = in_subprocess("no_extraction", one, scratch / "bare1", env={"MARSAD_WORKERS": "1"})
    flow1 = in_subprocess("flow", one, scratch / "flow1")
    floor10 = in_subprocess("floor", ten, scratch / "floor10")
    bare10 = in_subprocess("no_extraction", ten, scratch / "bare10", env={"MARSAD_WORKERS": "1"})
    plain10 = in_subprocess("plain", ten, scratch / "plain10")
    dask1 = in_subprocess("dask", one, scratch / "dask1")
    dask10 = in_subprocess("dask", ten, scratch / "dask10")
    # The flow against a running Prefect server (the scheduled runs' mode): its overhead at scale.
    sys.path.insert(0, str(REPO))
    from marsad.prefect_server import server_env, start_server, stop

    server, api = start_server(scratch / "server")
    try:
        served10 = in_subprocess("flow", ten, scratch / "served10", env=server_env(scratch / "server", api))
    finally:
        stop(server)
    print(line("I/O floor, 1x", floor1, mb1))
    print(line("pipeline without Prefect, 1x", plain1, mb1))
    print(line("pipeline without extraction, 1x", bare1, mb1))
    print(line("pipeline as Prefect flow, 1x", flow1, mb1))
    print(line("rerun, no new input, 1x", rerun1, mb1).replace("articles/s", "articles/s (none read)"))
    print(line("I/O floor, 10x", floor10, mb10))
    print(line("pipeline without Prefect, 10x", plain10, mb10))
    print(line("pipeline without extraction, 10x", bare10, mb10))
    print(line("flow on a Prefect server, 10x", served10, mb10))
    print(line("flow on Dask (2-worker LocalCluster), 1x", dask1, mb1))
    print(line("flow on Dask (2-worker LocalCluster), 10x", dask10, mb10))
    print(f"ratio pipeline / I/O floor: 1x {plain1['seconds'] / floor1['seconds']:.2f}, "
          f"10x {plain10['seconds'] / floor10['seconds']:.2f}; without extraction (one process) / I/O floor: "
          f"1x {bare1['seconds'] / floor1['seconds']:.2f}, 10x {bare10['seconds'] / floor10['seconds']:.2f}")
    print(f"ratio Prefect flow / plain: {flow1['seconds'] / plain1['seconds']:.2f} "
          f"(+{flow1['seconds'] - plain1['seconds']:.1f} s, including the ephemeral API's start)")
    print(f"ratio Prefect flow on a server / plain, 10x: {served10['seconds'] / plain10['seconds']:.2f}")
    print(f"ratio Dask / default runner: 1x {dask1['seconds'] / plain1['seconds']:.2f}, "
          f"10x {dask10['seconds'] / plain10['seconds']:.2f}")
    print(f"ratio rerun / first run: {rerun1['seconds'] / plain1['seconds']:.3f}")
    print(f"ratio 10x / 1x: time {plain10['seconds'] / plain1['seconds']:.2f}, "
          f"peak RSS {plain10['peak_rss_mb'] / plain1['peak_rss_mb']:.2f}; without extraction: "
          f"peak RSS {bare10['peak_rss_mb'] / bare1['peak_rss_mb']:.2f}")
    for label, figures in (("1x", plain1), ("10x", plain10)):
        figures.setdefault("queries", {})
        queries = ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in figures["queries"].items())
        print(f"{label}: warehouse {figures['warehouse_mb']:.0f} MB, Parquet {figures['parquet_mb']:.0f} MB; "
              f"analyst queries: {queries}")


if __name__ == "__main__":
    main()
