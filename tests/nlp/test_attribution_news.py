"""Attribution on wire copy and newspaper prose (issue 9, measured on a public corpus).

Each test names a class of language met in real reporting and uses a sentence written for it.
"""

from __future__ import annotations


def _by_content(found, content):
    matches = [s for s in found if s.content == content]
    assert len(matches) == 1, found
    return matches[0]


# --- paragraphs ---------------------------------------------------------------------------------


def test_a_line_break_starts_a_sentence_unless_the_line_goes_on_in_lower_case(parse):
    doc = parse("Harbour talks stall again\nThe ferry operator said the pilots walked\nout.")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == [
        "Harbour talks stall again",
        "The ferry operator said the pilots walked\nout.",
    ]


def test_a_quote_takes_no_cue_from_the_next_paragraph(statements):
    text = (
        '"We expect the ferries back by spring," said Mira Holm, who runs the port authority. '
        '"The new hulls are nearly done."\n\n'
        "Later on Monday the shipyard's owner, Arvid Lenz, told investors that the order book was "
        "full."
    )
    found = statements(text)
    continued = _by_content(found, "The new hulls are nearly done.")
    assert continued.speaker == "Mira Holm"
    assert _by_content(found, "the order book was full").speaker == "Arvid Lenz"
