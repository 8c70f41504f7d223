"""Stage 5 for Russian: when. Text (or its natasha parse) + publication date → resolved dates.

The rules mirror the English stage (`nlp/times.py`): a day and month without a year take the year
nearest the publication date; weeks resolve to their Monday and months to their first day, each
with its grain; «к концу месяца» is the month's last day, relation "by"; durations ahead («в
течение двух недель») resolve to their end, relation "by". A weekday («в понедельник») is placed by
the tense of the verb that governs it when a parse is given: past → the latest such day on or
before publication, future or present → the next on or after; without a verb, the past, since news
mostly reports what happened. Without a publication date only dates with a year are kept.

A mention's `text` is the expression itself; a leading «до», «к», «с» goes to `relation` and stays
out of the span.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Literal

from watchdesk.nlp.ru.lexicon_time import (
    COUNT_WORDS,
    DURATION_UNITS,
    MONTHS_GENITIVE,
    MONTHS_OBLIQUE,
    MONTHS_PREPOSITIONAL,
    PERIOD_SHIFTS,
    PERIOD_UNITS,
    PROMISE_LEMMAS,
    RELATIVE_DAYS,
    SAYING_DATED_BY,
    SINGLE_UNITS,
    SINGLE_UNITS_AHEAD,
    TIME_RELATIONS,
    WEEKDAYS,
    WEEKDAYS_OBLIQUE,
)
from watchdesk.nlp.ru.tree import Tree
from watchdesk.nlp.times import REPORTED_LOOKBACK_DAYS
from watchdesk.records import Span, TimeMention

Grain = Literal["day", "week", "month", "year"]
Relation = Literal["on", "by", "until", "from", "after", "before"]
Placement = Literal["past", "reported", "ahead"]

_MONTH = "(?:" + "|".join(MONTHS_GENITIVE) + ")"
_DAY = r"(?<![\d,.:])(?:[12]\d|3[01]|0?[1-9])(?![\d:,.]\d)"
_YEAR = r"(?:\s+(?P<y>(?:19|20)\d{2})(?:\s*(?:года|году|г\.))?)?"
_FLAGS = re.IGNORECASE
_ONE_UNIT = {**SINGLE_UNITS, **SINGLE_UNITS_AHEAD}
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "from_to",
        re.compile(
            rf"\bс\s+(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?\s+по\s+(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}){_YEAR}",
            _FLAGS,
        ),
    ),
    (
        "dash_range",
        re.compile(rf"(?P<d1>{_DAY})\s?[–—-]\s?(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}){_YEAR}", _FLAGS),
    ),
    ("date", re.compile(rf"(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}){_YEAR}", _FLAGS)),
    (
        "end_of",
        re.compile(
            r"\b(?P<lead>к|до)\s+(?P<e>конца|концу)\s+(?:(?P<adj>этого|текущего|следующего)\s+)?"
            r"(?P<unit>недели|месяца|года|(?:19|20)\d{2}\s+года|" + _MONTH[3:-1] + r")\b",
            _FLAGS,
        ),
    ),
    (
        "within",
        re.compile(
            r"\b(?:в\s+течение|за|через)\s+(?P<n>\d{1,3}|" + "|".join(COUNT_WORDS) + r")\s+"
            r"(?P<unit>" + "|".join(DURATION_UNITS) + r")\b",
            _FLAGS,
        ),
    ),
    # «в течение года», «через месяц»: one unit ahead. «за год» looks back, so it is left out.
    (
        "within_one",
        re.compile(r"\b(?:в\s+течение|через)\s+(?P<one>" + "|".join(_ONE_UNIT) + r")\b", _FLAGS),
    ),
    (
        "month",
        re.compile(r"\bв\s+(?P<mp>" + "|".join(MONTHS_PREPOSITIONAL) + rf"){_YEAR}", _FLAGS),
    ),
    # «после марта», «к сентябрю», «с января»: a month with no day before it. Lower case only,
    # since «Марта», «Мая» with a capital are names («прокурор Марта Эк»).
    (
        "month_oblique",
        re.compile(r"(?<![\d\w])(?<!\d\s)(?P<mo>" + "|".join(MONTHS_OBLIQUE) + rf")\b{_YEAR}"),
    ),
    # «в 2019 году», «с 2019 года», «итоги 2025 года»: the year from its first day.
    (
        "year",
        re.compile(r"(?<![\d.,\w])(?P<y>(?:19|20)\d{2})\s*(?:года|году|годом|г\.)(?!\w)", _FLAGS),
    ),
    (
        "weekday",
        re.compile(
            r"\bв(?:о)?\s+(?:(?P<shift>прошлый|прошлую|прошлое|следующий|следующую|следующее)\s+)?"
            r"(?P<wd>" + "|".join(WEEKDAYS) + r")\b",
            _FLAGS,
        ),
    ),
    # «до среды», «с пятницы», «к пятнице»: the preposition is the relation, out of the span.
    (
        "weekday_oblique",
        re.compile(
            r"\b(?P<lead>до|с|со|к|ко|после|от)\s+(?P<wo>" + "|".join(WEEKDAYS_OBLIQUE) + r")\b",
            _FLAGS,
        ),
    ),
    ("relative", re.compile(r"\b(?P<rel>" + "|".join(RELATIVE_DAYS) + r")\b", _FLAGS)),
    # «на следующей неделе», «за прошлую неделю», «этого года»: the preposition stays out.
    (
        "period",
        re.compile(
            r"\b(?P<adj>"
            + "|".join(PERIOD_SHIFTS)
            + r")\s+(?P<unit>"
            + "|".join(PERIOD_UNITS)
            + r")\b",
            _FLAGS,
        ),
    ),
)
_AHEAD: frozenset[Relation] = frozenset({"by", "until", "before"})


@dataclass(frozen=True, slots=True)
class _Found:
    span: Span
    value: date
    end: date | None = None
    grain: Grain = "day"
    relation: Relation = "on"


def find_times_ru(doc_or_text: Any, published: date | None) -> list[TimeMention]:
    """Return every time expression in the Russian text, resolved against `published`."""
    text = doc_or_text if isinstance(doc_or_text, str) else str(doc_or_text.text)
    tree = None if isinstance(doc_or_text, str) else Tree.of(doc_or_text)
    found: list[_Found] = []
    taken: list[Span] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            span = Span(match.start(), match.end())
            if any(span.start < t.end and t.start < span.end for t in taken):
                continue  # a longer pattern already read these words
            item = _resolve(kind, match, text, published, tree)
            if item is not None:
                found.append(item)
                taken.append(span)
    return [
        TimeMention(
            text=item.span.slice(text),
            value=item.value.isoformat(),
            span=item.span,
            end=item.end.isoformat() if item.end else None,
            grain=item.grain,
            relation=item.relation,
        )
        for item in sorted(found, key=lambda f: f.span.start)
    ]


def _resolve(
    kind: str, m: re.Match[str], text: str, published: date | None, tree: Tree | None
) -> _Found | None:
    span = Span(m.start(), m.end())
    if kind in {"from_to", "dash_range", "date"}:
        found = _resolve_date(kind, m, text, published)
        if kind == "date" and found is not None and published is not None and not m["y"]:
            # Without a parse there is no tense to ask: the year-nearest guess stands.
            deadline = found.relation in _AHEAD
            side = None if tree is None else _placement(tree, m.start("d2"), deadline=deadline)
            month = MONTHS_GENITIVE[m["m2"].lower()]
            value = _placed(found.value, (month, int(m["d2"])), side, published)
            return replace(found, value=value)
        return found
    if kind == "month":
        return _resolve_month(m, published)
    if kind == "year":
        return _Found(
            span, date(int(m["y"]), 1, 1), grain="year", relation=_relation_before(text, m.start())
        )
    if kind == "month_oblique":
        # «обещал завершить к сентябрю»: a deadline promised before publication.
        placed = _placement(tree, m.start(), deadline=True) if tree is not None else None
        reported = placed == "reported"
        return _resolve_oblique_month(m, text, published, looks_ahead=not reported)
    if published is None:
        return None  # every other expression is relative to the publication date
    if kind == "weekday":
        # «в понедельник» → «понедельник»: the preposition is the relation "on".
        return _Found(
            Span(m.start("shift") if m["shift"] else m.start("wd"), m.end()),
            _weekday(m, published, tree),
        )
    if kind == "weekday_oblique":
        return _weekday_oblique(m, published, tree)
    if kind == "relative":
        return _Found(span, published + timedelta(days=RELATIVE_DAYS[m["rel"].lower()]))
    if kind == "period":
        unit = PERIOD_UNITS[m["unit"].lower()]
        start = _period_start(published, unit, PERIOD_SHIFTS[m["adj"].lower()])
        return _Found(span, start, grain=unit)  # type: ignore[arg-type]
    if kind == "end_of":
        return _end_of(m, published)
    if kind == "within_one":
        return _Found(span, _shift(published, 1, _ONE_UNIT[m["one"].lower()]), relation="by")
    count = int(m["n"]) if m["n"].isdigit() else COUNT_WORDS[m["n"].lower()]
    return _Found(span, _shift(published, count, DURATION_UNITS[m["unit"].lower()]), relation="by")


def _resolve_date(kind: str, m: re.Match[str], text: str, published: date | None) -> _Found | None:
    year = m["y"]
    second_month = MONTHS_GENITIVE[m["m2"].lower()]
    end = _day_month(second_month, int(m["d2"]), year, published)
    if end is None:
        return None
    if kind == "date":
        return _Found(Span(m.start(), m.end()), end, relation=_relation_before(text, m.start()))
    first_month = MONTHS_GENITIVE[m["m1"].lower()] if m.groupdict().get("m1") else second_month
    begin = _safe(end.year - (first_month > second_month), first_month, int(m["d1"]))
    if begin is None:
        return None
    # «с 19 января по 8 февраля»: the span starts at the first day, «с» stays out of it.
    return _Found(Span(m.start("d1"), m.end()), begin, end=end)


def _resolve_month(m: re.Match[str], published: date | None) -> _Found | None:
    month = MONTHS_PREPOSITIONAL[m["mp"].lower()]
    if m["y"]:
        year = int(m["y"])
    elif published is not None:
        year = min(
            (published.year - 1, published.year, published.year + 1),
            key=lambda y: abs((date(y, month, 15) - published).days),
        )
    else:
        return None
    return _Found(Span(m.start("mp"), m.end()), date(year, month, 1), grain="month")


def _resolve_oblique_month(
    m: re.Match[str], text: str, published: date | None, *, looks_ahead: bool = True
) -> _Found | None:
    """«к сентябрю» in February is the coming September; «с января», the nearest January; a
    deadline promised in the past («обещал завершить к сентябрю») is this year's month."""
    month = MONTHS_OBLIQUE[m["mo"].lower()]
    relation = _relation_before(text, m.start())
    if m["y"]:
        year = int(m["y"])
    elif published is None:
        return None
    elif relation in _AHEAD and looks_ahead:
        year = published.year + (month < published.month)
    elif relation in _AHEAD and (published - date(published.year, month, 1)).days <= (
        REPORTED_LOOKBACK_DAYS
    ):
        year = published.year  # promised before publication: this year's month
    else:
        year = min(
            (published.year - 1, published.year, published.year + 1),
            key=lambda y: abs((date(y, month, 15) - published).days),
        )
    return _Found(Span(m.start(), m.end()), date(year, month, 1), grain="month", relation=relation)


def _placement(tree: Tree, offset: int, *, deadline: bool = False) -> Placement | None:
    """Where the verbs above a date put it, read as the English stage reads them (`time_tense`).

    "past": the verb the date hangs on is past («поезд ушёл 12 февраля»); with a deadline only
    when nothing else says so — «отложил дело до 26 января» names a day after the adjourning, so
    it is left to the nearest-year guess. "reported": a plan or a future under a past verb that
    dates the promise before publication — a verb of promising («обещала опубликовать до 12
    февраля») or a dated saying («заявил в понедельник, что паром выйдет 12 февраля»). "ahead":
    the date's own verb is future and nothing past stands above it; an undated «заявил, что …
    выйдет» is the news of the day. A participle takes its tense from its auxiliary: «назначено
    на 18 февраля» has none, «будет определён к 1 октября» looks ahead.
    """
    token = tree.token_at(offset)
    below = None
    own: str | None = None  # the tense of the verb the date hangs on
    seen: set[int] = set()
    while token is not None and id(token) not in seen:  # natasha's parse can hold cycles
        seen.add(id(token))
        tense = _tense(tree, token)
        if tense is not None:
            promise = token.lemma in PROMISE_LEMMAS
            if tense == "Past" and own is None and not promise:
                return None if deadline else "past"
            if tense == "Past" and (promise or _dated(tree, token, below)):
                return "reported"
            own = own or tense
        below, token = token, tree.head(token)
    return "ahead" if own == "Fut" else None


def _tense(tree: Tree, token: Any) -> str | None:
    """A verb's tense ("Past", "Pres", "Fut", "Inf"); a participle's is its auxiliary's."""
    if token.pos not in {"VERB", "AUX"}:
        return None
    if token.feats.get("VerbForm") == "Part":
        aux = [c for c in tree.children(token) if c.pos == "AUX"]
        return str(aux[0].feats.get("Tense")) if aux and aux[0].feats.get("Tense") else None
    return str(token.feats.get("Tense") or token.feats.get("VerbForm") or "") or None


def _dated(tree: Tree, verb: Any, below: Any) -> bool:
    """Whether a time word other than the branch we came up by dates the verb."""
    for child in tree.children(verb):
        if child is below:
            continue
        for word in tree.subtree(child):
            lower = word.text.lower()
            if lower in WEEKDAYS or lower in WEEKDAYS_OBLIQUE or lower in SAYING_DATED_BY:
                return True
            if lower in MONTHS_PREPOSITIONAL or lower in MONTHS_GENITIVE:
                return True  # «2 февраля Маровская заявила, что …», «в январе заявил»
            if lower.startswith("прошл"):
                return True
    return False


def _placed(
    guess: date, yearless: tuple[int, int], side: Placement | None, published: date
) -> date:
    """A day and month placed by its verbs: the year-nearest guess unless they say otherwise."""
    options = [_safe(published.year + k, *yearless) for k in (-1, 0, 1)]
    valid = [d for d in options if d is not None]
    if side == "reported":
        # Promised before publication: this year's day, unless far behind (see the English rule).
        this_year = _safe(published.year, *yearless)
        if this_year is not None and (published - this_year).days <= REPORTED_LOOKBACK_DAYS:
            return this_year
        return guess
    if side is None:
        return guess
    ahead = side == "ahead"
    on_side = [d for d in valid if (d >= published if ahead else d <= published)]
    if not on_side or guess in on_side:
        return guess
    return min(on_side, key=lambda d: abs((d - published).days))


def _weekday(m: re.Match[str], published: date, tree: Tree | None) -> date:
    target = WEEKDAYS[m["wd"].lower()]
    shift = (m["shift"] or "").lower()
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if shift.startswith("прошл"):
        return published - timedelta(days=back or 7)
    if shift.startswith("следующ"):
        return published + timedelta(days=ahead or 7)
    future = _governed_by_future(tree, m.start("wd")) if tree is not None else None
    return published + timedelta(days=ahead) if future else published - timedelta(days=back)


def _weekday_oblique(m: re.Match[str], published: date, tree: Tree | None) -> _Found:
    """«до среды», «к пятнице» look ahead; «с пятницы» is placed by its verb's tense."""
    target = WEEKDAYS_OBLIQUE[m["wo"].lower()]
    relation: Relation = TIME_RELATIONS.get(m["lead"].lower(), "from")  # type: ignore[assignment]
    ahead = relation in _AHEAD
    if not ahead:
        ahead = bool(tree is not None and _governed_by_future(tree, m.start("wo")))
    if ahead:
        day = published + timedelta(days=(target - published.weekday()) % 7)
    else:
        day = published - timedelta(days=(published.weekday() - target) % 7)
    return _Found(Span(m.start("wo"), m.end()), day, relation=relation)


def _governed_by_future(tree: Tree, offset: int) -> bool | None:
    """Whether the verb the weekday hangs on speaks of the future (future, present, infinitive)."""
    token = tree.token_at(offset)
    head = tree.head(token) if token is not None else None
    if head is None or head.pos not in {"VERB", "AUX"}:
        return None
    governor = tree.head(head)
    if head.feats.get("VerbForm") == "Inf" and governor is not None and governor.pos == "VERB":
        head = governor  # «начал снижаться в среду»: the tense is the finite verb's
    # Present, future and infinitive all look ahead: «уйдут в пятницу», «начинаются в пятницу».
    return bool(head.feats.get("Tense") != "Past")


def _end_of(m: re.Match[str], published: date) -> _Found:
    unit = m["unit"].lower()
    relation: Relation = "by" if m["lead"].lower() == "к" else "until"
    span = Span(m.start("e"), m.end())
    if unit[:1].isdigit():  # «к концу 2027 года»
        return _Found(span, date(int(unit[:4]), 12, 31), relation=relation)
    if unit in MONTHS_GENITIVE:
        month = MONTHS_GENITIVE[unit]
        year = published.year + (month < published.month - 6)
        return _Found(span, _month_end(year, month), grain="day", relation=relation)
    shift = 1 if (m["adj"] or "").lower() == "следующего" else 0
    grain = PERIOD_UNITS[unit]
    start = _period_start(published, grain, shift)
    if grain == "week":
        return _Found(span, start + timedelta(days=6), relation=relation)
    if grain == "month":
        return _Found(span, _month_end(start.year, start.month), relation=relation)
    return _Found(span, date(start.year, 12, 31), relation=relation)


def _relation_before(text: str, start: int) -> Relation:
    words = text[max(0, start - 8) : start].split()
    word = words[-1].lower() if words else ""
    return TIME_RELATIONS.get(word, "on")  # type: ignore[return-value]


def _day_month(month: int, day: int, year: str | None, published: date | None) -> date | None:
    if year is not None:
        return _safe(int(year), month, day)
    if published is None:
        return None
    # The year that puts the date nearest to publication: «19 января» in a December article.
    options = [
        _safe(y, month, day) for y in (published.year - 1, published.year, published.year + 1)
    ]
    dates = [d for d in options if d is not None]
    return min(dates, key=lambda d: abs((d - published).days)) if dates else None


def _period_start(published: date, unit: str, shift: int) -> date:
    if unit == "week":
        return published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
    if unit == "month":
        month = published.month - 1 + shift
        return date(published.year + month // 12, month % 12 + 1, 1)
    return date(published.year + shift, 1, 1)


def _shift(day: date, count: int, unit: str) -> date:
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
