"""HTML pages for who and what: entity and speaker lists and profiles, and the sources' health."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from watchdesk.paging import Paged
from watchdesk.records import StoredStatement
from watchdesk.web.charts import bar_chart, health_strip
from watchdesk.web.deps import Admin, DateWindowDep, Reader, StoreDep, check_csrf
from watchdesk.web.paging import DeskPage
from watchdesk.web.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])


@router.get("/entities", response_class=HTMLResponse)
def entities(
    request: Request,
    store: StoreDep,
    _: Reader,
    page: DeskPage,
    window: DateWindowDep,
) -> HTMLResponse:
    """Entities mentioned in the most articles (published in the window) first."""
    found = store.entities_page(since=window.since, until=window.until, page=page)
    return render(
        request,
        "entities.html",
        entities=found.items,
        page=page,
        total=found.total,
        since=window.since,
        until=window.until,
    )


@router.get("/entities/{canonical:path}", response_class=HTMLResponse)
def entity(
    request: Request, canonical: str, store: StoreDep, _: Reader, page: DeskPage
) -> HTMLResponse:
    """One entity: how often it is mentioned, and the statements that mention it over time."""
    summary = store.entity_summary(canonical)
    if summary is None:
        raise HTTPException(404, "no such entity")
    return render(
        request,
        "profile.html",
        entity=summary,
        speaker=None,
        **_statements(store.profile_statements_page(about=canonical, page=page)),
        chart=bar_chart(store.statement_counts(about=canonical)),
    )


@router.get("/speakers", response_class=HTMLResponse)
def speakers(
    request: Request,
    store: StoreDep,
    _: Reader,
    page: DeskPage,
    window: DateWindowDep,
) -> HTMLResponse:
    """Speakers with the most statements (in articles published in the window) first."""
    found = store.speakers_page(since=window.since, until=window.until, page=page)
    return render(
        request,
        "speakers.html",
        speakers=found.items,
        page=page,
        total=found.total,
        since=window.since,
        until=window.until,
    )


@router.get("/speakers/{name:path}", response_class=HTMLResponse)
def speaker(
    request: Request, name: str, store: StoreDep, _: Reader, page: DeskPage
) -> HTMLResponse:
    """One speaker: roles given for them, and what they said over time."""
    summary = store.speaker_summary(name)
    if summary is None:
        raise HTTPException(404, "no such speaker")
    return render(
        request,
        "profile.html",
        entity=None,
        speaker=summary,
        **_statements(store.profile_statements_page(by=name, page=page)),
        chart=bar_chart(store.statement_counts(by=name)),
    )


def _statements(found: Paged[StoredStatement]) -> dict[str, Any]:
    """A profile's page of statements, as the template and its _pages.html read it."""
    return {"statements": found.items, "page": found.page, "total": found.total}


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, store: StoreDep, _: Reader, page: DeskPage) -> HTMLResponse:
    """Watched sources with how their last fetch went (the health strip shows all)."""
    found = store.watched_sources()
    return render(
        request,
        "sources.html",
        sources=page.cut(found),
        page=page,
        total=len(found),
        health=health_strip(found),
    )


@router.post("/sources/{name}/pause")
def pause_source(
    store: StoreDep, _: Admin, name: str, paused: Annotated[bool, Form()] = True
) -> Response:
    """Pause or resume polling a source (admins manage sources)."""
    if not store.pause_source(name, paused):
        raise HTTPException(404, "no such source")
    return RedirectResponse("/sources", status_code=303)
