"""scale: run records and indexes for large stores

Revision ID: 0015_scale
Revises: 0014_judgement
Create Date: 2026-12-05

Reserved in the chain so that work on separate parts of the store can land in any order; it changes
nothing until its tables are written.
"""

from __future__ import annotations

revision = "0015_scale"
down_revision = "0014_judgement"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
