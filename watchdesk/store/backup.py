"""Backup and restore of a store while the desk, the watcher and ingests keep running.

SQLite: SQLite's online backup API copies the live database page by page between writes (a
writer never waits more than one step) into a temporary file that is checked, switched to a single
self-contained file and renamed into place, so a backup on disk is always whole. Restore copies
a checked backup into the live database the same way, in one transaction: connections that are
open see the old contents or the restored ones, never a mix; then migrations bring an older
backup up to date.

PostgreSQL: `pg_dump` and `pg_restore` (the client tools), in custom format and one transaction;
without them the store refuses with a clear error rather than writing something partial.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from watchdesk.errors import StoreError
from watchdesk.store.store import Store, open_store

PAGES_PER_STEP = 256  # 1 MB at a time: writers of the live database wait at most one step
STEP_PAUSE_S = 0.001


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds (or a restore brought back)."""

    path: Path
    size_bytes: int
    documents: int | None  # None where the copy is not a database we read (a pg_dump archive)
    articles: int | None


def backup(store: Store, target: Path) -> BackupSummary:
    """Write a consistent copy of the store to `target` while it stays in use."""
    target = target.expanduser()
    if target.is_dir():
        raise StoreError(f"{target}: is a folder; name the backup file")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        if _is_sqlite(store):
            return _backup_sqlite(store, partial, target)
        return _backup_postgresql(store, partial, target)
    finally:
        partial.unlink(missing_ok=True)


def restore(store: Store, source: Path) -> BackupSummary:
    """Replace the store's contents with the backup at `source`; open connections carry on."""
    source = source.expanduser()
    if not source.is_file():
        raise StoreError(f"{source}: no such backup file")
    if _is_sqlite(store):
        return _restore_sqlite(store, source)
    return _restore_postgresql(store, source)


# -- SQLite -------------------------------------------------------------------------------------


def _is_sqlite(store: Store) -> bool:
    return store.engine.url.get_backend_name() == "sqlite"


def _backup_sqlite(store: Store, partial: Path, target: Path) -> BackupSummary:
    copy = sqlite3.connect(partial)
    try:
        with store.engine.connect() as conn:
            live = conn.connection.dbapi_connection
            assert isinstance(live, sqlite3.Connection)
            live.backup(copy, pages=PAGES_PER_STEP, sleep=STEP_PAUSE_S)
        _check(copy, partial)
        copy.execute("PRAGMA journal_mode=DELETE")  # one file, readable without a -wal beside it
    finally:
        copy.close()
    with partial.open("rb") as written:
        os.fsync(written.fileno())
    os.replace(partial, target)
    return _summary(target)


def _restore_sqlite(store: Store, source: Path) -> BackupSummary:
    backup_db = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _check(backup_db, source)
        if not _has_table(backup_db, "alembic_version"):
            raise StoreError(f"{source}: not a watchdesk backup (no schema version)")
        with store.engine.connect() as conn:
            live = conn.connection.dbapi_connection
            assert isinstance(live, sqlite3.Connection)
            backup_db.backup(live, pages=0)  # one step, one transaction: never half restored
    finally:
        backup_db.close()
    store.migrate()  # a backup from an older version gains the tables it lacks
    counts = store.counts()
    return BackupSummary(source, source.stat().st_size, counts["documents"], counts["articles"])


def _check(connection: sqlite3.Connection, path: Path) -> None:
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a readable SQLite database ({exc})") from None
    if not verdict or verdict[0] != "ok":
        raise StoreError(f"{path}: damaged database ({verdict[0] if verdict else 'no answer'})")


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def _summary(path: Path) -> BackupSummary:
    copy = open_store(f"sqlite:///{path}", migrate=False)
    try:
        counts = copy.counts()
    finally:
        copy.close()
    return BackupSummary(path, path.stat().st_size, counts["documents"], counts["articles"])


# -- PostgreSQL ---------------------------------------------------------------------------------


def _backup_postgresql(store: Store, partial: Path, target: Path) -> BackupSummary:
    # A store kept in a schema of its own (search_path in the URL) is dumped alone, so that its
    # restore touches nothing else in the database.
    schema = _schema(store)
    only = [f"--schema={schema}"] if schema else []
    _run(store, "pg_dump", "--format=custom", "--no-owner", *only, f"--file={partial}")
    os.replace(partial, target)
    return BackupSummary(target, target.stat().st_size, None, None)


def _restore_postgresql(store: Store, source: Path) -> BackupSummary:
    _run(
        store,
        "pg_restore",
        "--clean",
        "--if-exists",
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
        str(source),
    )
    store.migrate()
    counts = store.counts()
    return BackupSummary(source, source.stat().st_size, counts["documents"], counts["articles"])


def _schema(store: Store) -> str | None:
    options = store.engine.url.query.get("options", "")
    found = re.search(r"-c\s*search_path=([\w$]+)", str(options))
    return found.group(1) if found else None


def _run(store: Store, tool: str, *arguments: str) -> None:
    program = shutil.which(tool)
    if program is None:
        raise StoreError(
            f"{tool} not found: backing up or restoring a PostgreSQL store needs the PostgreSQL"
            " client tools on PATH (or use your own PostgreSQL backups)"
        )
    url = store.engine.url
    # The password goes by environment, never on a command line other users can list.
    env = {**os.environ, **({"PGPASSWORD": str(url.password)} if url.password else {})}
    dsn = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    done = subprocess.run(
        [program, *arguments, f"--dbname={dsn}"], capture_output=True, text=True, env=env
    )
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise StoreError(f"{tool} failed: {detail}")
