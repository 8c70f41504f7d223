"""How the PolNeAR benchmark counts a prediction's own words (the data itself is not needed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from watchdesk.records import Span, Statement

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "polnear.py"


def _load_script() -> ModuleType:
    sys.path.insert(0, str(SCRIPT.parent))  # it imports the matcher of benchmarks/attribution.py
    spec = importlib.util.spec_from_file_location("polnear_benchmark", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _load_script()


def _indirect(text: str, content: str, cue: str, speaker: str) -> Statement:
    start = text.index(content)
    return Statement(
        speaker=speaker,
        speaker_mention=speaker,
        cue=cue,
        kind="indirect",
        content=content,
        span=Span(start, start + len(content)),
        cue_span=Span(text.index(cue), text.index(cue) + len(cue)),
        speaker_span=Span(text.index(speaker), text.index(speaker) + len(speaker)),
    )


def test_a_speaker_and_cue_inside_the_claim_are_not_its_words():
    text = "Beyond that, he said, the bank may follow a lead."
    statement = _indirect(text, text[:-1], "said", "he")
    fragments = bench.own_words(statement, [])
    assert [text[a:b] for a, b in fragments] == ["Beyond that, ", ", the bank may follow a lead"]


def test_a_cue_outside_the_claim_leaves_the_span_whole():
    text = "The mayor said the bank may follow a lead."
    statement = _indirect(text, "the bank may follow a lead", "said", "The mayor")
    assert bench.own_words(statement, []) == ((statement.span.start, statement.span.end),)
