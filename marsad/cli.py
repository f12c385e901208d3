"""`marsad run [--input PATH ...] [--warehouse FILE] [--parquet DIR]`: thin parsing, then the flow."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from marsad.paths import DEFAULT_PARQUET, DEFAULT_WAREHOUSE, SAMPLE_ARTICLES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="marsad", description="Arabic news articles to a DuckDB warehouse.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="read articles, extract, write Parquet and load DuckDB")
    run.add_argument("--input", nargs="+", type=Path, default=[SAMPLE_ARTICLES], metavar="PATH",
                     help="files or folders of text (.txt) or JSON Lines (.jsonl) articles (default: the samples in seeds/)")
    run.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE, metavar="FILE",
                     help=f"DuckDB file to create or update (default: {DEFAULT_WAREHOUSE})")
    run.add_argument("--parquet", type=Path, default=DEFAULT_PARQUET, metavar="DIR",
                     help=f"folder of Parquet table datasets (default: {DEFAULT_PARQUET})")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    missing = [str(p) for p in args.input if not p.exists()]
    if missing:  # before Prefect starts: a typo should fail in milliseconds
        print(f"marsad: input not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    from flows.inputs import InputNotFound
    from flows.marsad_flow import marsad_run
    from marsad.prefect_settings import no_heartbeat

    try:
        with no_heartbeat():
            summary = marsad_run(args.input, args.warehouse, args.parquet)
    except InputNotFound as error:
        print(f"marsad: {error}", file=sys.stderr)
        return 2
    print(f"marsad run → {args.warehouse} (Parquet in {args.parquet})")
    for line in summary.lines():
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
