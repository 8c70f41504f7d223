"""Edge: analysts' themes — a name with keywords and entities — and what matches them.

A theme is how an analyst says "the crossings story" once and then sees it everywhere: on the
today page, per day in a chart. An article matches when its full text has any keyword (every
word of it, as search does) or it mentions any of the entities; a statement matches when its
words contain a keyword or a mention of an entity lies inside them, or when the question it
belongs to is about a thing a keyword names. A matter is followed as a whole: the denial "no
tanks crossed the border" and the count of 37 tanks answer a question on the drills' heavy
weapons, and belong to the drills even though neither says "drills".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Column,
    ColumnElement,
    Connection,
    Integer,
    Table,
    Text,
    cast,
    exists,
    false,
    func,
    or_,
    select,
)
from sqlalchemy.exc import IntegrityError

from watchdesk.errors import StoreError
from watchdesk.store import profiles, schema
from watchdesk.store.search import search_article_ids

FTS_CANDIDATES = 5000  # full-text hits read per keyword
# Topic prefixes of the things a question's matter speaks of (analysis/propositions.py): its
# subjects, its objects and the older concept keys. Actions ("a:withdraw") are left out: an
# action word names what happens to many things, not what a question is about.
THING_PREFIXES = ("s", "o", "c")

# Lives beside schema.py's tables, in the same metadata; created by revision 0006_themes.
themes = Table(
    "themes",
    schema.metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("keywords", JSON, nullable=False),
    Column("entities", JSON, nullable=False),
    Column("updated_at", schema.UTCDateTime(), nullable=False),
)


@dataclass(frozen=True, slots=True)
class Theme:
    """An analyst-defined subject: keywords and/or canonical entity names."""

    id: int
    name: str
    keywords: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()

    def mentioned_in(self, text: str) -> bool:
        """Whether any keyword or entity name occurs in `text`, ignoring case."""
        folded = text.casefold()
        return any(term.casefold() in folded for term in (*self.keywords, *self.entities))


def _clean(terms: Sequence[str]) -> list[str]:
    """Trimmed, non-empty, each once, in the order given."""
    return list(dict.fromkeys(t.strip() for t in terms if t.strip()))


def add_theme(
    conn: Connection, name: str, keywords: Sequence[str], entities: Sequence[str]
) -> Theme:
    keywords, entities = _clean(keywords), _clean(entities)
    if not name.strip() or not (keywords or entities):
        raise StoreError("a theme needs a name and at least one keyword or entity")
    try:
        key = conn.execute(
            themes.insert().values(
                name=name.strip(),
                keywords=keywords,
                entities=entities,
                updated_at=datetime.now(UTC),
            )
        ).inserted_primary_key
    except IntegrityError:
        raise StoreError(f"a theme named {name.strip()!r} exists already") from None
    assert key is not None
    return Theme(int(key[0]), name.strip(), tuple(keywords), tuple(entities))


def update_theme(
    conn: Connection, theme_id: int, name: str, keywords: Sequence[str], entities: Sequence[str]
) -> Theme | None:
    keywords, entities = _clean(keywords), _clean(entities)
    if not name.strip() or not (keywords or entities):
        raise StoreError("a theme needs a name and at least one keyword or entity")
    try:
        done = conn.execute(
            themes.update()
            .where(themes.c.id == theme_id)
            .values(
                name=name.strip(),
                keywords=keywords,
                entities=entities,
                updated_at=datetime.now(UTC),
            )
        ).rowcount
    except IntegrityError:
        raise StoreError(f"a theme named {name.strip()!r} exists already") from None
    return Theme(theme_id, name.strip(), tuple(keywords), tuple(entities)) if done else None


def remove_theme(conn: Connection, theme_id: int) -> bool:
    return bool(conn.execute(themes.delete().where(themes.c.id == theme_id)).rowcount)


def list_themes(
    conn: Connection, theme_id: int | None = None, name: str | None = None
) -> list[Theme]:
    query = select(themes).order_by(themes.c.name)
    if theme_id is not None:
        query = query.where(themes.c.id == theme_id)
    if name is not None:
        query = query.where(themes.c.name == name)
    return [
        Theme(row.id, row.name, tuple(row.keywords), tuple(row.entities))
        for row in conn.execute(query)
    ]


def article_ids(conn: Connection, theme: Theme) -> set[int] | None:
    """Ids of articles whose full text has a keyword; None when the theme has no keywords."""
    if not theme.keywords:
        return None
    found: set[int] = set()
    for keyword in theme.keywords:
        found.update(search_article_ids(conn, keyword, FTS_CANDIDATES))
    return found


def article_condition(theme: Theme, ids: set[int] | None) -> ColumnElement[bool]:
    """Articles among `ids` (the keyword hits) or mentioning one of the theme's entities."""
    a, e = schema.articles, schema.entities
    parts: list[ColumnElement[bool]] = []
    if ids:
        parts.append(a.c.id.in_(sorted(ids)))
    if theme.entities:
        parts.append(exists().where(e.c.article_id == a.c.id, e.c.canonical.in_(theme.entities)))
    return or_(*parts) if parts else false()


def statement_condition(theme: Theme) -> ColumnElement[bool]:
    """Statements whose words contain a keyword or mention one of the theme's entities, or
    whose question is about a thing a keyword names."""
    s = schema.statements
    parts: list[ColumnElement[bool]] = []
    for keyword in theme.keywords:
        # lower() folds every script on both databases (the store registers it on SQLite).
        parts.append(func.lower(s.c.content).contains(keyword.lower(), autoescape=True))
    parts.extend(profiles.about(entity) for entity in theme.entities)
    topics = matter_topics(theme)
    if topics:
        # An alias: the dossier reads linked rows itself, and must not correlate with this one.
        linked, q = schema.linked.alias("on_question"), schema.questions
        # The question's own matter (its topics), not every word its members said: stored as a
        # JSON list of strings, so a key's quoted form is found in its text on both databases
        # (a Cyrillic key escaped, as the store writes JSON, or not, as another writer may).
        quoted = {json.dumps(t, ensure_ascii=ascii) for t in topics for ascii in (True, False)}
        matter = or_(
            *(cast(q.c.topics, Text).contains(key, autoescape=True) for key in sorted(quoted))
        )
        parts.append(
            exists().where(
                linked.c.article_id == s.c.article_id,
                linked.c.statement_idx == s.c.idx,
                linked.c.question_id.in_(select(q.c.id).where(matter)),
            )
        )
    return or_(*parts) if parts else false()


def matter_topics(theme: Theme) -> list[str]:
    """The topic keys a question about a thing the theme's keywords name holds ("s:drills").

    Topics are single lower-case words, so a keyword of several words names no thing here.
    """
    words = sorted(
        {k.strip().lower() for k in theme.keywords if k.strip() and " " not in k.strip()}
    )
    return [f"{prefix}:{word}" for word in words for prefix in THING_PREFIXES]
