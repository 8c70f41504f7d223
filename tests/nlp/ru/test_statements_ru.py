"""Russian statements: quotes, dash speech, reported speech, «по словам», speakers, modality."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchdesk.records import Statement


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "content"),
    [
        (
            "«Мы не планируем продлевать учения», — заявил министр обороны Норваланда "
            "Ильзе Брандвик.",
            "Ильзе Брандвик",
            "direct",
            "Мы не планируем продлевать учения",
        ),
        (
            "Министр обороны Норваланда Ильзе Брандвик прибыла в столицу. "
            "Брандвик заявила: «Войска уйдут к концу месяца».",
            "Ильзе Брандвик",
            "direct",
            "Войска уйдут к концу месяца",
        ),
        (
            "Альдис Варро прибыл в столицу.\n— Мы не планируем ничего менять, — сказал он.",
            "Альдис Варро",
            "direct",
            "Мы не планируем ничего менять",
        ),
        (
            "Альдис Варро заявил, что переговоры продолжатся.",
            "Альдис Варро",
            "indirect",
            "переговоры продолжатся",
        ),
        (
            "Переговоры продолжатся на следующей неделе, сообщил Альдис Варро.",
            "Альдис Варро",
            "indirect",
            "Переговоры продолжатся на следующей неделе",
        ),
        (
            "По словам Ильзе Брандвик, около 4500 военнослужащих покинут Карезию.",
            "Ильзе Брандвик",
            "according_to",
            "около 4500 военнослужащих покинут Карезию",
        ),
        (
            "Войска покинут регион к концу месяца, по словам местных жителей.",
            "местные жители",
            "according_to",
            "Войска покинут регион к концу месяца",
        ),
        (
            "Как сообщает пресс-служба Минобороны, дата вывода пока не назначена.",
            "Пресс-служба Минобороны",
            "according_to",
            "дата вывода пока не назначена",
        ),
    ],
)
def test_finds_the_statement_and_its_speaker(
    statements: Callable[[str], list[Statement]], text: str, speaker: str, kind: str, content: str
) -> None:
    found = statements(text)
    assert [(s.speaker, s.kind, s.content) for s in found] == [(speaker, kind, content)]


def test_title_before_the_name_gives_role_and_organisation(
    statements: Callable[[str], list[Statement]],
) -> None:
    [said] = statements(
        "«Возможно, учения продлятся до весны», — говорит главный военный советник министра "
        "обороны Карезии Альдис Варро."
    )
    assert said.speaker == "Альдис Варро"
    assert said.speaker_role == "главный военный советник министра обороны"
    assert said.speaker_org == "Карезия"


def test_surname_in_any_case_and_the_title_resolve_to_the_full_name(
    statements: Callable[[str], list[Statement]],
) -> None:
    found = statements(
        "«Мы не планируем продлевать учения», — заявил министр обороны Норваланда Ильзе "
        "Брандвик. По словам Брандвик, войска уйдут. Министр пообещал вывести войска до 8 февраля."
    )
    assert [s.speaker for s in found] == ["Ильзе Брандвик"] * 3
    assert [s.speaker_mention for s in found] == ["Ильзе Брандвик", "Брандвик", "Министр"]
    assert {s.speaker_role for s in found} == {"министр обороны"}
    assert {s.speaker_org for s in found} == {"Норваланд"}


def test_several_speakers_joined_by_and(statements: Callable[[str], list[Statement]]) -> None:
    [said] = statements("Альдис Варро и Ильзе Брандвик сообщили, что переговоры продолжатся.")
    assert said.speakers == ("Альдис Варро", "Ильзе Брандвик")
    assert said.speaker_mention == "Альдис Варро и Ильзе Брандвик"


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_kind"),
    [
        ("В Кремле заявили, что не получали никаких запросов.", "Кремль", "organisation"),
        ("Эксперты считают, что учения могут продлиться до весны.", "Эксперты", "group"),
        ("Аналитики предупредили, что напряжённость будет расти.", "Аналитики", "group"),
    ],
)
def test_institutions_and_groups_speak(
    statements: Callable[[str], list[Statement]], text: str, speaker: str, speaker_kind: str
) -> None:
    [said] = statements(text)
    assert (said.speaker, said.speaker_kind) == (speaker, speaker_kind)


@pytest.mark.parametrize(
    ("text", "polarity", "modality"),
    [
        ("Альдис Варро заявил, что войска останутся.", "affirm", "expected"),
        ("Альдис Варро заявил, что войска не останутся.", "deny", "expected"),
        ("Альдис Варро заявил, что никаких переговоров не было.", "deny", "asserted"),
        ("Альдис Варро отрицает, что войска останутся.", "deny", "expected"),
        ("Альдис Варро пообещал вывести войска до 8 февраля.", "affirm", "planned"),
        ("Альдис Варро сообщил, что Карезия намерена закрыть границу.", "affirm", "planned"),
        ("Альдис Варро сообщил, что учения могут продлиться.", "affirm", "uncertain"),
        ("Альдис Варро сообщил, что дата вывода пока не назначена.", "affirm", "uncertain"),
        ("Альдис Варро спросил, когда начнётся вывод войск?", "affirm", "question"),
        ("Альдис Варро сообщил, что учения завершились.", "affirm", "asserted"),
    ],
)
def test_polarity_and_modality(
    statements: Callable[[str], list[Statement]], text: str, polarity: str, modality: str
) -> None:
    [said] = statements(text)
    assert (said.polarity, said.modality) == (polarity, modality)


def test_a_quote_split_by_its_cue_is_one_statement(
    statements: Callable[[str], list[Statement]],
) -> None:
    [said] = statements(
        "Альдис Варро прибыл. «Войска останутся, — сказал Варро. — Но их будет меньше»."
    )
    assert said.speaker == "Альдис Варро"
    assert said.content.startswith("Войска останутся")
    assert said.content.endswith("Но их будет меньше")


def test_no_speaker_no_statement(statements: Callable[[str], list[Statement]]) -> None:
    assert statements("Учения продолжаются. «Северный вестник» вышел в понедельник.") == []
