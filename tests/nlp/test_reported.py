"""Reported speech: which claims a cue verb reports, split where the text repeats "that"."""

from __future__ import annotations

import pytest


def _pairs(found):
    return [(s.speaker, s.content) for s in found]


# --- one cue, several claims -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Gerda Holm said the harvest had been poor and that prices would rise.",
            "the harvest had been poor",
            "prices would rise",
        ),
        (
            "Gerda Holm said the harvest had been poor but that stocks were sufficient.",
            "the harvest had been poor",
            "stocks were sufficient",
        ),
        (
            "Gerda Holm said the harvest had been poor, adding that stocks were sufficient.",
            "the harvest had been poor",
            "stocks were sufficient",
        ),
    ],
)
def test_claims_joined_by_that_split_with_the_same_speaker(statements, text, first, second):
    assert _pairs(statements(text)) == [("Gerda Holm", first), ("Gerda Holm", second)]


def test_one_clause_with_two_verbs_stays_one_claim(statements):
    found = statements("Gerda Holm said the farmers had sold their grain and would buy seed.")
    assert _pairs(found) == [("Gerda Holm", "the farmers had sold their grain and would buy seed")]


def test_second_cue_inside_the_clause_is_its_own_statement(statements):
    text = "Gerda Holm said the mill would close and accused the bank of greed."
    found = statements(text)
    assert _pairs(found) == [
        ("Gerda Holm", "the mill would close"),
        ("Gerda Holm", "the bank of greed"),
    ]
    assert found[1].cue == "accused"


# --- cue after the words, no quote marks ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Two climbers were rescued from the glacier overnight, police said.",
            "police",
            "Two climbers were rescued from the glacier overnight",
        ),
        (
            "The Harbour Board raised fees. Larger ships will pay more from May, it said.",
            "Harbour Board",
            "Larger ships will pay more from May",
        ),
    ],
)
def test_words_before_a_closing_cue_are_the_claim(statements, text, speaker, content):
    found = statements(text)
    assert (found[-1].speaker, found[-1].content) == (speaker, content)


def test_both_sides_are_the_parties_named_together(statements):
    text = (
        "The strike ended after the drivers' union and the bus company signed a deal, "
        "both sides said."
    )
    [statement] = statements(text)
    assert len(statement.speakers) == 2


# --- noun-phrase objects and rarer cues --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "polarity", "modality"),
    [
        (
            "The mayor, Oskar Lind, denies all allegations of fraud.",
            "all allegations of fraud",
            "deny",
            "asserted",
        ),
        (
            "Oskar Lind rejected calls for a second vote.",
            "calls for a second vote",
            "deny",
            "asserted",
        ),
        ("Oskar Lind did not rule out new taxes.", "new taxes", "affirm", "uncertain"),
        ("Oskar Lind ruled out new taxes.", "new taxes", "deny", "asserted"),
        (
            "Oskar Lind promised to cut fares in the spring.",
            "to cut fares in the spring",
            "affirm",
            "planned",
        ),
    ],
)
def test_cue_with_a_noun_phrase_object(statements, text, content, polarity, modality):
    [statement] = statements(text)
    assert (statement.content, statement.polarity, statement.modality) == (
        content,
        polarity,
        modality,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Oskar Lind rejected the charge.",
        "Oskar Lind denied it.",
        "Oskar Lind declined to comment.",
    ],
)
def test_object_without_words_of_its_own_is_not_a_statement(statements, text):
    assert statements(text) == []


def test_estimate_put_at_a_figure(statements):
    [statement] = statements(
        "Traders at Vell Bank put the cost of the repairs at two million crowns."
    )
    assert statement.content == "the cost of the repairs at two million crowns"
    assert statement.modality == "uncertain"
    assert statement.speaker_kind == "group"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The coach, Ida Frey, cautioned that the season was far from over.", "cautioned"),
        ("The tribunal ruled that the dismissal was unlawful.", "ruled"),
        ("On Monday Ida Frey went further, insisting that the team was ready.", "insisting"),
    ],
)
def test_less_common_cue_verbs(statements, text, cue):
    [statement] = statements(text)
    assert statement.cue == cue


# --- expect, fear and nested cues --------------------------------------------------------------


def test_said_expected_with_infinitive_is_one_forecast(statements):
    [statement] = statements("Ida Frey said she expected the club to win the cup.")
    assert statement.content == "she expected the club to win the cup"
    assert statement.modality == "expected"


def test_said_feared_keeps_the_fear_as_the_cue(statements):
    [statement] = statements("Ida Frey said she feared the stadium would not be ready.")
    assert (statement.cue, statement.content) == ("feared", "the stadium would not be ready")
    assert (statement.polarity, statement.modality) == ("deny", "uncertain")


def test_someone_elses_fear_reported_by_the_speaker_stays_hers(statements):
    [statement] = statements("Ida Frey said supporters feared the club would be relegated.")
    assert statement.speaker == "Ida Frey"
    assert statement.modality == "uncertain"


# --- according to ------------------------------------------------------------------------------


def test_according_to_a_document_is_the_body_that_issued_it(statements):
    text = "Rents rose by a tenth last year, according to figures released by the housing agency."
    [statement] = statements(text)
    assert statement.speaker == "housing agency"


def test_that_clause_whose_verb_is_a_cue_word_still_splits(statements):
    text = "Gerda Holm said the mill would close and that workers should not expect a bonus."
    assert [s.content for s in statements(text)] == [
        "the mill would close",
        "workers should not expect a bonus",
    ]


def test_passive_cue_names_the_hearer_not_a_speaker(statements):
    [statement] = statements("Bakers said they had not been told who would pay for the flour.")
    assert statement.content == "they had not been told who would pay for the flour"
    assert statement.polarity == "deny"


def test_closing_cue_after_a_clause_with_its_own_subject(statements):
    text = "Three hikers were hurt when a bridge collapsed near Ulm on Sunday, rangers said."
    [statement] = statements(text)
    assert statement.speaker == "rangers"


def test_closing_cue_keeps_the_clause_before_it_not_the_aside_after(statements):
    text = (
        "The port will stay open, Mayor Eva Lund said on Monday, "
        "a day after unions called a strike."
    )
    [statement] = statements(text)
    assert statement.content == "The port will stay open"


def test_cue_inside_an_according_to_clause_is_not_a_second_statement(statements):
    [statement] = statements("According to Eva Lund, the mayor did not rule out a new toll.")
    assert statement.kind == "according_to"


@pytest.mark.parametrize("text", ['Officials said "###".', "He told ###.", 'They said on ###"#.'])
def test_an_object_of_symbols_alone_is_no_claim_and_no_crash(statements, text):
    # Found by benchmarks/fuzz.py: an object with no word but punctuation raised IndexError.
    assert all(s.content.strip('#". ') for s in statements(text))
