"""`make eval`: build the dev gold's input, run the pipeline on it and on the seed into scratch
warehouses, and print ../shared/eval/score.py's figures for both."""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from flows.pipeline import run_pipeline
from marsad.paths import SAMPLE_ARTICLES
from marsad.sql_files import sql_text


def fresh_run(name: str, inputs: list[Path], scratch: Path) -> Path:
    warehouse, parquet = scratch / f"{name}.duckdb", scratch / f"{name}-parquet"
    warehouse.unlink(missing_ok=True)
    shutil.rmtree(parquet, ignore_errors=True)
    summary = run_pipeline(inputs, warehouse, parquet)
    print(f"[{name}] " + "; ".join(summary.lines()))
    with duckdb.connect(str(warehouse)) as con:
        con.execute(sql_text("eval/contract_stubs.sql"))
    return warehouse


def score(shared: Path, warehouse: Path, gold: Path) -> None:
    print(f"== {gold.name} ==", flush=True)
    subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--warehouse", str(warehouse),
                    "--gold", str(gold)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--scratch", type=Path, default=Path("data/scratch"))
    args = parser.parse_args()
    args.scratch.mkdir(parents=True, exist_ok=True)
    gold = args.shared / "gold"
    dev_input = args.scratch / "dev-input.jsonl"
    subprocess.run([sys.executable, str(args.shared / "eval" / "make_input.py"), "--gold", str(gold / "dev.jsonl"),
                    "--corpus", str(args.shared / "data" / "ant-news"), "--out", str(dev_input)], check=True)
    seed_warehouse = fresh_run("seed", [SAMPLE_ARTICLES], args.scratch)
    dev_warehouse = fresh_run("dev", [dev_input], args.scratch)
    score(args.shared, seed_warehouse, gold / "seed.jsonl")
    score(args.shared, dev_warehouse, gold / "dev.jsonl")


if __name__ == "__main__":
    main()
