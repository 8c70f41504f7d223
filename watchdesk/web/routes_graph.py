"""HTML page of who contradicts whom: the conflicts between speakers as a circle graph."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from watchdesk.web.deps import Reader, StoreDep, check_csrf
from watchdesk.web.flags import CONFLICT_KINDS, CONFLICT_STATUSES
from watchdesk.web.graph import speaker_graph
from watchdesk.web.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])


@router.get("/graph", response_class=HTMLResponse)
def graph(request: Request, store: StoreDep, _: Reader, status: str = "") -> HTMLResponse:
    """Speakers on a circle, joined where their statements conflict."""
    chosen = status if status in CONFLICT_STATUSES else None
    return render(
        request,
        "graph.html",
        graph=speaker_graph(store, chosen),
        status=chosen or "",
        statuses=CONFLICT_STATUSES,
        kinds=CONFLICT_KINDS,
    )
