"""The `marsad` command: thin parsing, then the flow or the analysts' reads.

- `marsad run [--input PATH ...] [--warehouse FILE] [--parquet DIR]`: articles to the warehouse.
- `marsad serve --inbox DIR [--cron EXPR | --interval SECONDS]`: the same flow as a scheduled deployment.
- `marsad describe [TABLE_OR_VIEW]`: the data dictionary, from DuckDB's comments.
- `marsad sql QUERY_OR_FILE [--format table|csv|json]`: a read-only query.
- `marsad export TABLE_OR_VIEW | --query SQL [--format csv|xlsx|parquet] --out PATH [--force] [--no-bom]`.
- `marsad report --out report.html [--force]`: one self-contained HTML page for colleagues.
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from marsad.analyst_defaults import DEFAULT_WAIT_SECONDS, EXPORT_FORMATS, TEXT_FORMATS
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
    run.add_argument("--task-runner", choices=("default", "dask"), default="default",
                     help="dask: extract the batches on a Dask cluster (a local one unless --dask-address)")
    run.add_argument("--dask-address", metavar="tcp://HOST:PORT", help="the Dask scheduler to use")
    run.add_argument("--follow-symlinks", action="store_true",
                     help="read links in an input folder that point outside it (not read by default)")
    run.add_argument("--wait", type=float, metavar="SECONDS",
                     help="how long the load waits for another run's load or an open reader "
                          "(default: MARSAD_LOCK_WAIT or 300)")
    run.add_argument("--debug", action="store_true", help="on a fatal error, print the traceback too")
    serve = commands.add_parser("serve", help="a scheduled Prefect deployment loading an inbox folder's new files")
    serve.add_argument("--inbox", type=Path, required=True, metavar="DIR", help="folder new article files arrive in")
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--cron", metavar="EXPR", help='cron schedule, e.g. "*/15 * * * *"')
    when.add_argument("--interval", type=float, metavar="SECONDS", help="run every SECONDS")
    serve.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE, metavar="FILE",
                       help=f"DuckDB file to create or update (default: {DEFAULT_WAREHOUSE})")
    serve.add_argument("--parquet", type=Path, default=DEFAULT_PARQUET, metavar="DIR",
                       help=f"folder of Parquet table datasets (default: {DEFAULT_PARQUET})")
    serve.add_argument("--name", default="marsad-inbox", help="the deployment's name (default: marsad-inbox)")
    _add_analyst_commands(commands)
    return parser


# Exit status when the warehouse stayed locked by a load for the whole wait (EX_TEMPFAIL: try again).
EXIT_BUSY = 75


def _reader_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE, metavar="FILE",
                         help=f"DuckDB file to read (default: {DEFAULT_WAREHOUSE})")
    command.add_argument("--wait", type=float, default=DEFAULT_WAIT_SECONDS, metavar="SECONDS",
                         help=f"while a load holds the warehouse, wait this long before giving up (default: {DEFAULT_WAIT_SECONDS:g})")


def _add_analyst_commands(commands) -> None:
    describe = commands.add_parser("describe", help="the data dictionary: tables and views, or one's columns, with their meaning")
    describe.add_argument("name", nargs="?", metavar="TABLE_OR_VIEW", help="list this table's or view's columns")
    describe.add_argument("--format", choices=TEXT_FORMATS, default="table", help="output format (default: table)")
    _reader_options(describe)

    query = commands.add_parser("sql", help="run SQL on the warehouse, read-only, and print the result")
    query.add_argument("query", metavar="QUERY_OR_FILE", help="SQL text, a .sql file, or - to read standard input")
    query.add_argument("--format", choices=TEXT_FORMATS, default="table", help="output format (default: table)")
    _reader_options(query)

    export = commands.add_parser("export", help="write a table, view or query to CSV, XLSX or Parquet")
    export.add_argument("name", nargs="?", metavar="TABLE_OR_VIEW", help="the table or view to export")
    export.add_argument("--query", metavar="SQL", help="export this query's result instead of a table or view")
    export.add_argument("--format", choices=EXPORT_FORMATS, help="csv, xlsx or parquet (default: from --out's suffix)")
    export.add_argument("--out", type=Path, required=True, metavar="PATH", help="file to write")
    export.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    export.add_argument("--no-bom", dest="bom", action="store_false",
                        help="CSV without the UTF-8 byte-order mark (Excel needs it to show Arabic)")
    _reader_options(export)

    report = commands.add_parser("report", help="one self-contained HTML page: visits, aid, countries, evidence")
    report.add_argument("--out", type=Path, required=True, metavar="PATH", help="HTML file to write")
    report.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    _reader_options(report)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return _run(args)
    if args.command == "serve":
        return _serve(args)
    from flows.analyst import AnalystError, WarehouseBusy
    import duckdb

    try:
        return ANALYST_COMMANDS[args.command](args)
    except BrokenPipeError:  # `marsad sql ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except WarehouseBusy as error:
        print(f"marsad: {error}", file=sys.stderr)
        return EXIT_BUSY
    except (AnalystError, duckdb.Error, OSError) as error:
        print(f"marsad: {error}", file=sys.stderr)
        return 1


def _describe(args) -> int:
    from flows.analyst import describe

    heading, result = describe(args.warehouse, args.name, args.wait)
    if args.format == "table":
        print(heading)
    _print(result, args.format, max_cell=None)  # the meanings are the point: never cut them
    return 0


def _sql(args) -> int:
    from flows.analyst import AnalystError, run_sql

    _print(run_sql(args.warehouse, _query_text(args.query, AnalystError), args.wait), args.format)
    return 0


def _query_text(arg: str, error) -> str:
    """QUERY_OR_FILE: '-' for standard input, an existing file's text, or the SQL itself."""
    if arg == "-":
        return sys.stdin.read()
    looks_like_path = "\n" not in arg and len(arg) < 1024
    try:
        if looks_like_path and Path(arg).is_file():
            return Path(arg).read_text(encoding="utf-8-sig")
    except OSError:  # not a name a file can have: SQL
        return arg
    if looks_like_path and arg.strip().lower().endswith(".sql") and " " not in arg.strip():
        raise error(f"no such file: {arg}")
    return arg


def _export(args) -> int:
    from flows.exports import export, format_for

    fmt = format_for(args.out, args.format)
    result = export(args.warehouse, args.out, fmt, relation=args.name, query=args.query,
                    force=args.force, bom=args.bom, wait_seconds=args.wait)
    print(f"marsad export → {result.path} ({result.format}, {result.rows} row{'' if result.rows == 1 else 's'})")
    for note in result.notes:
        print(f"  note: {note}")
    return 0


def _print(result, fmt: str, max_cell: int | None = 60) -> None:
    from marsad.text_table import render_csv, render_json, render_table

    if not result.columns:
        print("OK")
        return
    if fmt == "table":
        text = render_table(result.columns, result.rows, max_cell)
    else:
        text = {"csv": render_csv, "json": render_json}[fmt](result.columns, result.rows)
    print(text, end="" if text.endswith("\n") else "\n")


def _report(args) -> int:
    from flows.analyst import AnalystError, read_only
    from flows.report import report_html

    if args.out.exists() and not args.force:
        raise AnalystError(f"{args.out} exists: pass --force to overwrite it")
    with read_only(args.warehouse, args.wait) as con:
        html = report_html(con, args.warehouse.name)
    temporary = args.out.with_name(f".{args.out.name}.tmp")
    temporary.write_text(html, encoding="utf-8")
    temporary.replace(args.out)
    print(f"marsad report → {args.out}")
    return 0


ANALYST_COMMANDS = {"describe": _describe, "sql": _sql, "export": _export, "report": _report}


def _serve(args) -> int:
    if not args.inbox.is_dir():
        print(f"marsad: inbox not found: {args.inbox}", file=sys.stderr)
        return 2
    from flows.marsad_flow import serve_inbox

    serve_inbox(args.inbox, args.warehouse, args.parquet, cron=args.cron, interval=args.interval, name=args.name)
    return 0


def _stop_on_sigterm(signum, frame) -> None:
    """SIGTERM (systemd, docker, a cron timeout) ends a run as Ctrl-C does: workers stopped at once,
    the flow run marked crashed, Prefect's ephemeral API server stopped, no load half-done."""
    from flows.parallel import terminate_workers

    terminate_workers()
    raise SystemExit(128 + signum)


def _run(args) -> int:
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    missing = [str(p) for p in args.input if not p.exists()]
    if missing:  # before Prefect starts: a typo should fail in milliseconds
        print(f"marsad: input not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    if not args.debug:  # a failure is told in one line below; Prefect's own log would add its traceback
        import logging

        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "CRITICAL")
        logging.getLogger("EventsWorker").setLevel(logging.ERROR)  # "still processing items" at a failed exit
    from flows.inputs import InputNotFound
    from flows.marsad_flow import marsad_run, run_on_dask
    from marsad.prefect_settings import no_heartbeat

    options = {"follow_symlinks": args.follow_symlinks, "lock_wait": args.wait}
    try:
        with no_heartbeat():
            if args.task_runner == "dask" or args.dask_address:
                summary = run_on_dask(args.input, args.warehouse, args.parquet, address=args.dask_address, **options)
            else:
                summary = marsad_run(args.input, args.warehouse, args.parquet, show_progress=True, **options)
    except InputNotFound as error:
        print(f"marsad: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # one readable line; the traceback only when asked for
        from marsad.fatal import one_line

        if args.debug:
            import traceback

            traceback.print_exc()
        print(f"marsad: {one_line(error)}" + ("" if args.debug else " (--debug shows the traceback)"),
              file=sys.stderr)
        return 1
    print(f"marsad run → {args.warehouse} (Parquet in {args.parquet})")
    for line in summary.lines():
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
