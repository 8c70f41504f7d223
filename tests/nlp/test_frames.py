"""Statement frames in English: the reported clause's predicate, negation, subject and objects."""

from __future__ import annotations

from dataclasses import replace

import pytest

from watchdesk.contract import analysis_json
from watchdesk.nlp.frames import add_frames, frame_of
from watchdesk.records import Frame, Span, Statement


def frame(parse, text):
    return frame_of(parse(text), 0, len(text))


def test_a_plain_clause_gives_its_verb_subject_and_object(parse):
    found = frame(parse, "The harbour authority closed the eastern pier.")

    assert found == Frame("close", subject="harbour authority", objects=("pier",))


def test_a_passive_clause_keeps_the_thing_undergoing_it_as_subject(parse):
    found = frame(parse, "The garrison troops will be withdrawn from the ridge.")

    assert found is not None
    assert (found.predicate, found.subject) == ("withdraw", "garrison troop")
    assert found.objects == ("ridge",)


def test_a_light_verb_hands_the_predicate_to_its_noun_of_action(parse):
    found = frame(parse, "The council will make a decision on the dam next month.")

    assert found is not None
    assert found.predicate == "decide"
    assert found.objects == ("dam",)  # the noun is the predicate; "next month" is a date


@pytest.mark.parametrize(
    "text",
    [
        "The marines are ready to withdraw from the island.",
        "The marines plan to withdraw from the island.",
        "The marines will begin to withdraw from the island.",
    ],
)
def test_a_copula_or_a_verb_of_intent_hands_the_predicate_to_its_infinitive(parse, text):
    found = frame(parse, text)

    assert found is not None
    assert (found.predicate, found.subject, found.objects) == ("withdraw", "marine", ("island",))


def test_a_copula_with_an_adjective_makes_the_adjective_the_predicate(parse):
    found = frame(parse, "The mountain pass remains closed.")

    assert found is not None
    assert (found.predicate, found.subject) == ("closed", "mountain pass")


def test_a_phrasal_verb_keeps_its_particle(parse):
    found = frame(parse, "The contractors pulled out their cranes.")

    assert found is not None
    assert found.predicate == "pull out"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry did not sail on Tuesday.",
        "No ferry has sailed since the storm.",
        "The ferry company refused to sail.",
    ],
)
def test_a_negation_a_negated_subject_or_a_denying_verb_negate_the_frame(parse, text):
    found = frame(parse, text)

    assert found is not None
    assert found.predicate == "sail"
    assert found.negated


def test_a_pronoun_subject_names_no_thing(parse):
    found = frame(parse, "We will repair the lighthouse.")

    assert found is not None
    assert found.subject is None
    assert found.objects == ("lighthouse",)


def test_the_frame_is_read_from_the_reported_words_only(parse):
    text = "The mayor said the rangers would clear the trail."
    content = "the rangers would clear the trail"
    start = text.index(content)
    statement = Statement(
        speaker="The mayor",
        speaker_mention="The mayor",
        cue="said",
        kind="indirect",
        content=content,
        span=Span(start, start + len(content)),
    )

    (framed,) = add_frames(parse(text), [statement])

    assert framed.frame == Frame("clear", subject="ranger", objects=("trail",))
    assert framed.content == statement.content


def test_the_analyze_json_shows_each_statements_frame_or_null(make_processed):
    processed = make_processed()
    closing = Frame("close", negated=True, subject="pier", objects=("harbour",))
    statements = (replace(processed.statements[0], frame=closing), processed.statements[1])

    body = analysis_json(replace(processed, statements=statements))

    assert body["statements"][0]["frame"] == {
        "predicate": "close",
        "negated": True,
        "subject": "pier",
        "objects": ["harbour"],
    }
    assert body["statements"][1]["frame"] is None
