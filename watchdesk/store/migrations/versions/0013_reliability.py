"""reliability: failed documents and run records

Revision ID: 0013_reliability
Revises: 0012_search_terms
Create Date: 2026-12-04

Reserved in the chain so that work on separate parts of the store can land in any order; it changes
nothing until its tables are written.
"""

from __future__ import annotations

revision = "0013_reliability"
down_revision = "0012_search_terms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
