"""Edge: the desk's reads over the analysis tables — statements by key, a question's statements.

The analysis tables (`analysis.py`) keep what the stages need; the desk also wants to link each
statement back to its article's anchor and show the speaker's role, which live on the article's
own rows. `Store` exposes these as methods in its "desk reads" section; the SQL lives here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, and_, func, select

from watchdesk.records import LinkedStatement, Question
from watchdesk.store import schema
from watchdesk.store.analysis import _linked, _question

KEYS_PER_QUERY = 500  # keys in one IN (...) list; SQLite allows 32,766 parameters


@dataclass(frozen=True, slots=True)
class DeskStatement:
    """A linked statement with where to read it: article id, statement index, outlet, role."""

    statement: LinkedStatement
    article_id: int
    index: int | None  # the statement's position in the article (#st-N); None for a report
    title: str
    site: str | None
    speaker_role: str | None
    speaker_org: str | None


def desk_statements(conn: Connection, keys: Iterable[str]) -> dict[str, DeskStatement]:
    """The linked statements with these keys (one per key, the first stored)."""
    wanted = sorted(set(keys))
    found: dict[str, DeskStatement] = {}
    for start in range(0, len(wanted), KEYS_PER_QUERY):
        chunk = wanted[start : start + KEYS_PER_QUERY]
        query = _desk_query().where(schema.linked.c.key.in_(chunk))
        for row in conn.execute(query.order_by(schema.linked.c.id)):
            found.setdefault(row.key, _desk(row._mapping))
    return found


def question_statements(conn: Connection, question_id: int) -> list[DeskStatement]:
    """Every statement (not report) on a question, oldest first."""
    t = schema.linked
    query = (
        _desk_query()
        .where(t.c.question_id == question_id, t.c.statement_idx.is_not(None))
        .order_by(t.c.published, t.c.id)
    )
    seen: set[str] = set()
    result = []
    for row in conn.execute(query):
        if row.key not in seen:  # one article stored under two documents repeats a key
            seen.add(row.key)
            result.append(_desk(row._mapping))
    return result


def question(conn: Connection, question_id: int) -> Question | None:
    """One question (not merged away) with its number of statements."""
    q, t = schema.questions, schema.linked
    row = conn.execute(select(q).where(q.c.id == question_id, q.c.merged_into.is_(None))).first()
    if row is None:
        return None
    size = conn.scalar(
        select(func.count())
        .select_from(t)
        .where(t.c.question_id == question_id, t.c.statement_idx.is_not(None))
    )
    return _question(row._mapping, size=int(size or 0))


def question_counts(conn: Connection, question_id: int) -> list[tuple[date, int]]:
    """(publication date, statements) on a question, oldest first."""
    t = schema.linked
    rows = conn.execute(
        select(t.c.published, func.count())
        .where(
            t.c.question_id == question_id,
            t.c.statement_idx.is_not(None),
            t.c.published.is_not(None),
        )
        .group_by(t.c.published)
        .order_by(t.c.published)
    )
    return [(row[0], int(row[1])) for row in rows]


def _desk_query() -> Select[Any]:
    t, a, s = schema.linked, schema.articles, schema.statements
    return select(
        t,
        a.c.title.label("a_title"),
        a.c.site.label("a_site"),
        s.c.speaker_role.label("s_role"),
        s.c.speaker_org.label("s_org"),
    ).select_from(
        t.join(a, a.c.id == t.c.article_id).outerjoin(
            s, and_(s.c.article_id == t.c.article_id, s.c.idx == t.c.statement_idx)
        )
    )


def _desk(m: Any) -> DeskStatement:
    return DeskStatement(
        statement=_linked(dict(m)),
        article_id=m["article_id"],
        index=m["statement_idx"],
        title=m["a_title"],
        site=m["a_site"],
        speaker_role=m["s_role"],
        speaker_org=m["s_org"],
    )
