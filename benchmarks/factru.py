"""Benchmark: watchdesk's Russian entities against bare natasha NER on factRuEval-2016 (test set).

For every annotated test document (`book_<id>.txt` with `.spans` and `.objects`) this runs, in the
same process:

- bare natasha: `Segmenter` + `NewsNERTagger(NewsEmbedding())`, its PER / LOC / ORG spans as is;
- watchdesk: `parse_ru` + `find_entities_ru`, the path `watchdesk analyze --lang ru` takes after
  extraction; PERSON → PER, ORG → ORG, GPE and LOC → LOC.

Gold follows the usual reduction (natasha's corus / naeval): an object of layer 2 covers its
spans of layer 1 (first start to last end); Person → PER, Org → ORG, Location and LocOrg → LOC;
Project and Facility are dropped. Two scores per type:

- exact: a predicted span counts when a gold object of its type has exactly its start and end;
- token: every word token inside a span of the type is one item (so nested gold counts once);
  closer to naeval's published figures, which forgive boundary slips.

Documents per second are wall-clock over the run, per system (CPU is shared on the dev machines, so
compare the two, not the absolute figures). watchdesk's figure includes natasha's full parse
(morphology, syntax, lemmas), which the later stages need; the entity stage's own time is printed
apart, in milliseconds per document.

Usage: `python benchmarks/factru.py [--data DIR] [--limit N] [--errors TYPE] [--json]`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

from watchdesk.nlp.ru.entities import find_entities_ru
from watchdesk.nlp.ru.parse import parse_ru

DATA = Path("/work/shared/eval-data/factRuEval-2016-test/testset")
TYPES = ("PER", "LOC", "ORG")
GOLD_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
WATCHDESK_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
_WORD = re.compile(r"\w+")

Mention = tuple[int, int, str]  # start, end, type


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    text: str
    gold: frozenset[Mention]


def load_documents(root: Path, limit: int | None = None) -> list[Document]:
    """Read every test document with its gold objects, reduced to PER / LOC / ORG."""
    documents = []
    for path in sorted(root.glob("book_*.txt"))[:limit]:
        spans: dict[str, tuple[int, int]] = {}
        for line in path.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 4:
                spans[fields[0]] = (int(fields[2]), int(fields[2]) + int(fields[3]))
        gold: set[Mention] = set()
        for line in path.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) < 3 or fields[1] not in GOLD_TYPES:
                continue
            parts = [spans[s] for s in fields[2:] if s in spans]
            if parts:
                start, end = min(p[0] for p in parts), max(p[1] for p in parts)
                gold.add((start, end, GOLD_TYPES[fields[1]]))
        documents.append(Document(path.stem, path.read_text(encoding="utf-8"), frozenset(gold)))
    return documents


class BareNatasha:
    """natasha's NER on its own: the baseline the README's published figures come from."""

    def __init__(self) -> None:
        self.segmenter = Segmenter()
        self.tagger = NewsNERTagger(NewsEmbedding())

    def __call__(self, text: str) -> set[Mention]:
        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.tagger)
        return {(s.start, s.stop, s.type) for s in doc.spans if s.type in TYPES}


def watchdesk_entities(text: str, stage_seconds: list[float] | None = None) -> set[Mention]:
    """watchdesk's Russian entity stage on the same text; its own time is added to
    `stage_seconds[0]` (the parse before it is natasha's full morphology and syntax)."""
    doc = parse_ru(text)
    started = time.perf_counter()
    entities = find_entities_ru(doc)
    if stage_seconds is not None:
        stage_seconds[0] += time.perf_counter() - started
    found = set()
    for entity in entities:
        kind = WATCHDESK_TYPES.get(entity.label)
        if kind is not None:
            found.add((entity.span.start, entity.span.end, kind))
    return found


@dataclass
class Tally:
    """Counts per type for one system: exact spans and word tokens."""

    exact: Counter[tuple[str, str]]
    tokens: Counter[tuple[str, str]]

    @classmethod
    def empty(cls) -> Tally:
        return cls(Counter(), Counter())

    def add(self, text: str, gold: Iterable[Mention], predicted: Iterable[Mention]) -> None:
        gold, predicted = set(gold), set(predicted)
        for kind in TYPES:
            wanted = {m for m in gold if m[2] == kind}
            found = {m for m in predicted if m[2] == kind}
            self.exact[kind, "tp"] += len(wanted & found)
            self.exact[kind, "gold"] += len(wanted)
            self.exact[kind, "found"] += len(found)
            wanted_tokens, found_tokens = _tokens(text, wanted), _tokens(text, found)
            self.tokens[kind, "tp"] += len(wanted_tokens & found_tokens)
            self.tokens[kind, "gold"] += len(wanted_tokens)
            self.tokens[kind, "found"] += len(found_tokens)

    def scores(self, kind: str, exact: bool = True) -> tuple[float, float, float]:
        counts = self.exact if exact else self.tokens
        tp, gold, found = counts[kind, "tp"], counts[kind, "gold"], counts[kind, "found"]
        precision = tp / found if found else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _tokens(text: str, mentions: Iterable[Mention]) -> set[int]:
    """Start offsets of the word tokens inside the mentions."""
    starts: set[int] = set()
    for start, end, _ in mentions:
        starts.update(m.start() + start for m in _WORD.finditer(text[start:end]))
    return starts


def run(
    documents: Sequence[Document], error_type: str | None = None
) -> tuple[dict[str, Any], list[str]]:
    """Score both systems on the documents; return the figures and, if asked, watchdesk's slips."""
    bare = BareNatasha()
    parse_ru("Прогрев.")  # load watchdesk's models outside the timed loop, as bare's are
    tallies = {"natasha": Tally.empty(), "watchdesk": Tally.empty()}
    seconds = {"natasha": 0.0, "watchdesk": 0.0}
    stage = [0.0]
    errors: list[str] = []
    for document in documents:
        started = time.perf_counter()
        baseline = bare(document.text)
        seconds["natasha"] += time.perf_counter() - started
        started = time.perf_counter()
        ours = watchdesk_entities(document.text, stage)
        seconds["watchdesk"] += time.perf_counter() - started
        tallies["natasha"].add(document.text, document.gold, baseline)
        tallies["watchdesk"].add(document.text, document.gold, ours)
        if error_type:
            errors.extend(_slips(document, baseline, ours, error_type))
    figures: dict[str, Any] = {"documents": len(documents)}
    for system, tally in tallies.items():
        figures[system] = {
            kind: {
                "exact": [round(x, 3) for x in tally.scores(kind)],
                "token": [round(x, 3) for x in tally.scores(kind, exact=False)],
            }
            for kind in TYPES
        }
        figures[system]["docs_per_s"] = round(len(documents) / max(seconds[system], 1e-9), 2)
    figures["entity_stage_ms_per_doc"] = round(1000 * stage[0] / max(len(documents), 1), 2)
    return figures, errors


def _slips(document: Document, baseline: set[Mention], ours: set[Mention], kind: str) -> list[str]:
    """Spans of one type where watchdesk and natasha disagree, with the gold verdict."""
    lines = []
    for mention in sorted(m for m in baseline ^ ours if m[2] == kind):
        start, end, _ = mention
        who = "natasha only" if mention in baseline else "watchdesk only"
        verdict = "gold" if mention in document.gold else "not gold"
        lines.append(f"{document.name} {who:14} {verdict:8} {document.text[start:end]!r}")
    return lines


def format_report(figures: dict[str, Any]) -> str:
    """Print both systems side by side: exact-span and token P/R/F1 per type, docs/s."""
    lines = [f"factRuEval-2016 test: {figures['documents']} documents"]
    lines.append(f"{'':10}{'bare natasha':>36}{'watchdesk':>36}")
    for scoring in ("exact", "token"):
        lines.append(f"{scoring + ' P/R/F1':10}")
        for kind in TYPES:
            row = f"  {kind:8}"
            for system in ("natasha", "watchdesk"):
                p, r, f = figures[system][kind][scoring]
                row += f"{p:>12.3f}{r:>12.3f}{f:>12.3f}"
            lines.append(row)
    lines.append(
        f"{'docs/s':10}{figures['natasha']['docs_per_s']:>36.2f}"
        f"{figures['watchdesk']['docs_per_s']:>36.2f}"
    )
    lines.append(
        f"watchdesk's entity stage alone (after the parse): "
        f"{figures['entity_stage_ms_per_doc']:.2f} ms per document"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument("--errors", choices=TYPES, help="list disagreements on one type")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no factRuEval data at {args.data}", file=sys.stderr)
        return 2
    figures, errors = run(load_documents(args.data, args.limit), args.errors)
    print(json.dumps(figures, indent=1) if args.json else format_report(figures))
    for line in errors:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
