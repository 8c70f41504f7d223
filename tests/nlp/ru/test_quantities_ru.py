"""Russian quantities: figures with scale words and units, hedges, dates and durations left out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from watchdesk.nlp.ru.quantities import find_quantities_ru


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "qualifier"),
    [
        ("Там около 4500 военнослужащих.", "4500 военнослужащих", 4500, "военнослужащий", "около"),
        ("Прибыли 4,5 тыс. резервистов.", "4,5 тыс. резервистов", 4500, "резервист", None),
        ("Там примерно 12 тысяч солдат.", "12 тысяч солдат", 12000, "солдат", "примерно"),
        ("Замечены 37 танков.", "37 танков", 37, "танк", None),
        ("Лагерь стоит в 60 км от столицы.", "60 км", 60, "км", None),
        ("Помощь составит 2,4 млрд долларов.", "2,4 млрд долларов", 2.4e9, "доллар", None),
        (
            "Прибыли более 4 500 иностранных военных.",
            "4 500 иностранных военных",
            4500,
            "военный",
            "более",
        ),
    ],
)
def test_figures_with_units(
    parse_ru_text: Callable[[str], Any],
    text: str,
    mention: str,
    value: float,
    unit: str,
    qualifier: str | None,
) -> None:
    [found] = find_quantities_ru(parse_ru_text(text))
    assert found.span.slice(text) == found.text == mention
    assert (found.value, found.unit, found.qualifier) == (value, unit, qualifier)
    assert found.approximate == (qualifier is not None)


def test_dates_times_and_durations_are_not_quantities(parse_ru_text: Callable[[str], Any]) -> None:
    text = "19 января 2026 года в 10:30 учения шли уже 3 года."
    assert find_quantities_ru(parse_ru_text(text)) == []


def test_plain_text_keeps_the_word_as_written() -> None:
    [found] = find_quantities_ru("Замечены 37 танков.")
    assert (found.value, found.unit) == (37, "танков")
