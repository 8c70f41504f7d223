"""End-to-end throughput of `ingest` against the floor of its own parts, in one run.

    python benchmarks/throughput.py [PAGES_DIR …] [--repeat N] [--json]

watchdesk's figure is the whole ingest of every page (extract + annotate + link + store) into a
fresh SQLite store; the floor is bare trafilatura followed by the bare parse of the same language
(spaCy's `nlp(text)` for English, natasha's segment/morph/syntax/NER for Russian) over the same
pages. Both are measured after every model is loaded, in the same process, alternating `--repeat`
times and keeping each side's best, so a noisy neighbour slows both rather than one. The stage
lines split watchdesk's time: extraction alone, annotation alone, and what remains (linking and
the store).

The last line is the one to quote:

    throughput watchdesk=X/s floor=Y/s ratio=Z
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo" / "corpus"
CYRILLIC_SHARE = 0.3  # the floor's language guess: more Cyrillic letters than this is Russian


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    from watchdesk.analysis.embeddings import Embedder
    from watchdesk.errors import InputError
    from watchdesk.ingest.files import read_inputs
    from watchdesk.nlp.parse import Parser
    from watchdesk.settings import Settings

    settings = Settings()
    raws = [
        item
        for item in read_inputs(args.pages, max_bytes=settings.max_document_bytes)
        if not isinstance(item, InputError)
    ]
    if not raws:
        print("no readable pages under " + ", ".join(map(str, args.pages)), file=sys.stderr)
        return 1
    parser, embedder, floor_models = _load_models(Parser(), Embedder.load())

    best: dict[str, float] = {}
    for _ in range(args.repeat):
        runs: tuple[tuple[str, Callable[[], float]], ...] = (
            ("floor", lambda: _timed(lambda: _floor(raws, floor_models))),
            ("watchdesk", lambda: _timed(lambda: _watchdesk(raws, parser, embedder))),
            ("extract", lambda: _timed(lambda: _extract_only(raws))),
            ("annotate", lambda: _annotate_only(raws, parser)),
        )
        for name, run in runs:
            seconds = run()
            best[name] = min(best.get(name, seconds), seconds)

    figures = _figures(len(raws), best)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        _print(figures)
    print(
        f"throughput watchdesk={figures['watchdesk_per_s']:.2f}/s "
        f"floor={figures['floor_per_s']:.2f}/s ratio={figures['ratio']:.2f}"
    )
    return 0


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    cli = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    cli.add_argument("pages", nargs="*", type=Path, default=[DEMO], help="folders or page files")
    cli.add_argument("--repeat", type=int, default=2, help="alternating runs per side; best kept")
    cli.add_argument("--json", action="store_true", help="print the figures as JSON")
    return cli.parse_args(argv)


def _load_models(parser: Any, embedder: Any) -> tuple[Any, Any, dict[str, Any]]:
    """Load everything both sides use before any clock starts."""
    import trafilatura
    from natasha import (
        Doc,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    from watchdesk.nlp.ru.parse import parse_ru

    parser.parse_text("The minister said the crossings would reopen.")
    parse_ru("Министр заявил, что пункты пропуска откроются.")
    embedder.encode(["warm-up"])
    embedding = NewsEmbedding()
    natasha = {
        "doc": Doc,
        "segmenter": Segmenter(),
        "morph": NewsMorphTagger(embedding),
        "syntax": NewsSyntaxParser(embedding),
        "ner": NewsNERTagger(embedding),
    }
    trafilatura.extract("<html><body><p>warm-up</p></body></html>")
    return parser, embedder, {"spacy": parser.pipeline("en"), "natasha": natasha}


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _floor(raws: Sequence[Any], models: dict[str, Any]) -> None:
    """Bare trafilatura, then the bare parse of the page's language."""
    import trafilatura

    natasha = models["natasha"]
    for raw in raws:
        text = trafilatura.extract(raw.content) or ""
        if _is_russian(text):
            doc = natasha["doc"](text)
            doc.segment(natasha["segmenter"])
            doc.tag_morph(natasha["morph"])
            doc.parse_syntax(natasha["syntax"])
            doc.tag_ner(natasha["ner"])
        else:
            models["spacy"](text)


def _is_russian(text: str) -> bool:
    letters = [c for c in text[:2_000] if c.isalpha()]
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
    return bool(letters) and cyrillic / len(letters) > CYRILLIC_SHARE


def _watchdesk(raws: Sequence[Any], parser: Any, embedder: Any) -> None:
    """The whole ingest into a fresh store, as `watchdesk ingest` runs it."""
    from watchdesk.pipeline import ingest
    from watchdesk.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(f"sqlite:///{folder}/throughput.db")
        try:
            report = ingest(raws, store, parser, embedder=embedder)
        finally:
            store.close()
    if report.errors:
        print(f"{len(report.errors)} pages failed; first: {report.errors[0]}", file=sys.stderr)


def _extract_only(raws: Sequence[Any]) -> None:
    from watchdesk.extract.article import extract_article

    for raw in raws:
        extract_article(raw, None)


def _annotate_only(raws: Sequence[Any], parser: Any) -> float:
    """Seconds of annotation alone: extraction is timed on its own, so it runs off the clock."""
    from watchdesk.extract.article import extract_article
    from watchdesk.pipeline import annotate

    articles = [extract_article(raw, None) for raw in raws]
    return _timed(lambda: [annotate(article, parser) for article in articles])


def _figures(pages: int, best: dict[str, float]) -> dict[str, float]:
    rest = max(best["watchdesk"] - best["extract"] - best["annotate"], 0.0)
    return {
        "pages": pages,
        "watchdesk_s": best["watchdesk"],
        "floor_s": best["floor"],
        "watchdesk_per_s": pages / best["watchdesk"],
        "floor_per_s": pages / best["floor"],
        "ratio": best["floor"] / best["watchdesk"],
        "extract_s": best["extract"],
        "annotate_s": best["annotate"],
        "link_and_store_s": rest,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _print(figures: dict[str, float]) -> None:
    pages = figures["pages"]
    print(f"pages: {pages:.0f}")
    for name in ("extract", "annotate", "link_and_store"):
        seconds = figures[f"{name}_s"]
        print(f"  {name:<15} {seconds:7.2f} s  {1000 * seconds / pages:7.1f} ms/page")
    print(f"  {'watchdesk':<15} {figures['watchdesk_s']:7.2f} s  (extract, annotate, link, store)")
    print(f"  {'floor':<15} {figures['floor_s']:7.2f} s  (bare trafilatura + spaCy / natasha)")
    print(f"peak memory: {figures['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    raise SystemExit(main())
