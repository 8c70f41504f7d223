"""PostgreSQL full-text search on a stored tsvector instead of one computed per matching row

Revision ID: 0007_search_vector
Revises: 0006_themes
Create Date: 2026-11-25

Ranking with ts_rank(to_tsvector(title || text)) rebuilt the vector of every match from the full
text: a common word over 100,000 articles took seconds. A generated column keeps the vector
beside the row, indexed. SQLite's FTS5 table already stores its index; nothing changes there.
"""

from __future__ import annotations

from alembic import op

revision = "0007_search_vector"
down_revision = "0006_themes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_articles_fulltext")
    op.execute(
        "ALTER TABLE articles ADD COLUMN search_vector tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED"
    )
    op.execute("CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_articles_search_vector")
    op.execute("ALTER TABLE articles DROP COLUMN search_vector")
    op.execute(
        "CREATE INDEX ix_articles_fulltext ON articles USING gin "
        "(to_tsvector('simple', title || ' ' || text))"
    )
