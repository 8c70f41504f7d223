"""Attribution follow-ups on real reporting (issue 9): cues left unsaid, and their sense.

Each test names a class of language and uses a sentence written for it, not one from a corpus.
"""

from __future__ import annotations

import pytest


def _about(found, content):
    matches = [s for s in found if s.content == content]
    assert len(matches) == 1, found
    return matches[0]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour authority did not confirm that the ferry service had stopped.",
        "A spokesman for the airline would not confirm that pilots were on strike.",
        "Hanna Brek never said that the depot would be sold.",
    ],
)
def test_a_negated_cue_leaves_its_clause_undecided(statements, text):
    [statement] = statements(text)
    assert (statement.polarity, statement.modality) == ("affirm", "uncertain")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The water board declined to confirm that the reservoir was half empty.",
            "the reservoir was half empty",
            "water board",
        ),
        (
            "Tomas Verhoef refused to say that the talks had failed.",
            "the talks had failed",
            "Tomas Verhoef",
        ),
    ],
)
def test_declining_to_confirm_reports_an_undecided_claim_of_the_decliner(
    statements, text, content, speaker
):
    statement = _about(statements(text), content)
    assert speaker in statement.speaker
    assert (statement.polarity, statement.modality) == ("affirm", "uncertain")


def test_refusing_to_say_whether_reports_no_claim(statements):
    found = statements("The coach refused to say whether the striker would play on Sunday.")
    assert [s for s in found if "striker" in s.content] == []


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Mira Falk does not expect the new bridge to be ready by May.", "expected"),
        ("Mira Falk does not think the new bridge will be ready by May.", "uncertain"),
    ],
)
def test_a_negated_verb_of_belief_is_a_view_that_the_clause_does_not_hold(
    statements, text, modality
):
    # "does not expect X" expects that X will not happen, unlike "did not confirm X".
    [statement] = statements(text)
    assert (statement.polarity, statement.modality) == ("deny", modality)


def test_an_affirmed_cue_still_asserts(statements):
    [statement] = statements("The harbour authority confirmed that the ferry service had stopped.")
    assert (statement.polarity, statement.modality) == ("affirm", "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "The coach refused to say how much the new stand would cost.",
        "The harbour authority declined to say when the ferries would sail again.",
    ],
)
def test_withholding_an_answer_to_an_open_question_reports_no_claim(statements, text):
    assert statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # The house corpus counts a refusal as no statement: it asserts nothing to compare.
        "A spokeswoman for the ferry company declined to comment on the new timetable.",
        "The court declined to hear the appeal of the two farmers.",
    ],
)
def test_a_refusal_to_comment_or_act_is_no_statement(statements, text):
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mayor Lena Holt: The bridge will stay shut until March. The council met on Monday.",
            "Lena Holt",
            "The bridge will stay shut until March",
        ),
        (
            "The harbour master's message: the ferries will not sail before Friday.",
            "harbour master",
            "the ferries will not sail before Friday",
        ),
    ],
)
def test_a_speaker_named_before_a_colon_says_what_follows(statements, text, speaker, content):
    statement = _about(statements(text), content)
    assert speaker in statement.speaker
    assert statement.cue == ":"


@pytest.mark.parametrize(
    "text",
    [
        "Photo: Lena Holt at the harbour on Monday.",
        "The plan has three parts: the city will build a dam and plant trees.",
        "Lena Holt: no.",
    ],
)
def test_a_colon_after_no_whole_name_or_before_no_clause_is_no_statement(statements, text):
    assert [s for s in statements(text) if s.cue == ":"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The latest poll shows the mayor with a nine-point lead in the north.",
            "the mayor with a nine-point lead in the north",
        ),
        (
            "Court records show a second loan to the same company.",
            "a second loan to the same company",
        ),
    ],
)
def test_a_document_shows_a_finding_as_a_noun_phrase(statements, text, content):
    statement = _about(statements(text), content)
    assert statement.speaker_kind == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Police found a body near the harbour.",
        "The report shows the damage.",
        "The audit found serious gaps in the city's accounts.",
    ],
)
def test_a_thing_found_or_a_bare_object_shown_is_no_finding(statements, text):
    assert statements(text) == []
