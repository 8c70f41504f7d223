"""A per-document budget: a document past its time or memory budget fails alone, with one line
naming it, its worker is replaced, and the run goes on (pipeline, store and CLI)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watchdesk.budget import Budget, Worker
from watchdesk.cli import app
from watchdesk.errors import BudgetExceeded, EmptyDocument
from watchdesk.nlp.parse import DEFAULT_MODEL_EN
from watchdesk.pipeline import ingest
from watchdesk.records import RawDocument
from watchdesk.store import Store

NAMES = ("Ilse Brandvik", "Aldis Varro", "Maeve Halloran", "Tomas Reyes", "Lena Holt")
CUES = ("said", "told reporters", "warned", "claimed", "added")
CLAIMS = (
    "the crossings will reopen on {n} March",
    "some {n} soldiers remain near the border",
    "the ferry will run again after {n} days",
    "{n} tanks left the camp",
)
SHORT = "Defence Minister Ilse Brandvik said on Monday that the crossings will reopen next week."


def long_text(sentences: int) -> str:
    """Invented reported speech, one paragraph a sentence: seconds of work for the annotators."""
    return "\n\n".join(
        f"{NAMES[i % 5]} {CUES[i // 5 % 5]} that {CLAIMS[i // 25 % 4].format(n=i % 97 + 2)}."
        for i in range(sentences)
    )


def text_document(name: str, text: str) -> RawDocument:
    return RawDocument(
        uri=f"file:///inbox/{name}",
        content=text.encode(),
        content_type="text/plain",
        fetched_at=datetime(2026, 2, 20, 9, 0, tzinfo=UTC),
        language="en",
    )


@pytest.fixture
def worker() -> Iterator[Worker]:
    with Worker(Budget(seconds=120, memory_mb=4096), DEFAULT_MODEL_EN) as started:
        yield started


def test_a_document_past_its_time_budget_fails_alone_and_the_worker_is_replaced(worker):
    assert worker.process(text_document("warm.txt", SHORT)).statements
    worker.budget = Budget(seconds=1.0, memory_mb=4096)

    with pytest.raises(BudgetExceeded) as stopped:
        worker.process(text_document("long.txt", long_text(300)))

    assert str(stopped.value) == (
        "/inbox/long.txt: annotation stopped (over the 1 s time budget,"
        " WATCHDESK_DOCUMENT_TIMEOUT_S)"
    )
    assert worker.process(text_document("after.txt", SHORT)).statements
    assert worker.started == 2


def test_a_document_past_its_memory_budget_fails_alone_and_the_worker_is_replaced(worker):
    worker.process(text_document("warm.txt", SHORT))
    worker.budget = Budget(seconds=120, memory_mb=int(worker.rss_mb()) + 15)

    with pytest.raises(BudgetExceeded, match="MB memory budget, WATCHDESK_DOCUMENT_MEMORY_MB"):
        worker.process(text_document("long.txt", long_text(200)))

    assert worker.process(text_document("after.txt", SHORT)).statements
    assert worker.started == 2
    assert worker.peak_mb > worker.budget.memory_mb - 15


def test_an_input_error_in_the_worker_reaches_the_caller_as_itself(worker):
    with pytest.raises(EmptyDocument, match=r"^/inbox/blank.txt: empty document$"):
        worker.process(text_document("blank.txt", "  \n\n "))
    assert worker.started == 1


def test_ingest_records_the_document_past_its_budget_and_stores_the_rest(worker, store: Store):
    worker.budget = Budget(seconds=1.0, memory_mb=4096)
    documents = [
        text_document("long.txt", long_text(300)),
        text_document("short.txt", SHORT),
    ]

    report = ingest(documents, store, worker, analyze=False)

    assert report.stored == 1
    assert report.errors == [
        "/inbox/long.txt: annotation stopped (over the 1 s time budget,"
        " WATCHDESK_DOCUMENT_TIMEOUT_S)"
    ]
    assert store.failed_documents() == [("file:///inbox/long.txt", report.errors[0])]


def test_cli_ingest_prints_one_line_for_the_document_past_its_budget(tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "long.txt").write_text(long_text(300), encoding="utf-8")
    (inbox / "short.txt").write_text(SHORT, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'desk.db'}"

    result = CliRunner().invoke(
        app,
        ["ingest", str(inbox), "--db", db],
        env={"WATCHDESK_DOCUMENT_TIMEOUT_S": "1"},
    )

    assert result.exit_code == 0, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {inbox / 'long.txt'}: annotation stopped (over the 1 s time budget,"
        " WATCHDESK_DOCUMENT_TIMEOUT_S)"
    ]
    assert "1 stored, 0 unchanged, 1 failed" in result.stdout
