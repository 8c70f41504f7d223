"""Full-text search over articles: FTS5 on SQLite, tsvector on PostgreSQL.

This is the only module that branches on the database dialect; the indexes are made by the
migrations (FTS5 table: 0001, PostgreSQL's stored `articles.search_vector`: 0007, both over the
stemmed `articles.search_terms` since 0012). A query is stemmed as the text was (watchdesk.stems),
so any form of a word finds the others.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from watchdesk.stems import query_stems

# PostgreSQL ranks at most this many matches: ranking reads each match's vector, and a word found
# in every other article would otherwise cost seconds. The pool favours the newest articles.
RANK_POOL = 2000


def search_article_ids(conn: Connection, query: str, limit: int) -> list[int]:
    """Return ids of articles matching a form of every word of `query`, best match first."""
    words = query_stems(query)
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
                "SELECT id FROM ("
                "  SELECT id, search_vector FROM articles"
                "  WHERE search_vector @@ plainto_tsquery('simple', :query)"
                "  ORDER BY id DESC LIMIT :pool"
                ") AS matches "
                "ORDER BY ts_rank(search_vector, plainto_tsquery('simple', :query)) DESC, id DESC "
                "LIMIT :limit"
            ),
            {"query": " ".join(words), "limit": limit, "pool": RANK_POOL},
        )
    return [row[0] for row in rows]
