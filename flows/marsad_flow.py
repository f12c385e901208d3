"""The Prefect flow: the pipeline's steps as coarse tasks (one per batch of files, never per article)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from marsad.prefect_settings import apply_defaults

apply_defaults()

from prefect import flow, task  # noqa: E402  (settings must be in the environment first)
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from flows.pipeline import DEFAULT_BATCH_BYTES, RunSummary, run_pipeline  # noqa: E402

# File and database I/O can fail transiently (a reader holding the warehouse lock, a busy disk).
_RETRIES = {"discover_step": 2, "process_step": 2, "load_step": 3}


def as_task(step: Callable) -> Callable:
    return task(step, name=step.__name__.removesuffix("_step"), retries=_RETRIES.get(step.__name__, 0),
                retry_delay_seconds=5, cache_policy=NO_CACHE, persist_result=False)


@flow(name="marsad-run", persist_result=False, validate_parameters=False)
def marsad_run(inputs: list[Path], warehouse: Path, parquet_dir: Path,
               batch_bytes: int = DEFAULT_BATCH_BYTES) -> RunSummary:
    summary = run_pipeline(inputs, warehouse, parquet_dir, batch_bytes, wrap=as_task)
    create_markdown_artifact(key="marsad-run-summary", markdown="\n".join(f"- {line}" for line in summary.lines()),
                             description="Articles read and rejected, rows per table, time")
    return summary
