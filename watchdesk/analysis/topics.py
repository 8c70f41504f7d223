"""Analysis: what a statement's words are about. Text → concepts, actions, stance, figures, dates.

Shared by question grouping, conflict finding and commitment tracking. Works on the words alone,
so it serves languages the NLP stages do not annotate yet (Russian figures and dates included).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from watchdesk.analysis.frame_words import (
    FIRST_ARRIVAL_VERBS,
    NAME_HEADS,
    NEWS_ACTIONS,
    NOT_THINGS,
    REVERSIVES,
)
from watchdesk.analysis.lexicon import (
    ACTIONS as SITUATION_ACTIONS,
)
from watchdesk.analysis.lexicon import (
    AFFIRMING_NEGATIONS,
    CONCEPTS,
    COUNTED,
    FRACTIONS,
    MONTHS,
    NEGATIONS,
    NOT_YET,
    NUMBER_BOUNDS,
    NUMBER_SCALES,
    NUMBER_WORDS,
    UNCLEAR,
    UNDECIDED,
    WEEKDAYS,
)
from watchdesk.analysis.registry import stem as name_stem
from watchdesk.records import Figure, Polarity

_WORD = re.compile(r"[^\W\d_]+(?:n't)?", re.UNICODE)
# 4,500 · 4 500 (Russian thin or no-break space) · 12000 · 2.4
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d+(?:\.\d+)?)(?![\w])")
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+([^\W\d_]+)", re.UNICODE)
_MONTH_DAY = re.compile(r"\b([^\W\d_]+)\s+(\d{1,2})\b", re.UNICODE)
_NEGATION_SET = frozenset(NEGATIONS)


def _merged() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    table = dict(SITUATION_ACTIONS)
    for key, (plus, minus) in NEWS_ACTIONS.items():
        old_plus, old_minus = table.get(key, ((), ()))
        table[key] = ((*old_plus, *plus), (*old_minus, *minus))
    return table


# Every action a statement can speak of: the lexicon's and the general news verbs.
ACTIONS = _merged()
# "not 4,500" corrects a figure and "не более" bounds one; neither denies the statement.
# A negation that bounds a figure ("no more than twelve", "not fewer than 300") is no denial.
_NOT_A_NEGATION = re.compile(r"^(?:\d|более|менее|только|раз\b|(?:more|fewer|less|greater) than\b)")
_BOUND_CUES = sorted(
    ((cue, name) for name, cues in NUMBER_BOUNDS.items() for cue in cues),
    key=lambda item: -len(item[0]),
)


def normalise(text: str) -> str:
    """Lower-case, unify apostrophes and spaces, so that phrase lists match."""
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return " " + re.sub(r"\s+", " ", text.lower()) + " "


def words(text: str) -> list[str]:
    """The lower-cased words of a text, "n't" kept on its verb."""
    return _WORD.findall(normalise(text))


def _has_stem(text: str, beginnings: frozenset[str], stem: str) -> bool:
    if " " in stem:
        return f" {stem}" in text
    if len(stem) <= _SHORT_STEM and stem.isascii():
        # A short English stem is a word with its endings, not the start of any longer word:
        # "end" is not in "endorse", "over" not in "overflow", "open" is in "reopened" only
        # through its own stem.
        return any(f"{stem}{ending}{_WHOLE}" in beginnings for ending in _ENDINGS)
    return stem in beginnings


_SHORT_STEM = 4
_ENDINGS = ("", "s", "es", "ed", "d", "ing", "ings", "ning", "ting", "ped", "ping", "ned", "ted")
_WHOLE = "\x00"  # marks a whole word among the beginnings


def _beginnings(tokens: list[str]) -> frozenset[str]:
    """Every beginning of every word, and every whole word marked as such: a word starts with
    a stem exactly when the stem is among them, so each of the hundreds of listed stems costs
    one look-up."""
    starts = {word[:end] for word in tokens for end in range(len(word) + 1)}
    return frozenset(starts | {word + _WHOLE for word in tokens})


@lru_cache(maxsize=65536)
def concepts(text: str) -> frozenset[str]:
    """Concept keys ("troops", "crossings") the text mentions.

    Cached: linking asks this of every stored candidate again for each new article.
    """
    norm, beginnings = normalise(text), _beginnings(words(text))
    return frozenset(
        key for key, stems in CONCEPTS.items() if any(_has_stem(norm, beginnings, s) for s in stems)
    )


@lru_cache(maxsize=65536)
def negation(text: str) -> str | None:
    """The first negation word of the text, unless the negation affirms ("never a secret")."""
    norm = normalise(text)
    if any(phrase in norm for phrase in AFFIRMING_NEGATIONS):
        return None
    for match in _WORD.finditer(norm):
        token = match.group()
        if token in _NEGATION_SET or token.endswith("n't"):
            if _NOT_A_NEGATION.match(norm[match.end() :].lstrip()):
                continue
            return token
    return None


_BOUNDING_NEGATION = re.compile(r"(?<!\w)(?:no|not) (?:more|fewer|less|greater) than\b")


def bounds_a_figure(text: str) -> bool:
    """Say whether a negation in the text bounds a figure ("no more than twelve") rather than
    denies: a parse reads "no" on the subject as a denial all the same."""
    return _BOUNDING_NEGATION.search(normalise(text)) is not None


def polarity(text: str) -> Polarity:
    """Deny when the words carry a negation, affirm otherwise."""
    return "deny" if negation(text) else "affirm"


def first_phrase(text: str, phrases: tuple[str, ...]) -> str | None:
    """The first listed phrase found in the text, as listed."""
    norm = normalise(text)
    for phrase in phrases:
        if phrase in norm or (phrase.endswith(" ") and f" {phrase.strip()} " in norm):
            return phrase.strip()
    return None


@lru_cache(maxsize=65536)
def undecided(text: str) -> str | None:
    """The words that leave the matter open ("no date has been set"), if any."""
    return first_phrase(text, UNDECIDED)


def not_yet(text: str) -> str | None:
    return first_phrase(text, NOT_YET)


def unclear(text: str) -> str | None:
    return first_phrase(text, UNCLEAR)


# Conflict finding asks the same statements again for every candidate pair; the answers depend on
# the words alone, so they are cached. Callers must not mutate the returned dict.
@lru_cache(maxsize=65536)
def actions(text: str) -> dict[str, tuple[int, str]]:
    """Actions the text speaks of, each with +1 (it happens) or -1 (it does not) and the trigger.

    An opposite word ("remain" for a withdrawal) flips the sign, and so does a negation or a
    "not yet" phrase: "no unit had left" and "troops remained" both say the withdrawal did not
    happen, "not a single soldier will stay" says it will.
    """
    # "close to the usual level", "closer to home": nearness, not a closing.
    near = _NEAR.sub(" near", text)
    norm, tokens = normalise(near), words(near)
    beginnings = _beginnings(tokens)
    denied = negation(text) is not None
    flip = -1 if (denied or not_yet(text)) else 1
    found: dict[str, tuple[int, str]] = {}
    for key, (plus, minus) in ACTIONS.items():
        hit = next((s for s in plus if _has_stem(norm, beginnings, s)), None)
        sign = 1
        opposite = next((s for s in minus if _has_stem(norm, beginnings, s)), None)
        if opposite is not None and (hit is None or key == "withdraw"):
            # For a withdrawal "still in" outweighs "left": "troops left, but 3,200 are still in".
            hit, sign = opposite, -1
        undoing = _undoing(tokens, minus) if hit is None or sign < 0 else None
        if undoing is not None:
            hit, sign = undoing, 1  # "lifted the closure of the road" reopens it
        elif hit is not None and sign < 0 and not denied:
            # An opposite says "not yet" by itself: "remained closed" is no double negation.
            found[key] = (sign, hit)
            continue
        if hit is not None:
            found[key] = (sign * flip, hit)
    if "open" not in found and (arrival := _FIRST_ARRIVAL.search(norm)) is not None:
        found["open"] = (flip, arrival.group(1))
    return found


# "close" is near, not shut, as "closer"/"closest", or after a comma, a copula or a degree word:
# "close to the usual level", "is close to a deal"; "will close to traffic" is a closing.
_NEAR = re.compile(
    r"\bclose(?:r|st)\s+(?:to|by)\b|(?:,|\b(?:is|are|was|were|be|been|being|very|so|too|come|came|"
    r"comes|get|gets|got|remain|remains|remained|stay|stays|stayed))\s+close\s+(?:to|by)\b",
    re.IGNORECASE,
)
_FIRST_ARRIVAL = re.compile(
    rf"\bthe first (?:\w+ ){{1,2}}({'|'.join(sorted(FIRST_ARRIVAL_VERBS))}) (?:in|into|at)\b"
)


_NOUN_OF_ACTION = re.compile(r"(?:ures?|s?ions?|s)$")


def _undoing(tokens: list[str], opposites: tuple[str, ...]) -> str | None:
    """The verb that undoes an opposite action named by its noun right after it: "lifted" in
    "lifted the closure", "scrapped its suspension" (nouns no opposite's stem reaches)."""
    if not opposites:
        return None
    for at, token in enumerate(tokens):
        if not token.startswith(REVERSIVES):
            continue
        for noun in tokens[at + 1 : at + 4]:
            root = _NOUN_OF_ACTION.sub("", noun)
            if len(root) >= 4 and any(o.startswith(root) or noun.startswith(o) for o in opposites):
                return token
    return None


def figures(text: str) -> list[Figure]:
    """Numbers in the text, in digits or spelled out ("twelve", "two thousand"), with what they
    count (a concept key when one follows) and their bound."""
    found: list[Figure] = []
    norm = normalise(text)
    for start, end, raw, value in sorted(
        [*_digits(norm), *_spelled(norm, text), *_many(norm, text)]
    ):
        after = norm[end : end + 40]
        following = words(after)[:3]
        # Years and days of a month are dates, not figures.
        preceding = words(norm[max(0, start - 12) : start])[-1:]
        if (
            (1900 <= value <= 2100 and "," not in raw and raw[:1].isdigit())
            or (following and _month(following[0]))
            or (preceding and _month(preceding[0]))
        ):
            continue
        unit = next(
            (key for key in sorted(COUNTED) if concepts(" ".join(following)) & {key}),
            following[0] if following else "",
        )
        bound = _bound(norm[max(0, start - 20) : start], norm[end:])
        if bound == "exact" and raw[:1].isalpha() and raw.endswith("s"):
            bound = "at_least"  # "dozens of", "thousands of": at least two of the unit
        share = _SHARE.search(norm[max(0, start - 60) : start])
        if share is not None:
            # "nearly half of the city's 64,000 households": the count is of the share, and the
            # words before the share bound it.
            value *= (
                FRACTIONS.get(share.group("fraction") or "", 0)
                or float(share.group("percent") or 0) / 100
            )
            bound = _bound(norm[max(0, start - 80) : start - len(share.group())], " ")
        found.append(Figure(value=value, unit=unit, text=raw, bound=bound))  # type: ignore[arg-type]
    return found


_FRACTION = "|".join(re.escape(f) for f in sorted(FRACTIONS, key=len, reverse=True))
# A share of the whole written right before it: "half of", "a third of the city's", "40 per cent
# of its", «половина из».
_SHARE = re.compile(
    rf"(?:\b(?P<fraction>{_FRACTION})\w*|(?P<percent>\d+(?:\.\d+)?) ?(?:%|per ?cent\b|процент\w*))"
    r" (?:of|из) (?:(?:the|its|their|our|[\w-]+'s?) )*$"
)


def _digits(norm: str) -> list[tuple[int, int, str, float]]:
    return [
        (m.start(1), m.end(1), m.group(1), float(re.sub(r"[ ,\u00a0\u202f]", "", m.group(1))))
        for m in _NUMBER.finditer(norm)
    ]


_NUMBER_WORD = "|".join(
    re.escape(w) for w in sorted([*NUMBER_WORDS, *NUMBER_SCALES], key=len, reverse=True)
)
_SPELLED = re.compile(
    rf"(?<![\w-])(?:{_NUMBER_WORD})(?:(?:[ -]| and )(?:{_NUMBER_WORD}))*(?![\w-])"
)


def _spelled(norm: str, text: str) -> list[tuple[int, int, str, float]]:
    """Runs of number words and their value: "two thousand" 2,000, "forty-five" 45. A lone "one"
    is a pronoun as often as a count, and a scale alone ("thousands of") no figure; the run is
    given as the text writes it, so that it can be found there again."""
    found = []
    for match in _SPELLED.finditer(norm):
        parts = re.split(r"[ -]+", match.group().replace(" and ", " "))
        parts = [p for p in parts if p]
        if parts == ["one"] or parts[0] in NUMBER_SCALES:
            continue
        total, current = 0, 0
        for part in _joined(parts):
            if part in NUMBER_SCALES:
                scale = NUMBER_SCALES[part]
                if scale >= 1000:
                    total, current = total + max(current, 1) * scale, 0
                else:
                    current = max(current, 1) * scale
            else:
                current += NUMBER_WORDS[part]
        at = text.lower().find(match.group())
        raw = text[at : at + len(match.group())] if at >= 0 else match.group()
        found.append((match.start(), match.end(), raw, float(total + current)))
    return found


# A scale in the plural before "of" ("thousands of residents", "tens of thousands of") counts at
# least two of it.
_MANY = re.compile(r"(?<![\w-])(?:(tens|hundreds) of )?(" + "|".join(NUMBER_SCALES) + r")s(?= of )")


def _many(norm: str, text: str) -> list[tuple[int, int, str, float]]:
    found = []
    for match in _MANY.finditer(norm):
        scale = 2 * NUMBER_SCALES[match.group(2)]
        factor = {"tens": 10, "hundreds": 100}.get(match.group(1) or "", 1)
        at = text.lower().find(match.group())
        raw = text[at : at + len(match.group())] if at >= 0 else match.group()
        found.append((match.start(), match.end(), raw, float(scale * factor)))
    return found


def _joined(parts: list[str]) -> list[str]:
    """The words of a run, "a dozen" as one."""
    out: list[str] = []
    for part in parts:
        if out and f"{out[-1]} {part}" in NUMBER_WORDS:
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


_FLIPPED = {"at_least": "at_most", "at_most": "at_least", "about": "about"}
_RANGE_END = re.compile(r"^ (?:and|to|-|–|и|до) \d")
_RANGE_START = re.compile(r" (?:between|from|от|между) \d[\d ,.]*(?:and|to|-|–|и|до) $")


def _bound(before: str, after: str) -> str:
    """How a figure is bounded by the words around it: a listed cue ("at least"), that cue
    negated ("no fewer than": at least), or one end of a range ("between 4,000 and 5,000")."""
    if before.endswith((" between ", " from ", " между ", " от ")) and _RANGE_END.match(after):
        return "at_least"
    if _RANGE_START.search(before):
        return "at_most"
    for cue, name in _BOUND_CUES:
        if before.endswith(f" {cue} "):
            negated = before[: -len(cue) - 2].endswith((" no", " not", " не"))
            return _FLIPPED.get(name, name) if negated else name
    return "exact"


def _month(word: str) -> int | None:
    if word == "may" or word == "мая":
        return 5
    for stem, month in MONTHS.items():
        if len(stem) >= 3 and word.startswith(stem):
            return month
    return None


def dates(text: str, published: date | None) -> list[str]:
    """ISO dates written as day and month ("8 February", "February 8", "28 февраля")."""
    if published is None:
        return []
    found: list[str] = []
    lowered = text.lower()
    pairs = [(m.group(1), m.group(2)) for m in _DAY_MONTH.finditer(lowered)]
    pairs += [(m.group(2), m.group(1)) for m in _MONTH_DAY.finditer(lowered)]
    for day_text, month_word in pairs:
        month = _month(month_word)
        if month is None or not 1 <= int(day_text) <= 31:
            continue
        try:
            value = date(published.year, month, int(day_text))
        except ValueError:
            continue
        # "January 3" written in late December is next year's.
        if (published - value).days > 180:
            value = value.replace(year=value.year + 1)
        found.append(value.isoformat())
    return found


def weekday_dates(text: str, published: date | None) -> list[str]:
    """Past weekdays ("on Sunday") resolved to the latest such day on or before publication."""
    if published is None:
        return []
    found = []
    for token in words(text):
        if token in WEEKDAYS:
            back = (published.weekday() - WEEKDAYS[token]) % 7
            found.append((published - timedelta(days=back)).isoformat())
    return found


_FUTURE = re.compile(
    r"\b(?:will|shall|would|going to|plans? to|expects? to|будет|будут|смогут|планиру)\b|\w'll\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def is_future(text: str) -> bool:
    """Say whether the words speak of what is still to come ("will", "будут")."""
    return _FUTURE.search(text) is not None


TOKEN = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)
_VERB_STEMS = frozenset(
    stem for plus, minus in ACTIONS.values() for stem in (*plus, *minus) if " " not in stem
)


@lru_cache(maxsize=65536)
def head_nouns(text: str, language: str, topics: tuple[str, ...] = ()) -> frozenset[str]:
    """The nouns a text speaks of ("bridge", "warship"): its words less function words, action
    verbs and names; English only.

    A capitalised word inside a sentence is a name, and names are compared as entities (`topics`
    holds the "e:" stems of those already known); a generic noun ending a name ("the Harmon
    Bridge") still says what the thing is. Without a parse at this stage, this is the statement's
    structure read from its words: what is left of a clause once the predicate is taken out.
    """
    if language != "en":
        return frozenset()
    found = set()
    for clause in text.split(". "):
        for position, match in enumerate(TOKEN.finditer(clause)):
            word = match.group()
            lower = word.lower()
            if lower in NOT_THINGS or len(lower) < 3 or lower.endswith("ly"):
                continue
            named = position > 0 or f"e:{name_stem(word)}" in topics
            if word[0].isupper() and named and lower not in NAME_HEADS:
                continue
            if any(lower.startswith(v) for v in _VERB_STEMS):
                continue
            found.add(singular(lower))
    return frozenset(found)


def singular(word: str) -> str:
    """An English plural made singular by its ending: "warships" → "warship"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
