"""Edge: what a theme's dossier reads — its statements and reports with their outlets (issue 10).

A theme's statements are those `themes.statement_condition` matches (the rule the theme pages
and counts use); its reports (narrative sentences, said by no one) are those whose words hold a
keyword. Each comes with where to read it (statement row, article anchor) and the outlets of its
story group, so the dossier can say how many outlets carried it. `Store` exposes these as methods.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, false, func, or_, select

from watchdesk.records import SourcedStatement
from watchdesk.store import schema, themes
from watchdesk.store.analysis import _linked, _speaker_entities
from watchdesk.store.themes import Theme

KEYS_PER_QUERY = 500  # keys in one IN (...) list; SQLite allows 32,766 parameters


def theme_statements(
    conn: Connection, theme: Theme, *, since: date | None = None, until: date | None = None
) -> list[SourcedStatement]:
    """The theme's linked statements and reports published in [since, until], oldest first."""
    t = schema.linked
    query = _query().where(theme_condition(theme))
    if since is not None:
        query = query.where(t.c.published >= since)
    if until is not None:
        query = query.where(t.c.published <= until)
    return _sourced(conn, conn.execute(query.order_by(t.c.published, t.c.id)))


def theme_keys(conn: Connection, theme: Theme) -> set[str]:
    """Keys of every linked statement and report on the theme, whenever said."""
    rows = conn.execute(
        select(schema.linked.c.key).select_from(_joined()).where(theme_condition(theme))
    )
    return {row.key for row in rows}


def sourced_statements(conn: Connection, keys: Iterable[str]) -> dict[str, SourcedStatement]:
    """The linked statements with these keys, with where to read them (the first stored kept)."""
    wanted = sorted(set(keys))
    found: dict[str, SourcedStatement] = {}
    for start in range(0, len(wanted), KEYS_PER_QUERY):
        chunk = wanted[start : start + KEYS_PER_QUERY]
        rows = conn.execute(_query().where(schema.linked.c.key.in_(chunk)))
        for item in _sourced(conn, rows):
            found.setdefault(item.statement.key, item)
    return found


def speaker_identities(conn: Connection, names: Iterable[str]) -> dict[str, str]:
    """Speaker names the registry knows, mapped to their entity's key (Vesk and Веск are one)."""
    return _speaker_entities(conn, names)


def theme_condition(theme: Theme) -> ColumnElement[bool]:
    """A linked row on the theme: its statement matches the theme, or its report a keyword."""
    t = schema.linked
    words = [
        func.lower(t.c.content).contains(keyword.lower(), autoescape=True)
        for keyword in theme.keywords
    ]
    report = and_(t.c.statement_idx.is_(None), or_(*words) if words else false())
    return or_(and_(t.c.statement_idx.is_not(None), themes.statement_condition(theme)), report)


def _joined() -> Any:
    t, a, s = schema.linked, schema.articles, schema.statements
    return t.join(a, a.c.id == t.c.article_id).outerjoin(
        s, and_(s.c.article_id == t.c.article_id, s.c.idx == t.c.statement_idx)
    )


def _query() -> Select[Any]:
    a, s = schema.articles, schema.statements
    return select(
        schema.linked,
        a.c.title.label("a_title"),
        a.c.site.label("a_site"),
        s.c.id.label("s_id"),
        s.c.speaker_role.label("s_role"),
        s.c.speaker_org.label("s_org"),
    ).select_from(_joined())


def _sourced(conn: Connection, rows: Iterable[Any]) -> list[SourcedStatement]:
    mappings = [dict(row._mapping) for row in rows]
    outlets = _outlets(conn, {m["article_id"] for m in mappings})
    seen: set[tuple[str, int]] = set()
    result = []
    for m in mappings:
        # One article stored under two documents repeats a key; a key repeats across copies.
        if (m["key"], m["article_id"]) in seen:
            continue
        seen.add((m["key"], m["article_id"]))
        result.append(
            SourcedStatement(
                statement=_linked(m),
                article_id=m["article_id"],
                index=m["statement_idx"],
                title=m["a_title"],
                site=m["a_site"],
                statement_id=m["s_id"],
                speaker_role=m["s_role"],
                speaker_org=m["s_org"],
                outlets=outlets.get(m["article_id"], (m["a_site"],) if m["a_site"] else ()),
            )
        )
    return result


def _outlets(conn: Connection, article_ids: set[int]) -> dict[int, tuple[str, ...]]:
    """Sites of each article's story group (the article's own included)."""
    if not article_ids:
        return {}
    m, a = schema.story_members, schema.articles
    mates = m.alias("mates")
    found: dict[int, set[str]] = {}
    ids = sorted(article_ids)
    for start in range(0, len(ids), KEYS_PER_QUERY):
        rows = conn.execute(
            select(m.c.article_id, a.c.site)
            .select_from(
                m.join(mates, mates.c.story_id == m.c.story_id).join(
                    a, a.c.id == mates.c.article_id
                )
            )
            .where(m.c.article_id.in_(ids[start : start + KEYS_PER_QUERY]), a.c.site.is_not(None))
        )
        for row in rows:
            found.setdefault(row.article_id, set()).add(row.site)
    return {k: tuple(sorted(v)) for k, v in found.items()}
