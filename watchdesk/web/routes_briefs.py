"""Desk pages for weekly briefs: the list, a brief with its history, the editor, the workflow.

Drafts are the desk's business: every page here needs a login (never the anonymous reader that
`public_read` lets in); analysts write, editors return and publish. What the public reads is
in routes_public.py.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from markupsafe import Markup

from watchdesk.analysis.briefs import iso_week, suggest_trend, week_of
from watchdesk.analysis.trend_words import reason_words
from watchdesk.briefs_render import cited_ids, render_body, sources_html
from watchdesk.dossier import theme_dossier
from watchdesk.errors import BriefError
from watchdesk.records import BRIEF_LANGUAGES, TRENDS, Brief, Dossier, SourcedStatement
from watchdesk.store import Store, User
from watchdesk.web.deps import Analyst, Editor, LoginRequired, StoreDep, check_csrf, current_session
from watchdesk.web.ids import RowId
from watchdesk.web.templating import N_, choose_language, render

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])

# Trend and status names are data in the store; the templates show them translated.
BRIEF_LABELS = (
    *(N_("worse"), N_("improved"), N_("same"), N_("mixed")),
    *(N_("draft"), N_("review"), N_("published")),
    *(N_("created"), N_("edited"), N_("trend"), N_("citations")),
    *(N_("submitted"), N_("returned"), N_("reopened")),
)
CANDIDATES = 40  # statements of the dossier offered as citations


def _member(request: Request) -> User:
    """Any logged-in user; `public_read` lets anonymous visitors read the desk, never drafts."""
    session = current_session(request)
    if session is None:
        raise LoginRequired
    return session.user


Member = Annotated[User, Depends(_member)]


def _brief_or_404(store: Store, brief_id: int) -> Brief:
    found = store.brief(brief_id)
    if found is None:
        raise HTTPException(404, "no such brief")
    return found


def _dossier(store: Store, brief: Brief) -> Dossier | None:
    """The brief's theme and week as a dossier; None once the theme is gone."""
    theme = store.theme(brief.theme_id) if brief.theme_id is not None else None
    return theme_dossier(store, theme, iso_week(brief.week)) if theme else None


def _candidates(dossier: Dossier | None) -> list[SourcedStatement]:
    """What an analyst may cite: the heaviest statements, then conflict sides and promises."""
    if dossier is None:
        return []
    found: list[SourcedStatement] = [r.source for r in dossier.statements[:CANDIDATES]]
    for conflict in dossier.conflicts:
        found += [s for s in (conflict.first, conflict.second) if s is not None]
    found += [c.promise for c in dossier.commitments]
    unique = {s.statement_id: s for s in found if s.statement_id is not None}
    return list(unique.values())


@router.get("/briefs", response_class=HTMLResponse)
def briefs(request: Request, store: StoreDep, _: Member, error: str = "") -> HTMLResponse:
    """Every brief with its state and which language version is missing or behind."""
    newest = store.latest_published()
    return render(
        request,
        "briefs.html",
        briefs=store.briefs(),
        themes=store.themes(),
        week=week_of(newest).label if newest else "",
        brief_languages=BRIEF_LANGUAGES,
        error=error,
    )


@router.post("/briefs")
def create_brief(
    request: Request,
    store: StoreDep,
    user: Analyst,
    theme_id: Annotated[int, Form()],
    week: Annotated[str, Form(max_length=20)],
) -> Response:
    """Start a draft for a theme and week; its editor opens with the week's dossier."""
    try:
        brief = store.create_brief(theme_id, week, by=user.name)
    except BriefError as exc:
        return briefs(request, store, user, error=str(exc))
    return RedirectResponse(f"/briefs/{brief.id}/edit", status_code=303)


@router.get("/briefs/{brief_id}", response_class=HTMLResponse)
def brief(request: Request, store: StoreDep, _: Member, brief_id: RowId) -> HTMLResponse:
    """A brief's working copies rendered as readers will see them, its state and history."""
    found = _brief_or_404(store, brief_id)
    statements = store.statements_by_id(
        [*found.citations, *(i for v in found.versions for i in cited_ids(v.body))]
    )
    rendered = {}
    for version in found.versions:
        body = render_body(version.body, statements)
        rendered[version.language] = (
            Markup(body.html),
            Markup(sources_html(body.sources, version.language)),
        )
    return render(
        request,
        "brief.html",
        brief=found,
        rendered=rendered,
        history=store.brief_history(brief_id),
        brief_languages=BRIEF_LANGUAGES,
    )


@router.get("/briefs/{brief_id}/edit", response_class=HTMLResponse)
def edit_brief(
    request: Request,
    store: StoreDep,
    _: Analyst,
    brief_id: RowId,
    language: str = "",
    error: str = "",
) -> HTMLResponse:
    """The editor: one language version beside the other, trend, citations from the dossier."""
    found = _brief_or_404(store, brief_id)
    language = language if language in BRIEF_LANGUAGES else (found.missing() or ("en",))[0]
    dossier = _dossier(store, found)
    suggested, reasons = suggest_trend(dossier) if dossier else (None, ())
    candidates = _candidates(dossier)
    offered = {s.statement_id for s in candidates}
    cited_elsewhere = store.statements_by_id(i for i in found.citations if i not in offered)
    interface = choose_language(request)
    return render(
        request,
        "brief_edit.html",
        422 if error else 200,
        brief=found,
        language=language,
        current=found.version(language),
        other=next((v for v in found.versions if v.language != language), None),
        brief_languages=BRIEF_LANGUAGES,
        trends=TRENDS,
        suggested=suggested,
        reasons=[reason_words(r, interface) for r in reasons],
        candidates=candidates,
        cited_elsewhere=list(cited_elsewhere.values()),
        error=error,
    )


@router.post("/briefs/{brief_id}/edit", response_class=HTMLResponse)
def save_brief(
    request: Request,
    store: StoreDep,
    user: Analyst,
    brief_id: RowId,
    language: Annotated[str, Form(max_length=8)],
    headline: Annotated[str, Form(max_length=300)] = "",
    lead: Annotated[str, Form(max_length=2000)] = "",
    body: Annotated[str, Form(max_length=100_000)] = "",
    trend: Annotated[str, Form(max_length=10)] = "",
    cite: Annotated[list[int] | None, Form()] = None,
    minor: Annotated[str, Form(max_length=5)] = "",
) -> Response:
    """Save one language version, the trend and the citations (those ticked and those in the
    text); each change is one line of history, an unchanged field none."""
    found = _brief_or_404(store, brief_id)
    bodies = [v.body for v in found.versions if v.language != language] + [body]
    citations = list(dict.fromkeys([*(cite or []), *(i for b in bodies for i in cited_ids(b))]))
    try:
        store.set_brief_citations(brief_id, citations, by=user.name)
        store.set_brief_trend(brief_id, trend or None, by=user.name)
        if headline.strip() or body.strip():
            store.save_brief_version(
                brief_id,
                language,
                headline=headline,
                lead=lead,
                body=body,
                by=user.name,
                minor=bool(minor),
            )
    except BriefError as exc:
        return edit_brief(request, store, user, brief_id, language, error=str(exc))
    return RedirectResponse(f"/briefs/{brief_id}/edit?language={language}", status_code=303)


def _move(store: Store, brief_id: int, action: str, by: str, note: str = "") -> Response:
    _brief_or_404(store, brief_id)
    try:
        if action == "submit":
            store.submit_brief(brief_id, by=by)
        elif action == "return":
            store.return_brief(brief_id, by=by, note=note)
        else:
            store.publish_brief(brief_id, by=by)
    except BriefError as exc:
        raise HTTPException(409, str(exc)) from None
    return RedirectResponse(f"/briefs/{brief_id}", status_code=303)


@router.post("/briefs/{brief_id}/submit")
def submit_brief(store: StoreDep, user: Analyst, brief_id: RowId) -> Response:
    """Hand a draft to the editors."""
    return _move(store, brief_id, "submit", user.name)


@router.post("/briefs/{brief_id}/return")
def return_brief(
    store: StoreDep,
    user: Editor,
    brief_id: RowId,
    note: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    """Send a brief under review back to its writers with a note."""
    return _move(store, brief_id, "return", user.name, note)


@router.post("/briefs/{brief_id}/publish")
def publish_brief(store: StoreDep, user: Editor, brief_id: RowId) -> Response:
    """Publish both language versions to the public archive, feeds and newsletter."""
    return _move(store, brief_id, "publish", user.name)
