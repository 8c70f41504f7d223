"""Stage 5: when. Parsed article + publication date → time expressions resolved to ISO dates.

Matching is done with our own patterns over the text, because the small English model misses or
misshapes many news dates ("Jan. 26–28", "within two weeks"); spaCy's DATE entities only vouch for
bare month names, and the dependency parse supplies the verb tense that places a weekday.

Resolution rules, all relative to the publication date `published`:

- A day and month without a year take the year that puts the date nearest to `published`
  (so at most about six months away); a bare month does the same with its first day.
- A weekday with "last"/"next" is the one strictly before/after `published`. Otherwise the tense of
  the verb that governs it decides: past ("withdrew on Monday", "had met on Monday") → the most
  recent such day; future, modal, infinitive or present ("will leave on Monday", "to meet on
  Monday", "meets on Monday") → the next one. The publication weekday itself is `published`. With
  no verb to ask, a weekday is taken as past: news mostly reports what happened.
- Weeks resolve to their Monday, months to their first day, years to 1 January, each with its grain;
  "the end of" a month, week or year resolves to its last day (Sunday for a week).
- Durations ahead ("within two weeks", "in ten days") resolve to their end date with relation "by";
  "in ten days" in a past-tense clause ("rose in ten days") is a span of the past and is skipped,
  as are "for three years" and ages, which name no point in time.
- Without a publication date only dates that spell out their year are kept.

A mention's `text` is the time expression itself; the word that relates it ("until", "by", "from")
goes to `relation` and stays out of the span, except for durations, where "within"/"in" is what
turns a length into a point in time.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from watchdesk.nlp.lexicon_time import (
    MONTH_CUES,
    MONTH_EVENT_NOUNS,
    NUMBER_WORDS,
    TIME_UNIT_DAYS,
    TIME_UNIT_MONTHS,
    WEEKDAYS,
)
from watchdesk.nlp.time_patterns import (
    MONTH_INDEX,
    PATTERNS,
    RANGE_JOINER,
    RELATION_OF,
    RELATION_RE,
    Relation,
)
from watchdesk.nlp.time_tense import (
    after_past_cue,
    governed_by_future,
    modifies_noun,
    said_or_done_before,
    will_happen,
)
from watchdesk.records import Span, TimeMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

Grain = Literal["day", "week", "month", "year"]
_GRAIN_OF_UNIT: dict[str, Grain] = {
    "hour": "day",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}
# "for the first time in two years" counts back, not ahead.
# How far behind publication a reported promise's day may lie before it is read as the coming one.
REPORTED_LOOKBACK_DAYS = 300
_BACKWARD_BEFORE_DURATION = re.compile(r"\b(?:time|first|lowest|highest|since)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Found:
    """A resolved mention before relations and ranges are settled."""

    start: int
    end: int
    value: date
    grain: Grain = "day"
    last: date | None = None  # a range's last day
    relation: Relation | None = None  # fixed by the pattern itself (durations)
    yearless: tuple[int, int] | None = None  # (month, day) resolved by nearest-year guess
    weekday: int | None = None  # the weekday a range end should roll forward to


def find_times(doc: Doc, published: date | None) -> list[TimeMention]:
    """Return the article's time expressions, resolved against `published`, in text order."""
    text: str = doc.text
    date_chars = _date_entity_chars(doc)
    found: list[_Found] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            item = _resolve_match(kind, match, doc, published, date_chars)
            if item is not None:
                found.append(item)
    kept = _merge_ranges(text, _drop_overlaps(found))
    return [_to_mention(text, item) for item in kept]


def _resolve_match(
    kind: str, m: re.Match[str], doc: Doc, published: date | None, date_chars: set[int]
) -> _Found | None:
    groups = m.groupdict()
    start, end = m.span()
    if kind == "iso":
        value = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
        return None if value is None else _Found(start, end, value)
    if kind in ("month_day", "day_month", "month_day_range", "day_month_range"):
        month = MONTH_INDEX[m["m"].rstrip(".").lower()]
        first = _day_month(month, _day(m["d"]), groups.get("y"), published)
        if first is None:
            return None
        if groups.get("d2") is None:
            yearless = None if groups.get("y") else (month, _day(m["d"]))
            if yearless is not None and published is not None:
                deadline = _relation_before(m.string, start) in {"by", "until", "before"}
                ahead = deadline or will_happen(doc, start, end)
                before = said_or_done_before(doc, start, end, deadline=deadline)
                if before == "reported":
                    first = _reported(first, yearless, published)
                else:
                    side = False if before == "past" else (ahead or None)
                    first = _placed_by_tense(first, yearless, side, published)
            return _Found(start, end, first, yearless=yearless)
        last = _safe_date(first.year, month, _day(m["d2"]))
        if last is None or last < first:
            return None
        return _Found(start, end, first, last=last)
    if kind == "month":
        return _resolve_month(m, doc, published, date_chars)
    if kind == "part_of_year":
        # "the end of 2026" is a deadline on its last day; "early 2026" keeps the year's start.
        year = int(m["y"])
        value = date(year, 12, 31) if "end" in m["q"].lower() else date(year, 1, 1)
        return _Found(start, end, value, grain="year")
    if kind == "year":
        return _Found(m.start("y"), end, date(int(m["y"]), 1, 1), grain="year")
    if kind == "year_range":
        first_year, last_year = int(m["y"]), int(m["y2"])
        if last_year <= first_year:
            return None
        last = date(last_year, 1, 1)
        return _Found(m.start("y"), end, date(first_year, 1, 1), grain="year", last=last)
    if published is None:
        # Everything below counts from the publication date.
        return None
    if kind == "weekday":
        return _resolve_weekday(m, doc, published)
    if kind == "relative_day":
        offset = {"yesterday": -1, "tomorrow": 1}.get(m["w"].lower(), 0)
        return _Found(start, end, published + timedelta(days=offset))
    if kind == "relative_period":
        return _resolve_period(m, published)
    return _resolve_duration(kind, m, doc, published)


def _resolve_month(
    m: re.Match[str], doc: Doc, published: date | None, date_chars: set[int]
) -> _Found | None:
    qualifier = (m["q"] or "").lower().split()
    # A bare "March" may be a verb and a bare "May" a modal: it needs a year, a qualifier, a cue
    # word before it, or spaCy's word that it is a date.
    before = m.string[: m.start()].split()
    cued = bool(before) and before[-1].lower() in MONTH_CUES
    after = m.string[m.end() :].split()
    # "the May elections": a month before the name of a dated event.
    event = bool(before) and before[-1].lower() == "the" and bool(after)
    event = event and after[0].lower().strip(".,;") in MONTH_EVENT_NOUNS
    cued = cued or event
    hinted = m.start("m") in date_chars and not modifies_noun(doc, m.start("m"), m.end("m"))
    if not (m["y"] or m["ry"] or qualifier or m["rel"] or cued or hinted):
        return None
    month = MONTH_INDEX[m["m"].rstrip(".").lower()]
    if m["y"]:
        first = date(int(m["y"]), month, 1)
    elif published is None:
        return None
    elif m["ry"]:
        # "March last year": the year is named relative to publication, the month absolutely.
        step = {"last": -1, "next": 1}.get(m["ry"].lower(), 0)
        first = date(published.year + step, month, 1)
    else:
        rel = (m["rel"] or "").lower()
        if not rel and not event:
            # "will hire 40 officers by September", written in February: the tense places it.
            # Not "the May elections": the event is named, whenever the verb happened.
            tense = _month_tense(m, doc)
            rel = "" if tense is None else ("coming" if tense else "past")
        first = _nearest_month(month, published, rel)
    if "end" in qualifier:
        last_day = calendar.monthrange(first.year, month)[1]
        return _Found(m.start(), m.end(), first.replace(day=last_day), grain="month")
    return _Found(m.start(), m.end(), first, grain="month")


def _month_tense(m: re.Match[str], doc: Doc) -> bool | None:
    """Whether a bare month lies ahead (True), behind (False) or either way (None).

    A deadline ("by", "until") or a future verb puts it ahead, a past verb behind. A month is
    coarse: a deadline promised before publication ("had promised to finish by October") stays
    ahead, as a deadline does; only the month of a past act ("a pledge made in October") is put
    behind even where the parse hangs it below a plan.
    """
    deadline = _relation_before(m.string, m.start()) in {"by", "until"}
    if said_or_done_before(doc, m.start("m"), m.end("m"), deadline=deadline) == "past":
        return False
    if deadline:
        return True
    return governed_by_future(doc, m.start("m"), m.end("m"))


def _resolve_weekday(m: re.Match[str], doc: Doc, published: date) -> _Found:
    weekday = WEEKDAYS[m["wd"]]
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    rel = (m["rel"] or "").lower()
    if rel in ("last", "past"):
        offset = -(back or 7)
    elif rel in ("next", "coming"):
        offset = ahead or 7
    elif not after_past_cue(m) and governed_by_future(doc, m.start("wd"), m.end("wd")):
        offset = ahead
    else:
        offset = -back
    return _Found(m.start(), m.end(), published + timedelta(days=offset), weekday=weekday)


def _resolve_period(m: re.Match[str], published: date) -> _Found | None:
    rel, unit = m["rel"].lower(), m["u"].lower()
    if rel == "the" and not m["end"]:
        return None  # "the week" alone names no particular week
    step = {"last": -1, "next": 1}.get(rel, 0)
    edge = (m["end"] or "").lower()
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        if edge == "end":
            return _Found(m.start(), m.end(), monday + timedelta(days=6), grain="week")
        return _Found(m.start(), m.end(), monday, grain="week")
    if unit == "month":
        first = _add_months(published.replace(day=1), step)
        if edge == "end":
            last_day = calendar.monthrange(first.year, first.month)[1]
            return _Found(m.start(), m.end(), first.replace(day=last_day), grain="month")
        return _Found(m.start(), m.end(), first, grain="month")
    year = published.year + step
    value = date(year, 12, 31) if edge == "end" else date(year, 1, 1)
    return _Found(m.start(), m.end(), value, grain="year")


def _resolve_duration(kind: str, m: re.Match[str], doc: Doc, published: date) -> _Found | None:
    word = m["n"].lower()
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)  # "a week" is one week
    unit = m["u"].lower().rstrip("s")
    if kind == "ago":
        point = _shift(published, -count, unit)
        grain = _GRAIN_OF_UNIT[unit]
        if grain == "week":
            point -= timedelta(days=point.weekday())
        elif grain == "month":
            point = point.replace(day=1)
        elif grain == "year":
            point = point.replace(month=1, day=1)
        return _Found(m.start(), m.end(), point, grain=grain)
    before = m.string[: m.start()]
    if _BACKWARD_BEFORE_DURATION.search(before):
        return None
    if m["prep"].lower() == "in" and governed_by_future(doc, m.start(), m.end()) is False:
        return None  # "prices doubled in two years": a span of the past, not a deadline
    return _Found(m.start(), m.end(), _shift(published, count, unit), relation="by")


def _placed_by_tense(
    guess: date, yearless: tuple[int, int], ahead: bool | None, published: date
) -> date:
    """A day and month the tense places: "by Nov. 30", written in December, is next year's."""
    if ahead is None:
        return guess
    candidates = [_safe_date(published.year + k, *yearless) for k in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    side = [c for c in valid if (c >= published if ahead else c <= published)]
    if not side or guess in side:
        return guess
    return min(side, key=lambda c: abs((c - published).days))


def _reported(guess: date, yearless: tuple[int, int], published: date) -> date:
    """A day and month promised before publication ("had promised to leave by 15 May", "said
    they would leave by 15 May"): this year's, even once it has passed, since the promise was made
    before it. Only a date more than ten months behind is taken as the coming one: in December,
    a promise reported for "15 January" is next month's."""
    this_year = _safe_date(published.year, *yearless)
    if this_year is None or (published - this_year).days > REPORTED_LOOKBACK_DAYS:
        return guess
    return this_year


def _drop_overlaps(found: list[_Found]) -> list[_Found]:
    # Earliest start wins, then the longest match: "March 3, 2026" over "March" over "2026".
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


def _merge_ranges(text: str, found: list[_Found]) -> list[_Found]:
    """Join "from X to Y" and "between X and Y" into one mention with an end."""
    merged: list[_Found] = []
    i = 0
    while i < len(found):
        first = found[i]
        if i + 1 < len(found) and first.last is None and found[i + 1].last is None:
            second = found[i + 1]
            joiner = text[first.end : second.start]
            between = text[: first.start].rstrip().lower().endswith("between")
            if RANGE_JOINER.match(joiner) and ("and" not in joiner or between):
                ranged = _join(first, second)
                if ranged is not None:
                    merged.append(ranged)
                    i += 2
                    continue
        merged.append(first)
        i += 1
    return merged


def _join(first: _Found, second: _Found) -> _Found | None:
    start_value, end_value = first.value, second.value
    # "January 19 to February 8, 2026": the year written at the end holds for the start too.
    if first.yearless and second.yearless is None and first.grain == "day":
        start_value = date(end_value.year, *first.yearless)
        if start_value > end_value:
            start_value = date(end_value.year - 1, *first.yearless)
    if end_value < start_value and second.weekday is not None:
        end_value += timedelta(days=7 * ((start_value - end_value).days // 7 + 1))
    if end_value < start_value or first.relation or second.relation:
        return None
    return _Found(first.start, second.end, start_value, grain=first.grain, last=end_value)


def _to_mention(text: str, item: _Found) -> TimeMention:
    relation = item.relation or _relation_before(text, item.start)
    if item.last is not None and relation == "from":
        relation = "on"  # "from X to Y" is a period, and its end is in `end`
    return TimeMention(
        text=text[item.start : item.end],
        value=item.value.isoformat(),
        span=Span(item.start, item.end),
        end=item.last.isoformat() if item.last else None,
        grain=item.grain,
        relation=relation,
    )


def _relation_before(text: str, start: int) -> Relation:
    match = RELATION_RE.search(text[max(0, start - 20) : start])
    return RELATION_OF[match["w"].lower()] if match else "on"


def _date_entity_chars(doc: Doc) -> set[int]:
    return {tok.idx for ent in doc.ents if ent.label_ == "DATE" for tok in ent}


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _day_month(month: int, day: int, year: str | None, published: date | None) -> date | None:
    if year:
        return _safe_date(int(year), month, day)
    if published is None:
        return None
    candidates = [_safe_date(published.year + k, month, day) for k in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    # Ties (exactly half a year away) go to the future: news dates a plan more often than a memory.
    return min(valid, key=lambda c: (abs((c - published).days), c < published), default=None)


def _nearest_month(month: int, published: date, rel: str) -> date:
    candidates = [date(published.year + k, month, 1) for k in (-1, 0, 1)]
    this_month = published.replace(day=1)
    if rel == "last":
        return max(c for c in candidates if c < this_month)
    if rel == "next":
        return min(c for c in candidates if c > this_month)
    if rel == "coming":
        return min(c for c in candidates if c >= this_month)
    if rel == "past":
        return max(c for c in candidates if c <= this_month)
    return min(candidates, key=lambda c: (abs(_months_between(this_month, c)), c < this_month))


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _shift(day: date, count: int, unit: str) -> date:
    if unit in TIME_UNIT_MONTHS:
        return _add_months(day, count * TIME_UNIT_MONTHS[unit])
    if unit == "hour":
        # "within 48 hours" is a deadline two days on; a part of a day still counts as a day.
        whole_days = -(-abs(count) // 24)
        return day + timedelta(days=whole_days if count > 0 else -whole_days)
    return day + timedelta(days=count * TIME_UNIT_DAYS[unit])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
