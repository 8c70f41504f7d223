"""Stage 6: how many. Parsed article → numbers with their unit or the thing they count.

A figure is found by pattern over the text (spaCy splits "$2.4bn" and "1.2m" into pieces), and its
unit is then read off the parse: a currency sign, "%" or "percent", a measure ("km", "miles"), or
else the noun the number counts ("4,500 Karesian soldiers" → "soldiers"). A figure with no unit is
not reported, nor is one that is part of a date, a year, a time of day, an ordinal, a name ("F-16",
"Resolution 2231") or a duration ("three years"), which belong to the time stage or to nobody.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from watchdesk.nlp.lexicon_time import (
    APPROXIMATORS,
    CURRENCY_SYMBOLS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    TIME_UNIT_WORDS,
    UNIT_ALIASES,
)
from watchdesk.records import Quantity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CURRENCY = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_SCALE = "|".join(w for w in SCALE_WORDS if w != "dozen")
_WORDS = "|".join(sorted([*NUMBER_WORDS, *SCALE_WORDS], key=len, reverse=True))
_FIGURE = re.compile(
    # A figure may not continue a word, a code or another figure: "F-16", "10:30", "3.5.1".
    rf"(?<![\w\-/:.,$€£])(?:(?P<cur>{_CURRENCY})\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<suf>[A-Za-z]+)?"
    rf"(?:\s(?P<scale>{_SCALE})\b)?"
    r"(?P<pct>\s?%|\s(?:per\s?cent|percent)\b)?"
)
_WORD_FIGURE = re.compile(
    rf"\b(?P<words>(?:half\s+a|a|{_WORDS})(?:(?:[\s-]|\sand\s)(?:{_WORDS}))*)\b"
    r"(?P<pct>\s(?:per\s?cent|percent)\b)?",
    re.IGNORECASE,
)
_APPROXIMATOR = re.compile(
    r"(?<!\w)(?P<q>" + "|".join(re.escape(a) for a in APPROXIMATORS) + r")\s*$", re.IGNORECASE
)
_MONTH_WORDS = frozenset({*MONTHS, *MONTH_ABBREVIATIONS, *(f"{a}." for a in MONTH_ABBREVIATIONS)})
_YEARS = range(1800, 2101)
_MAX_UNIT_DISTANCE = 4  # tokens between a figure and the noun it counts ("37 T-72 main tanks")
# What a figure must not run into: a time ("10:30"), a range or score ("3-1"), a fraction ("3/4").
_BAD_NEXT = re.compile(r"^(?::\d|[-–/]\d)")


def find_quantities(doc: Doc) -> list[Quantity]:
    """Return every figure with a unit, in text order."""
    text: str = doc.text  # built once: spaCy assembles `doc.text` anew on every access
    starts = [token.idx for token in doc]  # where each token starts, for `_unit_after`
    found: list[Quantity] = []
    for match in _FIGURE.finditer(text):
        quantity = _from_figure(doc, text, starts, match)
        if quantity is not None:
            found.append(quantity)
    for match in _WORD_FIGURE.finditer(text):
        quantity = _from_words(doc, text, starts, match)
        if quantity is not None:
            found.append(quantity)
    kept: list[Quantity] = []
    for quantity in sorted(found, key=lambda q: (q.span.start, -q.span.end)):
        if not kept or quantity.span.start >= kept[-1].span.end:
            kept.append(quantity)
    return kept


def _from_figure(doc: Doc, text: str, starts: list[int], m: re.Match[str]) -> Quantity | None:
    if _BAD_NEXT.match(text[m.end() :]):
        return None
    value = float(m["num"].replace(",", ""))
    suffix = m["suf"]
    unit: str | None = None
    if suffix:
        if suffix.lower() in SCALE_SUFFIXES:
            value *= SCALE_SUFFIXES[suffix.lower()]
        elif suffix.lower() in UNIT_ALIASES:
            unit = UNIT_ALIASES[suffix.lower()]
        else:
            return None  # an ordinal ("3rd") or a code ("5G")
    if m["scale"]:
        value *= SCALE_WORDS[m["scale"]]
    plain = not (m["cur"] or suffix or m["scale"] or m["pct"])
    if plain and _in_date(doc, m):
        return None
    if m["pct"]:
        unit = "percent"
    elif m["cur"]:
        unit = CURRENCY_SYMBOLS[m["cur"]]
    end = m.end()
    if unit is None:
        noun = _unit_after(doc, starts, m.end())
        if noun is None:
            return None
        unit, end = _unit_name(noun), noun.idx + len(noun)
    return quantity_at(text, m.start(), end, value, unit)


def _from_words(doc: Doc, text: str, starts: list[int], m: re.Match[str]) -> Quantity | None:
    words = re.split(r"[\s-]+", m["words"].lower())
    if words[0] == "a" and len(words) == 1:
        return None
    value = _word_value(words)
    if value is None:
        return None
    if m["pct"]:
        return quantity_at(text, m.start(), m.end(), value, "percent")
    noun = _unit_after(doc, starts, m.end(), counted_only=words[-1] not in SCALE_WORDS)
    if noun is None:
        return None
    return quantity_at(text, m.start(), noun.idx + len(noun), value, _unit_name(noun))


def _word_value(words: list[str]) -> float | None:
    """Add up "two hundred and fifty", "half a million", "a dozen" the way they are said."""
    total, current = 0.0, 0.0
    for word in words:
        if word in ("and", "half"):
            continue
        if word == "a":
            current = current or 1
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word in ("hundred", "dozen"):
            current = (current or 1) * SCALE_WORDS[word]
        else:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0
    value = total + current
    if words[0] == "half":
        value /= 2
    return value or None


def _unit_after(
    doc: Doc, starts: list[int], end: int, *, counted_only: bool = False
) -> Token | None:
    """Find the measure or the counted noun that follows a figure ending at character `end`.

    `starts` holds each token's start (`token.idx`), in order: the first token at or after
    `end` is found by bisection rather than by walking the whole document for every figure.
    """
    first_after = bisect_left(starts, end)
    after = list(doc[first_after : first_after + _MAX_UNIT_DISTANCE + 1])
    if not after:
        return None
    first = after[0]
    if first.lower_ in UNIT_ALIASES and not counted_only:
        return first
    figure = doc[first.i - 1] if first.i > 0 else first
    head = figure.head
    # The parse says which noun the figure counts: skip the adjectives and names in between.
    if (
        figure.dep_ in ("nummod", "compound", "quantmod")
        and head.pos_ == "NOUN"
        and 0 < head.i - figure.i <= _MAX_UNIT_DISTANCE
    ):
        return None if head.lower_ in TIME_UNIT_WORDS else head
    for token in after:
        if token.pos_ == "NOUN" or token.lower_ in UNIT_ALIASES:
            return None if token.lower_ in TIME_UNIT_WORDS else token
        if token.pos_ not in ("ADJ", "PROPN", "NUM") and token.text not in ("-", "–"):
            return None
    return None


def _unit_name(noun: Token) -> str:
    return UNIT_ALIASES.get(noun.lower_, noun.lower_)


def _in_date(doc: Doc, m: re.Match[str]) -> bool:
    """Say whether a bare figure is a year or a day of a month."""
    number = m["num"]
    if number.isdigit() and len(number) == 4 and int(number) in _YEARS:
        return True
    span = doc.char_span(m.start("num"), m.end("num"), alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    if token.ent_type_ in ("DATE", "TIME"):
        return True
    # "March 3", "3 March", "the 3 of March": a month name within two tokens makes it a day.
    window = doc[max(0, token.i - 2) : token.i + 3]
    return any(t.text in _MONTH_WORDS for t in window)


def quantity_at(
    text: str,
    start: int,
    end: int,
    value: float,
    unit: str,
    approximator: re.Pattern[str] = _APPROXIMATOR,
) -> Quantity:
    """The quantity `text[start:end]`; a hedge just before it ("some", «около») is its qualifier.

    `approximator` is the language's hedge pattern, with the hedge in its group "q".
    """
    match = approximator.search(text[max(0, start - 20) : start])
    qualifier = match["q"].lower() if match else None
    return Quantity(
        text=text[start:end],
        value=value,
        unit=unit,
        span=Span(start, end),
        approximate=qualifier is not None,
        qualifier=qualifier,
    )
