"""Commands load their module only when they run, so `watchdesk --help` starts at once.

A command's module imports the pipeline, the store or the web app, which takes seconds; the list
below names each command's module and its one-line help for `watchdesk --help`.
tests/test_cli_startup.py checks the list against the commands the modules define.
"""

from __future__ import annotations

import importlib
from typing import Any

import typer
import typer.main
from typer.core import TyperGroup

# name → (module under watchdesk.cli, the first line of its help), in the order --help lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "analyze": (
        "articles",
        "Print one JSON object with everything found in FILE; touches no database.",
    ),
    "ingest": (
        "articles",
        "Store and process local documents; a bad file is reported and the run goes on.",
    ),
    "reprocess": (
        "articles",
        "Re-annotate stored articles made by an older pipeline version; resumable.",
    ),
    "backfill": (
        "backfill",
        "Process archives into the store; resumable: a second run finishes what a crash left.",
    ),
    "statements": (
        "articles",
        "List who said what, newest articles first; a cut list says how to see the rest.",
    ),
    "serve": ("desk", "Serve the desk (web pages and JSON API) over the store."),
    "fetch": (
        "sources",
        "Fetch every due source once: new articles are stored and processed.",
    ),
    "watch": (
        "sources",
        "Keep fetching sources as they fall due; Ctrl-C or SIGTERM stops after the current item.",
    ),
    "conflicts": (
        "analysis",
        "List conflicting signals: two statements that cannot both hold, with the reason.",
    ),
    "commitments": (
        "analysis",
        "List promises and forecasts with their due dates, status and evidence.",
    ),
    "entities": (
        "analysis",
        "List the entity registry; merge, rename and add aliases (edits survive re-processing).",
    ),
    "questions": (
        "analysis",
        "List the questions statements are grouped into; name, merge and split them.",
    ),
    "db": ("desk", "Database maintenance."),
    "backup": (
        "backup",
        "Copy the store to PATH while it stays in use (SQLite online backup, or pg_dump).",
    ),
    "restore": (
        "backup",
        "Replace the store's contents with the backup at PATH; a running desk carries on.",
    ),
    "source": ("sources", "Feeds, sitemaps and pages to watch."),
    "user": ("users", "Desk accounts and their roles."),
    "theme": ("themes", "Analysts' themes: keywords and entities."),
    "brief": ("briefs", "Weekly briefs: the dossier, drafts, publishing."),
    "newsletter": ("newsletter", "The newsletter: send new briefs to subscribers; list them."),
}


def load_commands() -> None:
    """Import every module of the package (for tests and docs that need the whole app): a
    command missing from COMMANDS then shows up in tests/test_cli_startup.py."""
    import pkgutil

    import watchdesk.cli

    for found in pkgutil.iter_modules(watchdesk.cli.__path__):
        importlib.import_module(f"watchdesk.cli.{found.name}")


class LazyCommands(TyperGroup):
    """The top-level group: lists commands from COMMANDS, loads one when it is asked for."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self._listing = False

    def list_commands(self, ctx: Any) -> list[str]:
        return [*COMMANDS, *(name for name in self.commands if name not in COMMANDS)]

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        finally:
            from watchdesk.cli.shell import close_stores

            close_stores()

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._listing = True  # the list of commands needs their help lines, not their modules
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, summary = COMMANDS[cmd_name]
            if self._listing:
                return typer.core.TyperCommand(cmd_name, help=summary)
            importlib.import_module(f"watchdesk.cli.{module}")
            from watchdesk.cli.shell import app

            built = typer.main.get_command(app)
            assert isinstance(built, TyperGroup)
            self.commands.update(built.commands)
        return self.commands.get(cmd_name)
