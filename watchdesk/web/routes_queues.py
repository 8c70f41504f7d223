"""HTML pages for the analysts' queues: conflicting signals and promises falling due.

Verdicts are plain form posts that redirect back (they work without JavaScript); htmx sends
the same post with an HX-Request header and swaps in the one flag it gets back.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from watchdesk.web.deps import (
    Analyst,
    CommitmentFiltersDep,
    ConflictFiltersDep,
    Reader,
    StoreDep,
    ThemeFilterDep,
    check_csrf,
)
from watchdesk.web.flags import (
    COMMITMENT_STATES,
    CONFLICT_KINDS,
    CONFLICT_STATUSES,
    VERDICTS,
    commitment_views,
    conflict_views,
)
from watchdesk.web.paging import DeskPage
from watchdesk.web.routes_account import safe_next
from watchdesk.web.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts(
    request: Request,
    store: StoreDep,
    _: Reader,
    filters: ConflictFiltersDep,
    page: DeskPage,
    theme: ThemeFilterDep,
    sort: Literal["surest", "newest"] = "surest",
) -> HTMLResponse:
    """Conflicting signals, surest (or newest) first: both statements side by side with the
    reason."""
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
    return render(
        request,
        "conflicts.html",
        sort=sort,
        views=views,
        total=total,
        page=page,
        filters=filters,
        statuses=CONFLICT_STATUSES,
        kinds=CONFLICT_KINDS,
        questions=store.questions(),
        theme=theme,
    )


@router.post("/conflicts/{key}/status", response_class=HTMLResponse)
def set_conflict_status(
    request: Request,
    store: StoreDep,
    _: Analyst,
    key: str,
    status: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/conflicts",
) -> Response:
    """Confirm, dismiss or reopen a flag (analysts and above)."""
    if status not in CONFLICT_STATUSES:
        raise HTTPException(422, f"status must be one of {', '.join(CONFLICT_STATUSES)}")
    if not store.set_conflict_status(key, status):  # type: ignore[arg-type]
        raise HTTPException(404, "no such conflict")
    if request.headers.get("hx-request"):
        [view], _total = conflict_views(store, key=key)
        return render(request, "_conflict.html", view=view)
    return RedirectResponse(safe_next(next), status_code=303)


@router.get("/commitments", response_class=HTMLResponse)
def commitments(
    request: Request,
    store: StoreDep,
    _: Reader,
    filters: CommitmentFiltersDep,
    page: DeskPage,
    theme: ThemeFilterDep,
) -> HTMLResponse:
    """Promises and forecasts with their due dates, status and the evidence for it."""
    status, as_of = filters
    views, total = commitment_views(store, as_of, status=status, theme=theme, page=page)
    return render(
        request,
        "commitments.html",
        views=views,
        total=total,
        page=page,
        status=status or "",
        as_of=as_of,
        states=COMMITMENT_STATES,
        verdicts=VERDICTS,
        theme=theme,
    )


@router.post("/commitments/{key}/review", response_class=HTMLResponse)
def review_commitment(
    request: Request,
    store: StoreDep,
    _: Analyst,
    key: str,
    status: Annotated[str, Form()],
    filters: CommitmentFiltersDep,
    next: Annotated[str, Form()] = "/commitments",
) -> Response:
    """Rule on a promise: kept, broken or unclear (analysts and above)."""
    if status not in VERDICTS:
        raise HTTPException(422, f"status must be one of {', '.join(VERDICTS)}")
    if not any(item.statement.key == key for item in store.watch_items()):
        raise HTTPException(404, "no such commitment")
    store.review_commitment(key, status)
    if request.headers.get("hx-request"):
        views, _total = commitment_views(store, filters[1], key=key)
        return render(
            request,
            "_commitment.html",
            view=views[0] if views else None,
            verdicts=VERDICTS,
            as_of=filters[1],
        )
    return RedirectResponse(safe_next(next), status_code=303)
