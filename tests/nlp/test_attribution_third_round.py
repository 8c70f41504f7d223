"""Attribution classes of the third PolNeAR round (issue 9), each with a sentence written for it."""

from __future__ import annotations

import pytest


def _one(found, content):
    matches = [s for s in found if s.content == content]
    assert len(matches) == 1, found
    return matches[0]


# --- claims and their speakers, class by class ---------------------------------------------------


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
        # a passive cue with its speaker after "by"
        ("The closure was first reported by the Harbour Times.", "The closure", "Harbour Times"),
        (
            "It was announced by the ministry that the bridge would close.",
            "the bridge would close",
            "ministry",
        ),
        # "told": the subject is the hearer, the clause is what was said
        (
            "The ferry crew was told by officials that the port would shut.",
            "the port would shut",
            "officials",
        ),
        # verbs of making known, and the clause after the occasion of saying
        (
            "The ministry disclosed the payments to the council.",
            "the payments to the council",
            "ministry",
        ),
        (
            "When Lena Holt mentioned that the group could make calls, Self sounded less eager.",
            "the group could make calls",
            "Lena Holt",
        ),
        # the parser hangs the clause on the occasion ("the time that …") as a relative clause
        (
            "Lena Holt claimed at the time that she had handed over every file.",
            "she had handed over every file",
            "Lena Holt",
        ),
        (
            "Anne Berg acknowledged for the first time that the mayor was trailing.",
            "the mayor was trailing",
            "Anne Berg",
        ),
        # a cue after its claim: advice with no subject; a subject or a cue the parser misread
        (
            "Decide what you can do to make a difference, Wright says.",
            "Decide what you can do to make a difference",
            "Wright",
        ),
        (
            "The council has grown since 2010, a new analysis shows.",
            "The council has grown since 2010",
            "new analysis",
        ),
        (
            "The fund sent $341,000 to the party as of May, election commission records show.",
            "The fund sent $341,000 to the party as of May",
            "records",
        ),
        # the hearer of "told" after the claim does not stop it being the claim
        (
            "The council is not planning any more events, the mayor's finance chief, Lena Holt,"
            " told the Harbour Times.",
            "The council is not planning any more events",
            "Lena Holt",
        ),
        # a quoted phrase that the parser ends the clause in: the clause runs on past it
        (
            "Ana Berg, a professor at the college, says the \u201cwould you have a beer with this"
            " person\u201d test is not exactly right when it comes to picking a mayor.",
            "the \u201cwould you have a beer with this person\u201d test is not exactly right when"
            " it comes to picking a mayor",
            "Ana Berg",
        ),
        # a verb of manner reports a clause marked by "that"
        (
            "Lena Holt joked that her account had gained hundreds of followers.",
            "her account had gained hundreds of followers",
            "Lena Holt",
        ),
        # a noun of saying with its owner and its "that" clause
        (
            "The minister's claim that the tolls were illegal was rejected.",
            "the tolls were illegal",
            "minister",
        ),
        (
            "The announcement last week from Mayor Lena Holt that the ferry would stop surprised"
            " many.",
            "the ferry would stop",
            "Lena Holt",
        ),
    ],
)
def test_a_claim_and_its_speaker(statements, text, content, speaker):
    assert _one(statements(text), content).speaker == speaker


# --- the judgement after an object --------------------------------------------------------------


def test_an_object_pointing_back_without_a_judgement_is_still_no_statement(statements):
    assert statements("The mayor praised them.") == []


def test_what_something_is_criticised_for_is_not_the_occasion(statements):
    # "for its statement" says what the ministry is criticised for; only "for the first time"
    # tells the occasion.
    found = statements("The mayor criticised the ministry for its statement on the tolls.")
    _one(found, "the ministry for its statement on the tolls")
    found = statements("The senator endorsed the harbour plan for the first time.")
    _one(found, "the harbour plan")


# --- the publisher's notes ------------------------------------------------------------------------


def test_a_publishers_note_to_the_end_of_its_paragraph_is_no_reporting(statements):
    text = (
        "The mayor said the bridge would reopen in May.\n"
        "Editor\u2019s note: The governor has repeatedly\n"
        "pledged to close the harbour to ferries.\n"
        "The governor said the tolls would go."
    )
    found = statements(text)
    assert [s.content for s in found] == ["the bridge would reopen in May", "the tolls would go"]


def test_an_address_to_readers_is_a_publishers_note(statements):
    text = "CITY READERS: The Harbour Times wants to hear what you think of the tolls."
    assert statements(text) == []


# --- a passive cue with its speaker after "by" ----------------------------------------------------


def test_the_hearer_of_a_passive_cue_is_not_what_was_said(statements):
    assert statements("The ferry crew was told by officials.") == []


def test_a_question_put_to_the_speaker_is_the_occasion_of_her_answer(statements):
    found = statements("Asked by reporters if the harbour would close, the mayor shrugged.")
    assert found == []


def test_a_question_as_an_adverbial_clause_after_the_addressee(statements):
    found = statements("The union asked its members if the strike should go ahead.")
    assert _one(found, "if the strike should go ahead").speaker == "union"
    # a condition is no question: "asked for a recount if the vote fails"
    found = statements("The mayor will ask for a recount if the vote fails.")
    assert [s.content for s in found] == ["a recount"]


# --- verbs of making known ----------------------------------------------------------------------


def test_a_duty_to_disclose_reports_nothing(statements):
    assert statements("Ferry operators should be required to disclose their fuel costs.") == []


# --- what follows a noun-phrase claim -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the rest of the clause goes with the object
        (
            "The mayor blasted the council for hypocrisy in relying on imported steel.",
            "the council for hypocrisy in relying on imported steel",
        ),
        # a promise keeps its condition and its first step
        (
            "The mayor promised a new pier, if elected, starting with a survey of the harbour.",
            "a new pier, if elected, starting with a survey of the harbour",
        ),
        # when it was said is not what was said
        ("The senator endorsed Lena Holt during the primary.", "Lena Holt"),
        ("The mayor denied any wrongdoing when he stepped down.", "any wrongdoing"),
    ],
)
def test_the_end_of_a_noun_phrase_claim(statements, text, content):
    assert [s.content for s in statements(text)] == [content]


def test_a_noun_of_saying_with_no_owner_invents_no_speaker(statements):
    assert statements("The claim that the tolls were illegal was rejected.") == []


def test_a_possessive_owner_of_words_resolves_as_its_pronoun(statements):
    found = statements("Lena Holt spoke first. Her warning that the pier would close came later.")
    assert _one(found, "the pier would close").speaker == "Lena Holt"


def test_a_verb_of_manner_alone_reports_nothing(statements):
    assert statements("Lena Holt came in. She laughed at the plan.") == []
