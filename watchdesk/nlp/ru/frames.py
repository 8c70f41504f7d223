"""Stage 4b for Russian: each statement's frame, read from natasha's parse (see nlp/frames.py).

natasha follows Universal Dependencies: a copula («быть», «являться») hangs under its noun or
adjective, which heads the clause already; «остаётся закрытым», «готова вывести» put the
complement under the verb or adjective as `xcomp`. Lemmas come from natasha's morphology (the
parse stage lemmatises every token). The parse can hold cycles, so every walk up or along the
tree keeps a visited set.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from watchdesk.nlp.lexicon_frames import (
    RU_COPULAS,
    RU_DENYING_VERBS,
    RU_HANDING_VERBS,
    RU_LIGHT_VERBS,
    RU_NEGATIONS,
    RU_NOUN_VERBS,
    RU_TIME_NOUNS,
)
from watchdesk.nlp.ru.tree import Token, Tree
from watchdesk.records import Frame, Statement

MAX_OBJECTS = 4  # a frame names what the clause is about, not every noun in it
MAX_HOPS = 4  # «планирует начать выводить» chains, but never far
_SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
_OBJECTS = ("obj", "iobj", "obl", "obl:agent")
_NOUNS = ("NOUN", "PROPN")
_PREDICATES = ("VERB", "AUX", "ADJ", "NOUN", "PROPN")


def add_frames_ru(doc: Any, statements: Sequence[Statement]) -> list[Statement]:
    """Return the statements, each carrying the frame its reported words have in the parse."""
    if not statements:
        return list(statements)
    tree = Tree.of(doc)
    return [replace(s, frame=frame_of_ru(tree, s.span.start, s.span.end)) for s in statements]


def frame_of_ru(tree: Tree, start: int, end: int) -> Frame | None:
    """The frame of the words between two character offsets; None if they hold no predicate."""
    tokens = list(tree.between(start, end))
    root = _root(tree, tokens)
    if root is None:
        return None
    chain = _resolved(tree, root)
    head = chain[-1]
    predicate, complement = _predicate(tree, head)
    if head.pos not in _PREDICATES or not predicate:
        return None
    subject = _subject(tree, chain)
    objects = [
        _lemma(t)
        for t in tree.children(head)
        if t.rel in _OBJECTS and t.pos in _NOUNS and _lemma(t) not in RU_TIME_NOUNS
        if complement is None or t.id != complement.id
    ]
    if complement is not None:
        # «решение по трубопроводу»: the light verb's noun holds the objects.
        objects += [_lemma(t) for t in tree.children(complement) if t.rel == "nmod"]
    return Frame(
        predicate=predicate,
        negated=_negated(tree, chain, subject),
        subject=_lemma(subject) if subject is not None and subject.pos in _NOUNS else None,
        objects=tuple(dict.fromkeys(o for o in objects if o))[:MAX_OBJECTS],
    )


def _root(tree: Tree, tokens: list[Token]) -> Token | None:
    """The token heading the most of the words (a quote may hold several sentences)."""
    inside = {t.id for t in tokens}
    tops: Counter[str] = Counter()
    by_id = {t.id: t for t in tokens}
    for token in tokens:
        if token.pos == "PUNCT":
            continue
        top, seen = token, {token.id}
        while top.head_id in inside and top.head_id not in seen:
            seen.add(top.head_id)
            top = by_id[top.head_id]
        tops[top.id] += 1
    if not tops:
        return None
    most = max(tops.values())
    return next(t for t in tokens if tops.get(t.id) == most)


def _resolved(tree: Tree, root: Token) -> list[Token]:
    """The root and the complements it hands its meaning to, in order."""
    chain, seen = [root], {root.id}
    for _ in range(MAX_HOPS):
        here = chain[-1]
        lemma = _lemma(here)
        if lemma not in RU_HANDING_VERBS | RU_DENYING_VERBS | RU_COPULAS:
            break
        following = next((c for c in tree.children(here) if c.rel == "xcomp"), None)
        if following is None or following.id in seen:
            break
        seen.add(following.id)
        chain.append(following)
    return chain


def _predicate(tree: Tree, head: Token) -> tuple[str, Token | None]:
    """The predicate lemma, and the object noun a light verb took it from."""
    lemma = _lemma(head)
    # «примет решение», and a verb of phase or intent with a noun of action: «начать вывод».
    if lemma in RU_LIGHT_VERBS or lemma in RU_HANDING_VERBS:
        noun = next((c for c in tree.children(head) if c.rel == "obj"), None)
        if noun is not None and _lemma(noun) in RU_NOUN_VERBS:
            return RU_NOUN_VERBS[_lemma(noun)], noun
    if head.pos == "NOUN":
        return RU_NOUN_VERBS.get(lemma, lemma), None
    return lemma, None


def _subject(tree: Tree, chain: list[Token]) -> Token | None:
    for token in chain:
        found = next((c for c in tree.children(token) if c.rel in _SUBJECTS), None)
        if found is not None:
            return found
    return None


def _negated(tree: Tree, chain: list[Token], subject: Token | None) -> bool:
    """«не» on any verb of the chain, a denying verb («отказался вывести»), or «ни один» /
    «никакой» on the subject."""
    for token in chain:
        if _lemma(token) in RU_DENYING_VERBS:
            return True
        if any(_lemma(c) in RU_NEGATIONS for c in tree.children(token)):
            return True
    if subject is not None:
        return any(
            _lemma(c) in RU_NEGATIONS or _lemma(c).startswith("никак")
            for c in tree.subtree(subject)
            if c.id != subject.id
        )
    return False


def _lemma(token: Token) -> str:
    return str(token.lemma or token.text).lower()
