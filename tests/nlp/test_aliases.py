"""canonical_key folds spellings together; is_short_form matches surnames to full names."""

from __future__ import annotations

import pytest

from watchdesk.nlp.aliases import canonical_key, is_short_form, strip_possessive


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Zelenskyy", "Zelensky"),
        ("ZELENSKY", "zelensky"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Dmitriy Orlov", "Dmitry Orlov"),
        ("Søren Ålund", "Soren Alund"),
        ("José Núñez", "Jose Nunez"),
        ("Al-Sayed", "Al Sayed"),
        ("the Nordic Policy Forum", "Nordic Policy Forum"),
        ("Halloran's", "Halloran"),
        ("Mr Brandvik", "Brandvik"),
    ],
)
def test_spellings_of_one_name_share_a_key(one, other):
    assert canonical_key(one) == canonical_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Brandvik", "Brandvold"), ("Maeve Halloran", "Mary Halloran"), ("Karesia", "Kares")],
)
def test_different_names_keep_different_keys(one, other):
    assert canonical_key(one) != canonical_key(other)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Halloran", "Maeve Halloran"),
        ("Halloran's", "Maeve Halloran"),
        ("Ms Halloran", "Maeve Halloran"),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("van der Berg", "Anneke van der Berg"),
    ],
)
def test_surname_is_short_form_of_full_name(short, full):
    assert is_short_form(short, full)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Maeve", "Maeve Halloran"),  # a given name alone is too weak a match
        ("Maeve Halloran", "Maeve Halloran"),
        ("Brandvik", "Maeve Halloran"),
        ("", "Maeve Halloran"),
    ],
)
def test_other_names_are_not_short_forms(short, full):
    assert not is_short_form(short, full)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Halloran's", "Halloran"), ("Halloran\u2019s", "Halloran"), ("Forces'", "Forces")],
)
def test_strip_possessive_drops_the_ending(text, expected):
    assert strip_possessive(text) == expected
