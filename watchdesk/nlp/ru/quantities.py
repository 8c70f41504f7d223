"""Stage 6 for Russian: how many. Text (or its natasha parse) → figures with units.

A figure is found by pattern: digits with a decimal comma and thin or plain spaces as thousands
separators («4 500», «4,5»), an optional scale word («тыс.», «тысяч», «млн», «млрд»), then a
measure («км», «%») or the noun counted («военнослужащих», «танков», «долларов»). With a parse the
unit is that noun's lemma («военнослужащий»); without one it is the word as written. A figure
that is part of a date («19 января»), a year, a time of day, or a duration («три года») is the time
stage's; a figure with no unit is not reported. A hedge before it («около», «более», «до») makes
it approximate and is kept as `qualifier`.
"""

from __future__ import annotations

import re
from typing import Any

from watchdesk.nlp.quantities import quantity_at
from watchdesk.nlp.ru.lexicon_time import (
    APPROXIMATORS,
    MEASURE_UNITS,
    MONTHS_GENITIVE,
    SCALE_WORDS,
    TIME_NOUNS,
)
from watchdesk.nlp.ru.tree import Tree
from watchdesk.records import Quantity

_SCALE = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
_FIGURE = re.compile(
    # A figure may not continue a word, a code or another figure: «Су-35», «10:30».
    r"(?<![\w\-/:.,])(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    rf"(?:\s?(?P<scale>{_SCALE})\b\.?)?"
    r"(?P<pct>\s?%)?"
)
# The two words after a figure: a measure, the counted noun, or an adjective and the noun.
_NEXT_WORDS = re.compile(r"\s+(?P<w>[а-яёa-z²]+)(?:\s+(?P<w2>[а-яё]{3,}))?", re.IGNORECASE)
_ADJECTIVE_ENDING = re.compile(r"(?:ых|их|ая|ый|ий|ое|ые)$")
_VERB_ENDING = re.compile(r"(?:ут|ют|ят|ат|ет|ит|ся|сь|ли|л|ла|ло|ть)$")
_APPROXIMATOR = re.compile(
    r"(?P<q>" + "|".join(re.escape(a) for a in dict.fromkeys(APPROXIMATORS)) + r")\s+$",
    re.IGNORECASE,
)
_BAD_NEXT = re.compile(r"[:\-–—/]\d")
_YEAR_AFTER = re.compile(r"\s+(?:год|года|году|г\.)\b")


def find_quantities_ru(doc_or_text: Any) -> list[Quantity]:
    """Return every figure with a unit in the Russian text, in text order."""
    text = doc_or_text if isinstance(doc_or_text, str) else str(doc_or_text.text)
    tree = None if isinstance(doc_or_text, str) else Tree.of(doc_or_text)
    found: list[Quantity] = []
    for match in _FIGURE.finditer(text):
        quantity = _from_figure(text, match, tree)
        if quantity is not None:
            found.append(quantity)
    return found


def _from_figure(text: str, m: re.Match[str], tree: Tree | None) -> Quantity | None:
    if _BAD_NEXT.match(text, m.end()) or _YEAR_AFTER.match(text, m.end()):
        return None
    digits = re.sub(r"[ \u00a0\u202f]", "", m["num"])
    value = float(digits.replace(",", "."))
    if m["scale"]:
        value *= SCALE_WORDS[m["scale"].lower()]
    if m["pct"]:
        return quantity_at(text, m.start(), m.end(), value, "%", approximator=_APPROXIMATOR)
    if _next_word_is_month(text, m.end()):
        return None
    words = _NEXT_WORDS.match(text, m.end())
    if words is None:
        return None
    written = words["w"].lower().rstrip(".")
    if written in MEASURE_UNITS:
        return quantity_at(
            text, m.start(), words.end("w"), value, written, approximator=_APPROXIMATOR
        )
    group = _counted(tree, words)
    if group is None:
        return None
    unit = _lemma(tree, words.start(group)) or words[group].lower()
    if unit in TIME_NOUNS:
        return None
    return quantity_at(text, m.start(), words.end(group), value, unit, approximator=_APPROXIMATOR)


def _next_word_is_month(text: str, end: int) -> bool:
    words = text[end : end + 12].split()
    return bool(words) and words[0].lower().strip(".,") in MONTHS_GENITIVE


def _lemma(tree: Tree | None, offset: int) -> str | None:
    token = tree.token_at(offset) if tree is not None else None
    if token is None or token.start != offset:
        return None
    return str(token.lemma or token.text).lower()


def _counted(tree: Tree | None, words: re.Match[str]) -> str | None:
    """Which of the two words after a figure is the counted noun: "w", "w2" or neither.

    «4500 иностранных военных» counts the second word. With a parse the tagger says which is a
    noun; without one, the second is taken when the first ends like an adjective and the second
    does not end like a verb («4500 военнослужащих покинут» counts the first).
    """
    if tree is not None:
        for group in ("w", "w2"):
            token = tree.token_at(words.start(group)) if words[group] else None
            if token is not None and token.pos in {"NOUN", "PROPN"}:
                return group
            if token is None or token.pos != "ADJ":
                return None
        return None
    first, second = words["w"].lower(), (words["w2"] or "").lower()
    if _ADJECTIVE_ENDING.search(first) and second and not _VERB_ENDING.search(second):
        return "w2"
    return "w"
