"""HTML pages for themes: the list with each theme's words, and editors' create / edit forms."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from watchdesk.errors import StoreError
from watchdesk.web.deps import Editor, Reader, StoreDep, check_csrf
from watchdesk.web.ids import RowId
from watchdesk.web.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])


def split_terms(value: str) -> list[str]:
    """ "a, b ,c" → ["a", "b", "c"]: forms and the CLI take comma-separated lists."""
    return [term.strip() for term in value.split(",") if term.strip()]


@router.get("/themes", response_class=HTMLResponse)
def themes(request: Request, store: StoreDep, _: Reader, error: str = "") -> HTMLResponse:
    """Analyst-defined themes: keywords and entities the today page groups by."""
    return render(request, "themes.html", themes=store.themes(), error=error)


@router.post("/themes", response_class=HTMLResponse)
def add_theme(
    request: Request,
    store: StoreDep,
    _: Editor,
    name: Annotated[str, Form(max_length=200)],
    keywords: Annotated[str, Form(max_length=2000)] = "",
    entities: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Create a theme (editors and above)."""
    try:
        store.add_theme(name, split_terms(keywords), split_terms(entities))
    except StoreError as exc:
        return render(request, "themes.html", 422, themes=store.themes(), error=str(exc))
    return RedirectResponse("/themes", status_code=303)


@router.post("/themes/{theme_id}", response_class=HTMLResponse)
def edit_theme(
    request: Request,
    store: StoreDep,
    _: Editor,
    theme_id: RowId,
    name: Annotated[str, Form(max_length=200)],
    keywords: Annotated[str, Form(max_length=2000)] = "",
    entities: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Change a theme's name, keywords or entities."""
    try:
        found = store.update_theme(theme_id, name, split_terms(keywords), split_terms(entities))
    except StoreError as exc:
        return render(request, "themes.html", 422, themes=store.themes(), error=str(exc))
    if found is None:
        raise HTTPException(404, "no such theme")
    return RedirectResponse("/themes", status_code=303)


@router.post("/themes/{theme_id}/remove")
def remove_theme(store: StoreDep, _: Editor, theme_id: RowId) -> Response:
    """Delete a theme; nothing else changes."""
    if not store.remove_theme(theme_id):
        raise HTTPException(404, "no such theme")
    return RedirectResponse("/themes", status_code=303)
