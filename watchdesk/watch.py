"""The polling loop: due sources → feed, sitemap or page fetches → `pipeline.ingest`, each outcome
recorded on its source.

Resuming is built into the order of writes. An article's raw document is stored (and processed)
before its feed entry is marked as seen, and a source's validators and next due time are written
only when its pass finished. A run killed at any point therefore fetches, on its next run, exactly
the entries it had not stored; an entry it had stored is either skipped or, if the kill fell
between the two writes, fetched again and found unchanged (documents are keyed by URL and bytes).
"""

from __future__ import annotations

import logging
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import FrameType
from urllib.parse import urlsplit

from watchdesk.errors import InputError, WatchdeskError
from watchdesk.ingest.feeds import FeedEntry, SourceKind, parse_feed, sniff_kind
from watchdesk.ingest.fetch import Fetcher, FetchOptions, FetchResult, page_document
from watchdesk.ingest.netguard import check_url, parse_networks
from watchdesk.ingest.sitemaps import parse_sitemap
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import Processor, ingest
from watchdesk.settings import Settings
from watchdesk.store import Store
from watchdesk.store.sources import FetchRecord, WatchedSource
from watchdesk.store.store import STORE_FAILURES

MAX_ENTRY_ATTEMPTS = 3  # an article that fails this often is given up, so a dead link costs little
MAX_ENTRIES_PER_PASS = 100  # a 50,000-URL sitemap is worked through over several passes
MAX_CHILD_SITEMAPS = 20  # of a sitemap index, read per pass
MAX_BACKOFF = 8  # a failing source is polled at most this many times less often
STORE_RETRY_S = 5.0  # a pass the store failed is tried again this soon, sources not blamed
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT_S = {"": 60, "s": 1, "m": 60, "h": 3600, "d": 86400}  # a bare number means minutes

log = logging.getLogger(__name__)
Stop = Callable[[], bool]


def parse_every(text: str) -> int:
    """Read a polling interval ("15m", "2h", "1d", "90s"; a bare number is minutes) as seconds."""
    match = _EVERY.match(text)
    if not match:
        raise ValueError(f"{text!r} is not an interval such as 15m, 2h or 1d")
    seconds = int(float(match.group(1)) * _UNIT_S[match.group(2).lower()])
    if seconds < 1:
        raise ValueError(f"{text!r} is shorter than a second")
    return seconds


def fetch_options(settings: Settings) -> FetchOptions:
    """The fetcher's behaviour, from the operator's settings."""
    return FetchOptions(
        timeout_s=settings.fetch_timeout_s,
        max_bytes=settings.fetch_max_bytes,
        max_redirects=settings.fetch_max_redirects,
        delay_s=settings.fetch_delay_s,
        user_agent=settings.user_agent,
        allow_networks=parse_networks(settings.allow_networks),
        retries=settings.fetch_retries,
        backoff_s=settings.fetch_backoff_s,
    )


def add_source(
    store: Store,
    fetcher: Fetcher,
    url: str,
    *,
    every_s: int,
    name: str | None = None,
    language: str | None = None,
    kind: SourceKind | None = None,
) -> WatchedSource:
    """Start watching `url`; its kind (feed, sitemap, page) is found by fetching it once."""
    check_url(url)
    if kind is None:
        result = fetcher.fetch(url)
        kind = sniff_kind(result.media_type, result.content)
    return store.add_watched_source(
        name or _free_name(store, url), url, kind=kind, every_s=every_s, language=language
    )


@dataclass
class FetchReport:
    """What one pass did, over all due sources; `errors` has one line per failure."""

    sources: int = 0
    entries_new: int = 0
    stored: int = 0
    unchanged: int = 0
    failed_sources: int = 0
    errors: list[str] = field(default_factory=list)
    stopped: bool = False
    store_error: str | None = None  # the database failed: the pass ended, its source stays due


def fetch_due(
    store: Store,
    fetcher: Fetcher,
    parser: Parser | Processor,
    now: datetime | None = None,
    *,
    stop: Stop | None = None,
) -> FetchReport:
    """Fetch every source due at `now` once; a failing source is recorded and the pass goes on."""
    now = now or datetime.now(UTC)
    stop = stop or (lambda: False)
    report = FetchReport()
    try:
        for source in store.due_sources(now):
            if stop():
                report.stopped = True
                break
            report.sources += 1
            fetch_source(store, fetcher, parser, source, now=now, stop=stop, report=report)
    except STORE_FAILURES as exc:
        # Not the source's failure: no backoff and no error count on it. Its fetch is not
        # recorded, so it stays due and the next pass takes it up where this one stopped.
        log.warning("the store failed: %s", exc)
        report.store_error = f"store: {exc}"
    report.stopped = report.stopped or stop()
    return report


def fetch_source(
    store: Store,
    fetcher: Fetcher,
    parser: Parser | Processor,
    source: WatchedSource,
    *,
    now: datetime,
    stop: Stop,
    report: FetchReport,
) -> None:
    """Fetch one source and the new articles it lists, then record the outcome on it."""
    started = datetime.now(UTC)
    run = _SourceRun(store, fetcher, parser, source, stop, report)
    try:
        result = fetcher.fetch(source.url, etag=source.etag, last_modified=source.last_modified)
        if not result.not_modified:
            run.handle(result)
    except STORE_FAILURES:
        raise
    except WatchdeskError as exc:
        run.error = str(exc)
    except Exception as exc:
        # A bug on one odd source must not stop the others; the traceback goes to the log.
        log.exception("fetching %s failed", source.url)
        run.error = f"{source.url}: {type(exc).__name__}: {exc}"
    finished = datetime.now(UTC)
    status = "error" if run.error else ("not_modified" if run.not_modified else "ok")
    if run.error:
        report.failed_sources += 1
        report.errors.append(f"{source.name}: {run.error}")
        backoff = min(2 ** (source.failures + 1), MAX_BACKOFF)
        next_due = now + timedelta(seconds=source.every_s * backoff)
    else:
        next_due = now + timedelta(seconds=source.every_s)
    # Validators are kept only when every listed entry was dealt with, so a feed that answers 304
    # next time cannot hide an entry this pass left for later.
    complete = run.complete and not run.error
    store.record_fetch(
        source.id,
        FetchRecord(
            started_at=started,
            finished_at=finished,
            status=status,
            entries_new=run.entries_new,
            documents_stored=run.stored,
            error=run.error or run.entry_errors_summary(),
            etag=run.etag if complete else None,
            last_modified=run.last_modified if complete else None,
            next_due_at=now if run.stopped else next_due,
        ),
    )


class _SourceRun:
    """The state of one source's fetch: what it found, stored and failed."""

    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        parser: Parser | Processor,
        source: WatchedSource,
        stop: Stop,
        report: FetchReport,
    ) -> None:
        self.store, self.fetcher, self.parser = store, fetcher, parser
        self.source, self.stop, self.report = source, stop, report
        self.error: str | None = None
        self.entry_errors: list[str] = []
        self.entries_new = 0
        self.stored = 0
        self.not_modified = True
        self.complete = True
        self.stopped = False
        self.etag: str | None = None
        self.last_modified: str | None = None

    def handle(self, result: FetchResult) -> None:
        self.not_modified = False
        self.etag, self.last_modified = result.etag, result.last_modified
        if self.source.kind == "page":
            self.store_page(result, FeedEntry(self.source.url))
            return
        entries = self.list_entries(result)
        settled = self.store.settled_entries(
            self.source.id, (e.url for e in entries), attempts=MAX_ENTRY_ATTEMPTS
        )
        pending = [entry for entry in entries if entry.url not in settled]
        if len(pending) > MAX_ENTRIES_PER_PASS:
            pending, self.complete = pending[:MAX_ENTRIES_PER_PASS], False
        self.entries_new = len(pending)
        self.report.entries_new += len(pending)
        for entry in pending:
            if self.stop():  # finish the item in hand, then leave the rest for the next run
                self.complete, self.stopped = False, True
                return
            self.fetch_entry(entry)

    def list_entries(self, result: FetchResult) -> list[FeedEntry]:
        if self.source.kind == "feed":
            return parse_feed(result.content, result.final_url)
        max_bytes = self.fetcher.options.max_bytes
        sitemap = parse_sitemap(result.content, result.final_url, max_bytes=max_bytes)
        entries = list(sitemap.entries)
        for child in sitemap.sitemaps[:MAX_CHILD_SITEMAPS]:
            try:
                answer = self.fetcher.fetch(child)
                entries.extend(parse_sitemap(answer.content, child, max_bytes=max_bytes).entries)
            except InputError as exc:
                self.entry_errors.append(str(exc))
        return entries

    def fetch_entry(self, entry: FeedEntry) -> None:
        etag, last_modified = self.store.url_validators(entry.url)
        try:
            result = self.fetcher.fetch(entry.url, etag=etag, last_modified=last_modified)
        except InputError as exc:
            self.fail_entry(entry, str(exc))
            return
        if result.not_modified:  # stored by an earlier run, whose mark the kill prevented
            self.store.mark_entry(
                self.source.id, entry.url, title=entry.title, published=entry.published
            )
            return
        self.store_page(result, entry)

    def store_page(self, result: FetchResult, entry: FeedEntry) -> None:
        document = page_document(
            result,
            source=self.source.name,
            published=entry.published.date() if entry.published else None,
            title=entry.title,
            language=self.source.language,
        )
        if isinstance(document, InputError):
            self.fail_entry(entry, str(document))
            return
        # 1. the raw bytes, then processing; 2. validators; 3. the entry mark — in this order.
        document_id, _is_new = self.store.add_document(document)
        outcome = ingest([document], self.store, self.parser)
        self.stored += outcome.stored
        self.report.stored += outcome.stored
        self.report.unchanged += outcome.unchanged
        self.report.errors.extend(f"{self.source.name}: {line}" for line in outcome.errors)
        if self.source.kind != "page":
            self.store.save_url_validators(entry.url, result.etag, result.last_modified)
            self.store.mark_entry(
                self.source.id,
                entry.url,
                title=entry.title,
                published=entry.published,
                document_id=document_id,
            )

    def fail_entry(self, entry: FeedEntry, message: str) -> None:
        if self.source.kind == "page":
            self.error = message
            return
        self.entry_errors.append(message)
        self.report.errors.append(f"{self.source.name}: {message}")
        self.complete = False
        self.store.mark_entry(
            self.source.id, entry.url, title=entry.title, published=entry.published, error=message
        )

    def entry_errors_summary(self) -> str | None:
        if not self.entry_errors:
            return None
        more = f" (and {len(self.entry_errors) - 1} more)" if len(self.entry_errors) > 1 else ""
        return self.entry_errors[-1] + more


def watch(
    store: Store,
    fetcher: Fetcher,
    parser: Parser | Processor,
    *,
    stop: threading.Event,
    poll_s: float = 60.0,
    on_pass: Callable[[FetchReport], None] | None = None,
) -> None:
    """Fetch due sources until `stop` is set, sleeping until the next one falls due."""
    while not stop.is_set():
        report = fetch_due(store, fetcher, parser, stop=stop.is_set)
        if on_pass is not None:
            on_pass(report)
        stop.wait(_next_wait(store, poll_s, report))


def _next_wait(store: Store, poll_s: float, report: FetchReport) -> float:
    """Seconds until the next source falls due; soon again after a pass the store failed."""
    if report.store_error is not None:
        return min(STORE_RETRY_S, poll_s)
    try:
        due = store.next_due_at()
    except STORE_FAILURES as exc:
        log.warning("the store failed: %s", exc)
        return min(STORE_RETRY_S, poll_s)
    if due is None:
        return poll_s
    return min(max((due - datetime.now(UTC)).total_seconds(), 1.0), poll_s)


@contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """An event set by Ctrl-C or SIGTERM, so a loop can finish its item, commit and exit."""
    stop = threading.Event()

    def request_stop(signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _free_name(store: Store, url: str) -> str:
    """A source name from the URL's host, numbered if the host is watched already."""
    base = (urlsplit(url).hostname or "source").removeprefix("www.")
    name, number = base, 1
    while store.watched_source(name) is not None:
        number += 1
        name = f"{base}-{number}"
    return name
