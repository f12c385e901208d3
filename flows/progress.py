"""A progress display for long runs: files and articles done, and the rate. Drawn with rich on a
terminal; a run whose output is a file, a pipe or a log (cron, CI, a served deployment) stays quiet."""
from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


class RunProgress:
    """`start(files)` once the inputs are known, `advance(files, articles)` after each batch."""

    def __init__(self, console: Console | None = None):
        console = console or Console(file=sys.stderr)
        self._progress = None
        if console.is_terminal:
            self._progress = Progress(
                TextColumn("[bold]marsad run"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                TextColumn("{task.fields[articles]:,} articles"), TextColumn("{task.fields[rate]:,.0f} articles/s"),
                TimeElapsedColumn(), console=console, transient=False)
        self._task = None
        self._articles = 0

    def start(self, files: int) -> None:
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task("run", total=files, articles=0, rate=0.0)

    def advance(self, files: int, articles: int) -> None:
        self._articles += articles
        if self._progress is not None and self._task is not None:
            elapsed = self._progress.tasks[0].elapsed or 1e-9
            self._progress.update(self._task, advance=files, articles=self._articles, rate=self._articles / elapsed)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
