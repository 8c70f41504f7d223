"""How statements group into questions, on the demo corpus and the conflicts corpora (issue 9).

Prints, per corpus: the number of questions, the share holding a single statement, statements
per question, how many planted conflicts have both statements in one question, which questions
carry a name that is not a readable proposition (an internal "c:"/"e:" key, a cut-off "…", a
name ending on a function word, no final "?" or "."), and a purity check: on the demo, each
planted conflict and promise is assigned by hand to the matter it speaks of (below), and a
question holding statements of two matters counts as mixed. `--show N` prints the N largest
questions with their statements, to read purity by eye.

    .venv/bin/python benchmarks/questions.py [--corpus demo|dev|dev2|heldout] [--show N] [--json]

heldout is never tuned on (benchmarks/corpora/EVALUATION): its names and statements are not
printed, only its figures.

Parsing dominates the run time; `--cache DIR` keeps each corpus parsed (not analysed) there, and
later runs copy it and only re-run linking, which is what question grouping changes.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from watchdesk.analysis.embeddings import Embedder
from watchdesk.ingest.files import read_inputs
from watchdesk.link import analyze_article
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import ingest
from watchdesk.store import open_store

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("demo", "dev", "dev2", "heldout")
EVALUATION = ("heldout",)  # never tuned on, and its text is never printed
CONFLICTS = ROOT / "benchmarks" / "corpora" / "conflicts"
# The matter each planted item of demo/planted.json speaks of: two items of one matter belong in
# one question, two of different matters never do. Judged by hand from the items' quotes.
DEMO_MATTERS = {
    "C1": "crossings reopen",
    "P3": "crossings reopen",
    "P4": "crossings reopen",
    "C2": "troop numbers",
    "C3": "troop numbers",
    "C4": "heavy weapons",
    "C9": "heavy weapons",
    "C5": "withdrawal",
    "C7": "withdrawal",
    "P1": "withdrawal",
    "P5": "withdrawal",
    "P12": "withdrawal",
    "P13": "withdrawal",
    "C6": "drills end",
    "P10": "drills end",
    "C8": "units near the capital",
    "P6": "referendum",
    "P7": "evacuees return",
    "P8": "observers invited",
    "P9": "council meeting",
    "P11": "explanation requested",
}
INTERNAL_KEY = re.compile(r"\b[a-z]:\w")  # "c:armour", "e:karesi"
FUNCTION_ENDINGS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "with"}
    | {"from", "that", "this", "it", "would", "will", "is", "are", "be"}
)


@dataclass
class Corpus:
    name: str
    pages: Path
    conflicts: list[dict[str, Any]]
    items: dict[str, str] = field(default_factory=dict)  # quote → matter


@dataclass
class Grouping:
    corpus: str
    questions: list[tuple[int, str, list[str]]]  # id, name, statement contents
    conflicts_together: list[str] = field(default_factory=list)
    conflicts_apart: list[str] = field(default_factory=list)
    mixed: list[tuple[str, list[str]]] = field(default_factory=list)
    matter_questions: dict[str, int] = field(default_factory=dict)


def _corpora() -> list[Corpus]:
    planted = json.loads((ROOT / "demo" / "planted.json").read_text(encoding="utf-8"))
    items = {
        side["quote"]: DEMO_MATTERS[c["id"]]
        for c in planted["conflicts"]
        for side in (c["a"], c["b"])
    }
    # P2 (a promise to publish troop figures) is left out: neither the count nor apart from it.
    items |= {p["quote"]: DEMO_MATTERS[p["id"]] for p in planted["commitments"] if p["id"] != "P2"}
    corpora = [Corpus("demo", ROOT / "demo" / "corpus", planted["conflicts"], items)]
    for name in CORPORA[1:]:
        gold_path = CONFLICTS / name / "gold.json"
        if gold_path.exists():
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            corpora.append(Corpus(name, CONFLICTS / name / "pages", gold["conflicts"]))
    return corpora


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").split())


def _says(content: str, quote: str) -> bool:
    return _norm(quote)[:40] in _norm(content)


def unreadable(name: str) -> str | None:
    """Why a question's name is no readable proposition, or None when it is one."""
    words = name.rstrip("?.!").split()
    if INTERNAL_KEY.search(name) or "·" in name:
        return "internal key"
    if name.endswith("…"):
        return "cut off"
    if len(words) < 3:
        return "too short"
    if words[-1].lower() in FUNCTION_ENDINGS:
        return "ends mid-phrase"
    if not name[0].isupper() or name[-1] not in "?.":
        return "not a sentence"
    return None


def _store_url(tmp: str, corpus: Corpus, cache: Path | None) -> tuple[str, bool]:
    """A store for the corpus; True when it still has to be ingested."""
    target = Path(tmp) / f"{corpus.name}.db"
    if cache is None:
        return f"sqlite:///{target}", True
    parsed = cache / f"{corpus.name}-parsed.db"
    if not parsed.exists():
        cache.mkdir(parents=True, exist_ok=True)
        store = open_store(f"sqlite:///{parsed}")
        ingest(read_inputs([corpus.pages], max_bytes=10_000_000), store, Parser(), analyze=False)
        store.close()
    shutil.copy(parsed, target)
    return f"sqlite:///{target}", False


def group(corpus: Corpus, cache: Path | None) -> Grouping:
    with tempfile.TemporaryDirectory() as tmp:
        url, fresh = _store_url(tmp, corpus, cache)
        store = open_store(url)
        if fresh:
            ingest(read_inputs([corpus.pages], max_bytes=10_000_000), store, Parser())
        else:
            embedder = Embedder.load()
            # Articles in the order they were ingested, as `watchdesk ingest` links them.
            for ref in sorted(store.articles(limit=100_000), key=lambda r: r.id):
                analyze_article(store, ref.id, embedder)
        questions = [
            (q.id, q.name, [d.statement.content for d in store.question_statements(q.id)])
            for q in store.questions()
        ]
        store.close()
    result = Grouping(corpus.name, questions)
    where = {content: qid for qid, _, contents in questions for content in contents}

    def question_of(quote: str) -> set[int]:
        return {qid for content, qid in where.items() if _says(content, quote)}

    for conflict in corpus.conflicts:
        a, b = question_of(conflict["a"]["quote"]), question_of(conflict["b"]["quote"])
        (result.conflicts_together if a & b else result.conflicts_apart).append(conflict["id"])
    matters: dict[int, set[str]] = {}
    spread: dict[str, set[int]] = {}
    for quote, matter in corpus.items.items():
        for qid in question_of(quote):
            matters.setdefault(qid, set()).add(matter)
            spread.setdefault(matter, set()).add(qid)
    names = {qid: name for qid, name, _ in questions}
    result.mixed = [(names[q], sorted(m)) for q, m in matters.items() if len(m) > 1]
    result.matter_questions = {m: len(q) for m, q in sorted(spread.items())}
    return result


def _write(result: Grouping, show: int) -> None:
    out = sys.stdout
    sizes = [len(contents) for _, _, contents in result.questions]
    n = len(sizes)
    singles = sum(1 for s in sizes if s == 1)
    out.write(f"== {result.corpus}\n")
    out.write(
        f"questions: {n}; singletons {singles}/{n} = {singles / max(n, 1):.3f}; "
        f"statements per question {sum(sizes) / max(n, 1):.2f} (largest {max(sizes, default=0)})\n"
    )
    together = len(result.conflicts_together)
    total = together + len(result.conflicts_apart)
    out.write(f"planted conflicts with both statements in one question: {together}/{total}")
    out.write(f"  apart: {', '.join(result.conflicts_apart)}\n" if result.conflicts_apart else "\n")
    bad = [(name, why) for _, name, _ in result.questions if (why := unreadable(name))]
    reasons = Counter(why for _, why in bad)
    out.write(f"unreadable names: {len(bad)}/{n} {dict(reasons)}\n")
    hidden = result.corpus in EVALUATION
    for name, why in [] if hidden else bad[:5]:
        out.write(f"  {why}: {name!r}\n")
    if result.matter_questions:
        out.write(f"mixed questions (planted items of two matters): {len(result.mixed)}\n")
        for name, matters in result.mixed:
            out.write(f"  {name!r}: {' + '.join(matters)}\n")
        spread = ", ".join(f"{m} {k}" for m, k in result.matter_questions.items())
        out.write(f"questions per planted matter: {spread}\n")
    for qid, name, contents in [] if hidden else result.questions[:show]:
        out.write(f"-- #{qid} {name} ({len(contents)})\n")
        for content in contents:
            out.write(f"     {content[:110]}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=CORPORA, help="only this corpus")
    parser.add_argument("--show", type=int, default=0, help="print the N largest questions")
    parser.add_argument("--cache", type=Path, help="keep parsed corpora here between runs")
    parser.add_argument("--json", action="store_true", help="one JSON object per corpus")
    args = parser.parse_args()
    for corpus in _corpora():
        if args.corpus and corpus.name != args.corpus:
            continue
        result = group(corpus, args.cache)
        if not args.json:
            _write(result, args.show)
            continue
        sizes = [len(contents) for _, _, contents in result.questions]
        record = {
            "corpus": result.corpus,
            "questions": len(sizes),
            "singleton_share": round(sum(s == 1 for s in sizes) / max(len(sizes), 1), 3),
            "statements_per_question": round(sum(sizes) / max(len(sizes), 1), 2),
            "conflicts_together": result.conflicts_together,
            "conflicts_apart": result.conflicts_apart,
            "unreadable_names": sum(1 for _, name, _ in result.questions if unreadable(name)),
            "mixed": len(result.mixed),
            "questions_per_matter": result.matter_questions,
        }
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
