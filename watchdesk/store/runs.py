"""Edge: what each long run did and what the store weighs, for `watchdesk db status`.

`Store` exposes these as methods; this module holds the SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import OperationalError

from watchdesk.store import schema


@dataclass(frozen=True, slots=True)
class RunRecord:
    """One ingest, reprocess or back-fill: what it did and the seconds each stage took."""

    command: str
    started_at: datetime
    finished_at: datetime
    documents: int
    stored: int
    failed: int
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return (self.finished_at - self.started_at).total_seconds()


def save_run(conn: Connection, run: RunRecord) -> None:
    conn.execute(
        schema.runs.insert().values(
            command=run.command,
            started_at=run.started_at,
            finished_at=run.finished_at,
            documents=run.documents,
            stored=run.stored,
            failed=run.failed,
            stages={name: round(seconds, 3) for name, seconds in run.stages.items()},
        )
    )


def last_run(conn: Connection) -> RunRecord | None:
    r = schema.runs
    row = conn.execute(select(r).order_by(r.c.started_at.desc(), r.c.id.desc()).limit(1)).first()
    if row is None:
        return None
    return RunRecord(
        command=row.command,
        started_at=row.started_at,
        finished_at=row.finished_at,
        documents=row.documents,
        stored=row.stored,
        failed=row.failed,
        stages={str(k): float(v) for k, v in row.stages.items()},
    )


def size_bytes(conn: Connection) -> int:
    """Bytes the database takes: the SQLite file with its write-ahead log, or PostgreSQL's
    database size."""
    if conn.dialect.name == "sqlite":
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        page_size = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
        database = conn.engine.url.database
        wal = Path(f"{database}-wal") if database and database != ":memory:" else None
        return int(pages) * int(page_size) + (wal.stat().st_size if wal and wal.exists() else 0)
    return int(conn.execute(select(func.pg_database_size(func.current_database()))).scalar_one())


def table_bytes(conn: Connection) -> dict[str, int]:
    """Bytes per table with its indexes, largest first (SQLite needs its dbstat table)."""
    if conn.dialect.name == "sqlite":
        query = text(
            "SELECT coalesce(m.tbl_name, s.name), sum(s.pgsize) FROM dbstat s"
            " LEFT JOIN sqlite_master m ON m.name = s.name GROUP BY 1"
        )
    else:
        query = text(
            "SELECT relname, pg_total_relation_size(relid) FROM pg_catalog.pg_statio_user_tables"
        )
    try:
        rows = conn.execute(query).all()
    except OperationalError:  # dbstat is a compile-time option of SQLite: without it, none
        return {}
    return dict(sorted(((str(n), int(b)) for n, b in rows), key=lambda item: -item[1]))
