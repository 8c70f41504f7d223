"""Backup and restore while the store is in use: a writer never fails, a backup is always whole,
a restore is seen at once by connections that stay open, and a bad file is refused."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watchdesk.cli import app
from watchdesk.errors import StoreError
from watchdesk.records import RawDocument
from watchdesk.store import Store, open_store
from watchdesk.store.backup import backup, restore


def page(n: int) -> RawDocument:
    return RawDocument(
        uri=f"https://northgate.example/2026/03/report-{n}",
        content=f"<html><body><article><p>Report {n}.</p></article></body></html>".encode(),
        content_type="text/html",
        fetched_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
    )


def full_url(store: Store) -> str:
    return store.engine.url.render_as_string(hide_password=False)


def test_backups_taken_while_a_writer_writes_are_whole_and_the_writer_never_fails(
    store: Store, tmp_path: Path
):
    for n in range(20):
        store.add_document(page(n))
    writer = open_store(full_url(store), migrate=False)
    stop, failures, written = threading.Event(), [], [20]

    def write() -> None:
        try:
            while not stop.is_set():
                writer.add_document(page(written[0]))
                written[0] += 1
        except Exception as exc:  # the very thing this test must not see
            failures.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        summaries = [backup(store, tmp_path / f"desk-{k}.db") for k in range(3)]
    finally:
        stop.set()
        thread.join()
        writer.close()

    assert failures == []
    assert written[0] > 20  # the writer really wrote during the backups
    if summaries[0].documents is None:  # PostgreSQL: a pg_dump archive, restored below
        return
    counts = [s.documents for s in summaries]
    assert counts == sorted(counts)
    assert all(20 <= (c or 0) <= written[0] for c in counts)
    assert not list(tmp_path.glob(".*.partial"))


def test_a_restore_replaces_the_contents_and_open_connections_see_it(store: Store, tmp_path: Path):
    for n in range(3):
        store.add_document(page(n))
    backup(store, tmp_path / "desk.db")
    for n in range(3, 8):
        store.add_document(page(n))
    desk = open_store(full_url(store), migrate=False)
    assert desk.counts()["documents"] == 8

    summary = restore(store, tmp_path / "desk.db")

    assert summary.documents == 3
    assert desk.counts()["documents"] == 3  # the desk's open pool reads the restored store
    desk.add_document(page(99))  # and goes on writing
    assert store.counts()["documents"] == 4
    desk.close()


def test_a_file_that_is_not_a_backup_is_refused_and_the_store_kept(store: Store, tmp_path: Path):
    if store.engine.url.get_backend_name() != "sqlite":
        pytest.skip("pg_restore's own checks refuse it; this test is about the SQLite check")
    store.add_document(page(1))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)

    with pytest.raises(StoreError, match=r"junk\.db: (not a readable SQLite database|damaged)"):
        restore(store, junk)

    assert store.counts()["documents"] == 1


def test_a_postgresql_backup_without_pg_dump_is_refused_clearly(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    if store.engine.url.get_backend_name() != "postgresql":
        pytest.skip("SQLite needs no outside tool")
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no client tools on it

    with pytest.raises(StoreError, match=r"pg_dump not found: .* PostgreSQL client tools"):
        backup(store, tmp_path / "desk.dump")
    assert not (tmp_path / "desk.dump").exists()


def test_cli_backup_and_restore_round_trip(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'desk.db'}"
    store = open_store(db)
    for n in range(4):
        store.add_document(page(n))
    runner = CliRunner()

    saved = runner.invoke(app, ["backup", str(tmp_path / "saved.db"), "--db", db])
    store.add_document(page(4))
    restored = runner.invoke(app, ["restore", str(tmp_path / "saved.db"), "--db", db, "--yes"])

    assert saved.exit_code == 0, saved.output
    assert saved.stdout.startswith("backed up 4 documents, 0 articles — ")
    assert restored.exit_code == 0, restored.output
    assert restored.stdout.startswith("restored 4 documents, 0 articles — ")
    assert store.counts()["documents"] == 4
    store.close()
