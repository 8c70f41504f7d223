"""Full-text search over articles: FTS5 on SQLite, tsvector on PostgreSQL.

This is the only module that branches on the database dialect; the index itself is made by the
first migration.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

_WORD = re.compile(r"\w+", re.UNICODE)


def search_article_ids(conn: Connection, query: str, limit: int) -> list[int]:
    """Return ids of articles matching every word of `query`, best match first."""
    words = _WORD.findall(query)
    if not words:
        return []
    if conn.dialect.name == "sqlite":
        # Quoting each word keeps FTS5 syntax (AND, NEAR, column filters, *) out of user input.
        match = " ".join(f'"{word}"' for word in words)
        rows = conn.execute(
            text(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :match "
                "ORDER BY rank LIMIT :limit"
            ),
            {"match": match, "limit": limit},
        )
    else:
        rows = conn.execute(
            text(
                "SELECT id FROM articles, plainto_tsquery('simple', :query) AS q "
                "WHERE to_tsvector('simple', title || ' ' || text) @@ q "
                "ORDER BY ts_rank(to_tsvector('simple', title || ' ' || text), q) DESC, id "
                "LIMIT :limit"
            ),
            {"query": " ".join(words), "limit": limit},
        )
    return [row[0] for row in rows]
