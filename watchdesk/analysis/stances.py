"""Analysis: the stance a statement takes on its matter, and who holds it (issue 9).

A stance reads one statement as a position on the question it belongs to: it affirms the matter,
denies it, leaves it undecided ("no date has been set", "still to be settled", «решим
отдельно», a hedge or a question), or makes it conditional ("if the talks fail", with the
condition kept). The holder is the speaker resolved to a person or a body, with the side (country)
they speak for when the role or organisation names one, and whether theirs is an official voice.

Conflicting signals are stances that differ on one matter; the conflict rules in `conflicts.py`
decide when they do, and stances say in words what each side holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from watchdesk.analysis.claims import hedge, main_clauses, open_matter
from watchdesk.analysis.conflict_words import CONDITIONS, OFFICIAL_WORDS
from watchdesk.analysis.registry import stem
from watchdesk.analysis.topics import first_phrase, negation
from watchdesk.records import LinkedStatement

Position = Literal["affirm", "deny", "undecided", "conditional"]
HolderKind = Literal["person", "organisation", "group", "report"]

_CAPITALISED = re.compile(r"\b([A-ZА-ЯЁ][\w-]+?)(?:'s|’s)?\b")


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a stance: the speaker as resolved, what they are and whom they speak for."""

    name: str
    kind: HolderKind = "person"
    role: str | None = None
    org: str | None = None
    side: str | None = None  # the country or party named in the role or organisation
    official: bool = False


@dataclass(frozen=True, slots=True)
class Stance:
    """A statement's position on its matter, the words that set it, and who holds it."""

    position: Position
    holder: Holder
    condition: str | None = None  # for a conditional stance: what it depends on
    cue: str | None = None  # the words that make it undecided, conditional or a denial


def holder_of(
    name: str, *, kind: str | None = None, role: str | None = None, org: str | None = None
) -> Holder:
    """Resolve a speaker to a holder: person, body or report, side and official voice."""
    words = f"{org or ''} {role or ''}".strip()
    lowered = set(re.findall(r"[\w-]+", words.lower()))
    resolved: HolderKind = (
        kind if kind in ("person", "organisation", "group") else "report"  # type: ignore[assignment]
    )
    # A body is official when its own name says so ("the defence ministry", "Минобороны").
    if resolved == "organisation":
        lowered |= set(re.findall(r"[\w-]+", name.lower()))
    return Holder(
        name=name,
        kind=resolved,
        role=role,
        org=org,
        side=_side(words) or (_side(name) if resolved == "organisation" else None),
        official=bool(lowered & OFFICIAL_WORDS),
    )


def _side(words: str) -> str | None:
    """The first capitalised name of a role or organisation that is no office word: "Karesian"
    in "Karesian foreign minister", "Norvaland" in "Norvaland's defence ministry"."""
    for match in _CAPITALISED.finditer(words):
        word = match.group(1)
        if word.lower() not in OFFICIAL_WORDS and len(word) > 2:
            return word
    return None


def same_side(a: Holder, b: Holder) -> bool | None:
    """Say whether two holders speak for one side (by the stem of its name); None if unknown."""
    if a.side is None or b.side is None:
        return None
    # "Tesmarian" and "Tesmaria": a demonym's stem starts with its country's.
    one, other = sorted((stem(a.side), stem(b.side)), key=len)
    return bool(one) and other.startswith(one)


def stance_of(statement: LinkedStatement, holder: Holder, condition: str | None = None) -> Stance:
    """Read a statement's stance on its matter; `condition` is one the commitment stage found."""
    text = statement.content
    left_open = open_matter(text)
    if left_open is not None:
        return Stance("undecided", holder, cue=left_open)
    if statement.modality in ("uncertain", "question"):
        return Stance("undecided", holder, cue=statement.modality)
    hedged = hedge(text)
    if hedged is not None:
        return Stance("undecided", holder, cue=hedged)
    cue, clause = _condition(text)
    if clause is None and condition and first_phrase(condition, CONDITIONS) is not None:
        cue, clause = first_phrase(condition, CONDITIONS), condition
    if clause is not None:
        return Stance("conditional", holder, condition=clause, cue=cue)
    if statement.polarity == "deny":
        # The main clause's negation, or none when the cue denies ("denied that …"); a negation
        # in a condition ("until no threat remains") is no denial of the matter.
        denied = negation(main_clauses(text))
        if denied is not None or negation(text) is None:
            return Stance("deny", holder, cue=denied)
    return Stance("affirm", holder)


def _condition(text: str) -> tuple[str | None, str | None]:
    """The conditional word of a statement and the condition it opens: ("if", "if talks fail")."""
    lowered = text.lower()
    best: tuple[int, str] | None = None
    for word in CONDITIONS:
        found = re.search(r"\b" + re.escape(word.strip()) + r"\b", lowered)
        if found is not None and (best is None or found.start() < best[0]):
            best = (found.start(), word.strip())
    if best is None:
        return None, None
    start, word = best
    return word, re.split(r"[,;.]", text[start:], maxsplit=1)[0].strip()


def describe(stance: Stance) -> str:
    """The stance in words: "Ilse Brandvik (Karesian foreign minister) leaves it open: 'no date
    has been set'"."""
    holder = stance.holder
    who = holder.name + (f" ({holder.role})" if holder.role else "")
    if stance.position == "undecided":
        return f"{who} leaves it open" + (f": '{stance.cue}'" if stance.cue else "")
    if stance.position == "conditional":
        return f"{who} makes it conditional: '{stance.condition}'"
    return f"{who} {'denies' if stance.position == 'deny' else 'affirms'} it"


def stance_json(stance: Stance) -> dict[str, object]:
    """A stance as a JSON object, for the conflict and question records."""
    h = stance.holder
    return {
        "position": stance.position,
        "condition": stance.condition,
        "cue": stance.cue,
        "text": describe(stance),
        "holder": {
            "name": h.name,
            "kind": h.kind,
            "role": h.role,
            "org": h.org,
            "side": h.side,
            "official": h.official,
        },
    }
