"""The newsletter: send each subscriber their new briefs; list subscribers and deliveries."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from watchdesk.cli.shell import DbOption, JsonOption, app, err, errors_exit, open_store_or_exit, out

newsletter_app = typer.Typer(
    no_args_is_help=True, help="The newsletter: send new briefs to subscribers; list them."
)
app.add_typer(newsletter_app, name="newsletter")


@newsletter_app.command("send")
def newsletter_send(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say who would get what; send and record nothing.")
    ] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Mail every confirmed subscriber the briefs published for them since their last mail.

    One line per recipient that failed, and the run goes on; exit 1 when any failed. A mail a
    killed run may or may not have sent is reported here and never sent again.

    Example:
        WATCHDESK_SMTP_HOST=mail.example.org watchdesk newsletter send --dry-run
    """
    from watchdesk.newsletter.sending import run_newsletter

    settings, store = open_store_or_exit(db)
    with errors_exit():
        report = run_newsletter(store, settings, dry_run=dry_run)
    letters = report.planned if dry_run else report.sent
    for letter in letters:
        if as_json:
            record = {
                "email": letter.email,
                "language": letter.language,
                "briefs": list(letter.headlines),
                "sent": not dry_run,
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            verb = "would send" if dry_run else "sent"
            out.print(f"{verb} {escape(letter.email)} ({letter.language}):", end=" ")
            out.print(escape("; ".join(letter.headlines)), highlight=False)
    for delivery in report.unconfirmed:
        err.print(
            f"unconfirmed: brief {delivery.brief_id} ({delivery.language}) to {delivery.email},"
            f" claimed {delivery.claimed_at:%Y-%m-%d %H:%M} UTC by a run that did not finish;"
            " not sent again",
            markup=False,
            highlight=False,
        )
    for line in report.failed:
        err.print(f"error: {line}", markup=False, highlight=False)
    if report.stopped:
        err.print(f"error: {report.stopped}", markup=False, highlight=False)
    if not as_json:
        count = len(letters)
        out.print(f"{count} mail{'s' if count != 1 else ''} {'planned' if dry_run else 'sent'}")
    if report.failed or report.stopped:
        raise typer.Exit(1)


@newsletter_app.command("subscribers")
def newsletter_subscribers(
    everyone: Annotated[
        bool, typer.Option("--all", help="Those who unsubscribed too (kept so none is re-sent).")
    ] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List confirmed subscribers with their language and themes.

    Example:
        watchdesk newsletter subscribers --json
    """
    _, store = open_store_or_exit(db)
    names = {theme.id: theme.name for theme in store.themes()}
    found = store.subscribers(active_only=not everyone)
    table = Table("email", "language", "themes", "confirmed", "left")
    for s in found:
        themes = ["*"] if s.all_themes else [names.get(t, str(t)) for t in s.themes]
        if as_json:
            record = {
                "email": s.email,
                "language": s.language,
                "themes": themes,
                "confirmed_at": s.confirmed_at.isoformat(),
                "unsubscribed_at": s.unsubscribed_at.isoformat() if s.unsubscribed_at else None,
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        left = f"{s.unsubscribed_at:%Y-%m-%d}" if s.unsubscribed_at else ""
        table.add_row(
            escape(s.email),
            s.language,
            escape(", ".join(themes)),
            f"{s.confirmed_at:%Y-%m-%d}",
            left,
        )
    if not as_json:
        out.print(table)
