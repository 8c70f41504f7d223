"""Crash safety: `watchdesk ingest` killed with SIGKILL at random points, again and again, then run
to the end, stores every document once, with every article, statement and analysis a run that was
never killed stores (SQLite in WAL mode, one transaction per write, documents keyed by URI and
bytes, an article marked done only after its story and analysis are stored)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from figures import record

from watchdesk.ingest.files import read_inputs
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import PIPELINE_VERSION, ingest
from watchdesk.store import Store, open_store

KILLS = 8
SEED = 13
OFFICIALS = (
    ("Defence Minister", "Ilse Brandvik"),
    ("President", "Aldis Varro"),
    ("Interior Minister", "Tomas Reyes"),
    ("Mayor", "Lena Holt"),
    ("Harbour Master", "Piet Sondermark"),
)
PLACES = ("Orsa", "Kell", "Vantry", "Dunmere", "Tarnby")


def report(n: int) -> str:
    """An invented news report: officials on the crossings and the troops, numbers and dates."""
    role, name = OFFICIALS[n % 5]
    other_role, other = OFFICIALS[(n + 2) % 5]
    place = PLACES[n % 5]
    return (
        f"{role} {name} said on Monday that the crossing at {place} will reopen on"
        f' March {n + 3}.\n\n"About {1000 + 250 * n} soldiers remain near {place}," {name} told'
        " reporters in the capital."
        f"\n\n{other_role} {other} denied that the crossing at {place} would reopen this month.\n\n"
        f"{other} added that {40 + n} tanks had left the camp at {place} by Sunday."
    )


def write_corpus(inbox: Path, documents: int = 10) -> None:
    inbox.mkdir()
    for n in range(documents):
        (inbox / f"report-{n:02d}.txt").write_text(report(n), encoding="utf-8")


def start_ingest(inbox: Path, db: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "watchdesk", "ingest", str(inbox), "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its annotation worker dies with it: one group, one kill
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


def kill_at_a_random_point(inbox: Path, db: str, rng: random.Random, total: int) -> bool:
    """Start an ingest and SIGKILL it a little after a random document is stored, or mid-run
    once all are; False when it finished before the kill."""
    process = start_ingest(inbox, db)
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


def test_ingest_killed_at_random_points_loses_nothing_and_stores_nothing_twice(
    tmp_path: Path, parser: Parser
):
    inbox = tmp_path / "inbox"
    write_corpus(inbox)
    total = len(list(inbox.iterdir()))
    db = f"sqlite:///{tmp_path / 'killed.db'}"
    rng = random.Random(SEED)

    kills = sum(kill_at_a_random_point(inbox, db, rng, total) for _ in range(KILLS))
    finished = start_ingest(inbox, db)
    _, stderr = finished.communicate(timeout=600)

    assert finished.returncode == 0, stderr.decode()
    reference = open_store(f"sqlite:///{tmp_path / 'reference.db'}")
    ingest(read_inputs([inbox], max_bytes=1_000_000), reference, parser)
    killed = open_store(db)
    after_kills = fingerprint(killed)
    record(
        f"crash safety: {kills} kill -9 of `watchdesk ingest` at random points (seed {SEED}),"
        f" then one run to the end: {after_kills['documents']}/{total} documents,"
        f" {after_kills['articles']} articles, {after_kills['statements']} statements,"
        f" {after_kills['linked']} linked, {after_kills['questions']} questions; the same as a"
        " run never killed:"
        f" {after_kills == fingerprint(reference)}"
    )
    assert kills >= KILLS // 2  # most runs really were cut short
    assert killed.stale_documents(PIPELINE_VERSION) == []
    assert killed.failed_documents() == []
    assert after_kills["documents"] == after_kills["articles"] == total
    assert after_kills == fingerprint(reference)
