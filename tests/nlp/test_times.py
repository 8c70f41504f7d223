"""Time expressions resolved against the publication date (fixture: Friday 2026-02-20)."""

from __future__ import annotations

from datetime import date

import pytest

from watchdesk.nlp.times import find_times


def _only(parse, published, sentence):
    times = find_times(parse(sentence), published)
    assert len(times) == 1, times
    return times[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The drills end on March 3.", "March 3", "2026-03-03"),
        ("The drills ended on 3 March 2026.", "3 March 2026", "2026-03-03"),
        ("The talks began on Jan. 26.", "Jan. 26", "2026-01-26"),
        ("The file is dated 2026-03-03.", "2026-03-03", "2026-03-03"),
        ("Troops arrived on February 15th.", "February 15th", "2026-02-15"),
        ("The talks were held on Monday, February 16.", "Monday, February 16", "2026-02-16"),
        ("The order was signed on December 28.", "December 28", "2025-12-28"),
        ("The base opened on March 3, 2024.", "March 3, 2024", "2024-03-03"),
    ],
)
def test_absolute_date_resolves_to_iso_day(parse, published, sentence, text, value):
    mention = _only(parse, published, sentence)
    assert (mention.text, mention.value, mention.grain) == (text, value, "day")
    assert mention.span.slice(sentence) == text


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The ceasefire was agreed on December 28.", "2025-12-28"),
        ("The vote is set for July 1.", "2026-07-01"),
        ("The deadline is March 3.", "2026-03-03"),
    ],
)
def test_day_month_without_year_takes_the_year_nearest_publication(
    parse, published, sentence, value
):
    assert _only(parse, published, sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The troops withdrew on Monday.", "2026-02-16"),
        ("Officials had met on Tuesday.", "2026-02-17"),
        ("The ministry said on Wednesday that nothing changed.", "2026-02-18"),
    ],
)
def test_weekday_in_past_tense_resolves_to_previous_week(parse, published, sentence, value):
    assert _only(parse, published, sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The troops will withdraw on Monday.", "2026-02-23"),
        ("The envoy is expected to arrive on Tuesday.", "2026-02-24"),
        ("The envoy meets the minister on Wednesday.", "2026-02-25"),
    ],
)
def test_weekday_in_future_context_resolves_to_next_one(parse, published, sentence, value):
    assert _only(parse, published, sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The convoy left last Friday.", "2026-02-13"),
        ("The convoy leaves next Friday.", "2026-02-27"),
        ("The convoy left on Friday.", "2026-02-20"),
    ],
)
def test_last_and_next_weekday_skip_the_publication_day(parse, published, sentence, value):
    assert _only(parse, published, sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "text", "value", "grain"),
    [
        ("The border closed today.", "today", "2026-02-20", "day"),
        ("The border closed yesterday.", "yesterday", "2026-02-19", "day"),
        ("The border opens tomorrow.", "tomorrow", "2026-02-21", "day"),
        ("Shelling resumed last week.", "last week", "2026-02-09", "week"),
        ("Talks resume next week.", "next week", "2026-02-23", "week"),
        ("Prices fell last month.", "last month", "2026-01-01", "month"),
        ("Prices will rise next month.", "next month", "2026-03-01", "month"),
        ("Spending rises this year.", "this year", "2026-01-01", "year"),
        ("The drills resume in early March.", "early March", "2026-03-01", "month"),
        ("The fighting started three weeks ago.", "three weeks ago", "2026-01-26", "week"),
        ("The plan was floated in March last year.", "March last year", "2025-03-01", "month"),
        ("Mid-March is the target.", "Mid-March", "2026-03-01", "month"),
        ("Elections are due in late 2026.", "late 2026", "2026-01-01", "year"),
        ("The base will close by the end of 2027.", "the end of 2027", "2027-12-31", "year"),
        ("Since 2014 the border has been closed.", "2014", "2014-01-01", "year"),
    ],
)
def test_relative_expression_resolves_with_its_grain(
    parse, published, sentence, text, value, grain
):
    mention = _only(parse, published, sentence)
    assert (mention.text, mention.value, mention.grain) == (text, value, grain)


@pytest.mark.parametrize(
    ("sentence", "text", "relation"),
    [
        ("The exercise lasts until March 3.", "March 3", "until"),
        ("Troops must leave by Friday.", "Friday", "by"),
        ("Nothing will change before March 10.", "March 10", "before"),
        ("Flights resume after March 10.", "March 10", "after"),
        ("The curfew applies from March 1.", "March 1", "from"),
        ("The curfew has applied since January 5.", "January 5", "from"),
        ("The drills end on March 3.", "March 3", "on"),
    ],
)
def test_relation_word_goes_to_relation_not_to_text(parse, published, sentence, text, relation):
    mention = _only(parse, published, sentence)
    assert (mention.text, mention.relation) == (text, relation)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "end"),
    [
        ("Drills run from January 19 to February 8.", "January 19 to February 8",
         "2026-01-19", "2026-02-08"),
        ("Drills run Jan. 26–28.", "Jan. 26–28", "2026-01-26", "2026-01-28"),
        ("Drills run 26-28 January.", "26-28 January", "2026-01-26", "2026-01-28"),
        ("Talks run between March 3 and March 5, 2027.", "March 3 and March 5, 2027",
         "2027-03-03", "2027-03-05"),
        ("Talks run from Monday to Wednesday.", "Monday to Wednesday", "2026-02-23", "2026-02-25"),
    ],
)  # fmt: skip
def test_range_has_start_value_and_end(parse, published, sentence, text, value, end):
    mention = find_times(parse(sentence), published)[0]
    assert (mention.text, mention.value, mention.end, mention.relation) == (text, value, end, "on")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The troops will leave within two weeks.", "within two weeks", "2026-03-06"),
        ("The troops will leave in ten days.", "in ten days", "2026-03-02"),
        ("A reply is due within 48 hours.", "within 48 hours", "2026-02-22"),
        ("The base will close within a month.", "within a month", "2026-03-20"),
    ],
)
def test_duration_ahead_resolves_to_its_end_date_with_relation_by(
    parse, published, sentence, text, value
):
    mention = _only(parse, published, sentence)
    assert (mention.text, mention.value, mention.relation) == (text, value, "by")


def test_end_of_the_month_resolves_to_its_last_day(parse, published):
    mention = _only(parse, published, "The troops will leave by the end of the month.")
    assert (mention.text, mention.value, mention.relation) == (
        "the end of the month",
        "2026-02-28",
        "by",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The troops have been there for three years.",
        "The commander is 55 years old.",
        "Prices rose for the first time in two years.",
        "Prices doubled in two years.",
        "The troops will withdraw within two weeks of the end of the drills.",
        "March organisers met the mayor.",
        "He may resign.",
        "The company employs 2,026 people.",
    ],
)
def test_no_point_in_time_gives_no_mention(parse, published, sentence):
    assert find_times(parse(sentence), published) == []


def test_without_publication_date_only_dates_with_a_year_are_kept(parse):
    sentence = "On Monday they said the drills end on March 3 and the base shuts on 3 April 2026."
    times = find_times(parse(sentence), None)
    assert [(t.text, t.value) for t in times] == [("3 April 2026", "2026-04-03")]


def test_mentions_come_in_text_order(parse, published):
    sentence = "The troops withdrew yesterday and will return on March 3, officials said today."
    times = find_times(parse(sentence), published)
    assert [t.text for t in times] == ["yesterday", "March 3", "today"]
    assert all(t.span.slice(sentence) == t.text for t in times)


# --- bare years, months placed by tense, weekdays of the saying -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The ferry line reported a profit for 2024.", "2024", "2024-01-01"),
        ("Veterans still remember the 2011 floods.", "2011", "2011-01-01"),
        ("The club stands by its 2030 target.", "2030", "2030-01-01"),
    ],
)
def test_bare_year_used_as_a_time_reference(parse, published, sentence, text, value):
    mention = _only(parse, published, sentence)
    assert (mention.text, mention.value, mention.grain) == (text, value, "year")


def test_bare_number_that_counts_is_not_a_year(parse, published):
    assert find_times(parse("The army sent 2000 soldiers."), published) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # Published in February: a deadline or a plan puts a bare month ahead, even far ahead.
        ("The town will hire ten nurses by October.", "2026-10-01"),
        ("The council plans to open the bridge in October.", "2026-10-01"),
        # A past verb puts it behind, even when the coming one is nearer.
        ("The bridge opened in June.", "2025-06-01"),
    ],
)
def test_bare_month_is_placed_by_tense(parse, published, sentence, value):
    assert _only(parse, published, sentence).value == value


def test_weekday_right_after_a_past_cue_dates_the_saying(parse, published):
    sentence = "Farmers in the valley said on Wednesday they would block the road."
    assert _only(parse, published, sentence).value == "2026-02-18"


# --- a day and month in past or reported-past context (issue 9) -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # Published 20 February: the promise was made before its day, so its day is this year's,
        # even though it has passed.
        ("The mayor had promised to repave the square by 12 February.", "2026-02-12"),
        ("The union said the strike would end by February 12.", "2026-02-12"),
        ("The harbour master said on Monday that the ferry will sail again by February 12.",
         "2026-02-12"),
        ("The ferry was to sail again by February 12.", "2026-02-12"),
        ("Critics say the council broke its pledge to reopen the pool by February 12.",
         "2026-02-12"),
        # A promise reported before its day is still this year's.
        ("The mayor had promised to repave the square by 12 March.", "2026-03-12"),
        # The date's own verb in the past: behind publication.
        ("The last ferry had left by February 12.", "2026-02-12"),
    ],
)  # fmt: skip
def test_deadline_reported_from_the_past_keeps_this_years_date(parse, published, sentence, value):
    # The day of the saying ("on Monday") may be a mention too; the deadline is the last one.
    assert find_times(parse(sentence), published)[-1].value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # The writer's own future, past the day: the next one.
        ("The ferry will sail again by February 12.", "2027-02-12"),
        # A present reporting verb reports the promise now, not from the past; so does a "said"
        # with no day of its own: the news of the day.
        ("The harbour master says the ferry will sail again by February 12.", "2027-02-12"),
        ('"The ferry will sail again by February 12," the harbour master said.', "2027-02-12"),
    ],
)
def test_future_clause_past_its_day_goes_forward(parse, published, sentence, value):
    assert _only(parse, published, sentence).value == value


def test_reported_promise_far_behind_publication_is_the_coming_one(parse):
    sentence = "The mayor said that the square would be repaved by January 15."
    assert _only(parse, date(2026, 12, 18), sentence).value == "2027-01-15"


def test_past_clause_never_puts_a_day_ahead(parse):
    # Written on 5 January: "December 28" in a past clause is last year's, not this year's.
    sentence = "The ferry line had stopped its night crossings on December 28."
    assert _only(parse, date(2026, 1, 5), sentence).value == "2025-12-28"
