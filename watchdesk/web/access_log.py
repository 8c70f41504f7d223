"""The access log: one line per request on the `watchdesk.access` logger.

A line says who asked (the client address), what (method, path and query), the answer (status)
and how long it took. It never holds a cookie, a header or a form body, and a query field whose
name says it holds a secret (password, token, key) is written without its value.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qsl, urlencode

from starlette.requests import Request
from starlette.responses import Response

logger = logging.getLogger("watchdesk.access")
SECRET_WORDS = ("password", "token", "secret", "key", "session", "csrf")


def enable() -> None:
    """Write the access log to stderr (`watchdesk serve` does; tests and imports stay quiet)."""
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def access_line(request: Request, status: int, seconds: float) -> str:
    """`127.0.0.1 "GET /conflicts?status=open" 200 12ms` for one request."""
    fields = [
        (name, "***" if any(w in name.lower() for w in SECRET_WORDS) else value)
        for name, value in parse_qsl(request.url.query, keep_blank_values=True)
    ]
    query = urlencode(fields, safe="*")
    target = request.url.path + (f"?{query}" if query else "")
    client = request.client.host if request.client else "-"
    return f'{client} "{request.method} {target}" {status} {seconds * 1000:.0f}ms'


async def log_requests(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Middleware: answer the request, then log its line."""
    started = time.perf_counter()
    response = await call_next(request)
    if logger.isEnabledFor(logging.INFO):
        logger.info(access_line(request, response.status_code, time.perf_counter() - started))
    return response
