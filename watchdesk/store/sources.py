"""Edge: watched sources, their fetch log, feed entries seen, and HTTP validators per URL.

`Store` exposes these as methods; this module holds the SQL, as `accounts.py` does for users.
When a source is due and how it backs off after failures is the polling loop's business
(`watchdesk.watch`); this module only records what it decided.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, RowMapping, select
from sqlalchemy.exc import IntegrityError

from watchdesk.errors import StoreError
from watchdesk.store import schema

WATCHED_KINDS = ("feed", "sitemap", "page")
URL_BATCH = 500  # URLs per IN (…) query: well under SQLite's and PostgreSQL's parameter limits


@dataclass(frozen=True, slots=True)
class WatchedSource:
    """A source the desk polls, with how its last fetch went and when the next one is due."""

    id: int
    name: str
    url: str
    kind: str
    every_s: int
    language: str | None = None
    paused: bool = False
    last_fetch_at: datetime | None = None
    last_status: str | None = None
    last_error: str | None = None
    next_due_at: datetime | None = None
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0  # in a row, reset by a good fetch
    error_count: int = 0  # ever


@dataclass(frozen=True, slots=True)
class FetchRecord:
    """What one fetch of a source did; `status` is ok, not_modified or error."""

    started_at: datetime
    finished_at: datetime
    status: str
    entries_new: int = 0
    documents_stored: int = 0
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    next_due_at: datetime | None = None


def add_source(
    conn: Connection,
    *,
    name: str,
    url: str,
    kind: str,
    every_s: int,
    language: str | None,
    now: datetime,
) -> WatchedSource:
    s = schema.sources
    if conn.execute(select(s.c.id).where(s.c.name == name)).first() is not None:
        raise StoreError(f"a source called {name!r} exists already")
    taken = conn.execute(select(s.c.name).where(s.c.url == url)).scalar()
    if taken is not None:
        raise StoreError(f"{url} is watched already, as {taken!r}")
    row = {
        "name": name,
        "url": url,
        "kind": kind,
        "every_s": every_s,
        "language": language,
        "created_at": now,
        "next_due_at": now,  # a new source is due at once
    }
    try:
        conn.execute(s.insert().values(row))
    except IntegrityError:
        raise StoreError(f"a source called {name!r} exists already") from None
    found = watched_source(conn, name)
    assert found is not None
    return found


def watched_sources(conn: Connection) -> list[WatchedSource]:
    s = schema.sources
    rows = conn.execute(select(s).where(_watched()).order_by(s.c.name)).all()
    return [_source(row._mapping) for row in rows]


def watched_source(conn: Connection, name: str) -> WatchedSource | None:
    s = schema.sources
    row = conn.execute(select(s).where(_watched(), s.c.name == name)).first()
    return _source(row._mapping) if row is not None else None


def due_sources(conn: Connection, now: datetime) -> list[WatchedSource]:
    s = schema.sources
    query = (
        select(s)
        .where(_watched(), s.c.paused.is_(False))
        .where((s.c.next_due_at.is_(None)) | (s.c.next_due_at <= now))
        .order_by(s.c.next_due_at, s.c.id)
    )
    return [_source(row._mapping) for row in conn.execute(query).all()]


def next_due_at(conn: Connection) -> datetime | None:
    s = schema.sources
    query = select(s.c.next_due_at).where(_watched(), s.c.paused.is_(False))
    return conn.execute(query.order_by(s.c.next_due_at).limit(1)).scalar()


def remove_source(conn: Connection, name: str) -> bool:
    """Forget a watched source, its fetch log and entries; its documents stay, unattributed."""
    s = schema.sources
    return bool(conn.execute(s.delete().where(_watched(), s.c.name == name)).rowcount)


def pause_source(conn: Connection, name: str, paused: bool, now: datetime) -> bool:
    s = schema.sources
    values: dict[str, object] = {"paused": paused}
    if not paused:
        values["next_due_at"] = now  # resuming fetches at the next pass
    return bool(
        conn.execute(s.update().where(_watched(), s.c.name == name).values(**values)).rowcount
    )


def record_fetch(conn: Connection, source_id: int, record: FetchRecord) -> None:
    """Log one fetch and update the source's state from it."""
    s = schema.sources
    conn.execute(
        schema.fetches.insert().values(
            source_id=source_id,
            started_at=record.started_at,
            finished_at=record.finished_at,
            status=record.status,
            entries_new=record.entries_new,
            documents_stored=record.documents_stored,
            error=record.error,
        )
    )
    values: dict[str, object] = {
        "last_fetch_at": record.finished_at,
        "last_status": record.status,
        "next_due_at": record.next_due_at,
    }
    # `error` on a good fetch is an article of the source that failed; it counts and shows too.
    values["last_error"] = record.error
    if record.error:
        values["error_count"] = s.c.error_count + 1
    if record.status == "error":
        values["failures"] = s.c.failures + 1
    else:
        values["failures"] = 0
        # A 304 carries no new validators; keep the ones the 200 gave.
        if record.etag is not None or record.last_modified is not None:
            values["etag"] = record.etag
            values["last_modified"] = record.last_modified
    conn.execute(s.update().where(s.c.id == source_id).values(**values))


def fetch_count(conn: Connection, source_id: int) -> int:
    f = schema.fetches
    return len(conn.execute(select(f.c.id).where(f.c.source_id == source_id)).all())


def settled_entries(
    conn: Connection, source_id: int, urls: Iterable[str], attempts: int
) -> set[str]:
    """Which of `urls` need no fetch: stored, or failed `attempts` times already."""
    e = schema.entries
    wanted = list(dict.fromkeys(urls))
    settled: set[str] = set()
    for start in range(0, len(wanted), URL_BATCH):
        batch = wanted[start : start + URL_BATCH]
        rows = conn.execute(
            select(e.c.url).where(
                e.c.source_id == source_id,
                e.c.url.in_(batch),
                (e.c.status == "stored") | (e.c.attempts >= attempts),
            )
        ).all()
        settled.update(row.url for row in rows)
    return settled


def mark_entry(
    conn: Connection,
    source_id: int,
    url: str,
    *,
    title: str | None,
    published: datetime | None,
    document_id: int | None,
    error: str | None,
    now: datetime,
) -> None:
    """Record that an entry's article was stored (or why it was not); attempts count failures."""
    e = schema.entries
    status = "failed" if error else "stored"
    key = (e.c.source_id == source_id) & (e.c.url == url)
    found = conn.execute(select(e.c.id).where(key)).scalar()
    if found is None:
        conn.execute(
            e.insert().values(
                source_id=source_id,
                url=url,
                title=title,
                published=published,
                status=status,
                attempts=1,
                error=error,
                document_id=document_id,
                first_seen_at=now,
                updated_at=now,
            )
        )
        return
    conn.execute(
        e.update()
        .where(e.c.id == found)
        .values(
            status=status,
            attempts=e.c.attempts + 1,
            error=error,
            document_id=document_id,
            updated_at=now,
        )
    )


def entry_count(conn: Connection, source_id: int, status: str | None = None) -> int:
    e = schema.entries
    query = select(e.c.id).where(e.c.source_id == source_id)
    if status is not None:
        query = query.where(e.c.status == status)
    return len(conn.execute(query).all())


def url_validators(conn: Connection, url: str) -> tuple[str | None, str | None]:
    u = schema.url_states
    row = conn.execute(select(u.c.etag, u.c.last_modified).where(u.c.url == url)).first()
    return (row.etag, row.last_modified) if row is not None else (None, None)


def save_url_validators(
    conn: Connection, url: str, etag: str | None, last_modified: str | None, now: datetime
) -> None:
    u = schema.url_states
    values = {"etag": etag, "last_modified": last_modified, "checked_at": now}
    if conn.execute(u.update().where(u.c.url == url).values(**values)).rowcount == 0:
        conn.execute(u.insert().values(url=url, **values))


def _watched() -> ColumnElement[bool]:
    s = schema.sources
    return s.c.kind.in_(WATCHED_KINDS) & s.c.url.is_not(None)


def _source(row: RowMapping) -> WatchedSource:
    return WatchedSource(
        id=row["id"],
        name=row["name"],
        url=row["url"],
        kind=row["kind"],
        every_s=row["every_s"] or 0,
        language=row["language"],
        paused=bool(row["paused"]),
        last_fetch_at=row["last_fetch_at"],
        last_status=row["last_status"],
        last_error=row["last_error"],
        next_due_at=row["next_due_at"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        failures=row["failures"],
        error_count=row["error_count"],
    )
