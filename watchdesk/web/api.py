"""JSON API under /api/v1: thin calls into the store; every desk page has a twin here."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query

from watchdesk.contract import analysis_json, article_ref_json, stored_statement_json
from watchdesk.store.stories import Story
from watchdesk.web.deps import Admin, Reader, SearchFiltersDep, StoreDep, check_csrf

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
    return {
        "id": article_id,
        **analysis_json(stored.processed),
        "copies": story_json(store.story(article_id), article_id),
    }


def story_json(story: Story | None, article_id: int) -> dict[str, Any] | None:
    """The syndicated copies of an article: the original and the other outlets carrying it."""
    if story is None:
        return None
    return {
        "original": article_ref_json(story.members[0]) if story.canonical_id else None,
        "is_original": story.canonical_id == article_id,
        "also_carried_by": [article_ref_json(m) for m in story.members if m.id != article_id],
        "evidence": list(story.evidence),
    }


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
    store: StoreDep,
    _: Reader,
    filters: SearchFiltersDep,
    q: str = "",
    limit: int = Query(50, ge=1, le=500),
) -> list[dict[str, Any]]:
    """Articles matching every word of `q` and the filters (speaker, entity, outlet, dates)."""
    return [article_ref_json(a) for a in store.search_articles(q, filters, limit=limit)]


@router.get("/statements/{statement_id}")
def get_statement(statement_id: int, store: StoreDep, _: Reader) -> dict[str, Any]:
    """One statement with the article it came from."""
    found = store.statement(statement_id)
    if found is None:
        raise HTTPException(404, "no such statement")
    return stored_statement_json(found)


@router.get("/stats/statements-per-day")
def statements_per_day(
    store: StoreDep, _: Reader, by: str | None = None, about: str | None = None
) -> list[dict[str, Any]]:
    """Statements per publication day, optionally by one speaker or about one entity."""
    return [
        {"date": day.isoformat(), "statements": n}
        for day, n in store.statement_counts(by=by, about=about)
    ]


@router.get("/entities")
def list_entities(
    store: StoreDep, _: Reader, limit: int = Query(100, ge=1, le=1000)
) -> list[dict[str, Any]]:
    """Entities mentioned in the most articles first."""
    return [asdict(e) for e in store.entity_summaries(limit=limit)]


@router.get("/entities/{canonical:path}")
def get_entity(canonical: str, store: StoreDep, _: Reader) -> dict[str, Any]:
    """One entity's profile: counts, aliases and the statements that mention it."""
    summary = store.entity_summary(canonical)
    if summary is None:
        raise HTTPException(404, "no such entity")
    found = store.profile_statements(about=canonical)
    return {**asdict(summary), "statements": [stored_statement_json(s) for s in found]}


@router.get("/speakers")
def list_speakers(
    store: StoreDep, _: Reader, limit: int = Query(100, ge=1, le=1000)
) -> list[dict[str, Any]]:
    """Speakers with the most statements first."""
    return [asdict(s) for s in store.speaker_summaries(limit=limit)]


@router.get("/speakers/{name:path}")
def get_speaker(name: str, store: StoreDep, _: Reader) -> dict[str, Any]:
    """One speaker's profile: roles given for them and what they said."""
    summary = store.speaker_summary(name)
    if summary is None:
        raise HTTPException(404, "no such speaker")
    found = store.profile_statements(by=name)
    return {**asdict(summary), "statements": [stored_statement_json(s) for s in found]}


@router.get("/sources")
def list_sources(store: StoreDep, _: Reader) -> list[dict[str, Any]]:
    """Watched sources with their health (last fetch, failures in a row, next due)."""
    return [asdict(s) for s in store.watched_sources()]


@router.post("/sources/{name}/pause")
def pause_source(name: str, store: StoreDep, _: Admin, paused: bool = True) -> dict[str, Any]:
    """Pause (or, with paused=false, resume) polling a source; admins only."""
    if not store.pause_source(name, paused):
        raise HTTPException(404, "no such source")
    return {"name": name, "paused": paused}
