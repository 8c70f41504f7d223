"""The desk's views of flags: conflicts and commitments with both sides' sources, words marked.

Pages and their JSON twins build the same views here, from one store call each, so a queue page
and `/api/v1/conflicts` always agree. Trigger words are marked by cutting the text into pieces;
the template escapes every piece, so no HTML is built from article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from watchdesk.link import commitment_json, commitment_statuses, conflict_json, ranked_conflicts
from watchdesk.paging import Page
from watchdesk.records import CommitmentStatus, Evidence, LinkedStatement
from watchdesk.store import Store
from watchdesk.store.analysis import StoredCommitment, StoredConflict
from watchdesk.store.desk import DeskStatement
from watchdesk.store.themes import Theme

CONFLICT_STATUSES = ("open", "confirmed", "dismissed")
CONFLICT_KINDS = ("polarity", "definite_vs_undecided", "number", "date", "self_contradiction")
COMMITMENT_STATES = ("open", "due", "kept", "broken", "unclear")
VERDICTS = ("kept", "broken", "unclear")  # what an analyst may rule on a commitment


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    marked: bool = False


@dataclass(frozen=True, slots=True)
class Side:
    """One statement of a flag, with where to read it and its trigger words marked."""

    statement: LinkedStatement
    source: DeskStatement | None
    pieces: tuple[Piece, ...]

    @property
    def anchor(self) -> str | None:
        """The desk link to the statement in its article, if the article is stored."""
        if self.source is None:
            return None
        if self.source.index is None:
            return f"/articles/{self.source.article_id}"
        return f"/articles/{self.source.article_id}#st-{self.source.index}"


@dataclass(frozen=True, slots=True)
class ConflictView:
    item: StoredConflict
    first: Side
    second: Side

    @property
    def key(self) -> str:
        return self.item.conflict.key


@dataclass(frozen=True, slots=True)
class CommitmentView:
    item: StoredCommitment
    status: CommitmentStatus
    promise: Side
    evidence: tuple[tuple[Evidence, Side], ...] = field(default=())

    @property
    def key(self) -> str:
        return self.item.statement.key


def mark_words(text: str, words: tuple[str, ...] | list[str]) -> tuple[Piece, ...]:
    """Cut `text` so that every occurrence of a trigger word (a stem, any case) is marked."""
    spans: list[tuple[int, int]] = []
    for word in words:
        if word.strip():
            spans.extend(m.span() for m in re.finditer(re.escape(word), text, re.IGNORECASE))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    pieces, at = [], 0
    for start, end in merged:
        if start > at:
            pieces.append(Piece(text[at:start]))
        pieces.append(Piece(text[start:end], marked=True))
        at = end
    if at < len(text) or not pieces:
        pieces.append(Piece(text[at:]))
    return tuple(pieces)


def conflict_views(
    store: Store,
    *,
    status: str | None = None,
    kind: str | None = None,
    question: int | None = None,
    since: date | None = None,
    until: date | None = None,
    key: str | None = None,
    theme: Theme | None = None,
    page: Page | None = None,
    order: str = "surest",
) -> tuple[list[ConflictView], int]:
    """The conflicts matching the filters, surest first (`order="newest"`: by the later of the
    two statements), each with both statements' sources.

    Returns one page of views (all without `page`) and how many conflicts match.
    """
    keys = store.theme_statement_keys(theme) if theme is not None else None
    found = [
        c
        for c in ranked_conflicts(store, since=since, until=until, question=question, status=status)
        if (kind is None or c.conflict.kind == kind)
        and (key is None or c.conflict.key == key)
        and (keys is None or c.touches(keys))
    ]
    if order == "newest":
        found.sort(key=_latest_said, reverse=True)
    total = len(found)
    if page is not None:
        found = page.cut(found)
    sources = store.desk_statements(k for c in found for k in (c.first.key, c.second.key))
    views = []
    for c in found:
        triggers = c.conflict.triggers
        views.append(
            ConflictView(
                c,
                Side(c.first, sources.get(c.first.key), mark_words(c.first.content, triggers)),
                Side(c.second, sources.get(c.second.key), mark_words(c.second.content, triggers)),
            )
        )
    return views, total


def _latest_said(flag: StoredConflict) -> date:
    return max(flag.first.published or date.min, flag.second.published or date.min)


def commitment_views(
    store: Store,
    as_of: date,
    *,
    status: str | None = None,
    key: str | None = None,
    theme: Theme | None = None,
    page: Page | None = None,
) -> tuple[list[CommitmentView], int]:
    """Watch items with their status on `as_of`, due first, with the evidence statements.

    Returns one page of views (all without `page`) and how many items match.
    """
    keys = store.theme_statement_keys(theme) if theme is not None else None
    found = [
        (item, state)
        for item, state in commitment_statuses(store, as_of)
        if (status is None or state.status == status)
        and (key is None or item.statement.key == key)
        and (keys is None or item.statement.key in keys)
    ]
    found.sort(key=lambda pair: (pair[1].due or "9999", pair[0].statement.published or date.max))
    total = len(found)
    if page is not None:
        found = page.cut(found)
    keys = {k for item, state in found for k in (item.statement.key, *_evidence_keys(state))}
    sources = store.desk_statements(keys)
    views = []
    for item, state in found:
        promise = Side(
            item.statement, sources.get(item.statement.key), (Piece(item.statement.content),)
        )
        evidence = tuple(
            (e, _side(sources[e.statement], e.triggers))
            for e in state.evidence
            if e.statement in sources
        )
        views.append(CommitmentView(item, state, promise, evidence))
    return views, total


def _evidence_keys(state: CommitmentStatus) -> list[str]:
    return [e.statement for e in state.evidence]


def _side(source: DeskStatement, triggers: tuple[str, ...]) -> Side:
    return Side(source.statement, source, mark_words(source.statement.content, triggers))


# -- JSON twins: the CLI's records, plus where each statement sits in the desk ---------------


def _where(side: Side) -> dict[str, object]:
    source = side.source
    return {
        "article_id": source.article_id if source else None,
        "index": source.index if source else None,
        "site": source.site if source else None,
        "speaker_role": source.speaker_role if source else None,
        "speaker_org": source.speaker_org if source else None,
        "link": side.anchor,
    }


def _merged(base: object, side: Side) -> dict[str, object]:
    assert isinstance(base, dict)  # linked_json's record
    return {**base, **_where(side)}


def conflict_view_json(view: ConflictView) -> dict[str, object]:
    record = conflict_json(view.item)
    record["first"] = _merged(record["first"], view.first)
    record["second"] = _merged(record["second"], view.second)
    return record


def commitment_view_json(view: CommitmentView) -> dict[str, object]:
    record = commitment_json(view.item, view.status)
    record["statement"] = _merged(record["statement"], view.promise)
    record["evidence_statements"] = [
        {
            "key": e.statement,
            "verdict": e.verdict,
            "speaker": side.statement.speaker,
            "content": side.statement.content,
            **_where(side),
        }
        for e, side in view.evidence
    ]
    return record
