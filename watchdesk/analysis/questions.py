"""Analysis: questions. A statement's proposition + the questions near it → the question it answers.

A question is a matter: a proposition (something, an action, towards something) that its first
statement stated, kept as the question's topic keys. A statement joins it when it says the same
action of the same thing (`same_matter`); or, between English statements, when its embedding is
very close to the question's centroid and its subject is among the question's things (a
paraphrase with a verb no word list knows); or, saying no action, when it speaks of a fair share
of the question's things. A predicate the parse gave and no word list knows ("decide") is one
more action, said of a shared thing (`same_predicate`). Russian statements have no embedding;
they meet English ones through the proposition, whose things both languages' words map to. The
static embedding alone cannot tell one matter of a situation from another (unrelated statements
on one situation score 0.55–0.8), so it never joins a statement without a thing in common.
A statement that names only a figure joins the question whose members counted that figure
("7,800 was suspiciously convenient"). One that says no action any list knows ("the delay was
predictable") and fits no question goes on with the matter of the text just before it
(`continues`; the choice of that matter is the linking step's).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from watchdesk.analysis.propositions import (
    COUNT,
    Proposition,
    from_topics,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from numpy.typing import NDArray

    from watchdesk.records import Question

PROPOSITION_COSINE = 0.35  # same action of the same thing, and not about something else entirely
JOIN_COSINE = 0.72  # news of one situation scores 0.55–0.8 however unrelated the matters
TOPIC_COSINE = 0.55  # said of the same subject: close enough to be about it
TOPIC_THINGS = 2  # things in common that make a statement with no action about a question
TOPIC_SHARE = 0.25  # … and the share of all the things either side names that they must be
ACTION_BONUS = 0.2  # a shared action with a shared thing outweighs any cosine difference
THING_BONUS = 0.05  # per shared thing or name: they tip a close call
SIZE_BONUS = 0.02  # per doubling of a question's members
_ANAPHORA = re.compile(
    r"^\s*(?:it|this|that|they)\b|\b(?:this|that|the) (?:matter|issue|question|decision)\b|"
    r"^\s*(?:это|этот|эта|они)\b|\bэтот вопрос\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class QuestionView:
    """A candidate question with the sum of its members' embeddings (None: none English)."""

    question: Question
    centroid: NDArray[np.float32] | None
    members: Proposition = field(default_factory=Proposition)  # what all its members say


def with_context(content: str, previous_sentence: str) -> str:
    """Return the words to group by: the statement, preceded by the sentence before it if needed."""
    if previous_sentence and _ANAPHORA.search(content):
        return f"{previous_sentence} {content}"
    return content


def same_matter(a: Proposition, b: Proposition) -> bool:
    """Say whether two propositions say an action of the same thing.

    Both must share an action. Where both name who or what does it, those must meet: "tanks
    crossed the border" and "soldiers crossed the border" are two matters, and so are 37 tanks
    and 7,800 soldiers counted. Otherwise they share a thing, unless one names the action alone
    ("a decision on the withdrawal").
    """
    if not a.actions & b.actions:
        return False
    if a.subjects and b.subjects:
        return bool(a.subjects & b.subjects)
    return not (a.things and b.things) or bool(a.things & b.things)


def same_predicate(a: Proposition, b: Proposition) -> bool:
    """Say whether two propositions carry one predicate from the parse, said of the same thing.

    The path for verbs no word list knows ("the board will decide on dredging", "the board has
    yet to decide"): the lemma alone is too common to join on, so a thing must be shared, and
    where both name who or what does it, those must meet, as for actions.
    """
    if not a.predicates & b.predicates:
        return False
    if a.subjects and b.subjects:
        return bool(a.subjects & b.subjects)
    return bool(a.things & b.things)


def choose_question(
    proposition: Proposition,
    vector: NDArray[np.float32] | None,
    candidates: Sequence[QuestionView],
) -> int | None:
    """Return the id of the question the statement belongs to, or None for a new one."""
    best: tuple[float, int] | None = None
    for view in candidates:
        score = _score(proposition, vector, view)
        if score is not None and (best is None or score > best[0]):
            best = (score, view.question.id)
    return best[1] if best is not None else None


def continues(proposition: Proposition) -> bool:
    """Say whether a statement no question fits goes on with the matter of the statement just
    before it rather than opening its own: it says no action a word list knows ("the delay was
    predictable", «решим отдельно»), so it names no matter another statement could join. One
    that says an action opens its own question, however few its words ("Silver Tide will end on
    the 15th"): a later statement of that action finds it there."""
    return not proposition.actions


def _score(
    mine: Proposition, vector: NDArray[np.float32] | None, view: QuestionView
) -> float | None:
    theirs = from_topics(view.question.topics)
    shared = len(mine.things & theirs.things) + len(mine.names & theirs.names)
    # Among questions that fit, a larger one is likelier the desk's matter than a stray one.
    prior = SIZE_BONUS * math.log2(1 + view.question.size) + THING_BONUS * shared
    if mine.head & theirs.subjects:
        prior += THING_BONUS  # what it speaks of first is what the question is about
    cosine = _cosine(vector, view.centroid)
    if _same_figure(mine, view.members):
        return 0.5 + ACTION_BONUS + prior
    matter = same_matter(mine, theirs) or same_predicate(mine, theirs)
    if cosine is None:
        # Without an embedding on one side (a Russian statement), the proposition decides; a
        # statement with no action joins a question that names two of its things.
        if matter:
            return 0.5 + ACTION_BONUS + prior
        if not mine.actions and _about(mine, theirs):
            return 0.5 + prior
        return None
    if matter and cosine >= PROPOSITION_COSINE:
        return cosine + ACTION_BONUS + prior
    if mine.actions and theirs.actions and not mine.actions & theirs.actions:
        return None  # each says something happens, and not the same thing
    if cosine >= JOIN_COSINE and mine.things & theirs.things:
        return cosine + prior
    if not mine.actions and cosine >= TOPIC_COSINE and _about(mine, theirs):
        # Said of the question's own subject, without an action a word list knows ("the tanks
        # were visible from the road"): the matter is that thing.
        return cosine + prior - ACTION_BONUS
    return None


def _same_figure(mine: Proposition, members: Proposition) -> bool:
    """Say whether a statement that does nothing but name a figure ("7,800 was suspiciously
    convenient", "their number at 7,800"), counting nothing of its own, names one the question's
    members counted: it speaks of that count."""
    if mine.actions or not mine.numbers & members.numbers:
        return False
    return COUNT in members.actions


def _main(proposition: Proposition) -> frozenset[str]:
    """What the proposition is about: its subject, or what its action is done to."""
    return proposition.subjects or proposition.objects


def _about(mine: Proposition, theirs: Proposition) -> bool:
    """Say whether a statement with no action speaks of the question's things: its subject or
    two of them, and a fair share of all either names (a question whose first statement named a
    dozen things must not draw every statement that names one of them)."""
    shared = mine.things & theirs.things
    if not (_main(mine) & _main(theirs) or len(shared) >= TOPIC_THINGS):
        return False
    return len(shared) >= TOPIC_SHARE * len(mine.things | theirs.things)


def _cosine(
    vector: NDArray[np.float32] | None, centroid: NDArray[np.float32] | None
) -> float | None:
    if vector is None or centroid is None:
        return None
    norm = float(np.linalg.norm(centroid))
    return float(vector @ centroid) / norm if norm > 0 else None
