"""Backup and restore of the store, safe while the desk, `watch` and ingests keep running."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from watchdesk.cli.shell import DbOption, app, err, open_store_or_exit, out
from watchdesk.errors import WatchdeskError
from watchdesk.store.backup import BackupSummary
from watchdesk.store.backup import backup as backup_store
from watchdesk.store.backup import restore as restore_store


@app.command()
def backup(
    path: Annotated[Path, typer.Argument(help="File to write the backup to.")],
    db: DbOption = None,
) -> None:
    """Copy the store to PATH while it stays in use (SQLite online backup, or pg_dump).

    Example:
        watchdesk backup backups/desk-2026-03-01.db
    """
    _, store = open_store_or_exit(db)
    try:
        summary = backup_store(store, path)
    except WatchdeskError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    _print("backed up", summary)


@app.command()
def restore(
    path: Annotated[Path, typer.Argument(help="A file written by `watchdesk backup`.")],
    db: DbOption = None,
    yes: Annotated[
        bool, typer.Option("--yes", help="Replace the store's contents without asking.")
    ] = False,
) -> None:
    """Replace the store's contents with the backup at PATH; a running desk carries on.

    Example:
        watchdesk restore backups/desk-2026-03-01.db --yes
    """
    _, store = open_store_or_exit(db)
    if not yes and not typer.confirm(f"Replace everything in {store.url} with {path}?"):
        raise typer.Exit(1)
    try:
        summary = restore_store(store, path)
    except WatchdeskError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    _print("restored", summary)


def _print(done: str, summary: BackupSummary) -> None:
    held = (
        f"{summary.documents} documents, {summary.articles} articles"
        if summary.documents is not None
        else "the whole database"
    )
    out.print(f"{done} {held} — {summary.path} ({summary.size_bytes:,} bytes)", highlight=False)
