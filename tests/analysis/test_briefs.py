"""The week's dossier and its suggested trend (issue 10), on invented records.

The situation is made up: a ferry line between two ports, a port authority, a harbour master.
"""

from __future__ import annotations

from datetime import date

import pytest

from watchdesk.analysis.briefs import (
    build_dossier,
    iso_week,
    period_between,
    suggest_trend,
    week_of,
)
from watchdesk.analysis.trend_words import reason_words, trend_words
from watchdesk.contract import dossier_json
from watchdesk.records import (
    CommitmentStatus,
    Conflict,
    ConflictFlag,
    Dossier,
    DossierConflict,
    DueCommitment,
    Figure,
    LinkedStatement,
    Period,
    Question,
    SourcedStatement,
    TrendReason,
)

WEEK = iso_week("2026-W10")  # Monday 2 March to Sunday 8 March 2026
_ids = iter(range(1, 10_000))


def said(
    content: str,
    day: date,
    *,
    speaker: str = "Pia Lund",
    role: str | None = None,
    site: str = "Harbour Post",
    outlets: tuple[str, ...] = (),
    index: int | None = 0,
    figures: tuple[Figure, ...] = (),
    question: int | None = None,
    key: str | None = None,
    dates: tuple[str, ...] = (),
) -> SourcedStatement:
    """A statement as the store hands it to the dossier; `role` with an office word is official."""
    row = next(_ids)
    return SourcedStatement(
        statement=LinkedStatement(
            key=key or f"k{row}",
            speaker=speaker,
            speaker_key=speaker.lower() if index is not None else "",
            content=content,
            language="en",
            published=day,
            figures=figures,
            dates=dates,
            question=question,
            id=row,
        ),
        article_id=row,
        index=index,
        title=f"Article {row}",
        site=site,
        statement_id=row if index is not None else None,
        speaker_role=role,
        outlets=outlets,
    )


def flag(first: SourcedStatement, second: SourcedStatement, status="open", *restated):
    pairs = ((first.statement, second.statement), *restated)
    conflict = Conflict(first.statement.key, second.statement.key, "polarity", "one says open")
    return ConflictFlag(conflict, status, pairs)  # type: ignore[arg-type]


def promise(text: str, due: str, state: str, **fields) -> tuple[SourcedStatement, CommitmentStatus]:
    item = said(text, date(2026, 2, 20), **fields)
    return item, CommitmentStatus(item.statement.key, due, state)  # type: ignore[arg-type]


# -- periods -------------------------------------------------------------------------------------


def test_an_iso_week_runs_monday_to_sunday():
    assert iso_week("2026-W07") == Period(date(2026, 2, 9), date(2026, 2, 15), "2026-W07")
    assert week_of(date(2026, 2, 15)).label == "2026-W07"
    assert week_of(date(2026, 1, 1)).label == "2026-W01"  # a Thursday: the first ISO week


@pytest.mark.parametrize("label", ["2026-07", "W07", "2026-W54", "next week"])
def test_a_label_that_is_no_iso_week_is_refused(label):
    with pytest.raises(ValueError, match="not an ISO week"):
        iso_week(label)


def test_a_range_of_days_is_a_period_and_an_exact_week_keeps_its_name():
    assert period_between(date(2026, 3, 1), date(2026, 3, 14)).label == "2026-03-01..2026-03-14"
    assert period_between(date(2026, 3, 2), date(2026, 3, 8)).label == "2026-W10"
    with pytest.raises(ValueError, match="before it starts"):
        period_between(date(2026, 3, 8), date(2026, 3, 2))


# -- statements by weight ------------------------------------------------------------------------


def test_an_official_voice_outweighs_a_bystander_with_the_same_reach():
    official = said(
        "The ferry will not sail", date(2026, 3, 3), speaker="Ola Berg", role="Minister"
    )
    bystander = said("The ferry will not sail", date(2026, 3, 3), speaker="Eli Dahl")

    ranked = build_dossier("Ferries", WEEK, [bystander, official]).statements

    assert [r.source.statement.speaker for r in ranked] == ["Ola Berg", "Eli Dahl"]
    assert [r.official for r in ranked] == [True, False]


def test_words_carried_by_more_outlets_weigh_more():
    wide = said("Ferries resume on Friday", date(2026, 3, 4), outlets=("A", "B", "C"))
    narrow = said("Tickets are sold out", date(2026, 3, 4), outlets=("A",))

    ranked = build_dossier("Ferries", WEEK, [narrow, wide]).statements

    assert ranked[0].source is wide
    assert (ranked[0].outlets, ranked[1].outlets) == (3, 1)


def test_the_same_words_in_several_articles_are_one_entry_counting_every_outlet():
    copies = [
        said("Ferries resume on Friday.", date(2026, 3, 4), site="Harbour Post"),
        said("ferries resume on Friday", date(2026, 3, 5), site="Coast Daily"),
    ]

    [entry] = build_dossier("Ferries", WEEK, copies).statements

    assert (entry.outlets, entry.restated) == (2, 2)
    assert entry.source is copies[0]  # the first said


def test_reports_and_statements_outside_the_period_are_not_ranked():
    report = said("The quay was closed.", date(2026, 3, 3), index=None)
    earlier = said("Ferries will run", date(2026, 2, 20))

    assert build_dossier("Ferries", WEEK, [report, earlier]).statements == ()


# -- conflicts, promises, numbers, questions, volume ---------------------------------------------


def test_a_flag_raised_in_the_period_is_new_and_one_restated_in_it_is_not():
    a, b = said("open", date(2026, 3, 2)), said("closed", date(2026, 3, 3), speaker="Ola Berg")
    old_a, old_b = said("open", date(2026, 2, 2)), said("closed", date(2026, 2, 3))
    # The old words printed again in the period: the same statements, nothing new said.
    reprint = said("closed", date(2026, 3, 4), key=old_b.statement.key)
    fresh = flag(a, b)
    restated = flag(old_a, old_b, "open", (old_a.statement, reprint.statement))
    gone = flag(a, b, "dismissed")
    outside = flag(old_a, old_b)

    found = build_dossier("Ferries", WEEK, [a, b], flags=[restated, gone, outside, fresh])

    assert [(c.flag, c.new) for c in found.conflicts] == [(fresh, True), (restated, False)]
    assert found.conflicts[0].first is a  # the sides come with where to read them


def test_an_old_flag_said_again_in_new_words_in_the_period_is_news():
    old_a = said("shut", date(2026, 2, 2), speaker="Ola Berg", role="Minister")
    old_b = said("open", date(2026, 2, 3), speaker="Eli Dahl")
    # A new count against the old denial: the flag's first pair is weeks old, this one is not.
    count = said("nine ferries shut", date(2026, 3, 3), speaker="Ines Holm", role="Minister")
    renewed = flag(old_a, old_b, "open", (old_a.statement, count.statement))

    found = build_dossier(
        "Ferries",
        WEEK,
        [count],
        flags=[renewed],
        sources={s.statement.key: s for s in (old_a, old_b)},
    )

    [conflict] = found.conflicts
    assert (conflict.new, conflict.first, conflict.second) == (True, old_a, count)
    assert conflict.officials == 2  # counted on the pair that brought the news
    assert suggest_trend(found)[0] == "worse"


def test_promises_due_in_the_period_are_listed_and_one_speakers_repeats_merge():
    kept = promise("The ferry will sail on March 4", "2026-03-04", "kept", speaker="Ola Berg")
    again = promise("The ferry sails on 4 March", "2026-03-04", "kept", speaker="Улла Берг")
    later = promise("The quay reopens in April", "2026-04-01", "open")

    found = build_dossier(
        "Ferries", WEEK, [], commitments=[kept, again, later], identities={"Улла Берг": "ola berg"}
    ).commitments

    assert [(c.promise, c.restated, c.others) for c in found] == [(kept[0], 2, (again[0],))]


def test_a_figure_that_differs_from_the_last_one_stated_is_a_change():
    def ferries(n: float) -> tuple[Figure, ...]:
        return (Figure(n, "ferries", f"{n:g} ferries"),)

    before = said("Four ferries run", date(2026, 2, 25), figures=ferries(4))
    same = said("Four ferries still run", date(2026, 3, 2), figures=ferries(4))
    fewer = said("Only two ferries run", date(2026, 3, 4), figures=ferries(2))
    first = said(
        "300 passengers waited", date(2026, 3, 5), figures=(Figure(300, "passengers", "300"),)
    )

    numbers = build_dossier("Ferries", WEEK, [before, same, fewer, first]).numbers

    assert [(n.unit, n.figure.value, n.before and n.before.value) for n in numbers] == [
        ("ferries", 2, 4),
        ("passengers", 300, None),
    ]
    assert numbers[0].before_source is same


def test_questions_that_moved_count_the_period_against_the_days_before():
    statements = [
        said("open", date(2026, 3, 2), question=7),
        said("shut", date(2026, 3, 3), question=7),
        said("open", date(2026, 2, 26), question=7),
        said("late", date(2026, 2, 20), question=8),
    ]

    moves = build_dossier(
        "Ferries", WEEK, statements, questions=[Question(7, "Will the ferry sail?")]
    ).questions

    assert [(m.question.name, m.statements, m.before) for m in moves] == [
        ("Will the ferry sail?", 2, 1)
    ]


def test_volume_is_counted_per_iso_week_back_through_the_history():
    daily = [(date(2026, 2, 17), 2), (date(2026, 2, 18), 1), (date(2026, 3, 3), 5)]

    volume = build_dossier("Ferries", WEEK, [], daily=daily, history_weeks=2).volume

    assert [(w.week, w.statements) for w in volume] == [
        ("2026-W08", 3),
        ("2026-W09", 0),
        ("2026-W10", 5),
    ]


# -- the suggested trend -------------------------------------------------------------------------


def _dossier(**parts) -> Dossier:
    return Dossier("Ferries", WEEK, **parts)


def _due(state: str) -> DueCommitment:
    item, status = promise("The ferry will sail", "2026-03-04", state)
    return DueCommitment(item, status)


def _new_flag(officials: int = 2, status: str = "open") -> DossierConflict:
    a, b = said("open", date(2026, 3, 2)), said("shut", date(2026, 3, 3))
    return DossierConflict(flag(a, b, status), new=True, officials=officials)


def test_a_week_with_nothing_either_way_is_the_same_and_says_so():
    trend, reasons = suggest_trend(_dossier())

    assert trend == "same"
    assert [r.code for r in reasons] == ["quiet"]


def test_broken_promises_and_new_conflicts_make_it_worse_with_both_reasons():
    trend, reasons = suggest_trend(
        _dossier(conflicts=(_new_flag(),), commitments=(_due("broken"),))
    )

    assert trend == "worse"
    assert {r.code for r in reasons} == {"broken", "conflicts_new"}
    assert all(r.direction == "worse" and r.examples for r in reasons)


def test_promises_kept_make_it_better():
    trend, reasons = suggest_trend(_dossier(commitments=(_due("kept"),)))

    assert (trend, [r.code for r in reasons]) == ("improved", ["kept"])


def test_kept_and_broken_in_one_week_is_mixed():
    trend, _ = suggest_trend(_dossier(commitments=(_due("kept"), _due("broken"))))

    assert trend == "mixed"


def test_one_weak_sign_is_not_enough_to_call_a_trend():
    # A new flag between two voices with no office: half a signal.
    trend, reasons = suggest_trend(_dossier(conflicts=(_new_flag(officials=0),)))

    assert trend == "same"
    assert [r.code for r in reasons] == ["conflicts_new"]  # still shown


def test_a_surge_in_attention_against_the_weeks_before_points_to_worse():
    volume = build_dossier(
        "Ferries", WEEK, [], daily=[(date(2026, 2, 24), 2), (date(2026, 3, 3), 9)]
    ).volume

    trend, reasons = suggest_trend(_dossier(volume=volume))

    assert trend == "worse"
    assert [(r.code, r.count) for r in reasons] == [("volume_up", 9)]


def test_a_themes_first_statements_are_no_surge_in_attention():
    # Nothing in the weeks before: the story starts here, there is nothing to have risen from.
    volume = build_dossier("Ferries", WEEK, [], daily=[(date(2026, 3, 3), 9)]).volume

    trend, reasons = suggest_trend(_dossier(volume=volume))

    assert trend == "same"
    assert [r.code for r in reasons] == ["quiet"]


def test_a_promise_past_its_date_with_no_word_either_way_counts_against():
    trend, reasons = suggest_trend(_dossier(commitments=(_due("due"),)))

    assert (trend, reasons[0].code) == ("worse", "overdue")


def _slipped(text: str, day: date, due: str, state: str = "open", **fields):
    item = said(text, day, question=7, **fields)
    return item, CommitmentStatus(item.statement.key, due, state)  # type: ignore[arg-type]


def test_a_new_date_after_a_missed_one_is_a_slipped_deadline():
    missed = _slipped("The quay reopens on 20 February", date(2026, 2, 2), "2026-02-20", "broken")
    later = _slipped("The quay reopens by the end of March", date(2026, 3, 3), "2026-03-31")
    again = _slipped("The quay reopens by the end of March", date(2026, 3, 5), "2026-03-31")
    other = _slipped(
        "The quay reopens by 31 March",
        date(2026, 3, 4),
        "2026-03-31",
        speaker="Ola Berg",
        role="Minister",
    )

    dossier = build_dossier("Ferries", WEEK, [], commitments=[missed, later, again, other])

    assert [(m.promise, m.earlier) for m in dossier.moved] == [
        (later[0], missed[0]),  # one speaker's new date said twice is one slip
        (other[0], missed[0]),
    ]
    trend, reasons = suggest_trend(dossier)
    assert (trend, reasons[0].code, reasons[0].count) == ("worse", "deadline_moved", 2)
    # The JSON of the dossier (CLI and API) names each new date and the one it replaces.
    shown = dossier_json(dossier, trend, reasons, lambda r: r.code)["moved_deadlines"]
    assert [
        (m["content"], m["due"], m["earlier"]["due"], m["earlier"]["status"]) for m in shown
    ] == [
        ("The quay reopens by the end of March", "2026-03-31", "2026-02-20", "broken"),
        ("The quay reopens by 31 March", "2026-03-31", "2026-02-20", "broken"),
    ]


def test_a_new_date_is_no_slip_when_kept_made_before_the_miss_or_on_another_question():
    missed = _slipped("The quay reopens on 3 March", date(2026, 2, 2), "2026-03-03", "broken")
    kept = _slipped("The quay reopens on Friday", date(2026, 3, 4), "2026-03-06", "kept")
    early = _slipped("The quay reopens in April", date(2026, 2, 10), "2026-04-01")
    early_again = _slipped("The quay reopens in April", date(2026, 3, 5), "2026-04-01")
    elsewhere = said("The ferry sails in April", date(2026, 3, 4), question=8)
    other_matter = (elsewhere, CommitmentStatus(elsewhere.statement.key, "2026-04-01", "open"))

    dossier = build_dossier(
        "Ferries", WEEK, [], commitments=[missed, kept, early, early_again, other_matter]
    )

    assert dossier.moved == ()
    # One voice moving a date is half a signal, as one official leaving a matter open is.
    one = build_dossier(
        "Ferries",
        WEEK,
        [],
        commitments=[
            _slipped("Reopens on 20 February", date(2026, 2, 2), "2026-02-20", "broken"),
            _slipped("Reopens in May", date(2026, 3, 4), "2026-05-01"),
        ],
    )
    assert [m.promise.statement.content for m in one.moved] == ["Reopens in May"]
    assert suggest_trend(one)[0] == "same"


# -- events on the day they happened -------------------------------------------------------------


def _reported(content: str, printed: date, *dates: str, site: str = "Coast Wire"):
    return said(content, printed, speaker=site, site=site, index=None, dates=dates)


def test_an_event_printed_the_week_after_is_news_of_the_week_it_happened():
    # Monday 9 March's paper tells of Saturday 7 March: the W10 dossier holds it, W11's does not.
    closure = _reported("The quay was shut on Saturday.", date(2026, 3, 9), "2026-03-07")
    reprint = _reported(
        "The quay was shut on Saturday.", date(2026, 3, 10), "2026-03-07", site="Harbour Post"
    )
    today = _reported("The ferry sailed on Monday.", date(2026, 3, 9), "2026-03-09")
    quoted = said("We shut the quay on Saturday", date(2026, 3, 9), dates=("2026-03-07",))
    everything = [closure, reprint, today, quoted]

    this_week = build_dossier("Ferries", WEEK, everything)
    next_week = build_dossier("Ferries", iso_week("2026-W11"), everything)

    assert [(e.source, e.day, e.reports) for e in this_week.events] == [
        (closure, date(2026, 3, 7), 2)
    ]
    assert [e.source for e in next_week.events] == [today]
    # What was said stays in the week it was printed.
    assert this_week.statements == ()
    assert [r.source for r in next_week.statements] == [quoted]


def test_a_report_dated_ahead_long_before_or_twice_and_a_quote_are_no_dated_events():
    printed = date(2026, 3, 6)
    reports = [
        _reported("The quay reopens on 7 March.", printed, "2026-03-07"),  # a plan
        _reported("The quay was first shut on 20 February.", printed, "2026-02-20"),  # background
        _reported("Shut on 3 March, reopened on 4 March.", printed, "2026-03-03", "2026-03-04"),
        _reported("The quay was busy.", printed),  # no day stated
        said("We shut the quay on Tuesday", printed, dates=("2026-03-03",)),  # someone's words
    ]

    assert build_dossier("Ferries", WEEK, reports).events == ()


# -- in words ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "language", "expected"),
    [
        (1, "en", "1 promise fell due and was broken"),
        (3, "en", "3 promises fell due and were broken"),
        (3, "ru", "обещания, срок которых истёк и которые не выполнены: 3"),
    ],
)
def test_a_reason_is_said_in_the_readers_language(count, language, expected):
    reason = TrendReason("worse", "broken", count, 1.5, ("Ola Berg: the ferry will sail",))

    text = reason_words(reason, language)

    assert text.startswith(expected)
    assert "«Ola Berg: the ferry will sail»" in text


def test_the_trend_has_a_word_in_each_language_and_english_elsewhere():
    assert (trend_words("worse", "en"), trend_words("worse", "ru")) == ("worse", "хуже")
    assert trend_words("mixed", "de") == "mixed"
