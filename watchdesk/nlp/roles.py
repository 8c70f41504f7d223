"""Part of stage 4 (statements): what a speaker is — role and organisation from titles before a
name and appositions after it ("Defence Minister Ilse Brandvik", "Maeve Halloran, head of the
defence programme at the Nordic Policy Forum") — and the noun phrase that names a group or body.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from watchdesk.nlp.lexicon_en import ROLE_HEADS, ROLE_WORDS
from watchdesk.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ORG_LABELS = frozenset({"ORG", "GPE", "FAC"})  # a country or a building can "say" too
# "a spokesman for the ministry", "fishing crews in Ostby", "observers from the network".
_NAME_PREPS = frozenset({"of", "for", "at", "in", "from"})


def entity_head(doc: Doc, entity: Entity) -> Token:
    """The syntactic head of an entity: the token whose head lies outside it."""
    span = doc.char_span(entity.span.start, entity.span.end, alignment_mode="expand")
    if span is None:  # only for an empty span, which find_entities never makes
        raise ValueError(f"entity {entity.text!r} covers no token")
    return span.root


def describe(head: Token, entities: Sequence[Entity]) -> tuple[str | None, str | None]:
    """Role and organisation from titles before a name and an apposition after it."""
    role: str | None = None
    org: str | None = None
    for child in head.children:
        if child.dep_ == "compound" and child.i < head.i and child.lower_ in ROLE_WORDS:
            # "Defence Minister Ilse Brandvik", "Norvaland's defence minister Ilse Brandvik".
            role, org = describe_role(child, entities)
    for child in head.children:
        if child.dep_ == "appos" and _has_role_word(child):
            appos_role, appos_org = describe_role(child, entities)
            role, org = role or appos_role, org or appos_org
    if head.dep_ == "appos" and _has_role_word(head.head):
        # "Norvaland's defence minister, Ilse Brandvik, …": the name stands in apposition.
        outer_role, outer_org = describe_role(head.head, entities)
        role, org = role or outer_role, org or outer_org
    return role, org


def _has_role_word(token: Token) -> bool:
    return token.lemma_.lower() in ROLE_HEADS or token.lower_ in ROLE_HEADS


def describe_role(head: Token, entities: Sequence[Entity]) -> tuple[str | None, str | None]:
    """Split a role phrase into the role and the organisation it names.

    "head of the defence programme at the Nordic Policy Forum" → ("head of the defence
    programme", "Nordic Policy Forum"); "Norvaland's defence minister" → ("defence minister",
    "Norvaland").
    """
    tokens = [t for t in head.subtree if t.i <= head.i or t.dep_ not in {"appos", "relcl"}]
    tokens = [t for t in tokens if t.i <= head.i or not _inside_clause(t, head)]
    org: str | None = None
    cut: set[int] = set()
    for entity in entities:
        if entity.label not in ORG_LABELS or not _covers(entity, tokens):
            continue
        root = entity_head(head.doc, entity)
        if root.dep_ == "poss":  # "Norvaland's defence minister"
            cut |= {t.i for t in root.subtree}
        elif root.dep_ == "pobj" and root.head.i != head.i:  # "head … at the Forum"
            cut |= {t.i for t in root.head.subtree}
        elif root.dep_ == "pobj":
            cut |= {t.i for t in root.subtree}
        else:
            continue
        org = org or entity.canonical
    kept = [t for t in tokens if t.i not in cut and not (t.dep_ == "case" and t.head.i in cut)]
    while kept and (kept[0].dep_ == "det" or kept[0].is_punct):
        kept.pop(0)
    while kept and kept[-1].is_punct:
        kept.pop()
    role = " ".join(_with_spacing(kept)).strip() or None
    return role, org


def _covers(entity: Entity, tokens: list[Token]) -> bool:
    return any(entity.span.start <= token.idx < entity.span.end for token in tokens)


def _inside_clause(token: Token, head: Token) -> bool:
    """Whether the token sits in a clause hanging off the role ("…, who said"), not the role."""
    while token.i != head.i:
        if token.dep_ in {"relcl", "acl", "appos", "conj", "cc"}:
            return True
        token = token.head
    return False


def _with_spacing(tokens: list[Token]) -> list[str]:
    """Token texts joined back with the text's own spacing, so the role reads as written."""
    parts: list[str] = []
    for index, token in enumerate(tokens):
        adjacent = index + 1 < len(tokens) and tokens[index + 1].i == token.i + 1
        parts.append(token.text + (token.whitespace_ if adjacent else " "))
    return ["".join(parts)]


def noun_phrase(token: Token) -> tuple[str, str]:
    """The noun phrase a subject heads, as written and without its article (mention, name)."""
    right = [
        child
        for child in token.children
        if child.i > token.i and child.dep_ == "prep" and child.lower_ in _NAME_PREPS
    ]
    last = max([token.i, *(t.right_edge.i for t in right)])
    # A relative clause or an aside ends the name: "Residents of the estate, where …".
    stop = next((t.i for t in token.doc[token.i : last + 1] if t.is_punct), last + 1)
    first = start = token.left_edge.i
    # The parser may hang the first word of a proper name on the verb: "Orvik Shipping reported".
    while first > 0 and token.pos_ == "PROPN" and _loose_name_word(token.doc[first - 1], token):
        first -= 1
        start = first
    while start < token.i and token.doc[start].dep_ in {"det", "punct", "predet", "preconj"}:
        start += 1
    return str(token.doc[first:stop].text), str(token.doc[start:stop].text)


def _loose_name_word(word: Token, name: Token) -> bool:
    return word.pos_ == "PROPN" and word.is_title and word.head.i == name.head.i
