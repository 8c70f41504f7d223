"""Main-text extraction quality: watchdesk against bare trafilatura on the same pages, in one run.

    .venv/bin/python benchmarks/extraction.py          # a table per layout and overall
    .venv/bin/python benchmarks/extraction.py --json   # the same figures as JSON

The corpus is `benchmarks/corpora/extraction/<layout>/<NN>.html` beside `<NN>.txt`, the true main
text. Scores are token-level: the predicted and the true text each become a bag of lowercased
word tokens, and precision / recall / F1 count the tokens the two bags share (with multiplicity).
Figures are micro-averaged: a layout's counts are summed over its pages, "overall" over all.

Three extractors are measured:
- `trafilatura`: `trafilatura.extract(html, include_comments=False)`;
- `watchdesk-plain`: `extract_article(raw)` without a boilerplate model;
- `watchdesk`: `extract_article(raw, boilerplate=model)`, the model learned from the *other* pages
  of the same layout (leave-one-out: a page never teaches the model its own text).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, without installing

from watchdesk.errors import InputError  # noqa: E402
from watchdesk.extract.article import extract_article  # noqa: E402
from watchdesk.extract.boilerplate import BoilerplateModel, learn_boilerplate  # noqa: E402
from watchdesk.records import RawDocument  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpora" / "extraction"
EXTRACTORS = ("trafilatura", "watchdesk-plain", "watchdesk")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Counts:
    """Shared, predicted-only and missed tokens: enough to compute P/R/F1 and to sum."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.true_positive + other.true_positive,
            self.false_positive + other.false_positive,
            self.false_negative + other.false_negative,
        )


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class Page:
    layout: str
    name: str
    html: str
    truth: str


def tokens(text: str) -> Counter[str]:
    """Return the bag of lowercased word tokens of a text."""
    return Counter(_WORD.findall(text.lower()))


def count(predicted: Counter[str], true: Counter[str]) -> Counts:
    """Compare two bags of tokens."""
    shared = sum((predicted & true).values())
    return Counts(shared, sum(predicted.values()) - shared, sum(true.values()) - shared)


def score(counts: Counts) -> Score:
    """Return precision, recall and F1; an empty side scores 0 rather than dividing by zero."""
    tp, fp, fn = counts.true_positive, counts.false_positive, counts.false_negative
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)


def load_corpus(corpus: Path = CORPUS) -> list[Page]:
    """Read every `<layout>/<NN>.html` with its `<NN>.txt`, in a stable order."""
    pages = []
    for html_path in sorted(corpus.glob("*/*.html")):
        pages.append(
            Page(
                layout=html_path.parent.name,
                name=html_path.stem,
                html=html_path.read_text(encoding="utf-8"),
                truth=html_path.with_suffix(".txt").read_text(encoding="utf-8"),
            )
        )
    return pages


def bare_trafilatura(page: Page, _others: Sequence[Page]) -> str:
    return trafilatura.extract(page.html, include_comments=False) or ""


def watchdesk_plain(page: Page, _others: Sequence[Page]) -> str:
    return _watchdesk_text(page, None)


def watchdesk_learned(page: Page, others: Sequence[Page]) -> str:
    model = learn_boilerplate([other.html for other in others], site=page.layout)
    return _watchdesk_text(page, model)


def _watchdesk_text(page: Page, model: BoilerplateModel | None) -> str:
    raw = RawDocument(
        uri=f"corpus:{page.layout}/{page.name}.html",
        content=page.html.encode("utf-8"),
        content_type="text/html",
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
        encoding="utf-8",
    )
    try:
        return extract_article(raw, boilerplate=model).text
    except InputError:
        return ""  # nothing extracted scores zero recall, as bare trafilatura's None does


RUNNERS: dict[str, Callable[[Page, Sequence[Page]], str]] = {
    "trafilatura": bare_trafilatura,
    "watchdesk-plain": watchdesk_plain,
    "watchdesk": watchdesk_learned,
}


def evaluate(pages: Sequence[Page]) -> dict[str, dict[str, Counts]]:
    """Return counts per layout (and "overall") per extractor."""
    results: dict[str, dict[str, Counts]] = {}
    for page in pages:
        others = [p for p in pages if p.layout == page.layout and p is not page]
        truth = tokens(page.truth)
        for layout in (page.layout, "overall"):
            results.setdefault(layout, {name: Counts() for name in EXTRACTORS})
        for name, run in RUNNERS.items():
            counts = count(tokens(run(page, others)), truth)
            for layout in (page.layout, "overall"):
                results[layout][name] += counts
    overall = results.pop("overall")
    return {**results, "overall": overall}


def _table(results: dict[str, dict[str, Counts]], pages: Sequence[Page]) -> str:
    per_layout = Counter(page.layout for page in pages)
    header = f"{'layout':<17}{'pages':>5}  " + "  ".join(
        f"{name + ' P/R/F1':>26}" for name in EXTRACTORS
    )
    lines = [header, "-" * len(header)]
    for layout, by_extractor in results.items():
        cells = []
        for name in EXTRACTORS:
            s = score(by_extractor[name])
            cells.append(f"{s.precision:>8.3f}{s.recall:>9.3f}{s.f1:>9.3f}")
        n = len(pages) if layout == "overall" else per_layout[layout]
        lines.append(f"{layout:<17}{n:>5}  " + "  ".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--check",
        metavar="FLOORS.json",
        help="exit 1 when watchdesk's F1 falls below a floor or below bare trafilatura on a layout",
    )
    args = parser.parse_args(argv)
    pages = load_corpus()
    results = evaluate(pages)
    failures = check_floors(results, json.loads(Path(args.check).read_text())) if args.check else []
    if args.json:
        figures = {
            layout: {name: asdict(score(counts)) for name, counts in by_extractor.items()}
            for layout, by_extractor in results.items()
        }
        print(json.dumps(figures, indent=2))
    else:
        print(_table(results, pages))
    for line in failures:
        print(f"below floor: {line}", file=sys.stderr)
    return 1 if failures else 0


def check_floors(results: dict[str, dict[str, Counts]], floors: dict[str, float]) -> list[str]:
    """One line per layout where watchdesk's F1 is under its floor or under bare trafilatura's.

    `floors` maps a layout (or "overall") to the lowest acceptable watchdesk F1.
    """
    failures = []
    for layout, by_extractor in results.items():
        ours, bare = score(by_extractor["watchdesk"]).f1, score(by_extractor["trafilatura"]).f1
        if ours + 1e-9 < bare:
            failures.append(f"{layout}: watchdesk F1 {ours:.3f} < trafilatura {bare:.3f}")
        if layout in floors and ours < floors[layout]:
            failures.append(f"{layout}: watchdesk F1 {ours:.3f} < floor {floors[layout]}")
    return failures


if __name__ == "__main__":
    raise SystemExit(main())
