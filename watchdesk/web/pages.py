"""HTML pages of the desk: each renders the same store call as its /api/v1 twin."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from watchdesk.web.deps import Reader, StoreDep, check_csrf
from watchdesk.web.highlight import mark_paragraphs
from watchdesk.web.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])


def _page(request: Request, name: str, **context: Any) -> HTMLResponse:
    return render(request, name, **context)


@router.get("/", response_class=HTMLResponse)
def index(request: Request, store: StoreDep, _: Reader) -> HTMLResponse:
    """What is in the store: newest articles and statements."""
    return _page(
        request,
        "index.html",
        articles=store.articles(limit=30),
        statements=store.statements(limit=30),
        counts=store.counts(),
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: int, store: StoreDep, _: Reader) -> HTMLResponse:
    """One article with its statements, entities, times and quantities highlighted."""
    stored = store.article(article_id)
    if stored is None:
        raise HTTPException(404, "no such article")
    return _page(
        request,
        "article.html",
        stored=stored,
        article=stored.processed.article,
        paragraphs=mark_paragraphs(stored.processed),
    )


@router.get("/statements", response_class=HTMLResponse)
def statements(
    request: Request,
    store: StoreDep,
    _: Reader,
    speaker: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = Query(200, ge=1, le=1000),
) -> HTMLResponse:
    """Who said what, filtered by speaker and dates."""
    found = store.statements(speaker=speaker, since=since, until=until, limit=limit)
    return _page(request, "statements.html", statements=found, speaker=speaker or "")


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, store: StoreDep, _: Reader, q: str = "") -> HTMLResponse:
    """Full-text search over articles."""
    return _page(request, "search.html", q=q, results=store.search(q) if q else [])
