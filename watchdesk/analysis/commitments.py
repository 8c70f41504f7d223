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
from typing import TYPE_CHECKING

from watchdesk.records import Commitment, Statement, TimeMention

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

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
