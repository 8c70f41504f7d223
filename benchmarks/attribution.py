"""Benchmark: statement attribution and time normalisation scored against the annotated corpus.

Runs the real pipeline (`watchdesk.pipeline.annotate`) on every passage of
`benchmarks/corpora/attribution/<lang>/*.json` and prints, per language:

- statements P/R/F1: a prediction matches a gold statement when their content spans overlap by at
  least half of the longer span (character overlap ratio: shared characters / characters of the
  longer span) and the speaker matches (`speaker_matches`); pairs are made one-to-one, greedily,
  best overlap first;
- content P/R/F1: the same, ignoring the speaker;
- speaker, kind, polarity and modality accuracy over the content-matched pairs;
- time accuracy (gold times found with the right value, and the right end for ranges, over gold
  times) and time precision (predicted times that hit a gold time with its value, over predicted);
- throughput: articles per CPU-second (articles/second/core) of `annotate` and of the bare parse
  (spaCy's `nlp(text)` for English; natasha's for Russian where watchdesk has it) over the same
  texts, measured in the same run, and their ratio; for spaCy also the batched `nlp.pipe`.

A language the pipeline cannot annotate yet is reported as "no annotator yet", not as zeros.

Usage: `python benchmarks/attribution.py [--lang en|ru|all] [--corpus DIR] [--errors] [--json]
[--check FLOORS]`. `--corpus` scores another corpus of the same layout (`<lang>/*.json`), such as
the held-out set `benchmarks/corpora/attribution-heldout`.
`--check` exits 1 when a figure falls below its floor in FLOORS (`{"en": {"statement_f1": 0.6}}`);
a floor for a figure that could not be measured (no annotator for the language) also fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from watchdesk.errors import ModelMissing
from watchdesk.nlp.aliases import canonical_key, name_words
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import annotate
from watchdesk.records import Article, ProcessedArticle, Statement, TimeMention

if TYPE_CHECKING:
    from spacy.language import Language

CORPUS = Path(__file__).parent / "corpora" / "attribution"
LANGUAGES = ("en", "ru")
MIN_OVERLAP = 0.5  # shared characters over the longer span's characters
THROUGHPUT_ROUNDS = 3  # best of N passes over the corpus, to damp noise from other processes


# -- the corpus ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldStatement:
    """One statement as the annotator recorded it, located in the passage text."""

    speaker: str
    speakers: tuple[str, ...]
    cue: str
    content: str
    start: int
    kind: str
    polarity: str
    modality: str

    @property
    def end(self) -> int:
        return self.start + len(self.content)


@dataclass(frozen=True, slots=True)
class GoldTime:
    """One time expression with its resolved value (and end, for a range)."""

    text: str
    start: int
    value: str
    end_value: str | None

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Passage:
    """One annotated corpus file."""

    id: str
    language: str
    published: date
    style: str
    text: str
    statements: tuple[GoldStatement, ...]
    times: tuple[GoldTime, ...]


def locate(text: str, needle: str, start: int | None = None) -> int:
    """Return where `needle` starts in `text`: at `start` when given, else its first occurrence."""
    if start is not None:
        if text[start : start + len(needle)] != needle:
            raise ValueError(f"{needle!r} is not at offset {start}")
        return start
    found = text.find(needle)
    if found < 0:
        raise ValueError(f"{needle!r} is not in the text")
    return found


def load_passage(path: Path) -> Passage:
    """Read one corpus file; contents and time texts must be exact substrings of the text."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    text: str = raw["text"]
    statements = tuple(
        GoldStatement(
            speaker=item["speaker"],
            speakers=tuple(item.get("speakers") or [item["speaker"]]),
            cue=item.get("cue", ""),
            content=item["content"],
            start=locate(text, item["content"], item.get("start")),
            kind=item["kind"],
            polarity=item.get("polarity", "affirm"),
            modality=item.get("modality", "asserted"),
        )
        for item in raw["statements"]
    )
    times = tuple(
        GoldTime(
            text=item["text"],
            start=locate(text, item["text"], item.get("start")),
            value=item["value"],
            end_value=item.get("end"),
        )
        for item in raw.get("times", [])
    )
    return Passage(
        id=raw["id"],
        language=path.parent.name,
        published=date.fromisoformat(raw["published"]),
        style=raw.get("style", ""),
        text=text,
        statements=statements,
        times=times,
    )


def load_corpus(language: str, root: Path = CORPUS) -> list[Passage]:
    """Read every passage of one language, in file order."""
    return [load_passage(path) for path in sorted((root / language).glob("*.json"))]


# -- matching --------------------------------------------------------------------------------------


def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Return the characters two spans share over the length of the longer one (0 to 1)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    return max(shared, 0) / longer if longer > 0 else 0.0


def _surname(name: str) -> str:
    words = name_words(name)
    return words[-1] if words else ""


def _contains_words(longer: str, shorter: str) -> bool:
    # Whole-word containment, so that "nrv" does not sit inside "nrvx".
    return bool(shorter) and f" {shorter} " in f" {longer} "


def names_match(gold: str, predicted: str, *, predicted_is_person: bool = True) -> bool:
    """Say whether a predicted speaker names the gold one.

    Same canonical key ("Zelenskyy" = "Zelensky"); or, for a person, the same surname
    ("Halloran" = "Maeve Halloran"); or, for institutions and groups, one key inside the other
    ("the ministry" = "Interior Ministry", "Norvaland's Interior Ministry" = "Interior Ministry").
    """
    gold_key, predicted_key = canonical_key(gold), canonical_key(predicted)
    if not gold_key or not predicted_key:
        return False
    if gold_key == predicted_key:
        return True
    if predicted_is_person:
        return _surname(gold) == _surname(predicted)
    return _contains_words(gold_key, predicted_key) or _contains_words(predicted_key, gold_key)


def speaker_matches(gold: GoldStatement, predicted: Statement) -> bool:
    """Say whether the predicted speaker is the gold speaker or one of the gold co-speakers."""
    is_person = predicted.speaker_kind == "person"
    return any(
        names_match(name, predicted.speaker, predicted_is_person=is_person)
        for name in (gold.speaker, *gold.speakers)
    )


def _predicted_span(statement: Statement) -> tuple[int, int]:
    return statement.span.start, statement.span.end


def _gold_span(statement: GoldStatement) -> tuple[int, int]:
    return statement.start, statement.end


def match_statements(
    gold: Sequence[GoldStatement],
    predicted: Sequence[Statement],
    *,
    with_speaker: bool,
) -> list[tuple[int, int]]:
    """Pair gold and predicted statements one-to-one, best overlap first; return index pairs."""
    candidates: list[tuple[float, int, int]] = []
    for g, gold_statement in enumerate(gold):
        for p, predicted_statement in enumerate(predicted):
            ratio = overlap_ratio(_gold_span(gold_statement), _predicted_span(predicted_statement))
            if ratio < MIN_OVERLAP:
                continue
            if with_speaker and not speaker_matches(gold_statement, predicted_statement):
                continue
            candidates.append((ratio, g, p))
    return pair_best_first(candidates)


def pair_best_first(candidates: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one (gold, predicted) index pairs from scored candidates, best score first."""
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for _, g, p in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if g not in used_gold and p not in used_predicted:
            pairs.append((g, p))
            used_gold.add(g)
            used_predicted.add(p)
    return sorted(pairs)


def time_matches(gold: GoldTime, predicted: TimeMention) -> bool:
    """Say whether a predicted time touches the gold one with the same value (and end)."""
    touches = predicted.span.start < gold.end and gold.start < predicted.span.end
    if not touches or predicted.value != gold.value:
        return False
    return gold.end_value is None or predicted.end == gold.end_value


# -- scoring ---------------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts for one language, added up passage by passage."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0  # content and speaker
    content_matched: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    polarity_right: int = 0
    modality_right: int = 0
    gold_times: int = 0
    predicted_times: int = 0
    times_found: int = 0
    predicted_times_right: int = 0
    errors: list[str] = field(default_factory=list)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _describe_gold(statement: GoldStatement) -> str:
    speakers = " + ".join(statement.speakers)
    labels = f"{statement.kind}/{statement.polarity}/{statement.modality}"
    return f"{speakers} [{labels}] «{statement.content}»"


def _describe_predicted(statement: Statement) -> str:
    speakers = " + ".join(statement.speakers)
    mention = f" (as {statement.speaker_mention!r})" if statement.speaker_mention else ""
    return (
        f"{speakers}{mention} [{statement.kind}/{statement.polarity}/{statement.modality}] "
        f"«{statement.content}»"
    )


def score_passage(passage: Passage, processed: ProcessedArticle, tally: Tally) -> None:
    """Add one passage's statements and times to the tally, noting every error."""
    gold, predicted = passage.statements, processed.statements
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    full = match_statements(gold, predicted, with_speaker=True)
    content = match_statements(gold, predicted, with_speaker=False)
    tally.matched += len(full)
    tally.content_matched += len(content)
    for g, p in content:
        gold_statement, predicted_statement = gold[g], predicted[p]
        checks = {
            "speaker": speaker_matches(gold_statement, predicted_statement),
            "kind": gold_statement.kind == predicted_statement.kind,
            "polarity": gold_statement.polarity == predicted_statement.polarity,
            "modality": gold_statement.modality == predicted_statement.modality,
        }
        tally.speaker_right += checks["speaker"]
        tally.kind_right += checks["kind"]
        tally.polarity_right += checks["polarity"]
        tally.modality_right += checks["modality"]
        for name, right in checks.items():
            if not right:
                tally.errors.append(
                    f"{passage.id} wrong {name}: gold {_describe_gold(gold_statement)}\n"
                    f"{'':>{len(passage.id)}}   "
                    f"predicted {_describe_predicted(predicted_statement)}"
                )
    content_gold = {g for g, _ in content}
    content_predicted = {p for _, p in content}
    for g, statement in enumerate(gold):
        if g not in content_gold:
            tally.errors.append(f"{passage.id} missed: {_describe_gold(statement)}")
            nearest = _nearest(statement, predicted)
            if nearest is not None:
                tally.errors.append(
                    f"{'':>{len(passage.id)}}   nearest ({nearest[0]:.0%} overlap) "
                    f"{_describe_predicted(nearest[1])}"
                )
    for p, statement in enumerate(predicted):
        if p not in content_predicted:
            tally.errors.append(f"{passage.id} false positive: {_describe_predicted(statement)}")
    _score_times(passage, processed.times, tally)


def _nearest(gold: GoldStatement, predicted: Sequence[Statement]) -> tuple[float, Statement] | None:
    # A miss that some prediction overlaps is a boundary error, not a silent miss: show it.
    ratios = [(overlap_ratio(_gold_span(gold), _predicted_span(p)), p) for p in predicted]
    touching = [pair for pair in ratios if pair[0] > 0]
    return max(touching, key=lambda pair: pair[0]) if touching else None


def _score_times(passage: Passage, predicted: Sequence[TimeMention], tally: Tally) -> None:
    tally.gold_times += len(passage.times)
    tally.predicted_times += len(predicted)
    for gold_time in passage.times:
        if any(time_matches(gold_time, mention) for mention in predicted):
            tally.times_found += 1
            continue
        near = [
            m for m in predicted if m.span.start < gold_time.end and gold_time.start < m.span.end
        ]
        got = ", ".join(f"{m.text!r}={m.value}" + (f"..{m.end}" if m.end else "") for m in near)
        gold_value = gold_time.value + (f"..{gold_time.end_value}" if gold_time.end_value else "")
        tally.errors.append(
            f"{passage.id} time: gold {gold_time.text!r}={gold_value}, predicted {got or 'nothing'}"
        )
    for mention in predicted:
        if any(time_matches(gold_time, mention) for gold_time in passage.times):
            tally.predicted_times_right += 1
        elif not any(
            mention.span.start < g.end and g.start < mention.span.end for g in passage.times
        ):
            tally.errors.append(
                f"{passage.id} time false positive: {mention.text!r}={mention.value}"
            )


def figures(tally: Tally) -> dict[str, float]:
    """Turn a language's counts into the figures the report prints and `--check` compares."""
    precision = _ratio(tally.matched, tally.predicted)
    recall = _ratio(tally.matched, tally.gold)
    content_precision = _ratio(tally.content_matched, tally.predicted)
    content_recall = _ratio(tally.content_matched, tally.gold)
    pairs = tally.content_matched
    return {
        "passages": 0.0,  # filled in by the caller
        "gold_statements": float(tally.gold),
        "predicted_statements": float(tally.predicted),
        "statement_precision": precision,
        "statement_recall": recall,
        "statement_f1": _f1(precision, recall),
        "content_precision": content_precision,
        "content_recall": content_recall,
        "content_f1": _f1(content_precision, content_recall),
        "speaker_accuracy": _ratio(tally.speaker_right, pairs),
        "kind_accuracy": _ratio(tally.kind_right, pairs),
        "polarity_accuracy": _ratio(tally.polarity_right, pairs),
        "modality_accuracy": _ratio(tally.modality_right, pairs),
        "time_accuracy": _ratio(tally.times_found, tally.gold_times),
        "time_precision": _ratio(tally.predicted_times_right, tally.predicted_times),
    }


# -- throughput ------------------------------------------------------------------------------------


def articles_per_cpu_second(run: Callable[[], object], count: int) -> float:
    """Return how many articles one core handles per second: best of a few timed passes.

    CPU time (not wall time) of this process is what is divided, so the figure is per core even
    when BLAS threads or a busy machine would blur a wall-clock measure.
    """
    best = float("inf")
    for _ in range(THROUGHPUT_ROUNDS):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return count / best if best > 0 else float("inf")


def bare_parse(parser: Parser, language: str) -> Callable[[Article], object] | None:
    """Return the bare parse of a language (no watchdesk stage after it), or None if there is none.

    English is spaCy's `nlp(text)`. Russian is parsed by natasha, not spaCy, so its bare parse is
    the parser's own Russian entry point, when the installed watchdesk has one.
    """
    nlp = _spacy_pipeline(parser, language)
    if nlp is None:
        parse_other = getattr(parser, f"parse_{language}", None)
        return parse_other if callable(parse_other) else None
    return lambda article: nlp(article.text)


def _spacy_pipeline(parser: Parser, language: str) -> Language | None:
    try:
        return parser.pipeline(language)
    except ModelMissing:
        return None


def measure_throughput(articles: Sequence[Article], parser: Parser) -> dict[str, float]:
    """Time watchdesk's annotation and the bare parse over the same texts, in this process."""
    language = articles[0].language
    watchdesk = articles_per_cpu_second(
        lambda: [annotate(article, parser) for article in articles], len(articles)
    )
    figures = {"watchdesk_articles_per_cpu_s": watchdesk}
    parse = bare_parse(parser, language)
    if parse is not None:
        count = len(articles)
        bare = articles_per_cpu_second(lambda: [parse(article) for article in articles], count)
        # The target compares with one bare parse per article, which is what annotate does.
        figures |= {"bare_articles_per_cpu_s": bare, "throughput_ratio": watchdesk / bare}
    nlp = _spacy_pipeline(parser, language)
    if nlp is not None:
        # spaCy can also batch (nlp.pipe); printed beside the target as the stricter bound.
        texts = [article.text for article in articles]
        piped = articles_per_cpu_second(lambda: list(nlp.pipe(texts)), len(texts))
        figures |= {"pipe_articles_per_cpu_s": piped, "throughput_ratio_pipe": watchdesk / piped}
    return figures


# -- the run ---------------------------------------------------------------------------------------


@dataclass
class LanguageResult:
    """What one language's run produced; `figures` is empty when there is no annotator yet."""

    language: str
    passages: int
    figures: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def to_article(passage: Passage) -> Article:
    """Build the article the pipeline sees from one passage."""
    return Article(
        url=f"corpus:{passage.id}",
        title="",
        text=passage.text,
        language=passage.language,
        published=passage.published,
    )


def evaluate(
    language: str, parser: Parser, *, throughput: bool = True, root: Path = CORPUS
) -> LanguageResult:
    """Annotate every passage of one language under `root` and score it against the gold."""
    passages = load_corpus(language, root)
    result = LanguageResult(language, len(passages))
    if not passages or not parser.supports(language):
        return result
    articles = [to_article(passage) for passage in passages]
    processed = [annotate(article, parser) for article in articles]
    if all(_unannotated(item) for item in processed):
        return result
    tally = Tally()
    for passage, item in zip(passages, processed, strict=True):
        score_passage(passage, item, tally)
    result.figures = figures(tally)
    result.figures["passages"] = float(len(passages))
    result.errors = tally.errors
    if throughput:
        result.figures.update(measure_throughput(articles, parser))
    return result


def _unannotated(processed: ProcessedArticle) -> bool:
    # `annotate` keeps an article of an unsupported language with a warning and nothing else.
    return any("no annotator" in warning for warning in processed.warnings)


def format_report(result: LanguageResult) -> str:
    """Render one language's figures as a few readable lines."""
    f = result.figures
    if not f:
        return f"{result.language}: no annotator yet ({result.passages} passages)"
    lines = [
        f"{result.language}: {result.passages} passages, "
        f"{f['gold_statements']:.0f} gold statements, "
        f"{f['predicted_statements']:.0f} predicted",
        f"  statements   P {f['statement_precision']:.3f}  R {f['statement_recall']:.3f}  "
        f"F1 {f['statement_f1']:.3f}",
        f"  content only P {f['content_precision']:.3f}  R {f['content_recall']:.3f}  "
        f"F1 {f['content_f1']:.3f}",
        f"  on content-matched pairs: speaker {f['speaker_accuracy']:.3f}  "
        f"kind {f['kind_accuracy']:.3f}  polarity {f['polarity_accuracy']:.3f}  "
        f"modality {f['modality_accuracy']:.3f}",
        f"  times        accuracy {f['time_accuracy']:.3f}  precision {f['time_precision']:.3f}",
    ]
    if "watchdesk_articles_per_cpu_s" in f:
        line = f"  throughput   watchdesk {f['watchdesk_articles_per_cpu_s']:.1f} articles/s/core"
        if "throughput_ratio" in f:
            line += (
                f", bare parse {f['bare_articles_per_cpu_s']:.1f} "
                f"(ratio {f['throughput_ratio']:.2f})"
            )
        if "throughput_ratio_pipe" in f:
            line += (
                f", bare nlp.pipe {f['pipe_articles_per_cpu_s']:.1f} "
                f"(ratio {f['throughput_ratio_pipe']:.2f})"
            )
        lines.append(line)
    return "\n".join(lines)


def check_floors(
    results: Iterable[LanguageResult], floors: dict[str, dict[str, float]]
) -> list[str]:
    """Return one line per figure below its floor; an unmeasured figure counts as below."""
    by_language = {result.language: result.figures for result in results}
    failures = []
    for language, language_floors in floors.items():
        if language not in by_language:
            continue  # not evaluated in this run (--lang)
        measured = by_language[language]
        for name, floor in language_floors.items():
            value = measured.get(name)
            if value is None:
                failures.append(f"{language} {name}: not measured (floor {floor})")
            elif value < floor:
                failures.append(f"{language} {name}: {value:.3f} < floor {floor}")
    return failures


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark from the command line; return the exit status."""
    options = _arguments().parse_args(argv)
    languages = LANGUAGES if options.lang == "all" else (options.lang,)
    parser = Parser()
    results = [
        evaluate(language, parser, throughput=not options.no_throughput, root=options.corpus)
        for language in languages
    ]
    if options.json:
        print(json.dumps({r.language: r.figures or None for r in results}, indent=2))
    else:
        for result in results:
            print(format_report(result))
    if options.errors:
        for result in results:
            for line in result.errors:
                print(line)
    if options.check is not None:
        floors = json.loads(Path(options.check).read_text(encoding="utf-8"))
        failures = check_floors(results, floors)
        for line in failures:
            print(f"below floor: {line}", file=sys.stderr)
        return 1 if failures else 0
    return 0


def _arguments() -> argparse.ArgumentParser:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    arguments.add_argument("--lang", choices=[*LANGUAGES, "all"], default="all")
    arguments.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        metavar="DIR",
        help="corpus root with <lang>/*.json (default: benchmarks/corpora/attribution)",
    )
    arguments.add_argument(
        "--errors", action="store_true", help="list every miss and false positive"
    )
    arguments.add_argument(
        "--json", action="store_true", help="print the figures as one JSON object"
    )
    arguments.add_argument(
        "--check", metavar="FLOORS.json", help="exit 1 when a figure is below its floor"
    )
    arguments.add_argument("--no-throughput", action="store_true", help="skip the timing passes")
    return arguments


if __name__ == "__main__":
    sys.exit(main())
