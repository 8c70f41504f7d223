"""Russian reported speech: clauses, denied objects, announced topics and «по словам X»."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchdesk.records import Statement

Find = Callable[[str], list[Statement]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Мэр Олег Рябов опроверг слухи о закрытии больницы.", "слухи о закрытии больницы"),
        (
            "Мэр Олег Рябов в среду отверг обвинения в растрате бюджета.",
            "обвинения в растрате бюджета",
        ),
        ("Бывший мэр Олег Рябов свою причастность отрицает.", "свою причастность"),
    ],
)
def test_a_denying_verb_denies_its_object(statements: Find, text: str, content: str) -> None:
    [said] = statements(text)
    assert (said.speaker, said.content, said.polarity) == ("Олег Рябов", content, "deny")


def test_an_announced_topic_is_the_news(statements: Find) -> None:
    found = statements(
        "Завод «Севмаш» во вторник сообщил о росте выручки на десять процентов и объявил "
        "о найме двухсот рабочих."
    )
    assert [s.content for s in found] == [
        "о росте выручки на десять процентов",
        "о найме двухсот рабочих",
    ]


def test_two_clauses_under_one_cue_are_two_statements(statements: Find) -> None:
    found = statements(
        "Глава района Ольга Дрозд сообщила, что мост отремонтируют к лету, а также что "
        "паром будет ходить бесплатно."
    )
    assert [s.content for s in found] == [
        "мост отремонтируют к лету",
        "паром будет ходить бесплатно",
    ]
    assert {s.speaker for s in found} == {"Ольга Дрозд"}


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Глава района Ольга Дрозд приехала на переправу. По её словам, паром починят к маю.",
            "Ольга Дрозд",
            "паром починят к маю",
        ),
        (
            "Глава района Ольга Дрозд приехала на переправу. Ремонт, по её словам, займёт месяц.",
            "Ольга Дрозд",
            "Ремонт, по её словам, займёт месяц",
        ),
        (
            "По версии следствия, пожар начался на складе.",
            "следствие",
            "пожар начался на складе",
        ),
        (
            "По данным метеорологов, паводок достигнет пика в субботу.",
            "метеорологи",
            "паводок достигнет пика в субботу",
        ),
    ],
)
def test_according_to(statements: Find, text: str, speaker: str, content: str) -> None:
    [said] = statements(text)
    assert (said.speaker, said.kind, said.content) == (speaker, "according_to", content)


def test_a_trailing_cue_with_an_impersonal_verb_borrows_the_last_speaker(
    statements: Find,
) -> None:
    found = statements(
        "Компания «Северсталь» объявила, что построит новый цех. "
        "Цех заработает через два года, говорится в пресс-релизе."
    )
    assert [s.content for s in found] == ["построит новый цех", "Цех заработает через два года"]
    assert found[1].speaker == found[0].speaker
