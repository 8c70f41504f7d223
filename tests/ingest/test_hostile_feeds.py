"""Hostile feeds, sitemaps and dates (hypothesis): every input ends in entries or a FeedError
(or None for a date) within a time bound: random and mutated bytes, invalid UTF-8, entity
expansion bombs of any shape, deep nesting, huge attributes and gzip bombs. How many inputs each
property tried is printed in the figures section of the test summary."""

from __future__ import annotations

import gzip
import time
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from figures import record
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from watchdesk.errors import FeedError, InputError
from watchdesk.ingest.feeds import parse_date, parse_feed
from watchdesk.ingest.sitemaps import parse_sitemap

URL = "https://news.example/feed.xml"
SECONDS_PER_INPUT = 2.0
TRIED: Counter[str] = Counter()
RSS = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Desk</title>'
    b"<item><title>Crossings stay shut</title><link>https://news.example/a</link>"
    b"<pubDate>Tue, 03 Mar 2026 09:00:00 +0000</pubDate><description>Said on Monday."
    b"</description></item><item><title>\xd0\x9c\xd0\xbe\xd1\x81\xd1\x82</title>"
    b"<guid>https://news.example/b</guid></item></channel></rss>"
)
ATOM = (
    b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry><title>Ferry</title>'
    b'<link href="/c"/><updated>2026-03-03T09:00:00Z</updated></entry></feed>'
)
HOSTILE = {
    "max_examples": 200,
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow],
    "database": None,
}


def entries_or_feed_error(kind: str, content: bytes) -> None:
    """The property: a list of absolute http(s) entries, or a FeedError naming the feed; fast."""
    TRIED[kind] += 1
    started = time.perf_counter()
    refusal = ""
    try:
        entries = parse_feed(content, URL)
    except FeedError as exc:
        entries, refusal = [], str(exc)
    assert time.perf_counter() - started < SECONDS_PER_INPUT
    assert not refusal or refusal.startswith(URL)
    assert all(entry.url.startswith(("http://", "https://")) for entry in entries)
    assert all(entry.published is None or entry.published.tzinfo for entry in entries)


@st.composite
def mutated(draw: st.DrawFn, seeds: tuple[bytes, ...] = (RSS, ATOM)) -> bytes:
    """A valid feed with bytes flipped, inserted, deleted or duplicated (invalid UTF-8 included)."""
    content = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(content)))
        action = draw(st.sampled_from(("flip", "insert", "delete", "repeat")))
        if action == "flip" and at < len(content):
            content[at] = draw(st.integers(0, 255))
        elif action == "insert":
            content[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif action == "delete":
            del content[at : at + draw(st.integers(1, 32))]
        else:
            piece = content[at : at + draw(st.integers(1, 64))]
            content[at:at] = piece * draw(st.integers(1, 50))
    return bytes(content)


@settings(**HOSTILE)
@given(st.binary(max_size=4096))
def random_bytes(content: bytes) -> None:
    entries_or_feed_error("random bytes", content)


@settings(**HOSTILE)
@given(mutated())
def mutated_feeds(content: bytes) -> None:
    entries_or_feed_error("mutated RSS/Atom", content)


@settings(**{**HOSTILE, "max_examples": 60})
@given(st.integers(2, 12), st.integers(2, 12), st.booleans())
def entity_bombs(width: int, depth: int, parameter: bool) -> None:
    """Billion laughs of any width and depth (up to 12^12 expansions), general or parameter."""
    entities = [b'<!ENTITY e0 "lol">'] + [
        b'<!ENTITY e%d "%s">' % (n, b"&e%d;" % (n - 1) * width) for n in range(1, depth + 1)
    ]
    if parameter:
        entities.append(b'<!ENTITY % p "&e1;"> %p;')
    dtd = b"<!DOCTYPE rss [" + b"".join(entities) + b"]>"
    content = dtd + b"<rss><channel><item><title>&e%d;</title>" % depth
    content += b"<link>https://news.example/a</link></item></channel></rss>"
    entries_or_feed_error("entity expansion bombs", content)
    try:
        entries = parse_feed(content, URL)
    except FeedError:
        return
    assert all(len(entry.title or "") < 1000 for entry in entries)  # never expanded


@settings(**{**HOSTILE, "max_examples": 30})
@given(st.integers(100, 50_000), st.sampled_from((b"div", b"item", b"x:y")))
def deep_nesting(depth: int, tag: bytes) -> None:
    opened, closed = b"<%s>" % tag, b"</%s>" % tag
    content = b"<rss><channel>" + opened * depth + closed * depth + b"</channel></rss>"
    entries_or_feed_error("deeply nested markup", content)


@settings(**{**HOSTILE, "max_examples": 20})
@given(st.integers(1_000, 12_000_000), st.sampled_from((b"href", b"xml:base", b"isPermaLink")))
def huge_attributes(size: int, name: bytes) -> None:
    value = b"h" * size
    content = b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link %s="%s"/>' % (name, value)
    content += b"<title>t</title></entry></feed>"
    entries_or_feed_error("huge attributes", content)


@settings(**{**HOSTILE, "max_examples": 15})
@given(st.integers(2, 64), st.sampled_from((b"\0", b" ", b"<url>")))
def gzip_bombs(megabytes: int, filler: bytes) -> None:
    TRIED["gzip sitemap bombs"] += 1
    bomb = gzip.compress(b"<urlset>" + filler * (megabytes * 1024 * 1024 // len(filler)), 9)
    started = time.perf_counter()
    with pytest.raises(InputError, match="over the limit of 1,000,000 bytes once unzipped"):
        parse_sitemap(bomb, URL, max_bytes=1_000_000)
    assert time.perf_counter() - started < SECONDS_PER_INPUT


@settings(**{**HOSTILE, "max_examples": 400})
@given(st.one_of(st.text(max_size=80), st.binary(max_size=60).map(lambda b: b.decode("latin-1"))))
def any_date_text(text: str) -> None:
    TRIED["date texts"] += 1
    parsed = parse_date(text)
    assert parsed is None or parsed.utcoffset() == timedelta(0)


@settings(**{**HOSTILE, "max_examples": 200})
@given(
    st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2200, 1, 1),
        timezones=st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m))),
    )
)
def written_dates(moment: datetime) -> None:
    TRIED["dates written as RSS and Atom write them"] += 1
    whole = moment.replace(microsecond=0)
    assert parse_date(whole.isoformat()) == whole.astimezone(UTC)
    assert parse_date(format_datetime(whole)) == whole.astimezone(UTC)


def test_random_and_mutated_feeds_give_entries_or_a_feed_error():
    random_bytes()
    mutated_feeds()
    record(
        f"hostile feeds: {TRIED['random bytes']} random byte strings and"
        f" {TRIED['mutated RSS/Atom']} mutated feeds: entries or FeedError, none over"
        f" {SECONDS_PER_INPUT:g} s"
    )


def test_entity_bombs_are_never_expanded():
    entity_bombs()
    record(f"hostile feeds: {TRIED['entity expansion bombs']} billion-laughs shapes, none expanded")


def test_deep_nesting_and_huge_attributes_end_in_a_result_or_an_error():
    deep_nesting()
    huge_attributes()
    record(
        f"hostile feeds: {TRIED['deeply nested markup']} nestings (100 to 50,000 deep),"
        f" {TRIED['huge attributes']} attributes up to 12 MB: entries or FeedError"
    )


def test_gzip_bombs_are_cut_at_the_cap():
    gzip_bombs()
    record(f"hostile sitemaps: {TRIED['gzip sitemap bombs']} gzip bombs (2-64 MB): cut at 1 MB")


def test_dates_are_read_or_none_never_an_exception():
    any_date_text()
    written_dates()
    record(
        f"hostile dates: {TRIED['date texts']} arbitrary texts (None or UTC, never raised),"
        f" {TRIED['dates written as RSS and Atom write them']} written dates read back exactly"
    )
