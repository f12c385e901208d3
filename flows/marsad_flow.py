"""The Prefect flow: the pipeline's steps as coarse tasks (one per batch of files, never per article)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from marsad.child_processes import ephemeral_api_dies_with_this_process
from marsad.prefect_settings import apply_defaults

apply_defaults()
ephemeral_api_dies_with_this_process()

from prefect import flow, task  # noqa: E402  (settings must be in the environment first)
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.runtime import flow_run  # noqa: E402

from flows.inputs import InputNotFound  # noqa: E402
from flows.pipeline import DEFAULT_BATCH_BYTES, RunSummary, run_pipeline  # noqa: E402
from flows.run_lock import WriterLockTimeout  # noqa: E402
from flows.warehouse import DataTestFailed, WarehouseLocked, WarehouseUnusable  # noqa: E402
from flows.progress import RunProgress  # noqa: E402

# File and database I/O can fail transiently (a reader holding the warehouse lock, a busy disk).
_RETRIES = {"discover_step": 2, "process_step": 2, "load_step": 3}
# Failures a retry cannot mend: each already says what to do, and a retry would only delay it.
_LASTING = (InputNotFound, WarehouseUnusable, WarehouseLocked, WriterLockTimeout, DataTestFailed)


def retry_if_transient(task, task_run, state) -> bool:
    try:
        error = state.result(raise_on_failure=False)
    except Exception:  # the state holds no readable exception: retry, as Prefect would
        return True
    return not isinstance(error, _LASTING)


def as_task(step: Callable) -> Callable:
    return task(step, name=step.__name__.removesuffix("_step"), retries=_RETRIES.get(step.__name__, 0),
                retry_delay_seconds=5, retry_condition_fn=retry_if_transient, cache_policy=NO_CACHE,
                persist_result=False)


def submit_all(step: Callable, batches: list, known_ids, parquet_dir: Path) -> list:
    """Every batch as a task submitted to the flow's task runner at once (a Dask cluster's
    workers), the results in the batches' order."""
    futures = [as_task(step).submit(files, known_ids, parquet_dir) for files in batches]
    return [future.result() for future in futures]


@flow(name="marsad-run", persist_result=False, validate_parameters=False)
def marsad_run(inputs: list[Path], warehouse: Path, parquet_dir: Path,
               batch_bytes: int = DEFAULT_BATCH_BYTES, parallel_batches: bool = False,
               show_progress: bool = False, follow_symlinks: bool = False,
               lock_wait: float | None = None) -> RunSummary:
    # A deployment's parameters arrive as JSON: paths as strings.
    inputs, warehouse, parquet_dir = [Path(p) for p in inputs], Path(warehouse), Path(parquet_dir)
    summary = run_pipeline(inputs, warehouse, parquet_dir, batch_bytes, wrap=as_task,
                           map_batches=submit_all if parallel_batches else None,
                           progress=RunProgress() if show_progress else None,
                           follow_symlinks=follow_symlinks, lock_wait=lock_wait, run_id=flow_run.id)
    for line in summary.lines():
        print(line)  # a run that found nothing new says so in its log
    create_markdown_artifact(key="marsad-run-summary", markdown="\n".join(f"- {line}" for line in summary.lines()),
                             description="Articles read and rejected, rows per table, time")
    create_table_artifact(key="marsad-run-counts", table=counts_table(summary),
                          description="This run's counts: files, articles, rejects, rows per table")
    return summary


def counts_table(summary: RunSummary) -> list[dict]:
    """One row per count of the run, for the Prefect UI's table artifact."""
    rows = [{"count": "input files found", "value": summary.files_found},
            {"count": "input files already loaded (skipped)", "value": summary.files_skipped}]
    rows += [{"count": name.replace("_", " "), "value": summary.counts[name]}
             for name in ("articles_read", "new_articles", "duplicates", "rejected", "warnings")]
    rows += [{"count": f"rows in {table}", "value": n} for table, n in summary.rows.items()]
    return rows + [{"count": "seconds", "value": round(summary.seconds, 1)}]


def run_on_dask(inputs: list[Path], warehouse: Path, parquet_dir: Path, address: str | None = None,
                batch_bytes: int = DEFAULT_BATCH_BYTES, workers: int = 2, follow_symlinks: bool = False,
                lock_wait: float | None = None) -> RunSummary:
    """The flow with its batches extracted on a Dask cluster: the one at `address`, or a
    LocalCluster of `workers` processes. The load stays one transaction here, on the driver.
    Each Dask worker extracts in its own process (MARSAD_WORKERS=1 there), and every worker needs
    the same code, seeds and a path to the Parquet folder."""
    import os

    from prefect_dask import DaskTaskRunner

    os.environ.setdefault("MARSAD_WORKERS", "1")  # the local cluster's workers inherit it
    runner = (DaskTaskRunner(address=address) if address else
              DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                             "dashboard_address": None}))
    return marsad_run.with_options(task_runner=runner)(inputs, warehouse, parquet_dir, batch_bytes,
                                                       parallel_batches=True, follow_symlinks=follow_symlinks,
                                                       lock_wait=lock_wait)


def serve_inbox(inbox: Path, warehouse: Path, parquet_dir: Path, cron: str | None = None,
                interval: float | None = None, name: str = "marsad-inbox") -> None:
    """Serve the flow as a Prefect deployment that loads the files of `inbox` not loaded yet, on a
    cron schedule or an interval (or only when triggered). One run at a time: a concurrency limit
    of 1, and a load waits for the warehouse lock in any case. Blocks until stopped."""
    marsad_run.serve(
        name=name, cron=cron, interval=interval, global_limit=1, enforce_parameter_schema=False,
        parameters={"inputs": [str(inbox.resolve())], "warehouse": str(warehouse.resolve()),
                    "parquet_dir": str(parquet_dir.resolve())},
        description="Load the inbox's new article files into the warehouse", print_starting_message=True)
