"""Watching sources: add, list, pause and remove them; fetch once or keep watching."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import datetime
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from watchdesk.budget import annotator
from watchdesk.cli.shell import (
    DbOption,
    JsonOption,
    app,
    clip,
    err,
    errors_exit,
    open_store_or_exit,
    out,
    print_table,
)
from watchdesk.ingest.fetch import Fetcher
from watchdesk.settings import Settings
from watchdesk.watch import (
    FetchReport,
    add_source,
    fetch_due,
    fetch_options,
    parse_every,
    stop_on_signals,
)
from watchdesk.watch import watch as run_watch

# -- sources, fetch, watch ------------------------------------------------------------------------

source_app = typer.Typer(no_args_is_help=True, help="Feeds, sitemaps and pages to watch.")
app.add_typer(source_app, name="source")


def _fetcher(settings: Settings) -> Fetcher:
    return Fetcher(fetch_options(settings))


@source_app.command("add")
def source_add(
    url: Annotated[str, typer.Argument(help="Feed, sitemap or page URL.")],
    name: Annotated[str | None, typer.Option(help="Name (default: the host).")] = None,
    every: Annotated[str | None, typer.Option(help="Interval: 15m, 2h, 1d.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Language of its articles.")] = None,
    db: DbOption = None,
) -> None:
    """Watch URL; its kind (feed, sitemap, page) is found by fetching it once.

    Example:
        watchdesk source add https://news.example/rss.xml --every 15m --lang en
    """
    settings, store = open_store_or_exit(db)
    try:
        every_s = parse_every(every or f"{settings.poll_interval_min:g}m")
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    with _fetcher(settings) as fetcher, errors_exit():
        added = add_source(store, fetcher, url, every_s=every_s, name=name, language=lang)
    out.print(f"watching {added.name}: {added.kind} {added.url} every {_every(added.every_s)}")


@source_app.command("list")
def source_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Show each source: kind, URL, interval, last fetch, status, errors and next due time.

    Example:
        watchdesk source list --json
    """
    _, store = open_store_or_exit(db)
    found = store.watched_sources()
    if as_json:
        for s in found:
            sys.stdout.write(json.dumps(asdict(s), default=str, ensure_ascii=False) + "\n")
        return
    table = Table("name", "kind", "url", "every", "last fetch", "status", "errors", "next due")
    for s in found:
        status = "paused" if s.paused else (s.last_status or "new")
        if s.last_error:
            status += f"\n[red]{escape(clip(s.last_error, 80))}[/]"
        table.add_row(
            s.name, s.kind, s.url, _every(s.every_s), _when(s.last_fetch_at), status,
            str(s.error_count), "-" if s.paused else _when(s.next_due_at),
        )  # fmt: skip
    print_table(table)


@source_app.command("remove")
def source_remove(name: str, db: DbOption = None) -> None:
    """Stop watching a source; the articles it brought stay.

    Example:
        watchdesk source remove news.example
    """
    _, store = open_store_or_exit(db)
    _found(store.remove_source(name), name, "removed")


@source_app.command("pause")
def source_pause(name: str, db: DbOption = None) -> None:
    """Stop fetching a source until it is resumed.

    Example:
        watchdesk source pause news.example
    """
    _, store = open_store_or_exit(db)
    _found(store.pause_source(name), name, "paused")


@source_app.command("resume")
def source_resume(name: str, db: DbOption = None) -> None:
    """Fetch a paused source again, starting with the next pass.

    Example:
        watchdesk source resume news.example
    """
    _, store = open_store_or_exit(db)
    _found(store.pause_source(name, paused=False), name, "resumed")


@app.command()
def fetch(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Fetch every due source once: new articles are stored and processed.

    Example:
        watchdesk fetch
    """
    settings, store = open_store_or_exit(db)
    with annotator(settings) as parser, _fetcher(settings) as fetcher, stop_on_signals() as stop:
        report = fetch_due(store, fetcher, parser, stop=stop.is_set)
    _print_fetch(report, as_json)
    if report.store_error:
        raise typer.Exit(1)


@app.command()
def watch(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Keep fetching sources as they fall due; Ctrl-C or SIGTERM stops after the current item.

    Example:
        watchdesk watch --db sqlite:///desk.db
    """
    settings, store = open_store_or_exit(db)
    with annotator(settings) as parser, _fetcher(settings) as fetcher, stop_on_signals() as stop:
        run_watch(store, fetcher, parser, stop=stop, on_pass=lambda r: _print_fetch(r, as_json))
    err.print("stopped")


def _print_fetch(report: FetchReport, as_json: bool) -> None:
    for line in report.errors:
        err.print(f"error: {line}", markup=False, highlight=False)
    if report.store_error:
        err.print(f"error: {report.store_error} (tried again soon)", markup=False, highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(asdict(report)) + "\n")
    elif report.sources:
        out.print(
            f"{report.sources} sources, {report.entries_new} new entries, {report.stored} stored,"
            f" {report.failed_sources} sources failed"
        )


def _found(done: bool, name: str, what: str) -> None:
    if not done:
        err.print(f"error: no source called {name!r}", markup=False, highlight=False)
        raise typer.Exit(1)
    out.print(f"{what} {name}")


def _every(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"
