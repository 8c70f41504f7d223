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

from watchdesk.nlp.descriptions import (
    body_named_before,
    is_office,
    is_person_description,
    named_next,
    people_in,
    points_back,
)
from watchdesk.nlp.lexicon_en import (
    COMPANY_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_SPEAKERS,
    NON_SPEAKER_NOUNS,
    ORG_PRONOUNS,
    ORG_SPEAKERS,
    PARTY_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    QUANTIFIER_SPEAKERS,
    ROLE_HEADS,
)
from watchdesk.nlp.roles import ORG_LABELS, describe, describe_role, entity_head, noun_phrase
from watchdesk.records import Entity, SpeakerKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_POSSESSIVE_OWNERS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_GROUP_LABELS = frozenset({"NORP"})
_PEOPLE_LABELS = frozenset({"PERSON", "NORP"})  # "Karesians said"
# Endings of English nouns for people by what they do: "bartender", "strategist", "consultant".
_DOER_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "ee")


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
    # Every person named at all: the antecedent of last resort ("criticism from Varo. He said").
    mentions: list[tuple[int, Speaker]] = field(default_factory=list)

    @classmethod
    def for_article(cls, doc: Doc, entities: Sequence[Entity]) -> SpeakerBook:
        """Learn each person's first-given role and organisation, and who appears as a subject."""
        book = cls(doc, entities)
        for entity in entities:
            if entity.label != "PERSON":
                continue
            head = entity_head(doc, entity)
            role, org = describe(head, book.entities)
            if (role or org) and entity.canonical not in book.profiles:
                book.profiles[entity.canonical] = _Profile(role, org)
            person = book._person(entity, head)
            book.mentions.append((entity.span.start, person))
            if _is_subject(head):
                book.history.append((entity.span.start, person))
        book.history.extend(book._institutions())
        book.history.extend(book._joint_subjects())
        return book

    def _joint_subjects(self) -> list[tuple[int, Speaker]]:
        """People named together as one subject: what a later "they" means."""
        found: list[tuple[int, Speaker]] = []
        for token in self.doc:
            if token.dep_ not in _SUBJECT_DEPS or token.head.dep_ == "relcl":
                continue
            people = people_in(token, self.entities)
            names = tuple(dict.fromkeys(p.canonical for p in people))
            if len(names) > 1:
                first = self._person(people[0], entity_head(self.doc, people[0]))
                found.append((token.left_edge.idx, Speaker(names[0], first.mention, names=names)))
        return found

    def _institutions(self) -> list[tuple[int, Speaker]]:
        """Institutions named as main-clause subjects: what a later "it" or "the company" means.

        Subjects of reported clauses are left out ("the ministry said the army would …" does not
        make the army an antecedent), except a clause told before its cue ("The office will
        publish …, it said"), whose subject is the pronoun's antecedent.
        """
        found: list[tuple[int, Speaker]] = []
        for token in self.doc:
            if token.dep_ not in _SUBJECT_DEPS or token.lower_ in ORG_PRONOUNS:
                continue
            verb = token.head
            main = verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.i < verb.head.i)
            if not main:
                continue
            entity = self._entity_at(token)
            if entity is not None and entity.label == "PERSON":
                continue
            speaker = self._from_entity(entity, token) if entity else self._from_noun(token)
            if speaker is not None and speaker.kind == "organisation":
                found.append((token.idx, speaker))
        return found

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
        antecedent = _relative_antecedent(token)
        if antecedent is not None:
            # "a columnist for the Ledger, who said …": the relative pronoun is the noun before it.
            return self._resolve_one(antecedent)
        entity = self._entity_at(token)
        if entity is not None:
            return self._from_entity(entity, token)
        lower = token.lower_
        if token.dep_ == "poss":
            # "his claim that …": the owner of the words is the one "he" would be.
            lower = _POSSESSIVE_OWNERS.get(lower, lower)
        if lower in PERSON_PRONOUNS:
            # "He" is one person, never a group: the last person named as a subject, or else
            # the last person named at all.
            def one_person(s: Speaker) -> bool:
                return s.kind == "person" and len(s.names) <= 1

            found = self._last(token.idx, one_person, lower)
            return found or self._last(token.idx, one_person, lower, self.mentions)
        if lower in PLURAL_PRONOUNS:
            return self._last(token.idx, lambda s: s.kind != "person" or len(s.names) > 1, lower)
        if lower in ORG_PRONOUNS:
            return self._last(token.idx, lambda s: s.kind == "organisation", lower)
        return self._from_noun(token)

    def _from_entity(self, entity: Entity, token: Token) -> Speaker:
        if entity.label == "PERSON":
            return self._person(entity, entity_head(self.doc, entity))
        kind: SpeakerKind = "group" if entity.label in _GROUP_LABELS else "organisation"
        if entity.label not in ORG_LABELS | _GROUP_LABELS:
            kind = "organisation"
        return Speaker(entity.canonical, entity.text, kind)

    def _person(self, entity: Entity, head: Token) -> Speaker:
        role, org = describe(head, self.entities)
        known = self.profiles.get(entity.canonical)
        # A role given at the first mention carries over to "Halloran said" later on.
        if known is not None:
            role, org = role or known.role, org or known.org
        return Speaker(entity.canonical, entity.text, "person", role, org)

    def _from_noun(self, token: Token) -> Speaker | None:
        """Resolve a common-noun subject: a titled person, an institution or a group."""
        named = self._named_in_apposition(token)
        if named is not None:
            return named
        lemma = token.lemma_.lower()
        mention, name = noun_phrase(token)
        plural = token.tag_ in {"NNS", "NNPS"}
        described = self._described(token, mention)
        if described is not None:
            return described
        if is_person_description(token):
            # "said the 71-year-old", "the former champion says": the last person named.
            found = self._last(token.idx, _one_person, mention)
            return found or self._last(token.idx, _one_person, mention, self.mentions)
        if token.pos_ == "NUM" or lemma in QUANTIFIER_SPEAKERS:
            # "Three of the 14 economists said", "Many of her advisers say": the group is the
            # noun after "of".
            counted = _of_object(token)
            if counted is not None:
                return self._resolve_one(counted)  # "Some of them": whoever "them" are
            # "The two said", "only 28 said yes", "Another said": the word stands for people
            # counted before; "one" and "another" for one of them.
            single = lemma in {"one", "another"}
            return Speaker(mention, mention, "person" if single else "group")
        if plural and lemma in PARTY_NOUNS:
            # "both sides said", "the companies said": the parties named together before.
            joint = self._joint_before(token)
            if joint is not None:
                return Speaker(joint.name, mention, joint.kind, names=joint.names)
        if lemma in DOCUMENT_NOUNS and token.pos_ == "NOUN":
            # "The poll shows …", "figures released on Monday show …": the document is the source.
            return Speaker(name, mention, "organisation")
        # Any plural noun that speaks is a group ("shop tenants", "prosecutors"), never a person.
        common = token.pos_ == "NOUN" or lemma in GROUP_SPEAKERS or lemma in ROLE_HEADS
        if plural and common and lemma not in NON_SPEAKER_NOUNS:
            return Speaker(name, mention, "group")
        if lemma in ROLE_HEADS:
            role, org = describe_role(token, self.entities)
            # "The minister said" is the last minister named; "a spokesman" is nobody in particular.
            named = self._last_with_role(token.idx, lemma) if _is_definite(token) else None
            if named is not None:
                known = self.profiles.get(named.name)
                role = named.role or (known.role if known else role)
                org = named.org or (known.org if known else org)
                return Speaker(named.name, mention, "person", role, org)
            later = None if _is_definite(token) else named_next(self.doc, token, self.entities)
            if later is not None:
                # "A former admissions officer … Lise Mortimer, who left in March, said …"
                person = self._person(later, entity_head(self.doc, later))
                return Speaker(person.name, mention, "person", role or person.role, org)
            return Speaker(name, mention, "person", role, org)
        if lemma in COMPANY_NOUNS and _is_definite(token):
            # "the company said" after "Orvik Shipping reported …": the company named before.
            company = self._last_company(token)
            if company is not None:
                return Speaker(company.name, mention, "organisation")
        if lemma in PERSON_NOUNS and not _is_definite(token):
            later = named_next(self.doc, token, self.entities)  # "A former nurse … Hanne Vik"
            if later is not None:
                return self._person(later, entity_head(self.doc, later))
            return Speaker(token.text, mention, "person")  # "one woman asked"
        if lemma in ORG_SPEAKERS or token.pos_ == "PROPN":
            return Speaker(name, mention, "organisation")
        return _unlisted(token, mention, name)

    def _described(self, token: Token, mention: str) -> Speaker | None:
        """ "Her office said" is the person; "the club", "their union" the body named before."""
        if is_office(token):
            owner = next(c for c in token.children if c.dep_ == "poss")
            person = self._last(owner.idx, _one_person, mention)
            return person or self._last(owner.idx, _one_person, mention, self.mentions)
        lemma = token.lemma_.lower()
        if lemma in ORG_SPEAKERS | COMPANY_NOUNS and points_back(token):
            body = body_named_before(token, self.entities)
            if body is not None:
                return Speaker(body.canonical, mention, "organisation")
        return None

    def _named_in_apposition(self, token: Token) -> Speaker | None:
        """The name beside a noun: "Norvaland's defence minister, Ilse Brandvik", "Rask's
        publisher, Halvard Press", and "the mayor of Rellby, Tove Aas" that the parser splits."""
        role_head = token.lemma_.lower() in ROLE_HEADS
        body = token.lemma_.lower() in ORG_SPEAKERS | COMPANY_NOUNS
        candidates = [child for child in token.children if child.dep_ == "appos"]
        if role_head or body:
            # "the mayor of Ostby, Greta Moen", "a spokesman for the operator, Arjun Mehta",
            # "the consortium building the dam, Hydrovia": the parser hangs the name on the
            # place or the body, or elsewhere after the phrase.
            place = _of_object(token, {"of", "for", "at"})
            candidates += [c for c in place.children if c.dep_ == "appos"] if place else []
            after = token.right_edge.i + 1
            if after + 1 < len(self.doc) and self.doc[after].text == ",":
                candidates.append(self.doc[after + 1])
        for child in candidates:
            entity = self._entity_at(child)
            if entity is None or (child.dep_ != "appos" and not _fits(entity.label, role_head)):
                continue
            if entity.label == "PERSON" or role_head:
                person = self._person(entity, entity_head(self.doc, entity))
                role, org = describe_role(token, self.entities) if role_head else (None, None)
                role, org = role or person.role, org or person.org
                return Speaker(entity.canonical, entity.text, "person", role, org)
            return self._from_entity(entity, child)
        return None

    def _joint_before(self, token: Token) -> Speaker | None:
        """The last subject of two or more coordinated institutions before the token."""
        for candidate in reversed(self.doc[token.sent.start : token.i]):
            conjuncts = _conjuncts(candidate)
            # "Acme and other companies blamed …": the noun's own phrase is not a pair named
            # before it, and resolving it again would come back here without end.
            if candidate.dep_ not in _SUBJECT_DEPS or not conjuncts[1:] or token in conjuncts:
                continue
            parts = [self._resolve_one(t) for t in conjuncts]
            found = [p for p in parts if p is not None]
            if len(found) > 1:
                names = tuple(dict.fromkeys(p.name for p in found))
                return Speaker(found[0].name, found[0].mention, found[0].kind, names=names)
        found_joint = self._last(token.idx, lambda s: len(s.names) > 1, token.text)
        return found_joint

    def _last_company(self, token: Token) -> Speaker | None:
        """The company a definite "the company" stands for: the last one named as a subject."""

        def company(speaker: Speaker) -> bool:
            # The small model often tags a one-word company ("Nordline") as a person.
            one_word = speaker.kind == "person" and len(speaker.name.split()) == 1
            return speaker.kind == "organisation" or (one_word and not speaker.role)

        found = self._last(token.idx, company, token.text)
        if found is not None:
            return found
        for entity in reversed(self.entities):
            if entity.span.start >= token.idx or entity.label != "ORG":
                continue
            head = entity_head(self.doc, entity)
            if head.dep_ in _SUBJECT_DEPS or (head.dep_ == "poss" and _is_subject(head.head)):
                return Speaker(entity.canonical, entity.text, "organisation")
        return None

    def _last(
        self,
        before: int,
        fits: Callable[[Speaker], bool],
        mention: str,
        among: list[tuple[int, Speaker]] | None = None,
    ) -> Speaker | None:
        """The nearest speaker or subject before `before` that fits: a pronoun's antecedent."""
        candidates = [
            (offset, speaker)
            for offset, speaker in (self.history if among is None else among)
            if offset < before and fits(speaker)
        ]
        if not candidates:
            return None
        # Stable on ties: a speaker resolved at a mention beats the bare mention recorded there.
        speaker = max(reversed(candidates), key=lambda pair: pair[0])[1]
        return Speaker(
            speaker.name, mention, speaker.kind, speaker.role, speaker.org, speaker.names
        )

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


def _relative_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun subject stands for: "the envoy, who said", "X, which denies"."""
    if token.tag_ not in {"WP", "WDT"} or token.head.dep_ != "relcl":
        return None
    antecedent = token.head.head
    # "who" is a person: the parser may hang it on the body a person works for ("a columnist
    # for the Ledger, who said"), and the person is the noun that body depends on.
    # A group of people is a "who" of its own: "scrutiny from Republicans, who say …".
    while (
        token.lower_ == "who"
        and antecedent.dep_ == "pobj"
        and antecedent.ent_type_ not in _PEOPLE_LABELS
        and antecedent.tag_ not in {"NNS", "NNPS"}
    ):
        antecedent = antecedent.head.head
    # "Arne Falk, a columnist for the Ledger, who said": the description stands for the name.
    while antecedent.dep_ == "appos" and antecedent.head.pos_ in {"NOUN", "PROPN"}:
        antecedent = antecedent.head
    return antecedent if antecedent.pos_ in {"NOUN", "PROPN"} else None


def _unlisted(token: Token, mention: str, name: str) -> Speaker | None:
    """A speaker named by a common noun no list knows: "a bartender said", "the campaign said".

    The subject of a cue is a speaker whatever its noun, unless the noun names a document or a
    figure (NON_SPEAKER_NOUNS: "the figures show"). Plural nouns are groups; a singular noun is
    a person when it names a doer ("bartender", "strategist", "consultant"), else a body.
    """
    if token.pos_ != "NOUN" or token.lemma_.lower() in NON_SPEAKER_NOUNS:
        return None
    if token.tag_ in {"NNS", "NNPS"}:
        return Speaker(name, mention, "group")
    kind: SpeakerKind = "person" if token.lower_.endswith(_DOER_ENDINGS) else "organisation"
    return Speaker(name, mention, kind)


def _conjuncts(token: Token) -> list[Token]:
    """The token and its coordinated subjects: "Aldis Varro and Ilse Brandvik".

    Walked with a stack and a visited set rather than by recursion: a long list of conjuncts
    (or a parse that loops) must not exhaust the interpreter's stack.
    """
    found: list[Token] = []
    seen: set[int] = set()
    stack = [token]
    while stack:
        current = stack.pop()
        if current.i in seen:
            continue
        seen.add(current.i)
        found.append(current)
        stack.extend(reversed([c for c in current.children if c.dep_ == "conj"]))
    return found


def _is_subject(token: Token) -> bool:
    """A subject, a conjunct of one, or a name in apposition to one ("Her deputy, Anton Reyes")."""
    while token.dep_ in {"conj", "appos"}:
        token = token.head
    return token.dep_ in _SUBJECT_DEPS


def _fits(label: str, role_head: bool) -> bool:
    """A name after a role is a person's; after "the consortium …" an organisation's."""
    return label == "PERSON" if role_head else label == "ORG"


def _one_person(speaker: Speaker) -> bool:
    return speaker.kind == "person" and len(speaker.names) <= 1


def _of_object(token: Token, words: frozenset[str] | set[str] = frozenset({"of"})) -> Token | None:
    preposition = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in words), None)
    if preposition is None:
        return None
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def _is_definite(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)
