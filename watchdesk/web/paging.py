"""Paging for the desk's pages and the JSON API: one Page (watchdesk.paging) read from the query.

Pages count from 1 (`?page=3`); the API takes `limit` and `offset` and answers the list with
`X-Total-Count` and `Link` headers (contract.paging_headers). Both build on the same store call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

from fastapi import Depends, Query, Request, Response

from watchdesk.contract import paging_headers
from watchdesk.paging import PAGE_SIZE, Page, Paged
from watchdesk.web.ids import OFFSET_MAX

T = TypeVar("T")


def desk_page(page: int = Query(1, ge=1, le=100_000)) -> Page:
    return Page.numbered(page, PAGE_SIZE)


DeskPage = Annotated[Page, Depends(desk_page)]


def api_page(default: int, maximum: int) -> Callable[..., Page]:
    """A dependency reading `limit` (default `default`, at most `maximum`) and `offset`."""

    def read(
        limit: int = Query(default, ge=1, le=maximum),
        offset: int = Query(0, ge=0, le=OFFSET_MAX),
    ) -> Page:
        return Page(offset, limit)

    return read


def paged_json(
    request: Request,
    response: Response,
    paged: Paged[T],
    to_json: Callable[[T], dict[str, Any]],
) -> list[dict[str, Any]]:
    """The page's rows as JSON, with the paging headers set on `response`."""
    response.headers.update(
        paging_headers(paged.total, _url(request, paged.next), _url(request, paged.previous))
    )
    return [to_json(item) for item in paged.items]


def _url(request: Request, page: Page | None) -> str | None:
    if page is None:
        return None
    # Legacy page/per_page parameters would contradict offset/limit in the next link.
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in _PAGE_PARAMS]
    query = urlencode([*kept, ("limit", str(page.limit)), ("offset", str(page.offset))])
    return str(request.url.replace(query=query))


_PAGE_PARAMS = frozenset({"limit", "offset", "page", "per_page"})


def queue_page(
    limit: int | None = Query(None, ge=1, le=1000),
    offset: int = Query(0, ge=0, le=OFFSET_MAX),
    page: int | None = Query(None, ge=1, le=OFFSET_MAX, description="Deprecated: use offset."),
    per_page: int | None = Query(None, ge=1, le=1000, description="Deprecated: use limit."),
) -> Page:
    """limit/offset as every list takes them; the queues' first page/per_page still work."""
    if page is not None or (per_page is not None and limit is None):
        return Page.numbered(page or 1, per_page or limit or PAGE_SIZE)
    return Page(offset, limit or PAGE_SIZE)


QueuePage = Annotated[Page, Depends(queue_page)]
