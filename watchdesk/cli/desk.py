"""The desk server and database maintenance."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from watchdesk.cli.runs import run_json, run_lines
from watchdesk.cli.shell import (
    DbOption,
    JsonOption,
    app,
    err,
    open_store_or_exit,
    out,
)

db_app = typer.Typer(no_args_is_help=True, help="Database maintenance.")
app.add_typer(db_app, name="db")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[
        int | None, typer.Option(help="Port to listen on (default: $WATCHDESK_PORT or 8000).")
    ] = None,
    access_log: Annotated[bool, typer.Option(help="Log one line per request on stderr.")] = True,
    db: DbOption = None,
) -> None:
    """Serve the desk (web pages and JSON API) over the store.

    A port that is taken fails at once with one line; choose another with --port.

    Example:
        watchdesk serve --host 127.0.0.1 --port 8000
    """
    import re
    import socket

    import uvicorn

    from watchdesk.settings import load_settings
    from watchdesk.web.access_log import enable as enable_access_log
    from watchdesk.web.app import create_app

    settings = load_settings(db=db, host=host, port=port)
    # Bound here, before the message and the app, so a taken port is one line, not a traceback.
    family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((settings.host, settings.port))
    except OSError as exc:
        listener.close()
        err.print(
            f"error: cannot listen on {settings.host}:{settings.port} ({exc.strerror});"
            " choose another port with --port (make run PORT=8001)",
            markup=False,
            highlight=False,
        )
        raise typer.Exit(1) from None
    if access_log:
        enable_access_log()
    app_ = create_app(settings)
    shown_db = re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", settings.db)  # no password on screen
    err.print(f"watchdesk desk on http://{settings.host}:{settings.port}/ — {shown_db}")
    config = uvicorn.Config(app_, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[listener])


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
    """Count what the store holds, its size, the last run's time per stage, and failed documents.

    Example:
        watchdesk db status
    """
    _, store = open_store_or_exit(db)
    counts = store.counts()
    failed = store.failed_documents()
    size, tables, run = store.size_bytes(), store.table_bytes(), store.last_run()
    if as_json:
        record = {
            "counts": counts,
            "failed": [{"uri": u, "error": e} for u, e in failed],
            "size_bytes": size,
            "table_bytes": tables,
            "last_run": run_json(run) if run else None,
        }
        sys.stdout.write(json.dumps(record) + "\n")
        return
    for name, count in counts.items():
        out.print(f"{name:12} {count}")
    largest = ", ".join(f"{name} {_megabytes(b)}" for name, b in list(tables.items())[:3])
    out.print(f"{'size':12} {_megabytes(size)}" + (f" (largest: {largest})" if largest else ""))
    if run is not None:
        for line in run_lines(run):
            out.print(line, markup=False, highlight=False)
    for _uri, error in failed:
        err.print(f"failed: {error}", markup=False, highlight=False)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
