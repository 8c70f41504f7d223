"""search: word forms matched through stems in both languages

Revision ID: 0012_search_terms
Revises: 0011_newsletter
Create Date: 2026-12-04

Reserved in the chain so that work on separate parts of the store can land in any order; it changes
nothing until its tables are written.
"""

from __future__ import annotations

revision = "0012_search_terms"
down_revision = "0011_newsletter"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
