"""Part of stage 5 (times): the patterns that find time expressions, and the words that relate
an event to them ("until", "by", "from"). `times.py` resolves what these patterns match.

Matching is done on the raw text rather than with spaCy's DATE entities, because the small English
model misses or misshapes many news dates ("Jan. 26–28", "within two weeks").
"""

from __future__ import annotations

import re
from typing import Literal

from watchdesk.nlp.lexicon_time import MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, WEEKDAYS

Relation = Literal["on", "by", "until", "from", "after", "before"]

MONTH_INDEX = {**{k.lower(): v for k, v in MONTHS.items()}}
MONTH_INDEX.update({k.lower(): v for k, v in MONTH_ABBREVIATIONS.items()})
_MONTH = (
    "(?:"
    + "|".join(MONTHS)
    + "|"
    + "|".join(rf"{a}\.|{a}\b" for a in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
    + ")"
)
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_DAY = r"(?<![\d,.:$€£])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
_DASH = r"\s?[–—-]\s?"
_NUM = "(?:an?|" + "|".join(NUMBER_WORDS) + r"|\d{1,3})"
_UNIT = r"(?:hour|day|week|month|year)s?"
# Leading words that pick a part of a month or year: "early March", "mid-March", "the end of 2026".
_PART_OF = r"(?i:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)"


def _p(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# Each pattern names its parts; `_resolve_match` turns a match of any of them into dates.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", _p(r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b")),
    (
        "month_day_range",
        _p(rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY}){_DASH}(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"),
    ),
    (
        "day_month_range",
        _p(
            rf"(?P<d>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    (
        "month_day",
        _p(
            rf"(?:\b{_WEEKDAY},?\s+)?\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?!,\d{{3}})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    (
        "day_month",
        _p(
            rf"(?:\b{_WEEKDAY},?\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    (
        "month",
        _p(
            rf"(?:\b(?P<q>{_PART_OF})[\s-]+|\b(?P<rel>(?i:last|next|this))\s+)?\b(?P<m>{_MONTH})"
            rf"(?:,?\s+(?P<y>{_YEAR})|\s+(?P<ry>last|next|this)\s+year\b)?"
        ),
    ),
    ("part_of_year", _p(rf"\b(?P<q>{_PART_OF})[\s-]+(?P<y>{_YEAR})")),
    (
        "year_range",
        # "from 2021 to 2024", "between 2021 and 2024", "2021–2024".
        _p(
            rf"(?:\b(?i:from|between)\s+)?\b(?P<y>{_YEAR})"
            rf"(?:\s+(?i:to|and|until|through)\s+|{_DASH})(?P<y2>{_YEAR})\b"
        ),
    ),
    (
        "year",
        # A bare year needs a preposition: "2026" alone is as likely a count or a name. A hedge
        # may stand between: "until at least 2032", "as recently as 2024".
        _p(
            rf"\b(?i:in|by|since|until|before|after|from|during|through|for|as)\s+"
            rf"(?:(?i:at\s+least|at\s+the\s+earliest|as\s+early\s+as)\s+)?(?P<y>{_YEAR})\b"
        ),
    ),
    (
        "year",
        # ... or a determiner before it and a word after it: "the 2019 crisis", "its 2027 target",
        # "all 2025 admissions".
        _p(rf"\b(?i:the|its|their|his|her|our|this|that|all|every)\s+(?P<y>{_YEAR})(?=\s+[a-z])"),
    ),
    ("weekday", _p(rf"(?:\b(?P<rel>(?i:last|next|this|coming|past))\s+)?\b(?P<wd>{_WEEKDAY})\b")),
    ("relative_day", _p(r"\b(?P<w>today|tonight|yesterday|tomorrow)\b", re.IGNORECASE)),
    (
        "relative_period",
        _p(
            r"\b(?:(?:the\s+)?(?P<end>end|beginning|start)\s+of\s+)?(?P<rel>last|next|this|the)\s+"
            r"(?P<u>week|month|year)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ago",
        _p(rf"\b(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+ago\b", re.IGNORECASE),
    ),
    (
        "ahead",
        _p(
            r"\b(?P<prep>within(?:\s+the\s+next)?|in(?:\s+the\s+next)?|over\s+the\s+next)\s+"
            # "within two weeks of the end of the drills" counts from an event, not from today.
            rf"(?P<n>{_NUM})\s+(?P<u>{_UNIT})\b(?:'s?|s')?(?:\s+time)?"
            r"(?!\s+(?:of|ago|after|before|from|since)\b)",
            re.IGNORECASE,
        ),
    ),
)

# The word right before a mention that relates the event to it; longest phrases first.
_RELATION_WORDS: tuple[tuple[str, Relation], ...] = (
    ("no later than", "by"),
    ("not later than", "by"),
    ("up until", "until"),
    ("ahead of", "before"),
    ("prior to", "before"),
    ("starting from", "from"),
    ("as of", "from"),
    ("as from", "from"),
    ("up to", "until"),
    ("until", "until"),
    ("till", "until"),
    ("through", "until"),
    ("by", "by"),
    ("before", "before"),
    ("after", "after"),
    ("following", "after"),
    ("from", "from"),
    ("since", "from"),
    ("starting", "from"),
    ("beginning", "from"),
    ("effective", "from"),
)
RELATION_RE = re.compile(
    r"\b(?P<w>" + "|".join(re.escape(w) for w, _ in _RELATION_WORDS) + r")\s+$", re.IGNORECASE
)
RELATION_OF = dict(_RELATION_WORDS)
RANGE_JOINER = re.compile(r"^\s*(?:to|until|till|through|and|[–—-])\s*$")
