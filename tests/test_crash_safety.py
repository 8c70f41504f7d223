"""Crash safety: `watchdesk ingest`, `watch` and `backfill` killed with SIGKILL at random points,
again and again, then run to the end, store every document once, with every article, statement
and analysis a run that was never killed stores (SQLite in WAL mode, one transaction per write,
documents keyed by URI and bytes, an article marked done only after its story and analysis are
stored)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from figures import record
from local_server import serve
from newsroom import serve_reports, write_archive, write_corpus

from watchdesk.ingest.fetch import Fetcher, FetchOptions
from watchdesk.ingest.files import read_inputs
from watchdesk.ingest.netguard import parse_networks
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import PIPELINE_VERSION, ingest
from watchdesk.store import Store, open_store
from watchdesk.watch import fetch_due

KILLS = 8
SEED = 13
LOOPBACK = {"WATCHDESK_ALLOW_NETWORKS": '["127.0.0.0/8"]', "WATCHDESK_FETCH_DELAY_S": "0"}


def start(command: list[str], db: str) -> subprocess.Popen[bytes]:
    """`watchdesk COMMAND… --db DB` in a process group of its own: its annotation worker and its
    local Ray die with it, at once, as on a power cut."""
    return subprocess.Popen(
        [sys.executable, "-m", "watchdesk", *command, "--db", db],
        env={**os.environ, "WATCHDESK_DB": db, **LOOPBACK},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def stored_documents(db: str) -> int:
    try:
        store = open_store(db, migrate=False)
    except Exception:
        return 0  # not created yet
    try:
        return store.counts()["documents"]
    except Exception:
        return 0  # killed before its first migration finished
    finally:
        store.close()


def kill_at_a_random_point(command: list[str], db: str, rng: random.Random, total: int) -> bool:
    """Start a command and SIGKILL it a little after a random document is stored, or mid-run
    once all are; False when it finished before the kill."""
    process = start(command, db)
    target = min(stored_documents(db) + rng.randint(1, 2), total)
    deadline = time.monotonic() + 120
    while process.poll() is None and stored_documents(db) < target:
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    time.sleep(rng.uniform(0.0, 0.6))
    if process.poll() is not None:
        process.communicate()
        return False
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
    return True


def kill_and_finish(
    command: list[str], db: str, times: int, total: int, finish: list[str] | None = None
) -> int:
    """Kill `command` `times` times at random points, then run `finish` (or it) to the end;
    how many runs the kills cut short."""
    rng = random.Random(SEED)
    kills = sum(kill_at_a_random_point(command, db, rng, total) for _ in range(times))
    finished = start(finish or command, db)
    _, stderr = finished.communicate(timeout=600)
    assert finished.returncode == 0, stderr.decode()
    return kills


def ingested(path: Path, db: str, parser: Parser) -> Store:
    """A run never killed: the same input through `ingest` in this process."""
    reference = open_store(db)
    ingest(read_inputs([path], max_bytes=1_000_000), reference, parser)
    return reference


def fingerprint(store: Store) -> dict[str, object]:
    """What a run leaves: rows of documents, articles, annotations, analysis and stories;
    questions; flags."""
    counts = store.counts()
    articles = store.articles(limit=1000)
    return {
        **{name: count for name, count in counts.items() if name != "sources"},
        "urls": sorted(a.url for a in articles),
        "questions": len(store.questions()),
        "conflicts": sorted(c.conflict.key for c in store.conflicts()),
    }


@dataclass
class Outcome:
    """A killed and finished run's store beside a run never killed."""

    after: dict[str, Any]  # the killed store's fingerprint
    same: bool  # the reference's fingerprint is the same
    unfinished: list[int]  # documents with no article, or one whose story or analysis is missing
    failed: list[tuple[str, str]]


def compare(db: str, reference: Store) -> Outcome:
    killed = open_store(db)
    try:
        after = fingerprint(killed)
        return Outcome(
            after,
            after == fingerprint(reference),
            killed.stale_documents(PIPELINE_VERSION),
            killed.failed_documents(),
        )
    finally:
        killed.close()
        reference.close()


def record_kills(kills: int, command: str, outcome: Outcome, total: int) -> None:
    after = outcome.after
    record(
        f"crash safety: {kills} kill -9 of `{command}` at random points (seed {SEED}), then one"
        f" run to the end: {after['documents']}/{total} documents, {after['articles']} articles,"
        f" {after['statements']} statements, {after['linked']} linked, {after['questions']}"
        f" questions; the same as a run never killed: {outcome.same}"
    )


def assert_nothing_lost_or_doubled(outcome: Outcome, total: int) -> None:
    assert outcome.unfinished == []
    assert outcome.failed == []
    assert outcome.after["documents"] == outcome.after["articles"] == total
    assert outcome.same


def test_ingest_killed_at_random_points_loses_nothing_and_stores_nothing_twice(
    tmp_path: Path, parser: Parser
):
    inbox = tmp_path / "inbox"
    write_corpus(inbox)
    total = len(list(inbox.iterdir()))
    db = f"sqlite:///{tmp_path / 'killed.db'}"

    kills = kill_and_finish(["ingest", str(inbox)], db, KILLS, total)

    outcome = compare(db, ingested(inbox, f"sqlite:///{tmp_path / 'reference.db'}", parser))
    record_kills(kills, "watchdesk ingest", outcome, total)
    assert kills >= KILLS // 2  # most runs really were cut short
    assert_nothing_lost_or_doubled(outcome, total)


WATCH_KILLS = 4
FEED = 8


def test_the_watcher_killed_at_random_points_loses_nothing_and_stores_nothing_twice(
    tmp_path: Path, parser: Parser
) -> None:
    """`watchdesk watch` over a loopback feed, killed -9 again and again, then `fetch` to the end:
    every listed article stored once, with what a run never killed stores."""
    stores = {name: f"sqlite:///{tmp_path / name}.db" for name in ("killed", "reference")}
    with serve() as server:
        feed = serve_reports(server, range(FEED))
        for db in stores.values():
            # Hourly: only a pass a kill cut short leaves the feed due for the next run.
            opened = open_store(db)
            opened.add_watched_source("wire", feed, kind="feed", every_s=3600)
            opened.close()

        db = stores["killed"]
        kills = kill_and_finish(["watch"], db, WATCH_KILLS, FEED, finish=["fetch"])
        reference = open_store(stores["reference"])
        options = FetchOptions(delay_s=0.0, allow_networks=parse_networks(["127.0.0.0/8"]))
        with Fetcher(options) as fetcher:
            fetch_due(reference, fetcher, parser)

    outcome = compare(db, reference)
    record_kills(kills, "watchdesk watch", outcome, FEED)
    assert kills >= WATCH_KILLS // 2
    assert_nothing_lost_or_doubled(outcome, FEED)
    killed = open_store(db)
    [source] = killed.watched_sources()
    assert killed.entry_count(source.id, "stored") == FEED  # every entry marked, once
    killed.close()


BACKFILL_KILLS = 2
ARCHIVE = 12


def test_the_backfill_killed_at_random_points_loses_nothing_and_stores_nothing_twice(
    tmp_path: Path, parser: Parser
) -> None:
    """`watchdesk backfill` on a local Ray, killed -9 with its Ray again and again, then run to
    the end: every record stored once, with what an ingest never killed stores."""
    pytest.importorskip("ray")
    archive = tmp_path / "archive.jsonl"
    write_archive(archive, ARCHIVE)
    db = f"sqlite:///{tmp_path / 'killed.db'}"
    command = ["backfill", str(archive), "--engine", "ray", "--workers", "1"]

    kills = kill_and_finish(command, db, BACKFILL_KILLS, ARCHIVE)

    outcome = compare(db, ingested(archive, f"sqlite:///{tmp_path / 'reference.db'}", parser))
    record_kills(kills, "watchdesk backfill --engine ray", outcome, ARCHIVE)
    assert kills >= BACKFILL_KILLS // 2
    assert_nothing_lost_or_doubled(outcome, ARCHIVE)
