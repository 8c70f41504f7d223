"""The Typer app, the consoles and the options every command shares."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from watchdesk.cli.lazy import LazyCommands
from watchdesk.errors import WatchdeskError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from watchdesk.settings import Settings
    from watchdesk.store import Store

app = typer.Typer(
    cls=LazyCommands,
    rich_markup_mode=None,  # plain click help: rich's help renderer takes a third of the start
    no_args_is_help=True,
    add_completion=False,
    help="watchdesk: who said what in the news, where official voices conflict, what was promised."
    " Store-backed commands print tables, or JSON lines with --json.",
)


@app.callback()
def _group() -> None:
    # A callback keeps the app a group while no command module is loaded yet (cli/lazy.py).
    pass


class _Console:
    """A rich Console made on first use: rich takes a third of `watchdesk --help`'s start."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real(), name)

    # A live display (the progress bar) enters its console: special methods bypass __getattr__.
    def __enter__(self) -> Console:
        return self._real().__enter__()

    def __exit__(self, *exc: object) -> None:
        self._real().__exit__(*exc)

    def _real(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console


# Typed as the Console they stand for: every attribute is the real one's.
out = cast("Console", _Console(soft_wrap=True))  # a message is one line, piped or not
err = cast("Console", _Console(stderr=True, soft_wrap=True))  # one error, one line, any width

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
    from watchdesk.settings import load_settings  # the store's imports take a second or more
    from watchdesk.store import open_store

    settings = load_settings(db=db)
    try:
        store = open_store(settings.db)
    except WatchdeskError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    _opened.append(store)
    return settings, store


_opened: list[Store] = []  # closed when the command is done (LazyCommands.invoke)


def close_stores() -> None:
    """Close the stores the command opened: a PostgreSQL connection is not left to the GC."""
    while _opened:
        _opened.pop().close()


def clip(text: str, width: int) -> str:
    """Text cut to a table column at the terminal; whole when piped (print_table)."""
    if not out.is_terminal or len(text) <= width:
        return text
    return text[: width - 1] + "…"


def print_table(table: Table) -> None:
    """A table as wide as the terminal; tab-separated lines under a header line when stdout is
    not a terminal, so `cut`, `sort` and spreadsheets get whole values, not an 80-column box."""
    if out.is_terminal:
        out.print(table)
        return
    columns = [[_plain(column.header), *map(_plain, column.cells)] for column in table.columns]
    for row in zip(*columns, strict=True):
        sys.stdout.write("\t".join(row) + "\n")


def _plain(cell: object) -> str:
    from rich.text import Text

    text = Text.from_markup(cell) if isinstance(cell, str) else cell
    plain = text.plain if isinstance(text, Text) else str(text)
    return " ".join(plain.split())  # a tab or newline inside a value would break the line


def unique_key(prefix: str, keys: Iterable[str], what: str) -> str:
    """The one key that starts with `prefix`, as git takes a short hash; exit 1 with a line that
    says why when no key or several do."""
    wanted = prefix.strip().lower()
    found = sorted({key for key in keys if wanted and key.startswith(wanted)})
    if len(found) == 1:
        return found[0]
    if not found:
        message = f"no {what} key starts with {prefix!r}"
    else:
        shown = ", ".join(key[:16] for key in found[:4]) + (", …" if len(found) > 4 else "")
        message = f"{prefix!r} is ambiguous: {len(found)} {what} keys start with it ({shown});"
        message += " give more characters"
    err.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(1)


@contextmanager
def errors_exit() -> Iterator[None]:
    try:
        yield
    except WatchdeskError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None
