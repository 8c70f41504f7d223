"""Sitemaps: urlsets, indexes, Google News sitemaps and gzipped sitemaps."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

from watchdesk.errors import DocumentTooLarge, FeedError
from watchdesk.ingest.feeds import FeedEntry
from watchdesk.ingest.sitemaps import Sitemap, parse_sitemap

URL = "https://north.example/sitemap.xml"
NEWS = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://north.example/2026/02/crossings</loc>
    <news:news><news:publication><news:name>North</news:name><news:language>en</news:language>
      </news:publication>
      <news:publication_date>2026-02-20T09:00:00+01:00</news:publication_date>
      <news:title>Crossings to reopen</news:title></news:news></url>
  <url><loc>https://north.example/about</loc><lastmod>2026-01-05</lastmod></url>
  <url><loc>https://north.example/about</loc></url>
  <url><loc>javascript:alert(1)</loc></url>
</urlset>"""
INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://north.example/news.xml</loc></sitemap>
  <sitemap><loc>https://north.example/2026.xml.gz</loc><lastmod>2026-02-20</lastmod></sitemap>
</sitemapindex>"""
EXPECTED = Sitemap(
    entries=(
        FeedEntry(
            "https://north.example/2026/02/crossings",
            "Crossings to reopen",
            datetime(2026, 2, 20, 8, 0, tzinfo=UTC),
        ),
        FeedEntry("https://north.example/about", None, datetime(2026, 1, 5, tzinfo=UTC)),
    )
)


def test_a_news_sitemap_gives_titles_and_publication_dates() -> None:
    assert parse_sitemap(NEWS, URL, max_bytes=100_000) == EXPECTED


def test_a_gzipped_sitemap_is_inflated() -> None:
    assert parse_sitemap(gzip.compress(NEWS), URL, max_bytes=100_000) == EXPECTED


def test_a_sitemap_index_lists_its_sitemaps() -> None:
    assert parse_sitemap(INDEX, URL, max_bytes=100_000) == Sitemap(
        sitemaps=("https://north.example/news.xml", "https://north.example/2026.xml.gz")
    )


def test_a_gzip_bomb_sitemap_is_cut_at_the_cap() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * 20_000_000 + b"</urlset>", 9)
    with pytest.raises(DocumentTooLarge, match="once unzipped"):
        parse_sitemap(bomb, URL, max_bytes=1_000_000)


@pytest.mark.parametrize(
    "content",
    [b"<urlset><url><loc>x</loc>", b"<rss/>", b"\x1f\x8bnot gzip at all", b""],
)
def test_broken_sitemaps_raise_feed_error(content: bytes) -> None:
    with pytest.raises(FeedError):
        parse_sitemap(content, URL, max_bytes=100_000)
