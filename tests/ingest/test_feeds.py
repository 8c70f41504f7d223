"""Feeds: RSS 2.0, Atom, RDF and JSON Feed → entries; hostile or broken XML → FeedError."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watchdesk.errors import FeedError
from watchdesk.ingest.feeds import FeedEntry, parse_date, parse_feed, sniff_kind

BASE = "https://north.example/feed.xml"
WHEN = datetime(2026, 2, 20, 8, 0, tzinfo=UTC)

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>North</title>
<item><title>Crossings &amp; drills</title><link>/2026/02/crossings</link>
  <pubDate>Fri, 20 Feb 2026 09:00:00 +0100</pubDate>
  <description>&lt;p&gt;Troops &lt;b&gt;stay&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>By guid</title><guid>https://north.example/2026/02/guid</guid></item>
<item><title>Not a link</title><guid isPermaLink="false">tag:north,2026:1</guid></item>
<item><title>Twice</title><link>https://north.example/2026/02/crossings</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://north.example/">
<entry><title type="html">Drills begin</title>
  <link rel="edit" href="https://north.example/edit/1"/>
  <link rel="alternate" href="2026/02/drills"/>
  <published>2026-02-20T08:00:00Z</published><summary>Drills.</summary></entry>
</feed>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://north.example/"><title>North</title></channel>
<item rdf:about="https://north.example/2026/02/rdf"><title>RDF item</title>
  <link>https://north.example/2026/02/rdf</link><dc:date>2026-02-20T08:00:00+00:00</dc:date></item>
</rdf:RDF>"""

JSON_FEED = b"""{"version": "https://jsonfeed.org/version/1.1", "title": "North",
 "items": [{"id": "1", "url": "https://north.example/2026/02/json", "title": "JSON item",
            "date_published": "2026-02-20T10:00:00+02:00", "content_text": "Text."},
           {"id": "2", "content_text": "no url"}, "junk"]}"""


def test_rss_items_become_entries_with_absolute_urls() -> None:
    entries = parse_feed(RSS, BASE)
    assert entries == [
        FeedEntry(
            "https://north.example/2026/02/crossings", "Crossings & drills", WHEN, "Troops stay ."
        ),
        FeedEntry("https://north.example/2026/02/guid", "By guid"),
    ]


def test_atom_uses_the_alternate_link_and_xml_base() -> None:
    assert parse_feed(ATOM, BASE) == [
        FeedEntry("https://north.example/2026/02/drills", "Drills begin", WHEN, "Drills.")
    ]


def test_rdf_items_are_read() -> None:
    assert parse_feed(RDF, BASE) == [
        FeedEntry("https://north.example/2026/02/rdf", "RDF item", WHEN)
    ]


def test_json_feed_items_are_read_and_bad_items_skipped() -> None:
    assert parse_feed(JSON_FEED, BASE) == [
        FeedEntry("https://north.example/2026/02/json", "JSON item", WHEN, "Text.")
    ]


@pytest.mark.parametrize(
    "content",
    [
        b"<rss><channel><item><title>cut off",
        b"",
        b"<html><body>not a feed</body></html>",
        b"\x00\x01\x02",
        b'{"items": 3}',
        b"{broken json",
    ],
)
def test_malformed_feeds_raise_feed_error_naming_the_url(content: bytes) -> None:
    with pytest.raises(FeedError) as caught:
        parse_feed(content, BASE)
    assert str(caught.value).startswith(BASE)


def test_external_entities_are_never_resolved(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        "<rss><channel><item><title>&xxe;</title><link>https://north.example/x</link>"
        "</item></channel></rss>"
    ).encode()
    [entry] = parse_feed(xxe, BASE)
    assert "TOP SECRET" not in (entry.title or "")


def test_entity_expansion_bombs_are_refused() -> None:
    levels = ['<!ENTITY l0 "lollollollollollollollollollol">'] + [
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    ]
    bomb = (
        f"<?xml version='1.0'?><!DOCTYPE r [{''.join(levels)}]>"
        "<rss><channel><item><title>&l9;</title><link>https://north.example/x</link>"
        "</item></channel></rss>"
    ).encode()
    with pytest.raises(FeedError, match=r"amplification|entity"):
        parse_feed(bomb, BASE)


@pytest.mark.parametrize(
    ("media_type", "content", "kind"),
    [
        ("application/rss+xml", RSS, "feed"),
        ("text/xml", ATOM, "feed"),
        ("application/rdf+xml", RDF, "feed"),
        ("application/feed+json", JSON_FEED, "feed"),
        ("application/xml", b'<?xml version="1.0"?><urlset xmlns="x"/>', "sitemap"),
        ("application/xml", b"<sitemapindex/>", "sitemap"),
        ("application/gzip", b"\x1f\x8b\x08\x00", "sitemap"),
        ("text/html", b"<!DOCTYPE html><html><body>x</body></html>", "page"),
        ("application/json", b'{"a": 1}', "page"),
    ],
)
def test_sniff_kind_tells_feeds_sitemaps_and_pages_apart(media_type, content, kind) -> None:
    assert sniff_kind(media_type, content) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fri, 20 Feb 2026 09:00:00 +0100", WHEN),
        ("Fri, 20 Feb 2026 08:00:00 GMT", WHEN),
        ("2026-02-20T08:00:00Z", WHEN),
        ("2026-02-20T10:00:00+02:00", WHEN),
        ("2026-02-20", datetime(2026, 2, 20, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
    ],
)
def test_feed_dates_are_read_as_aware_utc(text: str, expected: datetime | None) -> None:
    assert parse_date(text) == expected
