"""Ranking conflict flags: a prior that reads like a reviewer, refitted on analysts' verdicts."""

from __future__ import annotations

from datetime import date

import numpy as np

from watchdesk.analysis.ranking import (
    FEATURES,
    PRIOR,
    FlagFacts,
    average_precision,
    features,
    train,
)
from watchdesk.analysis.stances import holder_of, stance_of
from watchdesk.records import Figure, LinkedStatement

MINISTER = holder_of("Ilse Brandvik", kind="person", role="Tesmarian foreign minister")
GENERAL = holder_of("Oskar Lunde", kind="person", role="Tesmarian army commander")
BLOGGER = holder_of("Pim Aro", kind="person", role="blogger")
REPORT = holder_of("harbourtimes.example", kind="report")


def said(content, *, speaker="Ilse Brandvik", day=2, figures=(), polarity="affirm"):
    return LinkedStatement(
        key=f"{speaker}:{content[:20]}",
        speaker=speaker,
        speaker_key=speaker.lower(),
        content=content,
        language="en",
        published=date(2026, 3, day),
        polarity=polarity,
        topics=("e:tesmari",),
        figures=tuple(figures),
    )


def flag(kind="polarity", *, holders=(MINISTER, GENERAL), days=(2, 3), words=None):
    first_words, second_words = words or (
        "The brigade has left the valley",
        "The brigade has not left the valley",
    )
    a = said(first_words, speaker=holders[0].name, day=days[0])
    b = said(second_words, speaker=holders[1].name, day=days[1], polarity="deny")
    return FlagFacts(kind, a, b, stance_of(a, holders[0]), stance_of(b, holders[1]))


def test_with_no_verdicts_the_prior_is_the_model():
    assert train([]) is PRIOR


def test_two_official_voices_rank_above_an_official_against_a_blogger():
    officials = PRIOR.confidence(flag(holders=(MINISTER, GENERAL)))
    mixed = PRIOR.confidence(flag(holders=(MINISTER, BLOGGER)))

    assert officials > mixed


def test_a_narrative_sentence_ranks_below_an_attributed_statement():
    assert PRIOR.confidence(flag(holders=(MINISTER, REPORT))) < PRIOR.confidence(flag())


def test_statements_weeks_apart_rank_below_statements_of_one_week():
    assert PRIOR.confidence(flag(days=(1, 20))) < PRIOR.confidence(flag(days=(1, 3)))


def test_dismissing_date_flags_moves_date_flags_down():
    date_flag, polarity_flag = flag("date"), flag("polarity")
    before = PRIOR.confidence(date_flag)
    verdicts = [(flag("date", days=(2, 2 + i % 3)), False) for i in range(6)]
    verdicts += [(flag("polarity", days=(2, 2 + i % 3)), True) for i in range(6)]

    model = train(verdicts)

    assert model.confidence(date_flag) < before
    assert model.confidence(date_flag) < model.confidence(polarity_flag)
    assert model.verdicts == 12


def test_confirming_a_kind_moves_it_up():
    number = flag(
        "number",
        words=("About 30 frigates are on patrol", "At least 70 frigates are on patrol"),
    )
    model = train([(number, True)] * 5)

    assert model.confidence(number) > PRIOR.confidence(number)


def test_a_few_verdicts_pull_the_model_not_flip_it():
    model = train([(flag("polarity"), False)])

    assert model.confidence(flag("polarity")) > 0.3


def test_retraining_on_the_same_verdicts_gives_the_same_weights():
    verdicts = [(flag("date"), False), (flag("polarity", days=(2, 9)), True), (flag(), True)]

    assert train(verdicts).weights == train(list(verdicts)).weights


def test_figures_far_apart_count_for_a_number_flag():
    near = flag("number")
    far = FlagFacts(
        "number",
        said("About 30 frigates", figures=[Figure(30, "frigates", "30", "about")]),
        said("At least 300 frigates", day=3, figures=[Figure(300, "frigates", "300", "at_least")]),
        near.first_stance,
        near.second_stance,
    )
    ratio = FEATURES.index("number_ratio")

    assert features(far)[ratio] == np.log(10)
    assert features(near)[ratio] == 0.0


def test_average_precision_rewards_genuine_flags_first():
    assert average_precision([True, True, False]) == 1.0
    assert average_precision([False, True]) == 0.5
    assert average_precision([False, False]) == 0.0
