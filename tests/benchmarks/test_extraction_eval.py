"""benchmarks/extraction.py: the corpus is complete and the scorer computes P/R/F1 right."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from bench_scripts import load

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "corpora" / "extraction"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load("extraction")


def test_every_page_has_its_true_text() -> None:
    pages = sorted(CORPUS.glob("*/*.html"))

    assert pages
    for page in pages:
        truth = page.with_suffix(".txt")
        assert truth.is_file(), f"{page} has no {truth.name}"
        assert truth.read_text(encoding="utf-8").strip(), f"{truth} is empty"


def test_corpus_has_five_layouts_of_six_pages_or_more() -> None:
    layouts = Counter(page.parent.name for page in CORPUS.glob("*/*.html"))

    assert len(layouts) >= 5
    assert min(layouts.values()) >= 6


def test_tokens_are_lowercased_words_with_multiplicity(bench: ModuleType) -> None:
    assert bench.tokens("The troops, the TROOPS — 12,000!") == Counter(
        {"the": 2, "troops": 2, "12": 1, "000": 1}
    )


def test_score_counts_shared_missed_and_extra_tokens(bench: ModuleType) -> None:
    true = Counter({"a": 2, "b": 1, "c": 1})  # 4 tokens
    predicted = Counter({"a": 1, "b": 1, "x": 2})  # 4 tokens, 2 of them right

    counts = bench.count(predicted, true)
    result = bench.score(counts)

    assert counts == bench.Counts(true_positive=2, false_positive=2, false_negative=2)
    assert result.precision == pytest.approx(0.5)
    assert result.recall == pytest.approx(0.5)
    assert result.f1 == pytest.approx(0.5)


def test_score_of_nothing_extracted_is_zero(bench: ModuleType) -> None:
    result = bench.score(bench.count(Counter(), Counter({"a": 3})))

    assert (result.precision, result.recall, result.f1) == (0.0, 0.0, 0.0)


def test_evaluate_two_pages_of_one_layout(bench: ModuleType) -> None:
    pages = [page for page in bench.load_corpus() if page.layout == "wire"][:2]

    results = bench.evaluate(pages)

    assert set(results) == {"wire", "overall"}
    for name in bench.EXTRACTORS:
        counts = results["wire"][name]
        true_total = sum(sum(bench.tokens(page.truth).values()) for page in pages)
        assert counts.true_positive + counts.false_negative == true_total
        assert 0.0 < bench.score(counts).f1 <= 1.0
