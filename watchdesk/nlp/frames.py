"""Stage 4b: each statement's frame, read from the parse while the parse is still there.

Parsed article + its statements → the same statements, each with the main predicate of its
reported words as a lemma, their negation, and the head lemmas of the subject and objects.
Linking reads stored records, with no parse, so this is the one place where "troops will be
pulled back" and "the troops are ready to withdraw" can be told to say one thing of one subject.

The predicate is the token heading most of the reported words. A verb that hands its meaning to
a complement is resolved to it (lists in `lexicon_frames.py`): a verb of intent or phase to its
infinitive ("plans to withdraw" → withdraw), a copula to its adjective or noun ("is ready to
withdraw" → withdraw, "remains closed" → closed), a light verb to its noun ("will make a
decision" → decide).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from watchdesk.nlp.lexicon_frames import (
    COPULAS,
    DENYING_VERBS,
    HANDING_VERBS,
    LIGHT_VERBS,
    NOUN_VERBS,
)
from watchdesk.records import Frame, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_OBJECTS = 4  # a frame names what the clause is about, not every noun in it
MAX_HOPS = 4  # handing verbs chain ("plans to begin to withdraw"), but never far
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_OBJECTS = ("dobj", "attr", "dative", "oprd", "acomp")
_NOUNS = ("NOUN", "PROPN")
_NEGATING_DETS = ("no", "never", "neither")
_TIMES = ("DATE", "TIME")


def add_frames(doc: Doc, statements: Sequence[Statement]) -> list[Statement]:
    """Return the statements, each carrying the frame its reported words have in the parse."""
    return [replace(s, frame=frame_of(doc, s.span.start, s.span.end)) for s in statements]


def frame_of(doc: Doc, start: int, end: int) -> Frame | None:
    """The frame of the words between two character offsets; None if they hold no predicate."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return None
    root = _root(list(words))
    if root is None:
        return None
    chain = _resolved(root)
    head = chain[-1]
    subject = _subject(chain)
    if subject is not None and subject.i == head.i:
        subject = None  # "there will be no withdrawal": the thing is the predicate itself
    predicate, complement = _predicate(head)
    if not predicate:
        return None
    negated = _negated(chain, subject)
    objects = [_phrase(t) for t in _objects(head, complement)]
    return Frame(
        predicate=predicate,
        negated=negated,
        subject=_phrase(subject) if subject is not None and subject.pos_ in _NOUNS else None,
        objects=tuple(dict.fromkeys(o for o in objects if o))[:MAX_OBJECTS],
    )


def _root(tokens: list[Token]) -> Token | None:
    """The token heading the most of the words (a quote may hold several sentences)."""
    inside = {t.i for t in tokens}
    tops: Counter[int] = Counter()
    for token in tokens:
        if token.is_punct or token.is_space:
            continue
        top = token
        while top.head.i in inside and top.head.i != top.i:
            top = top.head
        tops[top.i] += 1
    if not tops:
        return None
    most = max(tops.values())
    first = min(i for i, n in tops.items() if n == most)
    return tokens[0].doc[first]


def _resolved(root: Token) -> list[Token]:
    """The root and the complements it hands its meaning to, in order."""
    chain = [root]
    for _ in range(MAX_HOPS):
        here = chain[-1]
        lemma = here.lemma_.lower()
        following = None
        if lemma in HANDING_VERBS or lemma in DENYING_VERBS:
            following = _child(here, ("xcomp",))
        if following is None and lemma in COPULAS:
            following = _child(here, ("acomp", "attr", "xcomp"))
        if following is None:
            break
        chain.append(following)
    return chain


def _predicate(head: Token) -> tuple[str, Token | None]:
    """The predicate lemma, and the object noun a light verb took it from (not an object then)."""
    lemma = head.lemma_.lower()
    # "make a decision", and a verb of phase or intent with a noun of action: "begin the pullout".
    if head.pos_ in ("VERB", "AUX") and (lemma in LIGHT_VERBS or lemma in HANDING_VERBS):
        noun = _child(head, ("dobj",))
        if noun is not None and noun.lemma_.lower() in NOUN_VERBS:
            return NOUN_VERBS[noun.lemma_.lower()], noun
    if head.pos_ == "NOUN":
        return NOUN_VERBS.get(lemma, lemma), None
    if head.pos_ in ("VERB", "AUX"):
        # A phrasal verb keeps its particle: "pull out" is not "pull".
        particle = _child(head, ("prt",))
        return (f"{lemma} {particle.lower_}" if particle is not None else lemma), None
    if head.pos_ in ("ADJ", "PROPN"):
        return lemma, None
    return "", None


def _subject(chain: list[Token]) -> Token | None:
    """The subject of the clause: on the first verb of the chain that has one ("troops plan to
    leave"); in the passive, the thing undergoing it ("troops will be withdrawn")."""
    for token in chain:
        found = _child(token, _SUBJECTS)
        if found is not None and found.dep_ != "expl":
            return found
        if found is not None:
            # "There will be no withdrawal": the thing is what "there" stands before.
            return _child(token, ("attr",))
    return None


def _objects(head: Token, complement: Token | None) -> list[Token]:
    """The objects of the predicate, and the objects of its prepositions, nouns only."""
    found: list[Token] = []
    for child in head.children:
        if complement is not None and child.i == complement.i:
            # "a decision on the pipeline": the light verb's noun holds the objects.
            for inner in child.children:
                if inner.dep_ == "prep":
                    found.extend(_prepositional(inner))
            continue
        if child.dep_ in _OBJECTS and child.pos_ in _NOUNS:
            found.append(child)
        elif child.dep_ in ("prep", "agent"):
            found.extend(_prepositional(child))
    if head.pos_ == "NOUN":
        # A noun predicate ("no withdrawal of the fleet") takes its objects through prepositions.
        found.extend(t for c in head.children if c.dep_ == "prep" for t in _prepositional(c))
    # "by March", "next week" say when, not what of: times are the statement's dates.
    return [t for t in found if t.ent_type_ not in _TIMES]


def _prepositional(token: Token) -> list[Token]:
    found = []
    for child in token.children:
        if child.dep_ == "pobj" and child.pos_ in _NOUNS:
            found.append(child)
        elif child.dep_ == "prep":
            found.extend(c for c in child.children if c.dep_ == "pobj" and c.pos_ in _NOUNS)
    return found


def _negated(chain: list[Token], subject: Token | None) -> bool:
    """A negation on any verb of the chain, a denying verb ("refused to go"), or a negating
    determiner on the subject ("no unit has left")."""
    for token in chain:
        if token.lemma_.lower() in DENYING_VERBS:
            return True
        if any(c.dep_ == "neg" for c in token.children):
            return True
    nouns = [t for t in (subject, chain[-1]) if t is not None]
    return any(c.lower_ in _NEGATING_DETS for t in nouns for c in t.children if c.dep_ == "det")


def _phrase(token: Token) -> str:
    """The token's lemma with the compound nouns before it ("border crossing"), lower-cased."""
    parts = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    words = [c.lemma_ if c.pos_ != "PROPN" else c.text for c in parts]
    words.append(token.lemma_ if token.pos_ != "PROPN" else token.text)
    return " ".join(words).lower()


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)
