"""Russian entities: natasha's labels mapped, places split off titles, nominative names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from watchdesk.nlp.ru.entities import find_entities_ru


def test_surname_in_any_case_gets_the_full_nominative_name(
    parse_ru_text: Callable[[str], Any],
) -> None:
    text = (
        "Встреча Альдиса Варро с Ильзе Брандвик прошла в Карезии. "
        "Варро сказал, что Брандвик опоздала."
    )
    entities = find_entities_ru(parse_ru_text(text))
    assert all(e.span.slice(text) == e.text for e in entities)
    people = [(e.text, e.canonical) for e in entities if e.label == "PERSON"]
    assert people == [
        ("Альдиса Варро", "Альдис Варро"),
        ("Ильзе Брандвик", "Ильзе Брандвик"),
        ("Варро", "Альдис Варро"),
        ("Брандвик", "Ильзе Брандвик"),
    ]
    assert ("Карезии", "GPE", "Карезия") in [(e.text, e.label, e.canonical) for e in entities]


def test_place_glued_to_a_titled_name_is_split_off(parse_ru_text: Callable[[str], Any]) -> None:
    text = "Министр иностранных дел Карезии Альдис Варро заявил журналистам. Кремль молчит."
    labels = [(e.text, e.label, e.canonical) for e in find_entities_ru(parse_ru_text(text))]
    assert labels == [
        ("Карезии", "GPE", "Карезия"),
        ("Альдис Варро", "PERSON", "Альдис Варро"),
        ("Кремль", "ORG", "Кремль"),
    ]


def test_the_nearest_full_name_wins_for_a_shared_surname(
    parse_ru_text: Callable[[str], Any],
) -> None:
    text = "Об этом сообщил Ивану Петрову генерал Сергей Петров. Петрова уволили."
    people = [e.canonical for e in find_entities_ru(parse_ru_text(text)) if e.label == "PERSON"]
    assert people == ["Иван Петров", "Сергей Петров", "Сергей Петров"]


def test_a_title_opening_a_sentence_is_not_taken_for_a_place(
    parse_ru_text: Callable[[str], Any],
) -> None:
    entities = find_entities_ru(parse_ru_text("Лоцман Пётр Орлов сказал, что лёд сошёл."))
    assert [(e.text, e.label) for e in entities] == [("Пётр Орлов", "PERSON")]


def test_a_place_between_a_title_and_a_name_is_a_place(
    parse_ru_text: Callable[[str], Any],
) -> None:
    entities = find_entities_ru(
        parse_ru_text("Премьер-министр Норваланда Анне Сульберг прибыла в порт.")
    )
    assert [(e.canonical, e.label) for e in entities][:2] == [
        ("Норваланд", "GPE"),
        ("Анне Сульберг", "PERSON"),
    ]


def test_a_three_word_name_inside_a_sentence_stays_one_person(
    parse_ru_text: Callable[[str], Any],
) -> None:
    text = "Вчера генсек альянса Нильс Ове Карлсен прибыл в порт."
    people = [e.text for e in find_entities_ru(parse_ru_text(text)) if e.label == "PERSON"]
    assert people == ["Нильс Ове Карлсен"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Письмо подписал В.П. Сомов из городской думы.", "В.П. Сомов"),
        ("Об этом рассказал Петром Ильичом Гараевым его сосед.", "Петром Ильичом Гараевым"),
    ],
)
def test_initials_and_patronymics_keep_the_name_whole(
    parse_ru_text: Callable[[str], Any], text: str, name: str
) -> None:
    entities = find_entities_ru(parse_ru_text(text))
    assert [e.text for e in entities if e.label == "PERSON"] == [name]
    assert "GPE" not in {e.label for e in entities}


def test_initials_keep_their_spacing_in_the_canonical_name(
    parse_ru_text: Callable[[str], Any],
) -> None:
    entities = find_entities_ru(parse_ru_text("Письмо подписал В.П. Сомов из городской думы."))
    assert [e.canonical for e in entities if e.label == "PERSON"] == ["В.П. Сомов"]


def test_a_person_in_the_genitive_before_a_name_is_a_person_elsewhere(
    parse_ru_text: Callable[[str], Any],
) -> None:
    text = "Выставка картин Мерхеля открылась в пятницу. Её открыла вдова Мерхеля Дарья Ломова."
    labels = {e.text: e.label for e in find_entities_ru(parse_ru_text(text))}
    assert labels.get("Мерхеля") == "PERSON"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Решение зависит от Елены Корвинской и её команды.", "Елена Корвинская"),
        ("Письмо вручили Еленой Корвинской подписанное.", "Елена Корвинская"),
        # «Марта» is also «of March»: beside a surname in the nominative it is the name as is.
        ("Об этом сообщила пресс-секретарь министерства Марта Кари.", "Марта Кари"),
    ],
)
def test_a_full_name_in_any_case_is_canonical_in_the_nominative(
    parse_ru_text: Callable[[str], Any], text: str, canonical: str
) -> None:
    entities = find_entities_ru(parse_ru_text(text))
    assert [e.canonical for e in entities if e.label == "PERSON"] == [canonical]


def test_a_place_written_bare_and_inflected_gets_the_bare_name_everywhere(
    parse_ru_text: Callable[[str], Any],
) -> None:
    text = (
        "Поезда прибыли в Торвиск утром. Жители Торвиска вышли на вокзал. "
        "Мэр Торвиска сказал, что в Торвиске спокойно."
    )
    places = {e.canonical for e in find_entities_ru(parse_ru_text(text)) if e.label == "GPE"}
    assert places == {"Торвиск"}


def test_a_place_in_apposition_to_a_classifying_noun_stays_as_written(
    parse_ru_text: Callable[[str], Any],
) -> None:
    text = "Учения идут на полигоне Тарвала. Жителей деревень Сору и Тарвала вывезли."
    places = {e.text: e.canonical for e in find_entities_ru(parse_ru_text(text))}
    assert places == {"Тарвала": "Тарвала", "Сору": "Сору"}


def test_a_place_after_a_noun_is_its_genitive_attribute(
    parse_ru_text: Callable[[str], Any],
) -> None:
    text = "Министр обороны Тервиланда прибыл. По данным МВД Тервиланда, граница закрыта."
    places = [e.canonical for e in find_entities_ru(parse_ru_text(text)) if e.label == "GPE"]
    assert places == ["Тервиланд", "Тервиланд"]


def test_a_place_never_takes_a_longer_lemma_of_another_part_of_speech(
    parse_ru_text: Callable[[str], Any],
) -> None:
    # «Мирна» is also a short adjective («мирна», lemma «мирный»).
    entities = find_entities_ru(parse_ru_text("Колонна прошла через Мирна утром."))
    assert [e.canonical for e in entities] == ["Мирна"]


def test_a_name_mostly_a_person_stays_a_person_beside_one_place_reading(
    parse_ru_text: Callable[[str], Any],
) -> None:
    text = (
        "Выставку открыл Фауст. Фауст сказал речь. Картины Фауста висят в зале. "
        "Про Фауста говорят много. Город Фауста основан давно."
    )
    labels = [e.label for e in find_entities_ru(parse_ru_text(text)) if e.text.startswith("Фауст")]
    assert labels.count("PERSON") == 4
