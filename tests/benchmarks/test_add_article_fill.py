"""The synthetic store of `add_article.py`: the rows it claims, and the indexes back after the
load (a fill that left them dropped would time every later look-up as a table scan)."""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

import pytest
from bench_scripts import load
from sqlalchemy import text

from watchdesk.store import Store, open_store

ARTICLES = 40


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load("add_article")


def _indexes(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        if store.engine.dialect.name == "postgresql":
            query = "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
        else:
            query = "SELECT name FROM sqlite_master WHERE type = 'index'"
        return set(conn.scalars(text(query)))


def _check_fill(bench: ModuleType, store: Store) -> None:
    before = _indexes(store)
    bench.fill(store, ARTICLES)
    counts = store.counts()
    with store.engine.connect() as conn:
        topics = conn.scalar(text("SELECT count(*) FROM linked_topics"))
        per_row = conn.execute(
            text("SELECT min(n), max(n) FROM (SELECT count(*) AS n FROM linked_topics"
                 " GROUP BY linked_id) t")
        ).one()  # fmt: skip
    assert counts["documents"] == counts["articles"] == ARTICLES
    assert counts["linked"] == ARTICLES * bench.PER_ARTICLE
    assert topics is not None
    assert 3 * counts["linked"] <= topics <= 5 * counts["linked"]
    assert per_row[1] <= 5  # three listed topics and two names, none twice
    assert _indexes(store) == before


def test_the_sqlite_fill_makes_its_rows_and_keeps_every_index(
    bench: ModuleType, tmp_path: Path
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'bench.db'}")
    try:
        _check_fill(bench, store)
    finally:
        store.close()


def test_the_sqlite_and_postgresql_fills_make_the_same_topics(
    bench: ModuleType, tmp_path: Path
) -> None:
    url = os.environ.get("WATCHDESK_BENCH_PG")  # a scratch database: it is emptied
    if not url:
        pytest.skip("WATCHDESK_BENCH_PG not set")
    lite = open_store(f"sqlite:///{tmp_path / 'bench.db'}")
    bench.empty_postgresql(url)
    pg = open_store(url)
    try:
        _check_fill(bench, pg)
        bench.fill(lite, ARTICLES)
        query = text("SELECT linked_id, topic FROM linked_topics ORDER BY linked_id, topic")
        with lite.engine.connect() as a, pg.engine.connect() as b:
            assert a.execute(query).all() == b.execute(query).all()
    finally:
        lite.close()
        pg.close()
        bench.empty_postgresql(url)
