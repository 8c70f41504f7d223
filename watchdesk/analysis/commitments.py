"""Analysis: promises and forecasts. One article's statements + times → commitments with due dates.

A statement is forward-looking when the statement stage marked it "planned" or "expected", or when
it affirms a plain future ("troops will leave"), which counts as a plan. Its due date comes from a
time mention inside its reported words: a deadline ("by", "until", "before") is preferred to a
plain date, and among equals the latest one counts, because that is when the promise can first be
judged. A range is due at its end. "From" and "after" times only say when something starts, so
they set no due date. A stated condition ("once the drills are over") is kept as written; a plan
with a condition but no date is still a commitment, due None, and so is a pledge (a committing
cue: "promised", "vowed") with no time at all. Whether a commitment was kept is
decided later, across articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from watchdesk.analysis.claims import (
    asserted_actions,
    main_clauses,
    opposite,
    read_claim,
    same_thing,
    state_actions,
    token,
    verb_actions,
    verb_of_noun,
    verb_stem,
    word_at,
)
from watchdesk.analysis.commitment_words import (
    IRONY_PHRASES,
    MOCKING_CUES,
    NON_COMMITTING_VERBS,
    OBLIGATION_PHRASES,
    OBSERVER_WORDS,
    QUESTION_OPENERS,
    QUESTION_WORDS,
)
from watchdesk.analysis.frame_words import COMPLETIVE_VERBS, IRREGULAR_FORMS, NOT_THINGS
from watchdesk.analysis.lexicon import CONCEPTS, MONTHS, WEEKDAYS
from watchdesk.analysis.reasons import reason as says
from watchdesk.analysis.topics import (
    actions,
    concepts,
    dates,
    is_future,
    negation,
    unclear,
    undecided,
    weekday_dates,
)
from watchdesk.records import (
    Commitment,
    CommitmentState,
    CommitmentStatus,
    Evidence,
    LinkedStatement,
    Statement,
    TimeMention,
    TrackedCommitment,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

FORWARD_MODALITIES = frozenset({"planned", "expected"})
# A plain future in asserted words; "will not" is a denial and stays out.
FUTURE_MARKERS = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:going|set|due|scheduled)\s+to)\b(?!\s+not\b)|\w'll\b",
    re.IGNORECASE,
)
# Words that open a condition clause; the clause runs to the next punctuation mark.
CONDITION_MARKERS = (
    "as soon as",
    "on condition that",
    "provided that",
    "providing that",
    "as long as",
    "once",
    "after",
    "if",
    "unless",
    "when",
)
DUE_RELATIONS = ("by", "until", "before", "on")  # in order of preference; "from"/"after" set none

_CONDITION = re.compile(
    r"\b(?:" + "|".join(re.escape(m) for m in CONDITION_MARKERS) + r")\b[^,;:.!?—]+",
    re.IGNORECASE,
)
# A wire dateline: a place in capitals, a date with its digits, perhaps the agency, a dash.
_DATELINE = re.compile(
    r"^[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]+,\s*[^-–—(\d]{0,20}\d{1,4}[^-–—(]{0,20}(?:\([^)]{1,40}\))?\s*[-–—]\s*"
)
_TRAILING_PREPOSITION = re.compile(r"\s+(?:on|by|in|until|before|after|from|at)\s*$")


def find_commitments(
    statements: Sequence[Statement],
    times: Sequence[TimeMention],
    *,
    published: date | None = None,
) -> list[Commitment]:
    """Return a commitment for each forward-looking statement with a due date or a condition.

    With `published`, a time before the publication date is no due date: it reports the past.
    """
    found: list[Commitment] = []
    for index, statement in enumerate(statements):
        if statement.polarity != "affirm" or not can_promise(statement):
            continue
        # The statement stage may call a bare "will" expected; said in the speaker's own plan it is
        # still a promise, so it counts as planned for conditions without a date.
        planned = statement.modality == "planned" or (
            statement.modality in ("asserted", "expected")
            and FUTURE_MARKERS.search(statement.content) is not None
        )
        if not (planned or statement.modality in FORWARD_MODALITIES):
            continue
        inside = [t for t in times if t.span in statement.span]
        # The dateline ("DRAVSK, Feb 2 (Meridian Wire) -") dates the story, not the promise.
        dateline = _DATELINE.match(statement.content)
        if dateline is not None:
            cut = statement.span.start + dateline.end()
            inside = [t for t in inside if t.span.start >= cut]
        due = _due(inside, published.isoformat() if published else None)
        condition = _condition(statement.content, inside)
        # A pledge with no time at all ("vowed that the pier will reopen") is still a promise,
        # watched without a due date; one dated only by when it starts ("after March 3") is not.
        pledged = statement.modality == "planned" and not any(
            t.span in statement.span for t in times
        )
        if due is not None or (planned and condition is not None) or pledged:
            found.append(Commitment(statement=index, due=due, condition=condition))
    return found


def can_promise(statement: Statement) -> bool:
    """Whether a forward-looking statement can be a promise at all (issue 9).

    Not a question, direct ("will they leave?") or indirect ("whether he will be able to say the
    same thing", "exactly when they would go home"); not mockery (a mocking cue such as "scoffed"
    or "joked", "as if", "I will believe it when I see it"); not a forecast of what others will
    say or of what the speaker will believe ("tomorrow they will write that …"); and not an
    observer's forecast: a promise needs a speaker able to commit — an official or the body
    itself, not an analyst, an institute or a resident.
    """
    return refusal(statement) is None


def refusal(statement: Statement) -> str | None:
    """Which of `can_promise`'s filters refuses the statement, by name; None when none does.

    The names ("question", "indirect question", "mockery", "non-committing verb", "observer")
    let a benchmark count where promises are lost without printing their words.
    """
    content = statement.content.strip()
    lowered = " ".join(content.lower().split())
    if statement.modality == "question" or content.rstrip("»\"”'").endswith("?"):
        return "question"
    opening = lowered.split(", ")[0]
    if opening.startswith(tuple(f"{w} " for w in QUESTION_OPENERS)) and _FUTURE_WORD.search(
        opening
    ):
        # "exactly when they would go home": the future is the question's own; "if the talks
        # fail, the troops will stay" opens with a condition and promises after it.
        return "indirect question"
    # "It is whether he will be able to …": the future sits in a question of its own sentence.
    before = re.split(r"[.!?;]\s", lowered[: _future_at(lowered)])[-1]
    if set(re.findall(r"\w+", before)) & QUESTION_WORDS:
        return "indirect question"
    if statement.cue.lower() in MOCKING_CUES or _IRONY.search(lowered):
        return "mockery"
    futures = [(m.group(1) or m.group(2)).lower() for m in _FUTURE_VERB.finditer(content)]
    if futures and all(verb in NON_COMMITTING_VERBS for verb in futures):
        return "non-committing verb"
    who = " ".join(
        w for w in (statement.speaker, statement.speaker_role, statement.speaker_org) if w
    ).lower()
    if _OBSERVER.search(who):
        return "observer"
    return None


def why_not_promise(
    statement: Statement, times: Sequence[TimeMention], *, published: date | None = None
) -> str | None:
    """The first step of `find_commitments` (or of a denied promise) that drops the statement,
    by name; None when it is a commitment. For loss reports: names, never words."""
    if statement.polarity == "deny" and is_future(statement.content):
        statement = replace(statement, polarity="affirm")  # a denied promise is a watch item
    if statement.polarity != "affirm":
        return f"polarity {statement.polarity}"
    reason = refusal(statement)
    if reason is not None:
        return reason
    if find_commitments([statement], times, published=published):
        return None
    planned = statement.modality == "planned" or (
        statement.modality in ("asserted", "expected")
        and FUTURE_MARKERS.search(statement.content) is not None
    )
    if not (planned or statement.modality in FORWARD_MODALITIES):
        return f"no future/planned modality ({statement.modality})"
    return "no due date or condition"


# The verb a future marker governs: "will write", "would go", "'ll believe"; Russian perfective
# futures are words of their own ("напишут"), matched as they stand.
_FUTURE_WORD = re.compile(r"\b(?:will|shall|would)\b|\w'll\b", re.IGNORECASE)
_FUTURE_VERB = re.compile(
    r"(?:\b(?:will|shall|would)|\w'll)\s+(?:not\s+|then\s+|also\s+|soon\s+)?(\w+)"
    r"|\b(напишут|скажут|заявят|поверю|поверим|увидим)\b",
    re.IGNORECASE,
)


def _any_whole(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern for "any of the phrases, standing whole (not inside a longer word)": built
    once, where a pattern per phrase was built for every statement."""
    alternatives = "|".join(re.escape(phrase) for phrase in sorted(phrases))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_IRONY = _any_whole(IRONY_PHRASES)
_OBSERVER = _any_whole(OBSERVER_WORDS)


def _future_at(text: str) -> int:
    match = _FUTURE_WORD.search(text)
    return match.start() if match else len(text)


def _due(times: Sequence[TimeMention], not_before: str | None) -> str | None:
    candidates: list[tuple[int, str]] = []
    for time in times:
        if time.relation not in DUE_RELATIONS:
            continue
        last = time.end or time.value
        # ISO dates compare correctly as strings.
        if not_before is not None and last < not_before:
            continue
        candidates.append((-DUE_RELATIONS.index(time.relation), last))
    return max(candidates)[1] if candidates else None


def _condition(content: str, times: Sequence[TimeMention]) -> str | None:
    """Return the first condition clause in the words, without a date that merely ends it."""
    for match in _CONDITION.finditer(content):
        clause = match.group().strip()
        marker, _, rest = clause.partition(" ")
        # "after March 3" is a time, not a condition; the time stage already has it.
        if any(rest.lower().startswith(t.text.lower()) for t in times):
            continue
        for time in times:
            if clause.endswith(time.text) and len(clause) > len(time.text):
                clause = _TRAILING_PREPOSITION.sub("", clause[: -len(time.text)].rstrip())
        if rest and clause.lower() != marker.lower():
            return clause
    return None


# -- tracking across articles (issue 5) ------------------------------------------------------

EVIDENCE_WINDOW_DAYS = 90  # reports this long after a promise may still judge it
KEPT_SLACK_DAYS = 1  # a report of a meeting "on Thursday" may date it a day off the promise
# Verbs whose object names the action: "hold a meeting" is kept when the council "met".
LIGHT_ACTIONS = frozenset({"hold"})
# Actions that say another action named by its noun happened or ended: "the reopening took
# place", "the withdrawal was completed", "the evacuation ended".
HAPPENING = ("hold", "end", "v:complet")


def track_commitments(
    commitments: Sequence[TrackedCommitment],
    later_statements: Sequence[LinkedStatement],
    as_of: date,
) -> list[CommitmentStatus]:
    """Return where each commitment stands on `as_of`, with the later reports that say so.

    A later statement or report is evidence when it speaks of the promised action (read from the
    promise's main clause, conditions cut off) said of the same thing (a concept the action takes
    or a shared head noun), as the conflict rules read a frame. On or after the due date, a report
    that the action has not happened ("no unit had left", "remained closed", "still in") breaks
    the promise, and so does a report that it happened only after the due date; a report that it
    happened on or before the due date keeps it; "declined to say whether" leaves it unclear.
    Before the due date a promise is open whatever the evidence so far; after it, due until
    evidence arrives. Where reports disagree, the side more reports take wins; a tie is unclear.

    All commitments are judged in one pass: each report is read once and indexed by the actions
    it names, so a commitment looks only at reports of its own actions.
    """
    by_action: dict[str, list[LinkedStatement]] = {}
    ordered = sorted(later_statements, key=lambda s: (s.published or date.min, s.key))
    for report in ordered:
        for action in actions(report.content):
            by_action.setdefault(action, []).append(report)
    promises = [promised_actions(c.statement.content, c.statement.language) for c in commitments]
    # A verb no list knows ("v:deliver") is found by its forms in the words, once per verb.
    for verb in {a for promised in promises for a in promised if a.startswith("v:")}:
        by_action[verb] = [r for r in ordered if _verb_said(r.content, verb) is not None]
    # A state ("s:operational") by the copula that says it.
    for state in {a for promised in promises for a in promised if a.startswith("s:")}:
        by_action[state] = [r for r in ordered if state in state_actions(r.content, r.language)]
    result = []
    for commitment, promised in zip(commitments, promises, strict=True):
        later = list({r.key: r for a in promised for r in by_action.get(a, ())}.values())
        later.sort(key=lambda s: (s.published or date.min, s.key))
        result.append(_track(commitment, promised, later, as_of))
    return result


def promised_actions(content: str, language: str = "en") -> dict[str, tuple[int, str]]:
    """The actions a promise speaks of: those of its first main clause that looks ahead and
    names an action ("The units will withdraw", not "once the drills are over").

    Where no action list knows the promised verb ("the ministry will repay the deposits"), the
    verb the future marker governs is the action, keyed by its stem ("v:repay"), as the conflict
    rules read verbs no list knows (English only: Russian futures carry no auxiliary).
    """
    clauses = [c for c in main_clauses(content).split(". ") if c.strip()]
    found = _listed_promise(clauses)
    if found or language != "en":
        return found
    for clause in sorted(clauses, key=lambda c: not is_future(c)):
        head = next((p for p in clause.split(", ") if FUTURE_MARKERS.search(p)), None)
        if head is None:
            continue
        verbs = verb_actions(head, language)
        named = {a: v for a, v in verbs.items() if v[1].partition(" ")[0] in _FUTURE_AUX}
        if named:
            return _completed(head, named)
        if states := state_actions(head, language):
            return states  # "the terminal will be operational by May 4"
    # A plan said with an infinitive ("pledged to reimburse the farmers", "plans not to raise
    # the fees"): the first verb after "to" is promised.
    for match in _INFINITIVE.finditer(main_clauses(content)):
        negated, verb = match.groups()
        if verb in _NOT_INFINITIVES or verb.endswith("ly"):
            continue
        sign = -1 if negated else 1
        if listed := actions(verb):
            # "is to publish the figures", "pledged to reopen the port": a listed action named
            # by its infinitive, which the lists read as a name, not as the action done.
            return {action: (sign * said, f"to {verb}") for action, (said, _) in listed.items()}
        return {"v:" + verb_stem(verb): (sign, f"to {verb}")}
    return {}


def _completed(head: str, named: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """A promise to complete an action names the action by its noun: "will complete its
    withdrawal from Tarn" promises the withdrawal, "will finish the repairs" the repairing."""
    verb = next((a for a in named if a.removeprefix("v:") in _COMPLETIVE_STEMS), None)
    if verb is None:
        return named
    sign, word = named[verb]
    listed = dict.fromkeys(actions(head), (sign, word))
    if listed:
        return listed
    object_ = re.search(
        rf"{re.escape(token(word))}\s+(?:(?:the|its|their|our|all)\s+)?([a-z]{{4,}})", head
    )
    if object_ is None:
        return named
    root = verb_of_noun(object_.group(1))
    return {f"v:{root}": (sign, word)} if len(root) >= 3 else named


_COMPLETIVE_STEMS = frozenset(verb_stem(v) for v in COMPLETIVE_VERBS)
_INFINITIVE = re.compile(r"\b(not\s+)?to\s+(?:be\s+)?([a-z]{3,})\b")
# Words after "to" that are no verb: "to the farmers", "to all units", "to their homes".
_NOT_INFINITIVES = frozenset(
    {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your",
     "all", "any", "some", "every", "each", "both", "one", "two", "three", "date", "day"}
)  # fmt: skip


def _listed_promise(clauses: list[str]) -> dict[str, tuple[int, str]]:
    """The promised actions an action list knows, from the first clause that names one."""
    for clause in sorted(clauses, key=lambda c: not is_future(c)):
        # The promise is said in the first part of the clause that looks ahead: "on January 30,
        # so that everyone can see what is not there" does not deny the invitation, and in
        # "Three of the five crossings, including the one in Velsk, will close" the promise is
        # the closing, not the crossings.
        parts = clause.split(", ")
        head = next((p for p in parts if FUTURE_MARKERS.search(p)), parts[0])
        found = asserted_actions(head) or asserted_actions(clause)
        if not found:
            continue
        # Of several actions the one the future verb names is promised: "will reopen next week,
        # when the live-firing phase moves west" promises a reopening, not a move.
        named = {a: v for a, v in found.items() if _after_future(head, v[1])}
        found = named or found
        if set(found) & LIGHT_ACTIONS:
            # "hold an extraordinary meeting" promises a meeting: the named action counts too.
            sign, word = next(found[a] for a in sorted(found) if a in LIGHT_ACTIONS)
            named = {a: (sign, word) for a in actions(head) if a not in found}
            found = {**found, **named}
        return found
    return {}


# A verb's form that reports it done or not: a past form anywhere ("repaid" is out of reach of a
# stem, "repayed" is not), any form after an auxiliary ("has not repaid", "were repaid").
_REPORT_AUXILIARIES = frozenset(
    {"has", "have", "had", "was", "were", "did", "been", "is", "are", "not", "never", "n't"}
)


def _verb_said(clause: str, action: str) -> tuple[int, str] | None:
    """How a clause reports a promised verb no list knows ("v:repay"): +1 done, -1 not done,
    with the words; None where the clause only names it ("the repayment") or does not say it."""
    stem = action.removeprefix("v:")
    lowered = clause.lower().replace("\u2019", "'").replace("n't", " n't")
    # "paid" for "v:pay": the irregular forms of the verb the stem is made of.
    irregular = [form for form, base in IRREGULAR_FORMS.items() if verb_stem(base) == stem]
    forms = "|".join([rf"{re.escape(stem)}(?:e|es|s|ed|d|ing)?", *map(re.escape, irregular)])
    for match in re.finditer(rf"\b(?:{forms})\b", lowered):
        word = match.group()
        before = lowered[: match.start()].split()[-2:]
        past = word.endswith("d") or word in irregular
        if not (past or set(before) & _REPORT_AUXILIARIES) or before[-1:] == ["being"]:
            continue  # "is still being cleared" is under way, not done
        denied = bool(set(before) & {"not", "never", "n't"}) or negation(clause) is not None
        return (-1 if denied else 1, word)
    return None


def _after_future(text: str, word: str) -> bool:
    """Whether the word stands right after a future marker ("will reopen", "would be closed")."""
    before = word_at(text, word).partition(" ")[0]
    at = text.lower().find(word.lower())
    ahead = text[max(0, at - 24) : at].lower().split()
    return before in ("will", "would", "shall", "be") or bool(set(ahead[-2:]) & _FUTURE_AUX)


_FUTURE_AUX = frozenset({"will", "would", "shall", "to"})


def _track(
    commitment: TrackedCommitment,
    promised: dict[str, tuple[int, str]],
    later: Sequence[LinkedStatement],
    as_of: date,
) -> CommitmentStatus:
    promise = commitment.statement
    last = as_of
    if promise.published is not None:
        last = min(as_of, promise.published + timedelta(days=EVIDENCE_WINDOW_DAYS))
    evidence: list[tuple[Evidence, bool]] = []  # (evidence, said on or after the due date)
    seen: set[str] = set()
    for report in later:
        if report.key == promise.key or report.published is None or promise.published is None:
            continue
        if not promise.published < report.published <= last or report.content in seen:
            continue
        found = _evidence(commitment, promised, report)
        if found is not None:
            seen.add(report.content)  # a reprint is one report
            due = commitment.due
            # A report that it has not happened judges only from the due date on; one that it
            # happened by then judges once the due date has come ("reopened a week later than
            # announced" on the 18th keeps a promise due on the 22nd, judged on the 22nd).
            on_time = found.verdict == "kept"
            evidence.append((found, due is None or on_time or report.published.isoformat() >= due))
    due = commitment.due
    judged_evidence = [e for e, judged in evidence if judged]
    if any(e.verdict == "kept" for e in judged_evidence):
        # Done by the due date is done: a later report of the same state ("stayed closed" after
        # a closing) or of the action again is no lateness.
        judged_evidence = [e for e in judged_evidence if f" {_LATE} " not in e.reason]
    counts = {
        verdict: sum(1 for e in judged_evidence if e.verdict == verdict)
        for verdict in ("kept", "broken", "unclear")
    }
    # Done by the due date and still not done after it cannot both hold: the reports disagree.
    disputed = counts["kept"] and any(f" {_NOT_DONE} " in e.reason for e in judged_evidence)
    status: CommitmentState
    if due is not None and as_of.isoformat() < due:
        status = "open"  # never kept before it is due: what is done may still be undone
    elif disputed:
        status = "unclear"
    elif counts["kept"] > counts["broken"]:
        status = "kept"
    elif counts["broken"] > counts["kept"]:
        status = "broken"
    elif any(counts.values()):
        status = "unclear"
    else:
        status = "due" if due is not None else "open"
    return CommitmentStatus(promise.key, due, status, tuple(e for e, _ in evidence))


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a report says, read once however many promises it is held against."""

    cue: str | None  # "declined to say whether"
    named: frozenset[str]  # every action the words name
    forecast: bool  # a plan or a forecast, not a report of what happened
    clauses: tuple[tuple[str, dict[str, tuple[int, str]]], ...]  # main clauses, their actions


@lru_cache(maxsize=65536)
def _read(report: LinkedStatement) -> _Reading:
    claim = read_claim(report)
    return _Reading(
        cue=unclear(report.content),
        named=frozenset(actions(report.content)),
        forecast=claim.future or claim.hedged or undecided(report.content) is not None,
        clauses=tuple(
            (clause, asserted_actions(clause))
            for clause in main_clauses(report.content).split(". ")
        ),
    )


def _evidence(
    commitment: TrackedCommitment,
    promised: dict[str, tuple[int, str]],
    report: LinkedStatement,
) -> Evidence | None:
    reading = _read(report)
    if reading.cue is not None:
        action = next((a for a in promised if a in reading.named), None)
        if action is None:
            return None
        return Evidence(report.key, "unclear", says("left_open", action=action), (reading.cue,))
    if reading.forecast:
        return None  # another forecast, not a report of what happened
    if report.modality == "question" or report.content.rstrip("»\"”’' ").endswith("?"):
        return None  # "When can we go home?" asks; it reports nothing
    promise_claim, report_claim = read_claim(commitment.statement), read_claim(report)
    for clause, listed in reading.clauses:
        reported = dict(listed)
        for action in promised:
            said_verb = _verb_said(clause, action) if action.startswith("v:") else None
            if action.startswith("s:"):
                said_verb = state_actions(clause, report.language).get(action)
            if said_verb is not None:
                reported[action] = said_verb
            elif action not in reported and action in actions(clause):
                # "The reopening of the bridge took place on June 9": the action named by its
                # noun, said to happen (or not: "was postponed") by a verb of happening.
                happened = {**verb_actions(clause, report.language), **reported}
                happening = next((happened[k] for k in HAPPENING if k in happened), None)
                if happening is not None and action not in HAPPENING:
                    reported[action] = happening
        for action, (want, _) in promised.items():
            if action not in reported:
                continue
            if action.startswith(("v:", "s:")):
                # Only the verb is known: the thing is a head noun both name, not the verb.
                stem = action[2:]
                heads = {h for h in promise_claim.heads & report_claim.heads if stem not in h}
                thing = sorted(heads)[0] if heads else None
            else:
                # None where a claim reading left the action out: only a shared name below
                # can tie the two then.
                thing = same_thing(action, promise_claim, report_claim)
            if thing is not None and _frames_apart(commitment.statement, report):
                # "will never close the strait to Arvessan grain" and "a grain terminal opened":
                # a word in common, but what each action is said of differs.
                thing = None
            if thing is None:
                # Said of one named place or thing: "the rail link to Pesk will resume" and
                # "trains to Pesk resumed" speak of one line, in other words.
                words = (promised[action][1], reported[action][1])
                thing = _shared_name(commitment.statement.content, clause, words)
            if thing is None:
                # The parse says what both actions are said of: "the port will reopen" and "the
                # harbour board reopened the port on Monday" speak of the port.
                thing = _shared_argument(commitment.statement, report)
            if thing is None or _other_named(thing, commitment.statement.content, clause):
                continue
            got, said = reported[action]
            if _obliged(clause, said):
                continue  # "the crossing is to reopen on Wednesday": a plan, not a report
            if want == got and _still(clause, said):
                continue  # "the nearest one still open": a state kept, not the action done
            if want == got and got > 0 and opposite(action, said):
                # An opposite word turned round by a negation, often of another verb ("not
                # enough staff at the closed crossings"), is no report that the action happened.
                continue
            return _verdict(commitment, report, action, clause, want == got, said)
    return None


def _other_named(thing: str, promise: str, report: str) -> bool:
    """Whether both name the thing and by different names: "the Velsk crossing will reopen" and
    "the Mirna crossing reopened" are two crossings. A name elsewhere in the report ("the talks
    were held in Orsa") says nothing of which thing it is."""
    # Names meet by their first letters: "Compact's" is "Compact", «Вельске» is «Вельск».
    ours = {n[:5] for n in _names_of(thing, promise)}
    theirs = {n[:5] for n in _names_of(thing, report)}
    return bool(ours and theirs and not ours & theirs)


def _names_of(thing: str, text: str) -> frozenset[str]:
    """Capitalised names right before the thing's word ("the Velsk and Kobel crossings") or right
    after it («пункт пропуска Мирна»), lower-cased; a word that opens a sentence is no name."""
    # A stem of several words ("пункт пропуска") is looked for by its last word.
    stems = tuple(stem.split()[-1] for stem in CONCEPTS.get(thing, (thing,)))
    names = [
        m
        for m in _NAME.finditer(text)
        if m.start() > 0 and text[: m.start()].rstrip()[-1:] not in '.!?"«“'
    ]
    found: set[str] = set()
    for match in _WORD.finditer(text):
        if not match.group().lower().startswith(stems):
            continue
        # Close by: "the Velsk crossing", "crossings, Velsk", «пункт пропуска Мирна».
        low, high = match.start() - 30, match.end() + 12
        found |= {n.group().lower() for n in names if low <= n.start() < high}
    # Days and months are no names of things: "the debate on March 18", "on Wednesday".
    return frozenset(n for n in found - _NOT_NAMES if not _time_word(n))


def _shared_name(promise: str, report: str, words: tuple[str, str]) -> str | None:
    """A capitalised name (not a day or a month, not a sentence's first word) both texts use,
    not only as the place where something happens: "talks will resume in Vellin" and "a terminal
    opened in Vellin" name one city, not one thing. `words` are the action's words in each."""
    ours, theirs = _names_in(promise, words[0]), _names_in(report, words[1])
    shared = sorted(n for n in ours.keys() & theirs.keys() if not (ours[n] and theirs[n]))
    return shared[0] if shared else None


def _names_in(text: str, action_word: str) -> dict[str, bool]:
    """Each name (its first letters) and whether the text names it only as a place: after "in",
    "at", "near" or "off", and after the action's word. Before it the place is part of what the
    action is said of: "the yard at Tarrow will open", "the lorry park at Tarrow took in"."""
    verb = text.lower().find(action_word.lower().split()[-1]) if action_word.strip() else -1
    found: dict[str, bool] = {}
    for m in _NAME.finditer(text):
        before = text[: m.start()].rstrip()
        if m.start() == 0 or before[-1:] in '.!?"«“' or _time_word(m.group().lower()):
            continue
        key = m.group().lower()[:5]
        place = before.rpartition(" ")[2].lower() in _LOCATIVES and not 0 <= m.start() < verb
        found[key] = found.get(key, True) and place
    return found


def _frames_apart(promise: LinkedStatement, report: LinkedStatement) -> bool:
    """Say whether the parse gives both statements what their action is said of (subject and
    objects, names and pronouns aside) and the two share no noun nor concept."""
    ours, theirs = _argument_heads(promise), _argument_heads(report)
    if not ours or not theirs or ours & theirs:
        return False
    return not concepts(" ".join(sorted(ours))) & concepts(" ".join(sorted(theirs)))


def _shared_argument(promise: LinkedStatement, report: LinkedStatement) -> str | None:
    """A noun the parse finds as the subject or an object of both statements' predicates."""
    shared = sorted(_argument_heads(promise) & _argument_heads(report))
    return shared[0] if shared else None


def _argument_heads(statement: LinkedStatement) -> frozenset[str]:
    frame = statement.frame
    if frame is None:
        return frozenset()
    heads = set()
    for argument in (frame.subject, *frame.objects):
        head = argument.split()[-1] if argument else ""
        if head and head not in _PRONOUNS and not _named(head, statement.content):
            heads.add(head)
    return frozenset(heads)


def _named(lemma: str, text: str) -> bool:
    """Say whether a lemma stands in the text only capitalised: a name ("dunmor"), not a noun."""
    found = [m.group() for m in re.finditer(rf"(?<!\w){re.escape(lemma)}", text, re.IGNORECASE)]
    return bool(found) and all(word[:1].isupper() for word in found)


def _time_word(word: str) -> bool:
    # English days and months are among the words that name no thing; Russian ones by their stems.
    russian_month = any(word.startswith(m) for m in MONTHS if len(m) > 3) or word in ("мая", "май")
    return word in NOT_THINGS or word in WEEKDAYS or russian_month


_WORD = re.compile(r"\w+")
_NAME = re.compile(r"(?<!\w)[A-ZА-ЯЁ][\w-]+")
_LOCATIVES = frozenset({"in", "at", "near", "off", "outside", "inside", "в", "во", "под"})
_PRONOUNS = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "this", "that", "who", "which", "one", "nobody"}
)
_NOT_NAMES = frozenset({"the", "a", "two", "three", "four", "five", "all", "its", "their"})


def _still(clause: str, word: str) -> bool:
    """Whether the word says a state goes on ("still open", «по-прежнему открыт»)."""
    lowered = " ".join(clause.lower().split())
    at = lowered.find(word.lower())
    # "still open", and "still being cleared" with an auxiliary between.
    before = [w for w in lowered[:at].split()[-3:] if w not in _STILL_AUXILIARIES]
    return at > 0 and before[-1:] in (["still"], ["ещё"], ["еще"], ["по-прежнему"])


_STILL_AUXILIARIES = frozenset({"being", "been", "is", "are", "was", "were"})


def _obliged(clause: str, word: str) -> bool:
    """Whether an obligation or a plan governs the word: "is to reopen", "должен открыться"."""
    lowered = " ".join(clause.lower().split())
    at = lowered.find(word.lower())
    before = lowered[max(0, at - 30) : at] if at >= 0 else lowered
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", before) for p in OBLIGATION_PHRASES)


def _verdict(
    commitment: TrackedCommitment,
    report: LinkedStatement,
    action: str,
    clause: str,
    happened: bool,
    said: str,
) -> Evidence | None:
    due = commitment.due
    published = report.published.isoformat() if report.published else ""
    if not happened:
        if due is not None and published >= due:
            return Evidence(
                report.key, "broken", says("not_done", action=action, date=published), (said,)
            )
        return None  # not yet, before the due date: nothing to judge
    past = [d for d in dates(clause, report.published) if d <= published]
    when = max(past + weekday_dates(clause, report.published), default=None)
    if when is None and due is not None and published > _plus(due):
        return None  # done, but the report does not say when: perhaps long before
    when = when or published
    if due is None or when <= _plus(due):
        return Evidence(report.key, "kept", says("done", action=action, date=when), (said,))
    return Evidence(report.key, "broken", says("late", action=action, date=due), (said,))


_LATE = "happened only after"
_NOT_DONE = "still not done on"


def _plus(iso: str) -> str:
    return (date.fromisoformat(iso) + timedelta(days=KEPT_SLACK_DAYS)).isoformat()
