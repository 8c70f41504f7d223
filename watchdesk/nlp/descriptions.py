"""Part of stage 4 (statements): descriptions that stand for a speaker named elsewhere.

`speakers.py` resolves names, pronouns and titles; this module recognises the other ways news prose
points at a speaker, each explainable in one sentence:

- a definite description of a person named before: "said the 71-year-old", "the novelist said";
- a description introduced first and named in the next sentence: "A former admissions officer …
  has accused the school … Lise Mortimer, who left in March, said …";
- a body given by its kind: "the club said" after "the chairman of Kelby Rovers", "their union"
  after "the Federation of Rail Drivers", "the institute" after "the Veldt Institute";
- the office of a person: "Her office said" speaks for her;
- people named together: "Nurses Fatima Oyelaran and Bea Lindholm … They said".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from watchdesk.nlp.aliases import canonical_key
from watchdesk.nlp.lexicon_en import (
    BODY_NAME_WORDS,
    DESCRIPTION_NOUNS,
    OFFICE_NOUNS,
    PERSON_NOUNS,
)
from watchdesk.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_AGE = re.compile(r"\d+-year-old")
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})


def is_person_description(token: Token) -> bool:
    """ "the 71-year-old", "the former champion", "the woman": a person named before."""
    if not _has_the(token) or token.tag_ in {"NNS", "NNPS"}:
        return False
    if is_age(token):
        return True
    return token.lemma_.lower() in DESCRIPTION_NOUNS | PERSON_NOUNS


def is_age(token: Token) -> bool:
    """An age standing for a person: "the 71-year-old" (however the parser splits it)."""
    words = token.doc[token.left_edge.i : token.i + 1].text
    return token.lower_ in {"old", "year-old"} and _AGE.search(words) is not None


def possessor(token: Token) -> str | None:
    """The possessive pronoun before a noun: "her" in "her office", "their" in "their union"."""
    return next(
        (c.lower_ for c in token.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None
    )


def is_office(token: Token) -> bool:
    """ "Her office", "his spokesman's office": a person's office speaks for the person."""
    return token.lemma_.lower() in OFFICE_NOUNS and possessor(token) in {"his", "her"}


def points_back(token: Token) -> bool:
    """A body named by its kind that points back: "the club", "its board", "their union"."""
    return _has_the(token) or possessor(token) is not None


def body_named_before(token: Token, entities: Sequence[Entity]) -> Entity | None:
    """The organisation a "the union" or "the institute" stands for: the nearest one before the
    noun whose name says it is such a body ("Federation of Rail Drivers" is a union)."""
    noun = token.lemma_.lower()
    words = BODY_NAME_WORDS.get(noun, frozenset()) | {noun}
    for entity in reversed(entities):
        if entity.span.start >= token.idx or entity.label not in {"ORG", "FAC"}:
            continue
        if words & set(canonical_key(entity.canonical).split()):
            return entity
    return None


def named_next(doc: Doc, token: Token, entities: Sequence[Entity]) -> Entity | None:
    """The person an unnamed description stands for when the next sentence names them first:
    "A former admissions officer … has accused …. Lise Mortimer, who left …, said …"."""
    sentence = token.sent
    if sentence.end >= len(doc):
        return None
    following = doc[sentence.end].sent
    for entity in entities:
        if entity.label != "PERSON" or not (
            following.start_char <= entity.span.start < following.end_char
        ):
            continue
        earlier = any(
            e.canonical == entity.canonical and e.span.start < sentence.start_char for e in entities
        )
        head = doc.char_span(entity.span.start, entity.span.end, alignment_mode="expand")
        if not earlier and head is not None and head.root.dep_ in {"nsubj", "nsubjpass"}:
            return entity
    return None


def people_in(subject: Token, entities: Sequence[Entity]) -> list[Entity]:
    """The people named inside a subject, outside its relative clauses: "Nurses Fatima
    Oyelaran and Bea Lindholm, who organised the petition" → both nurses."""
    # Called for every subject of the article against every entity: each entity's test is a
    # bisection on the tokens' starts, not a walk over the tokens.
    starts = sorted(t.idx for t in subject.subtree if not _in_clause(t, subject))
    found: list[Entity] = []
    for entity in entities:
        if entity.label != "PERSON" or entity in found:
            continue
        first = bisect_left(starts, entity.span.start)
        if first < len(starts) and starts[first] < entity.span.end:
            found.append(entity)
    return found


def _in_clause(token: Token, top: Token) -> bool:
    # Up the heads with a visited set: a token outside `top`'s subtree reaches the root (its own
    # head) and a looping parse would otherwise climb for ever.
    seen: set[int] = set()
    while token.i != top.i and token.i not in seen:
        if token.dep_ in _CLAUSE_DEPS:
            return True
        seen.add(token.i)
        token = token.head
    return False


def _has_the(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
