"""End-to-end throughput of `ingest` against the floor of its own parts, in one run.

    python benchmarks/throughput.py [PAGES_DIR …] [--limit N] [--repeat N] [--workers N] [--json]

watchdesk's figure is the whole ingest of every page (extract + annotate + link + store) into a
fresh SQLite store, run as `watchdesk ingest` runs it: budgeted worker processes extract and
annotate a few pages ahead (`lookahead.annotators`: one per core but one) while this process
stores and links. The floor is bare trafilatura followed by the bare parse of the same language
(spaCy's `nlp(text)` for English, natasha's segment/morph/syntax/NER for Russian) over the same
pages in this process. Both are measured after every model is loaded (in the workers too),
alternating `--repeat` times and keeping each side's best, so a noisy neighbour slows both rather
than one. The stage lines are the ingest's own record of where its time went (`db status` shows
the same): annotation is the workers' busy time, the rest this process's. `--workers 0` runs the
whole ingest in this process, as before the lookahead.

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
from contextlib import ExitStack
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
    ][: args.limit]
    if not raws:
        print("no readable pages under " + ", ".join(map(str, args.pages)), file=sys.stderr)
        return 1
    parser, embedder, floor_models = _load_models(Parser(), Embedder.load())

    with ExitStack() as stack:
        processor = _processor(stack, settings, raws, parser, args.workers)
        best: dict[str, float] = {}
        stages: dict[str, float] = {}
        for _ in range(args.repeat):
            floor = _timed(lambda: _floor(raws, floor_models))
            best["floor"] = min(best.get("floor", floor), floor)
            seconds, report, store_bytes = _watchdesk(raws, processor, embedder)
            if seconds < best.get("watchdesk", float("inf")):
                best["watchdesk"], stages = seconds, report.stage_seconds
                best["store_bytes"] = store_bytes
        peak_worker_mb = max((w.peak_mb for w in _workers(processor)), default=0.0)

    figures = _figures(len(raws), best, stages, peak_worker_mb)
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
    cli.add_argument("--limit", type=int, default=None, help="the first N readable pages only")
    cli.add_argument("--json", action="store_true", help="print the figures as JSON")
    cli.add_argument(
        "--workers",
        type=int,
        default=None,
        help="annotating worker processes (default: as ingest, one per core but one); 0: none",
    )
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


def _processor(
    stack: ExitStack, settings: Any, raws: Sequence[Any], parser: Any, workers: int | None
) -> Any:
    """The ingest's processor with its models loaded: warmed workers, or the parser itself."""
    from watchdesk.budget import Budget, Worker
    from watchdesk.lookahead import Lookahead, annotation_workers

    if workers == 0:
        return parser
    budget = Budget.from_settings(settings)
    pool = [
        stack.enter_context(Worker(budget, settings.spacy_model_en))
        for _ in range(workers or annotation_workers())
    ]
    # One page of each language per worker, so no model loads on the clock.
    for language in ("en", "ru"):
        pages = [r for r in raws if _language_of(r) == language][:1]
        for worker in pool:
            for page in pages:
                worker.process(page)
    return stack.enter_context(Lookahead(pool))


def _workers(processor: Any) -> list[Any]:
    from watchdesk.lookahead import Lookahead

    return list(processor.processors) if isinstance(processor, Lookahead) else []


def _language_of(raw: Any) -> str:
    from watchdesk.extract.article import extract_article

    return str(extract_article(raw, None).language)


def _watchdesk(raws: Sequence[Any], processor: Any, embedder: Any) -> tuple[float, Any, int]:
    """The whole ingest into a fresh store, as `watchdesk ingest` runs it: (seconds, report,
    bytes the store takes afterwards)."""
    from watchdesk.pipeline import ingest
    from watchdesk.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(f"sqlite:///{folder}/throughput.db")
        try:
            start = time.perf_counter()
            report = ingest(raws, store, processor, embedder=embedder)
            seconds = time.perf_counter() - start
            store_bytes = store.size_bytes()
        finally:
            store.close()
    if report.errors:
        print(f"{len(report.errors)} pages failed; first: {report.errors[0]}", file=sys.stderr)
    return seconds, report, store_bytes


def _figures(
    pages: int, best: dict[str, float], stages: dict[str, float], peak_worker_mb: float
) -> dict[str, Any]:
    return {
        "pages": pages,
        "watchdesk_s": best["watchdesk"],
        "floor_s": best["floor"],
        "watchdesk_per_s": pages / best["watchdesk"],
        "floor_per_s": pages / best["floor"],
        "ratio": best["floor"] / best["watchdesk"],
        "stages_s": stages,
        "store_bytes_per_article": best["store_bytes"] / pages,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_worker_mb": peak_worker_mb,
    }


def _print(figures: dict[str, Any]) -> None:
    pages = figures["pages"]
    print(f"pages: {pages:.0f}")
    for name, seconds in figures["stages_s"].items():
        print(f"  {name:<15} {seconds:7.2f} s  {1000 * seconds / pages:7.1f} ms/page")
    print(f"  {'watchdesk':<15} {figures['watchdesk_s']:7.2f} s  (extract, annotate, link, store)")
    print(f"  {'floor':<15} {figures['floor_s']:7.2f} s  (bare trafilatura + spaCy / natasha)")
    print(f"store: {figures['store_bytes_per_article'] / 1000:.1f} kB per article (SQLite)")
    print(
        f"peak memory: {figures['peak_rss_mb']:.0f} MB this process,"
        f" {figures['peak_worker_mb']:.0f} MB per annotating worker"
    )


if __name__ == "__main__":
    raise SystemExit(main())
