"""Name keys shared by entities and statements: one key per name across spellings, and short forms.

`canonical_key` folds case, diacritics, punctuation and a few transliteration habits, so that
"Zelenskyy", "Zelensky" and "ZELENSKY" meet. `is_short_form` says whether "Halloran" or
"Mr Halloran" can stand for "Maeve Halloran" later in the same article.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from watchdesk.nlp.lexicon_en import HONORIFICS

# Romanisations of one Cyrillic name differ mostly in these endings and clusters (Zelenskyy /
# Zelensky, Dmitriy / Dmitry, Tchaikovsky / Chaikovsky). Applied to each folded word, in order.
_TRANSLIT_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=[a-z])(yy|iy|ii|yi|ij)$"), "y"),
    (re.compile(r"^tch"), "ch"),
    (re.compile(r"(?<=[a-z])kh"), "h"),
    (re.compile(r"(?<=[a-z])ff$"), "v"),
    (re.compile(r"(?<=[a-z])ow$"), "ov"),
)

# Letters that NFKD leaves whole because they are not a base letter plus an accent.
_LETTER_FOLDS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l"})

_APOSTROPHES = "'\u2019\u2018`"
_POSSESSIVE = re.compile(rf"[{_APOSTROPHES}]s?$")
_NON_WORD = re.compile(r"[^\w\s]+")
# The stages key the same few names over and over (every mention, every speaker, every pair of
# people); the folds cost a Unicode normalisation and five substitutions per word, so the keys of
# recent names are kept. Bounded, as a worker lives through a whole back-fill.
_CACHED_NAMES = 1 << 16


def strip_possessive(text: str) -> str:
    """Drop a trailing possessive ending: "Halloran's" → "Halloran", "Forces'" → "Forces"."""
    return _POSSESSIVE.sub("", text.rstrip())


@lru_cache(maxsize=_CACHED_NAMES)
def name_words(name: str) -> tuple[str, ...]:
    """Return the folded words of a name, without honorifics or a possessive ending."""
    folded = _fold(strip_possessive(name))
    words = [_fold_word(word) for word in folded.split()]
    return tuple(word for word in words if word and word not in HONORIFICS)


@lru_cache(maxsize=_CACHED_NAMES)
def canonical_key(name: str) -> str:
    """Return one matching key per name across case, diacritics, punctuation and romanisations."""
    words = list(name_words(name))
    # "the Nordic Policy Forum" and "Nordic Policy Forum" are one organisation.
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def is_short_form(short: str, full: str) -> bool:
    """Say whether `short` names the same person as `full` by its last words ("Halloran")."""
    short_words, full_words = name_words(short), name_words(full)
    if not short_words or len(short_words) >= len(full_words):
        return False
    # A surname ("Halloran") or a surname with the given names dropped ("van der Berg").
    return full_words[-len(short_words) :] == short_words


def _fold(text: str) -> str:
    # NFKD splits "é" into "e" + a combining accent, which the filter then drops.
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    # Hyphens and apostrophes inside a name separate nothing: "Al-Sayed" = "Al Sayed".
    return _NON_WORD.sub(" ", plain.casefold().translate(_LETTER_FOLDS))


def _fold_word(word: str) -> str:
    for pattern, replacement in _TRANSLIT_FOLDS:
        word = pattern.sub(replacement, word)
    return word
