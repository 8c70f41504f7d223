"""Analysis: the week's dossier of a theme, and the trend it suggests (issue 10).

A dossier gathers what one theme's period holds for its brief: the statements of the period
ranked by weight (how prominent the speaker is, how many outlets carried the words), the
conflicting signals raised or restated in it, the promises that fell due and how they stand,
the counted figures that changed, the questions that moved, the volume per week against the
weeks before, and the events reported as happening in it. An event belongs to the week it
happened in when the report states its day, not to the week the report was printed: a closure
on Saturday told in Monday's paper is the earlier week's news.

From these the desk suggests a trend (worse, improved, same or mixed) and says why; the editor
chooses.

The rules read only the shape of the evidence (weights, counts, official voices, promises kept
or broken, new conflicts), never a scenario's words: what a theme is about is the theme's data.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from watchdesk.analysis.stances import Holder, holder_of, stance_of
from watchdesk.records import (
    CommitmentStatus,
    ConflictFlag,
    DatedEvent,
    Dossier,
    DossierConflict,
    DueCommitment,
    Figure,
    LinkedStatement,
    MovedDeadline,
    NumberChange,
    Period,
    Question,
    QuestionMove,
    RankedStatement,
    SourcedStatement,
    Trend,
    TrendReason,
    WeekVolume,
)

HISTORY_WEEKS = 4  # weeks before the period shown in the volume chart and read for "before"
OFFICIAL_WEIGHT = 2.0  # an official voice against a named person without office
ORGANISATION_WEIGHT = 1.5  # a body speaking (a ministry, a bloc) without an office word
GROUP_WEIGHT = 0.6  # "residents", "officials" unnamed: said, but by no one in particular
# What each signal weighs towards a trend. A broken or kept promise is a fact about the period;
# a new conflict between official voices is the desk's main signal; an official leaving a matter
# open is a weaker one, and attention rising or falling weaker still.
CONFLICT_WEIGHTS = (0.5, 0.75, 1.0)  # a new flag with 0, 1 or 2 official voices
CONFIRMED_WEIGHT = 0.5  # an analyst confirmed the flag: on top of its weight as new
PROMISE_WEIGHT = 1.5  # a promise that fell due, broken or kept
OVERDUE_WEIGHT = 1.0  # a promise past its date with no report either way: silence after a deadline
UNDECIDED_WEIGHT = 0.5  # an official voice leaving a matter open
UNDECIDED_CAP = 2.0  # however many times it is said
# A new, later date for a matter whose promised date passed unkept: the deadline slipped. Weaker
# than a broken promise or silence after a deadline, for a new date is still a commitment: it
# weighs what an official leaving a matter open weighs, per voice, and with the same cap.
MOVED_WEIGHT = UNDECIDED_WEIGHT
MOVED_CAP = UNDECIDED_CAP
VOLUME_WEIGHT = 1.0
VOLUME_RATIO = 1.5  # statements per week this many times the weeks before: attention rises
VOLUME_MIN_CHANGE = 3  # and by at least this many statements, so 1 → 2 is no surge
SIGNAL = 1.0  # a side needs this much weight to count
MIXED_SHARE = 0.5  # both sides count and the weaker is at least half the stronger: mixed
EXAMPLES = 3  # examples kept per reason
# A report's stated day is its event's day up to this many days before the report: a date further
# back is background ("the first three were shut on January 16"), and a date ahead is a plan.
EVENT_LAG_DAYS = 7

_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_WORD = re.compile(r"\w+")


# -- periods ------------------------------------------------------------------------------------


def iso_week(label: str) -> Period:
    """The ISO week "2026-W07" as a period, Monday to Sunday; ValueError for another label."""
    found = _WEEK.match(label.strip())
    try:
        if found is None:
            raise ValueError(label)
        start = date.fromisocalendar(int(found.group(1)), int(found.group(2)), 1)
    except ValueError:  # no such week in that year ("2026-W54") reads as a bad label too
        raise ValueError(f"{label!r} is not an ISO week (YYYY-Www)") from None
    return Period(start, start + timedelta(days=6), week_label(start))


def week_of(day: date) -> Period:
    """The ISO week holding `day`."""
    return iso_week(week_label(day))


def week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def period_between(start: date, end: date) -> Period:
    """Any range of days; an exact ISO week keeps its week label."""
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    if start.weekday() == 0 and end == start + timedelta(days=6):
        return week_of(start)
    return Period(start, end, f"{start.isoformat()}..{end.isoformat()}")


# -- the dossier --------------------------------------------------------------------------------


def build_dossier(
    theme: str,
    period: Period,
    statements: Sequence[SourcedStatement],
    *,
    flags: Sequence[ConflictFlag] = (),
    commitments: Sequence[tuple[SourcedStatement, CommitmentStatus]] = (),
    questions: Sequence[Question] = (),
    daily: Sequence[tuple[date, int]] = (),
    sources: Mapping[str, SourcedStatement] | None = None,
    identities: Mapping[str, str] | None = None,
    history_weeks: int = HISTORY_WEEKS,
) -> Dossier:
    """Gather a theme's period: `statements` are the theme's statements and reports of the
    period and of the weeks before it (and of the days after it, where reports of its events
    are printed), `flags` its conflict flags, `commitments` its promises with their status,
    `daily` its statements per day; `sources` tells flag sides' outlets and `identities` maps
    speaker names to one key per person (Vesk and Веск alike)."""
    known = dict(sources or {})
    known.update((s.statement.key, s) for s in statements)
    # Only the events read the days after the period: what was said is said when printed.
    window = [s for s in statements if not _after(s.statement.published, period)]
    inside = [s for s in window if _within(s.statement.published, period)]
    ids = identities or {}
    return Dossier(
        theme=theme,
        period=period,
        statements=tuple(_ranked(inside, window, ids)),
        conflicts=tuple(_conflicts(flags, period, known)),
        commitments=tuple(_due(commitments, period, ids)),
        numbers=tuple(_numbers(window, period)),
        questions=tuple(_questions(window, questions, period)),
        volume=tuple(_volume(daily, period, history_weeks)),
        moved=tuple(_moved(commitments, period, ids)),
        events=tuple(_events(statements, period)),
    )


def event_day(statement: LinkedStatement) -> date | None:
    """The day a report says its event happened: the one day its words state, on the day it
    was printed or up to `EVENT_LAG_DAYS` before; None when they state none or several days, or
    a day ahead (a plan or a deadline, not an event)."""
    printed = statement.published
    days = {day for day in map(_date, statement.dates) if day is not None}
    if printed is None or len(days) != 1:
        return None
    (day,) = days
    return day if printed - timedelta(days=EVENT_LAG_DAYS) <= day <= printed else None


def _events(statements: Sequence[SourcedStatement], period: Period) -> list[DatedEvent]:
    """Reports (the outlets' own sentences) whose stated day falls in the period, in the order
    things happened; the same words in several copies are one event, counted."""
    groups: dict[str, list[tuple[date, SourcedStatement]]] = {}
    for source in sorted(statements, key=_order):
        day = event_day(source.statement) if source.index is None else None
        if day is not None and _within(day, period):
            groups.setdefault(_words(source.statement.content), []).append((day, source))
    events = [DatedEvent(members[0][1], members[0][0], len(members)) for members in groups.values()]
    events.sort(key=lambda e: (e.day, _order(e.source)))
    return events


def holder(source: SourcedStatement) -> Holder:
    """Who speaks, as the stance rules resolve them: person, body, group or report."""
    s = source.statement
    if source.index is None:
        kind = "report"
    elif s.speaker_key:
        kind = "person"  # only a named person gets a speaker key
    else:
        kind = "organisation" if not source.speaker_role else "group"
    return holder_of(s.speaker, kind=kind, role=source.speaker_role, org=source.speaker_org)


def _ranked(
    inside: Sequence[SourcedStatement],
    window: Sequence[SourcedStatement],
    ids: Mapping[str, str],
) -> list[RankedStatement]:
    """One entry per speaker and words (copies and repeats merged), heaviest first."""
    said = [s for s in inside if s.index is not None]
    groups: dict[tuple[str, str], list[SourcedStatement]] = {}
    for item in sorted(said, key=_order):
        groups.setdefault((_who(item.statement, ids), _words(item.statement.content)), []).append(
            item
        )
    # How often the desk quotes a speaker over the window: a voice many articles turn to.
    quoted = Counter(
        _who(s.statement, ids)
        for s in {(_who(s.statement, ids), _words(s.statement.content)): s for s in window}.values()
        if s.index is not None
    )
    ranked = []
    for (who, _), members in groups.items():
        first = members[0]
        outlets = {o for m in members for o in (m.outlets or (m.site,)) if o}
        voice = holder(first)
        prominence = _voice_weight(voice) + math.log1p(quoted[who]) / 2
        reach = 1 + math.log2(max(len(outlets), 1)) + math.log2(len(members)) / 4
        ranked.append(
            RankedStatement(
                source=first,
                weight=round(prominence * reach, 3),
                official=voice.official,
                outlets=max(len(outlets), 1),
                restated=len(members),
            )
        )
    ranked.sort(key=lambda r: (-r.weight, _order(r.source)))
    return ranked


def _voice_weight(voice: Holder) -> float:
    if voice.official:
        return OFFICIAL_WEIGHT
    return {"organisation": ORGANISATION_WEIGHT, "group": GROUP_WEIGHT}.get(voice.kind, 1.0)


def _conflicts(
    flags: Sequence[ConflictFlag], period: Period, known: Mapping[str, SourcedStatement]
) -> list[DossierConflict]:
    """Flags raised or restated in the period (dismissed ones left out), new ones first.

    News is judged pair by pair, not by the flag's first pair: a flag raised weeks ago that
    gains in the period a pair with a statement it did not hold before (a new count against the
    old denial, a new denial against the old count) is a contradiction said again in new words,
    as much news as a new flag. A pair of statements both held before (a reprint, a late copy)
    only restates it. The sides shown are the newest pair that brought news, else the first.
    """
    found = []
    for flag in flags:
        if flag.status == "dismissed" or not flag.pairs:
            continue
        days = [_raised(a, b) for a, b in flag.pairs]
        inside = [pair for pair, day in zip(flag.pairs, days, strict=True) if _within(day, period)]
        if not inside:
            continue
        held = {
            side.key
            for pair, day in zip(flag.pairs, days, strict=True)
            if day is not None and day < period.start
            for side in pair
        }
        fresh = [pair for pair in inside if any(side.key not in held for side in pair)]
        first, second = fresh[-1] if fresh else flag.pairs[0]
        sides = [known.get(first.key), known.get(second.key)]
        officials = sum(1 for side in sides if side is not None and holder(side).official)
        found.append(DossierConflict(flag, bool(fresh), officials, *sides))
    found.sort(key=lambda c: (not c.new, c.flag.status != "confirmed", -c.officials))
    return found


def _raised(a: LinkedStatement, b: LinkedStatement) -> date | None:
    """A pair is raised when its later statement appears."""
    days = [d for d in (a.published, b.published) if d is not None]
    return max(days) if days else None


def _due(
    commitments: Sequence[tuple[SourcedStatement, CommitmentStatus]],
    period: Period,
    ids: Mapping[str, str],
) -> list[DueCommitment]:
    """Promises due in the period; one speaker's promises due the same day and judged alike are
    one promise said again (in another article or language), kept once with a count."""
    groups: dict[tuple[str, str, str], list[tuple[SourcedStatement, CommitmentStatus]]] = {}
    for promise, status in sorted(commitments, key=lambda c: _order(c[0])):
        if _within(_date(status.due), period):
            key = (_who(promise.statement, ids), status.due or "", status.status)
            groups.setdefault(key, []).append((promise, status))
    found = [
        DueCommitment(members[0][0], members[0][1], len(members), tuple(m for m, _ in members[1:]))
        for members in groups.values()
    ]
    found.sort(key=lambda c: (c.status.due or "", _order(c.promise)))
    return found


def _moved(
    commitments: Sequence[tuple[SourcedStatement, CommitmentStatus]],
    period: Period,
    ids: Mapping[str, str],
) -> list[MovedDeadline]:
    """Promises first made in the period that put a later date on a question (the desk's
    grouping of statements on one matter) whose earlier promised date had passed, broken,
    by the day the new one was made. A new date that is already kept by the period's end is
    news of the kept promise, not of a slip; a promise restated from before the period is no
    new date."""
    ordered = sorted(commitments, key=lambda c: _order(c[0]))
    first_said: dict[tuple[str, str], date] = {}
    for promise, status in ordered:
        if status.due and promise.statement.published:
            first_said.setdefault(
                (_who(promise.statement, ids), status.due), promise.statement.published
            )
    broken = [
        (promise, status, due)
        for promise, status in ordered
        if status.status == "broken" and (due := _date(status.due)) is not None
    ]
    found: dict[tuple[str, str], MovedDeadline] = {}
    for promise, status in ordered:
        said, due, question = (
            promise.statement.published,
            _date(status.due),
            promise.statement.question,
        )
        if said is None or due is None or question is None or status.status == "kept":
            continue
        key = (_who(promise.statement, ids), status.due or "")
        if key in found or not _within(first_said.get(key), period):
            continue
        earlier = [
            (p, s)
            for p, s, before in broken
            if p.statement.question == question and before < due and before <= said
        ]
        if earlier:
            found[key] = MovedDeadline(promise, status, *earlier[-1])
    return list(found.values())


def _numbers(statements: Sequence[SourcedStatement], period: Period) -> list[NumberChange]:
    """Each counted figure of the period that differs from the last one stated before it.

    A figure first stated in the period has no "before"; the same value said again is no change.
    """
    latest: dict[str, tuple[Figure, SourcedStatement]] = {}
    found: list[NumberChange] = []
    seen: set[tuple[str, float]] = set()
    for source in sorted(statements, key=_order):
        for figure in source.statement.figures:
            unit = figure.unit.casefold()
            before = latest.get(unit)
            latest[unit] = (figure, source)
            if not _within(source.statement.published, period) or (unit, figure.value) in seen:
                continue
            if before is not None and before[0].value == figure.value:
                continue
            seen.add((unit, figure.value))
            found.append(
                NumberChange(
                    unit=figure.unit,
                    figure=figure,
                    source=source,
                    before=before[0] if before else None,
                    before_source=before[1] if before else None,
                )
            )
    # Changes first (a figure with a "before"), then by what is counted and when.
    found.sort(key=lambda n: (n.before is None, n.unit, _order(n.source)))
    return found


def _questions(
    statements: Sequence[SourcedStatement], questions: Sequence[Question], period: Period
) -> list[QuestionMove]:
    """Questions with statements in the period, against as many days just before it."""
    span = (period.end - period.start).days + 1
    earlier = Period(period.start - timedelta(days=span), period.start - timedelta(days=1), "")
    now: Counter[int] = Counter()
    then: Counter[int] = Counter()
    for key, item in {s.statement.key: s for s in statements}.items():
        del key
        q = item.statement.question
        if q is None or item.index is None:
            continue
        if _within(item.statement.published, period):
            now[q] += 1
        elif _within(item.statement.published, earlier):
            then[q] += 1
    named = {q.id: q for q in questions}
    moves = [
        QuestionMove(named.get(q, Question(q, f"#{q}")), count, then[q]) for q, count in now.items()
    ]
    moves.sort(key=lambda m: (-m.statements, m.question.id))
    return moves


def _volume(daily: Sequence[tuple[date, int]], period: Period, weeks: int) -> list[WeekVolume]:
    """Statements per ISO week from `weeks` weeks before the period to its last week."""
    first = period.start - timedelta(days=period.start.weekday()) - timedelta(weeks=weeks)
    counts: Counter[date] = Counter()
    for day, n in daily:
        if first <= day <= period.end:
            counts[day - timedelta(days=day.weekday())] += n
    result = []
    monday = first
    while monday <= period.end:
        result.append(WeekVolume(week_label(monday), monday, counts[monday]))
        monday += timedelta(weeks=1)
    return result


# -- the suggested trend ------------------------------------------------------------------------


def suggest_trend(dossier: Dossier) -> tuple[Trend, tuple[TrendReason, ...]]:
    """Suggest worse, improved, same or mixed from the dossier, with every reason that counted.

    Each reason is a kind of evidence a desk analyst reads a week by (a contradiction between
    voices that is news in the week, a promise that fell due, a deadline moved, an official
    leaving a matter open, attention surging), weighted by how much it says on its own; the
    words of a scenario never enter.
    """
    reasons = [
        r
        for r in (
            _new_conflicts(dossier),
            _confirmed(dossier),
            _promises(dossier, "broken", "worse"),
            _promises(dossier, "kept", "improved"),
            _promises(dossier, "due", "worse", OVERDUE_WEIGHT),
            _deadlines_moved(dossier),
            _undecided(dossier),
            _attention(dossier),
        )
        if r is not None
    ]
    worse = sum(r.weight for r in reasons if r.direction == "worse")
    better = sum(r.weight for r in reasons if r.direction == "improved")
    trend: Trend
    if worse < SIGNAL and better < SIGNAL:
        trend = "same"
    elif (
        worse >= SIGNAL
        and better >= SIGNAL
        and min(worse, better) >= MIXED_SHARE * max(worse, better)
    ):
        trend = "mixed"
    else:
        trend = "worse" if worse > better else "improved"
    if not reasons:
        reasons.append(TrendReason("same", "quiet", len(dossier.statements), 0.0))
    reasons.sort(key=lambda r: -r.weight)
    return trend, tuple(reasons)


def _new_conflicts(dossier: Dossier) -> TrendReason | None:
    new = [c for c in dossier.conflicts if c.new]
    if not new:
        return None
    weight = sum(CONFLICT_WEIGHTS[min(c.officials, 2)] for c in new)
    examples = tuple(c.flag.conflict.reason for c in new[:EXAMPLES])
    return TrendReason("worse", "conflicts_new", len(new), round(weight, 3), examples)


def _confirmed(dossier: Dossier) -> TrendReason | None:
    confirmed = [c for c in dossier.conflicts if c.flag.status == "confirmed"]
    if not confirmed:
        return None
    examples = tuple(c.flag.conflict.reason for c in confirmed[:EXAMPLES])
    weight = round(CONFIRMED_WEIGHT * len(confirmed), 3)
    return TrendReason("worse", "conflicts_confirmed", len(confirmed), weight, examples)


def _promises(
    dossier: Dossier, state: str, direction: str, weight: float = PROMISE_WEIGHT
) -> TrendReason | None:
    matched = [c for c in dossier.commitments if c.status.status == state]
    if not matched:
        return None
    examples = tuple(_quote(c.promise.statement) for c in matched[:EXAMPLES])
    return TrendReason(
        "worse" if direction == "worse" else "improved",
        "overdue" if state == "due" else state,
        len(matched),
        weight * len(matched),
        examples,
    )


def _deadlines_moved(dossier: Dossier) -> TrendReason | None:
    if not dossier.moved:
        return None
    weight = min(MOVED_WEIGHT * len(dossier.moved), MOVED_CAP)
    examples = tuple(_quote(m.promise.statement) for m in dossier.moved[:EXAMPLES])
    return TrendReason("worse", "deadline_moved", len(dossier.moved), weight, examples)


def _undecided(dossier: Dossier) -> TrendReason | None:
    """Official voices leaving matters open: the capital does not say where things stand."""
    open_ = [
        r.source
        for r in dossier.statements
        if r.official and stance_of(r.source.statement, holder(r.source)).position == "undecided"
    ]
    if not open_:
        return None
    weight = min(UNDECIDED_WEIGHT * len(open_), UNDECIDED_CAP)
    examples = tuple(_quote(s.statement) for s in open_[:EXAMPLES])
    return TrendReason("worse", "undecided", len(open_), weight, examples)


def _attention(dossier: Dossier) -> TrendReason | None:
    """Statements per week in the period against the weeks before that had any.

    Without such a week there is nothing to compare with: a theme's first statements are where
    its story starts, not a surge of attention, and the other reasons judge what they say.
    """
    before = [w.statements for w in dossier.volume if w.start < dossier.period.start]
    before = [n for n in before if n]
    if not before:
        return None
    span = (dossier.period.end - dossier.period.start).days + 1
    now = sum(
        w.statements for w in dossier.volume if w.start >= dossier.period.start - timedelta(6)
    )
    rate = now * 7 / span
    usual = sum(before) / len(before)
    if rate >= usual * VOLUME_RATIO and rate - usual >= VOLUME_MIN_CHANGE:
        return TrendReason("worse", "volume_up", round(rate), VOLUME_WEIGHT, (f"{usual:.0f}",))
    if usual and rate * VOLUME_RATIO <= usual and usual - rate >= VOLUME_MIN_CHANGE:
        # Shown, but no sign of better: attention falls after every surge, settled or not.
        return TrendReason("same", "volume_down", round(rate), 0.0, (f"{usual:.0f}",))
    return None


# -- helpers ------------------------------------------------------------------------------------


def _within(day: date | None, period: Period) -> bool:
    return day is not None and period.start <= day <= period.end


def _after(day: date | None, period: Period) -> bool:
    return day is not None and day > period.end


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _order(source: SourcedStatement) -> tuple[date, int]:
    return (source.statement.published or date.min, source.statement.id or 0)


def _who(statement: LinkedStatement, ids: Mapping[str, str]) -> str:
    return ids.get(statement.speaker) or statement.speaker_key or statement.speaker.casefold()


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _quote(statement: LinkedStatement) -> str:
    return f"{statement.speaker}: {statement.content}"


def sources_by_key(items: Iterable[SourcedStatement]) -> dict[str, SourcedStatement]:
    """Statements by key, the first of each key kept."""
    found: dict[str, SourcedStatement] = {}
    for item in items:
        found.setdefault(item.statement.key, item)
    return found
