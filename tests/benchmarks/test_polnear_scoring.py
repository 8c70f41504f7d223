"""How the PolNeAR benchmark counts a prediction's own words (the data itself is not needed)."""

from __future__ import annotations

from bench_scripts import load

from watchdesk.records import Span, Statement

bench = load("polnear")


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
