"""Refuse a request that carries a NUL character in its path, query or body.

No text the desk stores or looks up may hold NUL: PostgreSQL's text types cannot contain it and
raise on it, so a NUL in a search word, a theme name or a week would end in a server error on one
database and pass on the other. Refused here, at the edge, it is one clear 422 on both.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import unquote_to_bytes

from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.requests import Request
from starlette.responses import Response

MESSAGE = "the request holds a NUL character, which no text may contain"


async def refuse_nul(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """The middleware: answer 422 before any route runs when the request carries a NUL."""
    if "\x00" in request.url.path or b"\x00" in unquote_to_bytes(request.url.query):
        return _refusal(request)
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        body = await request.body()  # Starlette hands the route the same body afterwards
        if _body_has_nul(body, request.headers.get("content-type", "")):
            return _refusal(request)
    return await call_next(request)


def _body_has_nul(body: bytes, content_type: str) -> bool:
    """A NUL as the body sends it: raw, escaped in JSON, or percent-encoded in a form."""
    if b"\x00" in body:
        return True
    if "json" in content_type:
        return b"\\u0000" in body
    if "x-www-form-urlencoded" in content_type:
        return b"\x00" in unquote_to_bytes(body)
    return False


def _refusal(request: Request) -> Response:
    if request.url.path.startswith("/api/"):
        problem = {"loc": ["request"], "msg": MESSAGE, "type": "value_error"}
        return JSONResponse({"detail": [problem]}, status_code=422)
    return PlainTextResponse(MESSAGE, status_code=422)
