"""HTML pages of the desk: each renders the same store call as its /api/v1 twin."""

from __future__ import annotations

from datetime import date
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from watchdesk.snippets import snippet
from watchdesk.store import SearchFilters
from watchdesk.web.charts import bar_chart
from watchdesk.web.deps import DateWindowDep, Reader, SearchFiltersDep, StoreDep, check_csrf
from watchdesk.web.highlight import mark_paragraphs
from watchdesk.web.ids import RowId
from watchdesk.web.paging import DeskPage
from watchdesk.web.templating import render
from watchdesk.web.today import SHOWN, theme_digests

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])


@router.get("/", response_class=HTMLResponse)
def index(request: Request, store: StoreDep, _: Reader) -> HTMLResponse:
    """What is in the store: per theme what is new, then the newest articles and statements."""
    since, digests = theme_digests(store, date.today())
    return render(
        request,
        "index.html",
        articles=store.articles(limit=30),
        statements=store.statements(limit=30),
        counts=store.counts(),
        chart=bar_chart(store.statement_counts()),
        since=since,
        digests=digests,
        shown=SHOWN,
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: RowId, store: StoreDep, _: Reader) -> HTMLResponse:
    """One article with its statements, entities, times and quantities highlighted."""
    stored = store.article(article_id)
    if stored is None:
        raise HTTPException(404, "no such article")
    return render(
        request,
        "article.html",
        stored=stored,
        article=stored.processed.article,
        paragraphs=mark_paragraphs(stored.processed),
        story=store.story(article_id),
    )


@router.get("/statements", response_class=HTMLResponse)
def statements(
    request: Request,
    store: StoreDep,
    _: Reader,
    page: DeskPage,
    window: DateWindowDep,
    speaker: str | None = None,
    sort: Literal["newest", "oldest"] = "newest",
) -> HTMLResponse:
    """Who said what, filtered by speaker and dates, a page at a time."""
    found = store.statements_page(
        speaker=speaker,
        since=window.since,
        until=window.until,
        page=page,
        oldest_first=sort == "oldest",
    )
    return render(
        request,
        "statements.html",
        statements=found.items,
        page=page,
        total=found.total,
        speaker=speaker or "",
        since=window.since,
        until=window.until,
        sort=sort,
    )


@router.get("/statements/{statement_id}", response_class=HTMLResponse)
def statement(request: Request, statement_id: RowId, store: StoreDep, _: Reader) -> HTMLResponse:
    """One statement, its source, and what else its speaker said."""
    found = store.statement(statement_id)
    if found is None:
        raise HTTPException(404, "no such statement")
    others = [
        s
        for s in store.profile_statements(by=found.statement.speaker, limit=21)
        if s.id != found.id
    ][:20]
    return render(request, "statement.html", s=found, others=others)


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    store: StoreDep,
    _: Reader,
    filters: SearchFiltersDep,
    page: DeskPage,
    q: str = "",
    sort: Literal["relevance", "newest", "oldest"] = "relevance",
) -> HTMLResponse:
    """Full-text search over articles, narrowed by speaker, entity, outlet, language and dates;
    each result with a snippet around the words found."""
    searched = bool(q.strip()) or filters != SearchFilters()
    found = store.search_page(q, filters, page=page, order=sort) if searched else None
    hits = found.items if found else ()
    return render(
        request,
        "search.html",
        q=q,
        filters=filters,
        results=[hit.article for hit in hits],
        snippets={hit.article.id: snippet(hit.text, q) for hit in hits} if q.strip() else {},
        page=page,
        total=found.total if found else 0,
        sort=sort,
        searched=searched,
        facets=store.search_facets(),
    )
