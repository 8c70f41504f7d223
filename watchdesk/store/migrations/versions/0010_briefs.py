"""briefs: weekly briefs per theme, their language versions and history

Revision ID: 0010_briefs
Revises: 0009_linked_frames
Create Date: 2026-12-04

Reserved in the chain so that work on separate parts of the store can land in any order; it changes
nothing until its tables are written.
"""

from __future__ import annotations

revision = "0010_briefs"
down_revision = "0009_linked_frames"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
