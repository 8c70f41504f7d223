"""Figures with their unit or the thing they count."""

from __future__ import annotations

import pytest

from watchdesk.nlp.quantities import find_quantities


def _only(parse, sentence):
    found = find_quantities(parse(sentence))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("12,000 troops crossed the border.", "12,000 troops", 12000, "troops"),
        ("The column had 37 tanks.", "37 tanks", 37, "tanks"),
        ("Officials counted 4,500 Karesian soldiers.", "4,500 Karesian soldiers", 4500, "soldiers"),
        ("Three crossings were closed.", "Three crossings", 3, "crossings"),
        ("The navy has twenty-five ships.", "twenty-five ships", 25, "ships"),
        ("He saw two hundred and fifty trucks.", "two hundred and fifty trucks", 250, "trucks"),
        ("Half a million people fled.", "Half a million people", 500_000, "people"),
        ("A dozen tanks moved.", "A dozen tanks", 12, "tanks"),
        ("The army has 1.5 million reservists.", "1.5 million reservists", 1_500_000, "reservists"),
        ("Turnout was 1.2m voters.", "1.2m voters", 1_200_000, "voters"),
    ],
)
def test_counted_thing_is_the_head_noun(parse, sentence, text, value, unit):
    quantity = _only(parse, sentence)
    assert (quantity.text, quantity.value, quantity.unit) == (text, value, unit)
    assert quantity.span.slice(sentence) == text


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The package is worth $2.4 billion.", "$2.4 billion", 2.4e9, "USD"),
        ("The EU pledged €300 million.", "€300 million", 3e8, "EUR"),
        ("London added £5bn.", "£5bn", 5e9, "GBP"),
        ("Washington sent US$5 billion.", "US$5 billion", 5e9, "USD"),
        ("Prices rose 15%.", "15%", 15, "percent"),
        ("Prices rose 15 percent.", "15 percent", 15, "percent"),
        ("Prices rose 15 per cent.", "15 per cent", 15, "percent"),
        ("The camp is 12 km from the border.", "12 km", 12, "km"),
        ("The camp is 12km from the border.", "12km", 12, "km"),
        ("The camp is 60 miles from the capital.", "60 miles", 60, "miles"),
        ("The road is 40 kilometres long.", "40 kilometres", 40, "km"),
    ],
)
def test_money_percent_and_measures_get_a_normalised_unit(parse, sentence, text, value, unit):
    quantity = _only(parse, sentence)
    assert (quantity.text, quantity.value, quantity.unit) == (text, pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Some 4,500 soldiers arrived.", "some"),
        ("The camp is about 60 miles from the capital.", "about"),
        ("Around 300 vehicles moved.", "around"),
        ("Nearly 40 drones were shot down.", "nearly"),
        ("Roughly 20 villages were hit.", "roughly"),
        ("Up to 30 drones were launched.", "up to"),
        ("At least 200 civilians died.", "at least"),
        ("More than 1,000 soldiers were wounded.", "more than"),
    ],
)
def test_hedge_before_a_figure_makes_it_approximate(parse, sentence, qualifier):
    quantity = _only(parse, sentence)
    assert quantity.approximate
    assert quantity.qualifier == qualifier
    assert not quantity.text.lower().startswith(qualifier)


def test_exact_figure_is_not_approximate(parse):
    quantity = _only(parse, "12,000 troops crossed the border.")
    assert not quantity.approximate
    assert quantity.qualifier is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The drills started in 2026.",
        "The drills end on March 3.",
        "The drills ended on 3 March 2026.",
        "The meeting starts at 10:30.",
        "The 3rd battalion moved north.",
        "The F-16 jets landed.",
        "Resolution 2231 was cited.",
        "The match ended 3-1.",
        "Dozens of villages were shelled.",
        "Thousands of people fled.",
        "The troops stayed for three years.",
        "The commander is 55 years old.",
        "One of the soldiers said no one left.",
    ],
)
def test_dates_years_times_ordinals_names_and_durations_are_not_quantities(parse, sentence):
    assert find_quantities(parse(sentence)) == []


def test_quantities_come_in_text_order(parse):
    sentence = "Some 4,500 soldiers, 37 tanks and $2.4 billion in aid arrived 12 km away."
    found = find_quantities(parse(sentence))
    assert [q.text for q in found] == ["4,500 soldiers", "37 tanks", "$2.4 billion", "12 km"]
