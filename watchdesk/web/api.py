"""JSON API under /api/v1: thin calls into the store; every desk page has a twin here."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query

from watchdesk.contract import analysis_json, article_ref_json, stored_statement_json
from watchdesk.web.deps import Reader, StoreDep, check_csrf

# Every route needs a login (or `public_read` for reading); writes also need the CSRF header.
router = APIRouter(prefix="/api/v1", tags=["api"], dependencies=[Depends(check_csrf)])


@router.get("/articles")
def list_articles(
    store: StoreDep,
    _: Reader,
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
    language: str | None = None,
) -> list[dict[str, Any]]:
    """Newest articles first."""
    return [
        article_ref_json(a) for a in store.articles(limit=limit, offset=offset, language=language)
    ]


@router.get("/articles/{article_id}")
def get_article(article_id: int, store: StoreDep, _: Reader) -> dict[str, Any]:
    """One article with its annotations, in the JSON shape of `watchdesk analyze`."""
    stored = store.article(article_id)
    if stored is None:
        raise HTTPException(404, "no such article")
    return {"id": article_id, **analysis_json(stored.processed)}


@router.get("/statements")
def list_statements(
    store: StoreDep,
    _: Reader,
    speaker: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = Query(200, ge=1, le=1000),
) -> list[dict[str, Any]]:
    """Who said what, newest first; `speaker` matches part of the name."""
    found = store.statements(speaker=speaker, since=since, until=until, limit=limit)
    return [stored_statement_json(s) for s in found]


@router.get("/search")
def search(
    store: StoreDep, _: Reader, q: str, limit: int = Query(50, ge=1, le=500)
) -> list[dict[str, Any]]:
    """Articles matching every word of `q`."""
    return [article_ref_json(a) for a in store.search(q, limit=limit)]
