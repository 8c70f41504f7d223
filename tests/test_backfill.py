"""Back-fill on a local Ray: every document once, a bad record reported, a killed run finished."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from watchdesk.backfill import BackfillOptions, backfill
from watchdesk.nlp.parse import DEFAULT_MODEL_EN
from watchdesk.store import open_store

pytest.importorskip("ray")

OFFICIALS = (
    "Defence Minister Ilse Brandvik",
    "President Aldis Varro",
    "Foreign Minister Oren Tall",
)
PLACES = ("Velsk", "Lisma", "Corran", "the northern pass")


def _archive(folder: Path, count: int) -> Path:
    """A JSONL archive of `count` invented reports, and one line that is not JSON."""
    lines = []
    for i in range(count):
        who, place = OFFICIALS[i % len(OFFICIALS)], PLACES[i % len(PLACES)]
        text = (
            f"{who} said on Monday that the crossing at {place} would reopen within {i + 2} days. "
            f'"We expect {100 + 10 * i} vehicles a day," the ministry added in its report no. {i}.'
        )
        record = {
            "url": f"https://herald.example/{i}",
            "published": f"2026-03-{1 + i % 27:02d}",
            "title": f"Crossing at {place}",
            "text": text,
        }
        lines.append(json.dumps(record))
    lines.insert(count // 2, "{not json")
    archive = folder / "archive.jsonl"
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return archive


def test_every_document_is_stored_once_and_a_rerun_changes_nothing(tmp_path: Path) -> None:
    archive = _archive(tmp_path, 10)
    store = open_store(f"sqlite:///{tmp_path / 'desk.db'}")
    options = BackfillOptions(max_bytes=1 << 20, spacy_model_en=DEFAULT_MODEL_EN, workers=1)
    planned: list[int] = []
    try:
        first = backfill([archive], store, options, on_plan=planned.append)
        second = backfill([archive], store, options, on_plan=planned.append, analyze=False)
        counts = store.counts()
    finally:
        store.close()

    assert (first.stored, first.unchanged) == (10, 0)
    assert len(first.errors) == 1
    assert "archive.jsonl:6" in first.errors[0]
    assert (second.stored, second.unchanged) == (0, 10)
    assert planned == [11, 1]  # the progress bar's end: records to do, the bad line each time
    assert counts["documents"] == counts["articles"] == 10
    assert counts["statements"] >= 10  # the stages ran on the workers: each report has a speaker


RECORDS = 48  # the kill must land midway even when the poll lags on a loaded machine


def test_a_killed_backfill_is_finished_by_the_next_run_without_duplicates(tmp_path: Path) -> None:
    # Enough records that a poll every 0.2 s on a loaded machine still sees the run midway.
    archive = _archive(tmp_path, RECORDS)
    db = f"sqlite:///{tmp_path / 'desk.db'}"
    command = [sys.executable, "-m", "watchdesk", "backfill", str(archive), "--engine", "ray"]
    command += ["--workers", "1", "--no-analyze", "--db", db]
    env = {**os.environ, "WATCHDESK_DB": db}

    _counts(db)  # the schema exists before the command and this test both open the store
    # The whole command, its local Ray included, dies at once after a few articles are stored.
    run = subprocess.Popen(command, env=env, start_new_session=True, stdout=subprocess.DEVNULL)
    try:
        _wait_for_articles(db, at_least=3, timeout=180)
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
    stored_before = _counts(db)["articles"]
    assert 3 <= stored_before < RECORDS, "the kill did not land midway: enlarge the archive"

    rerun = subprocess.run([*command, "--json"], env=env, capture_output=True, text=True)
    summary = json.loads(rerun.stdout.strip().splitlines()[-1])
    counts = _counts(db)

    # An article stored but not finished when the kill came is made again, never twice.
    assert summary["stored"] + summary["unchanged"] == RECORDS
    assert summary["unchanged"] >= stored_before - 1
    assert counts["documents"] == counts["articles"] == RECORDS


def _counts(db: str) -> dict[str, int]:
    store = open_store(db)
    try:
        return store.counts()
    finally:
        store.close()


def _wait_for_articles(db: str, *, at_least: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _counts(db)["articles"] >= at_least:
            return
        time.sleep(0.2)
    pytest.fail(f"no {at_least} articles stored within {timeout} s")
