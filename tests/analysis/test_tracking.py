"""Commitment tracking: later reports attached as evidence; open, due, kept, broken, unclear."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from watchdesk.analysis.commitments import promised_actions, track_commitments
from watchdesk.analysis.topics import concepts, dates
from watchdesk.ingest.files import read_inputs
from watchdesk.link import commitment_statuses
from watchdesk.pipeline import ingest
from watchdesk.records import LinkedStatement, TrackedCommitment
from watchdesk.store import open_store


def linked(content, *, day, month=2, speaker="Northgate Herald", modality="asserted"):
    published = date(2026, month, day)
    return LinkedStatement(
        key=f"{day}:{content[:30]}",
        speaker=speaker,
        speaker_key=speaker.lower(),
        content=content,
        language="en",
        published=published,
        topics=(*sorted(f"c:{c}" for c in concepts(content)), "e:karesi"),
        dates=tuple(dates(content, published)),
        modality=modality,
    )


PROMISE = TrackedCommitment(
    linked("Our troops will leave Norvaland by February 15", day=2, modality="expected"),
    due="2026-02-15",
)


def status(commitment, later, as_of):
    [result] = track_commitments([commitment], later, date.fromisoformat(as_of))
    return result


def test_before_the_due_date_a_promise_is_open():
    assert status(PROMISE, [], "2026-02-10").status == "open"


def test_after_the_due_date_without_evidence_it_is_due():
    assert status(PROMISE, [], "2026-02-16").status == "due"


def test_a_report_that_it_did_not_happen_breaks_it():
    report = linked("Some 3,200 Karesian soldiers were still in Norvaland on Monday", day=16)

    result = status(PROMISE, [report], "2026-02-20")

    assert result.status == "broken"
    [evidence] = result.evidence
    assert (evidence.statement, evidence.verdict) == (report.key, "broken")
    assert evidence.triggers == ("still in",)


def test_a_report_before_the_due_date_that_it_has_not_happened_yet_breaks_nothing():
    report = linked("Karesian troops remain in Norvaland", day=9)

    assert status(PROMISE, [report], "2026-02-20").status == "due"


def test_done_before_the_due_date_stays_open_with_its_evidence_until_due():
    report = linked("The last Karesian troops left Norvaland on Tuesday", day=11)

    early = status(PROMISE, [report], "2026-02-12")

    assert early.status == "open"
    assert [e.verdict for e in early.evidence] == ["kept"]


def test_done_only_after_the_due_date_breaks_it():
    promise = TrackedCommitment(
        linked("The border crossings will reopen next week", day=26, month=1, modality="expected"),
        due="2026-02-08",
    )
    report = linked("Two Karesian border crossings reopened on Wednesday", day=11)

    result = status(promise, [report], "2026-02-20")

    assert result.status == "broken"
    assert "only after" in result.evidence[0].reason


def test_a_report_that_declines_to_say_leaves_it_unclear():
    promise = TrackedCommitment(
        linked(
            "We will ask Dravsk for a written explanation", day=21, month=1, modality="expected"
        ),
        due="2026-01-25",
    )
    report = linked("Reinholt declined to say whether the request had been sent", day=28, month=1)

    assert status(promise, [report], "2026-02-01").status == "unclear"


@pytest.mark.parametrize(
    "content",
    ["The weather in Vallstad was cold", "Karesian troops will leave next week"],
)
def test_unrelated_reports_and_new_forecasts_are_no_evidence(content):
    assert status(PROMISE, [linked(content, day=16)], "2026-02-20").evidence == ()


def test_a_report_that_it_remained_as_it_was_breaks_it():
    promise = TrackedCommitment(
        linked("Krell airport will reopen to civilian flights on April 6", day=2, month=4),
        due="2026-04-06",
    )
    report = linked("Krell airport remained closed on Tuesday.", day=7, month=4)

    result = status(promise, [report], "2026-04-20")

    assert result.status == "broken"
    assert result.evidence[0].triggers == ("closed",)


def test_the_condition_of_a_promise_is_not_what_was_promised():
    promise = TrackedCommitment(
        linked("The units will withdraw once the drills are over", day=5, month=1),
        due="2026-02-08",
    )
    drills_over = linked("The drills ended on Sunday, as planned", day=9)
    troops_stay = linked("No Karesian unit had left Norvaland by Monday", day=9)

    result = status(promise, [drills_over, troops_stay], "2026-02-20")

    assert result.status == "broken"
    assert [e.statement for e in result.evidence] == [troops_stay.key]


def test_a_meeting_promised_is_kept_when_it_met_on_the_day():
    promise = TrackedCommitment(
        linked("The council will hold an extraordinary meeting on Thursday", day=28, month=1),
        due="2026-01-29",
    )
    report = linked("The council met in extraordinary session on Thursday", day=30, month=1)

    assert status(promise, [report], "2026-02-20").status == "kept"


def test_a_report_done_without_a_date_long_after_is_no_evidence():
    report = linked("The talks took place as the exercise entered its final week", day=20)
    promise = TrackedCommitment(
        linked("The council will hold talks on the crisis", day=2), due="2026-02-05"
    )

    assert status(promise, [report], "2026-02-25").evidence == ()


def test_what_follows_the_promise_does_not_deny_it():
    promise = TrackedCommitment(
        linked(
            "We will invite foreign military attaches to the Lisma range on January 30, so that "
            "everyone can see what is there and what is not there",
            day=22,
            month=1,
        ),
        due="2026-01-30",
    )
    report = linked(
        "Military attaches from eleven countries toured the Lisma range on Friday", day=30, month=1
    )

    assert status(promise, [report], "2026-02-20").status == "kept"


# -- evidence on the same matter and action; verdicts that agree with it (issue 9) -----------------


def test_the_promise_is_the_action_its_future_verb_names():
    content = "Two of the five border crossings, including the one in Tarsk, will close at noon"

    # A closing (the opposite of an opening), not a crossing.
    assert promised_actions(content) == {"open": (-1, "close")}


def test_the_action_after_will_is_promised_not_the_one_in_its_when_clause():
    content = "The border crossings will reopen next week, when the dredgers move to the harbour"

    assert set(promised_actions(content)) == {"open"}


CLOSING = TrackedCommitment(
    linked("Two of the five border crossings will close to lorries on Friday", day=11),
    due="2026-02-13",
)


def test_done_by_the_due_date_stays_kept_when_later_reports_find_it_so():
    closed = linked("The ministry closed two of the five border crossings on Friday", day=13)
    still_closed = linked("The two border crossings stayed closed on Monday", day=16)

    result = status(CLOSING, [closed, still_closed], "2026-02-20")

    assert result.status == "kept"
    assert result.evidence[0].verdict == "kept"


def _named(content, *, day, names):
    topics = (*sorted(f"c:{c}" for c in concepts(content)), *names)
    return replace(linked(content, day=day), topics=topics)


def test_a_report_on_another_named_thing_is_no_evidence():
    promise = TrackedCommitment(
        _named("The Tarsk border crossing will reopen on Wednesday", day=9, names=("e:tarsk",)),
        due="2026-02-11",
    )
    other = _named("The Orrin border crossing reopened on Wednesday", day=19, names=("e:orrin",))

    assert status(promise, [other], "2026-02-20").evidence == ()


REOPENING = TrackedCommitment(
    linked("The border crossings will reopen on February 16", day=9), due="2026-02-16"
)


@pytest.mark.parametrize(
    "content",
    [
        # An obligation or a schedule says what should happen, not what did.
        "The border crossings are due to reopen on Wednesday",
        "Пункты пропуска на границе должны открыться в среду",
        # A negation of another verb turns an opposite word round: no report of a reopening.
        "There are not enough guards at the closed border crossings",
        # A state that goes on is no reopening.
        "Lorries queued at the nearest border crossing still open",
        # A question reports nothing.
        "When will the border crossings reopen?",
        "Have the border crossings reopened?",
    ],
)
def test_a_plan_or_a_turned_round_opposite_is_no_evidence(content):
    assert status(REOPENING, [linked(content, day=17)], "2026-02-20").evidence == ()


def test_a_day_or_a_month_is_no_name_of_another_thing():
    promise = TrackedCommitment(
        linked("The assembly will hold a budget debate on February 18", day=9), due="2026-02-18"
    )
    report = linked("The assembly held the budget debate on Wednesday, as promised", day=19)

    assert status(promise, [report], "2026-02-20").status == "kept"


def test_done_before_the_due_date_is_kept_once_the_date_has_come():
    report = linked("The last Karesian troops left Norvaland on Tuesday", day=11)

    assert status(PROMISE, [report], "2026-02-16").status == "kept"


def test_a_named_place_makes_two_wordings_one_thing():
    promise = TrackedCommitment(
        linked("The rail link to Tarsk will resume on February 16", day=9), due="2026-02-16"
    )
    report = linked("Trains to Tarsk resumed on Monday, as promised, the railway said", day=17)

    assert status(promise, [report], "2026-02-20").status == "kept"


def test_reports_that_it_was_done_and_that_it_still_is_not_leave_it_unclear():
    promise = TrackedCommitment(
        linked("The ferry line to Tarsk will resume on February 16", day=9), due="2026-02-16"
    )
    done = linked("Ferries to Tarsk resumed on Monday, the operator said", day=16)
    again = linked("Ferries to Tarsk resumed on Monday, as promised", day=17)
    not_done = linked("Ferries to Tarsk have not resumed, and the pier is still closed", day=18)

    assert status(promise, [done, again, not_done], "2026-02-20").status == "unclear"


# -- end dates of events stated anywhere in the store ---------------------------------------------


def test_a_promise_waiting_for_an_event_is_due_on_its_end_stated_in_a_later_article(
    tmp_path, parser
):
    promise = tmp_path / "promise.txt"
    promise.write_text(
        "Guests to leave after the manoeuvres\n\n"
        '"Our guests will go home when the manoeuvres end," Defence Minister Anna Berg told '
        "reporters.\n",
        encoding="utf-8",
    )
    schedule = tmp_path / "schedule.txt"
    schedule.write_text(
        "Manoeuvres schedule\n\nThe joint manoeuvres near Tarsk will run until March 12, the "
        "defence ministry said in a statement.\n",
        encoding="utf-8",
    )
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    for path, day in ((promise, date(2026, 3, 1)), (schedule, date(2026, 3, 2))):
        ingest(read_inputs([path], published=day, max_bytes=100_000), store, parser)

    dues = {
        item.statement.content: status.due
        for item, status in commitment_statuses(store, date(2026, 3, 5))
        if item.condition
    }
    store.close()

    assert dues == {"Our guests will go home when the manoeuvres end": "2026-03-12"}


def test_narration_before_a_statement_in_one_sentence_is_evidence_too(tmp_path, parser):
    # "… issued a statement calling on X to …" is a statement; the meeting before its cue is a
    # report of its own, and the promised meeting is kept by it.
    promise = tmp_path / "promise.txt"
    promise.write_text(
        "Harbour board to meet\n\n"
        '"The Tessin Harbour Board will hold an extraordinary meeting on Thursday," its chairman, '
        "Jon Halvorsen, told reporters on Monday.\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.txt"
    report.write_text(
        "Harbour board meets\n\nThe Tessin Harbour Board met in extraordinary session on "
        "Thursday and issued a statement calling on the Transport Ministry to \u201cdredge the "
        "outer channel\u201d and to report back \u201cby the end of the month\u201d.\n",
        encoding="utf-8",
    )
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    for path, day in ((promise, date(2026, 3, 2)), (report, date(2026, 3, 6))):
        ingest(read_inputs([path], published=day, max_bytes=100_000), store, parser)

    statuses = [s.status for _, s in commitment_statuses(store, date(2026, 3, 10))]
    store.close()

    assert statuses == ["kept"]


# -- a promised verb no action list knows (issue 9) -----------------------------------------------

VERB_PROMISE = TrackedCommitment(
    linked("The ministry will reimburse the farmers by March 3", day=2, modality="expected"),
    due="2026-03-03",
)


def test_the_verb_after_will_is_the_promised_action_when_no_list_knows_it():
    assert promised_actions(VERB_PROMISE.statement.content) == {"v:reimburs": (1, "will reimburse")}


def test_a_listed_action_wins_over_the_bare_verb():
    assert set(promised_actions("The army will withdraw its units by March 3")) == {"withdraw"}


def test_a_report_that_the_unlisted_verb_was_done_on_time_keeps_it():
    report = linked("The ministry reimbursed the farmers on Monday", day=2, month=3)

    result = status(VERB_PROMISE, [report], "2026-03-05")

    assert result.status == "kept"
    assert [e.statement for e in result.evidence] == [report.key]


def test_a_report_that_the_unlisted_verb_was_not_done_breaks_it():
    report = linked("The farmers have still not been reimbursed", day=4, month=3)

    assert status(VERB_PROMISE, [report], "2026-03-05").status == "broken"


@pytest.mark.parametrize(
    "content",
    [
        "The insurer reimbursed the fishermen on Monday",  # said of other things
        "The reimbursement of the farmers was discussed on Monday",  # the action only named
    ],
)
def test_the_unlisted_verb_said_of_other_things_or_only_named_is_no_evidence(content):
    report = linked(content, day=2, month=3)

    result = status(VERB_PROMISE, [report], "2026-03-05")

    assert (result.status, result.evidence) == ("due", ())


def test_a_plan_said_with_an_infinitive_promises_its_verb():
    assert promised_actions("The ministry pledged to reimburse the farmers by March 3") == {
        "v:reimburs": (1, "to reimburse")
    }


def test_to_before_a_noun_is_no_promised_verb():
    assert promised_actions("The ministry sent letters to the farmers on March 3") == {}
