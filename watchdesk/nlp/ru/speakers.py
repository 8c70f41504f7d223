"""Part of the Russian statement stage: who is speaking, resolved to the fullest nominative name.

A `SpeakerBook` is built once per article from its entities and told every resolved speaker in text
order, so that «она», «Брандвик» (any case) and «министр» resolve to the last fitting person named
before them. Roles come from the title before a name («министр обороны Норваланда Ильзе
Брандвик») or an apposition after it («Брандвик, министр обороны, …»), put in the nominative.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from watchdesk.nlp.ru.antecedents import (
    holder,
    joint_before,
    named_after_title,
    named_institution,
)
from watchdesk.nlp.ru.lexicon import (
    DEMONSTRATIVE_PRONOUNS,
    DOCUMENT_NOUNS,
    GROUP_SPEAKERS,
    ORG_SPEAKERS,
    PARTITIVE_HEADS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    ROLE_HEADS,
    SPEECH_ACT_PRONOUNS,
)
from watchdesk.nlp.ru.parse import nominative
from watchdesk.nlp.ru.phrases import (
    CLAUSE_RELS,
    SUBJECT_RELS,
    capital,
    entity_in,
    is_whole,
    noun_phrase,
    phrase_text,
    quoted,
)
from watchdesk.nlp.ru.tree import Token, Tree
from watchdesk.nlp.speakers import Speaker
from watchdesk.records import Entity, SpeakerKind

_NAME_RELS = frozenset({"appos", "flat:name", "flat", "nmod"})
_ORG_LABELS = frozenset({"ORG", "GPE", "LOC"})
_MAX_CLIMB = 3
_NOUNS = frozenset({"NOUN", "PROPN", "ADJ"})
# natasha marks a past-tense verb's gender; «заявила» says the speaker is a woman.
_PRONOUN_GENDER = {"он": "Masc", "она": "Fem"}
_GENDER_PRONOUN = {gender: pronoun for pronoun, gender in _PRONOUN_GENDER.items()}


@dataclass(slots=True)
class SpeakerBook:
    """What the article has said so far about its speakers, for resolving later mentions."""

    tree: Tree
    entities: Sequence[Entity]
    profiles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    history: list[tuple[int, Speaker]] = field(default_factory=list)
    _by_start: dict[int, Entity] = field(default_factory=dict)

    @classmethod
    def for_article(cls, tree: Tree, entities: Sequence[Entity]) -> SpeakerBook:
        """Learn each person's first-given role and organisation."""
        book = cls(tree, entities)
        for entity in entities:
            book._by_start[entity.span.start] = entity
        for entity in entities:
            if entity.label != "PERSON" or entity.canonical in book.profiles:
                continue
            first = tree.token_at(entity.span.start)
            if first is not None:
                role, org = book._describe(first)
                if role or org:
                    book.profiles[entity.canonical] = (role, org)
        return book

    def resolve(self, subject: Token, verb: Token | None = None) -> Speaker | None:
        """Resolve a cue's subject (with its «и»-joined partners) to a speaker; None if unknown."""
        conjuncts = self._conjuncts(subject)
        found = [s for s in (self._resolve_one(t, verb) for t in conjuncts) if s]
        if not found:
            return None
        first = found[0]
        if len(found) > 1:
            tokens = [t for c in conjuncts for t in self._phrase(c)]
            start, end = min(t.start for t in tokens), max(t.stop for t in tokens)
            mention = self.tree.text[start:end]
            if self._singular(verb):
                # «оппозиционер и глава района Илья Яшин заявил»: a singular verb has one
                # speaker, described twice; the named one is who it is.
                one = max(found, key=lambda s: (s.kind == "person", len(s.name.split())))
                first = Speaker(one.name, mention, one.kind, one.role, one.org, one.names)
            else:
                names = tuple(dict.fromkeys(s.name for s in found))
                first = Speaker(first.name, mention, first.kind, None, None, names)
        elif verb is not None and first.kind == "person" and "Gender" in verb.feats:
            self.genders.setdefault(first.name, verb.feats["Gender"])
        self.history.append((subject.start, first))
        return first

    # --- one subject word ----------------------------------------------------------------------

    def _resolve_one(self, token: Token, verb: Token | None = None) -> Speaker | None:
        entity = self._entity_in(token)
        lemma = str(token.lemma or "").lower()
        # «по его словам»: the possessive speaks for the pronoun it is made from.
        lemma = POSSESSIVE_PRONOUNS.get(token.text.lower(), lemma)
        if entity is not None and entity.label == "PERSON":
            return self._person(entity, token)
        if lemma in DEMONSTRATIVE_PRONOUNS and token.rel in SUBJECT_RELS:
            # «Та ответила», «Тот сказал»: a demonstrative subject is a pronoun of its gender.
            plural = token.feats.get("Number") == "Plur"
            lemma = "они" if plural else _GENDER_PRONOUN.get(token.feats.get("Gender", ""), lemma)
        if lemma in PERSON_PRONOUNS:
            gender = _PRONOUN_GENDER[lemma]
            return (
                self._last(
                    token.start,
                    lambda s: (
                        s.kind == "person"
                        and len(s.names) <= 1
                        and self.genders.get(s.name, gender) == gender
                    ),
                    token.text,
                )
                or self._last(token.start, lambda s: s.kind == "person", token.text)
                or self._organisation_as(token, gender)
                or self._unnamed(token, lemma)
            )
        if lemma in PLURAL_PRONOUNS:
            return self._plural_antecedent(token) or self._unnamed(token, lemma)
        if lemma in SPEECH_ACT_PRONOUNS:
            return self._unnamed(token, lemma)
        if lemma in ROLE_HEADS and not (lemma in GROUP_SPEAKERS and self._plural(token)):
            return self._titled(token, verb)
        if lemma in DOCUMENT_NOUNS and entity is None:
            return self._document(token)
        if lemma in ORG_SPEAKERS and entity is None and len(self._phrase(token)) == 1:
            # A bare «министерство», «ведомство» is the institution the article has been about.
            named = named_institution(self.tree, self.entities, token)
            speaker = self._resolve_one(named) if named is not None else None
            if speaker is not None and speaker.kind != "person":
                mention = self.tree.text[token.start : token.stop]
                return Speaker(speaker.name, mention, speaker.kind, names=speaker.names)
            earlier = self._last_organisation(token)
            if earlier is not None:
                return earlier
        if entity is not None or lemma in ORG_SPEAKERS:
            whole = entity is not None and is_whole(entity, token)
            name = quoted(entity.canonical) if entity is not None and whole else None
            mention = self._phrase_text(token)
            return Speaker(
                name or capital(nominative(self._phrase(token))), mention, "organisation"
            )
        if lemma in GROUP_SPEAKERS and self._plural(token):
            return Speaker(self._phrase_name(token), self._phrase_text(token), "group")
        return self._described(token, verb)

    def _organisation_as(self, pronoun: Token, gender: str) -> Speaker | None:
        """«Компания X получила концессию, сообщила она»: with no person named, the last body
        named, when its noun's gender fits the pronoun («компания» is «она», never «он»)."""
        for entity in reversed(self.entities):
            if entity.span.start >= pronoun.start or entity.label not in {"ORG", "PERSON"}:
                continue
            if entity.label == "PERSON":
                return None
            first = self.tree.token_at(entity.span.start)
            if first is None:
                return None
            head = self.tree.head(first)
            # The kind noun may stand before the name, outside it: «компания Nordlux Energy».
            noun = head if head is not None and head.stop <= entity.span.start else first
            if noun.feats.get("Gender", gender) != gender:
                return None
            mention = self.tree.text[pronoun.start : pronoun.stop]
            return Speaker(entity.canonical, mention, "organisation")
        return None

    def _unnamed(self, token: Token, lemma: str) -> Speaker:
        """A pronoun with nobody to stand for: the speaker is known only as «он», «я», «мы».

        The words are still someone's, said in the text; one word is never taken for a named
        person when statements are linked across articles.
        """
        plural = lemma in PLURAL_PRONOUNS or lemma == "мы"
        return Speaker(lemma, token.text, "group" if plural else "person")

    def _plural_antecedent(self, token: Token) -> Speaker | None:
        """«они», «по их словам»: the last group, institution or pair of people named before."""
        joint = joint_before(self.tree, self.entities, token.start)
        later = [
            offset
            for offset, s in self.history
            if offset < token.start and (s.kind != "person" or len(s.names) > 1)
        ]
        if joint is not None and (not later or later[-1] < joint[0]):
            return Speaker(joint[1][0], token.text, "person", names=joint[1])
        return self._last(token.start, lambda s: s.kind != "person" or len(s.names) > 1, token.text)

    def _described(self, token: Token, verb: Token | None = None) -> Speaker | None:
        """A subject outside the word lists: a name in its phrase, else the phrase by its form.

        «управляющая Прия Натараджан» is the person named; «Владелец центра, компания Ansel
        Property» the company; otherwise a plural noun is a group («Арендаторы»), an animate one a
        person known by description, and any other noun an institution («Инспекция рыболовства»).
        """
        # Appositions after a comma count here: «Владелец центра, компания Ansel Property».
        phrase = self._phrase(token, gaps=',«»„“" ')
        entities = [e for e in (self._entity_in(t) for t in phrase) if e is not None]
        people = [e for e in entities if e.label == "PERSON"]
        if people:
            # «Главный тренер сборной Остмарка по хоккею Олег Бирюков»: the title's holder.
            titled = named_after_title(self.tree, self.entities, token, verb)
            if len(titled) > 1 and self._plural(token):  # «Лидеры оппозиции X и Y заявили»
                names = tuple(dict.fromkeys(p.canonical for p in titled))
                return Speaker(names[0], self._phrase_text(token), "person", names=names)
            chosen = holder(self.tree, token, titled) if titled else people[0]
            return self._person(chosen, self.tree.token_at(chosen.span.start) or token)
        mention = self._phrase_text(token)
        for entity in entities:
            if entity.label in _ORG_LABELS:
                # A subject's name is written in the nominative; natasha's normal form of an
                # unfamiliar name can be off («Гидровия» → «Гидровие»).
                name = entity.text if token.rel in SUBJECT_RELS else entity.canonical
                return Speaker(quoted(name), mention, "organisation")
        partitive = self._partitive(token)
        if partitive is not None:
            return partitive
        if token.pos not in _NOUNS:
            return None
        if self._plural(token):
            return Speaker(self._phrase_name(token), mention, "group")
        # An adjective standing as a noun names a person: «управляющий», «смотритель» mis-tagged.
        animate = token.feats.get("Animacy") == "Anim" or token.pos == "ADJ"
        kind: SpeakerKind = "person" if animate else "organisation"
        return Speaker(self._phrase_name(token), mention, kind)

    def _partitive(self, token: Token) -> Speaker | None:
        """«Один из депутатов заявил», «одна из жительниц»: one of a group, known by the group."""
        if str(token.lemma or "").lower() not in PARTITIVE_HEADS:
            return None
        for child in self.tree.children(token):
            cases = [c.text.lower() for c in self.tree.children(child) if c.rel == "case"]
            if child.rel == "nmod" and cases == ["из"] and child.pos in _NOUNS:
                animate = child.feats.get("Animacy") == "Anim"
                mention = self._phrase_text(token)
                return Speaker(capital(mention), mention, "person" if animate else "organisation")
        return None

    def _document(self, token: Token) -> Speaker | None:
        """«в заявлении компании»: the author after it; a bare «пресс-релиз»: the last speaker."""
        for child in self.tree.children(token):
            if child.rel == "nmod":
                return self._resolve_one(child)
        return self._last(token.start, lambda s: True, self._phrase_text(token))

    def _last_organisation(self, token: Token) -> Speaker | None:
        mention = self.tree.text[token.start : token.stop]
        earlier = self._last(token.start, lambda s: s.kind == "organisation", mention)
        if earlier is not None:
            return earlier
        for entity in reversed(self.entities):
            if entity.span.start < token.start and entity.label == "ORG":
                return Speaker(entity.canonical, mention, "organisation")
        return None

    def _person(self, entity: Entity, token: Token) -> Speaker:
        first = self.tree.token_at(entity.span.start) or token
        role, org = self._describe(first)
        known = self.profiles.get(entity.canonical, (None, None))
        # A role given at the first mention carries over to «Брандвик заявила» later on.
        return Speaker(entity.canonical, entity.text, "person", role or known[0], org or known[1])

    def _titled(self, head: Token, verb: Token | None = None) -> Speaker:
        """«министр обороны Ильзе Брандвик», or a bare «министр» meaning the last one named."""
        phrase = self._phrase(head)
        people = named_after_title(self.tree, self.entities, head, verb)
        if len(people) > 1 and self._plural(head):
            # «Министры … Луиза Фальк и Марек Озолс заявили»: joint speakers.
            names = tuple(dict.fromkeys(p.canonical for p in people))
            return Speaker(names[0], self._phrase_text(head), "person", names=names)
        if people:
            chosen = holder(self.tree, head, people)
            return self._person(chosen, self.tree.token_at(chosen.span.start) or head)
        role, org = self._role_phrase(head)
        mention = self._phrase_text(head)
        named = self._last(
            head.start,
            lambda s: (
                s.kind == "person"
                and len(s.names) <= 1
                and str(head.lemma).lower() in (s.role or "").lower().split()
            ),
            mention,
        )
        if named is not None:
            return named
        # «представитель МИД Карезии» names nobody in particular; the phrase is the name.
        return Speaker(nominative(phrase), mention, "person", role, org)

    def _last(self, before: int, fits: Callable[[Speaker], bool], mention: str) -> Speaker | None:
        """The latest speaker before `before` that fits: a pronoun's or a title's antecedent."""
        for offset, speaker in reversed(self.history):
            if offset < before and fits(speaker):
                return Speaker(
                    speaker.name, mention, speaker.kind, speaker.role, speaker.org, speaker.names
                )
        # People named but not yet quoted count too: «Брандвик прибыла в столицу. Она заявила …»
        for entity in reversed(self.entities):
            if entity.span.start < before and entity.label == "PERSON":
                first = self.tree.token_at(entity.span.start)
                person = self._person(entity, first) if first is not None else None
                if person is not None and fits(person):
                    return Speaker(person.name, mention, "person", person.role, person.org)
        return None

    # --- roles ---------------------------------------------------------------------------------

    def _describe(self, name: Token) -> tuple[str | None, str | None]:
        """Role and organisation of the person whose name starts at `name`."""
        # The name may hang off the place after the title («… Карезии Альдис Варро»): climb.
        # The outermost title counts: «советник министра обороны» is an adviser, not a minister.
        token, head, title = name, self.tree.head(name), None
        for _ in range(_MAX_CLIMB):
            if token.rel not in _NAME_RELS or head is None:
                break
            if _is_role(head):
                title = head
            token, head = head, self.tree.head(head)
        if title is not None:
            return self._role_phrase(title)
        for child in self.tree.children(name):
            if child.rel == "appos" and _is_role(child):  # «Брандвик, министр обороны, …»
                return self._role_phrase(child)
        return None, None

    def _role_phrase(self, head: Token) -> tuple[str | None, str | None]:
        """Split a title into its role and organisation: «министр обороны | Норваланда»."""
        kept: list[Token] = []
        org: str | None = None
        for token in self.tree.subtree(head):
            if token.start < head.start and token.rel not in {"amod", "compound"}:
                continue
            entity = self._entity_in(token)
            if entity is not None and entity.label in _ORG_LABELS:
                org = org or entity.canonical
                break
            if (entity is not None and entity.label == "PERSON") or token.rel in CLAUSE_RELS:
                break
            kept.append(token)
        role = nominative(kept).lower() if kept else None
        return role, org

    # --- helpers -------------------------------------------------------------------------------

    def _conjuncts(self, token: Token) -> list[Token]:
        found = [token]
        for child in self.tree.children(token):
            if child.rel == "conj":
                found.extend(self._conjuncts(child))
        return found

    def _phrase(self, token: Token, gaps: str = '«»„“" ') -> list[Token]:
        return noun_phrase(self.tree, token, gaps)

    def _singular(self, verb: Token | None) -> bool:
        """Whether the cue (or, for «заявив», the verb it hangs on) is in the singular."""
        if verb is not None and verb.feats.get("VerbForm") == "Conv":
            verb = self.tree.head(verb)
        return verb is not None and verb.feats.get("Number") == "Sing"

    def _plural(self, token: Token) -> bool:
        """Plural by form, or counted: «два источника» is in the singular after «два»."""
        if token.feats.get("Number") == "Plur":
            return True
        return any(c.rel.startswith("nummod") for c in self.tree.children(token))

    def _phrase_name(self, token: Token) -> str:
        """The phrase as a name: a subject is already nominative; other cases are normalised."""
        if token.rel in SUBJECT_RELS:
            return self._phrase_text(token)
        return nominative(self._phrase(token))

    def _phrase_text(self, token: Token) -> str:
        return phrase_text(self.tree, token)

    def _entity_in(self, token: Token) -> Entity | None:
        return entity_in(self.entities, token)


def _is_role(token: Token) -> bool:
    return str(token.lemma or "").lower() in ROLE_HEADS
