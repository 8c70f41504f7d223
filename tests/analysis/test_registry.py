"""One entity registry across spellings and scripts: names resolve to one key, written as found."""

from __future__ import annotations

import pytest

from watchdesk.analysis.registry import entity_key, link_entities, resolve_role, stem
from watchdesk.records import Entity, Span


@pytest.mark.parametrize("name", ["Volodymyr Zelensky", "Zelenskyy", "Зеленский", "Zelenskiy"])
def test_spellings_of_zelensky_share_one_key(name):
    assert entity_key(name).split()[-1] == entity_key("Zelensky")


@pytest.mark.parametrize("name", ["Kiev", "Kyiv", "Киев", "Київ"])
def test_kiev_and_kyiv_are_one_place(name):
    assert entity_key(name) == entity_key("Kyiv")


def test_stems_meet_across_cases_and_scripts():
    assert stem("Карезии") == stem("Karesia")


def test_linked_entities_keep_the_names_as_written():
    entities = [
        Entity(text="Kiev", label="GPE", span=Span(0, 4), canonical="Kiev"),
        Entity(text="Киев", label="GPE", span=Span(10, 14), canonical="Киев"),
    ]

    [record] = link_entities(entities)

    assert record.key == entity_key("Kyiv")
    assert {"Kiev", "Киев"} <= set(record.aliases)


def test_a_role_resolves_only_to_the_one_person_holding_it():
    people = {"Aldis Varro": "president", "Ilse Brandvik": "defence minister"}

    assert resolve_role("the Norvaland president", people) == "Aldis Varro"
    assert resolve_role("the minister", {**people, "Yelena Marovska": "foreign minister"}) is None


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Tomas Reinholt", "Томас Рейнхольт"),  # ей written ei
        ("Janek Solberg", "Янек Сольберг"),  # a j that is a й
        ("Yelena Marovska", "Елена Маровская"),  # initial е with y; feminine -ая as -a
        ("Dmitri Orlan", "Дмитрий Орлан"),  # -ий as -i
        ("Liina Tamm", "Лийна Тамм"),  # ий before a consonant
        ("Joris Hulst", "Йорис Хюльст"),  # ю after a consonant
        ("Karesia", "Карезия"),  # -ия as -ia
        ("Grenaby", "Гренабю"),  # a Nordic final y written ю
    ],
)
def test_a_name_in_latin_and_in_cyrillic_shares_one_key(latin, cyrillic):
    assert entity_key(latin) == entity_key(cyrillic)


@pytest.mark.parametrize(
    ("one", "other"), [("Tomas Reinholt", "Tomas Reinhart"), ("Marta", "Marat")]
)
def test_different_names_keep_different_keys(one, other):
    assert entity_key(one) != entity_key(other)


def _person(name):
    return Entity(text=name, label="PERSON", span=Span(0, len(name)), canonical=name)


def test_a_full_name_registers_its_surname_so_a_later_surname_alone_joins_it():
    [record] = link_entities([_person("Liis Kaldma")])
    later = link_entities([_person("Kaldma")], {entity_key(a): record.key for a in record.aliases})

    assert [r.key for r in later] == [record.key]


def test_a_surname_two_people_share_is_no_alias_of_either():
    records = link_entities([_person("Liis Kaldma"), _person("Peeter Kaldma")])

    assert all("Kaldma" not in record.aliases for record in records)
