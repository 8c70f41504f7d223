"""Benchmark: the desk's search over 100,000 articles, on SQLite and (when set up) PostgreSQL.

Fills a fresh store with synthetic articles (a Zipf-distributed made-up vocabulary, a few
statements and entities each, 20 outlets, two languages, two years of dates) through
`Store.bulk_save_articles`, then runs ~200 varied queries through `Store.search_page` (words are
matched by stem) and cuts each result's snippet: what the desk's search page and `/api/v1/search`
do for a page of 50:

- single words, common to rare; two- and three-word queries;
- the same with filters: outlet, language, date range, speaker, entity; filters without words.

It prints p50 / p95 / p99 latency per database and per kind of query (goal: p95 < 200 ms), and a
baseline measured in the same run: a single-word query of middling frequency, repeated, as the
unit the other figures are divided by (so machines of different speed can be compared).

PostgreSQL runs when $WATCHDESK_TEST_PG names a database; the benchmark works in a schema of its
own and drops it afterwards. Not part of `make test`.

Usage: `python benchmarks/search.py [--articles 100000] [--queries 200] [--seed 7] [--sqlite-only]`
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from watchdesk.paging import Page
from watchdesk.records import Article, Entity, ProcessedArticle, Span, Statement
from watchdesk.snippets import snippet
from watchdesk.store import SearchFilters, Store, open_store

BATCH = 2000  # articles per bulk insert
WORDS_PER_ARTICLE = 120
VOCABULARY = 20_000
GOAL_P95_MS = 200
SITES = [
    f"Outlet {name}"
    for name in [
        "Aster",
        "Birch",
        "Cedar",
        "Dune",
        "Elm",
        "Fjord",
        "Glen",
        "Heath",
        "Isle",
        "Juniper",
        "Kestrel",
        "Lark",
        "Moor",
        "Nettle",
        "Oak",
        "Pine",
        "Quarry",
        "Reed",
        "Sloe",
        "Tarn",
    ]
]
SPEAKERS = [
    f"{first} {last}"
    for first in (
        "Ilse",
        "Aldis",
        "Runa",
        "Maeve",
        "Radomir",
        "Tove",
        "Oskar",
        "Lena",
        "Pavel",
        "Sigrid",
    )
    for last in (
        "Brandvik",
        "Varro",
        "Aavik",
        "Halloran",
        "Vesk",
        "Lind",
        "Korda",
        "Strand",
        "Maren",
        "Holt",
    )
]
ENTITIES = [f"Place{i}" for i in range(200)]
START = date(2024, 1, 1)


def vocabulary(rng: random.Random) -> list[str]:
    """Made-up words, unique, 4–10 letters; the list order is their frequency rank."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words: dict[str, None] = {}
    while len(words) < VOCABULARY:
        words["".join(rng.choices(letters, k=rng.randint(4, 10)))] = None
    return list(words)


def articles(n: int, words: list[str], rng: random.Random) -> Iterator[ProcessedArticle]:
    """Synthetic processed articles with one statement and two entity mentions each."""
    weights = [1 / (rank + 1) for rank in range(len(words))]  # Zipf: the n-th word 1/n as often
    for i in range(n):
        body = rng.choices(words, weights=weights, k=WORDS_PER_ARTICLE)
        entity_a, entity_b = rng.sample(ENTITIES, 2)
        speaker = rng.choice(SPEAKERS)
        quote = " ".join(body[10:30])
        textual = (
            f"{entity_a} {' '.join(body[:10])}. {speaker} said {quote}. "
            + " ".join(body[30:])
            + f" {entity_b}."
        )
        title = " ".join(rng.choices(words[:2000], k=6)).capitalize()
        start = textual.index(quote)
        statement = Statement(
            speaker=speaker,
            speaker_mention=speaker,
            cue="said",
            kind="indirect",
            content=quote,
            span=Span(start, start + len(quote)),
        )
        yield ProcessedArticle(
            article=Article(
                url=f"https://bench.example/{i}",
                title=title,
                text=textual,
                language="ru" if i % 5 == 0 else "en",
                published=START + timedelta(days=rng.randrange(730)),
                site=rng.choice(SITES),
            ),
            entities=(
                Entity(entity_a, "GPE", Span(0, len(entity_a)), entity_a),
                Entity(
                    entity_b,
                    "GPE",
                    Span(len(textual) - len(entity_b) - 1, len(textual) - 1),
                    entity_b,
                ),
            ),
            statements=(statement,),
            pipeline_version="bench",
        )


def fill(store: Store, n: int, words: list[str], seed: int) -> float:
    """Insert n articles in batches; return the seconds it took."""
    rng = random.Random(seed)
    started = time.perf_counter()
    batch: list[ProcessedArticle] = []
    for done, processed in enumerate(articles(n, words, rng), 1):
        batch.append(processed)
        if len(batch) == BATCH:
            store.bulk_save_articles(batch)
            batch = []
            print(f"\r  {done:,} articles", end="", file=sys.stderr, flush=True)
    if batch:
        store.bulk_save_articles(batch)
    print(file=sys.stderr)
    return time.perf_counter() - started


Query = tuple[str, str, SearchFilters]  # (kind, words, filters)


def queries(count: int, words: list[str], seed: int) -> list[Query]:
    """A mix of single words, phrases and filters, in a fixed random order."""
    rng = random.Random(seed + 1)

    def word(low: int, high: int) -> str:
        return words[rng.randrange(low, high)]

    def span() -> SearchFilters:
        since = START + timedelta(days=rng.randrange(600))
        return SearchFilters(since=since, until=since + timedelta(days=rng.choice((7, 30, 90))))

    makers: list[tuple[str, Callable[[], tuple[str, SearchFilters]]]] = [
        ("word, common", lambda: (word(0, 50), SearchFilters())),
        ("word, middling", lambda: (word(50, 2000), SearchFilters())),
        ("word, rare", lambda: (word(2000, VOCABULARY), SearchFilters())),
        ("two words", lambda: (f"{word(0, 500)} {word(0, 3000)}", SearchFilters())),
        ("three words", lambda: (" ".join(word(0, 2000) for _ in range(3)), SearchFilters())),
        ("word + outlet", lambda: (word(0, 1000), SearchFilters(site=rng.choice(SITES)))),
        ("word + language", lambda: (word(0, 1000), SearchFilters(language="ru"))),
        ("word + dates", lambda: (word(0, 1000), span())),
        ("word + speaker", lambda: (word(0, 300), SearchFilters(speaker=rng.choice(SPEAKERS)))),
        ("word + entity", lambda: (word(0, 300), SearchFilters(entity=rng.choice(ENTITIES)))),
        ("filters only", lambda: ("", replace(span(), site=rng.choice(SITES)))),
        ("speaker only", lambda: ("", SearchFilters(speaker=rng.choice(SPEAKERS)))),
    ]
    found = []
    for i in range(count):
        kind, make = makers[i % len(makers)]
        q, filters = make()
        found.append((kind, q, filters))
    rng.shuffle(found)
    return found


def timed(store: Store, q: str, filters: SearchFilters) -> float:
    """One desk search page: the first 50 matches, their count, and their snippets."""
    started = time.perf_counter()
    found = store.search_page(q, filters, page=Page(0, 50))
    for hit in found.items:
        snippet(hit.text, q)
    return (time.perf_counter() - started) * 1000


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(name: str, store: Store, n: int, count: int, seed: int) -> dict[str, float]:
    words = vocabulary(random.Random(seed))
    print(f"{name}: filling {n:,} articles …", file=sys.stderr)
    fill_s = fill(store, n, words, seed)
    planned = queries(count, words, seed)
    for _kind, q, filters in planned[:10]:  # warm the caches, as a desk in use has them
        timed(store, q, filters)
    baseline_word = words[200]
    baseline = statistics.median(timed(store, baseline_word, SearchFilters()) for _ in range(21))
    by_kind: dict[str, list[float]] = {}
    for kind, q, filters in planned:
        by_kind.setdefault(kind, []).append(timed(store, q, filters))
    every = [ms for values in by_kind.values() for ms in values]
    p50, p95, p99 = (percentile(every, p) for p in (50, 95, 99))
    print(f"\n== {name}: {n:,} articles (filled in {fill_s:.0f} s), {len(every)} queries")
    print(f"   baseline (one middling word, median of 21): {baseline:.1f} ms")
    print(
        f"   all queries   p50 {p50:7.1f}  p95 {p95:7.1f}  p99 {p99:7.1f} ms"
        f"   p95 = {p95 / baseline:.1f}× baseline   goal p95 < {GOAL_P95_MS} ms:"
        f" {'met' if p95 < GOAL_P95_MS else 'NOT met'}"
    )
    for kind, values in sorted(by_kind.items()):
        print(
            f"   {kind:<16} p50 {percentile(values, 50):7.1f}  p95 {percentile(values, 95):7.1f}"
            f"  max {max(values):7.1f} ms  (n={len(values)})"
        )
    return {"p50": p50, "p95": p95, "p99": p99, "baseline": baseline}


@contextmanager
def postgres_schema(base: str) -> Iterator[str]:
    """A throwaway schema in the $WATCHDESK_TEST_PG database, as the test suite makes them."""
    url = make_url(base)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    schema = f"wd_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        results["sqlite"] = run("SQLite", store, args.articles, args.queries, args.seed)
        store.close()
    base = os.environ.get("WATCHDESK_TEST_PG")
    if base and not args.sqlite_only:
        with postgres_schema(base) as url:
            store = open_store(url)
            results["postgresql"] = run("PostgreSQL", store, args.articles, args.queries, args.seed)
            store.close()
    elif not args.sqlite_only:
        print("\n(PostgreSQL skipped: set WATCHDESK_TEST_PG to a database URL)")
    return 0 if all(r["p95"] < GOAL_P95_MS for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
