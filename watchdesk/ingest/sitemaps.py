"""Edge: sitemap bytes (urlset, sitemap index, Google News sitemap, gzipped) → entries and children.

The XML is parsed by `feeds.parse_xml`, with the same defences; a gzipped sitemap is inflated with
a cap on the decoded size, so a small .xml.gz cannot grow into gigabytes.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

from watchdesk.errors import DocumentTooLarge, FeedError
from watchdesk.ingest.feeds import FeedEntry, parse_date, parse_xml

GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class Sitemap:
    """What one sitemap lists: article entries (a urlset) or further sitemaps (an index)."""

    entries: tuple[FeedEntry, ...] = ()
    sitemaps: tuple[str, ...] = ()


def parse_sitemap(content: bytes, url: str, *, max_bytes: int) -> Sitemap:
    """Parse a sitemap or sitemap index; a gzipped one is inflated first, up to `max_bytes`."""
    if content[:2] == GZIP_MAGIC:
        content = _gunzip(content, url, max_bytes)
    root = parse_xml(content, url)
    name = _name(root)
    if name == "sitemapindex":
        locations = (_loc(child) for child in root if _name(child) == "sitemap")
        return Sitemap(sitemaps=tuple(dict.fromkeys(loc for loc in locations if loc)))
    if name != "urlset":
        raise FeedError(url, f"an XML document with root <{name}>, not a sitemap")
    entries: dict[str, FeedEntry] = {}
    for child in root:
        if _name(child) != "url":
            continue
        loc = _loc(child)
        if not loc or loc in entries or not loc.startswith(("http://", "https://")):
            continue
        # Google News sitemaps say when the article was published and what it is called.
        news = _find(child, "news")
        published = _text(news, "publication_date") if news is not None else None
        title = _text(news, "title") if news is not None else None
        entries[loc] = FeedEntry(
            url=loc, title=title, published=parse_date(published or _text(child, "lastmod"))
        )
    return Sitemap(entries=tuple(entries.values()))


def _gunzip(content: bytes, url: str, max_bytes: int) -> bytes:
    inflater = zlib.decompressobj(wbits=31)
    try:
        data = inflater.decompress(content, max_bytes + 1)
    except zlib.error as exc:
        raise FeedError(url, f"bad gzip data: {exc}") from None
    if len(data) > max_bytes:
        raise DocumentTooLarge(url, f"over the limit of {max_bytes:,} bytes once unzipped")
    return data


def _name(element: Any) -> str:
    if not isinstance(element.tag, str):
        return ""
    return str(element.tag).rpartition("}")[2]


def _find(parent: Any, name: str) -> Any:
    for child in parent:
        if _name(child) == name:
            return child
    return None


def _text(parent: Any, name: str) -> str | None:
    child = _find(parent, name)
    if child is None:
        return None
    return "".join(child.itertext()).strip() or None


def _loc(element: Any) -> str | None:
    return _text(element, "loc")
