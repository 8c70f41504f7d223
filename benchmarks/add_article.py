"""Time storing and linking one article when the store holds 1,000 … 1,000,000 articles.

Synthesises stored articles in bulk (PER_ARTICLE linked statements each, topics from the real
concept list and 300 made-up names, dates over a year), then stores one demo article for real and
times saving and linking it (`analyze_article`, median of 5). The indexes (topic + date, capped
per topic; question + date) should keep the cost flat: the last line gives the largest size's
cost over the smallest's (goal < 2).

    .venv/bin/python benchmarks/add_article.py [--articles 1000,100000] [--db URL] [--json]

`--db postgresql+psycopg://…` fills a PostgreSQL database (emptied first: give a scratch one);
the default is a fresh SQLite file per size.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from watchdesk.analysis.embeddings import Embedder
from watchdesk.analysis.lexicon import ACTIONS, CONCEPTS
from watchdesk.ingest.files import read_inputs
from watchdesk.link import analyze_article
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import process
from watchdesk.records import RawDocument
from watchdesk.store import Store, open_store

DEMO = Path(__file__).resolve().parent.parent / "demo" / "corpus"
ARTICLE = (
    DEMO / "meridian-wire" / "2026-02-02-marovska-karesian-troops-leave-norvaland-by-feb-15.html"
)
SIZES = (1_000, 100_000)  # articles stored
PER_ARTICLE = 10
TOPICS = [f"c:{c}" for c in CONCEPTS] + [f"a:{a}" for a in ACTIONS]
NAMES = [f"e:name{i:03d}" for i in range(300)] + ["e:karesi", "e:norval", "e:valsta"]


def fill(store: Store, articles: int) -> None:
    """Store `articles` synthetic articles, PER_ARTICLE linked statements each, by SQL alone."""
    if articles == 0:
        return
    if store.engine.dialect.name == "postgresql":
        fill_postgresql(store, articles)
    else:
        fill_sqlite(str(store.engine.url.database), articles)


def fill_sqlite(path: str, articles: int) -> None:
    """The rows `fill_postgresql` makes, made by SQLite (a recursive count for generate_series):
    secondary indexes dropped during the load and built after it, foreign keys unchecked."""
    counted = "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < :n)"
    day = "date('2025-09-01', '+' || (i % 300 * 7919 % 300) || ' days')"
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA synchronous = OFF")
        indexes = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({', '.join('?' * len(BULK_TABLES))})",
            BULK_TABLES,
        ).fetchall()
        for name, _ in indexes:
            db.execute(f'DROP INDEX "{name}"')
        db.execute("CREATE TEMP TABLE bench_topics (n INTEGER PRIMARY KEY, topic TEXT)")
        db.execute("CREATE TEMP TABLE bench_names (n INTEGER PRIMARY KEY, topic TEXT)")
        db.executemany("INSERT INTO bench_topics VALUES (?, ?)", enumerate(TOPICS))
        db.executemany("INSERT INTO bench_names VALUES (?, ?)", enumerate(NAMES))
        for sql in (
            f"{counted} INSERT INTO documents (id, uri, sha256, content, content_type, fetched_at)"
            " SELECT i, 'synthetic:' || i, printf('%064d', i), X'78', 'text/plain',"
            " datetime('now') FROM s",
            f"{counted} INSERT INTO articles (id, document_id, url, title, text, language,"
            f" published, pipeline_version, processed_at) SELECT i, i, 'synthetic:' || i, 't',"
            f" 't', 'en', {day}, 'bench', datetime('now') FROM s",
            f"{counted}, j(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM j"
            f" WHERE j < {PER_ARTICLE - 1})"
            " INSERT INTO linked (id, article_id, statement_idx, key, speaker, speaker_key,"
            " content, language, published, article_url, polarity, modality, topics, figures,"
            f" dates, context, is_commitment) SELECT i * {PER_ARTICLE} + j, i, j,"
            f" printf('%032d', i * {PER_ARTICLE} + j), 'Speaker ' || ((i * 31 + j) % 500),"
            " 'speaker ' || ((i * 31 + j) % 500), 'Some 4,000 troops will leave by March 3',"
            f" 'en', {day}, 'synthetic:' || i, 'affirm', 'asserted', '[]', '[]', '[]', '', 0"
            " FROM s, j",
            *_sqlite_topics("bench_topics", 7, 3, len(TOPICS)),
            *_sqlite_topics("bench_names", 13, 2, len(NAMES)),
        ):
            db.execute(sql, {"n": articles})
        for _, definition in indexes:
            db.execute(definition)
        db.commit()
        db.execute("ANALYZE")
    finally:
        db.close()


def _sqlite_topics(table: str, factor: int, picks: int, size: int) -> list[str]:
    """The k-th of `picks` topics of each linked row, as PostgreSQL's UNION picks them: one
    already picked for the row by an earlier k is left out."""
    at = [f"(l.id * {k} * {factor} + {k}) % {size}" for k in range(1, picks + 1)]
    return [
        "INSERT INTO linked_topics (linked_id, topic, published) SELECT l.id, t.topic,"
        f" l.published FROM linked l JOIN {table} t ON t.n = {at[k]}"
        + "".join(f" AND {at[k]} != {at[earlier]}" for earlier in range(k))
        for k in range(picks)
    ]


BULK_TABLES = ("documents", "articles", "linked", "linked_topics")


def fill_postgresql(store: Store, articles: int) -> None:
    """The same rows made by PostgreSQL itself (generate_series): a million articles in minutes.

    A bulk load as PostgreSQL's manual advises: the secondary indexes are dropped and built
    again after the rows are in (one sort each instead of 60 million index insertions), and the
    foreign-key triggers are off for the load (the rows are consistent by construction).
    """
    topics = ", ".join(f"'{t}'" for t in TOPICS)
    names = ", ".join(f"'{n}'" for n in NAMES)
    with store.engine.begin() as conn:
        indexes = conn.execute(
            text(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public'"
                " AND i.tablename = ANY(:tables) AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                " WHERE c.conname = i.indexname)"
            ),
            {"tables": list(BULK_TABLES)},
        ).all()
        for name, _ in indexes:
            conn.execute(text(f'DROP INDEX "{name}"'))
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text("SET LOCAL maintenance_work_mem = '512MB'"))
        for sql in (
            "INSERT INTO documents (id, uri, sha256, content, content_type, fetched_at)"
            " SELECT i, 'synthetic:' || i, lpad(i::text, 64, '0'), 'x'::bytea, 'text/plain', now()"
            " FROM generate_series(1, :n) AS i",
            "INSERT INTO articles (id, document_id, url, title, text, language, published,"
            " pipeline_version, processed_at) SELECT i, i, 'synthetic:' || i, 't', 't', 'en',"
            " date '2025-09-01' + (i % 300 * 7919 % 300), 'bench', now()"
            " FROM generate_series(1, :n) i",
            "INSERT INTO linked (id, article_id, statement_idx, key, speaker, speaker_key, content,"
            f" language, published, article_url, polarity, modality, topics, figures, dates,"
            f" context, is_commitment) SELECT a * {PER_ARTICLE} + j, a, j, lpad((a * {PER_ARTICLE}"
            f" + j)::text, 32, '0'), 'Speaker ' || (a * 31 + j) % 500, 'speaker ' || (a * 31 + j)"
            f" % 500, 'Some 4,000 troops will leave by March 3', 'en', date '2025-09-01' +"
            f" (a % 300 * 7919 % 300), 'synthetic:' || a, 'affirm', 'asserted', '[]', '[]', '[]',"
            f" '',"
            f" false FROM generate_series(1, :n) a, generate_series(0, {PER_ARTICLE - 1}) j",
            f"INSERT INTO linked_topics (linked_id, topic, published) SELECT l.id, t.topic,"
            f" l.published FROM linked l, LATERAL (SELECT (ARRAY[{topics}])[1 + (l.id * k * 7"
            f" + k) % {len(TOPICS)}] AS topic FROM generate_series(1, 3) k UNION SELECT"
            f" (ARRAY[{names}])[1 + (l.id * k * 13 + k) % {len(NAMES)}] FROM generate_series(1, 2)"
            f" k) t",
        ):
            conn.execute(text(sql), {"n": articles})
        for _, definition in indexes:
            conn.execute(text(definition))
        for table in ("documents", "articles", "linked"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                              f" (SELECT max(id) FROM {table}))"))  # fmt: skip
    with store.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))


def empty_postgresql(url: str) -> None:
    """Drop every table of the scratch database, so each size starts from nothing."""
    store = open_store(url, migrate=False)
    with store.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    store.close()


def time_one(
    articles: int, parser: Parser, embedder: Embedder, url: str | None = None
) -> dict[str, float]:
    """Seconds to store and to link one article, and bytes per stored article, at this size."""
    with tempfile.TemporaryDirectory() as tmp:
        if url is not None:
            empty_postgresql(url)
        store = open_store(url or f"sqlite:///{tmp}/bench.db")
        began = time.perf_counter()
        fill(store, articles)
        filled = time.perf_counter() - began
        [raw] = list(read_inputs([ARTICLE], max_bytes=10_000_000))
        assert isinstance(raw, RawDocument)
        processed = process(raw, parser)
        saving, linking = [], []
        for attempt in range(5):
            document_id, _ = store.add_document(replace(raw, uri=f"{raw.uri}#{attempt}"))
            # One transaction per article, as the pipeline stores and links it.
            with store.transaction():
                began = time.perf_counter()
                article_id = store.save_article(document_id, processed)
                saving.append(time.perf_counter() - began)
                began = time.perf_counter()
                analyze_article(store, article_id, embedder)
                linking.append(time.perf_counter() - began)
        size = store.size_bytes()
        store.close()
    return {
        "articles": articles,
        "save_ms": 1000 * statistics.median(saving),
        "link_ms": 1000 * statistics.median(linking),
        "store_bytes": size,
        "fill_s": filled,
    }


def main(argv: Sequence[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__)
    cli.add_argument("--articles", default=",".join(map(str, SIZES)), help="sizes, commas")
    cli.add_argument("--db", help="a scratch PostgreSQL URL (emptied); default: SQLite")
    cli.add_argument("--json", action="store_true")
    args = cli.parse_args(argv)
    sizes = [int(n) for n in args.articles.split(",")]
    parser, embedder = Parser(), Embedder.load()
    time_one(sizes[0], parser, embedder, args.db)  # warm-up: the first run pays for cold caches
    rows = [time_one(n, parser, embedder, args.db) for n in sizes]
    if args.json:
        sys.stdout.write(json.dumps(rows) + "\n")
        return 0
    for row in rows:
        sys.stdout.write(
            f"{row['articles']:>9,} articles stored: {row['save_ms']:7.1f} ms to save one,"
            f" {row['link_ms']:7.1f} ms to link it; store {row['store_bytes'] / 1e6:9.1f} MB"
            f" (filled in {row['fill_s']:.0f} s)\n"
        )
    ratio = (rows[-1]["save_ms"] + rows[-1]["link_ms"]) / (rows[0]["save_ms"] + rows[0]["link_ms"])
    sys.stdout.write(f"ratio {ratio:.2f} (goal < 2)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
