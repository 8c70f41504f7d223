"""JSON twins of the brief pages: the desk's briefs with their history (login), and what was
published (anyone)."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException

from watchdesk.contract import brief_json, published_brief_json
from watchdesk.web.api_router import api_v1_router
from watchdesk.web.deps import StoreDep
from watchdesk.web.ids import RowId, RowIdFilter
from watchdesk.web.routes_briefs import Member

router = api_v1_router("briefs")


@router.get("/briefs")
def list_briefs(
    store: StoreDep,
    _: Member,
    theme_id: RowIdFilter = None,
    week: str | None = None,
    status: str | None = None,
) -> list[dict[str, Any]]:
    """Briefs in every state, newest week first, as `watchdesk brief list --json` prints them."""
    return [brief_json(b) for b in store.briefs(theme_id=theme_id, week=week, status=status)]


@router.get("/briefs/{brief_id}")
def get_brief(store: StoreDep, _: Member, brief_id: RowId) -> dict[str, Any]:
    """One brief with its versions and the history of every change."""
    found = store.brief(brief_id)
    if found is None:
        raise HTTPException(404, "no such brief")
    history = [
        {
            "at": c.at.isoformat(),
            "by": c.by,
            "action": c.action,
            "language": c.language,
            "detail": c.detail,
        }
        for c in store.brief_history(brief_id)
    ]
    return {**brief_json(found), "history": history}


@router.get("/public/briefs")
def published_briefs(
    store: StoreDep,
    theme: str | None = None,
    language: str | None = None,
    week: str | None = None,
) -> list[dict[str, Any]]:
    """Published language versions, as the public archive shows them (no login)."""
    found = store.published_briefs(theme=theme, language=language, week=week)
    return [published_brief_json(p) for p in found]
