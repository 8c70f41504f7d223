"""A desk app over a real store seeded with one hand-built article; clients logged in by role."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from watchdesk.settings import Settings
from watchdesk.store import accounts
from watchdesk.web.app import create_app

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    """argon2 at its real cost takes a tenth of a second a hash; tests log in hundreds of times."""
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=64))


@pytest.fixture
def seeded(store, make_raw, make_processed) -> int:
    document_id, _ = store.add_document(make_raw())
    return store.save_article(document_id, make_processed())


@pytest.fixture
def desk_settings(store_url) -> Settings:
    return Settings(db=store_url)


@pytest.fixture
def anon(desk_settings, seeded) -> Iterator[TestClient]:
    """A visitor who has not logged in."""
    with TestClient(create_app(desk_settings)) as test_client:
        yield test_client


@pytest.fixture
def login_as(store, desk_settings, seeded) -> Iterator[Callable[[str], TestClient]]:
    """`login_as("editor")`: a client logged in as a new user of that role (named after it).

    The client sends the session's CSRF token as a header on every request, as the desk's
    pages and scripts do; `client.csrf_token` holds it for tests that send it themselves.
    """
    opened: list[TestClient] = []

    def login(role: str, *, csrf_header: bool = True) -> TestClient:
        if store.user(role) is None:
            store.add_user(role, PASSWORD, role)
        test_client = TestClient(create_app(desk_settings))
        test_client.__enter__()
        opened.append(test_client)
        answer = test_client.post("/api/v1/session", json={"name": role, "password": PASSWORD})
        assert answer.status_code == 200, answer.text
        test_client.csrf_token = answer.json()["csrf_token"]  # type: ignore[attr-defined]
        if csrf_header:
            test_client.headers["X-CSRF-Token"] = test_client.csrf_token  # type: ignore[attr-defined]
        return test_client

    yield login
    for test_client in opened:
        test_client.__exit__(None, None, None)


@pytest.fixture
def client(login_as) -> TestClient:
    """A reader: may read everything, change nothing."""
    return login_as("reader")


@pytest.fixture
def flagged(store, seeded, make_raw, make_processed) -> dict[str, object]:
    """A second article contradicting the seeded one: a question, a conflict and a promise."""
    from datetime import date

    from watchdesk.records import Conflict, LinkedStatement
    from watchdesk.store.analysis import LinkedRow

    later = make_processed(url="https://velsk.example/no-date", published=date(2026, 2, 20))
    document_id, _ = store.add_document(make_raw(uri="https://velsk.example/no-date"))
    second_id = store.save_article(document_id, later)
    question = store.add_question("When will the crossings reopen?", ["crossings"])

    def linked(key: str, article: int, idx: int, **fields: object) -> LinkedRow:
        stored = store.article(article)
        assert stored is not None
        statement = stored.processed.statements[idx]
        record = LinkedStatement(
            key=key,
            speaker=statement.speaker,
            speaker_key=statement.speaker.lower(),
            content=statement.content,
            language="en",
            published=stored.ref.published,
            article_url=stored.ref.url,
            topics=("crossings",),
            question=question,
            **fields,  # type: ignore[arg-type]
        )
        return LinkedRow(record, idx, is_commitment=idx == 1, due="2026-03-03" if idx else None)

    store.save_linked(seeded, [linked("a" * 32, seeded, 0), linked("c" * 32, seeded, 1)])
    store.save_linked(second_id, [linked("b" * 32, second_id, 0, polarity="deny")])
    conflict = Conflict(
        "a" * 32, "b" * 32, "polarity", "one says reopen, the other says not", ("reopen",), question
    )
    store.save_conflicts([conflict])
    return {
        "conflict": conflict.key,
        "question": question,
        "promise": "c" * 32,
        "second": second_id,
    }
