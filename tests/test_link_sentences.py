"""The sentences linking reads around a statement (the one before "it", reporters' narration)."""

from __future__ import annotations

from watchdesk.link import _sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end].strip() for s in _sentence_spans(text)]


def test_a_stop_inside_a_figure_or_a_word_ends_no_sentence():
    text = "The line of credit is $2.4 billion. The U.S.-led group met. It will take weeks."
    assert _sentences(text) == [
        "The line of credit is $2.4 billion.",
        "The U.S.-led group met.",
        "It will take weeks.",
    ]


def test_a_quote_mark_and_a_line_break_close_a_sentence():
    text = 'He said "No!" Then he left\nThe next paragraph.'
    assert _sentences(text) == ['He said "No!"', "Then he left", "The next paragraph."]
