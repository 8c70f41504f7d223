"""Server-rendered SVG charts: geometry computed here, drawn by templates/_bars.html.

No script and no inline style (the CSP forbids both): bars are plain <rect> elements whose
colour comes from desk.css.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from watchdesk.store.sources import WatchedSource

WIDTH, HEIGHT = 720, 140  # viewBox units; the SVG scales to its container
MAX_BARS = 120  # longer spans are counted per week


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    start: date
    count: int


@dataclass(frozen=True, slots=True)
class BarChart:
    bars: tuple[Bar, ...]
    peak: int
    first: date | None
    last: date | None
    per_week: bool
    width: int = WIDTH
    height: int = HEIGHT


def bar_chart(counts: list[tuple[date, int]], *, weekly: bool = False) -> BarChart:
    """Bars per day (per week over long spans, or when `weekly`), empty days drawn as gaps."""
    if not counts:
        return BarChart((), 0, None, None, per_week=False)
    first, last = counts[0][0], counts[-1][0]
    per_week = weekly or (last - first).days + 1 > MAX_BARS
    step = 7 if per_week else 1
    if per_week:
        first -= timedelta(days=first.weekday())  # weeks start on Monday
    buckets = [0] * ((last - first).days // step + 1)
    for day, count in counts:
        buckets[(day - first).days // step] += count
    peak = max(buckets)
    slot = WIDTH / len(buckets)
    bars = tuple(
        Bar(
            x=round(i * slot + slot * 0.1, 2),
            y=round(HEIGHT - HEIGHT * count / peak, 2),
            width=round(max(slot * 0.8, 0.5), 2),
            height=round(HEIGHT * count / peak, 2),
            start=first + timedelta(days=i * step),
            count=count,
        )
        for i, count in enumerate(buckets)
        if count
    )
    return BarChart(bars, peak, first, last, per_week)


@dataclass(frozen=True, slots=True)
class HealthCell:
    """One source in the health strip: a coloured box, its name and what it says."""

    x: float
    y: float
    width: float
    height: float
    health: str  # ok, bad, new, paused (desk.css colours)
    name: str
    detail: str


@dataclass(frozen=True, slots=True)
class HealthStrip:
    cells: tuple[HealthCell, ...]
    counts: tuple[tuple[str, int], ...]  # (health, sources), for the caption
    width: int = WIDTH
    height: int = 0


HEALTH_COLUMNS = 6  # boxes per row
HEALTH_ROW = 30  # viewBox units


def health_strip(sources: Sequence[WatchedSource]) -> HealthStrip:
    """Every source as a box coloured by its last fetch: healthy, failing, paused or new."""
    cells = []
    width = WIDTH / HEALTH_COLUMNS
    for i, source in enumerate(sources):
        health = (
            "paused"
            if source.paused
            else "bad"
            if source.failures
            else "ok"
            if source.last_status
            else "new"
        )
        due = source.next_due_at.strftime("%Y-%m-%d %H:%M") if source.next_due_at else "—"
        detail = (
            f"{source.last_status or 'never fetched'}; {source.failures} failing in a row, "
            f"{source.error_count} errors ever; next {due}"
            + (f"; {source.last_error}" if source.last_error else "")
        )
        cells.append(
            HealthCell(
                x=round((i % HEALTH_COLUMNS) * width + 2, 1),
                y=(i // HEALTH_COLUMNS) * HEALTH_ROW + 2,
                width=round(width - 4, 1),
                height=HEALTH_ROW - 4,
                health=health,
                name=source.name,
                detail=detail,
            )
        )
    counts = Counter(c.health for c in cells)
    rows = (len(cells) + HEALTH_COLUMNS - 1) // HEALTH_COLUMNS
    return HealthStrip(tuple(cells), tuple(sorted(counts.items())), WIDTH, rows * HEALTH_ROW)
