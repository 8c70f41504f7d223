"""The tables, in SQLAlchemy Core: one schema for SQLite and PostgreSQL.

Alembic revisions in `migrations/` create and evolve these tables; this module is what the code
queries. Character offsets are named `start_char`/`end_char` because `end` is an SQL keyword.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.sql.expression import false
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on both dialects: SQLite stores naive text and would drop the zone."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass an aware UTC datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData(
    # Named constraints keep Alembic migrations identical on both dialects.
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("url", Text),
    Column("kind", String(20), nullable=False, server_default="file"),
    Column("language", String(8)),
    Column("created_at", UTCDateTime(), nullable=False),
    # Watching (revision 0002): how often, whether paused, and how the last fetch went.
    Column("every_s", Integer),  # NULL: not polled (a file source)
    Column("paused", Boolean, nullable=False, server_default=false()),
    Column("last_fetch_at", UTCDateTime()),
    Column("last_status", String(20)),  # ok, not_modified, error
    Column("last_error", Text),
    Column("next_due_at", UTCDateTime(), index=True),
    Column("etag", Text),  # validators of the source URL itself, for a conditional GET
    Column("last_modified", Text),
    Column("failures", Integer, nullable=False, server_default="0"),  # in a row; backs off
    Column("error_count", Integer, nullable=False, server_default="0"),  # ever
)

# Raw input exactly as read. One row per distinct (uri, content): ingesting the same bytes twice
# stores them once, while a page that changed keeps each version.
documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uri", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("content_type", String(40), nullable=False),
    Column("encoding", String(40)),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
    Column("fetched_at", UTCDateTime(), nullable=False),
    Column("published_hint", Date),
    Column("title_hint", Text),
    Column("language_hint", String(8)),
    Column("error", Text),  # why processing failed, shown to the operator; NULL once it succeeds
    Column("site_key", String(255), index=True),  # whose learned boilerplate applies (records.py)
    UniqueConstraint("uri", "sha256"),
    Index(None, "site_key", "uri"),  # counts a site's pages without reading their rows (0015)
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "document_id",
        Integer,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    Column("url", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("language", String(8), nullable=False),
    Column("published", Date),
    Column("author", Text),
    Column("site", Text),
    Column("canonical_url", Text),
    Column("syndicated_from", Text),
    Column("pipeline_version", String(40), nullable=False),
    Column("processed_at", UTCDateTime(), nullable=False),
    # The stems of title and text (watchdesk.stems), what full-text search indexes (0012): FTS5
    # on SQLite, the generated search_vector on PostgreSQL. NULL: not indexed yet.
    Column("search_terms", Text),
    Index(None, "published"),
)


def _annotation_table(name: str, *columns: Column[object]) -> Table:
    """Annotation rows hang off an article, keep their order, and carry a span into its text."""
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True),
        Column(
            "article_id",
            Integer,
            ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        Column("idx", Integer, nullable=False),
        Column("start_char", Integer, nullable=False),
        Column("end_char", Integer, nullable=False),
        *columns,
        UniqueConstraint("article_id", "idx"),
    )


entities = _annotation_table(
    "entities",
    Column("text", Text, nullable=False),
    Column("label", String(20), nullable=False),
    Column("canonical", Text, nullable=False),
)
# Entity filters and profiles find mentions by name (revision 0012).
Index("ix_entities_canonical", entities.c.canonical)

statements = _annotation_table(
    "statements",
    Column("speaker", Text, nullable=False, index=True),
    Column("speakers", JSON, nullable=False),
    Column("speaker_mention", Text, nullable=False),
    Column("speaker_role", Text),
    Column("speaker_org", Text),
    Column("speaker_kind", String(20), nullable=False),
    Column("cue", Text, nullable=False),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("kind", String(20), nullable=False),
    Column("content", Text, nullable=False),
    Column("polarity", String(10), nullable=False),
    Column("modality", String(12), nullable=False),
    Column("frame", JSON),  # records.Frame as an object; NULL where the parse gave none
)

quantities = _annotation_table(
    "quantities",
    Column("text", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", Text, nullable=False),
    Column("approximate", Boolean, nullable=False),
    Column("extra", JSON, nullable=False),  # fields a later pipeline version adds (qualifier …)
)

times = _annotation_table(
    "times",
    Column("text", Text, nullable=False),
    Column("value", String(10), nullable=False),
    Column("end_value", String(10)),
    Column("grain", String(8), nullable=False),
    Column("relation", String(8), nullable=False),
)

commitments = Table(
    "commitments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("statement_idx", Integer, nullable=False),
    Column("due", String(10)),
    Column("condition", Text),
)

# -- users and sessions ---------------------------------------------------------------------------

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),  # argon2id, never the password
    Column("role", String(10), nullable=False),  # reader < analyst < editor < admin
    Column("language", String(8)),  # interface language; NULL follows the browser
    Column("created_at", UTCDateTime(), nullable=False),
)

# Server-side sessions: the cookie carries a random token, the table only its SHA-256, so a copy
# of the database cannot be replayed as a login.
sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False, index=True),
)

# Failed logins per account ("user:NAME") and per client address ("ip:ADDR"); kept in the
# database so that a restart does not lift a lock.
login_failures = Table(
    "login_failures",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("first_failed_at", UTCDateTime(), nullable=False),
    Column("locked_until", UTCDateTime()),
)


# -- sources and fetching ------------------------------------------------------------------------

# One row per fetch of a source: the history `source list` summarises.
fetches = Table(
    "fetches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("started_at", UTCDateTime(), nullable=False),
    Column("finished_at", UTCDateTime(), nullable=False),
    Column("status", String(20), nullable=False),
    Column("entries_new", Integer, nullable=False, server_default="0"),
    Column("documents_stored", Integer, nullable=False, server_default="0"),
    Column("error", Text),
    Index(None, "source_id", "started_at"),
)

# The articles a feed or sitemap listed. A row is written only once the article's document is
# stored (or has failed too often), so a run killed midway fetches the rest next time and
# nothing twice.
entries = Table(
    "entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("url", Text, nullable=False),
    Column("title", Text),
    Column("published", UTCDateTime()),
    Column("status", String(12), nullable=False),  # stored, failed
    Column("attempts", Integer, nullable=False, server_default="1"),
    Column("error", Text),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="SET NULL")),
    Column("first_seen_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    UniqueConstraint("source_id", "url"),
)

# HTTP validators per fetched URL, so that re-fetching an unchanged page costs a 304 and no body.
url_states = Table(
    "url_states",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", UTCDateTime(), nullable=False),
)


# -- link and analyze: registry, questions, conflicts, commitment reviews (issue 5) ------------
# Rows keyed by `statement_key` (a digest of article URL, speaker and words) keep analysts'
# verdicts across re-processing, when statement row ids change.

registry_entities = Table(
    "registry_entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("label", String(20), nullable=False),
    Column("renamed", Boolean, nullable=False, server_default="0"),  # the analyst chose the name
)

registry_aliases = Table(
    "registry_aliases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "entity_id",
        Integer,
        ForeignKey("registry_entities.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("alias_key", Text, nullable=False, unique=True),
    Column("alias", Text, nullable=False),
    Column("by_analyst", Boolean, nullable=False, server_default="0"),
)

questions = Table(
    "questions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("named_by_analyst", Boolean, nullable=False, server_default="0"),
    Column("size", Integer, nullable=False, server_default="0"),
    Column("centroid", LargeBinary),  # float32 sum of member embeddings; None for no English
    Column("topics", JSON, nullable=False),
    Column("merged_into", Integer, ForeignKey("questions.id", ondelete="SET NULL")),
)

question_topics = Table(
    "question_topics",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("question_id", Integer, ForeignKey("questions.id", ondelete="CASCADE"), nullable=False),
    Column("topic", Text, nullable=False),
    Index(None, "topic", "question_id"),
    Index(None, "question_id", "topic"),  # a question's topics, read when it is a candidate
)

# One row per analysed statement, and per narrative sentence ("report") that may be evidence.
linked = Table(
    "linked",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("statement_idx", Integer),  # None for a report
    Column("key", String(32), nullable=False, index=True),
    Column("speaker", Text, nullable=False),
    Column("speaker_key", Text, nullable=False, index=True),
    Column("content", Text, nullable=False),
    Column("language", String(8), nullable=False),
    Column("published", Date),
    Column("article_url", Text, nullable=False),
    Column("polarity", String(10), nullable=False),
    Column("modality", String(12), nullable=False),
    Column("topics", JSON, nullable=False),
    Column("figures", JSON, nullable=False),
    Column("dates", JSON, nullable=False),
    Column("context", Text, nullable=False),
    Column("question_id", Integer, ForeignKey("questions.id", ondelete="SET NULL"), index=True),
    Column("due", String(10)),  # set on commitments
    Column("is_commitment", Boolean, nullable=False, server_default="0"),
    Column("condition", Text),
    # The statement's parse frame (records.Frame), so rules comparing a new statement with stored
    # candidates read the same frame on both sides; NULL for reports and rows stored before 0009.
    Column("frame", JSON),
    Index(None, "question_id", "published"),  # a question's newest members (0015)
)

linked_topics = Table(
    "linked_topics",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("linked_id", Integer, ForeignKey("linked.id", ondelete="CASCADE"), nullable=False),
    Column("topic", Text, nullable=False),
    Column("published", Date),
    Index(None, "topic", "published"),
    Index(None, "linked_id"),
)

# The analyst's placement of a statement in a question (a split or a move); wins over linking.
question_overrides = Table(
    "question_overrides",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("statement_key", String(32), nullable=False, unique=True),
    Column("question_id", Integer, ForeignKey("questions.id", ondelete="CASCADE"), nullable=False),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("pair_key", String(32), nullable=False, unique=True),
    Column("first_key", String(32), nullable=False, index=True),
    Column("second_key", String(32), nullable=False, index=True),
    Column("kind", String(24), nullable=False),
    Column("reason", Text, nullable=False),
    Column("triggers", JSON, nullable=False),
    Column("question_id", Integer, ForeignKey("questions.id", ondelete="SET NULL")),
    Column("status", String(12), nullable=False, server_default="open"),
    Column("found_at", UTCDateTime(), nullable=False),
)

commitment_reviews = Table(
    "commitment_reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("statement_key", String(32), nullable=False, unique=True),
    Column("status", String(12), nullable=False),
    Column("reviewed_at", UTCDateTime(), nullable=False),
)

# The end date of a named event as articles state it ("the drills end on 8 February"), by key.
event_dates = Table(
    "event_dates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("event", Text, nullable=False, index=True),
    Column("end_date", String(10), nullable=False),
)


# -- sites and stories: learned boilerplate, near-duplicate groups (issue 3) ----------------------

site_boilerplate = Table(
    "site_boilerplate",
    metadata,
    Column("site_key", String(255), primary_key=True),
    Column("model", Text, nullable=False),  # BoilerplateModel.to_json()
    Column("pages_seen", Integer, nullable=False),
    Column("learned_at", UTCDateTime(), nullable=False),
)

article_signatures = Table(
    "article_signatures",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),  # MinHash values (analysis/duplicates.py)
)

# LSH band keys: articles sharing a key are the only candidates a new article is compared with,
# found by this index, so adding an article costs the same however large the store grows.
story_bands = Table(
    "story_bands",
    metadata,
    Column("band_key", String(24), primary_key=True),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("canonical_article_id", Integer, ForeignKey("articles.id", ondelete="SET NULL")),
    Column("evidence", JSON, nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)

story_members = Table(
    "story_members",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "story_id",
        Integer,
        ForeignKey("stories.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
)


# -- weekly briefs: a theme's report on an ISO week, two language versions, history (issue 10) --

briefs = Table(
    "briefs",
    metadata,
    Column("id", Integer, primary_key=True),
    # A removed theme keeps its published briefs: the name is kept beside the link.
    Column("theme_id", Integer, ForeignKey("themes.id", ondelete="SET NULL"), nullable=True),
    Column("theme_name", Text, nullable=False),
    Column("week", String(8), nullable=False, index=True),  # ISO week, "2026-W07"
    Column("status", String(10), nullable=False),  # draft, review, published
    Column("trend", String(8), nullable=True),  # worse, improved, same, mixed
    Column("citations", JSON, nullable=False),  # statement ids, in the order picked
    Column("created_by", String(100), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("published_at", UTCDateTime(), nullable=True),
    UniqueConstraint("theme_id", "week"),
)

brief_versions = Table(
    "brief_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("brief_id", Integer, ForeignKey("briefs.id", ondelete="CASCADE"), nullable=False),
    Column("language", String(8), nullable=False),
    Column("headline", Text, nullable=False),
    Column("lead", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("synced_with", Integer, nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("updated_by", String(100), nullable=False),
    # The copy the public sees, written only by publishing.
    Column("published_headline", Text, nullable=True),
    Column("published_lead", Text, nullable=True),
    Column("published_body", Text, nullable=True),
    Column("published_trend", String(8), nullable=True),
    Column("published_at", UTCDateTime(), nullable=True, index=True),
    UniqueConstraint("brief_id", "language"),
)

brief_history = Table(
    "brief_history",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "brief_id",
        Integer,
        ForeignKey("briefs.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("at", UTCDateTime(), nullable=False),
    Column("by", String(100), nullable=False),
    Column("action", String(12), nullable=False),
    Column("language", String(8), nullable=True),
    Column("detail", Text, nullable=False),
)


# -- the newsletter: requests, subscribers and the record of deliveries (issue 10) ------------

subscription_requests = Table(
    "subscription_requests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(254), nullable=False, index=True),
    Column("client", String(64), nullable=False, index=True),  # sha256 of the client address
    Column("language", String(8), nullable=False),
    Column("themes", JSON, nullable=False),  # theme ids as chosen in the form
    Column("all_themes", Boolean, nullable=False),
    Column("requested_at", UTCDateTime(), nullable=False, index=True),
    Column("confirmed_at", UTCDateTime(), nullable=True),
)

subscribers = Table(
    "subscribers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(254), nullable=False, unique=True),
    Column("language", String(8), nullable=False),
    Column("all_themes", Boolean, nullable=False),  # future themes included
    Column("confirmed_at", UTCDateTime(), nullable=False),
    # Kept after unsubscribing, with the deliveries: a return never resends a brief.
    Column("unsubscribed_at", UTCDateTime(), nullable=True),
)

subscriber_themes = Table(
    "subscriber_themes",
    metadata,
    Column(
        "subscriber_id",
        Integer,
        ForeignKey("subscribers.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "theme_id",
        Integer,
        ForeignKey("themes.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

# One row per subscriber and brief language version, written before the mail leaves (claimed)
# and marked after (sent, failed): the unique key is what makes a second send impossible.
newsletter_deliveries = Table(
    "newsletter_deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "subscriber_id",
        Integer,
        ForeignKey("subscribers.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("brief_id", Integer, ForeignKey("briefs.id", ondelete="CASCADE"), nullable=False),
    Column("language", String(8), nullable=False),
    Column("published_at", UTCDateTime(), nullable=False),  # which publication of it went out
    Column("message_id", String(255), nullable=False, index=True),
    Column("state", String(8), nullable=False),  # claimed, sent, failed
    Column("claimed_at", UTCDateTime(), nullable=False),
    Column("finished_at", UTCDateTime(), nullable=True),
    Column("error", Text, nullable=True),
    UniqueConstraint("subscriber_id", "brief_id", "language"),
    Index(None, "state"),
)


# -- runs: what each long command did and where its time went (0015, issue 12) ------------------

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("command", String(20), nullable=False),  # ingest, reprocess, backfill
    Column("started_at", UTCDateTime(), nullable=False),
    Column("finished_at", UTCDateTime(), nullable=False),
    Column("documents", Integer, nullable=False),
    Column("stored", Integer, nullable=False),
    Column("failed", Integer, nullable=False),
    Column("stages", JSON, nullable=False),  # {stage: seconds}, in pipeline order
    Index(None, "started_at"),
)
