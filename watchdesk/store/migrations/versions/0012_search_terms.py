"""search: word forms matched through stems in both languages

Revision ID: 0012_search_terms
Revises: 0011_newsletter
Create Date: 2026-12-04

Search matched words as typed: `референдум` missed `референдуме`, `withdrawing` missed `withdraw`.
Articles now keep `search_terms`, the stems of title and text (watchdesk.stems, English and
Russian Snowball chosen per word by its script), and both databases index those instead of the
words: SQLite's FTS5 table is rebuilt over the column, PostgreSQL's generated search_vector is
made from it. Existing rows are stemmed here, so a stored desk finds word forms at once.

Entity mentions get an index on `canonical`: the search's entity filter and entity profiles find
mentions by name, and read every mention without it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from watchdesk.stems import search_terms

revision = "0012_search_terms"
down_revision = "0011_newsletter"
branch_labels = None
depends_on = None

BATCH = 500  # articles stemmed per round trip

_FTS5 = "tokenize='unicode61 remove_diacritics 2'"
_TERMS_TRIGGERS = (
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, search_terms) VALUES (new.id, new.search_terms); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, search_terms) "
    "VALUES ('delete', old.id, old.search_terms); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, search_terms) "
    "VALUES ('delete', old.id, old.search_terms); "
    "INSERT INTO articles_fts(rowid, search_terms) VALUES (new.id, new.search_terms); END",
)
# Revision 0001's index over the words as written, restored by the downgrade.
_WORDS_TRIGGERS = (
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
)


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("articles", sa.Column("search_terms", sa.Text(), nullable=True))
    # The old index goes first: its triggers (SQLite) and generated column (PostgreSQL) would
    # otherwise be rewritten for every row stemmed.
    if bind.dialect.name == "sqlite":
        _drop_fts()
    else:
        op.execute("DROP INDEX IF EXISTS ix_articles_search_vector")
        op.execute("ALTER TABLE articles DROP COLUMN search_vector")
    _stem_existing(bind)
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(search_terms, content='articles', "
            f"content_rowid='id', {_FTS5})"
        )
        for trigger in _TERMS_TRIGGERS:
            op.execute(trigger)
        op.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    else:
        op.execute(
            "ALTER TABLE articles ADD COLUMN search_vector tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_terms, ''))) STORED"
        )
        op.execute("CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)")
    op.create_index("ix_entities_canonical", "entities", ["canonical"])


def downgrade() -> None:
    op.drop_index("ix_entities_canonical", "entities")
    if op.get_bind().dialect.name == "sqlite":
        _drop_fts()
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
            f"content_rowid='id', {_FTS5})"
        )
        for trigger in _WORDS_TRIGGERS:
            op.execute(trigger)
        op.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
        with op.batch_alter_table("articles") as batch_op:
            batch_op.drop_column("search_terms")
        return
    op.execute("DROP INDEX IF EXISTS ix_articles_search_vector")
    op.execute("ALTER TABLE articles DROP COLUMN search_vector")
    op.drop_column("articles", "search_terms")
    op.execute(
        "ALTER TABLE articles ADD COLUMN search_vector tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED"
    )
    op.execute("CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)")


def _drop_fts() -> None:
    for name in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS articles_fts_{name}")
    op.execute("DROP TABLE IF EXISTS articles_fts")


def _stem_existing(bind: sa.Connection) -> None:
    articles = sa.table(
        "articles",
        sa.column("id", sa.Integer),
        sa.column("title", sa.Text),
        sa.column("text", sa.Text),
        sa.column("search_terms", sa.Text),
    )
    after = 0
    while True:
        rows = bind.execute(
            sa.select(articles.c.id, articles.c.title, articles.c.text)
            .where(articles.c.id > after)
            .order_by(articles.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        bind.execute(
            articles.update()
            .where(articles.c.id == sa.bindparam("row_id"))
            .values(search_terms=sa.bindparam("terms")),
            [{"row_id": r.id, "terms": search_terms(f"{r.title}\n{r.text}")} for r in rows],
        )
        after = rows[-1].id
