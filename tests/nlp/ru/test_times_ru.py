"""Russian times, resolved against a Friday publication date (2026-02-20)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from watchdesk.nlp.ru.times import find_times_ru

PUBLISHED = date(2026, 2, 20)  # a Friday


@pytest.mark.parametrize(
    ("text", "mention", "value", "end", "grain", "relation"),
    [
        ("Учения начались 19 января.", "19 января", "2026-01-19", None, "day", "on"),
        (
            "Это случилось 19 января 2025 года.",
            "19 января 2025 года",
            "2025-01-19",
            None,
            "day",
            "on",
        ),
        ("Войска оставались до 8 февраля.", "8 февраля", "2026-02-08", None, "day", "until"),
        (
            "Учения пройдут с 19 января по 8 февраля.",
            "19 января по 8 февраля",
            "2026-01-19",
            "2026-02-08",
            "day",
            "on",
        ),
        ("Встреча 19–28 января.", "19–28 января", "2026-01-19", "2026-01-28", "day", "on"),
        ("Министр заявил это в понедельник.", "понедельник", "2026-02-16", None, "day", "on"),
        ("Войска уйдут в понедельник.", "понедельник", "2026-02-23", None, "day", "on"),
        (
            "Переговоры пройдут на следующей неделе.",
            "следующей неделе",
            "2026-02-23",
            None,
            "week",
            "on",
        ),
        (
            "Учения начались в прошлом месяце.",
            "прошлом месяце",
            "2026-01-01",
            None,
            "month",
            "on",
        ),
        ("Министр прибыл вчера.", "вчера", "2026-02-19", None, "day", "on"),
        ("Министр прибудет завтра.", "завтра", "2026-02-21", None, "day", "on"),
        ("Сегодня прошли учения.", "Сегодня", "2026-02-20", None, "day", "on"),
        (
            "Войска уйдут в течение двух недель.",
            "в течение двух недель",
            "2026-03-06",
            None,
            "day",
            "by",
        ),
        ("Войска уйдут к концу месяца.", "концу месяца", "2026-02-28", None, "day", "by"),
    ],
)
def test_resolves_against_publication(
    parse_ru_text: Callable[[str], Any],
    text: str,
    mention: str,
    value: str,
    end: str | None,
    grain: str,
    relation: str,
) -> None:
    [found] = find_times_ru(parse_ru_text(text), PUBLISHED)
    assert found.span.slice(text) == found.text == mention
    assert (found.value, found.end, found.grain, found.relation) == (value, end, grain, relation)


def test_plain_text_works_without_a_parse() -> None:
    [found] = find_times_ru("Войска останутся до 8 февраля.", PUBLISHED)
    assert (found.value, found.relation) == ("2026-02-08", "until")


def test_without_publication_only_dates_with_a_year_are_kept() -> None:
    text = "19 января 2026 года и вчера."
    assert [t.value for t in find_times_ru(text, None)] == ["2026-01-19"]


@pytest.mark.parametrize(
    ("text", "mention", "value", "grain", "relation"),
    [
        ("Маяк построили в 1998 году.", "1998 году", "1998-01-01", "year", "on"),
        ("Цены растут с 2021 года.", "2021 года", "2021-01-01", "year", "from"),
        ("Отчёт подвёл итоги 2025 года.", "2025 года", "2025-01-01", "year", "on"),
        ("Это худший улов этого года.", "этого года", "2026-01-01", "year", "on"),
        ("Улов прошлого года был лучше.", "прошлого года", "2025-01-01", "year", "on"),
        ("Цены за прошлую неделю выросли.", "прошлую неделю", "2026-02-09", "week", "on"),
        ("Паром ходил всю прошлую неделю.", "прошлую неделю", "2026-02-09", "week", "on"),
    ],
)
def test_years_and_periods_in_any_case(
    parse_ru_text: Callable[[str], Any],
    text: str,
    mention: str,
    value: str,
    grain: str,
    relation: str,
) -> None:
    [found] = find_times_ru(parse_ru_text(text), PUBLISHED)
    assert found.span.slice(text) == found.text == mention
    assert (found.value, found.grain, found.relation) == (value, grain, relation)


@pytest.mark.parametrize(
    ("text", "mention", "value", "relation"),
    [
        ("Верфь наймёт сварщиков к октябрю.", "октябрю", "2026-10-01", "by"),
        ("Мост закроют до января.", "января", "2027-01-01", "until"),
        ("Навигация открыта с декабря.", "декабря", "2025-12-01", "from"),
        ("Рейсы отменены после марта.", "марта", "2026-03-01", "after"),
    ],
)
def test_a_month_without_a_day_in_any_case(
    parse_ru_text: Callable[[str], Any], text: str, mention: str, value: str, relation: str
) -> None:
    [found] = find_times_ru(parse_ru_text(text), PUBLISHED)
    assert found.span.slice(text) == found.text == mention
    assert (found.value, found.grain, found.relation) == (value, "month", relation)


def test_a_capitalised_month_word_is_a_name(parse_ru_text: Callable[[str], Any]) -> None:
    assert find_times_ru(parse_ru_text("Капитан Марта Линд вернулась в порт."), PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Причал отремонтируют в течение года.", "в течение года", "2027-02-20"),
        ("Паром вернётся через месяц.", "через месяц", "2026-03-20"),
    ],
)
def test_a_duration_without_a_count_is_one_unit(
    parse_ru_text: Callable[[str], Any], text: str, mention: str, value: str
) -> None:
    [found] = find_times_ru(parse_ru_text(text), PUBLISHED)
    assert (found.text, found.value, found.relation) == (mention, value, "by")


# -- a day and month placed by the verbs above it (issue 9) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Promised before its day, reported after it: this year's day, not next year's.
        ("Мэр обещал отремонтировать площадь до 12 февраля.", "2026-02-12"),
        ("Капитан заявил в понедельник, что паром выйдет в рейс 12 февраля.", "2026-02-12"),
        ("Напомним, 2 февраля капитан заявил, что «паром выйдет в рейс 12 февраля».", "2026-02-12"),
        # Promised before its day, which is still to come: this year's too.
        ("Мэр обещал отремонтировать площадь до 12 марта.", "2026-03-12"),
        # The date's own verb in the past: behind publication.
        ("Последний паром ушёл 12 февраля.", "2026-02-12"),
        # The writer's own future past its day: the next one; an undated «заявил» is the news
        # of the day, so the same.
        ("Паром выйдет в рейс 12 февраля.", "2027-02-12"),
        ("Капитан заявил, что паром выйдет в рейс 12 февраля.", "2027-02-12"),
        # A day named after a past act, not before it: «отложил до» is the nearest such day.
        ("Суд отложил заседание до 12 марта.", "2026-03-12"),
        # A participle without an auxiliary has no tense of its own.
        ("Следующее заседание назначено на 12 марта.", "2026-03-12"),
    ],
)
def test_day_and_month_follow_the_tense_of_their_clause(
    parse_ru_text: Callable[[str], Any], text: str, value: str
) -> None:
    # The day of the saying («в понедельник») may be a mention too; the date is the last one.
    found = find_times_ru(parse_ru_text(text), PUBLISHED)[-1]
    assert found.value == value


def test_a_deadline_promised_in_the_past_is_not_pushed_a_year_ahead(
    parse_ru_text: Callable[[str], Any],
) -> None:
    # Written in October: the September the mayor promised is this year's, already behind.
    text = "Мэр обещал открыть бассейн к сентябрю."
    [found] = find_times_ru(parse_ru_text(text), date(2026, 10, 16))
    assert found.value == "2026-09-01"
