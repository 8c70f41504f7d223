"""The desk server and database maintenance."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from watchdesk.cli.shell import (
    DbOption,
    JsonOption,
    app,
    err,
    open_store_or_exit,
    out,
)
from watchdesk.settings import load_settings

db_app = typer.Typer(no_args_is_help=True, help="Database maintenance.")
app.add_typer(db_app, name="db")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    db: DbOption = None,
) -> None:
    """Serve the desk (web pages and JSON API) over the store.

    Example:
        watchdesk serve --host 127.0.0.1 --port 8000
    """
    import uvicorn

    from watchdesk.web.app import create_app

    settings = load_settings(db=db, host=host, port=port)
    err.print(f"watchdesk desk on http://{settings.host}:{settings.port}/ — {settings.db}")
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Create the database or bring its schema up to date.

    Example:
        watchdesk db upgrade --db postgresql://localhost/watchdesk
    """
    _, store = open_store_or_exit(db)
    out.print(f"{store.url} is up to date")


@db_app.command("status")
def db_status(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Count what the store holds and list documents whose processing failed.

    Example:
        watchdesk db status
    """
    _, store = open_store_or_exit(db)
    counts = store.counts()
    failed = store.failed_documents()
    if as_json:
        sys.stdout.write(
            json.dumps({"counts": counts, "failed": [{"uri": u, "error": e} for u, e in failed]})
            + "\n"
        )
        return
    for name, count in counts.items():
        out.print(f"{name:12} {count}")
    for _uri, error in failed:
        err.print(f"failed: {error}", markup=False, highlight=False)
