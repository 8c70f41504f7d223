"""Polling sources against a real local server: new articles stored once, failures recorded on
their source, a killed run resumed with nothing lost or doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from local_server import LocalServer, Reply, serve
from typer.testing import CliRunner

from watchdesk.cli import app
from watchdesk.errors import StoreError
from watchdesk.ingest.fetch import Fetcher, FetchOptions
from watchdesk.ingest.netguard import parse_networks
from watchdesk.nlp.parse import Parser
from watchdesk.store import Store, open_store
from watchdesk.watch import add_source, fetch_due, parse_every, stop_on_signals, watch

# Sources added during a test are due at once: NOW must lie after every add, however long the
# suite has run before this module's tests (it is computed at collection time).
NOW = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=6)
LATER = NOW + timedelta(hours=1)


def article(n: int, extra: str = "") -> bytes:
    return (
        f"<html><head><title>Report {n}</title></head><body><article><h1>Report {n}</h1>"
        f"<p>Defence Minister Ilse Brandvik said on Monday that border crossing {n} would reopen"
        f" next week after the drills end. {extra}</p><p>Officials in Norvaland confirmed that"
        f" about {n * 100} soldiers had left the area by Friday, according to the ministry.</p>"
        "</article></body></html>"
    ).encode()


def rss(server: LocalServer, numbers: range) -> bytes:
    items = "".join(
        f"<item><title>Report {n}</title><link>{server.url(f'/a/{n}')}</link>"
        "<pubDate>Fri, 20 Feb 2026 08:00:00 GMT</pubDate></item>"
        for n in numbers
    )
    return f"<rss version='2.0'><channel><title>N</title>{items}</channel></rss>".encode()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve() as running:
        yield running


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    options = FetchOptions(
        timeout_s=1.0,
        delay_s=0.0,
        retries=1,
        backoff_s=0.01,
        allow_networks=parse_networks(["127.0.0.0/8"]),
    )
    with Fetcher(options) as opened:
        yield opened


def serve_feed(server: LocalServer, numbers: range, etag: str = '"f1"') -> None:
    server.routes["/feed.xml"] = Reply(
        rss(server, numbers), content_type="application/rss+xml", etag=etag
    )
    for n in numbers:
        server.routes[f"/a/{n}"] = Reply(article(n), etag=f'"a{n}"')


def page_hits(server: LocalServer) -> list[str]:
    return [path for path in server.paths() if path.startswith("/a/")]


def test_a_feed_source_is_detected_and_its_articles_stored_once(
    server, fetcher, store: Store, parser: Parser
) -> None:
    serve_feed(server, range(1, 4))
    source = add_source(store, fetcher, server.url("/feed.xml"), every_s=900)
    assert (source.name, source.kind, source.every_s) == ("127.0.0.1", "feed", 900)

    report = fetch_due(store, fetcher, parser, NOW)
    assert (report.sources, report.entries_new, report.stored, report.errors) == (1, 3, 3, [])
    assert store.counts()["documents"] == 3
    assert store.counts()["articles"] == 3

    # Not due yet: nothing happens. Due again: the feed answers 304 and nothing is fetched.
    assert fetch_due(store, fetcher, parser, NOW + timedelta(minutes=5)).sources == 0
    hits = len(server.hits)
    again = fetch_due(store, fetcher, parser, LATER)
    assert (again.sources, again.entries_new, again.stored) == (1, 0, 0)
    assert server.paths()[hits:] == ["/feed.xml"]
    [watched] = store.watched_sources()
    assert (watched.last_status, watched.last_error, watched.error_count) == (
        "not_modified",
        None,
        0,
    )
    assert watched.next_due_at == LATER + timedelta(seconds=900)
    assert store.counts()["documents"] == 3


def test_a_changed_feed_brings_only_its_new_entries(
    server, fetcher, store: Store, parser: Parser
) -> None:
    serve_feed(server, range(1, 3))
    add_source(store, fetcher, server.url("/feed.xml"), every_s=60)
    fetch_due(store, fetcher, parser, NOW)
    serve_feed(server, range(1, 4), etag='"f2"')
    hits = len(server.hits)
    report = fetch_due(store, fetcher, parser, LATER)
    assert (report.entries_new, report.stored) == (1, 1)
    assert page_hits(server)[len([p for p in server.paths()[:hits] if p.startswith("/a/")]) :] == [
        "/a/3"
    ]


def test_a_changed_page_keeps_both_versions_and_an_unchanged_one_adds_nothing(
    server, fetcher, store: Store, parser: Parser
) -> None:
    server.routes["/page"] = Reply(article(1))
    add_source(store, fetcher, server.url("/page"), every_s=60, name="page")
    fetch_due(store, fetcher, parser, NOW)
    fetch_due(store, fetcher, parser, NOW + timedelta(minutes=1))  # same bytes: nothing new
    assert store.counts()["documents"] == 1
    server.routes["/page"] = Reply(article(1, extra="Update: the crossing stays shut."))
    report = fetch_due(store, fetcher, parser, NOW + timedelta(minutes=2))
    assert report.stored == 1
    assert store.counts()["documents"] == 2


def test_a_run_killed_midway_resumes_with_nothing_lost_or_doubled(
    server, fetcher, store: Store, parser: Parser, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_feed(server, range(1, 6))
    source = add_source(store, fetcher, server.url("/feed.xml"), every_s=60)
    real_fetch = fetcher.fetch
    calls = {"articles": 0}

    def dying_fetch(url: str, **kwargs: Any):
        if "/a/" in url:
            calls["articles"] += 1
            if calls["articles"] == 3:
                raise KeyboardInterrupt  # the process is killed while fetching the third
        return real_fetch(url, **kwargs)

    monkeypatch.setattr(fetcher, "fetch", dying_fetch)
    with pytest.raises(KeyboardInterrupt):
        fetch_due(store, fetcher, parser, NOW)
    assert store.counts()["documents"] == 2
    assert store.entry_count(source.id, "stored") == 2

    monkeypatch.setattr(fetcher, "fetch", real_fetch)
    report = fetch_due(store, fetcher, parser, NOW)  # still due: the killed pass recorded nothing
    assert (report.entries_new, report.stored) == (3, 3)
    assert store.counts()["documents"] == 5
    assert store.counts()["articles"] == 5
    assert store.entry_count(source.id, "stored") == 5
    assert sorted(page_hits(server)) == [f"/a/{n}" for n in range(1, 6)]  # each fetched once


def test_a_stop_request_finishes_the_item_in_hand_and_leaves_the_rest_due(
    server, fetcher, store: Store, parser: Parser
) -> None:
    serve_feed(server, range(1, 5))
    source = add_source(store, fetcher, server.url("/feed.xml"), every_s=3600)
    report = fetch_due(store, fetcher, parser, NOW, stop=lambda: len(page_hits(server)) >= 2)
    assert report.stopped
    assert store.entry_count(source.id, "stored") == 2
    [watched] = store.watched_sources()
    assert watched.next_due_at == NOW  # due again at once, validators not kept
    assert watched.etag is None
    fetch_due(store, fetcher, parser, NOW)
    assert store.entry_count(source.id, "stored") == 4


def test_source_failures_are_recorded_with_their_reason_and_the_pass_goes_on(
    server, fetcher, store: Store, parser: Parser
) -> None:
    server.routes["/down.xml"] = Reply(b"down", status=503)
    server.routes["/bad.xml"] = Reply(b"<rss><channel><item>", content_type="application/rss+xml")
    serve_feed(server, range(1, 2))
    for name, path in (("down", "/down.xml"), ("bad", "/bad.xml"), ("good", "/feed.xml")):
        store.add_watched_source(name, server.url(path), kind="feed", every_s=600)
    report = fetch_due(store, fetcher, parser, NOW)
    assert (report.sources, report.failed_sources, report.stored) == (3, 2, 1)
    by_name = {s.name: s for s in store.watched_sources()}
    assert by_name["down"].last_status == "error"
    assert "HTTP 503 after 2 attempts" in (by_name["down"].last_error or "")
    assert "malformed XML" in (by_name["bad"].last_error or "")
    assert by_name["bad"].error_count == 1
    assert by_name["bad"].next_due_at == NOW + timedelta(seconds=1200)  # backs off
    assert by_name["good"].last_status == "ok"
    assert server.paths().count("/down.xml") == 2


def test_an_entry_redirecting_to_a_private_address_is_refused_and_recorded(
    server, fetcher, store: Store, parser: Parser
) -> None:
    serve_feed(server, range(1, 3))
    server.routes["/a/2"] = Reply(status=302, headers={"Location": "http://169.254.169.254/"})
    source = add_source(store, fetcher, server.url("/feed.xml"), every_s=60)
    report = fetch_due(store, fetcher, parser, NOW)
    assert report.stored == 1
    [watched] = store.watched_sources()
    assert "the cloud metadata address" in (watched.last_error or "")
    assert store.entry_count(source.id, "failed") == 1


def test_a_news_sitemap_source_is_read(server, fetcher, store: Store, parser: Parser) -> None:
    urls = "".join(
        f"<url><loc>{server.url(f'/a/{n}')}</loc><news:news><news:publication_date>"
        f"2026-02-20</news:publication_date><news:title>Report {n}</news:title></news:news></url>"
        for n in (1, 2)
    )
    server.routes["/sitemap.xml"] = Reply(
        (
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>'
        ).encode(),
        content_type="application/xml",
    )
    for n in (1, 2):
        server.routes[f"/a/{n}"] = Reply(article(n))
    source = add_source(store, fetcher, server.url("/sitemap.xml"), every_s=60)
    assert source.kind == "sitemap"
    assert fetch_due(store, fetcher, parser, NOW).stored == 2


def test_sources_can_be_paused_resumed_and_removed(server, fetcher, store: Store) -> None:
    serve_feed(server, range(1, 2))
    add_source(store, fetcher, server.url("/feed.xml"), every_s=60, name="north")
    with pytest.raises(StoreError, match="exists already"):
        store.add_watched_source("north", "http://127.0.0.1/x", kind="page", every_s=60)
    assert store.pause_source("north")
    assert store.due_sources(LATER) == []
    assert store.pause_source("north", paused=False)
    assert [s.name for s in store.due_sources(datetime.now(UTC) + timedelta(seconds=1))] == [
        "north"
    ]
    assert store.remove_source("north")
    assert not store.remove_source("north")
    assert store.watched_sources() == []


def test_watch_loops_until_stopped(server, fetcher, store: Store, parser: Parser) -> None:
    serve_feed(server, range(1, 2))
    add_source(store, fetcher, server.url("/feed.xml"), every_s=60)
    stop = threading.Event()
    passes = []

    def on_pass(report) -> None:
        passes.append(report)
        stop.set()

    watch(store, fetcher, parser, stop=stop, poll_s=0.05, on_pass=on_pass)
    assert len(passes) == 1
    assert passes[0].stored == 1


def test_sigterm_sets_the_stop_event() -> None:
    with stop_on_signals() as stop:
        os.kill(os.getpid(), signal.SIGTERM)
        assert stop.wait(1.0)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("15m", 900), ("2h", 7200), ("1d", 86400), ("90s", 90), ("30", 1800), ("0.5h", 1800)],
)
def test_parse_every_reads_intervals(text: str, seconds: int) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "-5m", "0s", "15x"])
def test_parse_every_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError, match=r"interval|shorter"):
        parse_every(text)


def test_cli_source_add_list_pause_and_remove(server, tmp_path, monkeypatch) -> None:
    serve_feed(server, range(1, 2))
    monkeypatch.setenv("WATCHDESK_ALLOW_NETWORKS", '["127.0.0.0/8"]')
    monkeypatch.setenv("WATCHDESK_FETCH_DELAY_S", "0")
    db = f"sqlite:///{tmp_path / 'w.db'}"
    runner = CliRunner()
    added = runner.invoke(app, ["source", "add", server.url("/feed.xml"), "--name", "north",
                                "--every", "15m", "--lang", "en", "--db", db])  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "watching north: feed" in added.output
    listed = runner.invoke(app, ["source", "list", "--json", "--db", db])
    assert '"name": "north"' in listed.output
    assert '"every_s": 900' in listed.output
    assert runner.invoke(app, ["source", "pause", "north", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["source", "remove", "north", "--db", db]).exit_code == 0
    missing = runner.invoke(app, ["source", "remove", "north", "--db", db])
    assert missing.exit_code == 1


def test_cli_source_add_refuses_loopback_unless_allowed(server, tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("WATCHDESK_ALLOW_NETWORKS", raising=False)
    db = f"sqlite:///{tmp_path / 'w.db'}"
    result = CliRunner().invoke(app, ["source", "add", server.url("/feed.xml"), "--db", db])
    assert result.exit_code == 1
    assert "a loopback address" in result.output
    assert server.hits == []


def test_a_fetch_process_killed_with_sigkill_resumes_with_nothing_lost_or_doubled(
    server, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real thing: `watchdesk fetch` in its own process, killed -9 while a page hangs."""
    serve_feed(server, range(1, 7))
    release = threading.Event()

    def hanging(handler: Any) -> None:
        release.wait(30)  # until the test has killed the fetching process
        handler.reply(Reply(article(4)))

    server.routes["/a/4"] = hanging
    db = f"sqlite:///{tmp_path / 'killed.db'}"
    for name, value in {
        "WATCHDESK_DB": db,
        "WATCHDESK_ALLOW_NETWORKS": '["127.0.0.0/8"]',
        "WATCHDESK_FETCH_DELAY_S": "0",
    }.items():
        monkeypatch.setenv(name, value)
    runner = CliRunner()
    assert (
        runner.invoke(app, ["source", "add", server.url("/feed.xml"), "--name", "wire"]).exit_code
        == 0
    )

    fetching = subprocess.Popen(
        [sys.executable, "-m", "watchdesk", "fetch"],
        env=os.environ.copy(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120  # the process loads its language models first
        while "/a/4" not in page_hits(server):
            assert fetching.poll() is None, "fetch ended before reaching the hanging page"
            assert time.monotonic() < deadline, "fetch never reached the hanging page"
            time.sleep(0.1)
        fetching.send_signal(signal.SIGKILL)
    finally:
        fetching.wait(timeout=30)
        release.set()
    server.routes["/a/4"] = Reply(article(4))

    killed = open_store(db)
    assert killed.counts()["documents"] == 3  # pages 1–3 were stored before the kill
    assert killed.counts()["articles"] == 3
    killed.close()

    result = runner.invoke(app, ["fetch", "--json"])

    assert result.exit_code == 0, result.output
    resumed = open_store(db)
    assert resumed.counts()["documents"] == 6
    assert resumed.counts()["articles"] == 6
    resumed.close()
    hits = page_hits(server)
    assert sorted(set(hits)) == [f"/a/{n}" for n in range(1, 7)]
    assert [hits.count(f"/a/{n}") for n in (1, 2, 3, 5, 6)] == [1, 1, 1, 1, 1]  # none re-fetched


def test_a_store_failure_is_no_fault_of_the_source_which_stays_due(
    server, fetcher, tmp_path, parser: Parser
) -> None:
    """The database refusing a write ends the pass with a store error; the source gets no error
    count and no backoff, and the next pass stores what this one could not, once."""
    store = open_store(f"sqlite:///{tmp_path / 'desk.db'}")
    serve_feed(server, range(1, 3))
    source = add_source(store, fetcher, server.url("/feed.xml"), every_s=60)
    with store.engine.begin() as conn:  # a real refusal, by the database itself
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON entries"
            " BEGIN SELECT RAISE(ABORT, 'the disk says no'); END"
        )

    failed = fetch_due(store, fetcher, parser, NOW)
    assert failed.store_error is not None
    assert "the disk says no" in failed.store_error
    assert (failed.failed_sources, failed.errors) == (0, [])
    [watched] = store.watched_sources()
    assert (watched.error_count, watched.last_error) == (0, None)
    assert [due.id for due in store.due_sources(NOW)] == [source.id]

    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER refuse")
    again = fetch_due(store, fetcher, parser, NOW)
    assert (again.store_error, again.sources, again.errors) == (None, 1, [])
    counts = store.counts()
    assert counts["documents"] == counts["articles"] == 2
    assert store.entry_count(source.id, "stored") == 2
    store.close()
