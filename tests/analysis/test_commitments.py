"""Forward-looking statements with due dates and conditions, from hand-built records."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from watchdesk.analysis.commitments import find_commitments, why_not_promise
from watchdesk.records import Commitment, Span, Statement, TimeMention

PREFIX = "The minister said that "  # the statement's words start right after this
START = len(PREFIX)


def _statement(content, modality="planned", polarity="affirm"):
    return Statement(
        speaker="Ilse Brandvik",
        speaker_mention="Brandvik",
        cue="said",
        kind="indirect",
        content=content,
        span=Span(len(PREFIX), len(PREFIX) + len(content)),
        modality=modality,
        polarity=polarity,
    )


def _time(content, text, value, *, relation="on", end=None, offset=START):
    start = offset + content.index(text)
    return TimeMention(
        text=text, value=value, span=Span(start, start + len(text)), end=end, relation=relation
    )


@pytest.mark.parametrize("modality", ["planned", "expected"])
def test_forward_statement_with_a_date_inside_is_a_commitment(modality):
    content = "the troops will leave on March 3"
    times = [_time(content, "March 3", "2026-03-03")]
    assert find_commitments([_statement(content, modality)], times) == [
        Commitment(statement=0, due="2026-03-03", condition=None)
    ]


def test_asserted_plain_future_counts_as_a_commitment():
    content = "the troops will leave by March 3"
    times = [_time(content, "March 3", "2026-03-03", relation="by")]
    assert find_commitments([_statement(content, "asserted")], times) == [
        Commitment(statement=0, due="2026-03-03")
    ]


@pytest.mark.parametrize(
    ("content", "modality", "polarity"),
    [
        ("the troops left on March 3", "asserted", "affirm"),
        ("the troops will not leave on March 3", "asserted", "affirm"),
        ("the troops will leave on March 3", "planned", "deny"),
        ("the troops may leave on March 3", "uncertain", "affirm"),
        ("will the troops leave on March 3", "question", "affirm"),
    ],
)
def test_past_denied_uncertain_or_question_gives_no_commitment(content, modality, polarity):
    times = [_time(content, "March 3", "2026-03-03")]
    assert find_commitments([_statement(content, modality, polarity)], times) == []


def test_range_is_due_at_its_end():
    content = "the drills will run from January 19 to February 8"
    times = [_time(content, "January 19 to February 8", "2026-01-19", end="2026-02-08")]
    assert find_commitments([_statement(content)], times)[0].due == "2026-02-08"


def test_deadline_is_preferred_over_a_plain_date():
    content = "after talks on March 1 the troops will leave by March 3"
    times = [
        _time(content, "March 1", "2026-03-01"),
        _time(content, "March 3", "2026-03-03", relation="by"),
    ]
    assert find_commitments([_statement(content)], times)[0].due == "2026-03-03"


def test_start_time_sets_no_due_date():
    content = "flights will resume from March 1"
    times = [_time(content, "March 1", "2026-03-01", relation="from")]
    assert find_commitments([_statement(content, "expected")], times) == []


def test_time_outside_the_statement_is_ignored():
    content = "the troops will leave soon"
    outside = TimeMention(text="Monday", value="2026-02-16", span=Span(0, 6))
    assert find_commitments([_statement(content, "expected")], [outside]) == []


def test_time_before_publication_is_no_due_date():
    content = "the troops will leave by February 1"
    times = [_time(content, "February 1", "2026-02-01", relation="by")]
    statements = [_statement(content)]
    assert find_commitments(statements, times, published=date(2026, 2, 20)) == []
    assert find_commitments(statements, times)[0].due == "2026-02-01"


@pytest.mark.parametrize(
    ("content", "condition"),
    [
        ("the troops will leave once the drills are over", "once the drills are over"),
        ("the troops will leave after the drills end", "after the drills end"),
        ("if the talks fail, the troops will stay", "if the talks fail"),
        ("the border will reopen as soon as the shelling stops", "as soon as the shelling stops"),
        ("the troops will leave unless attacked", "unless attacked"),
    ],
)
def test_planned_statement_with_condition_and_no_date_is_due_none(content, condition):
    assert find_commitments([_statement(content)], []) == [
        Commitment(statement=0, due=None, condition=condition)
    ]


def test_condition_keeps_the_clause_and_leaves_its_date_to_due():
    content = "the troops will leave after the drills end on March 3"
    times = [_time(content, "March 3", "2026-03-03")]
    assert find_commitments([_statement(content)], times) == [
        Commitment(statement=0, due="2026-03-03", condition="after the drills end")
    ]


def test_after_a_date_is_not_a_condition():
    content = "the troops will leave after March 3"
    times = [_time(content, "March 3", "2026-03-03", relation="after")]
    assert find_commitments([_statement(content)], times) == []


def test_expected_will_with_condition_and_no_date_is_a_commitment():
    content = "we will withdraw once the drills are over"
    assert find_commitments([_statement(content, "expected")], []) == [
        Commitment(statement=0, due=None, condition="once the drills are over")
    ]


def test_expected_statement_with_condition_but_no_date_is_no_commitment():
    content = "prices are likely to fall once the drills are over"
    assert find_commitments([_statement(content, "expected")], []) == []


def test_commitment_points_at_the_statement_index():
    first, second = "the troops withdrew", "the troops will return by March 3"
    offset = len(PREFIX) + len(first) + 2
    second_statement = Statement(
        speaker="Ilse Brandvik",
        speaker_mention="Brandvik",
        cue="said",
        kind="indirect",
        content=second,
        span=Span(offset, offset + len(second)),
        modality="planned",
    )
    times = [_time(second, "March 3", "2026-03-03", relation="by", offset=offset)]
    commitments = find_commitments([_statement(first, "asserted"), second_statement], times)
    assert commitments == [Commitment(statement=1, due="2026-03-03")]


# -- what can be a promise at all (issue 9) -------------------------------------------------------


def _one_time(content):
    return [_time(content, "March 3", "2026-03-03")]


@pytest.mark.parametrize(
    "content",
    [
        "will the ferry sail again by March 3?",
        "whether the harbour master will be able to reopen the pier on March 3",
        "It is whether the council will still say the same thing on March 3.",
        "exactly when the ferry would sail again, perhaps on March 3",
    ],
)
def test_a_question_direct_or_indirect_is_no_promise(content):
    assert find_commitments([_statement(content, "expected")], _one_time(content)) == []


def test_a_mocking_cue_makes_a_future_no_promise():
    content = "the ferry will of course sail again on March 3"
    mocked = replace(_statement(content), cue="scoffed")

    assert find_commitments([mocked], _one_time(content)) == []


@pytest.mark.parametrize(
    "content",
    [
        "Now they say March 3. I will believe it when I see the ferry sail.",
        "As if the ferry will sail again on March 3.",
    ],
)
def test_sarcasm_is_no_promise(content):
    assert find_commitments([_statement(content, "expected")], _one_time(content)) == []


def test_a_forecast_of_what_others_will_say_is_no_promise():
    content = "On March 3 they will write that we sank the ferry ourselves."
    assert find_commitments([_statement(content, "expected")], _one_time(content)) == []


@pytest.mark.parametrize(
    ("role", "org"),
    [("analyst", "Harbour Policy Institute"), ("resident of the port district", None)],
)
def test_an_observers_forecast_is_no_promise(role, org):
    content = "the ferry will sail again on March 3"
    observer = replace(_statement(content), speaker_role=role, speaker_org=org)

    assert find_commitments([observer], _one_time(content)) == []


def test_an_official_of_a_body_can_promise():
    content = "the ferry will sail again on March 3"
    official = replace(
        _statement(content), speaker_role="minister", speaker_org="Transport Ministry"
    )

    assert find_commitments([official], _one_time(content)) == [
        Commitment(statement=0, due="2026-03-03", condition=None)
    ]


def test_the_dateline_dates_the_story_not_the_promise():
    content = "HARBOUR CITY, March 3 (Coast Wire) - The ferry will sail again within a week"
    times = [_time(content, "March 3", "2026-03-03")]

    assert find_commitments([_statement(content)], times, published=date(2026, 3, 3)) == []


# -- naming the filter that drops a statement (for loss reports) ----------------------------------


@pytest.mark.parametrize(
    ("content", "modality", "cue", "role", "reason"),
    [
        ("will the ferry sail again by March 3?", "expected", "said", None, "question"),
        (
            "whether the pier will reopen on March 3",
            "expected",
            "said",
            None,
            "indirect question",
        ),
        ("the ferry will sail again on March 3", "planned", "scoffed", None, "mockery"),
        (
            "On March 3 they will write that we sank it.",
            "expected",
            "said",
            None,
            "non-committing verb",
        ),
        ("the ferry will sail again on March 3", "planned", "said", "analyst", "observer"),
    ],
)
def test_each_refusing_filter_is_named(content, modality, cue, role, reason):
    statement = replace(_statement(content, modality), cue=cue, speaker_role=role)

    assert why_not_promise(statement, _one_time(content)) == reason


def test_a_statement_of_the_past_fails_for_want_of_a_future():
    content = "the ferry sailed on March 3"

    assert why_not_promise(_statement(content, "asserted"), _one_time(content)) == (
        "no future/planned modality (asserted)"
    )


def test_a_forecast_without_date_or_condition_is_named_so():
    assert why_not_promise(_statement("the ferry will sail again", "expected"), []) == (
        "no due date or condition"
    )


def test_a_denied_future_is_a_watch_item_and_nothing_refuses_it():
    content = "the ferry will not sail before March 3"
    denied = _statement(content, "planned", polarity="deny")

    assert why_not_promise(denied, _one_time(content)) is None


def test_a_pledge_with_no_time_at_all_is_watched_without_a_due_date():
    content = "the pier will reopen to fishing boats"

    assert find_commitments([_statement(content, "planned")], []) == [
        Commitment(statement=0, due=None, condition=None)
    ]


def test_a_forecast_with_no_time_at_all_is_no_commitment():
    content = "the pier will reopen to fishing boats"

    assert find_commitments([_statement(content, "expected")], []) == []
