"""Part of the Russian statement stage: how a statement is put — polarity and modality.

Both are read from the cue and from the main clause of the reported words: the first clause's
predicate with its own dependents, without the clauses joined to it. «Три варианта рассматриваются,
но ни один не просчитан» affirms; a «не» in a subordinate or second clause does not flip it. A
several-sentence quote takes its first sentence.

The future splits in two, following the corpus conventions: `planned` when the speaker announces
their own side's action — no subject of its own («не будут соблюдать квоту»), the first person
(«будем пересматривать»), the passive of a decision («будут арестованы», «будет принято»), an
institution announcing («Министерство сообщило, что … откроется»), an announcing cue
(«объявила»); `expected` for a forecast of what others or events will do.
"""

from __future__ import annotations

import re

from watchdesk.nlp.ru.cues import SUBJECT_RELS, lemma
from watchdesk.nlp.ru.lexicon import (
    ANNOUNCING_CUES,
    BOUND_WORDS,
    EXPECTATION_WORDS,
    EXPECTED_WORDS,
    INSTITUTION_SUBJECTS,
    NEGATION_WORDS,
    PLANNED_WORDS,
    UNCERTAIN_WORDS,
    UNDECIDED_LEMMAS,
    UNDECIDED_PHRASES,
    CueSense,
)
from watchdesk.nlp.ru.tree import Token, Tree
from watchdesk.records import Modality, Polarity, Span, SpeakerKind

_WORD = re.compile(r"[\w-]+")
# Relations that attach a clause of its own, outside the main clause's scope.
_OTHER_CLAUSE = frozenset(
    {"conj", "parataxis", "ccomp", "advcl", "acl", "acl:relcl", "csubj", "csubj:pass"}
)
_FIRST_PERSON = frozenset({"я", "мы"})
_BOUNDS = [[word] for word in BOUND_WORDS]
# «загрязнил», «начали»: a past form, whatever tense the tagger guessed for an unfamiliar verb.
_PAST_FORM = re.compile(r"(?:л|ла|ло|ли|лся|лась|лось|лись)$")
_VERBS = frozenset({"VERB", "AUX"})


def polarity(tree: Tree, content: Span, sense: CueSense) -> Polarity:
    """A denying cue or a negated main clause makes a denial; «пока не решено» does not."""
    if sense.polarity is not None:
        return sense.polarity
    if sense.modality == "question" or content.slice(tree.text).rstrip().endswith("?"):
        return "affirm"  # «почему он не сообщил …?» asks; it denies nothing
    main = main_clause(tree, content)
    if _undecided(tree, content, main):
        return "affirm"
    words = [t.text.lower() for t in main] or _WORD.findall(content.slice(tree.text).lower())
    # «не меньше трёх недель», «не раньше июля»: the «не» bounds a figure.
    negations = [
        at
        for at, word in enumerate(words)
        if word in NEGATION_WORDS and not (word == "не" and words[at + 1 : at + 2] in _BOUNDS)
    ]
    return "deny" if negations else "affirm"


def modality(
    tree: Tree, content: Span, sense: CueSense, cue_lemma: str, speaker_kind: SpeakerKind
) -> Modality:
    """Question, then uncertainty, then the cue's modality, then plans, then the future."""
    text = content.slice(tree.text)
    main = main_clause(tree, content)
    words = {t.text.lower() for t in main} or set(_WORD.findall(text.lower()))
    if text.rstrip().endswith("?") or sense.modality == "question":
        return "question"
    if words & UNCERTAIN_WORDS or _undecided(tree, content, main):
        return "uncertain"
    if sense.modality is not None:
        return sense.modality
    if words & PLANNED_WORDS:
        return "planned"
    if not (words & EXPECTED_WORDS or any(_future(t) for t in main)):
        return "asserted"
    if words & EXPECTATION_WORDS:
        return "expected"  # «открытия не ожидается»: a forecast, whoever makes it
    if speaker_kind == "organisation" or cue_lemma in ANNOUNCING_CUES or _own_action(tree, main):
        return "planned"
    return "expected"


def main_clause(tree: Tree, content: Span) -> list[Token]:
    """The tokens of the content's first clause: its first predicate and what hangs on it."""
    tokens = list(tree.between(content.start, content.end))
    ids = {t.id for t in tokens}
    # A token the parser made its own head («возобновят» → itself) is a root too.
    roots = [t for t in tokens if (t.head_id not in ids or t.head_id == t.id) and t.pos != "PUNCT"]
    if not roots:
        return []
    root = roots[0]
    # «Нет. Пока я здесь — нет»: a quote of several sentences is read by its first.
    found: list[Token] = []
    seen: set[str] = set()  # the parse can hold cycles; see Tree.subtree
    stack = [root]
    while stack:
        current = stack.pop()
        if current.id in seen:
            continue
        seen.add(current.id)
        found.append(current)
        stack.extend(
            c for c in tree.children(current) if c.id in ids and c.rel not in _OTHER_CLAUSE
        )
    return sorted(found, key=lambda t: t.start)


def _undecided(tree: Tree, content: Span, main: list[Token]) -> bool:
    """«пока не решило», «не знает, будет ли», «дата не назначена»: open, not denied."""
    lower = content.slice(tree.text).lower()
    if any(phrase in lower for phrase in UNDECIDED_PHRASES):
        return True
    for token in main:
        if lemma(token) in UNDECIDED_LEMMAS and any(
            c.text.lower() == "не" for c in tree.children(token)
        ):
            return True
    return False


def _future(token: Token) -> bool:
    """A future verb; a perfective «present» is the future too («откроет», «уйдёт»)."""
    if token.pos not in _VERBS or token.feats.get("VerbForm") != "Fin":
        return False
    if _PAST_FORM.search(token.text.lower()):
        return False
    tense = token.feats.get("Tense")
    return bool(tense == "Fut" or (tense == "Pres" and token.feats.get("Aspect") == "Perf"))


def _own_action(tree: Tree, main: list[Token]) -> bool:
    """Whether the main clause announces something the speaker's side will do."""
    if not main:
        return False
    inside = {m.id for m in main}
    predicate = next((t for t in main if t.head_id not in inside or t.head_id == t.id), main[0])
    children = tree.children(predicate)
    subjects = [c for c in children if c.rel in SUBJECT_RELS]
    # «мы откроем», «будем пересматривать»: the person may sit on the auxiliary.
    verbs = [predicate, *(c for c in children if c.rel in {"aux", "aux:pass"})]
    if any(t.text.lower() in _FIRST_PERSON for t in subjects) or any(
        v.feats.get("Person") == "1" for v in verbs
    ):
        return True
    # «Город не будет перекладывать расходы»: the speaker's own institution acts.
    if any(t.rel in SUBJECT_RELS and lemma(t) in INSTITUTION_SUBJECTS for t in main):
        return True
    # «суда будут арестованы», «квота пересматриваться не будет»: someone's decision.
    if predicate.feats.get("Voice") == "Pass" and predicate.pos in _VERBS:
        return True
    if subjects or predicate.pos not in _VERBS:
        return False
    # No subject of its own: the speaker is the doer («потребуют компенсации», «будет судить»).
    analytic = predicate.feats.get("VerbForm") == "Inf" and any(c.rel == "aux" for c in children)
    return analytic or any(c.rel in {"obj", "xcomp"} for c in children)
