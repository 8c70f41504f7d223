"""Analysis: the number and date rules of conflicting signals.

- number: counts of the same thing (troops, tanks) by different sources, days apart at most,
  whose ranges cannot overlap ("about 4,500" vs "at least 12,000"); a value inside a range agrees;
- date: two future dates in the clause of one action ("end on February 8" vs "until 28 February").
"""

from __future__ import annotations

import re
from dataclasses import replace

from watchdesk.analysis.claims import (
    CLAUSE,
    Claim,
    Finding,
    different_names,
    kin,
    main_clauses,
    same_day_named,
    say,
    shared_actions,
    token,
)
from watchdesk.analysis.conflict_words import (
    CITED,
    COUNTED,
    EVENTS,
)
from watchdesk.analysis.frame_words import (
    BOUND_WORDS,
    COUNTING_VERBS,
    MEASURES,
    MULTIPLIERS,
    NOT_THINGS,
    PLURALS,
    STRENGTH_WORDS,
)
from watchdesk.analysis.lexicon import NUMBER_TOLERANCE, PART_CONCEPTS
from watchdesk.analysis.reasons import reason as says
from watchdesk.analysis.registry import stem
from watchdesk.analysis.topics import (
    TOKEN,
    actions,
    concepts,
    dates,
    first_phrase,
    singular,
)
from watchdesk.records import Figure

# A name of two capitalised words opening a clause: "Silver Lance will end".
_NAME_OPENING = re.compile(r"^\W*([A-Z][\w'-]*\s+[A-Z][\w'-]*)")
NAME_TO_ACTION = 12  # characters from the end of a name to its action word: " will end"
NUMBER_WINDOW_DAYS = 3  # counts days apart may both be right: deployments change


# Two counts this far apart count a part and a whole, not the same thing twice.
PART_RATIO = 10


def number_conflict(a: Claim, b: Claim, gap: int) -> Finding | None:
    if a.other_time or b.other_time:
        return None
    if gap > NUMBER_WINDOW_DAYS and not same_day_named(a.statement, b.statement):
        return None  # counts of one named day (the march "on March 3") stay comparable
    if a.hedged or b.hedged:
        return None  # "trains could move 12,000 troops" says what is possible, not how many came
    if a.names and b.names and not a.names & b.names:
        return None  # counts of different sides
    if a.things.symmetric_difference(b.things) & PART_CONCEPTS:
        return None  # a battalion's strength is no count of the whole force
    for fa in _counts(a):
        for fb in _counts(b):
            if _counted(a, fa) != _counted(b, fb) or _overlap(fa, fb) or _part(fa, fb):
                continue
            owners_a, owners_b = _owners(a, fa), _owners(b, fb)
            if owners_a and owners_b and not owners_a & owners_b:
                continue  # Norvaland's 1,200 and Karesia's 4,500
            return Finding(
                "number",
                says(
                    "number",
                    first_who=say(a),
                    first_figure=_figure(fa),
                    counted=_counted(a, fa),
                    second_who=say(b),
                    second_figure=_figure(fb),
                ),
                (fa.text, fb.text),
            )
    return None


def _counts(claim: Claim) -> list[Figure]:
    """Figures the statement itself gives for a counted thing, in its main clauses."""
    content = claim.statement.content
    if first_phrase(content, CITED) is not None:
        return []
    main = main_clauses(content)
    found = []
    for figure in claim.statement.figures:
        at = main.find(figure.text)
        cut = main[at + len(figure.text) :].startswith(",")
        if _counted(claim, figure) and at >= 0 and not cut:
            found.append(_scaled(figure, main[at + len(figure.text) :]))
    return found


def _scaled(figure: Figure, after: str) -> Figure:
    """A figure with its multiplier applied: "1.2 million people" counts 1,200,000 of them."""
    following = TOKEN.match(after.lstrip())
    word = following.group().lower() if following else ""
    factor = MULTIPLIERS.get(figure.unit, MULTIPLIERS.get(word, 1.0))
    return replace(figure, value=figure.value * factor) if factor != 1.0 else figure


def _counted(claim: Claim, figure: Figure) -> str:
    """What a figure counts: a concept ("troops") or the noun after it ("30 Ardish frigates");
    "" for measures ("45 km") and for figures followed by no noun."""
    if figure.unit in COUNTED:
        return figure.unit
    content = claim.statement.content
    at = content.find(figure.text)
    if at < 0 or claim.statement.language != "en":
        return ""
    share = _PERCENT.match(content[at + len(figure.text) :])
    if share is not None:
        return _percent_of(claim, content[:at], content[at + len(figure.text) + share.end() :])
    head, measured = "", False
    many = figure.text[:1].isalpha() and figure.text.endswith("s")
    for match in list(TOKEN.finditer(content[at + len(figure.text) :]))[:4]:
        word = match.group()
        if many and word.lower() == "of":
            continue  # "thousands of households": what comes after "of" is counted
        if word.lower() in NOT_THINGS or word.lower() in MEASURES:
            measured = word.lower() in MEASURES
            break
        if word.lower() in MULTIPLIERS:
            continue  # "1.2 million people": the noun comes after the multiplier
        if not word[0].isupper():
            head = word.lower()
            if head.endswith("s") or head in PLURALS:
                break  # the first plural noun is what is counted: "30 frigates joined the patrol"
    if not (head.endswith("s") or head in PLURALS) and not measured:
        group = _group_counted(content[:at], strong=head in STRENGTH_WORDS)
        if group:
            return group
        head = _subject_counted(content[:at]) or _number_of(content[:at]) or head
    if not (head.endswith("s") or head in PLURALS) or head in MEASURES:
        return ""  # counted things come in the plural ("people" and "police" too)
    known = concepts(head) & COUNTED
    return sorted(known)[0] if known else singular(head)


def _subject_counted(before: str) -> str:
    """The plural noun a counting verb right before the figure says is counted: "tanks" in
    "Velarian tanks at the camp number about 250"; "" when no counting verb leads to it."""
    tokens = [m.group().lower() for m in TOKEN.finditer(CLAUSE.split(before)[-1])]
    while tokens and tokens[-1] in BOUND_WORDS:
        tokens.pop()
    if len(tokens) < 2 or tokens[-1] not in COUNTING_VERBS or tokens[-2] in ("the", "a", "of"):
        return ""  # "the number of troops" is no verb
    for word in tokens[:-1]:
        if word not in NOT_THINGS and (word.endswith("s") or word in PLURALS):
            return word  # the subject's head comes first: "tanks at the camps"
    return ""


_PERCENT = re.compile(r"\s*(?:%|per\s?cent\b)", re.IGNORECASE)
_OF_WHAT = re.compile(r"\s+of\s+(?:(?:the|its|their|our|[\w-]+'s?)\s+)*([a-z][\w-]*)")


def _percent_of(claim: Claim, before: str, after: str) -> str:
    """What a per-cent counts, as "% noun": the noun after "of" ("40 per cent of households"),
    or else the subject of its clause ("turnout was 38 percent", "support for the plan stands
    at 40%"), by the parse where it has one. Two per-cents of one thing can disagree as counts
    do; a per-cent and a count never meet."""
    of = _OF_WHAT.match(after)
    if of is not None and of.group(1) not in NOT_THINGS:
        return "% " + singular(of.group(1))
    frame = claim.statement.frame
    if frame is not None and frame.subject and frame.subject.split()[-1] not in NOT_THINGS:
        return "% " + frame.subject.split()[-1]
    for match in TOKEN.finditer(CLAUSE.split(before)[-1]):
        word = match.group().lower()
        if word not in NOT_THINGS and not word.endswith("ly") and len(word) > 2:
            return "% " + singular(word)
    return ""


# "the number of households without water stood at 31,000": what the figure counts is named
# before it, after a noun of counting.
_NUMBER_OF = re.compile(r"\b(?:number|total|tally|count)\s+of\s+(?:the\s+)?([a-z][\w-]*)")


def _number_of(before: str) -> str:
    """The plural noun "the number of …" names in the figure's clause, with no figure between."""
    clause = CLAUSE.split(before)[-1].lower()
    found = list(_NUMBER_OF.finditer(clause))
    if not found or re.search(r"\d", clause[found[-1].end() :]):
        return ""
    word = found[-1].group(1)
    return word if word.endswith("s") or word in PLURALS else ""


def _group_counted(before: str, *, strong: bool) -> str:
    """The counted concept of a body of people a figure gives the size of: "a contingent of
    5,000", "the garrison is 5,000 strong" (`strong`: the word after the figure says size)."""
    tokens = [m.group().lower() for m in TOKEN.finditer(CLAUSE.split(before)[-1])]
    while tokens and tokens[-1] in BOUND_WORDS:
        tokens.pop()
    if len(tokens) >= 2 and tokens[-1] == "of":
        return next(iter(sorted(concepts(tokens[-2]) & COUNTED)), "")
    if strong:
        for word in tokens:
            if concepts(word) & COUNTED:
                return sorted(concepts(word) & COUNTED)[0]
    return ""


def _owners(claim: Claim, figure: Figure) -> set[str]:
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


def _same_subject(a: Claim, b: Claim) -> list[tuple[str, str]]:
    """Actions both say the same way of one subject the parse finds: "the inspection regime runs
    until May 24" and "the inspections will continue until June 7" date one thing's end, though
    its noun is a verb's too and so no head noun."""
    frame_a, frame_b = a.statement.frame, b.statement.frame
    if frame_a is None or frame_b is None or not frame_a.subject or not frame_b.subject:
        return []
    common = set(frame_a.subject.split()) & set(frame_b.subject.split())
    if not common:
        return []
    thing = sorted(common)[0]
    return [
        (action, thing)
        for action in sorted(set(a.acts) & set(b.acts))
        if a.acts[action][0] == b.acts[action][0]
    ]


def _part(a: Figure, b: Figure) -> bool:
    """Say whether one figure is a part of the other more than a count of the same whole:
    "two jets violated the airspace" against "at least 80 jets are flying along the border"."""
    low, high = sorted((a.value, b.value))
    return high >= PART_RATIO * low


def _overlap(a: Figure, b: Figure) -> bool:
    (low_a, high_a), (low_b, high_b) = _range(a), _range(b)
    return low_a <= high_b and low_b <= high_a


def _figure(figure: Figure) -> str:
    prefix = {"exact": "", "about": "about ", "at_least": "at least ", "at_most": "at most "}
    return prefix[figure.bound] + figure.text


def date_conflict(a: Claim, b: Claim) -> Finding | None:
    if a.hedged or b.hedged or different_names(a, b):
        return None
    # Only dates after publication count, so both speak of what is still to come.
    shared = shared_actions(a, b, same_sign=True)
    # "Operation Grey Heron ends on the 9th" names the event it dates, not a noun.
    for action in sorted(set(a.acts) & set(b.acts) if a.names & b.names else ()):
        if a.acts[action][0] == b.acts[action][0] and action not in dict(shared):
            shared.append((action, sorted(a.names & b.names)[0].removeprefix("e:")))
    if not shared and a.statement.question is not None:
        shared = _named_event(a, b) or _named_event(b, a)
    if not shared:
        shared = _same_subject(a, b)
    for action, thing in shared:
        when_a, when_b = _action_dates(a, action), _action_dates(b, action)
        if not when_a or not when_b or set(when_a) & set(when_b):
            continue
        return Finding(
            "date",
            says(
                "date",
                first_who=say(a),
                first_date=when_a[-1],
                action=action,
                thing=thing,
                second_who=say(b),
                second_date=when_b[-1],
            ),
            (when_a[-1], when_b[-1]),
        )
    return None


def _named_event(named: Claim, other: Claim) -> list[tuple[str, str]]:
    """The action a named event does in one claim ("Silver Lance will end on the 9th") and the
    other says of its kind ("the exercise will continue until the 20th"): one event, when the two
    statements were grouped into one question."""
    if named.statement.question != other.statement.question or not kin(other.things) & EVENTS:
        return []
    opening = _NAME_OPENING.match(main_clauses(named.statement.content))
    if opening is None:
        return []
    found = []
    for action in sorted(set(named.acts) & set(other.acts)):
        if named.acts[action][0] != other.acts[action][0]:
            continue
        # The name must be what does the action: its words come right before the action's word.
        between = (
            named.statement.content[opening.end() :].lower().find(token(named.acts[action][1]))
        )
        if 0 <= between <= NAME_TO_ACTION:
            found.append((action, opening.group(1).lower()))
    return found


def _action_dates(claim: Claim, action: str) -> list[str]:
    """Future dates written in the clause that names the action ("end on February 8")."""
    s = claim.statement
    if s.published is None:
        return []
    found: set[str] = set()
    said = token(claim.acts[action][1]) if action.startswith("v:") else ""
    for clause in main_clauses(s.content).split(". "):
        # A verb no list knows is found by its own word: "the intake will be repaired by …".
        if action in actions(clause) or (said and said in clause.lower()):
            found.update(d for d in dates(clause, s.published) if d > s.published.isoformat())
    return sorted(found)
