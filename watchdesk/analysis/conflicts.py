"""Analysis: conflicting signals. New statements + indexed candidates → pairs that cannot both hold.

A pair is compared only when it is about one thing: the same question, two shared topics (entity
or concept keys), or one shared topic when one speaker said both. Rules, in order:

- number: figures for the same thing whose ranges cannot overlap ("about 4,500" vs "at least
  12,000"), said within a week of each other, since real figures change;
- date: two future dates for one action ("end on February 8" vs "until 28 February");
- definite_vs_undecided: a definite claim against "no date has been set" on the same action;
- polarity: the same action said to happen and not to happen ("no tanks crossed" vs "37 tanks
  were brought").

When one speaker said both, the kind is self_contradiction and the reason names the rule. Every
conflict carries its reason and the words that triggered it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from watchdesk.analysis.lexicon import NUMBER_TOLERANCE
from watchdesk.analysis.topics import actions, is_future, undecided
from watchdesk.records import Conflict, ConflictKind, Figure, LinkedStatement

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

NUMBER_WINDOW_DAYS = 3  # figures days apart may both be right: deployments change
WINDOW_DAYS = 7  # different speakers further apart than this speak of different moments
SELF_WINDOW_DAYS = 120  # one speaker's word is held against them for a season
MIN_SHARED_TOPICS = 3  # outside one question, two statements must share this many topics


@dataclass(frozen=True, slots=True)
class _Finding:
    kind: ConflictKind
    reason: str
    triggers: tuple[str, ...]


def find_conflicts(
    new_statements: Sequence[LinkedStatement], candidates: Sequence[LinkedStatement]
) -> list[Conflict]:
    """Return each conflict between a new statement and a candidate, or between two new ones.

    Candidates come from the store's index (same question or a shared topic); this function never
    looks further, so its cost follows the index, not the store.
    """
    found: dict[str, Conflict] = {}
    pool = [*candidates, *new_statements]
    for new in new_statements:
        for other in pool:
            if other.key == new.key:
                continue
            first, second = _in_order(new, other)
            conflict = compare(first, second)
            if conflict is not None:
                found.setdefault(conflict.key, conflict)
    return list(found.values())


def compare(first: LinkedStatement, second: LinkedStatement) -> Conflict | None:
    """Return the conflict between two statements (earlier first), or None."""
    same_speaker = bool(first.speaker_key) and first.speaker_key == second.speaker_key
    if first.article_url and first.article_url == second.article_url:
        return None  # an article that reports both sides already says so
    if _words(first) == _words(second):
        return None  # one statement carried by two outlets
    if "question" in (first.modality, second.modality):
        return None
    gap = _gap_days(first, second)
    if gap is None or gap > (SELF_WINDOW_DAYS if same_speaker else WINDOW_DAYS):
        return None
    if not _related(first, second, same_speaker=same_speaker):
        # Figures, dates, or a yes and a no days apart, need only two shared topics.
        if _shares(first, second, 2):
            close = gap <= NUMBER_WINDOW_DAYS
            finding = (
                (_numbers(first, second) if close else None)
                or _dates(first, second)
                or (_polarity(first, second) if close and _same_frame(first, second) else None)
            )
            if finding is not None:
                return _conflict(first, second, finding, same_speaker=same_speaker)
        # "A decision on withdrawal has not been made" names only the action; that ties it to
        # definite claims about the same action nearby.
        if gap <= WINDOW_DAYS and _elliptical_undecided(first, second):
            finding = _definite_vs_undecided(first, second)
            if finding is not None:
                return _conflict(first, second, finding, same_speaker=same_speaker)
        return None
    # A forecast against a later report is a promise kept or broken, not a conflicting signal;
    # only one speaker's own words are held against each other across tenses.
    same_frame = is_future(first.content) == is_future(second.content)
    # Except a denial of what is to come that the same speaker later admits has come.
    admitted = same_speaker and is_future(first.content) and not is_future(second.content)
    finding = (
        (_numbers(first, second) if gap <= NUMBER_WINDOW_DAYS else None)
        or _dates(first, second)
        or _definite_vs_undecided(first, second)
        or (_polarity(first, second, admission=not same_frame) if same_frame or admitted else None)
    )
    if finding is None:
        return None
    return _conflict(first, second, finding, same_speaker=same_speaker)


def _conflict(
    first: LinkedStatement, second: LinkedStatement, finding: _Finding, *, same_speaker: bool
) -> Conflict:
    kind, reason = finding.kind, finding.reason
    if same_speaker:
        kind, reason = "self_contradiction", f"{first.speaker} contradicts themself: {reason}"
    question = first.question if first.question == second.question else None
    return Conflict(first.key, second.key, kind, reason, finding.triggers, question)


def _in_order(a: LinkedStatement, b: LinkedStatement) -> tuple[LinkedStatement, LinkedStatement]:
    order_a = (a.published.isoformat() if a.published else "", a.key)
    order_b = (b.published.isoformat() if b.published else "", b.key)
    return (a, b) if order_a <= order_b else (b, a)


def _gap_days(a: LinkedStatement, b: LinkedStatement) -> int | None:
    if a.published is None or b.published is None:
        return None
    return abs((b.published - a.published).days)


def _related(a: LinkedStatement, b: LinkedStatement, *, same_speaker: bool) -> bool:
    if a.question is not None and a.question == b.question:
        return True
    shared = set(a.topics) & set(b.topics)
    return len(shared) >= (1 if same_speaker else MIN_SHARED_TOPICS)


def _same_frame(a: LinkedStatement, b: LinkedStatement) -> bool:
    return is_future(a.content) == is_future(b.content)


def _shares(a: LinkedStatement, b: LinkedStatement, count: int) -> bool:
    """Say whether two statements share this many topics: figures for one thing need fewer."""
    return len(set(a.topics) & set(b.topics)) >= count


def _elliptical_undecided(a: LinkedStatement, b: LinkedStatement) -> bool:
    for pending, other in ((a, b), (b, a)):
        if undecided(pending.content) and not [t for t in pending.topics if t[:2] in ("c:", "e:")]:
            acts = {t for t in pending.topics if t.startswith("a:")}
            return bool(acts & set(other.topics))
    return False


def _numbers(a: LinkedStatement, b: LinkedStatement) -> _Finding | None:
    for fa in a.figures:
        for fb in b.figures:
            if not fa.unit or fa.unit != fb.unit or _overlap(fa, fb):
                continue
            return _Finding(
                "number",
                f"{_say(a)} {_figure(fa)} {fa.unit}; {_say(b)} {_figure(fb)}",
                (fa.text, fb.text),
            )
    return None


def _range(figure: Figure) -> tuple[float, float]:
    tolerance = NUMBER_TOLERANCE[figure.bound]
    low, high = figure.value * (1 - tolerance), figure.value * (1 + tolerance)
    if figure.bound == "at_least":
        high = float("inf")
    elif figure.bound == "at_most":
        low = 0.0
    return low, high


def _overlap(a: Figure, b: Figure) -> bool:
    (low_a, high_a), (low_b, high_b) = _range(a), _range(b)
    return low_a <= high_b and low_b <= high_a


def _figure(figure: Figure) -> str:
    prefix = {"exact": "", "about": "about ", "at_least": "at least ", "at_most": "at most "}
    return prefix[figure.bound] + figure.text


def _dates(a: LinkedStatement, b: LinkedStatement) -> _Finding | None:
    shared = _shared_actions(a, b, same_sign=True)
    if not shared or not a.dates or not b.dates or _different_names(a, b):
        return None
    # Dates after publication only: a dateline ("DRAVSK, Feb 2") reports, it does not plan.
    future_a = [d for d in a.dates if a.published and d > a.published.isoformat()]
    future_b = [d for d in b.dates if b.published and d > b.published.isoformat()]
    if not future_a or not future_b or set(future_a) & set(future_b):
        return None
    action = shared[0]
    return _Finding(
        "date",
        f"{_say(a)} {future_a[-1]} for '{action}'; {_say(b)} {future_b[-1]}",
        (future_a[-1], future_b[-1]),
    )


def _different_names(a: LinkedStatement, b: LinkedStatement) -> bool:
    """Say whether both name things and none in common: "Velsk reopens" vs "Mirna reopens"."""
    names_a = {t for t in a.topics if t.startswith("e:")}
    names_b = {t for t in b.topics if t.startswith("e:")}
    return bool(names_a and names_b and not names_a & names_b)


def _definite_vs_undecided(a: LinkedStatement, b: LinkedStatement) -> _Finding | None:
    open_a, open_b = undecided(a.content), undecided(b.content)
    if bool(open_a) == bool(open_b):
        return None
    definite, pending = (b, a) if open_a else (a, b)
    cue = open_a or open_b
    shared = _shared_actions(a, b, same_sign=False)
    if not shared or cue is None:
        return None
    return _Finding(
        "definite_vs_undecided",
        f"{definite.speaker} is definite about '{shared[0]}'; {pending.speaker} says \"{cue}\"",
        (actions(definite.content)[shared[0]][1], cue),
    )


def _polarity(
    a: LinkedStatement, b: LinkedStatement, *, admission: bool = False
) -> _Finding | None:
    if undecided(a.content) or undecided(b.content):
        return None
    acts_a, acts_b = actions(a.content), actions(b.content)
    for action in sorted(set(acts_a) & set(acts_b)):
        (sign_a, word_a), (sign_b, word_b) = acts_a[action], acts_b[action]
        if sign_a != sign_b and (not admission or sign_a < 0):
            yes, no = (a, b) if sign_a > 0 else (b, a)
            return _Finding(
                "polarity",
                f"{yes.speaker} says '{action}' happens; {no.speaker} says it does not",
                (word_a, word_b),
            )
    return None


def _shared_actions(a: LinkedStatement, b: LinkedStatement, *, same_sign: bool) -> list[str]:
    acts_a, acts_b = actions(a.content), actions(b.content)
    return sorted(
        key
        for key in set(acts_a) & set(acts_b)
        if not same_sign or acts_a[key][0] == acts_b[key][0]
    )


def _words(statement: LinkedStatement) -> str:
    return " ".join(statement.content.lower().split())


def _say(statement: LinkedStatement) -> str:
    when = f" ({statement.published.isoformat()})" if statement.published else ""
    return f"{statement.speaker}{when}:"


def conflict_pairs(conflicts: Iterable[Conflict]) -> set[frozenset[str]]:
    """The unordered statement pairs of some conflicts; for evaluation."""
    return {frozenset((c.first, c.second)) for c in conflicts}
