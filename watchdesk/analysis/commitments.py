"""Analysis: promises and forecasts. One article's statements + times → commitments with due dates.

A statement is forward-looking when the statement stage marked it "planned" or "expected", or when
it affirms a plain future ("troops will leave"), which counts as a plan. Its due date comes from a
time mention inside its reported words: a deadline ("by", "until", "before") is preferred to a
plain date, and among equals the latest one counts, because that is when the promise can first be
judged. A range is due at its end. "From" and "after" times only say when something starts, so
they set no due date. A stated condition ("once the drills are over") is kept as written; a plan
with a condition but no date is still a commitment, due None. Whether a commitment was kept is
decided later, across articles.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from watchdesk.analysis.topics import actions, is_future, unclear, undecided, weekday_dates
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
    from collections.abc import Sequence

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
        if statement.polarity != "affirm":
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
        due = _due(inside, published.isoformat() if published else None)
        condition = _condition(statement.content, inside)
        if due is not None or (planned and condition is not None):
            found.append(Commitment(statement=index, due=due, condition=condition))
    return found


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

KEPT_SLACK_DAYS = 1  # a report of a meeting "on Thursday" may date it a day off the promise
_TRACKABLE = (
    "withdraw",
    "open",
    "move",
    "publish",
    "end",
    "meet",
    "visit",
    "return",
    "hold",
    "ask",
)


def track_commitments(
    commitments: Sequence[TrackedCommitment],
    later_statements: Sequence[LinkedStatement],
    as_of: date,
) -> list[CommitmentStatus]:
    """Return where each commitment stands on `as_of`, with the later reports that say so.

    A later statement on the same action (and one more shared topic) is evidence: the action
    reported done on or before the due date keeps the promise; reported not done on or after it,
    or done only later, breaks it; "declined to say whether" leaves it unclear. Before the due
    date a promise is open whatever the evidence so far; after it, due until evidence arrives.
    """
    return [_track(c, later_statements, as_of) for c in commitments]


def _track(
    commitment: TrackedCommitment, later: Sequence[LinkedStatement], as_of: date
) -> CommitmentStatus:
    promise = commitment.statement
    promised = {k: v for k, v in actions(promise.content).items() if k in _TRACKABLE}
    evidence: list[Evidence] = []
    for report in later:
        if report.key == promise.key or report.published is None or promise.published is None:
            continue
        if not promise.published < report.published <= as_of:
            continue
        found = _evidence(commitment, promised, report)
        if found is not None:
            evidence.append(found)
    verdicts = {e.verdict for e in evidence}
    due = commitment.due
    status: CommitmentState
    if due is not None and as_of.isoformat() < due:
        status = "open"  # never kept before it is due: what is done may still be undone
    elif "kept" in verdicts and "broken" not in verdicts:
        status = "kept"
    elif "broken" in verdicts and "kept" not in verdicts:
        status = "broken"
    elif verdicts:
        status = "unclear"
    else:
        status = "due" if due is not None else "open"
    return CommitmentStatus(promise.key, due, status, tuple(evidence))


def _evidence(
    commitment: TrackedCommitment,
    promised: dict[str, tuple[int, str]],
    report: LinkedStatement,
) -> Evidence | None:
    promise = commitment.statement
    reported = actions(report.content)
    shared = [k for k in promised if k in reported]
    if not shared or not set(promise.topics) & set(report.topics):
        return None
    action = shared[0]
    (want, _), (got, said) = promised[action], reported[action]
    cue = unclear(report.content)
    if cue is not None:
        return Evidence(report.key, "unclear", f"the report leaves '{action}' open", (cue,))
    if report.modality != "asserted" or is_future(report.content) or undecided(report.content):
        return None  # another forecast, not a report of what happened
    due = commitment.due
    when = max(report.dates, default=None) or max(_weekdays(report), default=None)
    published = report.published.isoformat() if report.published else ""
    on_time = due is None or (when or published) <= _plus(due)
    if got == want:
        if on_time:
            return Evidence(report.key, "kept", f"'{action}' reported done", (said,))
        return Evidence(report.key, "broken", f"'{action}' happened only after {due}", (said,))
    if due is not None and published >= due:
        return Evidence(report.key, "broken", f"'{action}' still not done after {due}", (said,))
    return None


def _weekdays(report: LinkedStatement) -> list[str]:
    return weekday_dates(report.content, report.published)


def _plus(iso: str) -> str:
    return (date.fromisoformat(iso) + timedelta(days=KEPT_SLACK_DAYS)).isoformat()
