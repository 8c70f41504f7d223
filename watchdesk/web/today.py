"""The today page's view per theme: what is new, who said what, open flags, promises due.

"New" is the week up to the newest article in the store, not the wall clock: a desk loaded
with an archive (or the demo corpus) still opens on its latest week. Open flags and promises
due are counted as the queues count them (every open flag on the theme, whenever raised), so a
card's number is the length of the queue it links to (issue 10: a card said 0 of 18).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from watchdesk.link import commitment_statuses
from watchdesk.records import ArticleRef, CommitmentStatus, StoredStatement
from watchdesk.store import Store
from watchdesk.store.analysis import StoredCommitment, StoredConflict
from watchdesk.store.themes import Theme
from watchdesk.web.charts import BarChart, bar_chart

NEW_DAYS = 7  # what counts as new, back from the newest article
SHOWN = 5  # items of each kind listed per theme; the counts say how many there are


@dataclass(frozen=True, slots=True)
class ThemeDigest:
    theme: Theme
    articles: list[ArticleRef]
    statements: list[StoredStatement]
    flags: list[StoredConflict]
    due: list[tuple[StoredCommitment, CommitmentStatus]]
    chart: BarChart


def new_since(store: Store) -> date | None:
    """The first day that counts as new."""
    latest = store.latest_published()
    return latest - timedelta(days=NEW_DAYS - 1) if latest else None


def theme_digests(store: Store, as_of: date) -> tuple[date | None, list[ThemeDigest]]:
    """Each theme's new articles, statements and open flags, and its promises due on `as_of`."""
    themes = store.themes()
    if not themes:
        return new_since(store), []
    since = new_since(store)
    flags = store.conflicts(status="open")
    due = [(i, s) for i, s in commitment_statuses(store, as_of) if s.status == "due"]
    digests = []
    for theme in themes:
        keys = store.theme_statement_keys(theme)
        digests.append(
            ThemeDigest(
                theme=theme,
                articles=store.theme_articles(theme, since=since, limit=200),
                statements=store.theme_statements(theme, since=since, limit=200),
                flags=[f for f in flags if f.touches(keys)],
                due=[(i, s) for i, s in due if i.statement.key in keys],
                chart=bar_chart(store.theme_statement_counts(theme)),
            )
        )
    return since, digests
