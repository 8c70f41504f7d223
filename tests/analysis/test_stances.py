"""Stances: what a statement holds on its matter, and who holds it."""

from __future__ import annotations

from datetime import date

import pytest

from watchdesk.analysis.stances import describe, holder_of, same_side, stance_json, stance_of
from watchdesk.records import LinkedStatement

MINISTER = holder_of("Ilse Brandvik", kind="person", role="Tesmarian foreign minister")


def said(content, *, polarity="affirm", modality="asserted"):
    return LinkedStatement(
        key=content[:20],
        speaker="Ilse Brandvik",
        speaker_key="ilse brandvik",
        content=content,
        language="en",
        published=date(2026, 3, 2),
        polarity=polarity,
        modality=modality,
    )


@pytest.mark.parametrize(
    ("content", "cue"),
    [
        (
            "The timing of the pull-out is to be settled by the cabinet next month",
            "to be settled",
        ),
        ("No date has been set for the return of the convoy", "no date has been set"),
        ("Вопрос о сроках вывода решим отдельно", "решим отдельно"),
        ("There is no timetable for the brigade's return", "no timetable"),
    ],
)
def test_explicit_open_words_make_a_stance_undecided(content, cue):
    stance = stance_of(said(content), MINISTER)

    assert stance.position == "undecided"
    assert stance.cue == cue


def test_a_hedge_leaves_the_matter_undecided():
    assert stance_of(said("The brigade may stay a little longer"), MINISTER).position == "undecided"


@pytest.mark.parametrize(
    "content",
    ["We expect the brigade to stay", "The brigade is expected to stay until Friday"],
)
def test_an_expectation_ahead_is_a_hedge(content):
    assert stance_of(said(content), MINISTER).cue in ("expect", "expected to")


@pytest.mark.parametrize(
    "content",
    [
        "The exercise lasted longer and cost more than any of us expected",
        "The brigade left on Friday, as expected",
    ],
)
def test_an_outcome_compared_with_expectations_is_no_hedge(content):
    assert stance_of(said(content), MINISTER).position == "affirm"


def test_an_asked_question_is_undecided():
    stance = stance_of(said("Will the brigade stay", modality="question"), MINISTER)

    assert stance.position == "undecided"


def test_a_condition_makes_a_stance_conditional_and_is_kept():
    stance = stance_of(said("The brigade will go home if the talks succeed, he said"), MINISTER)

    assert stance.position == "conditional"
    assert stance.condition == "if the talks succeed"


def test_a_dated_plan_is_definite_not_conditional():
    stance = stance_of(
        said("All foreign units will head back to base after the exercise"), MINISTER
    )

    assert stance.position == "affirm"


def test_a_negated_main_clause_is_a_denial():
    stance = stance_of(said("No unit will stay in the valley", polarity="deny"), MINISTER)

    assert stance.position == "deny"
    assert stance.cue == "no"


def test_the_holder_is_an_official_voice_of_the_side_its_role_names():
    assert MINISTER.official
    assert MINISTER.side == "Tesmarian"
    assert not holder_of("Tomas Ekk", kind="person", role="fisherman").official


def test_a_ministry_speaking_is_an_official_body_of_its_country():
    holder = holder_of("Tesmaria's defence ministry", kind="organisation")

    assert holder.kind == "organisation"
    assert holder.official
    assert holder.side == "Tesmaria"


def test_two_holders_of_one_country_are_on_one_side():
    ministry = holder_of("Tesmaria's defence ministry", kind="organisation")
    rival = holder_of("Kessia's defence ministry", kind="organisation")

    assert same_side(MINISTER, ministry) is True
    assert same_side(ministry, rival) is False
    assert same_side(MINISTER, holder_of("a fisherman", kind="group")) is None


def test_a_stance_reads_in_words_and_as_json():
    stance = stance_of(said("No date has been set for the return"), MINISTER)

    assert describe(stance) == (
        "Ilse Brandvik (Tesmarian foreign minister) leaves it open: 'no date has been set'"
    )
    record = stance_json(stance)
    assert record["position"] == "undecided"
    assert record["text"] == describe(stance)
    assert record["holder"] == {
        "name": "Ilse Brandvik",
        "kind": "person",
        "role": "Tesmarian foreign minister",
        "org": None,
        "side": "Tesmarian",
        "official": True,
    }


def test_a_denying_cue_makes_a_denial_without_a_negation_in_the_words():
    stance = stance_of(said("Tesmarian units had crossed the river", polarity="deny"), MINISTER)

    assert stance.position == "deny"
    assert stance.cue is None


def test_a_negation_only_in_a_condition_is_no_denial():
    stance = stance_of(
        said("The brigade will stay until no threat remains", polarity="deny"), MINISTER
    )

    assert stance.position == "affirm"
