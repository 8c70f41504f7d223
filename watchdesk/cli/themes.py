"""Analysts' themes: the keywords and entities the today page groups by."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from watchdesk.cli.shell import (
    DbOption,
    JsonOption,
    app,
    errors_exit,
    open_store_or_exit,
    out,
    print_table,
)

# -- themes (issue 6: the desk groups its today page by them) ---------------------------------

theme_app = typer.Typer(no_args_is_help=True, help="Analysts' themes: keywords and entities.")
app.add_typer(theme_app, name="theme")


def _terms(value: str | None) -> list[str]:
    return [t.strip() for t in (value or "").split(",") if t.strip()]


@theme_app.command("add")
def theme_add(
    name: str,
    keywords: Annotated[
        str | None, typer.Option("--keywords", help="Comma-separated words (any of them).")
    ] = None,
    entity: Annotated[
        list[str] | None, typer.Option("--entity", help="An entity's canonical name; repeatable.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Add a theme, or replace the keywords and entities of the theme with that name.

    Example:
        watchdesk theme add "Border crossings" --keywords "crossings, checkpoint" --entity Velsk
    """
    _, store = open_store_or_exit(db)
    found = store.theme(name=name)
    with errors_exit():
        if found is None:
            store.add_theme(name, _terms(keywords), entity or [])
        else:
            store.update_theme(found.id, name, _terms(keywords), entity or [])
    out.print(f"{'Updated' if found else 'Added'} theme {escape(name)}")


@theme_app.command("list")
def theme_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List the themes with their keywords and entities.

    Example:
        watchdesk theme list --json
    """
    _, store = open_store_or_exit(db)
    found = store.themes()
    if as_json:
        for t in found:
            record = {"name": t.name, "keywords": list(t.keywords), "entities": list(t.entities)}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    table = Table("name", "keywords", "entities")
    for t in found:
        table.add_row(escape(t.name), escape(", ".join(t.keywords)), escape(", ".join(t.entities)))
    print_table(table)
