"""Russian polarity and modality: negation in the main clause only, plans versus forecasts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchdesk.records import Statement

Find = Callable[[str], list[Statement]]


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Лоцман Пётр Орлов сказал, что паром ходит, но никто не знает расписания.", "affirm"),
        ("Лоцман Пётр Орлов сказал, что рейсов, которые не отменили, осталось два.", "affirm"),
        ("Лоцман Пётр Орлов сказал, что паром сегодня не ходит.", "deny"),
        ("Лоцман Пётр Орлов сказал, что никто из команды не пострадал.", "deny"),
    ],
)
def test_a_negation_outside_the_main_clause_does_not_deny(
    statements: Find, text: str, polarity: str
) -> None:
    [said] = statements(text)
    assert said.polarity == polarity


@pytest.mark.parametrize(
    "text",
    [
        "Лоцман Пётр Орлов сказал, что пока не знает, когда откроют навигацию.",
        "Лоцман Пётр Орлов сказал, что начало навигации пока не подтверждено.",
        "Лоцман Пётр Орлов сказал, что капитаны ещё не решили, выходить ли в море.",
    ],
)
def test_an_open_question_is_uncertain_not_denied(statements: Find, text: str) -> None:
    [said] = statements(text)
    assert (said.polarity, said.modality) == ("affirm", "uncertain")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # the speaker's own side acts: no subject, the first person, a passive decision
        ("Рыбаки заявили, что перекроют фарватер.", "planned"),
        ("— Мы откроем навигацию в мае, — сказал лоцман Пётр Орлов.", "planned"),
        ("— Маршрут будем менять каждый месяц, — сказал лоцман Пётр Орлов.", "planned"),
        ("Лоцман Пётр Орлов сообщил, что нарушители будут оштрафованы.", "planned"),
        ("Администрация порта сообщила, что паром выйдет на линию в мае.", "planned"),
        ("Глава порта Пётр Орлов объявил, что причал останется закрытым.", "planned"),
        # a forecast of what others or events will do
        ("Лоцман Пётр Орлов сказал, что цены на билеты вырастут к маю.", "expected"),
        ("Лоцман Пётр Орлов ожидает, что паромы будут переполнены.", "expected"),
        # beliefs and fears
        ("Лоцман Пётр Орлов считает, что навигацию откроют поздно.", "uncertain"),
        ("Лоцман Пётр Орлов выразил опасение, что лёд повредит причал.", "uncertain"),
    ],
)
def test_plans_forecasts_and_beliefs(statements: Find, text: str, modality: str) -> None:
    [said] = statements(text)
    assert said.modality == modality
