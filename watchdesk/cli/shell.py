"""The Typer app, the consoles and the options every command shares."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated

import typer
from rich.console import Console

from watchdesk.errors import WatchdeskError
from watchdesk.settings import Settings, load_settings
from watchdesk.store import Store, open_store

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="watchdesk: who said what in the news, where official voices conflict, what was promised."
    " Store-backed commands print tables, or JSON lines with --json.",
)

out = Console()
err = Console(stderr=True, soft_wrap=True)  # one error, one line, whatever the width

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $WATCHDESK_DB or sqlite:///watchdesk.db)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON lines instead of a table.")]


def parse_date(value: str | None) -> date | None:
    """Read a YYYY-MM-DD option; a bad one is a usage error naming it."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def open_store_or_exit(db: str | None) -> tuple[Settings, Store]:
    """Settings with `--db` applied, and the store they name; exit 2 when it cannot be opened."""
    settings = load_settings(db=db)
    try:
        return settings, open_store(settings.db)
    except WatchdeskError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@contextmanager
def errors_exit() -> Iterator[None]:
    try:
        yield
    except WatchdeskError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None
