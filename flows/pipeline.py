"""The run, step by step: discover inputs, process them in batches to Parquet, load DuckDB.

`run_pipeline` is plain Python; the Prefect flow passes `wrap` to turn each step into a task,
so the benchmark can time the very same work with and without Prefect.
"""
from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from flows import warehouse
from flows.batch import rows_for_files
from flows.grouping import groups_up_to
from flows.inputs import InputFile, discover_inputs
from flows.parallel import release_workers
from flows.parquet_store import remove_stale_temporaries, write_part
from marsad.schema import COUNTRIES, TABLES
from marsad.seeds import read_seed_csv

DEFAULT_BATCH_BYTES = 16 * 1024 * 1024  # ≈ 5,000 news articles of input per task
CHUNK_ARTICLES = 5000  # new articles held in memory before their rows are written as Parquet parts


@dataclass
class RunSummary:
    files_found: int = 0
    files_skipped: int = 0
    counts: Counter = field(default_factory=Counter)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        c = self.counts
        lines = [
            f"input files: {self.files_found} found, {self.files_skipped} already loaded and skipped",
            f"articles: {c['articles_read']} read, {c['new_articles']} new, {c['duplicates']} already stored",
            f"rejected: {c['rejected']} records (plus {c['warnings']} warnings) — see the rejects table",
            "rows: " + ", ".join(f"{name} {count}" for name, count in self.rows.items()),
            f"time: {self.seconds:.1f} s",
        ]
        return lines


@dataclass(frozen=True)
class BatchResult:
    parts: dict[str, list[Path]]
    counts: Counter
    new_ids: set[str]


def plan_batches(files: list[InputFile], batch_bytes: int) -> list[list[InputFile]]:
    """Consecutive files grouped up to `batch_bytes` of input (a bigger file is a batch of its own)."""
    return groups_up_to(files, batch_bytes, lambda file: file.bytes)


def discover_step(inputs: list[Path], warehouse_path: Path,
                  follow_symlinks: bool = False) -> tuple[list[InputFile], list[InputFile], set[str]]:
    """Input files to process (those not loaded before), all found, and the article ids already stored."""
    found = discover_inputs(inputs, follow_symlinks)
    done = warehouse.loaded_files(warehouse_path)
    todo = [f for f in found if (f.path, f.content_sha256) not in done]
    if todo:  # fail now, not after the extraction, when the load could not happen
        warehouse.check_writable(warehouse_path)
    return todo, found, warehouse.stored_article_ids(warehouse_path) if todo else set()


def process_step(files: list[InputFile], known_ids: set[str], parquet_dir: Path,
                 chunk_articles: int = CHUNK_ARTICLES) -> BatchResult:
    """Parse a batch of files and write one Parquet part per table and chunk of articles.

    `known_ids` is only read, so that a retry of this step after a failure sees what the failed
    attempt saw; the caller adds `new_ids` once the step has succeeded."""
    batch_key = hashlib.sha256("".join(f.content_sha256 for f in files).encode()).hexdigest()[:20]
    parts: dict[str, list[Path]] = {}
    counts: Counter = Counter()
    new_ids: set[str] = set()
    for number, chunk in enumerate(rows_for_files(files, known_ids, new_ids, chunk_articles)):
        for name, rows in chunk.tables.items():
            if rows:
                parts.setdefault(name, []).append(write_part(rows, TABLES[name], parquet_dir, f"part-{batch_key}-{number}"))
        counts.update(chunk.counts)
        counts["new_articles"] += chunk.article_count
    return BatchResult(parts, counts, new_ids)


def reference_step(parquet_dir: Path) -> dict[str, list[Path]]:
    """Reference tables from seeds/, written fresh by each run that loads."""
    return {COUNTRIES.name: [write_part(read_seed_csv("countries.csv"), COUNTRIES, parquet_dir, "countries")]}


def load_step(warehouse_path: Path, parts: dict[str, list[Path]], lock_wait: float | None = None,
              run_id: str | None = None) -> dict[str, int]:
    return warehouse.load(warehouse_path, parts, lock_wait, run_id)


def identity(step: Callable) -> Callable:
    return step


def run_pipeline(inputs: list[Path], warehouse_path: Path, parquet_dir: Path,
                 batch_bytes: int = DEFAULT_BATCH_BYTES, wrap: Callable[[Callable], Callable] = identity,
                 map_batches: Callable | None = None, progress=None, follow_symlinks: bool = False,
                 lock_wait: float | None = None, run_id: str | None = None) -> RunSummary:
    """The run. `map_batches(process_step, batches, known_ids, parquet_dir)`, when given, processes
    the batches at once (a Dask cluster) instead of one after the other; an article two batches
    both hold is then extracted twice and stored once, by the load's key. `progress` (a
    flows.progress.RunProgress) is told the files and articles of each batch done. `follow_symlinks`
    reads links out of an input folder; `lock_wait` is how long the load waits for another run's
    load or a reader (MARSAD_LOCK_WAIT by default); `run_id` names the run in `articles.run_id`
    (the Prefect flow run's id in a flow)."""
    started = time.perf_counter()
    summary = RunSummary()
    todo, found, known_ids = wrap(discover_step)(inputs, warehouse_path, follow_symlinks)
    summary.files_found, summary.files_skipped = len(found), len(found) - len(todo)
    remove_stale_temporaries(parquet_dir)  # a killed run's half-written parts, whether this run loads or not
    loading = bool(todo) or not warehouse_path.exists()
    # A run with nothing new writes no part: the countries part alone cost a no-op rerun ~40 % of its CPU.
    parts: dict[str, list[Path]] = wrap(reference_step)(parquet_dir) if loading else {}
    batches = plan_batches(todo, batch_bytes)
    if progress is not None:
        progress.start(len(todo))
    if map_batches is not None and batches:
        results = map_batches(process_step, batches, frozenset(known_ids), parquet_dir)
        if progress is not None:
            progress.advance(len(todo), sum(r.counts["articles_read"] for r in results))
    else:
        results = []
        for files in batches:
            results.append(wrap(process_step)(files, known_ids, parquet_dir))
            known_ids |= results[-1].new_ids
            if progress is not None:
                progress.advance(len(files), results[-1].counts["articles_read"])
    if progress is not None:
        progress.stop()
    release_workers()  # the load runs without them, and their memory is not held beside it
    for result in results:
        summary.counts.update(result.counts)
        for name, paths in result.parts.items():
            parts.setdefault(name, []).extend(paths)
    if loading:
        summary.rows = wrap(load_step)(warehouse_path, parts, lock_wait, run_id)
    else:  # nothing new: the warehouse is left as it is, and no write lock is taken
        summary.rows = warehouse.row_counts(warehouse_path)
    summary.seconds = time.perf_counter() - started
    return summary
