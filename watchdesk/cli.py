"""The `watchdesk` command: a thin shell over pipeline, store and web.

Store-backed commands print tables for people and, with --json, the same records as JSON lines.
"""

from __future__ import annotations

import json
import secrets
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, replace
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from watchdesk.analysis.registry import entity_key
from watchdesk.contract import analysis_json, stored_statement_json
from watchdesk.errors import InputError, WatchdeskError
from watchdesk.ingest.fetch import Fetcher
from watchdesk.ingest.files import read_inputs
from watchdesk.link import commitment_json, commitment_statuses, conflict_json
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import IngestReport, process
from watchdesk.pipeline import ingest as run_ingest
from watchdesk.pipeline import reprocess as run_reprocess
from watchdesk.settings import Settings, load_settings
from watchdesk.store import Store, open_store
from watchdesk.watch import (
    FetchReport,
    add_source,
    fetch_due,
    fetch_options,
    parse_every,
    stop_on_signals,
)
from watchdesk.watch import watch as run_watch

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
db_app = typer.Typer(no_args_is_help=True, help="Database maintenance.")
app.add_typer(db_app, name="db")

out = Console()
err = Console(stderr=True, soft_wrap=True)  # one error, one line, whatever the width

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $WATCHDESK_DB or sqlite:///watchdesk.db)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON lines instead of a table.")]


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _open(db: str | None) -> tuple[Settings, Store]:
    settings = load_settings(db=db)
    try:
        return settings, open_store(settings.db)
    except WatchdeskError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


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
        read_inputs([file], published=_date(published), max_bytes=settings.max_document_bytes)
    )
    raw = items[0] if items else InputError(str(file), "nothing to read")
    try:
        if isinstance(raw, InputError):
            raise raw
        if lang:
            raw = replace(raw, language=lang)
        result = process(raw, Parser(settings.spacy_model_en))
    except WatchdeskError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
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
    settings, store = _open(db)
    items = list(
        read_inputs(
            paths, published=_date(published), source=source, max_bytes=settings.max_document_bytes
        )
    )
    parser = Parser(settings.spacy_model_en)
    with _progress("ingest", quiet=as_json) as (progress, task):
        progress.update(task, total=len(items))
        report = run_ingest(items, store, parser, on_item=_advance(progress, task))
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


@contextmanager
def _progress(label: str, *, quiet: bool) -> Iterator[tuple[Progress, TaskID]]:
    """A progress bar on stderr for long runs; silent when stderr is not a terminal."""
    with Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
        disable=quiet or not err.is_terminal,
    ) as progress:
        yield progress, progress.add_task("", total=None)


def _advance(progress: Progress, task: TaskID) -> Callable[[str], None]:
    return lambda name: progress.update(task, advance=1, description=Path(name).name[-40:])


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
    settings, store = _open(db)
    parser = Parser(settings.spacy_model_en)
    with _progress("reprocess", quiet=as_json) as (progress, task):
        report = run_reprocess(
            store,
            parser,
            since=_date(since),
            source=source,
            on_item=_advance(progress, task),
            on_plan=lambda total: progress.update(task, total=total),
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
    limit: Annotated[int, typer.Option(help="At most this many statements.")] = 200,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List who said what, newest articles first.

    Example:
        watchdesk statements --speaker Brandvik --json
    """
    _, store = _open(db)
    found = store.statements(speaker=speaker, since=_date(since), until=_date(until), limit=limit)
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
            _clip(s.content, 120),
            s.kind,
            f"{s.polarity}/{s.modality}",
            _clip(item.article.title, 40),
        )
    out.print(table)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


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
    _, store = _open(db)
    out.print(f"{store.url} is up to date")


@db_app.command("status")
def db_status(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Count what the store holds and list documents whose processing failed.

    Example:
        watchdesk db status
    """
    _, store = _open(db)
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
    settings, store = _open(db)
    try:
        every_s = parse_every(every or f"{settings.poll_interval_min:g}m")
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    with _fetcher(settings) as fetcher, _errors_exit():
        added = add_source(store, fetcher, url, every_s=every_s, name=name, language=lang)
    out.print(f"watching {added.name}: {added.kind} {added.url} every {_every(added.every_s)}")


@source_app.command("list")
def source_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Show each source: kind, URL, interval, last fetch, status, errors and next due time.

    Example:
        watchdesk source list --json
    """
    _, store = _open(db)
    found = store.watched_sources()
    if as_json:
        for s in found:
            sys.stdout.write(json.dumps(asdict(s), default=str, ensure_ascii=False) + "\n")
        return
    table = Table("name", "kind", "url", "every", "last fetch", "status", "errors", "next due")
    for s in found:
        status = "paused" if s.paused else (s.last_status or "new")
        if s.last_error:
            status += f"\n[red]{escape(_clip(s.last_error, 80))}[/]"
        table.add_row(
            s.name, s.kind, s.url, _every(s.every_s), _when(s.last_fetch_at), status,
            str(s.error_count), "-" if s.paused else _when(s.next_due_at),
        )  # fmt: skip
    out.print(table)


@source_app.command("remove")
def source_remove(name: str, db: DbOption = None) -> None:
    """Stop watching a source; the articles it brought stay.

    Example:
        watchdesk source remove news.example
    """
    _, store = _open(db)
    _found(store.remove_source(name), name, "removed")


@source_app.command("pause")
def source_pause(name: str, db: DbOption = None) -> None:
    """Stop fetching a source until it is resumed.

    Example:
        watchdesk source pause news.example
    """
    _, store = _open(db)
    _found(store.pause_source(name), name, "paused")


@source_app.command("resume")
def source_resume(name: str, db: DbOption = None) -> None:
    """Fetch a paused source again, starting with the next pass.

    Example:
        watchdesk source resume news.example
    """
    _, store = _open(db)
    _found(store.pause_source(name, paused=False), name, "resumed")


@app.command()
def fetch(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Fetch every due source once: new articles are stored and processed.

    Example:
        watchdesk fetch
    """
    settings, store = _open(db)
    parser = Parser(settings.spacy_model_en)
    with _fetcher(settings) as fetcher, stop_on_signals() as stop:
        report = fetch_due(store, fetcher, parser, stop=stop.is_set)
    _print_fetch(report, as_json)


@app.command()
def watch(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Keep fetching sources as they fall due; Ctrl-C or SIGTERM stops after the current item.

    Example:
        watchdesk watch --db sqlite:///desk.db
    """
    settings, store = _open(db)
    parser = Parser(settings.spacy_model_en)
    with _fetcher(settings) as fetcher, stop_on_signals() as stop:
        run_watch(store, fetcher, parser, stop=stop, on_pass=lambda r: _print_fetch(r, as_json))
    err.print("stopped")


def _print_fetch(report: FetchReport, as_json: bool) -> None:
    for line in report.errors:
        err.print(f"error: {line}", markup=False, highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(asdict(report)) + "\n")
    elif report.sources:
        out.print(
            f"{report.sources} sources, {report.entries_new} new entries, {report.stored} stored,"
            f" {report.failed_sources} sources failed"
        )


@contextmanager
def _errors_exit() -> Iterator[None]:
    try:
        yield
    except WatchdeskError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None


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


# -- users ---------------------------------------------------------------------------------------

user_app = typer.Typer(no_args_is_help=True, help="Desk accounts and their roles.")
app.add_typer(user_app, name="user")

RoleArgument = Annotated[str, typer.Argument(help="reader, analyst, editor or admin.")]
PasswordStdin = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from the first line of stdin.")
]
DEMO_USERS = ("reader", "analyst", "editor", "admin")  # one demo account per role, named after it


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def _account(action: Callable[[], object]) -> None:
    try:
        action()
    except WatchdeskError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="reader, analyst, editor or admin.")] = "reader",
    password_stdin: PasswordStdin = False,
    db: DbOption = None,
) -> None:
    """Create a desk account; the password is prompted for unless --password-stdin is given.

    Example:
        echo 's3cret-pass' | watchdesk user add maria --role analyst --password-stdin
    """
    password = _password(password_stdin)
    _, store = _open(db)
    _account(lambda: store.add_user(name, password, role))
    out.print(f"added {name} ({role})")


@user_app.command("list")
def user_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List desk accounts with their roles.

    Example:
        watchdesk user list
    """
    _, store = _open(db)
    found = store.users()
    if as_json:
        for u in found:
            sys.stdout.write(json.dumps({"name": u.name, "role": u.role, "language": u.language}))
            sys.stdout.write("\n")
        return
    table = Table("name", "role", "language")
    for u in found:
        table.add_row(u.name, u.role, u.language or "")
    out.print(table)


@user_app.command("role")
def user_role(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: RoleArgument,
    db: DbOption = None,
) -> None:
    """Give an account another role.

    Example:
        watchdesk user role maria editor
    """
    _, store = _open(db)
    _account(lambda: store.set_role(name, role))
    out.print(f"{name} is now {role}")


@user_app.command("password")
def user_password(
    name: Annotated[str, typer.Argument(help="Login name.")],
    password_stdin: PasswordStdin = False,
    db: DbOption = None,
) -> None:
    """Set a new password for an account and end its sessions.

    Example:
        watchdesk user password maria
    """
    password = _password(password_stdin)
    _, store = _open(db)
    _account(lambda: store.set_password(name, password))
    out.print(f"new password set for {name}")


@user_app.command("remove")
def user_remove(
    name: Annotated[str, typer.Argument(help="Login name.")], db: DbOption = None
) -> None:
    """Delete an account and end its sessions.

    Example:
        watchdesk user remove maria
    """
    _, store = _open(db)
    if not store.remove_user(name):
        err.print(f"error: no user called {name!r}", markup=False, highlight=False)
        raise typer.Exit(1)
    out.print(f"removed {name}")


@user_app.command("ensure-demo")
def user_ensure_demo(db: DbOption = None) -> None:
    """Give a demo database one account per role with a fresh random password, and print it.

    Refuses a database that has other accounts: demo passwords are for demo databases only.

    Example:
        watchdesk user ensure-demo --db sqlite:///watchdesk.db
    """
    _, store = _open(db)
    others = [u.name for u in store.users() if u.name not in DEMO_USERS]
    if others:
        err.print("error: this database has real accounts; demo accounts are for demo databases")
        raise typer.Exit(1)
    password = secrets.token_urlsafe(9)
    for name in DEMO_USERS:
        if store.user(name) is None:
            store.add_user(name, password, name)
        else:
            store.set_role(name, name)
            store.set_password(name, password)
    out.print(f"Demo accounts — user name = role, password for all: [bold]{password}[/]")
    out.print("  " + ", ".join(DEMO_USERS))


# -- conflicts, commitments, entities, questions (issue 5) ------------------------------------


@app.command()
def conflicts(
    since: Annotated[
        str | None, typer.Option(help="Second statement on or after this date.")
    ] = None,
    question: Annotated[int | None, typer.Option(help="Only conflicts on this question.")] = None,
    status: Annotated[str | None, typer.Option(help="open, confirmed or dismissed.")] = None,
    confirm: Annotated[str | None, typer.Option(help="Confirm the flag with this key.")] = None,
    dismiss: Annotated[str | None, typer.Option(help="Dismiss the flag with this key.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List conflicting signals: two statements that cannot both hold, with the reason.

    Example:
        watchdesk conflicts --since 2026-02-01 --json
    """
    _, store = _open(db)
    for key, verdict in ((confirm, "confirmed"), (dismiss, "dismissed")):
        if key and not store.set_conflict_status(key, verdict):  # type: ignore[arg-type]
            err.print(f"error: no conflict {key!r}", markup=False, highlight=False)
            raise typer.Exit(1)
    found = store.conflicts(since=_date(since), question=question, status=status)
    if as_json:
        for item in found:
            sys.stdout.write(json.dumps(conflict_json(item), ensure_ascii=False) + "\n")
        return
    table = Table("kind", "first", "second", "reason", "key")
    for item in found:
        first, second = item.first, item.second
        table.add_row(
            item.conflict.kind,
            escape(f"{first.published} {first.speaker}: {_clip(first.content, 60)}"),
            escape(f"{second.published} {second.speaker}: {_clip(second.content, 60)}"),
            escape(_clip(item.conflict.reason, 60)),
            item.conflict.key[:12],
        )
    out.print(table)


@app.command()
def commitments(
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Judge on this date (today).")
    ] = None,
    status: Annotated[str | None, typer.Option(help="open, due, kept, broken or unclear.")] = None,
    review: Annotated[
        str | None, typer.Option(help="KEY=STATUS: an analyst's verdict on a watch item.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List promises and forecasts with their due dates, status and evidence.

    Example:
        watchdesk commitments --as-of 2026-02-20 --status due --json
    """
    _, store = _open(db)
    if review:
        key, _, verdict = review.partition("=")
        store.review_commitment(key, verdict)
    when = _date(as_of) or date.today()
    items = [
        (i, s) for i, s in commitment_statuses(store, when) if not status or s.status == status
    ]
    if as_json:
        for item, state in items:
            sys.stdout.write(json.dumps(commitment_json(item, state), ensure_ascii=False) + "\n")
        return
    table = Table("due", "status", "speaker", "promise", "evidence", "key")
    for item, state in items:
        table.add_row(
            state.due or "",
            state.status,
            escape(item.statement.speaker),
            escape(_clip(item.statement.content, 70)),
            str(len(state.evidence)),
            item.statement.key[:12],
        )
    out.print(table)


@app.command()
def entities(
    merge: Annotated[
        tuple[str, str] | None, typer.Option(help="KEEP ABSORBED: fold one entity into another.")
    ] = None,
    alias: Annotated[
        tuple[str, str] | None, typer.Option(help="KEY ALIAS: teach the registry a name.")
    ] = None,
    rename: Annotated[tuple[str, str] | None, typer.Option(help="KEY NAME: rename.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the entity registry; merge, rename and add aliases (edits survive re-processing).

    Example:
        watchdesk entities --merge "kyiv" "kiev city"
    """
    _, store = _open(db)
    done = True
    if merge:
        done = store.merge_entities(*merge)
    if alias:
        done = done and store.add_alias(alias[0], alias[1], entity_key(alias[1]))
    if rename:
        done = done and store.rename_entity(*rename)
    if not done:
        err.print("error: unknown entity key", markup=False, highlight=False)
        raise typer.Exit(1)
    found = store.registry()
    if as_json:
        for e in found:
            record = {"key": e.key, "name": e.name, "label": e.label, "aliases": list(e.aliases)}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    table = Table("key", "name", "label", "aliases")
    for e in found:
        table.add_row(
            escape(e.key), escape(e.name), e.label, escape(_clip(", ".join(e.aliases), 80))
        )
    out.print(table)


@app.command()
def questions(
    name: Annotated[tuple[int, str] | None, typer.Option(help="ID NAME: name a question.")] = None,
    merge: Annotated[
        tuple[int, int] | None, typer.Option(help="KEEP ABSORBED: merge two questions.")
    ] = None,
    split: Annotated[
        tuple[str, str] | None,
        typer.Option(help="KEYS NAME: move statements (comma-separated keys) to a new question."),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the questions statements are grouped into; name, merge and split them.

    Example:
        watchdesk questions --name 3 "How many Karesian troops are in Norvaland?"
    """
    _, store = _open(db)
    if name:
        store.name_question(*name)
    if merge:
        store.merge_questions(*merge)
    if split:
        store.split_question(split[0].split(","), split[1])
    found = store.questions()
    if as_json:
        for q in found:
            record = {"id": q.id, "name": q.name, "statements": q.size, "topics": list(q.topics)}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    table = Table("id", "statements", "question")
    for q in found:
        table.add_row(str(q.id), str(q.size), escape(q.name))
    out.print(table)


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
    _, store = _open(db)
    found = store.theme(name=name)
    with _errors_exit():
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
    _, store = _open(db)
    found = store.themes()
    if as_json:
        for t in found:
            record = {"name": t.name, "keywords": list(t.keywords), "entities": list(t.entities)}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    table = Table("name", "keywords", "entities")
    for t in found:
        table.add_row(escape(t.name), escape(", ".join(t.keywords)), escape(", ".join(t.entities)))
    out.print(table)
