"""scale: run records and indexes for large stores

Revision ID: 0015_scale
Revises: 0014_judgement
Create Date: 2026-12-05

Linking a new article reads a few questions' topics and the newest statements of each of its
questions; with an index on the question alone both read every row of the question, which grows
with the store. `site_page_count` counts a site's URLs from an index that now covers them. `runs`
keeps what each ingest, reprocess or back-fill did and how long each stage took (`db status`).
Lists put undated articles last on both databases; PostgreSQL needs an index in that order to
read the newest page without sorting every article (SQLite's NULL already sorts lowest).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_scale"
down_revision = "0014_judgement"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_question_topics_question_id_topic", "question_topics", ["question_id", "topic"]
    )
    op.create_index("ix_linked_question_id_published", "linked", ["question_id", "published"])
    op.create_index("ix_documents_site_key_uri", "documents", ["site_key", "uri"])
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("command", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("stored", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("stages", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_runs")),
    )
    op.create_index("ix_runs_started_at", "runs", ["started_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_articles_published_newest ON articles (published DESC NULLS LAST, id DESC)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_articles_published_newest")
    op.drop_index("ix_runs_started_at", table_name="runs")
    op.drop_table("runs")
    op.drop_index("ix_documents_site_key_uri", table_name="documents")
    op.drop_index("ix_linked_question_id_published", table_name="linked")
    op.drop_index("ix_question_topics_question_id_topic", table_name="question_topics")
