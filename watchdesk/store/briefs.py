"""Edge: weekly briefs, their two language versions, the workflow and every change's history.

`Store` exposes these as methods. A brief moves draft → review → published; an edit after
publication sends it back to draft while the published copies stay what the public sees, until
an editor publishes again. Every change writes one history line (who, when, what).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import Connection, Row, RowMapping, Select, func, select
from sqlalchemy.exc import IntegrityError

from watchdesk.errors import BriefError
from watchdesk.records import (
    BRIEF_LANGUAGES,
    TRENDS,
    Brief,
    BriefChange,
    BriefStatus,
    BriefVersion,
    PublishedBrief,
    Trend,
)
from watchdesk.store import schema
from watchdesk.store.themes import themes

_WEEK = re.compile(r"(\d{4})-W(\d{2})")
MAX_HEADLINE_CHARS = 300
MAX_LEAD_CHARS = 2000
MAX_BODY_CHARS = 100_000  # a brief is a page or two; this only stops accidents
# The theme's name today, or the name it had when the brief was made if it was removed since.
THEME_NAME = func.coalesce(themes.c.name, schema.briefs.c.theme_name).label("theme")


def check_week(week: str) -> str:
    """Return `week` if it is an ISO week that exists ("2026-W07"); raise BriefError otherwise."""
    found = _WEEK.fullmatch(week.strip())
    if found:
        try:
            date.fromisocalendar(int(found[1]), int(found[2]), 1)
            return week.strip()
        except ValueError:
            pass
    raise BriefError(f"{week!r} is not an ISO week (like 2026-W07)")


def _now() -> datetime:
    return datetime.now(UTC)


def _log(
    conn: Connection,
    brief_id: int,
    by: str,
    action: str,
    language: str | None = None,
    detail: str = "",
) -> None:
    conn.execute(
        schema.brief_history.insert().values(
            brief_id=brief_id, at=_now(), by=by, action=action, language=language, detail=detail
        )
    )


def _touch(conn: Connection, brief_id: int, **values: object) -> None:
    b = schema.briefs
    conn.execute(b.update().where(b.c.id == brief_id).values(updated_at=_now(), **values))


def create_brief(conn: Connection, theme_id: int, week: str, by: str) -> Brief:
    week = check_week(week)
    name = conn.scalar(select(themes.c.name).where(themes.c.id == theme_id))
    if name is None:
        raise BriefError(f"no theme with id {theme_id}")
    now = _now()
    try:
        key = conn.execute(
            schema.briefs.insert().values(
                theme_id=theme_id,
                theme_name=name,
                week=week,
                status="draft",
                trend=None,
                citations=[],
                created_by=by,
                created_at=now,
                updated_at=now,
            )
        ).inserted_primary_key
    except IntegrityError:
        raise BriefError(f"the theme {name!r} has a brief for {week} already") from None
    assert key is not None
    _log(conn, int(key[0]), by, "created", detail=week)
    found = get_brief(conn, int(key[0]))
    assert found is not None
    return found


def _versions(conn: Connection, brief_ids: Sequence[int]) -> dict[int, list[BriefVersion]]:
    v = schema.brief_versions
    found: dict[int, list[BriefVersion]] = {}
    rows = conn.execute(select(v).where(v.c.brief_id.in_(brief_ids)).order_by(v.c.language))
    for row in rows:
        found.setdefault(row.brief_id, []).append(
            BriefVersion(
                language=row.language,
                headline=row.headline,
                lead=row.lead,
                body=row.body,
                revision=row.revision,
                synced_with=row.synced_with,
                updated_at=row.updated_at,
                updated_by=row.updated_by,
                published_at=row.published_at,
            )
        )
    return found


def _brief(row: RowMapping, versions: list[BriefVersion]) -> Brief:
    # English first, then Russian, then anything else in the order of the language codes.
    order = {lang: i for i, lang in enumerate(BRIEF_LANGUAGES)}
    return Brief(
        id=row["id"],
        theme_id=row["theme_id"],
        theme=row["theme"],
        week=row["week"],
        status=cast(BriefStatus, row["status"]),
        trend=cast(Trend | None, row["trend"]),
        citations=tuple(int(i) for i in row["citations"]),
        versions=tuple(sorted(versions, key=lambda v: (order.get(v.language, 99), v.language))),
        created_by=row["created_by"],
        updated_at=row["updated_at"],
        published_at=row["published_at"],
    )


def list_briefs(
    conn: Connection,
    *,
    brief_id: int | None = None,
    theme_id: int | None = None,
    week: str | None = None,
    status: str | None = None,
) -> list[Brief]:
    b = schema.briefs
    theme = THEME_NAME
    query = select(b, theme).select_from(b.outerjoin(themes, themes.c.id == b.c.theme_id))
    if brief_id is not None:
        query = query.where(b.c.id == brief_id)
    if theme_id is not None:
        query = query.where(b.c.theme_id == theme_id)
    if week is not None:
        query = query.where(b.c.week == week)
    if status is not None:
        query = query.where(b.c.status == status)
    rows = conn.execute(query.order_by(b.c.week.desc(), theme, b.c.id)).all()
    versions = _versions(conn, [row.id for row in rows])
    return [_brief(row._mapping, versions.get(row.id, [])) for row in rows]


def get_brief(conn: Connection, brief_id: int) -> Brief | None:
    found = list_briefs(conn, brief_id=brief_id)
    return found[0] if found else None


def _existing(conn: Connection, brief_id: int) -> Brief:
    found = get_brief(conn, brief_id)
    if found is None:
        raise BriefError(f"no brief with id {brief_id}")
    return found


def _reopen(conn: Connection, brief: Brief, by: str) -> None:
    """An edit of a brief under review or published makes it a draft again."""
    if brief.status != "draft":
        _touch(conn, brief.id, status="draft")
        _log(conn, brief.id, by, "reopened", detail=f"{brief.status} -> draft")


def save_version(
    conn: Connection,
    brief_id: int,
    language: str,
    headline: str,
    lead: str,
    body: str,
    by: str,
    *,
    minor: bool = False,
) -> Brief:
    """Write one language version and keep the pair's bookkeeping.

    A save brings this version in line with the others (`synced_with`). A version that lagged
    behind (or was missing) catches up by being saved, and the others stay in line with it; a
    change to a version that was in line is news the others now lag behind, unless the editor
    calls it `minor` (a typo fix the other language does not need).
    """
    if language not in BRIEF_LANGUAGES:
        raise BriefError(f"briefs are written in {', '.join(BRIEF_LANGUAGES)}, not {language!r}")
    headline, lead, body = headline.strip(), lead.strip(), body.strip()
    if not headline:
        raise BriefError("a brief version needs a headline")
    if (
        len(headline) > MAX_HEADLINE_CHARS
        or len(lead) > MAX_LEAD_CHARS
        or len(body) > MAX_BODY_CHARS
    ):
        raise BriefError(
            f"too long: headline {MAX_HEADLINE_CHARS}, lead {MAX_LEAD_CHARS},"
            f" body {MAX_BODY_CHARS} characters at most"
        )
    brief = _existing(conn, brief_id)
    mine = brief.version(language)
    if mine and (mine.headline, mine.lead, mine.body) == (headline, lead, body):
        return brief  # nothing changed: no revision, no history line
    others = [o for o in brief.versions if o.language != language]
    lagged = mine is None or language in brief.behind()
    revision = (mine.revision if mine else 0) + 1
    v = schema.brief_versions
    values = {
        "headline": headline,
        "lead": lead,
        "body": body,
        "revision": revision,
        "synced_with": max((o.revision for o in others), default=0),
        "updated_at": _now(),
        "updated_by": by,
    }
    if mine is None:
        conn.execute(v.insert().values(brief_id=brief_id, language=language, **values))
    else:
        conn.execute(
            v.update().where(v.c.brief_id == brief_id, v.c.language == language).values(values)
        )
    if lagged or minor:
        conn.execute(
            v.update()
            .where(v.c.brief_id == brief_id, v.c.language != language)
            .values(synced_with=revision)
        )
    changed = [
        name
        for name, old, new in (
            ("headline", mine.headline if mine else "", headline),
            ("lead", mine.lead if mine else "", lead),
            ("body", mine.body if mine else "", body),
        )
        if old != new
    ]
    detail = ", ".join(changed) + (" (minor)" if minor and not lagged else "")
    _touch(conn, brief_id)
    _log(conn, brief_id, by, "edited", language, detail)
    _reopen(conn, brief, by)
    return _existing(conn, brief_id)


def set_trend(conn: Connection, brief_id: int, trend: str | None, by: str) -> Brief:
    if trend is not None and trend not in TRENDS:
        raise BriefError(f"a trend is one of {', '.join(TRENDS)}, not {trend!r}")
    brief = _existing(conn, brief_id)
    if brief.trend == trend:
        return brief
    _touch(conn, brief_id, trend=trend)
    _log(conn, brief_id, by, "trend", detail=f"{brief.trend or '-'} -> {trend or '-'}")
    _reopen(conn, brief, by)
    return _existing(conn, brief_id)


def set_citations(conn: Connection, brief_id: int, statement_ids: Sequence[int], by: str) -> Brief:
    brief = _existing(conn, brief_id)
    wanted = list(dict.fromkeys(int(i) for i in statement_ids))
    if tuple(wanted) == brief.citations:
        return brief
    s = schema.statements
    known = set(conn.scalars(select(s.c.id).where(s.c.id.in_(wanted))))
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise BriefError(f"no statement with id {', '.join(map(str, unknown))}")
    _touch(conn, brief_id, citations=wanted)
    added = [i for i in wanted if i not in brief.citations]
    removed = [i for i in brief.citations if i not in wanted]
    detail = " ".join([*(f"+{i}" for i in added), *(f"-{i}" for i in removed)])
    _log(conn, brief_id, by, "citations", detail=detail)
    _reopen(conn, brief, by)
    return _existing(conn, brief_id)


def submit(conn: Connection, brief_id: int, by: str) -> Brief:
    """Draft → review: an analyst hands the brief to an editor."""
    brief = _existing(conn, brief_id)
    if brief.status != "draft":
        raise BriefError(f"brief {brief_id} is {brief.status}, not a draft")
    if not brief.versions:
        raise BriefError("write at least one language version before asking for review")
    _touch(conn, brief_id, status="review")
    _log(conn, brief_id, by, "submitted")
    return _existing(conn, brief_id)


def send_back(conn: Connection, brief_id: int, by: str, note: str = "") -> Brief:
    """Review → draft: an editor returns the brief with a note."""
    brief = _existing(conn, brief_id)
    if brief.status != "review":
        raise BriefError(f"brief {brief_id} is {brief.status}, not under review")
    _touch(conn, brief_id, status="draft")
    _log(conn, brief_id, by, "returned", detail=note.strip()[:500])
    return _existing(conn, brief_id)


def publish(conn: Connection, brief_id: int, by: str) -> Brief:
    """Copy every version to its published copy; both languages present and in line."""
    brief = _existing(conn, brief_id)
    if brief.status == "published":
        raise BriefError(f"brief {brief_id} is published already; edit it to publish again")
    if brief.missing():
        raise BriefError(f"brief {brief_id} has no {' or '.join(brief.missing())} version yet")
    if brief.behind():
        raise BriefError(
            f"the {' and '.join(brief.behind())} version of brief {brief_id} is older than"
            " the other; bring it up to date first"
        )
    if brief.trend is None:
        raise BriefError(f"brief {brief_id} has no trend rating yet")
    now = _now()
    v = schema.brief_versions
    for row in conn.execute(select(v).where(v.c.brief_id == brief_id)):
        public = (row.published_headline, row.published_lead, row.published_body)
        if public == (row.headline, row.lead, row.body) and row.published_trend == brief.trend:
            # Its public copy does not change: it keeps its publication time, so neither the
            # feeds nor the newsletter call it updated when only the other language changed.
            continue
        conn.execute(
            v.update()
            .where(v.c.id == row.id)
            .values(
                published_headline=row.headline,
                published_lead=row.lead,
                published_body=row.body,
                published_trend=brief.trend,
                published_at=now,
            )
        )
    _touch(conn, brief_id, status="published", published_at=now)
    _log(conn, brief_id, by, "published", detail=", ".join(x.language for x in brief.versions))
    return _existing(conn, brief_id)


def history(conn: Connection, brief_id: int) -> list[BriefChange]:
    h = schema.brief_history
    rows = conn.execute(select(h).where(h.c.brief_id == brief_id).order_by(h.c.at, h.c.id))
    return [BriefChange(r.at, r.by, r.action, r.language, r.detail) for r in rows]


def published(
    conn: Connection,
    *,
    brief_id: int | None = None,
    theme: str | None = None,
    language: str | None = None,
    week: str | None = None,
    since: datetime | date | None = None,
) -> list[PublishedBrief]:
    """Published language versions, newest week first."""
    query = published_query(
        brief_id=brief_id, theme=theme, language=language, week=week, since=since
    )
    return [published_row(row) for row in conn.execute(query)]


def published_query(
    *,
    brief_id: int | None = None,
    theme: str | None = None,
    language: str | None = None,
    week: str | None = None,
    since: datetime | date | None = None,
) -> Select[Any]:
    """The query of `published`, for callers that narrow it further (the newsletter)."""
    b, v = schema.briefs, schema.brief_versions
    theme_name = THEME_NAME
    query = (
        select(b.c.week, theme_name, v)
        .select_from(
            b.join(v, v.c.brief_id == b.c.id).outerjoin(themes, themes.c.id == b.c.theme_id)
        )
        .where(v.c.published_at.is_not(None))
    )
    if brief_id is not None:
        query = query.where(b.c.id == brief_id)
    if theme is not None:
        query = query.where(theme_name == theme)
    if language is not None:
        query = query.where(v.c.language == language)
    if week is not None:
        query = query.where(b.c.week == week)
    if since is not None:
        if not isinstance(since, datetime):
            since = datetime(since.year, since.month, since.day, tzinfo=UTC)
        query = query.where(v.c.published_at >= since)
    return query.order_by(b.c.week.desc(), theme_name, b.c.id, v.c.language)


def published_row(row: Row[Any]) -> PublishedBrief:
    return PublishedBrief(
        id=row.brief_id,
        theme=row.theme,
        week=row.week,
        language=row.language,
        headline=row.published_headline,
        lead=row.published_lead,
        body=row.published_body,
        trend=cast(Trend | None, row.published_trend),
        published_at=row.published_at,
    )
