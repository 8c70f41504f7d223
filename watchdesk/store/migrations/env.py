"""Alembic environment: runs revisions on the connection `open_store` hands over."""

from __future__ import annotations

from alembic import context

from watchdesk.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
