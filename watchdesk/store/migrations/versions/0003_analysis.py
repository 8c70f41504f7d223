"""analysis: entity registry, questions, linked statements, conflicts, commitment reviews

Revision ID: 0003_analysis
Revises: 0002, 0004_users
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_analysis"
# Merges the sources and users branches, so the tree has one head again.
down_revision = ("0002", "0004_users")
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "commitment_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_key", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_reviews")),
        sa.UniqueConstraint("statement_key", name=op.f("uq_commitment_reviews_statement_key")),
    )
    op.create_table(
        "questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("named_by_analyst", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("size", sa.Integer(), server_default="0", nullable=False),
        sa.Column("centroid", sa.LargeBinary(), nullable=True),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["merged_into"],
            ["questions.id"],
            name=op.f("fk_questions_merged_into_questions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questions")),
    )
    op.create_table(
        "registry_entities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("renamed", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_entities")),
        sa.UniqueConstraint("key", name=op.f("uq_registry_entities_key")),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pair_key", sa.String(length=32), nullable=False),
        sa.Column("first_key", sa.String(length=32), nullable=False),
        sa.Column("second_key", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("triggers", sa.JSON(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), server_default="open", nullable=False),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name=op.f("fk_conflicts_question_id_questions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
        sa.UniqueConstraint("pair_key", name=op.f("uq_conflicts_pair_key")),
    )
    op.create_index(op.f("ix_conflicts_first_key"), "conflicts", ["first_key"], unique=False)
    op.create_index(op.f("ix_conflicts_second_key"), "conflicts", ["second_key"], unique=False)
    op.create_table(
        "question_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_key", sa.String(length=32), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name=op.f("fk_question_overrides_question_id_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_question_overrides")),
        sa.UniqueConstraint("statement_key", name=op.f("uq_question_overrides_statement_key")),
    )
    op.create_table(
        "question_topics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name=op.f("fk_question_topics_question_id_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_question_topics")),
    )
    op.create_index(
        op.f("ix_question_topics_topic_question_id"),
        "question_topics",
        ["topic", "question_id"],
        unique=False,
    )
    op.create_table(
        "registry_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("alias_key", sa.Text(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("by_analyst", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["registry_entities.id"],
            name=op.f("fk_registry_aliases_entity_id_registry_entities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_aliases")),
        sa.UniqueConstraint("alias_key", name=op.f("uq_registry_aliases_alias_key")),
    )
    op.create_index(
        op.f("ix_registry_aliases_entity_id"), "registry_aliases", ["entity_id"], unique=False
    )
    op.create_table(
        "event_dates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("end_date", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_event_dates_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_dates")),
    )
    op.create_index(op.f("ix_event_dates_event"), "event_dates", ["event"], unique=False)
    op.create_table(
        "linked",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("statement_idx", sa.Integer(), nullable=True),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=False),
        sa.Column("speaker_key", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("article_url", sa.Text(), nullable=False),
        sa.Column("polarity", sa.String(length=10), nullable=False),
        sa.Column("modality", sa.String(length=12), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("dates", sa.JSON(), nullable=False),
        sa.Column("context", sa.Text(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("due", sa.String(length=10), nullable=True),
        sa.Column("is_commitment", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("condition", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_linked_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name=op.f("fk_linked_question_id_questions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_linked")),
    )
    op.create_index(op.f("ix_linked_article_id"), "linked", ["article_id"], unique=False)
    op.create_index(op.f("ix_linked_key"), "linked", ["key"], unique=False)
    op.create_index(op.f("ix_linked_question_id"), "linked", ["question_id"], unique=False)
    op.create_index(op.f("ix_linked_speaker_key"), "linked", ["speaker_key"], unique=False)
    op.create_table(
        "linked_topics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("linked_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["linked_id"],
            ["linked.id"],
            name=op.f("fk_linked_topics_linked_id_linked"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_linked_topics")),
    )
    op.create_index(
        op.f("ix_linked_topics_linked_id"), "linked_topics", ["linked_id"], unique=False
    )
    op.create_index(
        op.f("ix_linked_topics_topic_published"),
        "linked_topics",
        ["topic", "published"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_linked_topics_topic_published"), table_name="linked_topics")
    op.drop_index(op.f("ix_linked_topics_linked_id"), table_name="linked_topics")
    op.drop_table("linked_topics")
    op.drop_index(op.f("ix_linked_speaker_key"), table_name="linked")
    op.drop_index(op.f("ix_linked_question_id"), table_name="linked")
    op.drop_index(op.f("ix_linked_key"), table_name="linked")
    op.drop_index(op.f("ix_linked_article_id"), table_name="linked")
    op.drop_table("linked")
    op.drop_index(op.f("ix_event_dates_event"), table_name="event_dates")
    op.drop_table("event_dates")
    op.drop_index(op.f("ix_registry_aliases_entity_id"), table_name="registry_aliases")
    op.drop_table("registry_aliases")
    op.drop_index(op.f("ix_question_topics_topic_question_id"), table_name="question_topics")
    op.drop_table("question_topics")
    op.drop_table("question_overrides")
    op.drop_index(op.f("ix_conflicts_second_key"), table_name="conflicts")
    op.drop_index(op.f("ix_conflicts_first_key"), table_name="conflicts")
    op.drop_table("conflicts")
    op.drop_table("registry_entities")
    op.drop_table("questions")
    op.drop_table("commitment_reviews")
