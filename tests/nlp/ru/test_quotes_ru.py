"""Russian direct speech: quotes with their cue after, and speech opened by a dash."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchdesk.records import Statement

Find = Callable[[str], list[Statement]]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "— Склады заполнены на две трети, — заявил директор элеватора Степан Гурин.",
            "Степан Гурин",
            "Склады заполнены на две трети",
        ),
        (
            "Степан Гурин осмотрел склады. — Зерна хватит до весны, — сказал он.",
            "Степан Гурин",
            "Зерна хватит до весны",
        ),
        (
            "Степан Гурин приехал на элеватор. — Где документы? — спросил он.",
            "Степан Гурин",
            "Где документы?",
        ),
        (
            "— Мост — это главная артерия района, — пояснила инженер Ольга Дрозд.",
            "Ольга Дрозд",
            "Мост — это главная артерия района",
        ),
    ],
)
def test_speech_opened_by_a_dash_is_direct(
    statements: Find, text: str, speaker: str, content: str
) -> None:
    [said] = statements(text)
    assert (said.speaker, said.kind, said.content) == (speaker, "direct", content)


def test_dash_speech_goes_on_after_its_cue(statements: Find) -> None:
    [said] = statements(
        "— Мы закончим ремонт в срок, — пообещал подрядчик Илья Сомов. — Материалы уже на месте. "
        "Жители района ждут открытия моста."
    )
    assert said.content == (
        "Мы закончим ремонт в срок, — пообещал подрядчик Илья Сомов. — Материалы уже на месте"
    )


def test_a_second_speaker_after_a_dash_is_not_a_continuation(statements: Find) -> None:
    found = statements(
        "— Ремонт закончен, — сказал подрядчик Илья Сомов. — Мост пока закрыт, — возразила "
        "глава района Ольга Дрозд."
    )
    assert [(s.speaker, s.content) for s in found] == [
        ("Илья Сомов", "Ремонт закончен"),
        ("Ольга Дрозд", "Мост пока закрыт"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "«Когда откроют переправу?» — спрашивает рыбак Павел Зуев.",
            "Павел Зуев",
            "Когда откроют переправу?",
        ),
        (
            "«Переправа откроется после ледохода», — сообщил в пятницу начальник порта "
            "Григорий Ласточкин.",
            "Григорий Ласточкин",
            "Переправа откроется после ледохода",
        ),
    ],
)
def test_a_quote_with_its_cue_after_it_is_direct(
    statements: Find, text: str, speaker: str, content: str
) -> None:
    [said] = statements(text)
    assert (said.speaker, said.kind, said.content) == (speaker, "direct", content)


def test_words_quoted_inside_reported_speech_stay_in_it(statements: Find) -> None:
    [said] = statements(
        "Паром начнёт ходить «по летнему расписанию», добавил начальник порта Григорий Ласточкин."
    )
    assert said.kind == "indirect"
    assert said.content == "Паром начнёт ходить «по летнему расписанию»"


def test_a_quote_going_on_in_the_next_sentence_is_the_same_speakers(statements: Find) -> None:
    found = statements(
        "«Мы готовы к переговорам», — сказал посредник Игорь Вальдман. "
        "«Но только без предварительных условий». Стороны пока не ответили."
    )
    assert [(s.speaker, s.cue, s.content) for s in found] == [
        ("Игорь Вальдман", "сказал", "Мы готовы к переговорам"),
        ("Игорь Вальдман", "", "Но только без предварительных условий"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # another sentence comes between
        "«Мы готовы к переговорам», — сказал посредник Игорь Вальдман. Стороны молчат. "
        "«Но только без предварительных условий».",
        # quoted words inside a sentence of the reporter's own
        "«Мы готовы к переговорам», — сказал посредник Игорь Вальдман. "
        "«Мирные облигации фонда» тем временем дорожают.",
    ],
)
def test_a_later_quote_without_a_cue_is_not_claimed(statements: Find, text: str) -> None:
    assert [s.content for s in statements(text)] == ["Мы готовы к переговорам"]
