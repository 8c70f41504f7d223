"""Weekly briefs (issue 10): the week's dossier of a theme, and the briefs made from it."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from watchdesk.analysis.briefs import suggest_trend
from watchdesk.analysis.trend_words import reason_words, trend_words
from watchdesk.cli.shell import (
    DbOption,
    JsonOption,
    app,
    clip,
    err,
    errors_exit,
    open_store_or_exit,
    out,
    parse_date,
    print_table,
)
from watchdesk.contract import brief_json, dossier_json
from watchdesk.dossier import choose_period, theme_dossier
from watchdesk.records import BRIEF_LANGUAGES

brief_app = typer.Typer(
    no_args_is_help=True, help="Weekly briefs: the dossier, drafts, publishing."
)
app.add_typer(brief_app, name="brief")

SHOWN = 10  # rows of each section in the table view; --json has them all


@brief_app.command("dossier")
def dossier(
    theme: Annotated[str, typer.Option("--theme", help="The theme's name.")],
    week: Annotated[
        str | None, typer.Option("--week", help="ISO week, e.g. 2026-W07 (default: the newest).")
    ] = None,
    start: Annotated[str | None, typer.Option("--from", help="First day (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day (YYYY-MM-DD).")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The week's dossier of a theme: weighted statements, conflicts, promises due, numbers
    that changed, questions that moved, volume per week, and the suggested trend with reasons.

    Example:
        watchdesk brief dossier --theme "Border crossings" --week 2026-W05 --json
    """
    _, store = open_store_or_exit(db)
    found = store.theme(name=theme)
    if found is None:
        err.print(f"error: no theme {theme!r}", markup=False, highlight=False)
        raise typer.Exit(1)
    with errors_exit():
        period = choose_period(store, week, parse_date(start), parse_date(end))
    result = theme_dossier(store, found, period)
    trend, reasons = suggest_trend(result)
    if as_json:
        record = dossier_json(result, trend, reasons, reason_words)
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    out.print(f"[bold]{escape(found.name)}[/] · {period.label} ({period.start} – {period.end})")
    out.print(f"Suggested trend: [bold]{trend_words(trend)}[/]")
    for reason in reasons:
        out.print(f"  · {escape(reason_words(reason))}")
    table = Table("weight", "outlets", "date", "speaker", "statement")
    for r in result.statements[:SHOWN]:
        s = r.source.statement
        table.add_row(
            f"{r.weight:.1f}",
            str(r.outlets),
            str(s.published),
            escape(s.speaker),
            escape(clip(s.content, 70)),
        )
    print_table(table)
    out.print(
        f"{len(result.statements)} statements, {len(result.conflicts)} conflicts"
        f" ({sum(c.new for c in result.conflicts)} new), {len(result.commitments)} promises due,"
        f" {len(result.numbers)} numbers, {len(result.questions)} questions moved,"
        f" {len(result.events)} events"
    )
    for event in result.events[:SHOWN]:
        out.print(f"  {event.day} · {escape(clip(event.source.statement.content, 90))}")


@brief_app.command("list")
def brief_list(
    theme: Annotated[str | None, typer.Option("--theme", help="Only this theme's briefs.")] = None,
    week: Annotated[str | None, typer.Option("--week", help="Only this ISO week.")] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="draft, review or published.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Briefs, newest week first: status, trend, and which language version is missing or older.

    Example:
        watchdesk brief list --status review
    """
    _, store = open_store_or_exit(db)
    theme_id = None
    if theme is not None:
        found = store.theme(name=theme)
        if found is None:
            err.print(f"error: no theme {theme!r}", markup=False, highlight=False)
            raise typer.Exit(1)
        theme_id = found.id
    briefs = store.briefs(theme_id=theme_id, week=week, status=status)
    if as_json:
        for brief in briefs:
            sys.stdout.write(json.dumps(brief_json(brief), ensure_ascii=False) + "\n")
        return
    table = Table("id", "week", "theme", "status", "trend", "languages", "headline")
    for brief in briefs:
        pairing = [
            f"{code} missing"
            if code in brief.missing()
            else f"{code} older"
            if code in brief.behind()
            else code
            for code in BRIEF_LANGUAGES
        ]
        first = brief.versions[0].headline if brief.versions else ""
        table.add_row(
            str(brief.id),
            brief.week,
            escape(brief.theme),
            brief.status,
            brief.trend or "",
            ", ".join(pairing),
            escape(clip(first, 60)),
        )
    print_table(table)


@brief_app.command("publish")
def brief_publish(
    brief_id: Annotated[int, typer.Argument(help="The brief's id (see `brief list`).")],
    by: Annotated[str, typer.Option("--by", help="Name written in the brief's history.")] = "cli",
    db: DbOption = None,
) -> None:
    """Publish both language versions of a brief to the public archive, feeds and newsletter.

    Refused while a version is missing or older than the other, or no trend is chosen.

    Example:
        watchdesk brief publish 3 --by maria
    """
    _, store = open_store_or_exit(db)
    with errors_exit():
        brief = store.publish_brief(brief_id, by=by)
    out.print(f"published brief {brief.id}: {escape(brief.theme)} {brief.week}")
