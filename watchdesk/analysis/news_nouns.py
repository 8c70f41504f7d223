"""Word lists for reading propositions across languages: general news nouns, Russian → English.

Data only; the logic lives in `propositions.py`. English head nouns are read from the words
themselves (`topics.head_nouns`); a Russian statement names the same things with these stems,
matched at the start of a lower-cased word, so that "аэропорт откроется" and "the airport will
reopen" speak of one thing. Only nouns any news desk meets belong here; a situation's own
vocabulary (its troops, drills, crossings) is concept data in `lexicon.py`.
"""

from __future__ import annotations

# Russian stem → the English head noun (singular, lower-case) it names.
RU_NOUNS: dict[str, str] = {
    "аэропорт": "airport",
    "воздушн": "airspace",
    "мост": "bridge",
    "порт": "port",
    "вокзал": "station",
    "станци": "station",
    "железнодорож": "railway",
    "поезд": "train",
    "эшелон": "train",
    "трасс": "highway",
    "шоссе": "highway",
    "рейс": "flight",
    "полёт": "flight",
    "полет": "flight",
    "самолёт": "aircraft",
    "самолет": "aircraft",
    "истребител": "jet",
    "вертолёт": "helicopter",
    "вертолет": "helicopter",
    "корабл": "ship",
    "судн": "ship",
    "парламент": "parliament",
    "правительств": "government",
    "министерств": "ministry",
    "посольств": "embassy",
    "закон": "law",
    "договор": "agreement",
    "соглашени": "agreement",
    "санкци": "sanction",
    "бюджет": "budget",
    "налог": "tax",
    "пошлин": "tariff",
    "трубопровод": "pipeline",
    "электростанц": "plant",
    "больниц": "hospital",
    "школ": "school",
    "беженц": "refugee",
    "деревн": "village",
    "расписани": "schedule",
    "заявлени": "statement",
    "ракет": "missile",
    "дрон": "drone",
    "беспилотник": "drone",
}
