"""A desk app over a real store seeded with one hand-built article."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from watchdesk.settings import Settings
from watchdesk.web.app import create_app


@pytest.fixture
def seeded(store, make_raw, make_processed) -> int:
    document_id, _ = store.add_document(make_raw())
    return store.save_article(document_id, make_processed())


@pytest.fixture
def client(store_url, seeded) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=store_url))) as test_client:
        yield test_client
