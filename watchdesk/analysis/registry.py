"""Analysis: one entity registry across articles and scripts. Mentions → canonical keys.

A key folds case, diacritics, punctuation and romanisation habits, after Cyrillic is transliterated
(`translit.py`), so "Zelensky", "Zelenskyy" and "Зеленский" share one. Known exonym pairs (Kiev /
Kyiv) come from `translit.KNOWN_ALIASES`; the store adds those analysts teach it. A `stem` is a
shorter key used to index topics across grammatical cases ("Карезии" and "Karesia" meet).
A role description ("the Ukrainian president") resolves to the person the article names in that
role, and only when it names exactly one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from watchdesk.analysis.lexicon import ROLE_WORDS
from watchdesk.analysis.translit import CYRILLIC_TO_LATIN, KNOWN_ALIASES
from watchdesk.records import Entity, EntityRecord

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

STEM_CHARS = 6  # long enough to tell names apart, short enough to drop case endings
# Romanisation habits, folded the same way on both sides of a name: what Cyrillic becomes
# letter by letter (`translit.py`) and what an English or Estonian page writes.
_ENDING_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(yy|iy|ii|yi|ij|ji)$"), "i"),  # Zelenskyy / Zelenskiy / Зеленский
    (re.compile(r"([^aeiouy])y$"), r"\1i"),  # Dmitry / Dmitri / Дмитрий
    (re.compile(r"aya$"), "a"),  # Маровская / Marovska: the Russian feminine -ая
    (re.compile(r"([^aeiou])yu$"), r"\1i"),  # Остербю / Osterby: a Nordic final y as ю
)
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^tch"), "ch"),
    (re.compile(r"dzh"), "j"),  # Джон / John
    (re.compile(r"^j(?=[aeiou])"), "y"),  # Janek / Янек, Juri / Юрий: a j that is a й
    (re.compile(r"^ye"), "e"),  # Yelena / Елена: word-initial е written with or without y
    (re.compile(r"iy(?=[aeou])"), "i"),  # Karesia / Карезия, Maria / Мария
    (re.compile(r"y(?=[^aeiouy])"), "i"),  # Reinholt / Рейнхольт, Liina / Лийна
    (re.compile(r"([^aeiou])yu"), r"\1u"),  # Hulst / Хюльст: ю after a consonant
    (re.compile(r"kh"), "h"),
    (re.compile(r"ff$"), "v"),
    (re.compile(r"ow$"), "ov"),
    (re.compile(r"([a-z])\1"), r"\1"),  # Vallstad / Вальстад → valstad
    (re.compile(r"z"), "s"),  # Karesia / Карезия
)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "col", "gen", "lt", "the", "president"})
_NON_WORD = re.compile(r"[^\w\s]+")


def transliterate(text: str) -> str:
    """Write Cyrillic letters in Latin ones; other characters are kept."""
    return "".join(CYRILLIC_TO_LATIN.get(char, char) for char in text.lower())


def entity_key(name: str) -> str:
    """Return the registry key of a name, the same across scripts and romanisations."""
    key = _fold(name)
    return _KNOWN.get(key, key)


def _fold(name: str, *, endings: bool = True) -> str:
    plain = unicodedata.normalize("NFKD", transliterate(name))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = _NON_WORD.sub(" ", plain.replace("'", "").replace("\u2019", ""))
    words = []
    for word in plain.split():
        if word in _HONORIFICS:
            continue
        for pattern, replacement in (*(_ENDING_FOLDS if endings else ()), *_FOLDS):
            word = pattern.sub(replacement, word)
        words.append(word)
    return " ".join(words)


_KNOWN = {_fold(alias): _fold(group[0]) for group in KNOWN_ALIASES for alias in group}


@lru_cache(maxsize=65536)
def stem(name: str) -> str:
    """The first characters of a name's last word: one topic across cases and demonyms.

    Cached: linking stems every word of every statement to find the article's names in it."""
    known = _KNOWN.get(_fold(name))
    key = known or _fold(name, endings=False)
    return key.split()[-1][:STEM_CHARS] if key else ""


def link_entities(
    entities: Sequence[Entity], aliases: Mapping[str, str] | None = None
) -> list[EntityRecord]:
    """Return one registry record per distinct thing the article mentions.

    `aliases` maps alias keys the store knows (analysts' merges included) to entity keys.
    """
    aliases = aliases or {}
    records: dict[str, EntityRecord] = {}
    surnames = _unshared_surnames(entities)
    for entity in entities:
        key = entity_key(entity.canonical)
        key = aliases.get(key, key)
        if not key:
            continue
        seen = records.get(key)
        names = {entity.text, entity.canonical, *(seen.aliases if seen else ())}
        if entity.label == "PERSON" and entity.canonical in surnames:
            # The surname alone becomes an alias, so that an article naming only "Tamm" later
            # joins "Liina Tamm" — unless this article names two people of that surname.
            names.add(surnames[entity.canonical])
        name = seen.name if seen else entity.canonical
        records[key] = EntityRecord(key, name, entity.label, tuple(sorted(names)))
    return list(records.values())


def _unshared_surnames(entities: Sequence[Entity]) -> dict[str, str]:
    """Full name → surname, for the people named in full whose surname no one else here has."""
    full = {e.canonical for e in entities if e.label == "PERSON" and len(e.canonical.split()) > 1}
    by_surname: dict[str, set[str]] = {}
    for name in full:
        by_surname.setdefault(_fold(name.split()[-1]), set()).add(entity_key(name))
    return {
        name: name.split()[-1] for name in full if len(by_surname[_fold(name.split()[-1])]) == 1
    }


def resolve_role(description: str, people: Mapping[str, str | None]) -> str | None:
    """Return the one person whose role matches a description like "the Norvaland president".

    `people` maps each person the article names to their role, as the statement stage gave it.
    """
    lowered = description.lower()
    wanted = [role for role in ROLE_WORDS if role in lowered]
    if not wanted:
        return None
    matches = {
        person
        for person, role in people.items()
        if role and any(word in role.lower() for word in wanted)
    }
    return matches.pop() if len(matches) == 1 else None
