"""Server-rendered SVG of a question over time: one dot per statement in its stance's lane.

Geometry only; templates/_timeline.html draws it, desk.css colours it (the CSP forbids inline
style). Conflicts between two plotted statements are drawn as lines joining their dots.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from watchdesk.records import LinkedStatement

WIDTH, LANE_HEIGHT, PAD = 720, 36, 24  # viewBox units
STANCES = ("affirm", "deny", "undecided")  # the question page's columns, top to bottom


def stance(statement: LinkedStatement) -> str:
    """Which column a statement stands in: undecided (hedged or asked), deny, or affirm."""
    if statement.modality in ("uncertain", "question"):
        return "undecided"
    return "deny" if statement.polarity == "deny" else "affirm"


@dataclass(frozen=True, slots=True)
class Dot:
    x: float
    y: float
    stance: str
    label: str
    key: str


@dataclass(frozen=True, slots=True)
class Link:
    x1: float
    y1: float
    x2: float
    y2: float
    kind: str


@dataclass(frozen=True, slots=True)
class Timeline:
    dots: tuple[Dot, ...]
    links: tuple[Link, ...]
    lanes: tuple[tuple[str, float], ...]  # (stance, y) of each lane
    first: date | None
    last: date | None
    width: int = WIDTH
    height: int = LANE_HEIGHT * len(STANCES) + PAD


def stance_timeline(
    statements: Sequence[LinkedStatement], conflicts: Iterable[tuple[str, str, str]] = ()
) -> Timeline:
    """Dots by date and stance; `conflicts` are (first key, second key, kind) to join."""
    lanes = tuple((s, PAD / 2 + LANE_HEIGHT * (i + 0.5)) for i, s in enumerate(STANCES))
    lane_y = dict(lanes)
    dated = [s for s in statements if s.published is not None]
    if not dated:
        return Timeline((), (), lanes, None, None)
    first = min(s.published for s in dated if s.published)
    last = max(s.published for s in dated if s.published)
    span = max((last - first).days, 1)
    seen: dict[tuple[float, float], int] = {}  # same day and lane: fan the dots out a little
    dots = []
    for s in dated:
        assert s.published is not None
        x = PAD * 2 + (WIDTH - PAD * 4) * (s.published - first).days / span
        y = lane_y[stance(s)]
        nth = seen.get((x, y), 0)
        seen[(x, y)] = nth + 1
        offset = ((nth + 1) // 2) * (1 if nth % 2 else -1) * 7
        label = f"{s.published} · {s.speaker}: {s.content[:90]}"
        dots.append(Dot(round(x, 1), round(y + offset, 1), stance(s), label, s.key))
    at = {d.key: d for d in dots}
    links = tuple(
        Link(at[a].x, at[a].y, at[b].x, at[b].y, kind)
        for a, b, kind in conflicts
        if a in at and b in at
    )
    return Timeline(tuple(dots), links, lanes, first, last)
