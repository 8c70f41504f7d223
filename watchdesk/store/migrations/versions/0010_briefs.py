"""briefs: weekly briefs per theme, their language versions and history

Revision ID: 0010_briefs
Revises: 0009_linked_frames
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_briefs"
down_revision = "0009_linked_frames"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "briefs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=True),
        sa.Column("theme_name", sa.Text(), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("trend", sa.String(length=8), nullable=True),
        sa.Column("citations", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["themes.id"], name=op.f("fk_briefs_theme_id_themes"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_briefs")),
        sa.UniqueConstraint("theme_id", "week", name=op.f("uq_briefs_theme_id_week")),
    )
    op.create_index(op.f("ix_briefs_week"), "briefs", ["week"])
    op.create_table(
        "brief_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("brief_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("lead", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("synced_with", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("published_headline", sa.Text(), nullable=True),
        sa.Column("published_lead", sa.Text(), nullable=True),
        sa.Column("published_body", sa.Text(), nullable=True),
        sa.Column("published_trend", sa.String(length=8), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["brief_id"],
            ["briefs.id"],
            name=op.f("fk_brief_versions_brief_id_briefs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brief_versions")),
        sa.UniqueConstraint(
            "brief_id", "language", name=op.f("uq_brief_versions_brief_id_language")
        ),
    )
    op.create_index(op.f("ix_brief_versions_published_at"), "brief_versions", ["published_at"])
    op.create_table(
        "brief_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("brief_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=12), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["brief_id"],
            ["briefs.id"],
            name=op.f("fk_brief_history_brief_id_briefs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brief_history")),
    )
    op.create_index(op.f("ix_brief_history_brief_id"), "brief_history", ["brief_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_brief_history_brief_id"), table_name="brief_history")
    op.drop_table("brief_history")
    op.drop_index(op.f("ix_brief_versions_published_at"), table_name="brief_versions")
    op.drop_table("brief_versions")
    op.drop_index(op.f("ix_briefs_week"), table_name="briefs")
    op.drop_table("briefs")
