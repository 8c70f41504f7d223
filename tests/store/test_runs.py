"""Transactions that span store calls, run records and the store's size (issue 12)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watchdesk.store.runs import RunRecord


def test_calls_inside_a_transaction_are_kept_together(store):
    with store.transaction():
        store.ensure_source("Harbour Ledger")
        store.ensure_source("Valley Dispatch")

    assert store.counts()["sources"] == 2


def _add_then_fail(store, source):
    with store.transaction():
        store.ensure_source(source)
        raise RuntimeError("linking failed")


def test_a_failure_inside_a_transaction_undoes_every_call_in_it(store):
    with pytest.raises(RuntimeError):
        _add_then_fail(store, "Harbour Ledger")

    assert store.counts()["sources"] == 0


def test_a_nested_transaction_undoes_only_its_own_calls(store):
    with store.transaction():
        store.ensure_source("Harbour Ledger")
        with pytest.raises(RuntimeError):
            _add_then_fail(store, "Valley Dispatch")
        store.ensure_source("Coastline Herald")

    assert store.counts()["sources"] == 2


def test_the_last_run_is_the_latest_started(store):
    start = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
    for minutes, command in ((0, "ingest"), (10, "backfill")):
        began = start + timedelta(minutes=minutes)
        store.save_run(
            RunRecord(command, began, began + timedelta(seconds=30), 40, 38, 2, {"link": 12.5})
        )

    run = store.last_run()

    assert run is not None
    assert (run.command, run.stored, run.failed, run.seconds) == ("backfill", 38, 2, 30.0)
    assert run.stages == {"link": 12.5}


def test_the_store_knows_its_size(store):
    empty = store.size_bytes()
    store.ensure_source("Harbour Ledger")

    assert empty > 0
    assert store.size_bytes() >= empty
