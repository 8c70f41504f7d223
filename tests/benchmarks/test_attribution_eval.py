"""The attribution corpus is well-formed, and the benchmark's matchers behave as documented."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from bench_scripts import load

from watchdesk.records import Span, Statement, TimeMention

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "corpora" / "attribution"
HELDOUT = ROOT / "benchmarks" / "corpora" / "attribution-heldout"
# The tuning corpus and the held-out set written after tuning: both must be well-formed.
MIN_PASSAGES = {CORPUS: {"en": 60, "ru": 30}, HELDOUT: {"en": 30, "ru": 15}}
KINDS = {"direct", "indirect", "according_to"}
POLARITIES = {"affirm", "deny"}
MODALITIES = {"asserted", "expected", "planned", "uncertain", "question"}
FILES = sorted(path for root in MIN_PASSAGES for path in root.glob("*/*.json"))


bench = load("attribution")


def _statement(speaker: str, start: int, end: int, kind: str = "person") -> Statement:
    return Statement(
        speaker=speaker,
        speaker_mention=speaker,
        cue="said",
        kind="indirect",
        content="x" * (end - start),
        span=Span(start, end),
        speaker_kind=kind,  # type: ignore[arg-type]
    )


def _gold(speaker: str, start: int, end: int, speakers: tuple[str, ...] = ()) -> object:
    return bench.GoldStatement(
        speaker=speaker,
        speakers=speakers or (speaker,),
        cue="said",
        content="x" * (end - start),
        start=start,
        kind="indirect",
        polarity="affirm",
        modality="asserted",
    )


# -- the corpus -----------------------------------------------------------------------------------


COUNTS = [(root, lang, n) for root, counts in MIN_PASSAGES.items() for lang, n in counts.items()]


@pytest.mark.parametrize(
    ("root", "language", "minimum"),
    COUNTS,
    ids=lambda value: value.name if isinstance(value, Path) else None,
)
def test_corpus_has_enough_passages(root, language, minimum):
    assert len(list((root / language).glob("*.json"))) >= minimum


@pytest.mark.parametrize(
    "path", FILES, ids=lambda path: f"{path.parents[1].name}/{path.parent.name}/{path.name}"
)
def test_passage_is_well_formed(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    text = raw["text"]
    assert raw["id"] == f"{path.parent.name}-{path.stem}"
    date.fromisoformat(raw["published"])
    assert raw["statements"], "every passage records at least one statement"
    for item in raw["statements"]:
        assert item["content"] in text, item["content"]
        assert item["kind"] in KINDS
        assert item["polarity"] in POLARITIES
        assert item["modality"] in MODALITIES
        assert item["speaker"] in item["speakers"]
    for item in raw["times"]:
        assert item["text"] in text, item["text"]
        date.fromisoformat(item["value"])
        if item["end"] is not None:
            assert date.fromisoformat(item["end"]) >= date.fromisoformat(item["value"])
    bench.load_passage(path)  # offsets resolve


@pytest.mark.parametrize("root", list(MIN_PASSAGES), ids=lambda root: root.name)
def test_passage_ids_are_unique(root):
    ids = [json.loads(path.read_text(encoding="utf-8"))["id"] for path in root.glob("*/*.json")]
    assert len(ids) == len(set(ids))


# -- the matchers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 10), (0, 10), 1.0),
        ((0, 10), (5, 15), 0.5),
        ((0, 10), (0, 20), 0.5),  # a prediction twice as long as the gold span
        ((0, 10), (10, 20), 0.0),
        ((0, 0), (0, 0), 0.0),
    ],
)
def test_overlap_ratio_divides_by_the_longer_span(a, b, expected):
    assert bench.overlap_ratio(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("gold", "predicted", "is_person", "expected"),
    [
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True, True),  # one canonical key
        ("Maeve Halloran", "Halloran", True, True),  # surname
        ("Maeve Halloran", "Mr. Halloran's", True, True),
        ("Maeve Halloran", "Maeve Hall", True, False),
        ("Interior Ministry", "the ministry", False, True),  # containment, institutions only
        ("Interior Ministry", "Norvaland's Interior Ministry", False, True),
        ("Interior Ministry", "Defence Ministry", False, False),
        ("Oskar Hale", "Oskar Pell", True, False),  # one given name is not enough
        ("Ines Dahl", "Commission's spokeswoman", False, False),
        ("Ines Dahl", "", True, False),
    ],
)
def test_names_match(gold, predicted, is_person, expected):
    assert bench.names_match(gold, predicted, predicted_is_person=is_person) is expected


def test_speaker_matches_any_co_speaker():
    gold = _gold("Anja Korhonen", 0, 10, ("Anja Korhonen", "Viktor Pell"))
    assert bench.speaker_matches(gold, _statement("Pell", 0, 10))
    assert not bench.speaker_matches(gold, _statement("Oskar Hale", 0, 10))


def test_match_statements_needs_half_the_longer_span():
    gold = [_gold("Ines Dahl", 0, 40)]
    assert bench.match_statements(gold, [_statement("Dahl", 0, 80)], with_speaker=True) == [(0, 0)]
    assert bench.match_statements(gold, [_statement("Dahl", 0, 81)], with_speaker=True) == []


def test_match_statements_with_speaker_rejects_the_wrong_speaker():
    gold = [_gold("Ines Dahl", 0, 40)]
    predicted = [_statement("Elias Varo", 0, 40)]
    assert bench.match_statements(gold, predicted, with_speaker=True) == []
    assert bench.match_statements(gold, predicted, with_speaker=False) == [(0, 0)]


def test_match_statements_pairs_one_to_one_best_overlap_first():
    gold = [_gold("Dahl", 0, 40), _gold("Dahl", 50, 90)]
    predicted = [_statement("Dahl", 0, 60), _statement("Dahl", 0, 40)]
    assert bench.match_statements(gold, predicted, with_speaker=True) == [(0, 1)]


@pytest.mark.parametrize(
    ("span", "value", "end", "expected"),
    [
        ((10, 17), "2026-03-03", None, True),
        ((4, 17), "2026-03-03", None, True),  # "until March 3" covers "March 3"
        ((10, 17), "2025-03-03", None, False),
        ((20, 27), "2026-03-03", None, False),
    ],
)
def test_time_matches_on_overlap_and_value(span, value, end, expected):
    gold = bench.GoldTime(text="March 3", start=10, value="2026-03-03", end_value=None)
    predicted = TimeMention(text="March 3", value=value, span=Span(*span), end=end)
    assert bench.time_matches(gold, predicted) is expected


def test_time_matches_a_range_only_with_its_end():
    gold = bench.GoldTime(text="Jan. 26–28", start=0, value="2026-01-26", end_value="2026-01-28")
    whole = TimeMention(text="Jan. 26–28", value="2026-01-26", span=Span(0, 10), end="2026-01-28")
    start_only = TimeMention(text="Jan. 26", value="2026-01-26", span=Span(0, 7))
    assert bench.time_matches(gold, whole)
    assert not bench.time_matches(gold, start_only)


def test_check_floors_reports_low_and_unmeasured_figures():
    results = [
        bench.LanguageResult("en", 60, {"statement_f1": 0.7, "time_accuracy": 0.95}),
        bench.LanguageResult("ru", 30),
    ]
    floors = {
        "en": {"statement_f1": 0.85, "time_accuracy": 0.9},
        "ru": {"statement_f1": 0.75},
        "de": {"statement_f1": 0.5},  # not evaluated in this run: ignored
    }
    assert bench.check_floors(results, floors) == [
        "en statement_f1: 0.700 < floor 0.85",
        "ru statement_f1: not measured (floor 0.75)",
    ]
