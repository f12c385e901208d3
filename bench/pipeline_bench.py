"""`make bench`: throughput and memory of the pipeline over the ANT corpus and a 10× copy of it.

Prints, from one run on this machine (compare the ratios, not the absolute figures: machines are
shared and noisy): articles/s, MB/s and peak RSS; the I/O floor (read inputs + write Parquet +
load DuckDB, no parsing or extraction) and the pipeline's ratio to it; the Prefect flow against
the same work called without Prefect; and a rerun with no new input against the first run.
Each measurement runs in its own process so that peak RSS is its own.
"""
from __future__ import annotations

import argparse
import json
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
    started = time.perf_counter()
    if mode == "floor":
        from bench.io_floor import copy_raw_lines

        articles = copy_raw_lines(discover_inputs(inputs), warehouse, parquet)
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
    return {"seconds": seconds, "articles": articles,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def in_subprocess(mode: str, inputs: list[Path], scratch: Path) -> dict:
    command = [sys.executable, __file__, "--measure", mode, "--scratch", str(scratch), "--inputs", *map(str, inputs)]
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO).stdout
    return json.loads(out.strip().splitlines()[-1])


def ten_fold_copy(corpus: Path, target: Path) -> Path:
    """Ten folders of symlinks to the corpus's shards: the same bytes, read as ten sets of files."""
    shutil.rmtree(target, ignore_errors=True)
    for copy in range(10):
        folder = target / f"copy{copy}"
        folder.mkdir(parents=True)
        for shard in sorted(corpus.glob("*.jsonl")):
            (folder / shard.name).symlink_to(shard.resolve())
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
    ten = [ten_fold_copy(args.corpus.resolve(), scratch / "corpus10")]
    mb1, mb10 = corpus_megabytes(args.corpus), corpus_megabytes(ten[0])
    print(f"corpus: {args.corpus} ({mb1:.1f} MB); 10x copy: {mb10:.1f} MB (the same articles again: read, "
          "parsed, de-duplicated)")
    floor1 = in_subprocess("floor", one, scratch / "floor1")
    plain1 = in_subprocess("plain", one, scratch / "plain1")
    rerun1 = in_subprocess("rerun", one, scratch / "plain1")
    flow1 = in_subprocess("flow", one, scratch / "flow1")
    floor10 = in_subprocess("floor", ten, scratch / "floor10")
    plain10 = in_subprocess("plain", ten, scratch / "plain10")
    print(line("I/O floor, 1x", floor1, mb1))
    print(line("pipeline without Prefect, 1x", plain1, mb1))
    print(line("pipeline as Prefect flow, 1x", flow1, mb1))
    print(line("rerun, no new input, 1x", rerun1, mb1).replace("articles/s", "articles/s (none read)"))
    print(line("I/O floor, 10x", floor10, mb10))
    print(line("pipeline without Prefect, 10x", plain10, mb10))
    print(f"ratio pipeline / I/O floor: 1x {plain1['seconds'] / floor1['seconds']:.2f}, "
          f"10x {plain10['seconds'] / floor10['seconds']:.2f}")
    print(f"ratio Prefect flow / plain: {flow1['seconds'] / plain1['seconds']:.2f} "
          f"(+{flow1['seconds'] - plain1['seconds']:.1f} s, including the ephemeral API's start)")
    print(f"ratio rerun / first run: {rerun1['seconds'] / plain1['seconds']:.3f}")
    print(f"ratio 10x / 1x: time {plain10['seconds'] / plain1['seconds']:.2f}, "
          f"peak RSS {plain10['peak_rss_mb'] / plain1['peak_rss_mb']:.2f}")


if __name__ == "__main__":
    main()
