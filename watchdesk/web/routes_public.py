"""The public part of the desk: published briefs for anyone, no login.

Only what an editor published is read here (`Store.published_briefs`: the published copies,
never a working draft). The archive lists briefs by theme, by week or all of them; each brief
is a page per language with Markdown, HTML and PDF exports, and every theme has an Atom feed
per language.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from watchdesk.briefs_render import (
    atom_feed,
    brief_html,
    brief_markdown,
    brief_pdf,
    cited_ids,
    labels,
    render_body,
    sources_html,
    trend_label,
)
from watchdesk.records import BRIEF_LANGUAGES, PublishedBrief, StoredStatement
from watchdesk.settings import Settings
from watchdesk.store import Store
from watchdesk.web.deps import SettingsDep, StoreDep
from watchdesk.web.ids import RowId
from watchdesk.web.templating import choose_language, render

router = APIRouter(include_in_schema=False)

EXPORTS = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
}


def _base_url(settings: Settings) -> str:
    return settings.public_url.rstrip("/")


def _statements(store: Store, briefs: Sequence[PublishedBrief]) -> dict[int, StoredStatement]:
    return store.statements_by_id(i for b in briefs for i in cited_ids(b.body))


def _archive(
    request: Request, store: Store, title: str, *, theme: str | None = None, week: str | None = None
) -> HTMLResponse:
    """Published briefs grouped per brief: the visitor's language first, links to the others."""
    preferred = choose_language(request)
    grouped: dict[int, dict[str, PublishedBrief]] = {}
    for version in store.published_briefs(theme=theme, week=week):
        grouped.setdefault(version.id, {})[version.language] = version
    items = [
        (versions.get(preferred) or next(iter(versions.values())), versions)
        for versions in grouped.values()
    ]
    return render(
        request,
        "public_briefs.html",
        title=title,
        items=items,
        theme=theme,
        week=week,
        themes=sorted({b.theme for b, _ in items}) if theme is None else [theme],
        brief_languages=BRIEF_LANGUAGES,
        trend_label=trend_label,
        quote=quote,
    )


@router.get("/public/briefs", response_class=HTMLResponse)
def archive(request: Request, store: StoreDep) -> HTMLResponse:
    """Every published brief, newest week first: "view all"."""
    return _archive(request, store, "")


@router.get("/public/briefs/themes/{theme}", response_class=HTMLResponse)
def theme_archive(request: Request, store: StoreDep, theme: str) -> HTMLResponse:
    """The published briefs of one theme, with its feeds."""
    return _archive(request, store, theme, theme=theme)


@router.get("/public/briefs/weeks/{week}", response_class=HTMLResponse)
def week_archive(request: Request, store: StoreDep, week: str) -> HTMLResponse:
    """The published briefs of one ISO week, every theme."""
    return _archive(request, store, week, week=week)


@router.get("/public/briefs/feed.atom")
def feed(
    store: StoreDep, settings: SettingsDep, theme: str | None = None, language: str = "en"
) -> Response:
    """An Atom feed of published briefs in one language, of one theme or of all."""
    if language not in BRIEF_LANGUAGES:
        raise HTTPException(404, "no such language")
    entries = store.published_briefs(theme=theme, language=language)[:50]
    base = _base_url(settings)
    query = urlencode({k: v for k, v in (("theme", theme), ("language", language)) if v})
    body = atom_feed(
        entries,
        _statements(store, entries),
        title=" · ".join(p for p in ("watchdesk", theme, language) if p),
        feed_url=f"{base}/public/briefs/feed.atom?{query}",
        base_url=base,
        language=language,
    )
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/public/briefs/{brief_id}/{name}", response_class=HTMLResponse)
def brief_page(
    request: Request, store: StoreDep, settings: SettingsDep, brief_id: RowId, name: str
) -> Response:
    """One published version: `en` is its page; `en.md`, `en.html`, `en.pdf` its exports."""
    language, _, kind = name.partition(".")
    if language not in BRIEF_LANGUAGES or (kind and kind not in EXPORTS):
        raise HTTPException(404, "no such brief")
    versions = {v.language: v for v in store.published_briefs(brief_id=brief_id)}
    brief = versions.get(language)
    if brief is None:
        raise HTTPException(404, "no such brief")
    statements = _statements(store, [brief])
    if kind:
        return _export(brief, statements, kind, _base_url(settings))
    body = render_body(brief.body, statements)
    return render(
        request,
        "public_brief.html",
        brief=brief,
        body=Markup(body.html),
        sources=Markup(sources_html(body.sources, brief.language)),
        others=[v for code, v in sorted(versions.items()) if code != language],
        trend=trend_label(brief.trend, brief.language) if brief.trend else "",
        words=labels(brief.language),  # the brief's own words follow its language
        quote=quote,
    )


def _export(
    brief: PublishedBrief, statements: dict[int, StoredStatement], kind: str, base: str
) -> Response:
    filename = f"brief-{brief.id}-{brief.week}-{brief.language}.{kind}"
    if kind == "pdf":
        content: bytes | str = _pdf(brief, tuple(sorted(statements.items())), base)
        disposition = "inline"
    elif kind == "html":
        # A page with its own print styles: downloaded, so the desk's CSP does not apply to it.
        content, disposition = brief_html(brief, statements, base_url=base), "attachment"
    else:
        content, disposition = brief_markdown(brief, statements, base_url=base), "attachment"
    return Response(
        content,
        media_type=EXPORTS[kind],
        headers={"Content-Disposition": f'{disposition}; filename="{filename}"'},
    )


@lru_cache(maxsize=32)
def _pdf(
    brief: PublishedBrief, statements: tuple[tuple[int, StoredStatement], ...], base: str
) -> bytes:
    # A PDF takes WeasyPrint a good fraction of a second and anyone may ask for one; a published
    # copy never changes (republishing gives it a new published_at), so its PDF is kept.
    return brief_pdf(brief, dict(statements), base_url=base)
