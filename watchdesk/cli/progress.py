"""The progress bar of long runs (ingest, reprocess, backfill): count, rate and time left."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from watchdesk.cli.shell import err


class RateColumn(ProgressColumn):
    """Items per second since the start: what an operator sizes a back-fill by."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("—/s" if speed is None else f"{speed:.1f}/s")


class Advance:
    """Advances the bar by one named item; `plan(total)` gives the bar its end, and so an ETA."""

    def __init__(self, bar: Progress, task: TaskID) -> None:
        self._bar, self._task = bar, task

    def __call__(self, name: str) -> None:
        self._bar.update(self._task, advance=1, description=Path(name).name[-40:])

    def plan(self, total: int) -> None:
        self._bar.update(self._task, total=total)


@contextmanager
def progress_bar(label: str, *, total: int | None = None, quiet: bool = False) -> Iterator[Advance]:
    """Yield what advances the bar: count, articles/s and time left, drawn on stderr only.

    Silent when stderr is no terminal (a cron job's log gets the summary line, not the bar).
    """
    with Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
        disable=quiet or not err.is_terminal,
    ) as bar:
        yield Advance(bar, bar.add_task("", total=total))
