"""Benchmark: English statement attribution on real news, scored against PolNeAR's test split.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates US political news with attributions:
Source, Cue and Content spans joined by an Attribution event, in brat standoff files
(`attributions/<article>_<annotator>.ann`, character offsets into `text/<article>.txt`). The set
lives in the shared evaluation data and is never copied into the project.

What is scored, and how:

- one annotator per article: the first one that `metadata.tsv` lists for it (the others of the
  two articles annotated six times are ignored), or the alphabetically first file if unlisted;
- every Attribution event with a Content is a gold attribution; discontinuous contents (and a
  second Content) count as the set of their characters;
- a predicted statement (from `watchdesk.pipeline.annotate`, the entry `watchdesk analyze` uses)
  matches a gold attribution when their contents share at least half of the characters of the
  longer of the two (the rule of `benchmarks/attribution.py`); pairs are made one-to-one,
  greedily, best overlap first; the speaker is not required to match;
- precision: matched predictions over all predictions (every gold attribution counts, speech or
  not); recall over all attributions, and over speech attributions alone: those whose cue holds a
  word of saying (`SPEECH_LEMMAS` below, by spaCy lemma) or is "according to";
- speaker accuracy over matched pairs whose gold has a Source: the statement's `speaker_span`
  (where the text names the speaker; for records without one, the mention nearest the cue)
  overlaps the Source span (pronouns are not resolved in the gold, so "he" counts as "he");
- units: PolNeAR makes one attribution of a quote that goes on after its cue's sentence
  ('"X," she said. "Y."'), where watchdesk emits a further statement with an empty cue (its own
  mark of a continuation, see `watchdesk/nlp/statements.py`). The main figures join each such
  continuation to the statement it continues (span from the first to the last) before matching;
  likewise PolNeAR makes one attribution of "said that X, that Y and that Z", where watchdesk
  emits one statement per claim with the same cue: those are joined too. As the gold counts
  the characters of its content fragments, a prediction counts those of its own words: a
  direct statement's quoted words (not the cue between the halves of a split quote or between
  a quote and its continuation), any other statement's span less a speaker and cue inside it
  ("X, he said, Y"). The line "as emitted" scores the
  statements exactly as the pipeline gives them, each by its whole span;
- a lenient line repeats P/R with "half of the shorter span" instead of the longer, for
  comparison with scorers that accept a cut-down or padded content;
- throughput: articles per CPU-second of `annotate` over the whole split.

Usage: `python benchmarks/polnear.py [--data DIR] [--errors] [--json] [--limit N]`.
`--errors` prints misses and false alarms grouped by cue, to the terminal only.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from attribution import pair_best_first  # the same one-to-one matching as our own corpora

from watchdesk.nlp.parse import Parser
from watchdesk.nlp.quotes import find_quotes
from watchdesk.pipeline import annotate
from watchdesk.records import Article, Span, Statement

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval-data" / "polnear-test"
MIN_OVERLAP = 0.5

# Lemmas of verbs (and nouns) of saying: a cue holding one makes a speech attribution. Thoughts,
# beliefs, intentions and feelings ("believes", "wants", "fears") are attributions, not speech.
SPEECH_LEMMAS = frozenset(
    {"say", "tell", "add", "state", "announce", "claim", "write", "report", "ask", "reply"}
    | {"respond", "explain", "insist", "argue", "declare", "note", "tweet", "comment", "remark"}
    | {"acknowledge", "admit", "deny", "warn", "urge", "predict", "suggest", "stress", "repeat"}
    | {"reiterate", "confirm", "testify", "answer", "quote", "describe", "complain", "praise"}
    | {"criticize", "criticise", "accuse", "blast", "slam", "counter", "concede", "recall"}
    | {"assert", "maintain", "contend", "promise", "pledge", "vow", "threaten", "question"}
    | {"mention", "speak", "talk", "joke", "quip", "call", "reveal", "disclose", "allege"}
    | {"agree", "disagree", "dispute", "reject", "dismiss", "defend", "attack", "demand"}
    | {"push", "point", "emphasize", "emphasise", "indicate", "signal", "caution", "concede"}
    | {"statement", "remark", "interview", "tweet", "post", "announcement", "speech", "letter"}
    | {"editorial", "op", "email", "memo", "release", "testimony", "endorse", "endorsement"}
    | {"accord"}  # "according to"
)


# -- the gold --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Gold:
    """One annotated attribution: content fragments, cue fragments, source fragments."""

    content: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    cue_text: str
    speech: bool = False

    @property
    def start(self) -> int:
        return min(a for a, _ in self.content)

    @property
    def end(self) -> int:
        return max(b for _, b in self.content)


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    annotator: str
    text: str
    gold: tuple[Gold, ...]


def _fragments(spans: str) -> tuple[tuple[int, int], ...]:
    pairs = (part.split() for part in spans.split(";"))
    return tuple((int(a), int(b)) for a, b in pairs)


def read_ann(path: Path) -> list[Gold]:
    """Read the Attribution events of one brat file."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...], str]] = {}
    events: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            ident, middle, *rest = line.split("\t")
            label, _, offsets = middle.partition(" ")
            spans[ident] = (label, _fragments(offsets), rest[0] if rest else "")
        elif line.startswith("E"):
            events.append(line.split("\t", 1)[1])
    found: list[Gold] = []
    for event in events:
        roles: dict[str, list[str]] = defaultdict(list)
        for part in event.split():
            role, _, ident = part.partition(":")
            roles[role.rstrip("0123456789")].append(ident)
        content = tuple(f for ident in roles["Content"] for f in spans[ident][1])
        if not content:
            continue
        cue = tuple(f for ident in roles["Cue"] for f in spans[ident][1])
        source = tuple(f for ident in roles["Source"] for f in spans[ident][1])
        cue_text = " ".join(spans[ident][2] for ident in roles["Cue"])
        found.append(Gold(tuple(sorted(content)), cue, source, cue_text))
    return found


def _annotators(root: Path) -> dict[str, list[str]]:
    listed: dict[str, list[str]] = {}
    metadata = root / "metadata.tsv"
    if metadata.exists():
        with metadata.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                listed[row["filename"]] = row["annotators"].split("|")
    return listed


def load(root: Path, limit: int | None = None) -> list[Document]:
    """Every article with its first annotator's attributions."""
    listed = _annotators(root)
    documents: list[Document] = []
    for text_path in sorted((root / "text").glob("*.txt"))[:limit]:
        name = text_path.stem
        files = sorted((root / "attributions").glob(f"{name}_*.ann"))
        if not files:
            continue
        by_annotator = {f.stem[len(name) + 1 :]: f for f in files}
        first = next((a for a in listed.get(name, []) if a in by_annotator), min(by_annotator))
        text = text_path.read_text(encoding="utf-8")
        documents.append(Document(name, first, text, tuple(read_ann(by_annotator[first]))))
    return documents


def with_speech(document: Document, parser: Parser) -> Document:
    """Mark the speech attributions, by the spaCy lemmas of their cue words."""
    doc = parser.parse_text(document.text)
    marked: list[Gold] = []
    for gold in document.gold:
        lemmas = {
            t.lemma_.lower()
            for a, b in gold.cue
            for t in (doc.char_span(a, b, alignment_mode="expand") or ())
        }
        speech = bool(lemmas & SPEECH_LEMMAS) or "according" in gold.cue_text.lower()
        marked.append(Gold(gold.content, gold.cue, gold.source, gold.cue_text, speech))
    return Document(document.name, document.annotator, document.text, tuple(marked))


# -- matching --------------------------------------------------------------------------------------


def _shared(fragments: Sequence[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(b, end) - max(a, start)) for a, b in fragments)


Fragments = tuple[tuple[int, int], ...]


def overlap(gold: Gold, predicted: Fragments, *, lenient: bool = False) -> float:
    """Shared characters over the longer content (the shorter, when lenient)."""
    gold_length = sum(b - a for a, b in gold.content)
    lengths = (gold_length, sum(b - a for a, b in predicted))
    base = min(lengths) if lenient else max(lengths)
    shared = sum(_shared(gold.content, a, b) for a, b in predicted)
    return shared / base if base > 0 else 0.0


def match(
    gold: Sequence[Gold], predicted: Sequence[Fragments], *, lenient: bool = False
) -> list[tuple[int, int]]:
    """Pair gold and predicted one-to-one, best overlap first."""
    candidates = [
        (ratio, g, p)
        for g, item in enumerate(gold)
        for p, fragments in enumerate(predicted)
        if (ratio := overlap(item, fragments, lenient=lenient)) >= MIN_OVERLAP
    ]
    return pair_best_first(candidates)


def whole_span(statement: Statement) -> Fragments:
    return ((statement.span.start, statement.span.end),)


def own_words(statement: Statement, quotes: Sequence[Span]) -> Fragments:
    """The characters a statement gives as the speaker's words: a direct statement's quoted
    words (the cue of a split quote, '"A," she said, "B."', is not), any other its span."""
    start, end = statement.span.start, statement.span.end
    if statement.kind == "direct":
        inside = tuple((q.start, q.end) for q in quotes if start <= q.start and q.end <= end)
        if inside:
            return inside
    # "Beyond that, he said, the bank may …": the speaker and cue inside the span are not words
    # of the claim, as the gold's content leaves them out.
    marks = [
        m
        for m in (statement.cue_span, statement.speaker_span)
        if m is not None and start < m.start and m.end < end
    ]
    if statement.cue_span in marks:
        low, high = min(m.start for m in marks), max(m.end for m in marks)
        return ((start, low), (high, end))
    return whole_span(statement)


def joined_continuations(
    statements: Sequence[Statement], text: str = ""
) -> tuple[list[Statement], list[Fragments]]:
    """Join each continued quote (direct, empty cue, same speaker) to the statement before it,
    and the claims one cue reports one after another ("said that X and that Y"); with each
    joined statement, the characters of its parts' own words."""
    quotes = find_quotes(text)
    joined: list[Statement] = []
    words: list[Fragments] = []
    for statement in statements:
        previous = joined[-1] if joined else None
        same_cue = (
            previous is not None
            and statement.cue != ""
            and statement.cue_span is not None
            and statement.cue_span == previous.cue_span
        )
        continues = (
            previous is not None
            and ((statement.kind == "direct" and statement.cue == "") or same_cue)
            and statement.speaker == previous.speaker
            and previous.span.end <= statement.span.start
        )
        if previous is not None and continues:
            joined[-1] = replace(previous, span=Span(previous.span.start, statement.span.end))
            words[-1] = (*words[-1], *own_words(statement, quotes))
        else:
            joined.append(statement)
            words.append(own_words(statement, quotes))
    return joined, words


def speaker_span(text: str, statement: Statement) -> tuple[int, int] | None:
    """Where the speaker's mention stands: the record's span, else the mention nearest the cue."""
    recorded = getattr(statement, "speaker_span", None)
    if recorded is not None:
        return recorded.start, recorded.end
    mention = statement.speaker_mention
    if not mention:
        return None
    cue = statement.cue_span or statement.span
    pattern = re.compile(rf"(?<!\w){re.escape(mention)}(?!\w)", re.IGNORECASE)
    hits = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not hits:
        return None
    return min(hits, key=lambda h: min(abs(h[0] - cue.end), abs(h[1] - cue.start)))


# -- scoring ---------------------------------------------------------------------------------------


@dataclass
class Tally:
    gold: int = 0
    speech: int = 0
    predicted: int = 0
    matched: int = 0
    matched_speech: int = 0
    lenient_matched: int = 0
    lenient_matched_speech: int = 0
    emitted: int = 0  # statements as the pipeline gives them, continuations apart
    emitted_matched: int = 0
    emitted_matched_speech: int = 0
    with_source: int = 0
    speaker_right: int = 0
    misses: list[tuple[Gold, str, str]] = field(default_factory=list)  # gold, context, nearest
    false_alarms: list[tuple[Statement, str]] = field(default_factory=list)


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def score(document: Document, emitted: Sequence[Statement], tally: Tally) -> None:
    gold = document.gold
    as_emitted = match(gold, [whole_span(s) for s in emitted])
    tally.emitted += len(emitted)
    tally.emitted_matched += len(as_emitted)
    tally.emitted_matched_speech += sum(gold[g].speech for g, _ in as_emitted)
    predicted, words = joined_continuations(emitted, document.text)
    tally.gold += len(gold)
    tally.speech += sum(g.speech for g in gold)
    tally.predicted += len(predicted)
    pairs = match(gold, words)
    lenient = match(gold, words, lenient=True)
    tally.matched += len(pairs)
    tally.matched_speech += sum(gold[g].speech for g, _ in pairs)
    tally.lenient_matched += len(lenient)
    tally.lenient_matched_speech += sum(gold[g].speech for g, _ in lenient)
    for g, p in pairs:
        if not gold[g].source:
            continue
        tally.with_source += 1
        found = speaker_span(document.text, predicted[p])
        if found is not None and _shared(gold[g].source, *found) > 0:
            tally.speaker_right += 1
    matched_gold = {g for g, _ in pairs}
    matched_predicted = {p for _, p in pairs}
    for g, item in enumerate(gold):
        if g in matched_gold:
            continue
        touching = [
            (overlap(item, w), s)
            for s, w in zip(predicted, words, strict=True)
            if _shared(item.content, s.span.start, s.span.end)
        ]
        nearest = ""
        if touching:
            ratio, statement = max(touching, key=lambda pair: pair[0])
            nearest = f"{ratio:.0%} «{statement.content[:100]}»"
        tally.misses.append((item, _context(document.text, item.start, item.end), nearest))
    for p, statement in enumerate(predicted):
        if p not in matched_predicted:
            context = _context(document.text, statement.span.start, statement.span.end)
            tally.false_alarms.append((statement, context))


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def figures(tally: Tally, documents: int, seconds: float) -> dict[str, float]:
    precision = _ratio(tally.matched, tally.predicted)
    recall = _ratio(tally.matched, tally.gold)
    return {
        "articles": float(documents),
        "gold_attributions": float(tally.gold),
        "gold_speech": float(tally.speech),
        "predicted_statements": float(tally.predicted),
        "precision": precision,
        "recall_all": recall,
        "f1_all": _f1(precision, recall),
        "recall_speech": _ratio(tally.matched_speech, tally.speech),
        "lenient_precision": _ratio(tally.lenient_matched, tally.predicted),
        "lenient_recall_all": _ratio(tally.lenient_matched, tally.gold),
        "lenient_recall_speech": _ratio(tally.lenient_matched_speech, tally.speech),
        "emitted_precision": _ratio(tally.emitted_matched, tally.emitted),
        "emitted_recall_all": _ratio(tally.emitted_matched, tally.gold),
        "emitted_recall_speech": _ratio(tally.emitted_matched_speech, tally.speech),
        "speaker_accuracy": _ratio(tally.speaker_right, tally.with_source),
        "articles_per_cpu_s": documents / seconds if seconds > 0 else float("inf"),
    }


def format_report(f: dict[str, float]) -> str:
    return "\n".join(
        [
            f"PolNeAR test: {f['articles']:.0f} articles, {f['gold_attributions']:.0f} gold "
            f"attributions ({f['gold_speech']:.0f} speech), "
            f"{f['predicted_statements']:.0f} predicted",
            f"  statements  P {f['precision']:.3f}  R(all) {f['recall_all']:.3f}  "
            f"F1(all) {f['f1_all']:.3f}  R(speech) {f['recall_speech']:.3f}",
            f"  lenient     P {f['lenient_precision']:.3f}  R(all) {f['lenient_recall_all']:.3f}  "
            f"R(speech) {f['lenient_recall_speech']:.3f}   (half of the shorter content)",
            f"  as emitted  P {f['emitted_precision']:.3f}  R(all) {f['emitted_recall_all']:.3f}  "
            f"R(speech) {f['emitted_recall_speech']:.3f}   (continued quotes not joined)",
            f"  speaker (mention overlaps the Source) on matched pairs: "
            f"{f['speaker_accuracy']:.3f}",
            f"  throughput  {f['articles_per_cpu_s']:.2f} articles/s/core (annotate)",
        ]
    )


def format_errors(tally: Tally) -> str:
    """Misses grouped by cue word (speech first), then false alarms grouped by our cue."""
    lines: list[str] = []
    by_cue: dict[tuple[bool, str], list[tuple[Gold, str, str]]] = defaultdict(list)
    for miss in tally.misses:
        gold = miss[0]
        by_cue[(gold.speech, gold.cue_text.lower())].append(miss)
    ordered = sorted(by_cue.items(), key=lambda item: (not item[0][0], -len(item[1])))
    lines.append(f"== misses: {len(tally.misses)} ==")
    for (speech, cue), misses in ordered:
        lines.append(f"-- cue {cue!r} ({'speech' if speech else 'other'}): {len(misses)}")
        for _, context, nearest in misses:
            lines.append(f"   {context}")
            if nearest:
                lines.append(f"      nearest {nearest}")
    grouped: dict[str, list[tuple[Statement, str]]] = defaultdict(list)
    for statement, context in tally.false_alarms:
        grouped[statement.cue.lower()].append((statement, context))
    lines.append(f"== false alarms: {len(tally.false_alarms)} ==")
    for cue, items in sorted(grouped.items(), key=lambda item: -len(item[1])):
        lines.append(f"-- cue {cue!r}: {len(items)}")
        for statement, context in items:
            lines.append(f"   {statement.speaker} ({statement.kind}): {context}")
    counts = Counter(cue for (_, cue), misses in by_cue.items() for _ in misses)
    lines.append("== most missed cues: " + ", ".join(f"{c} {n}" for c, n in counts.most_common(25)))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    options = _arguments().parse_args(argv)
    root: Path = options.data
    if not (root / "text").is_dir():
        print(f"no PolNeAR data under {root}", file=sys.stderr)
        return 2
    parser = Parser()
    documents = [with_speech(d, parser) for d in load(root, options.limit)]
    tally = Tally()
    seconds = 0.0
    for document in documents:
        article = Article(
            url=f"polnear:{document.name}", title="", text=document.text, language="en"
        )
        started = time.process_time()
        processed = annotate(article, parser)
        seconds += time.process_time() - started
        score(document, processed.statements, tally)
    result = figures(tally, len(documents), seconds)
    if options.json:
        print(json.dumps(result, indent=2))
    else:
        print(format_report(result))
    if options.errors:
        print(format_errors(tally))
    return 0


def _arguments() -> argparse.ArgumentParser:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    arguments.add_argument("--data", type=Path, default=DATA, metavar="DIR")
    arguments.add_argument("--errors", action="store_true", help="print misses and false alarms")
    arguments.add_argument("--json", action="store_true", help="print the figures as JSON")
    arguments.add_argument("--limit", type=int, default=None, help="only the first N articles")
    return arguments


if __name__ == "__main__":
    sys.exit(main())
