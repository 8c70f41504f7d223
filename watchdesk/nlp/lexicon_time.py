"""Word lists for times and quantities (stage 2 lexicon): months, weekdays, numbers, units, hedges.

Kept apart from the matching code in `times.py` and `quantities.py` so that a reviewer can extend a
list without reading a regular expression.
"""

from __future__ import annotations

# Full names first: the patterns built from these try alternatives in order, and "June" must win
# over "Jun" so that the abbreviation never leaves a stray "e" behind.
MONTHS: dict[str, int] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
}
# AP style abbreviates with a full stop ("Jan. 26"); wire copy often drops it ("Sept 3").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sept": 9,
    "Sep": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}

WEEKDAYS: dict[str, int] = {  # datetime.date.weekday() numbering
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}

# Past forms of reporting verbs: a weekday right after one ("said on Thursday") dates the saying,
# so it lies in the past even when the parser hangs it on the future clause that follows.
PAST_REPORTING_FORMS: frozenset[str] = frozenset(
    {
        "said", "told", "announced", "stated", "added", "warned", "confirmed", "denied",
        "claimed", "insisted", "argued", "reported", "wrote", "declared", "promised", "pledged",
        "vowed", "threatened", "admitted", "acknowledged", "stressed", "noted", "explained",
    }
)  # fmt: skip

# Words that make a bare month name a date ("in March", "until March") rather than a verb or a name.
MONTH_CUES: frozenset[str] = frozenset(
    {
        "in", "since", "until", "till", "by", "from", "before", "after", "during", "through",
        "last", "next", "this", "to", "of", "early", "late", "mid", "end", "throughout",
    }
)  # fmt: skip

# Units a duration or a relative period can be counted in; hours round up to whole days.
TIME_UNIT_DAYS: dict[str, int] = {"hour": 0, "day": 1, "week": 7}
TIME_UNIT_MONTHS: dict[str, int] = {"month": 1, "year": 12}
# Nouns that make a number a duration or an age: quantities leave these to the time stage.
TIME_UNIT_WORDS: frozenset[str] = frozenset(
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "decade", "decades", "century", "centuries",
        "weekend", "weekends", "night", "nights", "am", "pm", "a.m.", "p.m.", "o'clock",
    }
)  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
# "a dozen" is a count; "dozens of" is not, because the plural never matches these keys.
SCALE_WORDS: dict[str, float] = {
    "dozen": 12,
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# Suffixes glued to a figure in headlines and money copy: "1.2m", "$2.4bn", "20k".
SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
}

CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₽": "RUB",
    "₴": "UAH",
}
# Measures and currencies written as words; counted things ("soldiers") keep their own word.
UNIT_ALIASES: dict[str, str] = {
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "mile": "miles",
    "miles": "miles",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "tonne": "tonnes",
    "tonnes": "tonnes",
    "ton": "tonnes",
    "tons": "tonnes",
    "percent": "percent",
    "per cent": "percent",
    "%": "percent",
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
}

# Hedges and bounds before a figure; the longest phrases come first so "just over" beats "over".
APPROXIMATORS: tuple[str, ...] = (
    "an estimated", "as many as", "as few as", "in excess of", "upwards of", "close to",
    "more than", "fewer than", "less than", "at least", "at most", "up to", "just over",
    "just under", "approximately", "roughly", "around", "about", "nearly", "almost", "some",
    "over", "estimated", "~",
)  # fmt: skip

# Verbs whose gerund complement looks ahead even when they are in the past: "planned on meeting
# on Monday". Any other gerund takes its time from the verb above it ("Testifying on Wednesday,
# he said" is past).
INTENTION_VERBS: frozenset[str] = frozenset(
    {
        "plan", "promise", "pledge", "vow", "agree", "decide", "want", "hope", "expect", "intend",
        "aim", "schedule", "set", "prepare", "threaten", "offer", "propose", "look", "count",
    }
)  # fmt: skip
# Reporting verbs in the present tense are the feature writer's present, not a schedule: "In a
# blog post on Thursday, she writes: …" dates the writing, in the past.
PRESENT_REPORTING_FORMS: frozenset[str] = frozenset(
    {"says", "writes", "tells", "adds", "notes", "explains", "recalls", "argues", "insists"}
)
# Nouns of dated events that a month name can modify: "the May elections", "the June summit".
MONTH_EVENT_NOUNS: frozenset[str] = frozenset(
    {
        "election", "elections", "vote", "referendum", "summit", "meeting", "deadline",
        "budget", "talks", "poll", "conference", "congress", "session", "strike", "census",
    }
)  # fmt: skip
