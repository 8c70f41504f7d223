"""Commands that read articles: analyze one file, ingest many, reprocess, list statements."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from watchdesk.budget import annotator
from watchdesk.cli.progress import progress_bar
from watchdesk.cli.shell import (
    DbOption,
    JsonOption,
    app,
    clip,
    err,
    open_store_or_exit,
    out,
    parse_date,
    print_table,
)
from watchdesk.contract import analysis_json, stored_statement_json
from watchdesk.errors import InputError, WatchdeskError
from watchdesk.ingest.files import read_inputs
from watchdesk.lookahead import annotators
from watchdesk.paging import Page
from watchdesk.pipeline import IngestReport, processor
from watchdesk.pipeline import ingest as run_ingest
from watchdesk.pipeline import reprocess as run_reprocess
from watchdesk.settings import load_settings
from watchdesk.store import Store


@app.command()
def analyze(
    file: Annotated[Path, typer.Argument(help="An .html or .txt file.")],
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language code; detected if absent.")
    ] = None,
) -> None:
    """Print one JSON object with everything found in FILE; touches no database.

    Example:
        watchdesk analyze article.html --published 2026-02-20
    """
    settings = load_settings()
    items = list(
        read_inputs([file], published=parse_date(published), max_bytes=settings.max_document_bytes)
    )
    raw = items[0] if items else InputError(str(file), "nothing to read")
    try:
        if isinstance(raw, InputError):
            raise raw
        if lang:
            raw = replace(raw, language=lang)
        with annotator(settings) as annotating:
            result = processor(annotating).process(raw)
    except WatchdeskError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    except Exception as exc:  # a stage's bug on one odd text: one line, never a traceback
        message = f"error: {file}: processing failed ({type(exc).__name__}: {exc})"
        err.print(message, markup=False, highlight=False)
        raise typer.Exit(1) from None
    sys.stdout.write(json.dumps(analysis_json(result), ensure_ascii=False, indent=2) + "\n")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files, folders or .jsonl archives.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date for documents that carry none.")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Name of the source these came from.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Store and process local documents; a bad file is reported and the run goes on.

    Example:
        watchdesk ingest demo/corpus --source demo
    """
    settings, store = open_store_or_exit(db)
    items = list(
        read_inputs(
            paths,
            published=parse_date(published),
            source=source,
            max_bytes=settings.max_document_bytes,
        )
    )
    with (
        annotators(settings) as annotating,
        progress_bar("ingest", total=len(items), quiet=as_json) as advance,
    ):
        report = run_ingest(items, store, annotating, on_item=advance)
    _print_report(report, store, as_json)


def _print_report(report: IngestReport, store: Store, as_json: bool) -> None:
    for line in report.errors:
        err.print(f"error: {line}", markup=False, highlight=False)
    summary = {
        "stored": report.stored,
        "unchanged": report.unchanged,
        "failed": len(report.errors),
        "db": store.url,
    }
    if as_json:
        sys.stdout.write(json.dumps(summary) + "\n")
    else:
        out.print(
            f"{report.stored} stored, {report.unchanged} unchanged, {len(report.errors)} failed"
            f" — {store.url}"
        )
    if report.errors and not (report.stored or report.unchanged):
        raise typer.Exit(1)


@app.command()
def reprocess(
    since: Annotated[
        str | None, typer.Option(help="Only articles published on or after this date.")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Only documents of this source.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Re-annotate stored articles made by an older pipeline version; resumable.

    Example:
        watchdesk reprocess --since 2026-01-01
    """
    settings, store = open_store_or_exit(db)
    with (
        annotators(settings) as annotating,
        progress_bar("reprocess", quiet=as_json) as advance,
    ):
        report = run_reprocess(
            store,
            annotating,
            since=parse_date(since),
            source=source,
            on_item=advance,
            on_plan=advance.plan,
        )
    _print_report(report, store, as_json)


@app.command()
def statements(
    speaker: Annotated[str | None, typer.Option(help="Part of the speaker's name.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Articles published on or after this date.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Articles published on or before this date.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many statements.")] = 200,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many statements first.")] = 0,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List who said what, newest articles first; a cut list says how to see the rest.

    Example:
        watchdesk statements --speaker Brandvik --json
    """
    _, store = open_store_or_exit(db)
    paged = store.statements_page(
        speaker=speaker, since=parse_date(since), until=parse_date(until), page=Page(offset, limit)
    )
    found = paged.items
    if paged.next is not None:  # on stderr, so that piped JSON lines stay clean
        err.print(
            f"{len(found)} of {paged.total} statements shown; the next ones: "
            f"--offset {paged.next.offset}",
            markup=False,
            highlight=False,
        )
    if as_json:
        for item in found:
            sys.stdout.write(json.dumps(stored_statement_json(item), ensure_ascii=False) + "\n")
        return
    table = Table("date", "speaker", "said", "kind", "stance", "article", show_lines=False)
    for item in found:
        s = item.statement
        who = s.speaker + (
            f"\n[dim]{s.speaker_role or ''} {s.speaker_org or ''}[/]"
            if (s.speaker_role or s.speaker_org)
            else ""
        )
        table.add_row(
            str(item.article.published or ""),
            who,
            clip(s.content, 120),
            s.kind,
            f"{s.polarity}/{s.modality}",
            clip(item.article.title, 40),
        )
    print_table(table)
