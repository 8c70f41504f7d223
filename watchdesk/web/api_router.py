"""The JSON API's routers: one prefix, the CSRF check on every write, and the refusals any
operation may answer with, listed in the OpenAPI document so that a client (and schemathesis)
knows every status it can get."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from watchdesk.web.deps import check_csrf


class Refusal(BaseModel):
    """Why the request was refused, in one line."""

    detail: str


REFUSALS: dict[int | str, dict[str, Any]] = {
    400: {"model": Refusal, "description": "The body cannot be read as its media type"},
    401: {"model": Refusal, "description": "Not logged in, or the session ended"},
    403: {"model": Refusal, "description": "The role may not, or the CSRF header is missing"},
    404: {"model": Refusal, "description": "Nothing by that id or name"},
    409: {"model": Refusal, "description": "The change conflicts with what is stored"},
    429: {"model": Refusal, "description": "Too many attempts: wait and try again"},
}


def api_v1_router(tag: str) -> APIRouter:
    """A router under /api/v1 for the operations of one `tag`."""
    return APIRouter(
        prefix="/api/v1", tags=[tag], dependencies=[Depends(check_csrf)], responses=REFUSALS
    )
