"""`watchdesk backfill`: process whole archives, on Ray or in this process."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from watchdesk.cli.progress import progress_bar
from watchdesk.cli.shell import DbOption, JsonOption, app, err, open_store_or_exit, out, parse_date
from watchdesk.errors import WatchdeskError


@app.command()
def backfill(
    archives: Annotated[list[Path], typer.Argument(help="WARC or JSONL archives, or folders.")],
    engine: Annotated[
        str, typer.Option(help="ray: Ray Data workers; local: this process.")
    ] = "ray",
    address: Annotated[
        str | None,
        typer.Option(help="A running Ray cluster (ray://head:10001); default: start a local Ray."),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Annotating workers (default: one per CPU).")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date for documents that carry none.")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Name of the source these came from.")] = None,
    analyze: Annotated[
        bool, typer.Option(help="Link statements into questions, conflicts and promises.")
    ] = True,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Process archives into the store; resumable: a second run finishes what a crash left.

    Example:
        watchdesk backfill archive/2025-*.jsonl.gz --engine ray --db postgresql+psycopg://…/desk
    """
    if engine not in ("ray", "local"):
        raise typer.BadParameter(f"{engine!r}: choose ray or local", param_hint="--engine")
    from watchdesk.backfill import BackfillOptions
    from watchdesk.backfill import backfill as run_backfill
    from watchdesk.ingest.files import read_inputs
    from watchdesk.lookahead import annotators
    from watchdesk.pipeline import ingest

    settings, store = open_store_or_exit(db)
    options = BackfillOptions(
        max_bytes=settings.max_document_bytes,
        spacy_model_en=settings.spacy_model_en,
        address=address,
        workers=workers,
        published=parse_date(published),
        source=source,
    )
    try:
        with progress_bar("backfill", quiet=as_json) as advance:
            if engine == "ray":
                report = run_backfill(
                    archives, store, options, on_item=advance, on_plan=advance.plan, analyze=analyze
                )
            else:
                items = read_inputs(
                    archives,
                    published=options.published,
                    source=source,
                    max_bytes=options.max_bytes,
                )
                with annotators(settings, workers) as annotating:
                    report = ingest(
                        items,
                        store,
                        annotating,
                        on_item=advance,
                        analyze=analyze,
                        command="backfill",
                    )
    except WatchdeskError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    for line in report.errors:
        err.print(f"error: {line}", markup=False, highlight=False)
    summary = {
        "stored": report.stored,
        "unchanged": report.unchanged,
        "failed": len(report.errors),
        "engine": engine,
        "db": store.url,
    }
    if as_json:
        sys.stdout.write(json.dumps(summary) + "\n")
    else:
        out.print(
            f"{report.stored} stored, {report.unchanged} unchanged, {len(report.errors)} failed"
            f" — {engine} → {store.url}"
        )
