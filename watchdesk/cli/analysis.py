"""Conflicting signals, commitments, the entity registry and questions (issue 5)."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from watchdesk.analysis.registry import entity_key
from watchdesk.cli.shell import (
    DbOption,
    JsonOption,
    app,
    clip,
    err,
    open_store_or_exit,
    out,
    parse_date,
)
from watchdesk.link import commitment_json, commitment_statuses, conflict_json, ranked_conflicts

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
    _, store = open_store_or_exit(db)
    for key, verdict in ((confirm, "confirmed"), (dismiss, "dismissed")):
        if key and not store.set_conflict_status(key, verdict):  # type: ignore[arg-type]
            err.print(f"error: no conflict {key!r}", markup=False, highlight=False)
            raise typer.Exit(1)
    found = ranked_conflicts(store, since=parse_date(since), question=question, status=status)
    if as_json:
        for item in found:
            sys.stdout.write(json.dumps(conflict_json(item), ensure_ascii=False) + "\n")
        return
    table = Table("sure", "kind", "first", "second", "reason", "key")
    for item in found:
        first, second = item.first, item.second
        table.add_row(
            f"{item.confidence or 0:.2f}",
            item.conflict.kind,
            escape(f"{first.published} {first.speaker}: {clip(first.content, 60)}"),
            escape(f"{second.published} {second.speaker}: {clip(second.content, 60)}"),
            escape(clip(item.conflict.reason, 60)),
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
    _, store = open_store_or_exit(db)
    if review:
        key, _, verdict = review.partition("=")
        store.review_commitment(key, verdict)
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
    out.print(table)
