"""Time linking and analysing one article when the store holds 1,000 vs 100,000 statements.

Synthesises linked statements in bulk (topics from the real concept list and 300 made-up names,
dates over a year), saves one demo article for real, then times `analyze_article` on it (median
of 5). The index (topic + date, capped per topic) should keep the ratio under 2.

    .venv/bin/python benchmarks/add_article.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from watchdesk.analysis.embeddings import Embedder
from watchdesk.analysis.lexicon import ACTIONS, CONCEPTS
from watchdesk.ingest.files import read_inputs
from watchdesk.link import analyze_article
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import process
from watchdesk.store import Store, open_store, schema

DEMO = Path(__file__).resolve().parent.parent / "demo" / "corpus"
ARTICLE = (
    DEMO / "meridian-wire" / "2026-02-02-marovska-karesian-troops-leave-norvaland-by-feb-15.html"
)
SIZES = (1_000, 100_000)
ORDER = (100_000, 1_000, 100_000)  # warm both ways: the first run pays for cold caches
PER_ARTICLE = 10
TOPICS = [f"c:{c}" for c in CONCEPTS] + [f"a:{a}" for a in ACTIONS]
NAMES = [f"e:name{i:03d}" for i in range(300)] + ["e:karesi", "e:norval", "e:valsta"]


def fill(store: Store, statements: int, rng: random.Random) -> None:
    """Bulk-insert `statements` linked statements, PER_ARTICLE to a synthetic article."""
    now = datetime.now(UTC)
    start = date(2025, 9, 1)
    with store.engine.begin() as conn:
        for batch in range(0, statements, 5_000):
            articles, linked, topics = [], [], []
            base = batch // PER_ARTICLE + 1
            n_articles = min(5_000, statements - batch) // PER_ARTICLE
            docs = [
                {"id": base + i, "uri": f"synthetic:{base + i}", "sha256": f"{base + i:064d}",
                 "content": b"x", "content_type": "text/plain", "fetched_at": now}
                for i in range(n_articles)
            ]  # fmt: skip
            conn.execute(schema.documents.insert(), docs)
            for i in range(n_articles):
                day = start + timedelta(days=rng.randrange(300))
                articles.append(
                    {"id": base + i, "document_id": base + i, "url": f"synthetic:{base + i}",
                     "title": "t", "text": "t", "language": "en", "published": day,
                     "pipeline_version": "bench", "processed_at": now}
                )  # fmt: skip
                for j in range(PER_ARTICLE):
                    row_id = (base + i) * PER_ARTICLE + j
                    chosen = sorted({*rng.sample(TOPICS, 3), *rng.sample(NAMES, 2)})
                    linked.append(
                        {"id": row_id, "article_id": base + i, "statement_idx": j,
                         "key": f"{row_id:032d}", "speaker": f"Speaker {rng.randrange(500)}",
                         "speaker_key": f"speaker {rng.randrange(500)}",
                         "content": "Some 4,000 troops will leave by March 3", "language": "en",
                         "published": day, "article_url": f"synthetic:{base + i}",
                         "polarity": "affirm", "modality": "asserted", "topics": chosen,
                         "figures": [[4000.0, "troops", "4,000", "about"]], "dates": [],
                         "context": "", "question_id": None, "is_commitment": False}
                    )  # fmt: skip
                    topics += [{"linked_id": row_id, "topic": t, "published": day} for t in chosen]
            conn.execute(schema.articles.insert(), articles)
            conn.execute(schema.linked.insert(), linked)
            conn.execute(schema.linked_topics.insert(), topics)


def time_one(statements: int, parser: Parser, embedder: Embedder) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.db")
        fill(store, statements, random.Random(7))
        [raw] = list(read_inputs([ARTICLE], max_bytes=10_000_000))
        document_id, _ = store.add_document(raw)  # type: ignore[arg-type]
        article_id = store.save_article(document_id, process(raw, parser))  # type: ignore[arg-type]
        runs = []
        for _ in range(5):
            began = time.perf_counter()
            analyze_article(store, article_id, embedder)
            runs.append(time.perf_counter() - began)
        store.close()
        return statistics.median(runs)


def main() -> None:
    parser, embedder = Parser(), Embedder.load()
    timings: dict[int, float] = {}
    for n in ORDER:
        timings[n] = time_one(n, parser, embedder)  # the last run of each size counts
    for n, seconds in timings.items():
        sys.stdout.write(
            f"{n:>7,} statements stored: {seconds * 1000:7.1f} ms to add one article\n"
        )
    ratio = timings[SIZES[1]] / timings[SIZES[0]]
    sys.stdout.write(f"ratio {ratio:.2f} (goal < 2)\n")


if __name__ == "__main__":
    main()
