"""A theme's dossier for a period, read from the store (issue 10): the shells' one call.

Reads the theme's statements, flags and promises with the same rules the desk's queues use (a
flag or promise is on a theme when one of its statements is), and hands them to the pure
`analysis.briefs.build_dossier`.
"""

from __future__ import annotations

from datetime import date, timedelta

from watchdesk.analysis.briefs import (
    EVENT_LAG_DAYS,
    HISTORY_WEEKS,
    build_dossier,
    iso_week,
    period_between,
    week_of,
)
from watchdesk.errors import WatchdeskError
from watchdesk.link import commitment_statuses
from watchdesk.records import ConflictFlag, Dossier, Period
from watchdesk.store import Store
from watchdesk.store.themes import Theme

# A promise's status is read this many days after the period ends: what happened on the due day
# is usually reported the day after ("no unit had left by Monday").
STATUS_GRACE_DAYS = 2


def choose_period(
    store: Store, week: str | None = None, start: date | None = None, end: date | None = None
) -> Period:
    """The ISO week named, else the range given, else the week of the newest article."""
    try:
        if week:
            return iso_week(week)
        if start is not None or end is not None:
            return period_between(start or end, end or start)  # type: ignore[arg-type]
    except ValueError as exc:
        raise WatchdeskError(str(exc)) from None
    return week_of(store.latest_published() or date.today())


def theme_dossier(store: Store, theme: Theme, period: Period) -> Dossier:
    """Build the theme's dossier for the period from what the store holds."""
    since = period.start - timedelta(weeks=HISTORY_WEEKS)
    # A few days past the end: a report printed then may tell of an event of the period.
    until = period.end + timedelta(days=EVENT_LAG_DAYS)
    statements = store.dossier_statements(theme, since=since, until=until)
    keys = store.theme_statement_keys(theme)
    flags = [
        ConflictFlag(f.conflict, f.status, f.pairs or ((f.first, f.second),))
        for f in store.conflicts()
        if f.touches(keys)
    ]
    promises = [
        (item, status)
        for item, status in commitment_statuses(
            store, period.end + timedelta(days=STATUS_GRACE_DAYS)
        )
        if item.statement.key in keys
    ]
    sources = store.sourced_statements(
        {s.key for f in flags for pair in f.pairs for s in pair}
        | {item.statement.key for item, _ in promises}
    )
    return build_dossier(
        theme.name,
        period,
        statements,
        flags=flags,
        commitments=[
            (sources[item.statement.key], status)
            for item, status in promises
            if item.statement.key in sources
        ],
        questions=store.questions(),
        daily=store.theme_statement_counts(theme),
        sources=sources,
        identities=store.speaker_identities(
            {s.statement.speaker for s in statements}
            | {item.statement.speaker for item, _ in promises}
        ),
    )
