"""Concurrency: `watchdesk` processes writing one store at once, on SQLite and on PostgreSQL.

Two ingests of one folder, a reprocess, a watcher over a loopback feed and the desk with a client
that reads and writes, all together: no process fails ("database is locked" was the watcher's),
every document and article is stored once, and the desk answers every request.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from figures import record
from local_server import serve
from newsroom import report, serve_reports, write_corpus

from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import PIPELINE_VERSION, reprocess
from watchdesk.records import RawDocument
from watchdesk.store import open_store
from watchdesk.store import store as store_module

FOLDER = range(6)  # reports in the folder both ingests read
STALE = range(10, 13)  # stored without an article: reprocess makes them
FEED = range(20, 23)  # listed by the watched feed
PASSWORD = "concurrent-desk-pass"
# Where a process's output shows that it failed; a retried lock is no failure and is not printed.
FAILURE_SIGNS = ("Traceback", "locked", "error:", "Error")


def start(db: str, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "watchdesk", *args, "--db", db],
        env={
            **os.environ,
            "WATCHDESK_DB": db,
            "WATCHDESK_ALLOW_NETWORKS": '["127.0.0.0/8"]',
            "WATCHDESK_FETCH_DELAY_S": "0",
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_commands_started_together_on_a_fresh_store_all_open_it(store_url: str) -> None:
    """Each migrates the store it opens; they used to race ("table sources already exists")."""
    listing = [start(store_url, "source", "list") for _ in range(3)]
    errors = [p.communicate(timeout=120)[1].decode() for p in listing]
    assert [p.returncode for p in listing] == [0, 0, 0], errors


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class DeskClient(threading.Thread):
    """An editor at the desk: lists articles, statements and themes, creates and edits themes,
    until told to stop; every answer's status is kept."""

    def __init__(self, base: str) -> None:
        super().__init__(daemon=True)
        self.base = base
        self.stop = threading.Event()
        self.answers: Counter[tuple[str, int]] = Counter()
        self.themes_created = 0
        self.failure: BaseException | None = None

    def run(self) -> None:
        try:
            with httpx.Client(base_url=self.base, timeout=60) as client:
                self.work(client)
        except BaseException as exc:  # the test reports it; a thread's exception is lost
            self.failure = exc

    def ask(self, client: httpx.Client, method: str, path: str, **kwargs: object) -> httpx.Response:
        answer = client.request(method, path, **kwargs)  # type: ignore[arg-type]
        self.answers[(f"{method} {path.split('/')[3]}", answer.status_code)] += 1
        return answer

    def work(self, client: httpx.Client) -> None:
        session = self.ask(
            client, "POST", "/api/v1/session", json={"name": "editor", "password": PASSWORD}
        )
        client.headers["X-CSRF-Token"] = session.json()["csrf_token"]
        while not self.stop.is_set():
            for path in ("/api/v1/articles", "/api/v1/statements", "/api/v1/themes"):
                self.ask(client, "GET", path)
            n = self.themes_created
            theme = {"name": f"Crossings {n}", "keywords": ["crossing"], "entities": []}
            created = self.ask(client, "POST", "/api/v1/themes", json=theme)
            if created.status_code == 201:
                self.themes_created += 1
                edited = {**theme, "keywords": ["crossing", "soldiers"]}
                self.ask(client, "PUT", f"/api/v1/themes/{created.json()['id']}", json=edited)
            time.sleep(0.2)


def wait_until_up(base: str, desk: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert desk.poll() is None, desk.communicate()[1].decode()
        try:
            if httpx.get(f"{base}/api/v1/themes", timeout=5).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError("the desk never answered")


def test_two_ingests_reprocess_watch_and_the_desk_write_one_store_at_once(
    store_url: str, tmp_path: Path, make_raw: Callable[..., RawDocument]
) -> None:
    inbox = tmp_path / "inbox"
    write_corpus(inbox, len(FOLDER))
    store = open_store(store_url)
    store.add_user("editor", PASSWORD, "editor")
    for n in STALE:  # raw documents no pipeline has processed yet
        store.add_document(
            make_raw(
                f"https://wire.example/stale/{n}",
                report(n),
                content_type="text/plain",
                fetched_at=datetime.now(UTC),
            )
        )
    with serve() as server:
        feed = serve_reports(server, FEED)
        source = store.add_watched_source("wire", feed, kind="feed", every_s=3600)

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        desk = start(store_url, "serve", "--port", str(port), "--no-access-log")
        wait_until_up(base, desk)
        client = DeskClient(base)
        client.start()
        started = time.monotonic()
        batch = {
            "ingest 1": start(store_url, "ingest", str(inbox)),
            "ingest 2": start(store_url, "ingest", str(inbox)),
            "reprocess": start(store_url, "reprocess"),
            "watch": start(store_url, "watch"),
        }
        outputs: dict[str, tuple[int, str]] = {}
        try:
            for name in ("ingest 1", "ingest 2", "reprocess"):
                stderr = batch[name].communicate(timeout=300)[1].decode()
                outputs[name] = (batch[name].returncode, stderr)
            deadline = time.monotonic() + 300
            while store.entry_count(source.id, "stored") < len(FEED):
                assert batch["watch"].poll() is None, batch["watch"].communicate()[1].decode()
                assert time.monotonic() < deadline, "the watcher never stored the feed"
                time.sleep(0.2)
        finally:
            batch["watch"].send_signal(signal.SIGTERM)  # finishes the item in hand, then exits
            outputs["watch"] = (batch["watch"].wait(60), batch["watch"].communicate()[1].decode())
            client.stop.set()
            client.join(60)
            desk.send_signal(signal.SIGTERM)
            outputs["desk"] = (desk.wait(60), desk.communicate()[1].decode())
        elapsed = time.monotonic() - started

    for name, (code, stderr) in outputs.items():
        # uvicorn shuts the desk down, then re-raises the signal it was stopped with.
        assert code in ((0, -signal.SIGTERM) if name == "desk" else (0,)), f"{name}: {stderr}"
        assert not [sign for sign in FAILURE_SIGNS if sign in stderr], f"{name}: {stderr}"
    assert client.failure is None, repr(client.failure)
    refused = {ask: n for ask, n in client.answers.items() if ask[1] not in (200, 201)}
    assert refused == {}
    assert client.themes_created >= 1
    counts = store.counts()
    total = len(FOLDER) + len(STALE) + len(FEED)
    uris = [a.url for a in store.articles(limit=1000)]
    assert counts["documents"] == counts["articles"] == total
    assert len(set(uris)) == len(uris) == total
    assert store.stale_documents(PIPELINE_VERSION) == []
    assert store.failed_documents() == []
    assert len(store.themes()) == client.themes_created
    requests = sum(client.answers.values())
    record(
        f"concurrency ({store.engine.dialect.name}): 2 ingest + reprocess + watch + the desk at"
        f" once for {elapsed:.0f} s: {counts['documents']}/{total} documents and"
        f" {counts['articles']} articles, each once; {requests} desk requests"
        f" ({client.themes_created} themes written), none refused or failed"
    )
    store.close()


def test_an_article_meeting_a_lock_held_past_the_wait_is_stored_on_a_later_try(
    tmp_path: Path,
    parser: Parser,
    make_raw: Callable[..., RawDocument],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Another process holds SQLite's write lock longer than a writer waits: the article's whole
    transaction is run again a moment later instead of failing the run."""
    monkeypatch.setattr(store_module, "_BUSY_TIMEOUT_MS", 100)  # the wait, made short
    path = tmp_path / "desk.db"
    store = open_store(f"sqlite:///{path}")
    store.add_document(make_raw("https://wire.example/1", report(1), content_type="text/plain"))
    other = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the other writer, holding the lock

    gave_up = threading.Event()

    def release_after_a_failed_try() -> None:
        while not any("met another writer" in r.getMessage() for r in caplog.records):
            if gave_up.wait(0.05):
                break
        other.execute("COMMIT")

    releaser = threading.Thread(target=release_after_a_failed_try)
    releaser.start()
    try:
        with caplog.at_level(logging.INFO, logger="watchdesk.pipeline"):
            done = reprocess(store, parser, analyze=False)
    finally:
        gave_up.set()
        releaser.join(60)
        other.close()

    assert (done.stored, done.errors) == (1, [])
    assert any("met another writer" in r.getMessage() for r in caplog.records)
    assert store.counts()["articles"] == 1
    assert store.stale_documents(PIPELINE_VERSION) == []
    store.close()
