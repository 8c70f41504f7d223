"""Data for stage 3 in Russian (entities): the common nouns that classify a place.

Read by `entities.py`. Lemmas, as natasha's morphology gives them.
"""

from __future__ import annotations

# Places that are features of the land stay LOC; every other place is a political unit (GPE).
LANDFORMS = frozenset(
    {"река", "море", "озеро", "гора", "горы", "остров", "залив", "пролив", "полуостров", "долина"}
)
# A name in apposition to one of these keeps the nominative while the noun takes the case:
# «на полигоне Лисма», «жителей деревни Куру», «через пункт пропуска Остербю».
PLACE_CLASSIFIERS = LANDFORMS | frozenset(
    {
        "город", "городок", "деревня", "село", "посёлок", "поселок", "хутор", "станция",
        "полигон", "пропуск", "переход", "район", "область", "округ", "край", "провинция",
        "регион", "аэропорт", "порт", "лагерь", "база", "улица", "площадь",
    }
)  # fmt: skip
