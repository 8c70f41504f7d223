"""Edge: feed bytes (RSS 2.0, Atom, RSS 1.0/RDF, JSON Feed) → FeedEntry list, or a FeedError.

XML from the network is hostile: the parser here never resolves entities (no XXE, no billion
laughs), never reaches the network for a DTD and refuses huge trees. A malformed feed is an error on
its source, never a crash of the run.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

from lxml import etree

from watchdesk.errors import FeedError

SourceKind = Literal["feed", "sitemap", "page"]
SUMMARY_CHARS = 500  # summaries are hints for the operator, not article text
_TAGS = re.compile(r"<[^>]{0,2000}>")
_FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
_SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item a feed or sitemap lists: the article's URL and what the listing says of it."""

    url: str
    title: str | None = None
    published: datetime | None = None
    summary: str | None = None


def parse_feed(content: bytes, url: str) -> list[FeedEntry]:
    """Return the feed's entries in feed order, each URL absolute; duplicates are dropped."""
    if _looks_like_json(content):
        return _json_feed(content, url)
    root = parse_xml(content, url)
    name = etree.QName(root).localname
    if name == "rss":
        entries = [_rss_item(item, url) for item in _children(root, "channel", "item")]
    elif name == "RDF":
        entries = [_rss_item(item, url) for item in _children(root, "item")]
    elif name == "feed":
        entries = [_atom_entry(entry, url) for entry in _children(root, "entry")]
    else:
        raise FeedError(url, f"an XML document with root <{name}>, not RSS, Atom or RDF")
    return _unique(entries)


def parse_xml(content: bytes, url: str) -> Any:
    """Parse untrusted XML safely; a FeedError names what is wrong with it."""
    parser = etree.XMLParser(
        resolve_entities=False,  # XXE and entity expansion bombs
        no_network=True,
        load_dtd=False,
        huge_tree=False,  # libxml2's own limits on depth and text size stay on
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(url, f"malformed XML: {exc.msg or exc}") from None
    if root is None:
        raise FeedError(url, "empty document")
    return root


def sniff_kind(media_type: str, content: bytes) -> SourceKind:
    """Tell a feed from a sitemap from a page by what the server sent."""
    head = content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if content[:2] == b"\x1f\x8b":
        return "sitemap"  # gzipped sitemaps are served as application/gzip or octet-stream
    if _looks_like_json(content) and (media_type == "application/feed+json" or b"jsonfeed" in head):
        return "feed"
    if not head.startswith(b"<"):
        return "page"
    match = re.search(rb"<(?!\?|!)(?:[\w.-]+:)?([\w.-]+)", head)
    root = match.group(1).decode("ascii", "replace") if match else ""
    if root in _FEED_ROOTS:
        return "feed"
    if root in _SITEMAP_ROOTS:
        return "sitemap"
    return "page"


def parse_date(value: str | None) -> datetime | None:
    """Read an RFC 822 (RSS) or ISO 8601 (Atom, JSON Feed, sitemaps) date; None if unreadable."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    # A date without a zone is taken as UTC: guessing the publisher's zone would be no better.
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


# -- formats --------------------------------------------------------------------------------------


def _rss_item(item: Any, base: str) -> FeedEntry | None:
    link = _text(item, "link")
    if not link:
        # RSS 2.0: a guid is the item's address unless it says isPermaLink="false".
        guid = _child(item, "guid")
        if guid is not None and guid.get("isPermaLink", "true").lower() != "false":
            link = (guid.text or "").strip()
    if not link:
        link = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    published = _text(item, "pubDate") or _text(item, "date") or _text(item, "published")
    return _entry(base, link, _text(item, "title"), published, _text(item, "description"))


def _atom_entry(entry: Any, base: str) -> FeedEntry | None:
    link = None
    for candidate in entry:
        if _name(candidate) == "link" and candidate.get("rel", "alternate") == "alternate":
            link = candidate.get("href")
            break
    base = entry.base or base  # xml:base, where a feed sets one
    published = _text(entry, "published") or _text(entry, "updated")
    summary = _text(entry, "summary") or _text(entry, "content")
    return _entry(base, link, _text(entry, "title"), published, summary)


def _json_feed(content: bytes, url: str) -> list[FeedEntry]:
    try:
        feed = json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeedError(url, f"invalid JSON: {exc}") from None
    if not isinstance(feed, dict) or not isinstance(feed.get("items"), list):
        raise FeedError(url, "JSON without an 'items' list, not a JSON Feed")
    entries = []
    for item in feed["items"]:
        if not isinstance(item, dict):
            continue
        link = _json_str(item, "url") or _json_str(item, "external_url")
        published = _json_str(item, "date_published") or _json_str(item, "date_modified")
        summary = _json_str(item, "summary") or _json_str(item, "content_text")
        entries.append(_entry(url, link, _json_str(item, "title"), published, summary))
    return _unique(entries)


# -- helpers --------------------------------------------------------------------------------------


def _entry(
    base: str, link: str | None, title: str | None, published: str | None, summary: str | None
) -> FeedEntry | None:
    if not link or not link.strip():
        return None
    absolute = urljoin(base, link.strip())
    if urlsplit(absolute).scheme not in ("http", "https"):
        return None  # mailto:, javascript: and friends are not articles
    plain = _clean(_TAGS.sub(" ", summary)) if summary else None
    return FeedEntry(
        url=absolute,
        title=_clean(title),
        published=parse_date(published),
        summary=plain[:SUMMARY_CHARS] if plain else None,
    )


def _unique(entries: list[FeedEntry | None]) -> list[FeedEntry]:
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry is not None and entry.url not in seen:
            seen.add(entry.url)
            kept.append(entry)
    return kept


def _name(element: Any) -> str:
    # Comments and processing instructions are removed by the parser; entities remain as nodes.
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _child(parent: Any, name: str) -> Any:
    for child in parent:
        if _name(child) == name:
            return child
    return None


def _children(parent: Any, *path: str) -> list[Any]:
    """Elements at `path` below `parent`, matched by local name whatever their namespace."""
    level = [parent]
    for name in path:
        level = [child for node in level for child in node if _name(child) == name]
    return level


def _text(parent: Any, name: str) -> str | None:
    child = _child(parent, name)
    if child is None:
        return None
    return "".join(child.itertext()).strip() or None


def _clean(text: str | None) -> str | None:
    return (" ".join(text.split()) or None) if text else None


def _json_str(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    return value if isinstance(value, str) else None


def _looks_like_json(content: bytes) -> bool:
    return content[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")
