"""Main-text extraction on public pages nobody here wrote: watchdesk against other extractors.

    .venv/bin/python benchmarks/extraction_public.py                 # both sets, every extractor
    .venv/bin/python benchmarks/extraction_public.py --set aeb --only watchdesk,trafilatura
    .venv/bin/python benchmarks/extraction_public.py --losses       # + per-page losses by class
    .venv/bin/python benchmarks/extraction_public.py --json

Sets (in `../shared/eval-data/`, read-only; never copied into the project):
- `aeb`: article-extraction-benchmark, 181 news pages with their article body. Scored as that
  benchmark scores: tokens are `\\w+` runs, 4-gram shingles counted per page; a page's precision
  and recall (1 when both sides are empty) are averaged over pages and F1 is taken from the means.
- `trafeval`: trafilatura's evaluation corpus, 990 pages with snippets the text must contain and
  snippets it must not. Scored as trafilatura scores: white space normalised, a snippet found as
  a substring is a hit; counts are summed over the corpus (micro P / R / F1).

Extractors, each given the page's raw bytes (as a fetch or a saved file delivers them):
- `watchdesk`: `extract_article`, no boilerplate model (a first page from an unknown site);
- `trafilatura`: bare `trafilatura.extract(include_comments=False, include_tables=True)`;
- `readability`: readability-lxml's summary, as text.
Each row also gives the mean milliseconds per page of that extractor on that set.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import trafilatura
from readability import Document as ReadabilityDocument

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, without installing

from watchdesk.errors import InputError  # noqa: E402
from watchdesk.extract.article import extract_article  # noqa: E402
from watchdesk.records import RawDocument  # noqa: E402

EVAL_DATA = ROOT.parent / "shared" / "eval-data"
AEB = EVAL_DATA / "article-extraction-benchmark"
TRAFEVAL = EVAL_DATA / "trafilatura-eval"
SETS = ("aeb", "trafeval")
SHINGLE = 4
_TOKEN = re.compile(r"\w+")
_FETCHED = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    content: bytes
    body: str = ""  # aeb: the true article body
    with_: tuple[str, ...] = ()  # trafeval: snippets the text must contain
    without: tuple[str, ...] = ()  # … and must not


@dataclass
class Result:
    """One extractor on one set: per-page figures kept for the loss analysis."""

    seconds: list[float] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)


def load_aeb() -> list[Page]:
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(
            name=key,
            url=entry.get("url", ""),
            content=gzip.decompress((AEB / "html" / f"{key}.html.gz").read_bytes()),
            body=entry.get("articleBody", ""),
        )
        for key, entry in sorted(truth.items())
    ]


def load_trafeval() -> list[Page]:
    gold = json.loads((TRAFEVAL / "evaldata.json").read_text(encoding="utf-8"))
    return [
        Page(
            name=entry["file"],
            url=url,
            content=gzip.decompress((TRAFEVAL / "html" / f"{entry['file']}.gz").read_bytes()),
            with_=tuple(entry.get("with", ())),
            without=tuple(entry.get("without", ())),
        )
        for url, entry in sorted(gold.items())
    ]


# --- extractors ---------------------------------------------------------------------------


def run_watchdesk(page: Page) -> str:
    raw = RawDocument(
        uri=page.url or page.name,
        content=page.content,
        content_type="text/html",
        fetched_at=_FETCHED,
    )
    try:
        return extract_article(raw).text
    except InputError:
        return ""  # refused or empty: scores as no text, as a None from the others does


def run_trafilatura(page: Page) -> str:
    text = trafilatura.extract(
        page.content, include_comments=False, include_tables=True, include_formatting=False
    )
    return text or ""


def run_readability(page: Page) -> str:
    try:
        summary = ReadabilityDocument(page.content).summary(html_partial=True)
        root = lxml.html.fromstring(summary)
    except Exception:  # readability raises its own and lxml's errors on odd pages
        return ""
    return "\n".join(root.itertext())  # a break between text nodes keeps blocks' words apart


EXTRACTORS: dict[str, Callable[[Page], str]] = {
    "watchdesk": run_watchdesk,
    "trafilatura": run_trafilatura,
    "readability": run_readability,
}


# --- scoring ------------------------------------------------------------------------------


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Count the text's 4-token shingles; a text shorter than that is one shingle of itself."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)))


def aeb_page(truth: str, predicted: str) -> tuple[float, float]:
    """Return the page's shingle precision and recall (1.0 when both sides are empty)."""
    true, pred = shingles(truth), shingles(predicted)
    tp = sum((true & pred).values())
    fp, fn = sum(pred.values()) - tp, sum(true.values()) - tp
    if fp == fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def _normalise(text: str) -> str:
    return " ".join(text.split())


def trafeval_page(page: Page, predicted: str) -> tuple[int, int, int, int]:
    """Return TP, FN, FP, TN of the page's snippets in the text."""
    text = _normalise(predicted)
    found = [_normalise(s) in text for s in page.with_]
    leaked = [_normalise(s) in text for s in page.without]
    return sum(found), len(found) - sum(found), sum(leaked), len(leaked) - sum(leaked)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def figures(set_name: str, pages: Sequence[Page], result: Result) -> dict[str, float]:
    ms = 1000 * statistics.fmean(result.seconds)
    if set_name == "aeb":
        scores = [aeb_page(page.body, result.texts[page.name]) for page in pages]
        precision = statistics.fmean(s[0] for s in scores)
        recall = statistics.fmean(s[1] for s in scores)
        return {"P": precision, "R": recall, "F1": f1(precision, recall), "ms": ms}
    tp = fn = fp = tn = 0
    for page in pages:
        a, b, c, d = trafeval_page(page, result.texts[page.name])
        tp, fn, fp, tn = tp + a, fn + b, fp + c, tn + d
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return {
        "P": precision,
        "R": recall,
        "F1": f1(precision, recall),
        "acc": (tp + tn) / (tp + tn + fp + fn),
        "ms": ms,
    }


# --- loss analysis ------------------------------------------------------------------------


def loss_class(snippet: str, mine: str, other: str) -> str:
    """Name the kind of text a snippet we miss was, from where the other extractor put it.

    trafilatura's text marks list items with "- " and table rows with "|"; its first line is
    the headline or the lead, its last the end of the text; a short line is a caption or label.
    """
    if not mine.strip():
        return "page refused or empty"
    lines = [line for line in other.splitlines() if line.strip()]
    where = [i for i, line in enumerate(lines) if snippet[:40] in _normalise(line)]
    if not where:
        return "spans several lines"
    line = lines[where[0]].strip()
    if line.startswith("- "):
        return "list item"
    if "|" in line:
        return "table cell"
    if where[0] == 0:
        return "first line (headline, lead)"
    if len(line.split()) <= 10:
        return "short line (caption, label, heading)"
    if where[0] == len(lines) - 1:
        return "last line"
    return "paragraph"


def losses(
    set_name: str, pages: Sequence[Page], ours: Result, theirs: Result, name: str
) -> Iterator[str]:
    """Say, page by page, where watchdesk scores below another extractor, and by how much.

    On trafilatura-eval each snippet the other finds and we miss is also counted by its class.
    """
    rows = []
    classes: Counter[str] = Counter()
    for page in pages:
        mine, other = ours.texts[page.name], theirs.texts[page.name]
        if set_name == "aeb":
            p_mine, r_mine = aeb_page(page.body, mine)
            p_other, r_other = aeb_page(page.body, other)
            gap = f1(p_other, r_other) - f1(p_mine, r_mine)
            detail = f"P {p_mine:.2f}/{p_other:.2f} R {r_mine:.2f}/{r_other:.2f}"
        else:
            tp_m, _, fp_m, _ = trafeval_page(page, mine)
            tp_o, _, fp_o, _ = trafeval_page(page, other)
            gap = (tp_o - tp_m) + (fp_m - fp_o)
            detail = f"hits {tp_m}/{tp_o} leaks {fp_m}/{fp_o}"
            text_mine, text_other = _normalise(mine), _normalise(other)
            for snippet in map(_normalise, page.with_):
                if snippet in text_other and snippet not in text_mine:
                    classes[loss_class(snippet, mine, other)] += 1
        if gap > 0:
            rows.append((gap, f"  {gap:6.3f}  {page.name[:60]:<60} {detail}"))
    if classes:
        yield f"{set_name}: snippets {name} finds and watchdesk misses, by class"
        for kind, n in classes.most_common():
            yield f"  {n:4d}  {kind}"
    yield f"{set_name}: {len(rows)} pages where watchdesk is below {name} (ours/theirs)"
    for _, line in sorted(rows, reverse=True):
        yield line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, action="append", help="only this set (repeatable)")
    parser.add_argument("--only", help="comma-separated extractors (default: all)")
    parser.add_argument("--losses", action="store_true", help="list pages below trafilatura")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--dump", metavar="FILE.json", help="write every extracted text there")
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else list(EXTRACTORS)
    loaders = {"aeb": load_aeb, "trafeval": load_trafeval}
    table: dict[str, dict[str, dict[str, float]]] = {}
    notes: list[str] = []
    dumped: dict[str, dict[str, dict[str, str]]] = {}
    for set_name in args.set or SETS:
        pages = loaders[set_name]()
        results = {name: Result() for name in names}
        for page in pages:
            for name in names:
                start = time.perf_counter()
                text = EXTRACTORS[name](page)
                results[name].seconds.append(time.perf_counter() - start)
                results[name].texts[page.name] = text
        dumped[set_name] = {name: result.texts for name, result in results.items()}
        table[set_name] = {name: figures(set_name, pages, results[name]) for name in names}
        if args.losses and {"watchdesk", "trafilatura"} <= set(names):
            notes.extend(
                losses(set_name, pages, results["watchdesk"], results["trafilatura"], "trafilatura")
            )
    if args.dump:
        Path(args.dump).write_text(json.dumps(dumped, ensure_ascii=False), encoding="utf-8")
    if args.json:
        print(json.dumps(table, indent=2))
    else:
        for set_name, rows in table.items():
            print(f"{set_name}: {'extractor':<12} {'P':>6} {'R':>6} {'F1':>6} {'ms/page':>8}")
            for name, row in rows.items():
                print(
                    f"{'':<{len(set_name) + 2}}{name:<12} {row['P']:>6.3f} {row['R']:>6.3f}"
                    f" {row['F1']:>6.3f} {row['ms']:>8.1f}"
                )
    for line in notes:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
