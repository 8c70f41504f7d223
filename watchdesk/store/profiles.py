"""Edge: the desk's read queries beyond single records.

Filtered search, entity and speaker profiles, statements per day. `Store` exposes them as
methods; the SQL lives here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, distinct, exists, func, select

from watchdesk.paging import Page
from watchdesk.records import ArticleRef
from watchdesk.store import rowmap, schema
from watchdesk.store.search import search_article_ids

FTS_CANDIDATES = 5000  # full-text hits read before filters apply; more is a query to narrow


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One entity of the registry as the articles mention it."""

    canonical: str
    label: str
    mentions: int
    articles: int
    first_seen: date | None
    last_seen: date | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """Someone quoted in the articles, with the roles and organisations given for them."""

    name: str
    statements: int
    articles: int
    first_seen: date | None
    last_seen: date | None
    roles: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """What a search narrows to; every field is optional and they combine with AND."""

    speaker: str | None = None  # part of a speaker's name
    entity: str | None = None  # part of an entity's canonical name
    site: str | None = None  # the outlet, exactly
    language: str | None = None
    since: date | None = None
    until: date | None = None


SEARCH_ORDERS = ("relevance", "newest", "oldest")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """An article a search found, with its text to cut a snippet from."""

    article: ArticleRef
    text: str


def search_page_ids(
    conn: Connection, query: str, filters: SearchFilters, page: Page, order: str = "relevance"
) -> tuple[list[int], int]:
    """One page of matching article ids in `order`, and how many match in all.

    With words, "relevance" is the full-text rank; without, it falls back to newest first.
    Matches past FTS_CANDIDATES are not counted: a query that broad needs narrowing anyway.
    """
    a = schema.articles
    by_date = rowmap.by_date(a.c.published, a.c.id, oldest_first=order == "oldest")
    if query.strip():
        ranked = search_ids(conn, query, filters, FTS_CANDIDATES)
        if order in ("newest", "oldest") and ranked:
            ranked = list(
                conn.execute(select(a.c.id).where(a.c.id.in_(ranked)).order_by(*by_date)).scalars()
            )
        return page.cut(ranked), len(ranked)
    conditions = _article_conditions(filters)
    total = conn.execute(select(func.count()).select_from(a).where(*conditions)).scalar_one()
    rows = conn.execute(
        select(a.c.id).where(*conditions).order_by(*by_date).offset(page.offset).limit(page.limit)
    )
    return list(rows.scalars().all()), int(total)


def search_ids(conn: Connection, query: str, filters: SearchFilters, limit: int) -> list[int]:
    """Article ids matching `query` (best first) or, without words, the filters (newest first)."""
    a = schema.articles
    conditions = _article_conditions(filters)
    if query.strip():
        ranked = search_article_ids(conn, query, FTS_CANDIDATES)
        if not conditions or not ranked:
            return ranked[:limit]
        # The candidates are repeated inside the speaker and entity subqueries: without them
        # PostgreSQL plans a scan of every statement and mention for a word with a filter.
        within = _article_conditions(filters, within=ranked)
        kept = set(conn.execute(select(a.c.id).where(a.c.id.in_(ranked), *within)).scalars().all())
        return [i for i in ranked if i in kept][:limit]
    rows = conn.execute(
        select(a.c.id)
        .where(*conditions)
        .order_by(*rowmap.by_date(a.c.published, a.c.id))
        .limit(limit)
    )
    return list(rows.scalars().all())


def name_matches(column: Any, fragment: str) -> ColumnElement[bool]:
    """`column` holds a name with `fragment` in it, in any letter case.

    Names are few beside the rows that carry them, so lower() runs once per distinct name and
    the rows are found through the column's index; lower() per row made a filtered count of a
    large store take a scan with a function call per statement.
    """
    names = select(column.label("name")).distinct().subquery()
    wanted = func.lower(names.c.name).contains(fragment.lower(), autoescape=True)
    matching: ColumnElement[bool] = column.in_(select(names.c.name).where(wanted))
    return matching


def _article_conditions(
    filters: SearchFilters, within: Sequence[int] | None = None
) -> list[ColumnElement[bool]]:
    a, s, e = schema.articles, schema.statements, schema.entities
    conditions: list[ColumnElement[bool]] = []
    if filters.site:
        conditions.append(a.c.site == filters.site)
    if filters.language:
        conditions.append(a.c.language == filters.language)
    conditions.extend(published_between(filters.since, filters.until))
    if filters.speaker:
        speaker = name_matches(s.c.speaker, filters.speaker)
        if within is not None:
            speaker = speaker & s.c.article_id.in_(within)
        # An id list read through the speaker index, not a probe of statements per article: a
        # filtered count would otherwise visit every article.
        conditions.append(a.c.id.in_(select(s.c.article_id).where(speaker)))
    if filters.entity:
        entity = name_matches(e.c.canonical, filters.entity)
        if within is not None:
            entity = entity & e.c.article_id.in_(within)
        conditions.append(a.c.id.in_(select(e.c.article_id).where(entity)))
    return conditions


def about(canonical: str) -> ColumnElement[bool]:
    """Statements whose quoted words mention the entity (a mention inside the statement's span)."""
    s, e = schema.statements, schema.entities
    return exists().where(
        e.c.article_id == s.c.article_id,
        e.c.canonical == canonical,
        e.c.start_char >= s.c.start_char,
        e.c.end_char <= s.c.end_char,
    )


def facets(conn: Connection) -> dict[str, list[str]]:
    """The outlets and languages present, for the search form's choices."""
    a = schema.articles
    sites = conn.execute(
        select(a.c.site).distinct().where(a.c.site.is_not(None)).order_by(a.c.site)
    )
    languages = conn.execute(select(a.c.language).distinct().order_by(a.c.language))
    return {"sites": list(sites.scalars()), "languages": list(languages.scalars())}


def entity_count(conn: Connection, since: date | None = None, until: date | None = None) -> int:
    """How many distinct entities articles published in the window mention."""
    e, a = schema.entities, schema.articles
    query = select(func.count(distinct(e.c.canonical))).select_from(e.join(a))
    return int(conn.execute(query.where(*published_between(since, until))).scalar_one())


def speaker_count(conn: Connection, since: date | None = None, until: date | None = None) -> int:
    """How many distinct speakers made statements in articles published in the window."""
    s, a = schema.statements, schema.articles
    query = select(func.count(distinct(s.c.speaker))).select_from(s.join(a))
    return int(conn.execute(query.where(*published_between(since, until))).scalar_one())


def published_between(since: date | None, until: date | None) -> list[ColumnElement[bool]]:
    """Conditions on an article's publication date; None leaves that end open."""
    a = schema.articles
    window: list[ColumnElement[bool]] = []
    if since is not None:
        window.append(a.c.published >= since)
    if until is not None:
        window.append(a.c.published <= until)
    return window


def entities(
    conn: Connection,
    limit: int,
    canonical: str | None = None,
    *,
    offset: int = 0,
    since: date | None = None,
    until: date | None = None,
) -> list[EntitySummary]:
    e, a = schema.entities, schema.articles
    query: Select[Any] = (
        select(
            e.c.canonical,
            func.max(e.c.label).label("label"),
            func.count().label("mentions"),
            func.count(distinct(e.c.article_id)).label("articles"),
            func.min(a.c.published).label("first_seen"),
            func.max(a.c.published).label("last_seen"),
        )
        .select_from(e.join(a))
        .where(*published_between(since, until))
        .group_by(e.c.canonical)
        .order_by(func.count(distinct(e.c.article_id)).desc(), e.c.canonical)
        .offset(offset)
        .limit(limit)
    )
    if canonical is not None:
        query = query.where(e.c.canonical == canonical)
    found = []
    for row in conn.execute(query).all():
        aliases: tuple[str, ...] = ()
        if canonical is not None:
            texts = select(e.c.text).distinct().where(e.c.canonical == canonical).order_by(e.c.text)
            aliases = tuple(t for t in conn.execute(texts).scalars() if t != canonical)
        found.append(
            EntitySummary(
                row.canonical,
                row.label,
                row.mentions,
                row.articles,
                row.first_seen,
                row.last_seen,
                aliases,
            )
        )
    return found


def speakers(
    conn: Connection,
    limit: int,
    name: str | None = None,
    *,
    offset: int = 0,
    since: date | None = None,
    until: date | None = None,
) -> list[SpeakerSummary]:
    s, a = schema.statements, schema.articles
    query: Select[Any] = (
        select(
            s.c.speaker,
            func.count().label("statements"),
            func.count(distinct(s.c.article_id)).label("articles"),
            func.min(a.c.published).label("first_seen"),
            func.max(a.c.published).label("last_seen"),
        )
        .select_from(s.join(a))
        .where(*published_between(since, until))
        .group_by(s.c.speaker)
        .order_by(func.count().desc(), s.c.speaker)
        .offset(offset)
        .limit(limit)
    )
    if name is not None:
        query = query.where(s.c.speaker == name)
    found = []
    for row in conn.execute(query).all():
        roles: tuple[str, ...] = ()
        orgs: tuple[str, ...] = ()
        if name is not None:
            roles = _distinct(conn, s.c.speaker_role, s.c.speaker == name)
            orgs = _distinct(conn, s.c.speaker_org, s.c.speaker == name)
        found.append(
            SpeakerSummary(
                row.speaker,
                row.statements,
                row.articles,
                row.first_seen,
                row.last_seen,
                roles,
                orgs,
            )
        )
    return found


def _distinct(conn: Connection, column: Any, where: ColumnElement[bool]) -> tuple[str, ...]:
    rows = conn.execute(
        select(column).distinct().where(where, column.is_not(None)).order_by(column)
    )
    return tuple(rows.scalars())


def statements_per_day(
    conn: Connection, conditions: list[ColumnElement[bool]]
) -> list[tuple[date, int]]:
    s, a = schema.statements, schema.articles
    rows = conn.execute(
        select(a.c.published, func.count())
        .select_from(s.join(a))
        .where(a.c.published.is_not(None), *conditions)
        .group_by(a.c.published)
        .order_by(a.c.published)
    ).all()
    return [(row[0], int(row[1])) for row in rows]
