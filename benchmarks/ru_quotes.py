"""Benchmark: Russian attribution on real sentences, token F1 against the ru-quotes-adaq gold.

The set (Ustinova 2023; `/work/shared/eval-data/ru-quotes-adaq`, non-commercial, evaluation only:
nothing of it is copied into the project) tags each token of 208 SynTagRus sentences as `source`
(the speaker mention), `cue` (the reporting verb or marker), `content` (the reported words) or
`None`. The thesis publishes token-level F1 per label; this script scores watchdesk the same way:

- each sentence runs through `watchdesk.pipeline.annotate` as a one-sentence Russian article (the
  path `watchdesk analyze --lang ru` takes; no database);
- every predicted statement labels the set's own tokens, mapped onto the sentence by character
  offsets: tokens inside the speaker mention are `source`, inside the cue `cue`, inside the content
  `content`. A token two statements label differently keeps source or cue over content (a nested
  attribution's speaker and verb are more specific than the outer words around them);
- precision, recall and F1 per label are counted over all tokens of the set (micro); a second
  content figure follows the set's edge convention (`with_set_edges`), the headline does not;
- speed: sentences per CPU-second of `annotate` and of natasha's bare parse, and the statement
  stage's own milliseconds a sentence on those parses, in the same run.

Usage: `python benchmarks/ru_quotes.py [--data DIR] [--errors] [--json]`. `--errors` prints the
misses grouped by label to the terminal (the text stays out of files and commits).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from watchdesk.nlp.parse import Parser
from watchdesk.nlp.ru.entities import find_entities_ru
from watchdesk.nlp.ru.parse import parse_ru
from watchdesk.nlp.ru.statements import find_statements_ru
from watchdesk.pipeline import annotate
from watchdesk.records import Article, Span, Statement

DATA = Path("/work/shared/eval-data/ru-quotes-adaq")
LABELS = ("source", "cue", "content")
# Thesis Tables 3.5/3.6/3.12/3.13, Russian: the CRF pipeline trained on English PARC 3.0.
PUBLISHED = {"source": 0.50, "cue": 0.75, "content": 0.79}
_PRIORITY = {"source": 2, "cue": 1, "content": 0}


@dataclass(frozen=True, slots=True)
class GoldToken:
    text: str
    start: int
    end: int
    tag: str  # one of LABELS or "None"


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str
    text: str
    tokens: tuple[GoldToken, ...]


def load(root: Path = DATA) -> list[Sentence]:
    """Read the set's sentences and place each of its tokens in the sentence text."""
    texts: dict[str, str] = {}
    with (root / "ru_sentences.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            texts[row["sentence_id"]] = row["sentences"]
    rows: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    with (root / "ru_tokens.tsv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        next(reader)
        for _lemma, word, sentence_id, index, tag in reader:
            rows[sentence_id].append((int(index), word, tag))
    return [_place(sid, texts[sid], sorted(tokens)) for sid, tokens in rows.items()]


def _place(sentence_id: str, text: str, tokens: Iterable[tuple[int, str, str]]) -> Sentence:
    placed: list[GoldToken] = []
    cursor = 0
    for _index, word, tag in tokens:
        start = text.find(word, cursor)
        if start < 0:  # a token the sentence spells otherwise: give it no characters
            placed.append(GoldToken(word, cursor, cursor, tag))
            continue
        placed.append(GoldToken(word, start, start + len(word), tag))
        cursor = start + len(word)
    return Sentence(sentence_id, text, tuple(placed))


def _inside(token: GoldToken, span: Span | None) -> bool:
    """At least half of the token's characters lie in the span."""
    if span is None or token.end <= token.start:
        return False
    shared = min(token.end, span.end) - max(token.start, span.start)
    return shared * 2 >= token.end - token.start


def predicted_tags(sentence: Sentence, statements: Sequence[Statement]) -> list[str]:
    """One label per gold token from the predicted statements (source/cue over content)."""
    tags = ["None"] * len(sentence.tokens)
    for statement in statements:
        spans = {
            "source": statement.speaker_span,
            "cue": statement.cue_span,
            "content": statement.span,
        }
        for i, token in enumerate(sentence.tokens):
            for label, span in spans.items():
                if _inside(token, span) and (
                    tags[i] == "None" or _PRIORITY[label] > _PRIORITY[tags[i]]
                ):
                    tags[i] = label
    return tags


_QUOTE_MARKS = frozenset('"«»„“')
_COMPLEMENTIZERS = frozenset({"что", "будто", "чтобы"})


def with_set_edges(sentence: Sentence, tags: Sequence[str]) -> list[str]:
    """The set's own content convention, for a second figure beside the strict one.

    The gold's content takes the quotation marks around quoted words and the complementizer
    («что», «будто») before a reported clause; watchdesk's content span leaves them out by
    contract. Marks and complementizers right at a predicted content's edges count as content.
    """
    edged = list(tags)
    for i, tag in enumerate(tags):
        if tag != "None":
            continue
        word = sentence.tokens[i].text.lower()
        after = tags[i + 1] if i + 1 < len(tags) else "None"
        before = tags[i - 1] if i else "None"
        opens = word in _QUOTE_MARKS | _COMPLEMENTIZERS and after == "content"
        if opens or (word in _QUOTE_MARKS and before == "content"):
            edged[i] = "content"
    return edged


def score(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, dict[str, float]]:
    """Token precision, recall and F1 per label."""
    out: dict[str, dict[str, float]] = {}
    for label in LABELS:
        hit = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        said = sum(1 for p in predicted if p == label)
        true = sum(1 for g in gold if g == label)
        precision = hit / said if said else 0.0
        recall = hit / true if true else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = {"precision": precision, "recall": recall, "f1": f1}
    return out


Scored = tuple["Sentence", list[str], Sequence[Statement]]


def evaluate(
    sentences: Sequence[Sentence], parser: Parser
) -> tuple[dict[str, object], list[Scored]]:
    """Annotate every sentence, score its tokens, and time the parse and the statement stage."""
    gold: list[str] = []
    predicted: list[str] = []
    edged: list[str] = []
    per_sentence: list[Scored] = []
    # natasha's models load on first use; that is not the annotation's speed.
    annotate(Article(url="warm-up", title="", text="Он сказал.", language="ru"), parser)
    started = time.process_time()
    for sentence in sentences:
        article = Article(url=sentence.id, title="", text=sentence.text, language="ru")
        statements = annotate(article, parser).statements
        tags = predicted_tags(sentence, statements)
        gold.extend(t.tag for t in sentence.tokens)
        predicted.extend(tags)
        edged.extend(with_set_edges(sentence, tags))
        per_sentence.append((sentence, tags, statements))
    elapsed = time.process_time() - started
    # The bare parse and the statement stage alone, over the same sentences in the same run:
    # these machines are noisy, and the stage's own cost is what the rules add.
    started = time.process_time()
    docs = [parse_ru(sentence.text) for sentence in sentences]
    parsed = time.process_time() - started
    entities = [find_entities_ru(doc) for doc in docs]
    started = time.process_time()
    for doc, found in zip(docs, entities, strict=True):
        find_statements_ru(doc, found)
    stage = time.process_time() - started
    gold_quote = [any(t.tag != "None" for t in s.tokens) for s in sentences]
    said_quote = [bool(st) for _s, _t, st in per_sentence]
    hit = sum(g and p for g, p in zip(gold_quote, said_quote, strict=True))
    p_q = hit / sum(said_quote) if any(said_quote) else 0.0
    r_q = hit / sum(gold_quote) if any(gold_quote) else 0.0
    result: dict[str, object] = {
        "sentences": len(sentences),
        "tokens": len(gold),
        "labels": score(gold, predicted),
        "labels_with_set_edges": score(gold, edged),
        "quote_sentence_f1": 2 * p_q * r_q / (p_q + r_q) if p_q + r_q else 0.0,
        "published_f1": PUBLISHED,
        "sentences_per_second": len(sentences) / elapsed if elapsed else 0.0,
        "parse_sentences_per_second": len(sentences) / parsed if parsed else 0.0,
        "statement_stage_ms_per_sentence": 1000 * stage / len(sentences) if sentences else 0.0,
    }
    return result, per_sentence


def format_report(result: dict[str, object]) -> str:
    labels = result["labels"]
    assert isinstance(labels, dict)
    lines = [
        f"ru-quotes-adaq: {result['sentences']} sentences, {result['tokens']} tokens",
        f"{'label':<8} {'P':>6} {'R':>6} {'F1':>6}  published F1",
    ]
    for label in LABELS:
        figures = labels[label]
        lines.append(
            f"{label:<8} {figures['precision']:6.3f} {figures['recall']:6.3f} "
            f"{figures['f1']:6.3f}  {PUBLISHED[label]:.2f}"
            + ("  above" if figures["f1"] > PUBLISHED[label] else "  BELOW")
        )
    edges = result["labels_with_set_edges"]
    assert isinstance(edges, dict)
    lines.append(
        f"content F1 {edges['content']['f1']:.3f} with the set's edges (quotation marks and "
        "«что» around the words count as content; watchdesk's span leaves them out)"
    )
    lines.append(f"quote-sentence F1 {result['quote_sentence_f1']:.3f} (published 0.94)")
    speed, bare = result["sentences_per_second"], result["parse_sentences_per_second"]
    assert isinstance(speed, float)
    assert isinstance(bare, float)
    lines.append(
        f"{speed:.1f} sentences per CPU-second (annotate), {bare:.1f} (bare natasha parse); "
        f"statement stage {result['statement_stage_ms_per_sentence']:.2f} ms a sentence"
    )
    return "\n".join(lines)


def format_errors(per_sentence: Sequence[Scored]) -> str:
    """Misses grouped by label: gold words not found, then words labelled but not in the gold."""
    missed: dict[str, list[str]] = defaultdict(list)
    extra: dict[str, list[str]] = defaultdict(list)
    for sentence, tags, statements in per_sentence:
        pairs = list(zip(sentence.tokens, tags, strict=True))
        shown = f"\n    | {sentence.text}{_described(statements)}"
        for label in LABELS:
            lost = [t.text for t, p in pairs if t.tag == label and p != label]
            wrong = [t.text for t, p in pairs if p == label and t.tag != label]
            if lost:
                missed[label].append(f"  {sentence.id}: {' '.join(lost)}{shown}")
            if wrong:
                extra[label].append(f"  {sentence.id}: {' '.join(wrong)}{shown}")
    out: list[str] = []
    for label in LABELS:
        out.append(f"== {label}: gold tokens missed in {len(missed[label])} sentences")
        out.extend(missed[label])
        out.append(f"== {label}: tokens labelled wrongly in {len(extra[label])} sentences")
        out.extend(extra[label])
    return "\n".join(out)


def _described(statements: Sequence[Statement]) -> str:
    return "".join(
        f"\n    > [{s.speaker_mention}] <{s.cue}> {s.kind}: {s.content}" for s in statements
    )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    arguments.add_argument("--data", type=Path, default=DATA, help="the set's folder")
    arguments.add_argument("--errors", action="store_true", help="print misses by label")
    arguments.add_argument("--json", action="store_true", help="print the figures as JSON")
    options = arguments.parse_args(argv)
    if not (options.data / "ru_tokens.tsv").exists():
        print(f"ru-quotes-adaq not found in {options.data}", file=sys.stderr)
        return 2
    sentences = load(options.data)
    result, per_sentence = evaluate(sentences, Parser())
    if options.errors:
        print(format_errors(per_sentence))
    print(json.dumps(result, indent=2) if options.json else format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
