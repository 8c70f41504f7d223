"""JSON twins of themes and the today page: list, create, change, remove; each theme's week."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, Response
from pydantic import BaseModel, Field

from watchdesk.contract import article_ref_json, stored_statement_json
from watchdesk.errors import StoreError
from watchdesk.link import commitment_json, conflict_json
from watchdesk.paging import Page, Paged
from watchdesk.web.api_router import api_v1_router
from watchdesk.web.deps import Editor, Reader, StoreDep
from watchdesk.web.ids import RowId
from watchdesk.web.paging import api_page, paged_json
from watchdesk.web.today import theme_digests

router = api_v1_router("themes")


class ThemeBody(BaseModel):
    name: str = Field(max_length=200)
    keywords: list[str] = Field(default_factory=list, max_length=100)
    entities: list[str] = Field(default_factory=list, max_length=100)


@router.get("/themes")
def list_themes(
    request: Request,
    response: Response,
    store: StoreDep,
    _: Reader,
    page: Annotated[Page, Depends(api_page(100, 1000))],
) -> list[dict[str, Any]]:
    """Every theme with its keywords and entities, by name."""
    return paged_json(request, response, Paged.of(store.themes(), page), asdict)


@router.post("/themes", status_code=201)
def add_theme(body: ThemeBody, store: StoreDep, _: Editor) -> dict[str, Any]:
    """Create a theme (editors and above)."""
    try:
        return asdict(store.add_theme(body.name, body.keywords, body.entities))
    except StoreError as exc:
        raise HTTPException(422, str(exc)) from None


@router.put("/themes/{theme_id}")
def change_theme(theme_id: RowId, body: ThemeBody, store: StoreDep, _: Editor) -> dict[str, Any]:
    """Replace a theme's name, keywords and entities."""
    try:
        found = store.update_theme(theme_id, body.name, body.keywords, body.entities)
    except StoreError as exc:
        raise HTTPException(422, str(exc)) from None
    if found is None:
        raise HTTPException(404, "no such theme")
    return asdict(found)


@router.delete("/themes/{theme_id}", status_code=204)
def remove_theme(theme_id: RowId, store: StoreDep, _: Editor) -> None:
    """Delete a theme."""
    if not store.remove_theme(theme_id):
        raise HTTPException(404, "no such theme")


@router.get("/today")
def today(store: StoreDep, _: Reader, as_of: date | None = None) -> dict[str, Any]:
    """The today page per theme: new articles, statements, open flags, promises due, per day."""
    since, digests = theme_digests(store, as_of or date.today())
    return {
        "since": since.isoformat() if since else None,
        "themes": [
            {
                **asdict(d.theme),
                "articles": [article_ref_json(a) for a in d.articles],
                "statements": [stored_statement_json(s) for s in d.statements],
                "flags": [conflict_json(f) for f in d.flags],
                "due": [commitment_json(i, s) for i, s in d.due],
                "statements_per_day": [
                    {"date": day.isoformat(), "statements": n}
                    for day, n in store.theme_statement_counts(d.theme)
                ],
            }
            for d in digests
        ],
    }
