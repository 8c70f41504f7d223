"""Analysis: conflicting signals. New statements + indexed candidates → pairs that cannot both hold.

Two statements are compared only when they are about the same thing at about the same time. Each
statement is read as a claim: its main clause (conditions and relative clauses cut off), the
actions it says happen or not, the things those actions are said of ("troops" for a withdrawal,
"crossings" for a reopening), its time frame (a report or a plan), and whether it leaves the
matter explicitly open ("no date has been set"). Rules, each needing one shared action said of
one shared thing:

- number: counts of the same thing (troops, tanks) by different sources, days apart at most,
  whose ranges cannot overlap ("about 4,500" vs "at least 12,000"); a value inside a range agrees;
- date: two future dates in the clause of one action ("end on February 8" vs "until 28 February");
- definite_vs_undecided: a definite plan against an explicit open matter on the same action, the
  open matter said at the same time or later (said earlier, a later plan is a decision, not a
  conflict);
- polarity: the action said to happen and not to happen, both reports of the same days or both
  plans of the same week (a report of last week against a plan for next week is no contradiction,
  and a situation that changes over weeks is change);
- self_contradiction: one named person, in different articles, against their own earlier words
  by the polarity or definiteness rules, within a season; or a denial of what is to come that the
  same person later admits has come.

A statement that repeats another one nearly word for word (a recap, a reprint) is compared once,
as its earliest copy. Every conflict carries its reason and the words that triggered it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from watchdesk.analysis.conflict_words import (
    ACTION_OBJECTS,
    CITED,
    COUNTED,
    HEDGES,
    KINDRED,
    NAMING_WORDS_BEFORE,
    NOMINAL_ENDINGS,
    NOMINAL_WORDS,
    OPEN_MATTER,
    OTHER_TIME,
    PLAN_TIME,
    SUBORDINATE,
)
from watchdesk.analysis.frame_words import MEASURES, NOT_THINGS
from watchdesk.analysis.lexicon import NUMBER_TOLERANCE
from watchdesk.analysis.registry import stem
from watchdesk.analysis.topics import (
    ACTIONS,
    TOKEN,
    actions,
    concepts,
    dates,
    first_phrase,
    head_nouns,
    is_future,
    negation,
    not_yet,
    singular,
    words,
)
from watchdesk.records import Conflict, ConflictKind, Figure, LinkedStatement

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

NUMBER_WINDOW_DAYS = 3  # counts days apart may both be right: deployments change
REPORT_WINDOW_DAYS = 3  # reports of what is the case, this far apart, speak of one moment
PLAN_WINDOW_DAYS = 7  # plans for what is to come, this far apart, speak of one plan
SELF_WINDOW_DAYS = 120  # one person's word is held against them for a season
REPEAT_OVERLAP = 0.6  # share of their words (Jaccard) two statements share to be one repeated

_CLAUSE = re.compile(r"[.;!?]+\s+|\s+[—–]\s+")
# "until March 29" dates the clause's own action; "until the drills end" is a condition.
_DATE_AHEAD = r"(?!\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
_SUBORDINATE = re.compile(
    r"(?:^|,\s*|\s)(?:"
    + "|".join(
        re.escape(w) + (_DATE_AHEAD if w in ("until", "after", "before") else "")
        for w in SUBORDINATE
    )
    + r")\b.*$",
    re.IGNORECASE | re.DOTALL,
)
FUTURE_AUXILIARIES = ("will", "shall", "would")
RULE_OUT = ("not ruled out", "cannot rule out", "can't rule out", "не исключ")


@dataclass(frozen=True, slots=True)
class _Finding:
    kind: ConflictKind
    reason: str
    triggers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Claim:
    """What a statement claims, read once per statement."""

    statement: LinkedStatement
    acts: dict[str, tuple[int, str]]  # action → (+1 happens / -1 does not, trigger word)
    things: frozenset[str]  # concept keys of the main clauses (and the context for "it")
    heads: frozenset[str]  # nouns the main clauses speak of ("bridge", "warship"), English only
    names: frozenset[str]  # entity topics
    future: bool
    open_matter: str | None
    hedged: bool
    other_time: bool


def find_conflicts(
    new_statements: Sequence[LinkedStatement], candidates: Sequence[LinkedStatement]
) -> list[Conflict]:
    """Return each conflict between a new statement and a candidate, or between two new ones.

    Candidates come from the store's index (same question or a shared topic); this function never
    looks further, so its cost follows the index, not the store.
    """
    pool = {s.key: s for s in (*candidates, *new_statements)}
    ordered = sorted(pool.values(), key=_order)
    repeats: dict[str, bool] = {}
    found: dict[str, Conflict] = {}
    for new in new_statements:
        for other in ordered:
            if other.key == new.key:
                continue
            first, second = _in_order(new, other)
            conflict = compare(first, second)
            if conflict is None or conflict.key in found:
                continue
            # Checked only for the few pairs that conflict: a repeat is flagged as its first copy.
            if not any(_is_repeat(s, ordered, repeats) for s in (first, second)):
                found[conflict.key] = conflict
    return list(found.values())


def repeated_later(
    new_statements: Sequence[LinkedStatement], candidates: Sequence[LinkedStatement]
) -> set[str]:
    """Keys of candidates that repeat a new statement said earlier: their flags are the new one's.

    Articles do not always arrive in order; a recap stored first is a repeat once its original
    comes.
    """
    return {
        later.key
        for later in candidates
        for new in new_statements
        if _order(new) < _order(later) and _repeated(new, later)
    }


def compare(first: LinkedStatement, second: LinkedStatement) -> Conflict | None:
    """Return the conflict between two statements (earlier first), or None."""
    if first.article_url and first.article_url == second.article_url:
        return None  # an article that reports both sides already says so
    if "question" in (first.modality, second.modality) or _repeated(first, second):
        return None
    gap = _gap_days(first, second)
    if gap is None:
        return None
    same_speaker = bool(first.speaker_key) and first.speaker_key == second.speaker_key
    if gap > (SELF_WINDOW_DAYS if same_speaker else PLAN_WINDOW_DAYS):
        return None
    a, b = _claim(first), _claim(second)
    finding = (
        _definite_vs_undecided(a, b, gap, same_speaker=same_speaker)
        or _polarity(a, b, gap, same_speaker=same_speaker)
        or (None if same_speaker else _numbers(a, b, gap))
        or (None if same_speaker or gap > PLAN_WINDOW_DAYS else _dates(a, b))
    )
    if finding is None:
        return None
    kind, reason = finding.kind, finding.reason
    if same_speaker:
        kind, reason = "self_contradiction", f"{first.speaker} contradicts themself: {reason}"
    question = first.question if first.question == second.question else None
    return Conflict(first.key, second.key, kind, reason, finding.triggers, question)


# -- reading a claim ----------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _claim(statement: LinkedStatement) -> _Claim:
    text = _main_clauses(statement.content)
    context = _main_clauses(statement.context) if statement.context else ""
    acts: dict[str, tuple[int, str]] = {}
    for clause in text.split(". "):
        # A negation denies what its own clause says, not the next sentence.
        for action, said in actions(clause).items():
            acts.setdefault(action, (said[0], _word_at(clause, said[1])))
    return _Claim(
        statement=statement,
        acts=acts,
        things=frozenset(concepts(f"{context} {text}")),
        heads=head_nouns(
            f"{context}. {text}" if context else text, statement.language, statement.topics
        ),
        names=frozenset(t for t in statement.topics if t.startswith("e:")),
        future=is_future(text) or statement.modality in ("planned", "expected"),
        open_matter=open_matter(statement.content),
        hedged=first_phrase(statement.content, HEDGES) is not None,
        other_time=first_phrase(statement.content, OTHER_TIME) is not None,
    )


def read_claim(statement: LinkedStatement) -> _Claim:
    """What a statement claims: the actions of its main clauses, the things they are said of."""
    return _claim(statement)


def asserted_actions(clause: str) -> dict[str, tuple[int, str]]:
    """The actions one clause says happen (+1) or not (-1), with the words that say so; an action
    only named ("the withdrawal", "the crossings") is left out.

    An opposite word says "not yet" by itself: "remained closed" is a reopening that has not
    happened, not a double negation; "yet to leave" and "no unit had left" are withdrawals that
    have not happened.
    """
    denied = negation(clause) is not None
    pending = not_yet(clause) is not None
    found = {}
    for action, (_, stem_) in actions(clause).items():
        word = _word_at(clause, stem_)
        # After "will" even "end" is a verb: "the drills will end on February 8".
        if not (_asserted(word) or word.partition(" ")[0] in FUTURE_AUXILIARIES):
            continue
        opposite = stem_ in ACTIONS[action][1]
        sign = -1 if opposite else 1
        if denied or (pending and not opposite):
            sign = -sign
        found[action] = (sign, " ".join(word.split()[-len(stem_.split()) :]))
    return found


def same_thing(action: str, a: _Claim, b: _Claim) -> str | None:
    """The thing two claims both say the action of (a concept or a head noun), or None."""
    return _shared_thing(action, a, b)


def _word_at(clause: str, stem: str) -> str:
    """The word of the clause that a stem matched, with the word before it: "to withdraw"."""
    match = re.search(r"(?:(\w+)\s+)?(" + re.escape(stem) + r"[\w']*)", clause.lower())
    if match is None:
        return stem
    return f"{match.group(1) or ''} {match.group(2)}".strip()


def _opposite(action: str, word: str) -> bool:
    """Say whether the word is one of the action's opposites ("remain" for a withdrawal)."""
    token = word.rpartition(" ")[2]
    return any(token.startswith(stem) for stem in ACTIONS[action][1])


def _token(word: str) -> str:
    return word.rpartition(" ")[2]


def _asserted(word: str) -> bool:
    """Say whether an action word says the action happens, rather than naming it.

    "the withdrawal", "to withdraw", "the remaining units", "вывод войск" name an action; "left",
    "moved", "remain", "переброшены" say it happens or not.
    """
    before, _, token = word.rpartition(" ")
    if before in NAMING_WORDS_BEFORE:
        return False
    return not token.endswith(NOMINAL_ENDINGS) and token not in NOMINAL_WORDS


def main_clauses(text: str) -> str:
    """The statement without its conditions and relative clauses, clause by clause."""
    return _main_clauses(text)


@lru_cache(maxsize=65536)
def _main_clauses(text: str) -> str:
    """The statement without its conditions and relative clauses, clause by clause."""
    parts = [_SUBORDINATE.sub("", clause) for clause in _CLAUSE.split(text)]
    return ". ".join(p.strip() for p in parts if p.strip())


def open_matter(text: str) -> str | None:
    """The explicit words that leave a matter open ("no date has been set"), if any."""
    return first_phrase(text, OPEN_MATTER)


def _shared_actions(a: _Claim, b: _Claim, *, same_sign: bool | None) -> list[tuple[str, str]]:
    """Actions both claims speak of, each with a thing both say it of: (action, thing)."""
    shared = []
    for action in sorted(set(a.acts) & set(b.acts)):
        if same_sign is not None and (a.acts[action][0] == b.acts[action][0]) != same_sign:
            continue
        thing = _shared_thing(action, a, b)
        if thing is not None:
            shared.append((action, thing))
    return shared


def _shared_thing(action: str, a: _Claim, b: _Claim) -> str | None:
    """A thing both claims say the action of: a concept the action is known to take, or a head
    noun both name ("the bridge" in "will reopen" and "reopening the bridge")."""
    things = ACTION_OBJECTS.get(action, frozenset()) & _kin(a.things) & _kin(b.things)
    if things:
        return sorted(things)[0]
    doers_a, doers_b = _doers(a, action), _doers(b, action)
    if doers_a and doers_b and not doers_a & doers_b:
        return None  # "tanks crossed the border" and "soldiers crossed the border": two things
    heads = a.heads & b.heads
    return sorted(heads)[0] if heads else None


def _doers(claim: _Claim, action: str) -> frozenset[str]:
    """The kinds of things (concepts) named before the action's word: who or what does it."""
    text = _main_clauses(claim.statement.content).lower()
    at = text.find(_token(claim.acts[action][1]))
    return _kin(_concepts(text[:at])) if at > 0 else frozenset()


@lru_cache(maxsize=65536)
def _concepts(text: str) -> frozenset[str]:
    return frozenset(concepts(text))


def _kin(things: frozenset[str]) -> frozenset[str]:
    """Concepts with kindred ones made one: units are troops, for what an action is said of."""
    return frozenset(KINDRED.get(t, t) for t in things)


def _different_names(a: _Claim, b: _Claim) -> bool:
    """Both name things and none in common: "Velsk reopens on the 11th" vs "Mirna on the 18th"."""
    return bool(a.names and b.names and not a.names & b.names)


# -- the rules ------------------------------------------------------------------------------


def _definite_vs_undecided(
    a: _Claim, b: _Claim, gap: int, *, same_speaker: bool
) -> _Finding | None:
    if bool(a.open_matter) == bool(b.open_matter):
        return None
    definite, pending = (b, a) if a.open_matter else (a, b)
    # "No date set" followed days later by a date is a decision being made.
    if pending is a and gap > 1:
        return None
    if not definite.future or definite.hedged or (not same_speaker and gap > PLAN_WINDOW_DAYS):
        return None
    cue = pending.open_matter or ""
    rule_out = cue in RULE_OUT  # "not ruled out" opens what a plan denies, as well as its date
    for action, (sign, word) in sorted(definite.acts.items()):
        if action not in pending.acts or (sign < 0 and not rule_out):
            continue
        if not _asserted(word):
            continue
        if _said_of(action, pending) and _shared_thing(action, definite, pending) is None:
            continue
        # "A decision on withdrawal has not been made" names only the action.
        if not _said_of(action, definite):
            continue
        if not rule_out and first_phrase(definite.statement.content, PLAN_TIME) is None:
            continue  # "the hotline will remain open" sets no date to be undecided about
        return _Finding(
            "definite_vs_undecided",
            f"{_say(definite)} is definite about '{action}'; {_say(pending)} \"{cue}\"",
            (_token(word), cue),
        )
    return None


def _said_of(action: str, claim: _Claim) -> bool:
    """Say whether a claim names anything the action is said of, beyond the action itself."""
    return bool(ACTION_OBJECTS.get(action, frozenset()) & _kin(claim.things) or claim.heads)


def _polarity(a: _Claim, b: _Claim, gap: int, *, same_speaker: bool) -> _Finding | None:
    if a.open_matter or b.open_matter or a.hedged or b.hedged or a.other_time or b.other_time:
        return None
    if a.future == b.future:
        window = PLAN_WINDOW_DAYS if a.future else REPORT_WINDOW_DAYS
        if gap > (SELF_WINDOW_DAYS if same_speaker and a.future else window):
            return None
        admission = False
    elif same_speaker and a.future and not b.future:
        admission = True  # "no tanks will be brought", later "their presence was no secret"
    else:
        return None  # a forecast against a later report is a promise kept or broken
    for action, thing in _shared_actions(a, b, same_sign=False):
        (sign_a, word_a), (_, word_b) = a.acts[action], b.acts[action]
        if admission and sign_a > 0:
            continue
        if not admission and not (_asserted(word_a) and _asserted(word_b)):
            continue
        if a.future and not admission and (_opposite(action, word_a) or _opposite(action, word_b)):
            continue  # "will close on Friday" and "will reopen on the 26th" are one plan
        yes, no = (a, b) if sign_a > 0 else (b, a)
        return _Finding(
            "polarity",
            f"{_say(yes)} says '{action}' ({thing}) happens; {_say(no)} says it does not",
            (_token(word_a), _token(word_b)),
        )
    return None


def _numbers(a: _Claim, b: _Claim, gap: int) -> _Finding | None:
    if gap > NUMBER_WINDOW_DAYS or a.other_time or b.other_time:
        return None
    if a.names and b.names and not a.names & b.names:
        return None  # counts of different sides
    if a.things.symmetric_difference(b.things) & {"units"}:
        return None  # a battalion's strength is no count of the whole force
    for fa in _counts(a):
        for fb in _counts(b):
            if _counted(a, fa) != _counted(b, fb) or _overlap(fa, fb):
                continue
            owners_a, owners_b = _owners(a, fa), _owners(b, fb)
            if owners_a and owners_b and not owners_a & owners_b:
                continue  # Norvaland's 1,200 and Karesia's 4,500
            return _Finding(
                "number",
                f"{_say(a)} {_figure(fa)} {_counted(a, fa)}; {_say(b)} {_figure(fb)}",
                (fa.text, fb.text),
            )
    return None


def _counts(claim: _Claim) -> list[Figure]:
    """Figures the statement itself gives for a counted thing, in its main clauses."""
    content = claim.statement.content
    if first_phrase(content, CITED) is not None:
        return []
    main = _main_clauses(content)
    found = []
    for figure in claim.statement.figures:
        at = main.find(figure.text)
        cut = main[at + len(figure.text) :].startswith(",")
        if _counted(claim, figure) and at >= 0 and not cut:
            found.append(figure)
    return found


def _counted(claim: _Claim, figure: Figure) -> str:
    """What a figure counts: a concept ("troops") or the noun after it ("20 Veldani warships");
    "" for measures ("45 km") and for figures followed by no noun."""
    if figure.unit in COUNTED:
        return figure.unit
    content = claim.statement.content
    at = content.find(figure.text)
    if at < 0 or claim.statement.language != "en":
        return ""
    head = ""
    for match in list(TOKEN.finditer(content[at + len(figure.text) :]))[:4]:
        word = match.group()
        if word.lower() in NOT_THINGS or word.lower() in MEASURES:
            break
        if not word[0].isupper():
            head = word.lower()
    if not head.endswith("s") or head in MEASURES:
        return ""  # counted things come in the plural
    kin = concepts(head) & COUNTED
    return sorted(kin)[0] if kin else singular(head)


def _owners(claim: _Claim, figure: Figure) -> set[str]:
    """The names written next to a figure: whose troops it counts ("4,500 Karesian servicemen")."""
    content = claim.statement.content
    at = content.find(figure.text)
    near = content[max(0, at - 40) : at + len(figure.text) + 30]
    return {f"e:{stem(w)}" for w in re.findall(r"\w{4,}", near)} & claim.names


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


def _dates(a: _Claim, b: _Claim) -> _Finding | None:
    if a.hedged or b.hedged or _different_names(a, b):
        return None
    # Only dates after publication count, so both speak of what is still to come.
    shared = _shared_actions(a, b, same_sign=True)
    # "Silver Tide will end on March 15" names the event it dates, not a noun.
    for action in sorted(set(a.acts) & set(b.acts) if a.names & b.names else ()):
        if a.acts[action][0] == b.acts[action][0] and action not in dict(shared):
            shared.append((action, sorted(a.names & b.names)[0].removeprefix("e:")))
    for action, thing in shared:
        when_a, when_b = _action_dates(a, action), _action_dates(b, action)
        if not when_a or not when_b or set(when_a) & set(when_b):
            continue
        return _Finding(
            "date",
            f"{_say(a)} {when_a[-1]} for '{action}' ({thing}); {_say(b)} {when_b[-1]}",
            (when_a[-1], when_b[-1]),
        )
    return None


def _action_dates(claim: _Claim, action: str) -> list[str]:
    """Future dates written in the clause that names the action ("end on February 8")."""
    s = claim.statement
    if s.published is None:
        return []
    found: set[str] = set()
    for clause in _main_clauses(s.content).split(". "):
        if action in actions(clause):
            found.update(d for d in dates(clause, s.published) if d > s.published.isoformat())
    return sorted(found)


# -- pairs ------------------------------------------------------------------------------------


def _is_repeat(
    statement: LinkedStatement, ordered: list[LinkedStatement], known: dict[str, bool]
) -> bool:
    """Say whether the statement repeats an earlier one of the pool nearly word for word."""
    if statement.key not in known:
        mine = _order(statement)
        known[statement.key] = any(
            _order(earlier) < mine and _repeated(earlier, statement)
            for earlier in ordered
            if earlier.key != statement.key
        )
    return known[statement.key]


def _repeated(a: LinkedStatement, b: LinkedStatement) -> bool:
    """Say whether two statements say the same thing in nearly the same words."""
    words_a, words_b = _word_set(a.content), _word_set(b.content)
    if not words_a or not words_b or bool(negation(a.content)) != bool(negation(b.content)):
        return False
    if {f.value for f in a.figures} != {f.value for f in b.figures}:
        return False
    return len(words_a & words_b) / len(words_a | words_b) >= REPEAT_OVERLAP


@lru_cache(maxsize=65536)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(w for w in words(text) if len(w) > 2)


def _order(s: LinkedStatement) -> tuple[str, str]:
    return (s.published.isoformat() if s.published else "", s.key)


def _in_order(a: LinkedStatement, b: LinkedStatement) -> tuple[LinkedStatement, LinkedStatement]:
    return (a, b) if _order(a) <= _order(b) else (b, a)


def _gap_days(a: LinkedStatement, b: LinkedStatement) -> int | None:
    if a.published is None or b.published is None:
        return None
    return abs((b.published - a.published).days)


def _say(claim: _Claim) -> str:
    s = claim.statement
    when = f" ({s.published.isoformat()})" if s.published else ""
    return f"{s.speaker}{when}"


def conflict_pairs(conflicts: Iterable[Conflict]) -> set[frozenset[str]]:
    """The unordered statement pairs of some conflicts; for evaluation."""
    return {frozenset((c.first, c.second)) for c in conflicts}
