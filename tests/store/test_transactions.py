"""Transactions under other writers: all or nothing, and a writer waits for another instead of
failing ("database is locked"), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from watchdesk.store import Store, open_store


def _nested_write_then_fail(store: Store) -> None:
    with store.transaction():
        with store.transaction():
            store.ensure_source("Harbour Ledger")
        raise RuntimeError("linking failed")


def test_a_transaction_whose_first_write_is_nested_is_still_undone_whole(store: Store) -> None:
    # pysqlite began no transaction for SAVEPOINT: the nested one began it, and its RELEASE
    # committed the source, out of the failing outer transaction's hands.
    with pytest.raises(RuntimeError):
        _nested_write_then_fail(store)

    assert store.counts()["sources"] == 0


def test_a_writer_that_read_first_waits_for_another_instead_of_failing(tmp_path: Path) -> None:
    """A transaction reads, another process commits a write, then the first writes: under WAL a
    transaction begun plainly fails at once (its snapshot is stale, and SQLite does not wait);
    one that takes the write lock first makes the other wait instead."""
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    first, second = open_store(url), open_store(url)
    failures: list[BaseException] = []

    def other_writer() -> None:
        try:
            second.ensure_source("Valley Dispatch")
        except BaseException as exc:
            failures.append(exc)

    other = threading.Thread(target=other_writer)
    with first.transaction():
        first.counts()  # the read
        other.start()
        time.sleep(0.3)  # the other writer commits meanwhile, or waits for this transaction
        first.ensure_source("Harbour Ledger")
    other.join(30)

    assert failures == []
    assert first.counts()["sources"] == 2
    first.close()
    second.close()
