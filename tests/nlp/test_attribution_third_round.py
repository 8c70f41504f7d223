"""Attribution classes of the third PolNeAR round (issue 9), each with a sentence written for it."""

from __future__ import annotations

import pytest


def _one(found, content):
    matches = [s for s in found if s.content == content]
    assert len(matches) == 1, found
    return matches[0]


# --- a thing named as the object of a verb of taking a side in words ------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a verb of attacking or defending reports the thing it attacks or defends
        (
            "The governor attacked the council's handling of the floods.",
            "the council's handling of the floods",
            "governor",
        ),
        (
            "The port authority acknowledged delays in the handling of grain.",
            "delays in the handling of grain",
            "port authority",
        ),
        # a cue completing a verb of aspect or of trying borrows that verb's subject
        (
            "The mayor continued to defend the decision to close the bridge.",
            "the decision to close the bridge",
            "mayor",
        ),
        (
            "The ferry operator tried to argue on Monday that the fares were fair.",
            "the fares were fair",
            "ferry operator",
        ),
        # what an object is judged for or as says something, even when the object is a pronoun
        ("The mayor accused her of lying to the council.", "her of lying to the council", "mayor"),
    ],
)
def test_a_noun_phrase_claim_and_its_speaker(statements, text, content, speaker):
    assert _one(statements(text), content).speaker == speaker


def test_an_object_pointing_back_without_a_judgement_is_still_no_statement(statements):
    assert statements("The mayor praised them.") == []


def test_what_something_is_criticised_for_is_not_the_occasion(statements):
    # "for its statement" says what the ministry is criticised for; only "for the first time"
    # tells the occasion.
    found = statements("The mayor criticised the ministry for its statement on the tolls.")
    _one(found, "the ministry for its statement on the tolls")
    found = statements("The senator endorsed the harbour plan for the first time.")
    _one(found, "the harbour plan")
