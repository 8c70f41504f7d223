"""judgement: what the attribution and linking stages keep

Revision ID: 0014_judgement
Revises: 0013_reliability
Create Date: 2026-12-05

Reserved in the chain so that work on separate parts of the store can land in any order; it changes
nothing until its tables are written.
"""

from __future__ import annotations

revision = "0014_judgement"
down_revision = "0013_reliability"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
