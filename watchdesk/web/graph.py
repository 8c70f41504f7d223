"""Who contradicts whom: speakers on a circle, one edge per pair of speakers in conflict.

The layout is computed here (a circle, busiest speaker at the top, going clockwise): no force
simulation and no script, so the same data always draws the same picture. Edge width grows with
the number of conflicts; its colour is the most frequent kind (desk.css).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from watchdesk.store import Store

SIZE = 640  # viewBox units, square
RADIUS = 220
MAX_NODES = 40  # the busiest speakers; the JSON twin has every edge


@dataclass(frozen=True, slots=True)
class Node:
    name: str
    x: float
    y: float
    conflicts: int  # flags this speaker is part of, self-contradictions included
    self_conflicts: int
    label_x: float
    label_y: float
    anchor: str  # SVG text-anchor: labels sit outside the circle


@dataclass(frozen=True, slots=True)
class Edge:
    first: str
    second: str
    count: int
    kind: str  # the most frequent kind between them
    kinds: tuple[tuple[str, int], ...]
    x1: float = 0
    y1: float = 0
    x2: float = 0
    y2: float = 0
    width: float = 1


@dataclass(frozen=True, slots=True)
class Graph:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    hidden: int  # speakers left off the picture
    size: int = SIZE


def contradiction_graph(pairs: Iterable[tuple[str, str, str]], max_nodes: int = MAX_NODES) -> Graph:
    """Lay out (speaker, speaker, kind) conflicts; a speaker against themself marks the node."""
    kinds: dict[tuple[str, str], Counter[str]] = {}
    degree: Counter[str] = Counter()
    selves: Counter[str] = Counter()
    for a, b, kind in pairs:
        degree[a] += 1
        if a == b:
            selves[a] += 1
            continue
        degree[b] += 1
        kinds.setdefault((min(a, b), max(a, b)), Counter())[kind] += 1
    ranked = sorted(degree, key=lambda name: (-degree[name], name))
    shown = ranked[:max_nodes]
    centre = SIZE / 2
    nodes: dict[str, Node] = {}
    for i, name in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(shown), 1)
        cos, sin = math.cos(angle), math.sin(angle)
        nodes[name] = Node(
            name=name,
            x=round(centre + RADIUS * cos, 1),
            y=round(centre + RADIUS * sin, 1),
            conflicts=degree[name],
            self_conflicts=selves[name],
            label_x=round(centre + (RADIUS + 12) * cos, 1),
            label_y=round(centre + (RADIUS + 12) * sin + 4, 1),
            anchor="start" if cos > 0.2 else "end" if cos < -0.2 else "middle",
        )
    peak = max((sum(c.values()) for c in kinds.values()), default=1)
    edges = []
    for (a, b), counter in sorted(kinds.items()):
        count = sum(counter.values())
        kind = max(sorted(counter), key=lambda k: counter[k])
        edge = Edge(a, b, count, kind, tuple(sorted(counter.items())))
        if a in nodes and b in nodes:
            edge = Edge(
                a,
                b,
                count,
                kind,
                edge.kinds,
                nodes[a].x,
                nodes[a].y,
                nodes[b].x,
                nodes[b].y,
                round(1 + 5 * count / peak, 2),
            )
        edges.append(edge)
    return Graph(tuple(nodes.values()), tuple(edges), len(ranked) - len(shown))


def speaker_graph(store: Store, status: str | None) -> Graph:
    """The graph of conflicts with this status, or of every flag not dismissed."""
    found = store.conflicts(status=status)
    return contradiction_graph(
        (c.first.speaker, c.second.speaker, c.conflict.kind)
        for c in found
        if status is not None or c.status != "dismissed"
    )
