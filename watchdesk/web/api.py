"""JSON API under /api/v1: thin calls into the store; every desk page has a twin here."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Request, Response

from watchdesk.contract import (
    analysis_json,
    article_ref_json,
    search_hit_json,
    stored_statement_json,
)
from watchdesk.paging import Page, Paged
from watchdesk.snippets import snippet
from watchdesk.store.stories import Story
from watchdesk.web.api_router import api_v1_router
from watchdesk.web.deps import Admin, Reader, SearchFiltersDep, StoreDep
from watchdesk.web.ids import RowId
from watchdesk.web.paging import api_page, paged_json

# Every route needs a login (or `public_read` for reading); writes also need the CSRF header.
router = api_v1_router("api")


@router.get("/articles")
def list_articles(
    request: Request,
    response: Response,
    store: StoreDep,
    _: Reader,
    page: Annotated[Page, Depends(api_page(50, 500))],
    language: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """Newest articles first, published between `since` and `until`; paged by limit/offset."""
    found = store.articles_page(language=language, since=since, until=until, page=page)
    return paged_json(request, response, found, article_ref_json)


@router.get("/articles/{article_id}")
def get_article(article_id: RowId, store: StoreDep, _: Reader) -> dict[str, Any]:
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
    request: Request,
    response: Response,
    store: StoreDep,
    _: Reader,
    page: Annotated[Page, Depends(api_page(200, 1000))],
    speaker: str | None = None,
    since: date | None = None,
    until: date | None = None,
    sort: Literal["newest", "oldest"] = "newest",
) -> list[dict[str, Any]]:
    """Who said what, newest first; `speaker` matches part of the name in any letter case."""
    found = store.statements_page(
        speaker=speaker, since=since, until=until, page=page, oldest_first=sort == "oldest"
    )
    return paged_json(request, response, found, stored_statement_json)


@router.get("/search")
def search(
    request: Request,
    response: Response,
    store: StoreDep,
    _: Reader,
    filters: SearchFiltersDep,
    page: Annotated[Page, Depends(api_page(50, 500))],
    q: str = "",
    sort: Literal["relevance", "newest", "oldest"] = "relevance",
) -> list[dict[str, Any]]:
    """Articles matching a form of every word of `q` and the filters (speaker, entity, outlet,
    dates), each with a `snippet` around the words found."""
    found = store.search_page(q, filters, page=page, order=sort)
    return paged_json(
        request, response, found, lambda hit: search_hit_json(hit.article, snippet(hit.text, q))
    )


@router.get("/statements/{statement_id}")
def get_statement(statement_id: RowId, store: StoreDep, _: Reader) -> dict[str, Any]:
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
    request: Request,
    response: Response,
    store: StoreDep,
    _: Reader,
    page: Annotated[Page, Depends(api_page(100, 1000))],
    since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """Entities mentioned in the most articles (published between `since` and `until`) first."""
    found = store.entities_page(since=since, until=until, page=page)
    return paged_json(request, response, found, asdict)


@router.get("/entities/{canonical:path}")
def get_entity(
    canonical: str,
    request: Request,
    response: Response,
    store: StoreDep,
    _: Reader,
    page: Annotated[Page, Depends(api_page(200, 1000))],
) -> dict[str, Any]:
    """One entity's profile: counts, aliases and a page of the statements that mention it
    (`limit`/`offset`; `X-Total-Count` and `Link` headers page through the statements)."""
    summary = store.entity_summary(canonical)
    if summary is None:
        raise HTTPException(404, "no such entity")
    found = store.profile_statements_page(about=canonical, page=page)
    return {
        **asdict(summary),
        "statements": paged_json(request, response, found, stored_statement_json),
    }


@router.get("/speakers")
def list_speakers(
    request: Request,
    response: Response,
    store: StoreDep,
    _: Reader,
    page: Annotated[Page, Depends(api_page(100, 1000))],
    since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """Speakers with the most statements (in articles between `since` and `until`) first."""
    found = store.speakers_page(since=since, until=until, page=page)
    return paged_json(request, response, found, asdict)


@router.get("/speakers/{name:path}")
def get_speaker(
    name: str,
    request: Request,
    response: Response,
    store: StoreDep,
    _: Reader,
    page: Annotated[Page, Depends(api_page(200, 1000))],
) -> dict[str, Any]:
    """One speaker's profile: roles given for them and a page of what they said
    (`limit`/`offset`; `X-Total-Count` and `Link` headers page through the statements)."""
    summary = store.speaker_summary(name)
    if summary is None:
        raise HTTPException(404, "no such speaker")
    found = store.profile_statements_page(by=name, page=page)
    return {
        **asdict(summary),
        "statements": paged_json(request, response, found, stored_statement_json),
    }


@router.get("/sources")
def list_sources(
    request: Request,
    response: Response,
    store: StoreDep,
    _: Reader,
    page: Annotated[Page, Depends(api_page(100, 1000))],
) -> list[dict[str, Any]]:
    """Watched sources with their health (last fetch, failures in a row, next due)."""
    return paged_json(request, response, Paged.of(store.watched_sources(), page), asdict)


@router.post("/sources/{name}/pause")
def pause_source(name: str, store: StoreDep, _: Admin, paused: bool = True) -> dict[str, Any]:
    """Pause (or, with paused=false, resume) polling a source; admins only."""
    if not store.pause_source(name, paused):
        raise HTTPException(404, "no such source")
    return {"name": name, "paused": paused}
