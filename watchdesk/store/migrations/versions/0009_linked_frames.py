"""linked.frame: stored candidates keep the statement's parse frame

Revision ID: 0009_linked_frames
Revises: 0008_statement_frames
Create Date: 2026-12-04

Conflict and promise rules compare a new statement with candidates read back from `linked`; without
the frame there, a rule that reads the parse could fire only within one article. Rows stored before
this hold NULL until the article is re-analysed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_linked_frames"
down_revision = "0008_statement_frames"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("linked") as batch:
        batch.add_column(sa.Column("frame", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("linked") as batch:
        batch.drop_column("frame")
