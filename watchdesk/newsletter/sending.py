"""The newsletter run: each subscriber's new briefs, in their language, mailed once at most.

For every active subscriber the run picks the published briefs of their themes and language
that they have not been sent, composes one mail, claims its deliveries in the store, hands it to
the SMTP server and marks it sent. A claim is written before the hand-over, so a run that dies
in between leaves a claim that the next run reports and never sends again (at-most-once; see
store/newsletter.py). A refusal the server states ends only that subscriber's mail; the run goes
on with the next one.

A brief published again after an edit reaches those who were sent its earlier publication once
more, marked as updated (a correction), and is recorded like any delivery: at most once per
publication. A run reads only what each subscriber has not been sent yet (`Store.unsent_briefs`),
so its work follows what is new, not the size of the archive.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from watchdesk.briefs_render import brief_markdown, cited_ids, render_body, sources_html
from watchdesk.newsletter.links import unsubscribe_token
from watchdesk.newsletter.messages import MailedBrief, digest_message
from watchdesk.newsletter.smtp import Mailer
from watchdesk.records import PublishedBrief
from watchdesk.settings import Settings
from watchdesk.store import Store
from watchdesk.store.newsletter import Delivery, Subscriber


@dataclass(frozen=True, slots=True)
class Letter:
    """What one subscriber is sent (or, in a dry run, would be)."""

    email: str
    language: str
    headlines: tuple[str, ...]


@dataclass
class SendReport:
    """What a run sent, what failed (one line per recipient) and the claims it found open."""

    sent: list[Letter] = field(default_factory=list)
    planned: list[Letter] = field(default_factory=list)  # a dry run's letters
    failed: list[str] = field(default_factory=list)
    unconfirmed: list[Delivery] = field(default_factory=list)  # claimed by a run that died
    stopped: str | None = None  # why the run ended before the last subscriber


@dataclass(frozen=True, slots=True)
class Sender:
    """Who the mail is from and where its links point."""

    address: str  # the From header
    public_url: str  # the desk as visitors reach it, without a trailing slash
    secret_key: str  # signs the unsubscribe links
    backfill: timedelta  # how far a new subscriber's first mail looks back

    def unsubscribe_url(self, subscriber: Subscriber) -> str:
        token = unsubscribe_token(self.secret_key, subscriber.id, subscriber.email)
        return f"{self.public_url.rstrip('/')}/newsletter/unsubscribe?token={token}"


def mailed_briefs(store: Store, public_url: str, since: datetime) -> list[MailedBrief]:
    """Versions published since `since`, rendered for mail: absolute links, sources listed."""
    return for_mail(store, public_url, store.published_briefs(since=since))


def for_mail(
    store: Store, public_url: str, published: Sequence[PublishedBrief]
) -> list[MailedBrief]:
    """Published versions rendered for mail, oldest first."""
    statements = store.statements_by_id(i for b in published for i in cited_ids(b.body))
    base = public_url.rstrip("/")
    mailed = []
    for brief in published:
        body = render_body(brief.body, statements, base_url=base)
        mailed.append(
            MailedBrief(
                brief_id=brief.id,
                language=brief.language,
                theme_name=brief.theme,
                week=brief.week,
                headline=brief.headline,
                lead=brief.lead,
                text=brief_markdown(brief, statements, base_url=base),
                body_html=body.html + sources_html(body.sources, brief.language),
                url=f"{base}/public/briefs/{brief.id}/{brief.language}",
                published_at=brief.published_at,
                trend=brief.trend,
            )
        )
    # Oldest first: a mail of several briefs reads in the order they came out.
    return sorted(mailed, key=lambda b: (b.published_at, b.brief_id))


def run_newsletter(
    store: Store, settings: Settings, *, dry_run: bool = False, mailer: Mailer | None = None
) -> SendReport:
    """Send (or with `dry_run`, plan) the newsletter as `settings` configure it."""
    sender = Sender(
        settings.mail_from,
        settings.public_url,
        settings.secret_key,
        timedelta(days=settings.newsletter_backfill_days),
    )
    subscribers = store.subscribers()
    if not subscribers:
        return SendReport(unconfirmed=store.deliveries("claimed"))
    # Each version rendered once, however many subscribers wait for it.
    pending: dict[tuple[int, str, datetime], PublishedBrief] = {}
    for subscriber in subscribers:
        for brief in store.unsent_briefs(subscriber, subscriber.confirmed_at - sender.backfill):
            pending.setdefault((brief.id, brief.language, brief.published_at), brief)
    briefs = for_mail(store, settings.public_url, list(pending.values()))
    if dry_run:
        return send_newsletter(store, briefs, sender, None)
    with mailer or Mailer.from_settings(settings) as opened:
        return send_newsletter(store, briefs, sender, opened)


def choose_briefs(
    subscriber: Subscriber,
    briefs: Sequence[MailedBrief],
    theme_names: dict[int, str],
    delivered: Mapping[tuple[int, str], Delivery],
    backfill: timedelta,
) -> list[MailedBrief]:
    """The briefs a subscriber gets next: their language and themes, never claimed for them and
    new enough, or sent at an earlier publication (then marked as a correction)."""
    wanted_names = {theme_names[t] for t in subscriber.themes if t in theme_names}
    oldest = subscriber.confirmed_at - backfill
    chosen = []
    for brief in briefs:
        if brief.language != subscriber.language or not (
            subscriber.all_themes or brief.theme_name in wanted_names
        ):
            continue
        row = delivered.get((brief.brief_id, brief.language))
        if row is None:
            if brief.published_at >= oldest:
                chosen.append(brief)
        elif (
            row.state == "sent"
            and row.published_at is not None
            and row.published_at < brief.published_at
        ):
            # A failed or unconfirmed delivery gets no correction: it may never have arrived.
            chosen.append(dataclasses.replace(brief, corrects=row.published_at))
    return chosen


def send_newsletter(
    store: Store,
    briefs: Sequence[MailedBrief],
    sender: Sender,
    mailer: Mailer | None,
) -> SendReport:
    """Mail every active subscriber their new briefs; with no mailer, only plan (a dry run)."""
    report = SendReport(unconfirmed=store.deliveries("claimed"))
    theme_names = {theme.id: theme.name for theme in store.themes()}
    for subscriber in store.subscribers():
        delivered = store.deliveries_to(subscriber.id)
        chosen = choose_briefs(subscriber, briefs, theme_names, delivered, sender.backfill)
        if not chosen:
            continue
        letter = Letter(subscriber.email, subscriber.language, tuple(b.headline for b in chosen))
        if mailer is None:
            report.planned.append(letter)
            continue
        message = digest_message(
            to=subscriber.email,
            language=subscriber.language,
            briefs=chosen,
            unsubscribe_url=sender.unsubscribe_url(subscriber),
            sender=sender.address,
        )
        message_id = str(message["Message-ID"])
        versions = [(b.brief_id, b.language, b.published_at) for b in chosen]
        replacing = [delivered[(b.brief_id, b.language)] for b in chosen if b.corrects]
        if not store.claim_delivery(subscriber.id, versions, message_id, replacing):
            continue  # another run got there first and sends it
        outcome = mailer.send(message)
        if outcome.status == "sent":
            store.finish_delivery(message_id, "sent")
            report.sent.append(letter)
        elif outcome.status == "permanent":
            store.finish_delivery(message_id, "failed", outcome.detail)
            report.failed.append(f"{subscriber.email}: refused for good: {outcome.detail}")
        elif outcome.status == "temporary":
            # The server said no (or was never reached): nothing left, so the next run may send.
            store.release_delivery(message_id, replacing)
            if not outcome.reached:
                report.stopped = f"SMTP server unreachable, the rest waits: {outcome.detail}"
                break
            report.failed.append(
                f"{subscriber.email}: refused for now after {outcome.attempts} attempts,"
                f" left for the next run: {outcome.detail}"
            )
        else:
            # Lost mid-transfer: it may have arrived, so it stays claimed and is never resent.
            store.finish_delivery(message_id, "claimed", outcome.detail)
            report.failed.append(f"{subscriber.email}: may not have arrived: {outcome.detail}")
    return report
