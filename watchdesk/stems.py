"""Search terms: every word cut to its stem, so that a search for one form finds the others.

`референдум` finds `референдуме`, `withdrawing` finds `withdraw`. The store indexes an article's
terms (revision 0012_search_terms) and stems a query the same way, on SQLite and PostgreSQL alike.
The stemmer is chosen per word by its script, not per article: Russian reports quote English
names and English ones quote Russian, and a query says nothing of its language.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"\w+")
# Snowball stemmers by the script a word is written in; other scripts are kept as written.
_SCRIPTS = (
    (re.compile(r"[\u0400-\u04ff]"), "russian"),
    (re.compile(r"[a-z\u00c0-\u024f]"), "english"),
)
_STEMMERS = {name: snowballstemmer.stemmer(name) for _, name in _SCRIPTS}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem of one word, lower case; a word of no known script, lowered only."""
    lowered = word.lower()
    for script, name in _SCRIPTS:
        if script.search(lowered):
            stemmed: str = _STEMMERS[name].stemWord(lowered)
            return stemmed
    return lowered


def search_terms(text: str) -> str:
    """The text as the index stores it: its words' stems, space-separated."""
    return " ".join(stem(word) for word in _WORD.findall(text))


def query_stems(query: str) -> list[str]:
    """The distinct stems of a query's words, in the order typed."""
    return list(dict.fromkeys(stem(word) for word in _WORD.findall(query)))
