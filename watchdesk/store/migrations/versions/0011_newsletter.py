"""newsletter: subscribers, confirmations and the record of what was sent

Revision ID: 0011_newsletter
Revises: 0010_briefs
Create Date: 2026-12-04

Reserved in the chain so that work on separate parts of the store can land in any order; it changes
nothing until its tables are written.
"""

from __future__ import annotations

revision = "0011_newsletter"
down_revision = "0010_briefs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
