"""statements.frame: each statement's predicate, negation, subject and objects from the parse

Revision ID: 0008_statement_frames
Revises: 0007_search_vector
Create Date: 2026-12-04

Question grouping reads stored records, with no parse; the frame read while the parse was there
is kept beside the statement. Rows stored before it hold NULL until they are re-processed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_statement_frames"
down_revision = "0007_search_vector"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("statements") as batch:
        batch.add_column(sa.Column("frame", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("statements") as batch:
        batch.drop_column("frame")
