"""JSON twins of the analysts' pages: conflicts, commitments, questions, the contradiction graph.

Each route builds the same view as its page (web/flags.py, web/graph.py) and returns it as JSON;
verdicts need the analyst role and, from a session, the X-CSRF-Token header.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Request, Response
from pydantic import BaseModel, Field

from watchdesk.analysis.stances import stance_json
from watchdesk.link import linked_json, statement_stance
from watchdesk.paging import Page, Paged
from watchdesk.records import Question
from watchdesk.store.desk import DeskStatement
from watchdesk.web.api_router import api_v1_router
from watchdesk.web.deps import (
    Analyst,
    CommitmentFiltersDep,
    ConflictFiltersDep,
    Reader,
    StoreDep,
    ThemeFilterDep,
)
from watchdesk.web.flags import (
    CONFLICT_STATUSES,
    VERDICTS,
    commitment_view_json,
    commitment_views,
    conflict_view_json,
    conflict_views,
)
from watchdesk.web.graph import speaker_graph
from watchdesk.web.ids import RowId
from watchdesk.web.paging import QueuePage, api_page, paged_json
from watchdesk.web.timeline import stance

router = api_v1_router("analysis")


class Verdict(BaseModel):
    status: str


class QuestionName(BaseModel):
    name: str = Field(min_length=1, max_length=300)


@router.get("/conflicts")
def list_conflicts(
    request: Request,
    response: Response,
    store: StoreDep,
    _: Reader,
    filters: ConflictFiltersDep,
    page: QueuePage,
    theme: ThemeFilterDep,
    sort: Literal["surest", "newest"] = "surest",
) -> list[dict[str, Any]]:
    """Conflicting signals (status, kind, question, since, until, theme), both statements with their
    sources; surest first (`sort=newest`: by the later statement); paged by limit/offset."""
    views, total = conflict_views(
        store,
        status=filters.status,
        kind=filters.kind,
        question=filters.question,
        since=filters.since,
        until=filters.until,
        theme=theme,
        page=page,
        order=sort,
    )
    return paged_json(request, response, Paged(tuple(views), total, page), conflict_view_json)


@router.post("/conflicts/{key}/status")
def set_conflict_status(key: str, body: Verdict, store: StoreDep, _: Analyst) -> dict[str, Any]:
    """Confirm, dismiss or reopen a flag: {"status": "confirmed" | "dismissed" | "open"}."""
    if body.status not in CONFLICT_STATUSES:
        raise HTTPException(422, f"status must be one of {', '.join(CONFLICT_STATUSES)}")
    if not store.set_conflict_status(key, body.status):  # type: ignore[arg-type]
        raise HTTPException(404, "no such conflict")
    [view], _total = conflict_views(store, key=key)
    return conflict_view_json(view)


@router.get("/commitments")
def list_commitments(
    request: Request,
    response: Response,
    store: StoreDep,
    _: Reader,
    filters: CommitmentFiltersDep,
    page: QueuePage,
    theme: ThemeFilterDep,
) -> list[dict[str, Any]]:
    """Promises with due date (soonest first), status on `as_of` (today) and evidence
    statements, on one theme with `theme=ID`; paged by limit/offset."""
    status, as_of = filters
    views, total = commitment_views(store, as_of, status=status, theme=theme, page=page)
    return paged_json(request, response, Paged(tuple(views), total, page), commitment_view_json)


@router.post("/commitments/{key}/review")
def review_commitment(
    key: str, body: Verdict, store: StoreDep, _: Analyst, filters: CommitmentFiltersDep
) -> dict[str, Any]:
    """An analyst's verdict on a promise: {"status": "kept" | "broken" | "unclear"}."""
    if body.status not in VERDICTS:
        raise HTTPException(422, f"status must be one of {', '.join(VERDICTS)}")
    if not any(item.statement.key == key for item in store.watch_items()):
        raise HTTPException(404, "no such commitment")
    store.review_commitment(key, body.status)
    views, _total = commitment_views(store, filters[1], key=key)
    return commitment_view_json(views[0]) if views else {"key": key, "status": body.status}


def _desk_statement_json(found: DeskStatement) -> dict[str, Any]:
    s = found.statement
    return {
        **linked_json(s, found.title),
        "stance": stance(s),
        # The stance read in full: position, condition, the words that set it, and its holder.
        "stance_detail": stance_json(statement_stance(s, found)),
        "polarity": s.polarity,
        "modality": s.modality,
        "article_id": found.article_id,
        "index": found.index,
        "site": found.site,
        "speaker_role": found.speaker_role,
        "speaker_org": found.speaker_org,
    }


@router.get("/questions")
def list_questions(
    request: Request,
    response: Response,
    store: StoreDep,
    _: Reader,
    page: Annotated[Page, Depends(api_page(100, 1000))],
) -> list[dict[str, Any]]:
    """Questions with at least one statement, largest first."""
    return paged_json(request, response, Paged.of(store.questions(), page), _question_json)


def _question_json(q: Question) -> dict[str, Any]:
    return {"id": q.id, "name": q.name, "statements": q.size, "topics": list(q.topics)}


@router.get("/questions/{question_id}")
def get_question(question_id: RowId, store: StoreDep, _: Reader) -> dict[str, Any]:
    """One question: its statements in time order with their stance, and its conflicts."""
    found = store.question(question_id)
    if found is None:
        raise HTTPException(404, "no such question")
    views, _total = conflict_views(store, question=question_id)
    return {
        "id": found.id,
        "name": found.name,
        "topics": list(found.topics),
        "statements": [_desk_statement_json(d) for d in store.question_statements(question_id)],
        "conflicts": [conflict_view_json(v) for v in views],
    }


@router.put("/questions/{question_id}/name")
def rename_question(
    question_id: RowId, body: QuestionName, store: StoreDep, _: Analyst
) -> dict[str, Any]:
    """Name a question (analysts and above); the name survives later linking."""
    if store.question(question_id) is None:
        raise HTTPException(404, "no such question")
    store.name_question(question_id, body.name.strip())
    return {"id": question_id, "name": body.name.strip()}


@router.get("/graph/contradictions")
def contradictions(store: StoreDep, _: Reader, status: str = "") -> dict[str, Any]:
    """Who contradicts whom: speakers (nodes) and conflicts between them (weighted edges)."""
    chosen = status if status in CONFLICT_STATUSES else None
    graph = speaker_graph(store, chosen)
    return {
        "nodes": [
            {"name": n.name, "conflicts": n.conflicts, "self_conflicts": n.self_conflicts}
            for n in graph.nodes
        ],
        "edges": [
            {
                "first": e.first,
                "second": e.second,
                "count": e.count,
                "kind": e.kind,
                "kinds": dict(e.kinds),
            }
            for e in graph.edges
        ],
        "hidden_speakers": graph.hidden,
    }
