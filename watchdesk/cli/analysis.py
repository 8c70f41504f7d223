"""Conflicting signals, commitments, the entity registry and questions (issue 5)."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from watchdesk.cli.shell import (
    DbOption,
    JsonOption,
    app,
    clip,
    err,
    open_store_or_exit,
    parse_date,
    print_table,
    unique_key,
)

# watchdesk.link and the analysis modules are imported inside the commands: they take a second.

# -- conflicts, commitments, entities, questions (issue 5) ------------------------------------


@app.command()
def conflicts(
    since: Annotated[
        str | None, typer.Option(help="Second statement on or after this date.")
    ] = None,
    question: Annotated[int | None, typer.Option(help="Only conflicts on this question.")] = None,
    status: Annotated[
        str | None, typer.Option(help="open (the default), confirmed or dismissed.")
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="Every flag, whatever its status.")] = False,
    confirm: Annotated[
        str | None, typer.Option(help="Confirm the flag whose key starts with this.")
    ] = None,
    dismiss: Annotated[
        str | None, typer.Option(help="Dismiss the flag whose key starts with this.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List conflicting signals: two statements that cannot both hold, with the reason.

    Open flags are listed unless --status or --all says otherwise. --confirm and --dismiss take
    a key as printed, or any part of its start that only one flag has.

    Example:
        watchdesk conflicts --since 2026-02-01 --json
        watchdesk conflicts --confirm 3fa9c1
    """
    from watchdesk.link import conflict_json, ranked_conflicts

    _, store = open_store_or_exit(db)
    verdicts = [(key, verdict) for key, verdict in ((confirm, "confirmed"), (dismiss, "dismissed"))]
    if any(key for key, _ in verdicts):
        known = [flag.conflict.key for flag in store.conflicts()]
        for key, verdict in verdicts:
            if key:
                store.set_conflict_status(unique_key(key, known, "conflict"), verdict)  # type: ignore[arg-type]
    wanted = None if every else status or "open"
    found = ranked_conflicts(store, since=parse_date(since), question=question, status=wanted)
    if as_json:
        for item in found:
            sys.stdout.write(json.dumps(conflict_json(item), ensure_ascii=False) + "\n")
        return
    table = Table("sure", "status", "kind", "first", "second", "reason", "key")
    for item in found:
        first, second = item.first, item.second
        table.add_row(
            f"{item.confidence or 0:.2f}",
            item.status,
            item.conflict.kind,
            escape(f"{first.published} {first.speaker}: {clip(first.content, 60)}"),
            escape(f"{second.published} {second.speaker}: {clip(second.content, 60)}"),
            escape(clip(item.conflict.reason, 60)),
            item.conflict.key[:12],
        )
    print_table(table)


@app.command()
def commitments(
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Judge on this date (today).")
    ] = None,
    status: Annotated[str | None, typer.Option(help="open, due, kept, broken or unclear.")] = None,
    review: Annotated[
        str | None,
        typer.Option(
            help="KEY=STATUS: an analyst's verdict on a watch item (a key's start will do)."
        ),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List promises and forecasts with their due dates, status and evidence.

    Example:
        watchdesk commitments --as-of 2026-02-20 --status due --json
    """
    from watchdesk.link import commitment_json, commitment_statuses

    _, store = open_store_or_exit(db)
    if review:
        key, _, verdict = review.partition("=")
        known = [item.statement.key for item in store.watch_items()]
        store.review_commitment(unique_key(key, known, "commitment"), verdict)
    when = parse_date(as_of) or date.today()
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
            escape(clip(item.statement.content, 70)),
            str(len(state.evidence)),
            item.statement.key[:12],
        )
    print_table(table)


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
    from watchdesk.analysis.registry import entity_key

    _, store = open_store_or_exit(db)
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
            escape(e.key), escape(e.name), e.label, escape(clip(", ".join(e.aliases), 80))
        )
    print_table(table)


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
    _, store = open_store_or_exit(db)
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
    print_table(table)
