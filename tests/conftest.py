"""Shared fixtures: the English parser (loaded once) and small builders for records."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from spacy.tokens import Doc
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from watchdesk.nlp.parse import Parser
from watchdesk.records import (
    Article,
    Commitment,
    Entity,
    ProcessedArticle,
    Quantity,
    RawDocument,
    Span,
    Statement,
    TimeMention,
)
from watchdesk.store import Store, open_store


@pytest.fixture(scope="session")
def parser() -> Parser:
    return Parser()


@pytest.fixture(scope="session")
def parse(parser: Parser) -> Callable[[str], Doc]:
    """Parse an English text with the real pipeline: `parse("He said ...")`."""
    return lambda text: parser.parse_text(text, "en")


@pytest.fixture
def published() -> date:
    return date(2026, 2, 20)  # a Friday


# -- stores: the real databases, never a fake ----------------------------------------------------

PG_ENV = "WATCHDESK_TEST_PG"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: SQLite in a tmp dir, and PostgreSQL when $WATCHDESK_TEST_PG is set.

    Each PostgreSQL test gets a schema of its own (via search_path), dropped afterwards.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'watchdesk.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} must be set in CI: the suite runs against PostgreSQL too")
        pytest.skip(f"{PG_ENV} not set")
    url = make_url(base)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    schema = f"wd_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()


def build_raw(
    uri: str = "https://northgate.example/2026/02/crossings",
    body: str = "<html><body><article><p>Text.</p></article></body></html>",
    **fields: object,
) -> RawDocument:
    """A RawDocument built by hand; keyword arguments override its fields."""
    defaults: dict[str, object] = {
        "uri": uri,
        "content": body.encode(),
        "content_type": "text/html",
        "fetched_at": datetime(2026, 2, 20, 9, 0, tzinfo=UTC),
    }
    return RawDocument(**{**defaults, **fields})  # type: ignore[arg-type]


BRANDVIK_TEXT = (
    "Norvaland will reopen the border crossings next week, Defence Minister Ilse Brandvik said on "
    'Monday. "We expect some 4,500 soldiers to leave by March 3," Brandvik told reporters.'
)


def build_processed(text: str = BRANDVIK_TEXT, **article_fields: object) -> ProcessedArticle:
    """A ProcessedArticle with one of each annotation, spans pointing into `text`."""

    def span(words: str) -> Span:
        start = text.index(words)
        return Span(start, start + len(words))

    article_defaults: dict[str, object] = {
        "url": "https://northgate.example/2026/02/crossings",
        "title": "Crossings to reopen, minister says",
        "text": text,
        "language": "en",
        "published": date(2026, 2, 16),
        "author": "Tove Lind",
        "site": "Northgate Herald",
    }
    article = Article(**{**article_defaults, **article_fields})  # type: ignore[arg-type]
    said = Statement(
        speaker="Ilse Brandvik",
        speaker_mention="Ilse Brandvik",
        speaker_role="Defence Minister",
        speaker_org=None,
        cue="said",
        cue_span=span("said"),
        kind="indirect",
        content="Norvaland will reopen the border crossings next week",
        span=span("Norvaland will reopen the border crossings next week"),
        modality="expected",
    )
    quoted = Statement(
        speaker="Ilse Brandvik",
        speaker_mention="Brandvik",
        cue="told reporters",
        kind="direct",
        content="We expect some 4,500 soldiers to leave by March 3,",
        span=span("We expect some 4,500 soldiers to leave by March 3,"),
        modality="expected",
    )
    return ProcessedArticle(
        article=article,
        entities=(
            Entity("Norvaland", "GPE", span("Norvaland"), "Norvaland"),
            Entity("Ilse Brandvik", "PERSON", span("Ilse Brandvik"), "Ilse Brandvik"),
        ),
        statements=(said, quoted),
        quantities=(Quantity("4,500 soldiers", 4500, "soldiers", span("4,500 soldiers"), True),),
        times=(
            TimeMention("next week", "2026-02-23", span("next week"), grain="week"),
            TimeMention("March 3", "2026-03-03", span("March 3"), relation="by"),
        ),
        commitments=(Commitment(1, "2026-03-03"),),
        pipeline_version="test",
    )


@pytest.fixture
def make_raw() -> Callable[..., RawDocument]:
    return build_raw


@pytest.fixture
def make_processed() -> Callable[..., ProcessedArticle]:
    return build_processed


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the figures tests recorded (tests/figures.py): hostile inputs tried, kills survived."""
    from figures import FIGURES

    if FIGURES:
        terminalreporter.section("figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
