"""Edge: the one class that talks to the database, in domain words. No SQL leaves `store/`."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Table,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError, SQLAlchemyError

from watchdesk.errors import LoginRefused, StoreError
from watchdesk.paging import FIRST_PAGE, Page, Paged
from watchdesk.records import (
    ArticleRef,
    Brief,
    BriefChange,
    Conflict,
    ConflictStatus,
    EntityRecord,
    LinkedStatement,
    ProcessedArticle,
    PublishedBrief,
    Question,
    RawDocument,
    SourcedStatement,
    StoredArticle,
    StoredStatement,
)
from watchdesk.stems import search_terms
from watchdesk.store import (
    accounts,
    analysis,
    briefs,
    desk,
    documents,
    dossier,
    newsletter,
    profiles,
    rowmap,
    runs,
    schema,
    stories,
    themes,
)
from watchdesk.store import sources as watched
from watchdesk.store.accounts import Session, User
from watchdesk.store.profiles import EntitySummary, SearchFilters, SearchHit, SpeakerSummary
from watchdesk.store.sources import FetchRecord, WatchedSource
from watchdesk.store.stories import Story, StoryCandidate
from watchdesk.store.themes import Theme

DEFAULT_URL = "sqlite:///watchdesk.db"
_T = TypeVar("_T")


def open_store(url: str = DEFAULT_URL, *, migrate: bool = True) -> Store:
    """Connect to `url`, bring its schema up to date, and return the store."""
    engine = _create_engine(url)
    store = Store(engine)
    if migrate:
        store.migrate()
    return store


def _create_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        # Plain postgresql:// would pick psycopg2; watchdesk ships psycopg 3.
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        event.listen(engine, "checkin", _sqlite_checkin)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(
            f"unsupported database {parsed.get_backend_name()!r}: use sqlite or postgresql"
        )
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    # The wait comes first: switching a fresh file to WAL takes a write lock, and a process that
    # found it taken by another one starting at the same moment failed with "database is locked".
    cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
    # WAL lets the desk read while an ingest run writes; foreign keys are off by default in SQLite.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Under WAL, NORMAL syncs at checkpoints, not at every commit: a killed process loses nothing
    # committed (only a power cut can take the last transactions), and the many small commits of
    # linking stop paying for an fsync each.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # SQLite's own lower() folds ASCII only, so a filter typed «брандвик» missed «Брандвик»;
    # Python's folds every script, as PostgreSQL's lower() does: one filter expression for both.
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
    # pysqlite's own transaction handling began a transaction only before INSERT/UPDATE/DELETE:
    # a SAVEPOINT outside one started one that RELEASE committed behind the caller's back, and
    # a transaction that read and then wrote could not wait for the write lock (SQLITE_BUSY at
    # once under WAL when another process had committed since its read). Transactions are begun
    # by `_sqlite_begin` instead, each as the kind it is.
    dbapi_connection.isolation_level = None


def _sqlite_begin(conn: Connection) -> None:
    """Begin a transaction: one that may write takes the write lock first, a read takes none.

    BEGIN IMMEDIATE waits (busy_timeout) for the lock before anything is read, so a writer never
    finds, halfway through, that another committed since it read: the one failure SQLite's wait
    does not cover. Read-only transactions (`Store._read`) begin DEFERRED and wait for no writer;
    query_only makes a write slipped into one fail at once in any test, not by chance under load.
    """
    read_only = bool(conn.get_execution_options().get(_READ_ONLY, False))
    conn.exec_driver_sql(f"PRAGMA query_only={'ON' if read_only else 'OFF'}")
    wait_ms = conn.get_execution_options().get(_WAIT_MS)
    if wait_ms is not None:
        conn.exec_driver_sql(f"PRAGMA busy_timeout={int(wait_ms)}")
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _sqlite_checkin(dbapi_connection: Any, _record: object) -> None:
    # A pooled connection goes back writable and with the usual wait: the backup's raw copy
    # and the next transaction must not inherit a read's or a migration's settings.
    if dbapi_connection is None:
        return
    with suppress(sqlite3.Error):  # a connection that broke is thrown away anyway
        dbapi_connection.execute("PRAGMA query_only=OFF")
        dbapi_connection.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")


# How long a writer waits for another process's write lock before "database is locked". Only
# BEGIN IMMEDIATE waits (reads take no lock), for transactions of milliseconds; a machine loaded
# enough to queue writers for 10 s failed them, where waiting longer loses nothing.
_BUSY_TIMEOUT_MS = 60_000
# Upgrading a large store can take minutes; a command started meanwhile waits for it to end.
_MIGRATION_WAIT_MS = 30 * 60_000
# Execution options of a connection, read when its transaction begins on SQLite.
_READ_ONLY = "watchdesk_read_only"
_WAIT_MS = "watchdesk_wait_ms"
# Any fixed number: the PostgreSQL advisory lock that lets one process at a time migrate.
_MIGRATION_LOCK_KEY = 0x77646D67  # "wdmg"


@contextmanager
def _migration_lock(conn: Connection) -> Iterator[None]:
    """Hold the database's migration lock for the rest of `conn`'s transaction.

    Every command migrates the store it opens, so two started together on a fresh database both
    found no tables and both created them ("table sources already exists"). Under the lock the
    second one reads the schema only after the first committed, and finds nothing to do.
    """
    if conn.dialect.name != "sqlite":
        # Released by the commit or rollback that ends the migration.
        conn.execute(select(func.pg_advisory_xact_lock(_MIGRATION_LOCK_KEY)))
    # On SQLite the transaction began IMMEDIATE (`_sqlite_begin`, waiting _MIGRATION_WAIT_MS):
    # the write lock is held before Alembic reads the schema, and the upgrade is one transaction
    # a kill undoes.
    yield


# What the store raises when the database, not the input, failed.
STORE_FAILURES: tuple[type[Exception], ...] = (StoreError, SQLAlchemyError)
# PostgreSQL's "try again" codes: serialization failure, deadlock, lock not available.
_RETRY_SQLSTATES = frozenset({"40001", "40P01", "55P03"})


def is_contention(exc: BaseException) -> bool:
    """Whether `exc` is another writer in the way: the same transaction, run again, can succeed.

    SQLite's write lock held past the wait ("database is locked"); PostgreSQL's serialization
    failures and deadlocks; and a unique key another process filled between our look-up and
    insert, which the next attempt finds and updates.
    """
    while exc is not None:
        if isinstance(exc, IntegrityError):
            return True
        if isinstance(exc, OperationalError):
            orig = exc.orig
            if getattr(orig, "sqlstate", None) in _RETRY_SQLSTATES:
                return True
            if isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig):
                return True
        exc = exc.__cause__  # type: ignore[assignment]
    return False


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


class Store:
    """Saves and reads watchdesk records; one instance per database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # The connection of this thread's open `transaction()`, which every call inside it uses.
        self._local = threading.local()

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Make the store calls inside one transaction: all of them are kept, or none.

        Inside another, it is a savepoint: a failure inside undoes its own writes alone. Storing
        and linking an article took about 90 commits; as one transaction it takes one.
        """
        held: Connection | None = getattr(self._local, "conn", None)
        if held is not None:
            with held.begin_nested():
                yield
            return
        with self._begin() as conn:
            self._local.conn = conn
            try:
                yield
            finally:
                self._local.conn = None

    @contextmanager
    def _begin(self, **options: object) -> Iterator[Connection]:
        """A transaction that may write (on SQLite it holds the write lock from its start)."""
        held: Connection | None = getattr(self._local, "conn", None)
        if held is not None:
            yield held  # committed when the open transaction() ends
            return
        try:
            with self.engine.connect() as conn, conn.execution_options(**options).begin():
                yield conn
        except OperationalError as exc:
            raise StoreError(f"database {self.url}: {exc.orig}") from exc

    def _keyed_write(self, write: Callable[[Connection], _T]) -> _T:
        """Run `write`, a look-up and an insert by a unique key, once more if another process
        inserted that key in between: on PostgreSQL the look-up locks no row it did not find
        (on SQLite the transaction holds the write lock from its start, and this never happens).
        """
        if getattr(self._local, "conn", None) is not None:
            with self._begin() as conn:  # inside an open transaction, which is retried whole
                return write(conn)
        try:
            with self._begin() as conn:
                return write(conn)
        except IntegrityError:
            with self._begin() as conn:
                return write(conn)

    def _read(self) -> AbstractContextManager[Connection]:
        """A transaction that only reads: on SQLite it neither takes nor waits for the write lock,
        so the desk answers while an ingest writes."""
        return self._begin(**{_READ_ONLY: True})

    def migrate(self) -> None:
        """Apply every Alembic revision the database lacks."""
        config = Config()
        config.set_main_option(
            "script_location", str(resources.files("watchdesk.store") / "migrations")
        )
        with self._begin(**{_WAIT_MS: _MIGRATION_WAIT_MS}) as conn, _migration_lock(conn):
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    # -- sources ---------------------------------------------------------------------------

    def ensure_source(self, name: str, *, kind: str = "file", url: str | None = None) -> int:
        """Return the id of the source called `name`, creating it on first use."""
        named = select(schema.sources.c.id).where(schema.sources.c.name == name)
        with self._read() as conn:  # every document asks: the write lock only for a new one
            found = conn.execute(named).scalar()
        if found is not None:
            return int(found)

        def create(conn: Connection) -> int:
            found = conn.execute(named).scalar()
            if found is not None:
                return int(found)
            row = {"name": name, "kind": kind, "url": url, "created_at": rowmap.utc_now()}
            return rowmap.new_id(conn.execute(schema.sources.insert().values(row)))

        return self._keyed_write(create)

    # -- raw documents ---------------------------------------------------------------------

    def add_document(self, raw: RawDocument) -> tuple[int, bool]:
        """Store raw input unless the same bytes from the same URI are stored; (id, is_new)."""
        source_id = self.ensure_source(raw.source) if raw.source else None
        with self._read() as conn:
            found = documents.find_document(conn, raw)
        if found is not None:
            return found, False
        try:
            with self._begin() as conn:
                return documents.insert_document(conn, raw, source_id), True
        except IntegrityError:
            # Another process stored the same document between our look-up and insert.
            with self._read() as conn:
                found = documents.find_document(conn, raw)
            assert found is not None  # the unique key that refused ours is theirs
            return found, False

    def document(self, document_id: int) -> RawDocument | None:
        with self._read() as conn:
            return documents.document(conn, document_id)

    def record_error(self, document_id: int, message: str) -> None:
        """Remember why a document could not be processed, so the operator sees it."""
        with self._begin() as conn:
            documents.record_error(conn, document_id, message)

    def pipeline_version(self, document_id: int) -> str | None:
        """The pipeline version that made this document's article, or None if it has none."""
        with self._read() as conn:
            return documents.pipeline_version(conn, document_id)

    def finish_article(self, article_id: int, version: str) -> None:
        """Mark an article as made by pipeline `version` once every step after saving it ran."""
        with self._begin() as conn:
            documents.finish_article(conn, article_id, version)

    def processed_documents(self, version: str) -> frozenset[tuple[str, str]]:
        """(URI, SHA-256) of every document this pipeline version has made an article of."""
        with self._read() as conn:
            return documents.processed_documents(conn, version)

    def stale_documents(
        self, version: str, *, since: date | None = None, source: str | None = None
    ) -> list[int]:
        """Ids of documents with no article or one made by another pipeline version, oldest first.

        `since` keeps articles published on or after it (and documents not yet processed);
        `source` keeps documents of that source.
        """
        with self._read() as conn:
            return documents.stale_documents(conn, version, since, source)

    # -- articles and annotations ----------------------------------------------------------

    def save_article(self, document_id: int, processed: ProcessedArticle) -> int:
        """Save an article and its annotations, replacing any earlier ones of the document.

        The article keeps its id across re-processing, so links to it stay valid.
        """
        with self._begin() as conn:
            return documents.save_article(conn, document_id, processed)

    def article_of_document(self, document_id: int) -> StoredArticle | None:
        """The article made from a stored document, or None if it has none (yet)."""
        with self._read() as conn:
            article_id = documents.article_of_document(conn, document_id)
            return None if article_id is None else documents.article(conn, article_id)

    def article(self, article_id: int) -> StoredArticle | None:
        """Return one article with all its annotations, or None."""
        with self._read() as conn:
            return documents.article(conn, article_id)

    def articles(
        self, *, limit: int = 50, offset: int = 0, language: str | None = None
    ) -> list[ArticleRef]:
        """Newest articles first (by publication date, then by id)."""
        a = schema.articles
        query = select(*rowmap.REF_COLUMNS).order_by(*rowmap.by_date(a.c.published, a.c.id))
        if language:
            query = query.where(a.c.language == language)
        with self._read() as conn:
            rows = conn.execute(query.limit(limit).offset(offset)).all()
        return [rowmap.article_ref(row._mapping) for row in rows]

    def statements(
        self,
        *,
        speaker: str | None = None,
        article_id: int | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        offset: int = 0,
        oldest_first: bool = False,
    ) -> list[StoredStatement]:
        """Statements, newest article first, in text order within an article.

        `speaker` matches any part of the speaker's resolved name, in any letter case.
        """
        where = self._statement_conditions(speaker, article_id, since, until)
        return self._stored_statements(
            *where, limit=limit, offset=offset, oldest_first=oldest_first
        )

    @staticmethod
    def _statement_conditions(
        speaker: str | None, article_id: int | None, since: date | None, until: date | None
    ) -> list[ColumnElement[bool]]:
        s = schema.statements
        where: list[ColumnElement[bool]] = []
        if speaker:
            # lower() folds every script (registered on SQLite connections, native on PostgreSQL).
            where.append(profiles.name_matches(s.c.speaker, speaker))
        if article_id is not None:
            where.append(s.c.article_id == article_id)
        return where + profiles.published_between(since, until)

    def search(self, query: str, *, limit: int = 50) -> list[ArticleRef]:
        """Articles matching every word of `query`, best first; no words, no articles."""
        return self.search_articles(query, limit=limit) if query.strip() else []

    def counts(self) -> dict[str, int]:
        """How many rows each kind of record has; for status lines and tests."""
        tables = (
            schema.sources,
            schema.documents,
            schema.articles,
            *rowmap.ANNOTATION_TABLES,
            schema.linked,  # written by analysis, after the article: a crash check counts them
            schema.article_signatures,
            schema.story_members,
        )
        with self._read() as conn:
            return {
                t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in tables
            }

    # -- runs and size (issue 12) ---------------------------------------------------------

    def save_run(self, run: runs.RunRecord) -> None:
        """Record what a long run did and where its time went."""
        with self._begin() as conn:
            runs.save_run(conn, run)

    def last_run(self) -> runs.RunRecord | None:
        with self._read() as conn:
            return runs.last_run(conn)

    def size_bytes(self) -> int:
        """What the database takes on disk."""
        with self._read() as conn:
            return runs.size_bytes(conn)

    def table_bytes(self) -> dict[str, int]:
        """Bytes per table with its indexes, largest first; empty where the database cannot say."""
        with self._read() as conn:
            return runs.table_bytes(conn)

    def failed_documents(self) -> list[tuple[str, str]]:
        """(uri, error) of every stored document whose processing failed."""
        d = schema.documents
        with self._read() as conn:
            rows = conn.execute(
                select(d.c.uri, d.c.error).where(d.c.error.is_not(None)).order_by(d.c.id)
            ).all()
        return [(row.uri, row.error) for row in rows]

    # -- users and sessions ----------------------------------------------------------------

    def add_user(
        self, name: str, password: str, role: str = "reader", *, language: str | None = None
    ) -> User:
        """Create an account; AccountError if the name is taken or the password too short."""
        with self._begin() as conn:
            return accounts.add_user(conn, name, password, role, language)

    def users(self) -> list[User]:
        """Every account, by name."""
        with self._read() as conn:
            return accounts.users(conn)

    def user(self, name: str) -> User | None:
        with self._read() as conn:
            return accounts.user(conn, name)

    def set_role(self, name: str, role: str) -> User:
        with self._begin() as conn:
            return accounts.update_user(conn, name, role=role)

    def set_password(self, name: str, password: str) -> User:
        """Change a password and end every session of that user."""
        with self._begin() as conn:
            return accounts.update_user(conn, name, password=password)

    def set_language(self, name: str, language: str | None) -> User:
        with self._begin() as conn:
            return accounts.update_user(conn, name, language=language)

    def remove_user(self, name: str) -> bool:
        """Delete an account and its sessions; False if there was none."""
        with self._begin() as conn:
            return accounts.remove_user(conn, name)

    def log_in(self, name: str, password: str, *, client: str, ttl: timedelta) -> Session:
        """Open a session, or raise LoginRefused (counting the failure for the lock)."""
        with self._begin() as conn:
            result = accounts.log_in(conn, name, password, client, ttl)
        if isinstance(result, LoginRefused):
            raise result
        return result

    def session(self, token: str) -> Session | None:
        """The live session a cookie token belongs to, or None."""
        with self._read() as conn:
            return accounts.session(conn, token)

    def end_session(self, token: str) -> None:
        with self._begin() as conn:
            accounts.end_session(conn, token)

    # -- desk: search and profiles ---------------------------------------------------------

    def search_articles(
        self, query: str, filters: SearchFilters | None = None, *, limit: int = 50
    ) -> list[ArticleRef]:
        """Articles matching every word of `query` and the filters; without words, the newest."""
        a = schema.articles
        try:
            with self._read() as conn:
                ids = profiles.search_ids(conn, query, filters or SearchFilters(), limit)
                rows = (
                    conn.execute(select(*rowmap.REF_COLUMNS).where(a.c.id.in_(ids))).all()
                    if ids
                    else []
                )
        except ProgrammingError as exc:
            raise StoreError(f"search failed: {exc.orig}") from exc
        by_id = {row.id: rowmap.article_ref(row._mapping) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def search_facets(self) -> dict[str, list[str]]:
        """Outlets and languages present, for search filters."""
        with self._read() as conn:
            return profiles.facets(conn)

    def statement(self, statement_id: int) -> StoredStatement | None:
        """One statement with the article it came from."""
        found = self._stored_statements(schema.statements.c.id == statement_id, limit=1)
        return found[0] if found else None

    def profile_statements(
        self, *, by: str | None = None, about: str | None = None, limit: int = 200
    ) -> list[StoredStatement]:
        """Statements made by the speaker `by` (exact name) or mentioning the entity `about`."""
        return self._stored_statements(*self._profile_conditions(by, about), limit=limit)

    def statement_counts(
        self, *, by: str | None = None, about: str | None = None
    ) -> list[tuple[date, int]]:
        """(publication date, statements) for every day that has any, oldest first."""
        with self._read() as conn:
            return profiles.statements_per_day(conn, self._profile_conditions(by, about))

    def entity_summaries(self, *, limit: int = 100) -> list[EntitySummary]:
        """Entities mentioned in the most articles first."""
        with self._read() as conn:
            return profiles.entities(conn, limit)

    def entity_summary(self, canonical: str) -> EntitySummary | None:
        with self._read() as conn:
            found = profiles.entities(conn, 1, canonical)
        return found[0] if found else None

    def speaker_summaries(self, *, limit: int = 100) -> list[SpeakerSummary]:
        """Speakers with the most statements first."""
        with self._read() as conn:
            return profiles.speakers(conn, limit)

    def speaker_summary(self, name: str) -> SpeakerSummary | None:
        with self._read() as conn:
            found = profiles.speakers(conn, 1, name)
        return found[0] if found else None

    @staticmethod
    def _profile_conditions(by: str | None, about: str | None) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if by is not None:
            conditions.append(schema.statements.c.speaker == by)
        if about is not None:
            conditions.append(profiles.about(about))
        return conditions

    def _stored_statements(
        self,
        *where: ColumnElement[bool],
        limit: int | None,
        offset: int = 0,
        oldest_first: bool = False,
    ) -> list[StoredStatement]:
        """Statements meeting every condition, newest article first, in text order within one."""
        s, a = schema.statements, schema.articles
        by_article = rowmap.by_date(a.c.published, a.c.id, oldest_first=oldest_first)
        query = (
            select(s, *rowmap.REF_COLUMNS)
            .select_from(s.join(a))
            .where(*where)
            .order_by(*by_article, s.c.idx)
            .offset(offset)
            .limit(limit)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [
            StoredStatement(
                id=row.id,
                article=rowmap.article_ref(row._mapping, id_key="article_id"),
                index=row.idx,
                statement=rowmap.statement_record(row._mapping),
            )
            for row in rows
        ]

    # -- sites and stories: learned boilerplate, near-duplicate groups ----------------------

    def boilerplate(self, site_key: str) -> tuple[str, int] | None:
        """The site's learned boilerplate model (JSON) and how many pages taught it, if any."""
        with self._read() as conn:
            return stories.boilerplate(conn, site_key)

    def save_boilerplate(self, site_key: str, model_json: str, pages_seen: int) -> None:
        # Two ingests of one site learn it at the same page count: the later one replaces.
        self._keyed_write(lambda c: stories.save_boilerplate(c, site_key, model_json, pages_seen))

    def site_page_count(self, site_key: str) -> int:
        with self._read() as conn:
            return stories.site_page_count(conn, site_key)

    def site_pages(self, site_key: str) -> list[bytes]:
        """The site's latest pages (raw HTML), one per URL, newest first."""
        with self._read() as conn:
            return stories.site_pages(conn, site_key)

    def site_documents(self, site_key: str) -> list[int]:
        """Ids of the site's processed documents, oldest first."""
        with self._read() as conn:
            return stories.site_documents(conn, site_key)

    def save_signature(self, article_id: int, signature: bytes, band_keys: Sequence[str]) -> None:
        with self._begin() as conn:
            stories.save_signature(conn, article_id, signature, band_keys)

    def story_candidates(
        self, article_id: int, band_keys: Sequence[str], urls: Sequence[str]
    ) -> list[StoryCandidate]:
        """Articles that may be copies of this one, found by band key or URL, with their kin."""
        with self._read() as conn:
            return stories.story_candidates(conn, article_id, band_keys, urls)

    def join_story(
        self,
        article_id: int,
        matched_ids: Sequence[int],
        canonical_id: int,
        evidence: Sequence[str],
    ) -> int:
        """Group the article with the ones it copies; return the story's id."""
        with self._begin() as conn:
            return stories.join_story(conn, article_id, matched_ids, canonical_id, evidence)

    def story(self, article_id: int) -> Story | None:
        """The group of copies the article belongs to, original first, or None."""
        with self._read() as conn:
            return stories.story_of(conn, article_id)

    # -- sources and fetching --------------------------------------------------------------
    # The SQL lives in sources.py; the polling policy (when due, back-off) in watchdesk.watch.

    def add_watched_source(
        self, name: str, url: str, *, kind: str, every_s: int, language: str | None = None
    ) -> WatchedSource:
        """Start watching `url`; StoreError if the name or the URL is taken. Due at once."""
        with self._begin() as conn:
            return watched.add_source(
                conn,
                name=name,
                url=url,
                kind=kind,
                every_s=every_s,
                language=language,
                now=rowmap.utc_now(),
            )

    def watched_sources(self) -> list[WatchedSource]:
        """Every feed, sitemap and page source, by name."""
        with self._read() as conn:
            return watched.watched_sources(conn)

    def watched_source(self, name: str) -> WatchedSource | None:
        with self._read() as conn:
            return watched.watched_source(conn, name)

    def due_sources(self, now: datetime) -> list[WatchedSource]:
        """Sources not paused whose next fetch is due at `now`, most overdue first."""
        with self._read() as conn:
            return watched.due_sources(conn, now)

    def next_due_at(self) -> datetime | None:
        """When the next source falls due, or None when nothing is watched."""
        with self._read() as conn:
            return watched.next_due_at(conn)

    def remove_source(self, name: str) -> bool:
        """Stop watching a source; its stored documents stay. False if there was none."""
        with self._begin() as conn:
            return watched.remove_source(conn, name)

    def pause_source(self, name: str, paused: bool = True) -> bool:
        """Pause (or resume, due at once) a watched source; False if there was none."""
        with self._begin() as conn:
            return watched.pause_source(conn, name, paused, rowmap.utc_now())

    def record_fetch(self, source_id: int, record: FetchRecord) -> None:
        """Log one fetch of a source and update its status, errors and next due time."""
        with self._begin() as conn:
            watched.record_fetch(conn, source_id, record)

    def fetch_count(self, source_id: int) -> int:
        with self._read() as conn:
            return watched.fetch_count(conn, source_id)

    def settled_entries(self, source_id: int, urls: Iterable[str], *, attempts: int) -> set[str]:
        """Which listed URLs need no fetch: stored already, or failed `attempts` times."""
        with self._read() as conn:
            return watched.settled_entries(conn, source_id, urls, attempts)

    def mark_entry(
        self,
        source_id: int,
        url: str,
        *,
        title: str | None = None,
        published: datetime | None = None,
        document_id: int | None = None,
        error: str | None = None,
    ) -> None:
        """Record a listed article as stored (after its document is) or as failed, with why."""
        with self._begin() as conn:
            watched.mark_entry(
                conn,
                source_id,
                url,
                title=title,
                published=published,
                document_id=document_id,
                error=error,
                now=rowmap.utc_now(),
            )

    def entry_count(self, source_id: int, status: str | None = None) -> int:
        with self._read() as conn:
            return watched.entry_count(conn, source_id, status)

    def url_validators(self, url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) last seen for `url`, for a conditional GET."""
        with self._read() as conn:
            return watched.url_validators(conn, url)

    def save_url_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        with self._begin() as conn:
            watched.save_url_validators(conn, url, etag, last_modified, rowmap.utc_now())

    # -- link and analyze: registry, questions, conflicts, commitments (issue 5) -------------

    def save_linked(self, article_id: int, rows: Sequence[analysis.LinkedRow]) -> list[int]:
        """Replace an article's linked statements and reports, with their topic index rows."""
        with self._begin() as conn:
            return analysis.save_linked(conn, article_id, rows)

    def link_candidates(
        self,
        topics: Iterable[str],
        questions: Iterable[int] = (),
        *,
        around: date | None,
        window_days: int,
        exclude_article: int,
        reports: bool = False,
        originals_only: bool = False,
    ) -> list[LinkedStatement]:
        """Stored statements sharing a topic or question, near a date; read from indexes.

        With `originals_only`, statements of copies (the excluded article's story mates, and any
        story member other than its original) are left out.
        """
        with self._read() as conn:
            return analysis.candidates(
                conn,
                topics,
                questions,
                around=around,
                window_days=window_days,
                exclude_article=exclude_article,
                reports=reports,
                originals_only=originals_only,
            )

    def statements_on(
        self, topics: Iterable[str], *, since: date, until: date, per_topic: int = 2000
    ) -> list[LinkedStatement]:
        """Statements and reports with any of these topics published in a window; one query over
        the topic index, for judging many watch items at once."""
        with self._read() as conn:
            return analysis.statements_on(
                conn, topics, since=since, until=until, per_topic=per_topic
            )

    def is_copy(self, article_id: int) -> bool:
        """Say whether the article copies another (a story member other than the original)."""
        with self._read() as conn:
            return analysis.is_copy(conn, article_id)

    def drop_open_conflicts(self, statement_keys: Iterable[str]) -> int:
        """Delete the open flags of these statements; confirmed and dismissed flags stay."""
        with self._begin() as conn:
            return analysis.drop_open_conflicts(conn, statement_keys)

    def question_candidates(self, topics: Iterable[str]) -> list[analysis.QuestionCandidate]:
        with self._read() as conn:
            return analysis.question_candidates(conn, topics)

    def add_question(self, name: str, topics: Sequence[str]) -> int:
        with self._begin() as conn:
            return analysis.add_question(conn, name, topics)

    def grow_question(
        self, question_id: int, centroid: bytes | None, topics: Sequence[str]
    ) -> None:
        """Count a new member of a question, with the new embedding sum and its topics."""
        with self._begin() as conn:
            analysis.grow_question(conn, question_id, centroid)
            analysis.add_question_topics(conn, question_id, topics)

    def question_for(self, statement_key: str) -> int | None:
        """The question an analyst put this statement in, if any."""
        with self._read() as conn:
            found = analysis.question_override(conn, statement_key)
            return analysis.resolve_question(conn, found) if found is not None else None

    def resolve_question(self, question_id: int) -> int:
        with self._read() as conn:
            return analysis.resolve_question(conn, question_id)

    def questions(self) -> list[Question]:
        """Questions with at least one statement, largest first."""
        with self._read() as conn:
            return analysis.list_questions(conn)

    def name_question(self, question_id: int, name: str) -> None:
        with self._begin() as conn:
            analysis.name_question(conn, question_id, name)

    def rename_generated_question(self, question_id: int, name: str) -> None:
        """Replace a question's generated name; an analyst's name stays."""
        with self._begin() as conn:
            analysis.rename_generated_question(conn, question_id, name)

    def merge_questions(self, keep: int, absorbed: int) -> None:
        with self._begin() as conn:
            analysis.merge_questions(conn, keep, absorbed)

    def split_question(self, statement_keys: Sequence[str], name: str) -> int:
        with self._begin() as conn:
            return analysis.split_question(conn, statement_keys, name)

    def save_conflicts(self, conflicts: Sequence[Conflict]) -> int:
        """Store conflicts by pair; analysts' verdicts survive. Returns how many are new."""
        with self._begin() as conn:
            return analysis.save_conflicts(conn, conflicts)

    def conflicts(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        question: int | None = None,
        status: str | None = None,
    ) -> list[analysis.StoredConflict]:
        """Flags whose later statement was published between `since` and `until` (inclusive)."""
        with self._read() as conn:
            return analysis.list_conflicts(
                conn, since=since, until=until, question=question, status=status
            )

    def set_conflict_status(self, pair_key: str, status: ConflictStatus) -> bool:
        """Confirm or dismiss a flag; a dismissed flag stays dismissed across re-analysis."""
        with self._begin() as conn:
            return analysis.set_conflict_status(conn, pair_key, status)

    def watch_items(self) -> list[analysis.StoredCommitment]:
        """Every stored commitment with its statement and the analyst's verdict."""
        with self._read() as conn:
            return analysis.list_commitments(conn)

    def review_commitment(self, statement_key: str, status: str) -> None:
        with self._begin() as conn:
            analysis.review_commitment(conn, statement_key, status)

    def save_event_dates(self, article_id: int, events: Sequence[tuple[str, str]]) -> None:
        with self._begin() as conn:
            analysis.save_event_dates(conn, article_id, events)

    def event_ends(self, events: Iterable[str]) -> dict[str, list[str]]:
        with self._read() as conn:
            return analysis.event_ends(conn, events)

    def known_aliases(self, alias_keys: Iterable[str]) -> dict[str, str]:
        with self._read() as conn:
            return analysis.known_aliases(conn, alias_keys)

    def save_entities(self, records: Sequence[EntityRecord], alias_key: dict[str, str]) -> None:
        with self._begin() as conn:
            analysis.save_entities(conn, records, alias_key)

    def registry(self) -> list[EntityRecord]:
        """Every entity in the registry with its aliases, by name."""
        with self._read() as conn:
            return analysis.list_entities(conn)

    def merge_entities(self, keep: str, absorbed: str) -> bool:
        with self._begin() as conn:
            return analysis.merge_entities(conn, keep, absorbed)

    def rename_entity(self, key: str, name: str) -> bool:
        with self._begin() as conn:
            return analysis.rename_entity(conn, key, name)

    def add_alias(self, key: str, alias: str, alias_key: str) -> bool:
        with self._begin() as conn:
            return analysis.add_alias(conn, key, alias, alias_key)

    # -- the newsletter (issue 10): subscriptions and the record of deliveries ----------------
    # The SQL and the at-most-once rule live in newsletter.py.

    def request_subscription(
        self,
        email: str,
        language: str,
        themes: Sequence[int],
        *,
        all_themes: bool,
        client: str,
    ) -> newsletter.SubscriptionRequest | None:
        """Record a subscription waiting for confirmation; None when asked too often lately."""
        with self._begin() as conn:
            return newsletter.request_subscription(
                conn, email, language, themes, all_themes, client, newsletter.utc_now()
            )

    def subscription_request(self, request_id: int) -> newsletter.SubscriptionRequest | None:
        with self._read() as conn:
            return newsletter.subscription_request(conn, request_id)

    def confirm_subscription(self, request_id: int) -> newsletter.Subscriber | None:
        """Turn a confirmed request into a subscriber (or update theirs); None if unknown."""
        try:
            with self._begin() as conn:
                return newsletter.confirm_subscription(conn, request_id, newsletter.utc_now())
        except IntegrityError:
            # Two requests for one new address confirmed at once: the other made the subscriber,
            # so this one updates it.
            with self._begin() as conn:
                return newsletter.confirm_subscription(conn, request_id, newsletter.utc_now())

    def subscriber(
        self, subscriber_id: int | None = None, *, email: str | None = None
    ) -> newsletter.Subscriber | None:
        with self._read() as conn:
            return newsletter.subscriber(conn, subscriber_id, email=email)

    def subscribers(self, *, active_only: bool = True) -> list[newsletter.Subscriber]:
        """Subscribers by address; those who left too when `active_only` is False."""
        with self._read() as conn:
            return newsletter.subscribers(conn, active_only=active_only)

    def unsubscribe(self, subscriber_id: int) -> bool:
        """End a subscription; False when it had ended already (or never was)."""
        with self._begin() as conn:
            return newsletter.unsubscribe(conn, subscriber_id, newsletter.utc_now())

    def delivered(self, subscriber_id: int) -> set[tuple[int, str]]:
        """(brief id, language) of every brief version claimed for the subscriber."""
        with self._read() as conn:
            return newsletter.delivered(conn, subscriber_id)

    def deliveries_to(self, subscriber_id: int) -> dict[tuple[int, str], newsletter.Delivery]:
        """The subscriber's delivery rows by (brief id, language)."""
        with self._read() as conn:
            return newsletter.deliveries_to(conn, subscriber_id)

    def unsent_briefs(
        self, subscriber: newsletter.Subscriber, since: datetime
    ) -> list[PublishedBrief]:
        """Published versions the subscriber wants and was not sent in their current
        publication, published at or after `since`."""
        with self._read() as conn:
            return newsletter.unsent_briefs(
                conn,
                subscriber.id,
                subscriber.language,
                None if subscriber.all_themes else subscriber.themes,
                since,
            )

    def claim_delivery(
        self,
        subscriber_id: int,
        versions: Sequence[tuple[int, str, datetime]],
        message_id: str,
        replacing: Sequence[newsletter.Delivery] = (),
    ) -> bool:
        """Claim brief versions for one message before it is sent; False (and nothing claimed)
        when another run claimed any of them first. `replacing` holds the sent rows of the
        earlier publications that the message corrects."""
        try:
            with self._begin() as conn:
                newsletter.claim_delivery(
                    conn, subscriber_id, versions, message_id, newsletter.utc_now(), replacing
                )
        except (IntegrityError, newsletter.ClaimLost):
            return False
        return True

    def finish_delivery(
        self, message_id: str, state: newsletter.DeliveryState, error: str | None = None
    ) -> None:
        """Mark a claimed message sent, or failed for good with the server's words."""
        with self._begin() as conn:
            newsletter.finish_delivery(conn, message_id, state, error, newsletter.utc_now())

    def release_delivery(
        self, message_id: str, restore: Sequence[newsletter.Delivery] = ()
    ) -> None:
        """Drop the claim of a message the server certainly did not take; a later run sends it
        (the rows of corrected versions go back to their earlier publication, `restore`)."""
        with self._begin() as conn:
            newsletter.release_delivery(conn, message_id, restore)

    def deliveries(
        self, state: newsletter.DeliveryState | None = None
    ) -> list[newsletter.Delivery]:
        """Every recorded delivery, oldest claim first; "claimed" ones were never confirmed."""
        with self._read() as conn:
            return newsletter.deliveries(conn, state)

    # -- desk reads (issue 6): statements by key, questions, themes, bulk loading ---------------
    # The SQL lives in desk.py and themes.py; the analysis section above belongs to issue 5.

    def desk_statements(self, keys: Iterable[str]) -> dict[str, desk.DeskStatement]:
        """Linked statements by key, with their article, anchor index, outlet and speaker role."""
        with self._read() as conn:
            return desk.desk_statements(conn, keys)

    def question(self, question_id: int) -> Question | None:
        """One question (not merged into another) with its number of statements."""
        with self._read() as conn:
            return desk.question(conn, question_id)

    def question_statements(self, question_id: int) -> list[desk.DeskStatement]:
        """Every statement on a question, oldest first."""
        with self._read() as conn:
            return desk.question_statements(conn, question_id)

    def question_counts(self, question_id: int) -> list[tuple[date, int]]:
        """(publication date, statements) on a question, oldest first."""
        with self._read() as conn:
            return desk.question_counts(conn, question_id)

    def themes(self) -> list[Theme]:
        """Every analyst-defined theme, by name."""
        with self._read() as conn:
            return themes.list_themes(conn)

    def theme(self, theme_id: int | None = None, *, name: str | None = None) -> Theme | None:
        with self._read() as conn:
            found = themes.list_themes(conn, theme_id, name)
        return found[0] if found else None

    def add_theme(
        self, name: str, keywords: Sequence[str] = (), entities: Sequence[str] = ()
    ) -> Theme:
        """Create a theme; StoreError without a name and a keyword or entity, or if it exists."""
        with self._begin() as conn:
            return themes.add_theme(conn, name, keywords, entities)

    def update_theme(
        self, theme_id: int, name: str, keywords: Sequence[str] = (), entities: Sequence[str] = ()
    ) -> Theme | None:
        with self._begin() as conn:
            return themes.update_theme(conn, theme_id, name, keywords, entities)

    def remove_theme(self, theme_id: int) -> bool:
        with self._begin() as conn:
            return themes.remove_theme(conn, theme_id)

    def theme_articles(
        self, theme: Theme, *, since: date | None = None, limit: int = 50
    ) -> list[ArticleRef]:
        """Articles on a theme, newest first."""
        a = schema.articles
        with self._read() as conn:
            condition = themes.article_condition(theme, themes.article_ids(conn, theme))
            query = select(*rowmap.REF_COLUMNS).where(condition)
            if since is not None:
                query = query.where(a.c.published >= since)
            rows = conn.execute(
                query.order_by(*rowmap.by_date(a.c.published, a.c.id)).limit(limit)
            ).all()
        return [rowmap.article_ref(row._mapping) for row in rows]

    def theme_statements(
        self, theme: Theme, *, since: date | None = None, limit: int = 50
    ) -> list[StoredStatement]:
        """Statements on a theme, newest article first."""
        conditions = [themes.statement_condition(theme)]
        if since is not None:
            conditions.append(schema.articles.c.published >= since)
        return self._stored_statements(*conditions, limit=limit)

    def theme_statement_counts(self, theme: Theme) -> list[tuple[date, int]]:
        """(publication date, statements on the theme), oldest first."""
        with self._read() as conn:
            return profiles.statements_per_day(conn, [themes.statement_condition(theme)])

    # -- dossier reads (issue 10): the theme's statements with their outlets ------------------

    def dossier_statements(
        self, theme: Theme, *, since: date | None = None, until: date | None = None
    ) -> list[SourcedStatement]:
        """The theme's statements and reports published in [since, until], oldest first."""
        with self._read() as conn:
            return dossier.theme_statements(conn, theme, since=since, until=until)

    def theme_statement_keys(self, theme: Theme) -> set[str]:
        """Keys of every statement and report on the theme: what its flags and promises touch."""
        with self._read() as conn:
            return dossier.theme_keys(conn, theme)

    def sourced_statements(self, keys: Iterable[str]) -> dict[str, SourcedStatement]:
        """Statements by key with where to read them and the outlets that carried them."""
        with self._read() as conn:
            return dossier.sourced_statements(conn, keys)

    def speaker_identities(self, names: Iterable[str]) -> dict[str, str]:
        """Speaker names mapped to one key per registry entity, across scripts and spellings."""
        with self._read() as conn:
            return dossier.speaker_identities(conn, names)

    def latest_published(self) -> date | None:
        """The newest publication date in the store: where the desk's "today" ends."""
        with self._read() as conn:
            found: date | None = conn.scalar(select(func.max(schema.articles.c.published)))
        return found

    # -- paged lists (issue 11): one page of a list, and how long the whole list is ---------

    def statements_page(
        self,
        *,
        speaker: str | None = None,
        since: date | None = None,
        until: date | None = None,
        page: Page = FIRST_PAGE,
        oldest_first: bool = False,
    ) -> Paged[StoredStatement]:
        """A page of `statements()`, with how many statements match in all."""
        where = self._statement_conditions(speaker, None, since, until)
        return self._statements_paged(where, page, oldest_first)

    def profile_statements_page(
        self, *, by: str | None = None, about: str | None = None, page: Page = FIRST_PAGE
    ) -> Paged[StoredStatement]:
        """A page of `profile_statements()`, with how many there are in all."""
        return self._statements_paged(self._profile_conditions(by, about), page)

    def _statements_paged(
        self, where: list[ColumnElement[bool]], page: Page, oldest_first: bool = False
    ) -> Paged[StoredStatement]:
        s, a = schema.statements, schema.articles
        count = select(func.count()).select_from(s.join(a)).where(*where)
        with self._read() as conn:
            total = int(conn.execute(count).scalar_one())
        found = self._stored_statements(
            *where, limit=page.limit, offset=page.offset, oldest_first=oldest_first
        )
        return Paged(tuple(found), total, page)

    def articles_page(
        self,
        *,
        language: str | None = None,
        since: date | None = None,
        until: date | None = None,
        page: Page = FIRST_PAGE,
    ) -> Paged[ArticleRef]:
        """Newest articles first, a page of them, with how many match in all."""
        a = schema.articles
        where = profiles.published_between(since, until)
        if language:
            where.append(a.c.language == language)
        query = select(*rowmap.REF_COLUMNS).where(*where)
        with self._read() as conn:
            total = int(
                conn.execute(select(func.count()).select_from(a).where(*where)).scalar_one()
            )
            rows = conn.execute(
                query.order_by(*rowmap.by_date(a.c.published, a.c.id))
                .offset(page.offset)
                .limit(page.limit)
            ).all()
        return Paged(tuple(rowmap.article_ref(row._mapping) for row in rows), total, page)

    def search_page(
        self,
        query: str,
        filters: SearchFilters | None = None,
        *,
        page: Page = FIRST_PAGE,
        order: str = "relevance",
    ) -> Paged[SearchHit]:
        """A page of `search_articles()` in `order` (relevance, newest, oldest), with texts."""
        a = schema.articles
        try:
            with self._read() as conn:
                ids, total = profiles.search_page_ids(
                    conn, query, filters or SearchFilters(), page, order
                )
                rows = (
                    conn.execute(select(*rowmap.REF_COLUMNS, a.c.text).where(a.c.id.in_(ids))).all()
                    if ids
                    else []
                )
        except ProgrammingError as exc:
            raise StoreError(f"search failed: {exc.orig}") from exc
        by_id = {row.id: SearchHit(rowmap.article_ref(row._mapping), row.text) for row in rows}
        return Paged(tuple(by_id[i] for i in ids if i in by_id), total, page)

    def speakers_page(
        self, *, since: date | None = None, until: date | None = None, page: Page = FIRST_PAGE
    ) -> Paged[SpeakerSummary]:
        """Speakers with the most statements (in the window) first, a page of them."""
        with self._read() as conn:
            total = profiles.speaker_count(conn, since, until)
            found = profiles.speakers(
                conn, page.limit, offset=page.offset, since=since, until=until
            )
        return Paged(tuple(found), total, page)

    def entities_page(
        self, *, since: date | None = None, until: date | None = None, page: Page = FIRST_PAGE
    ) -> Paged[EntitySummary]:
        """Entities mentioned in the most articles (in the window) first, a page of them."""
        with self._read() as conn:
            total = profiles.entity_count(conn, since, until)
            found = profiles.entities(
                conn, page.limit, offset=page.offset, since=since, until=until
            )
        return Paged(tuple(found), total, page)

    def bulk_save_articles(self, items: Sequence[ProcessedArticle]) -> list[int]:
        """Save many processed articles in one transaction, a few statements per table.

        For benchmarks and imports of already processed archives: the documents behind them
        keep no raw page (empty content), so `reprocess` has nothing to redo for them.
        """
        d, a = schema.documents, schema.articles
        now = rowmap.utc_now()
        documents = [
            {
                "uri": p.article.url,
                "sha256": hashlib.sha256(p.article.url.encode()).hexdigest(),
                "content": b"",
                "content_type": "text/plain",
                "fetched_at": now,
                "published_hint": p.article.published,
            }
            for p in items
        ]
        if not documents:
            return []
        with self._begin() as conn:
            returning = d.insert().returning(d.c.id, sort_by_parameter_order=True)
            document_ids = conn.execute(returning, documents).scalars().all()
            articles = [
                {
                    "document_id": document_id,
                    "url": p.article.url,
                    "title": p.article.title,
                    "text": p.article.text,
                    "language": p.article.language,
                    "published": p.article.published,
                    "author": p.article.author,
                    "site": p.article.site,
                    "canonical_url": p.article.canonical_url,
                    "syndicated_from": p.article.syndicated_from,
                    "pipeline_version": p.pipeline_version,
                    "processed_at": now,
                    "search_terms": search_terms(f"{p.article.title}\n{p.article.text}"),
                }
                for document_id, p in zip(document_ids, items, strict=True)
            ]
            returning = a.insert().returning(a.c.id, sort_by_parameter_order=True)
            article_ids = [int(i) for i in conn.execute(returning, articles).scalars().all()]
            batches: dict[str, tuple[Table, list[dict[str, object]]]] = {}
            for article_id, p in zip(article_ids, items, strict=True):
                for table, rows in rowmap.annotation_rows(article_id, p):
                    batches.setdefault(table.name, (table, []))[1].extend(rows)
            for table, rows in batches.values():
                if rows:
                    conn.execute(table.insert(), rows)
        return article_ids

    # -- weekly briefs (issue 10): the SQL and the workflow rules live in briefs.py ------------

    def create_brief(self, theme_id: int, week: str, *, by: str) -> Brief:
        """Start a draft brief for a theme and ISO week; BriefError if one exists already."""
        with self._begin() as conn:
            return briefs.create_brief(conn, theme_id, week, by)

    def brief(self, brief_id: int) -> Brief | None:
        with self._read() as conn:
            return briefs.get_brief(conn, brief_id)

    def briefs(
        self, *, theme_id: int | None = None, week: str | None = None, status: str | None = None
    ) -> list[Brief]:
        """Briefs in every state, newest week first."""
        with self._read() as conn:
            return briefs.list_briefs(conn, theme_id=theme_id, week=week, status=status)

    def save_brief_version(
        self,
        brief_id: int,
        language: str,
        *,
        headline: str,
        lead: str,
        body: str,
        by: str,
        minor: bool = False,
    ) -> Brief:
        """Write the `language` version; `minor` keeps the other version from lagging behind."""
        with self._begin() as conn:
            return briefs.save_version(
                conn, brief_id, language, headline, lead, body, by, minor=minor
            )

    def set_brief_trend(self, brief_id: int, trend: str | None, *, by: str) -> Brief:
        with self._begin() as conn:
            return briefs.set_trend(conn, brief_id, trend, by)

    def set_brief_citations(self, brief_id: int, statement_ids: Sequence[int], *, by: str) -> Brief:
        """Replace the cited statements (ids, in order); BriefError for an unknown id."""
        with self._begin() as conn:
            return briefs.set_citations(conn, brief_id, statement_ids, by)

    def submit_brief(self, brief_id: int, *, by: str) -> Brief:
        with self._begin() as conn:
            return briefs.submit(conn, brief_id, by)

    def return_brief(self, brief_id: int, *, by: str, note: str = "") -> Brief:
        with self._begin() as conn:
            return briefs.send_back(conn, brief_id, by, note)

    def publish_brief(self, brief_id: int, *, by: str) -> Brief:
        """Publish both language versions; BriefError if one is missing, lags, or no trend."""
        with self._begin() as conn:
            return briefs.publish(conn, brief_id, by)

    def brief_history(self, brief_id: int) -> list[BriefChange]:
        """Every change of a brief, oldest first."""
        with self._read() as conn:
            return briefs.history(conn, brief_id)

    def published_briefs(
        self,
        theme: str | None = None,
        language: str | None = None,
        since: datetime | date | None = None,
        *,
        week: str | None = None,
        brief_id: int | None = None,
    ) -> list[PublishedBrief]:
        """Published language versions as the public sees them, newest week first.

        `since` keeps versions published at or after it (a date means its midnight UTC).
        """
        with self._read() as conn:
            return briefs.published(
                conn, brief_id=brief_id, theme=theme, language=language, week=week, since=since
            )

    def statements_by_id(self, statement_ids: Iterable[int]) -> dict[int, StoredStatement]:
        """Stored statements by row id (those that exist), for citations."""
        wanted = sorted(set(statement_ids))
        if not wanted:
            return {}
        found = self._stored_statements(schema.statements.c.id.in_(wanted), limit=None)
        return {s.id: s for s in found}
