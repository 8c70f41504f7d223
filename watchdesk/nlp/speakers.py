"""Part of stage 4 (statements): who is speaking, resolved to the fullest name the article gives.

A `SpeakerBook` is built once per article from its person entities (with the role and organisation
first given for each) and is told every resolved speaker in text order, so that "she", "Halloran"
and "the minister" resolve to the last compatible person named before them. Rules, not a model:
each resolution can be explained in one sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from watchdesk.nlp.lexicon_en import (
    GROUP_SPEAKERS,
    ORG_PRONOUNS,
    ORG_SPEAKERS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    ROLE_HEADS,
    ROLE_WORDS,
)
from watchdesk.records import Entity, SpeakerKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ORG_LABELS = frozenset({"ORG", "GPE", "FAC"})  # a country or a building can "say" too
_GROUP_LABELS = frozenset({"NORP"})  # "Karesians said"
_NAME_PREPS = frozenset({"of", "for", "at"})  # "a spokesman for the ministry"


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: names, the words that named them, and what the article says they are."""

    name: str
    mention: str
    kind: SpeakerKind = "person"
    role: str | None = None
    org: str | None = None
    names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Profile:
    role: str | None
    org: str | None


@dataclass(slots=True)
class SpeakerBook:
    """What the article has said so far about its people, for resolving later mentions."""

    doc: Doc
    entities: Sequence[Entity]
    profiles: dict[str, _Profile] = field(default_factory=dict)
    # (character offset, speaker) for every person named as a subject and every resolved speaker.
    history: list[tuple[int, Speaker]] = field(default_factory=list)

    @classmethod
    def for_article(cls, doc: Doc, entities: Sequence[Entity]) -> SpeakerBook:
        """Learn each person's first-given role and organisation, and who appears as a subject."""
        book = cls(doc, entities)
        for entity in entities:
            if entity.label != "PERSON":
                continue
            head = _entity_head(doc, entity)
            role, org = _describe(head, book)
            if (role or org) and entity.canonical not in book.profiles:
                book.profiles[entity.canonical] = _Profile(role, org)
            if _is_subject(head):
                book.history.append((entity.span.start, book._person(entity, head)))
        return book

    def resolve(self, subject: Token) -> Speaker | None:
        """Resolve the subject of a cue (with its conjuncts) to a speaker; None when unknown."""
        speakers = [self._resolve_one(token) for token in _conjuncts(subject)]
        found = [speaker for speaker in speakers if speaker is not None]
        if not found:
            return None
        first = found[0]
        names = tuple(dict.fromkeys(name for s in found for name in (s.names or (s.name,))))
        if len(found) > 1:
            first = Speaker(
                first.name, self._mention_of(subject), first.kind, first.role, first.org, names
            )
        self.history.append((subject.idx, first))
        return first

    def _mention_of(self, subject: Token) -> str:
        """The words naming all coordinated speakers: "Aldis Varro and Ilse Brandvik"."""
        conjuncts = _conjuncts(subject)
        start = min(t.left_edge.idx for t in conjuncts)
        end = max(t.idx + len(t.text) for t in conjuncts)
        # The parser may hang a given name outside the phrase; the entity knows where it starts.
        for token in conjuncts:
            entity = self._entity_at(token)
            if entity is not None:
                start, end = min(start, entity.span.start), max(end, entity.span.end)
        return str(self.doc.text[start:end])

    def _resolve_one(self, token: Token) -> Speaker | None:
        entity = self._entity_at(token)
        if entity is not None:
            return self._from_entity(entity, token)
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            return self._last(token.idx, lambda s: s.kind == "person" and len(s.names) <= 1, lower)
        if lower in PLURAL_PRONOUNS:
            return self._last(token.idx, lambda s: s.kind != "person" or len(s.names) > 1, lower)
        if lower in ORG_PRONOUNS:
            return self._last(token.idx, lambda s: s.kind == "organisation", lower)
        return self._from_noun(token)

    def _from_entity(self, entity: Entity, token: Token) -> Speaker:
        if entity.label == "PERSON":
            return self._person(entity, _entity_head(self.doc, entity))
        kind: SpeakerKind = "group" if entity.label in _GROUP_LABELS else "organisation"
        if entity.label not in _ORG_LABELS | _GROUP_LABELS:
            kind = "organisation"
        return Speaker(entity.canonical, entity.text, kind)

    def _person(self, entity: Entity, head: Token) -> Speaker:
        role, org = _describe(head, self)
        known = self.profiles.get(entity.canonical)
        # A role given at the first mention carries over to "Halloran said" later on.
        if known is not None:
            role, org = role or known.role, org or known.org
        return Speaker(entity.canonical, entity.text, "person", role, org)

    def _from_noun(self, token: Token) -> Speaker | None:
        """Resolve a common-noun subject: a titled person, an institution or a group."""
        appos = [child for child in token.children if child.dep_ == "appos"]
        for child in appos:
            # "Norvaland's defence minister, Ilse Brandvik, said": the name is the apposition.
            entity = self._entity_at(child)
            if entity is not None and entity.label == "PERSON":
                person = self._from_entity(entity, child)
                role, org = _describe_role(token, self)
                return Speaker(
                    person.name, person.mention, "person", role or person.role, org or person.org
                )
        lemma = token.lemma_.lower()
        mention, name = _noun_phrase(token)
        if token.tag_ in {"NNS", "NNPS"} and lemma in GROUP_SPEAKERS:
            return Speaker(name, mention, "group")
        if lemma in ROLE_HEADS:
            role, org = _describe_role(token, self)
            # "The minister said" is the last minister named; "a spokesman" is nobody in particular.
            named = self._last_with_role(token.idx, lemma) if _is_definite(token) else None
            if named is not None:
                known = self.profiles.get(named.name)
                role = named.role or (known.role if known else role)
                org = named.org or (known.org if known else org)
                return Speaker(named.name, mention, "person", role, org)
            return Speaker(name, mention, "person", role, org)
        if lemma in ORG_SPEAKERS or token.pos_ == "PROPN":
            return Speaker(name, mention, "organisation")
        return None

    def _last(self, before: int, fits: Callable[[Speaker], bool], mention: str) -> Speaker | None:
        """The latest speaker or subject before `before` that fits: a pronoun's antecedent."""
        for offset, speaker in reversed(self.history):
            if offset < before and fits(speaker):
                return Speaker(
                    speaker.name, mention, speaker.kind, speaker.role, speaker.org, speaker.names
                )
        return None

    def _last_with_role(self, before: int, role_head: str) -> Speaker | None:
        """The most recent named person whose role has this head: "the minister" → Brandvik."""
        for offset, speaker in reversed(self.history):
            if offset >= before or speaker.kind != "person" or len(speaker.names) > 1:
                continue
            known = self.profiles.get(speaker.name)
            role = speaker.role or (known.role if known else None)
            if role and role_head in role.lower().split():
                return speaker
        return None

    def _entity_at(self, token: Token) -> Entity | None:
        for entity in self.entities:
            if entity.span.start <= token.idx < entity.span.end:
                return entity
        return None


def _conjuncts(token: Token) -> list[Token]:
    """The token and its coordinated subjects: "Aldis Varro and Ilse Brandvik"."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(_conjuncts(child))
    return found


def _entity_head(doc: Doc, entity: Entity) -> Token:
    """The syntactic head of an entity: the token whose head lies outside it."""
    span = doc.char_span(entity.span.start, entity.span.end, alignment_mode="expand")
    if span is None:  # only for an empty span, which find_entities never makes
        raise ValueError(f"entity {entity.text!r} covers no token")
    return span.root


def _is_subject(token: Token) -> bool:
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ in _SUBJECT_DEPS


def _is_definite(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)


def _describe(head: Token, book: SpeakerBook) -> tuple[str | None, str | None]:
    """Role and organisation from titles before a name and an apposition after it."""
    role: str | None = None
    org: str | None = None
    for child in head.children:
        if child.dep_ == "compound" and child.i < head.i and child.lower_ in ROLE_WORDS:
            # "Defence Minister Ilse Brandvik", "Norvaland's defence minister Ilse Brandvik".
            role, org = _describe_role(child, book)
    for child in head.children:
        if child.dep_ == "appos" and _has_role_word(child):
            appos_role, appos_org = _describe_role(child, book)
            role, org = role or appos_role, org or appos_org
    if head.dep_ == "appos" and _has_role_word(head.head):
        # "Norvaland's defence minister, Ilse Brandvik, …": the name stands in apposition.
        outer_role, outer_org = _describe_role(head.head, book)
        role, org = role or outer_role, org or outer_org
    return role, org


def _has_role_word(token: Token) -> bool:
    return token.lemma_.lower() in ROLE_HEADS or token.lower_ in ROLE_HEADS


def _describe_role(head: Token, book: SpeakerBook) -> tuple[str | None, str | None]:
    """Split a role phrase into the role and the organisation it names.

    "head of the defence programme at the Nordic Policy Forum" → ("head of the defence
    programme", "Nordic Policy Forum"); "Norvaland's defence minister" → ("defence minister",
    "Norvaland").
    """
    tokens = [t for t in head.subtree if t.i <= head.i or t.dep_ not in {"appos", "relcl"}]
    tokens = [t for t in tokens if t.i <= head.i or not _inside_clause(t, head)]
    org: str | None = None
    cut: set[int] = set()
    for entity in book.entities:
        if entity.label not in _ORG_LABELS or not _covers(entity, tokens):
            continue
        root = _entity_head(book.doc, entity)
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


def _noun_phrase(token: Token) -> tuple[str, str]:
    """The noun phrase a subject heads, as written and without its article (mention, name)."""
    right = [
        child
        for child in token.children
        if child.i > token.i and child.dep_ == "prep" and child.lower_ in _NAME_PREPS
    ]
    last = max([token.i, *(t.right_edge.i for t in right)])
    first = start = token.left_edge.i
    while start < token.i and token.doc[start].dep_ in {"det", "punct"}:
        start += 1
    return str(token.doc[first : last + 1].text), str(token.doc[start : last + 1].text)
