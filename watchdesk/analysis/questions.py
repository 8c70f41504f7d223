"""Analysis: questions. A statement + the questions sharing its topics → the question it answers.

English statements are compared by sentence embedding with each question's centroid; a statement
in another language (no embedding) joins a question by its topics alone: two shared topics, one
of them a concept ("troops", "crossings"). A statement that says "this matter" or starts with
"it" is read together with the sentence before it, which names what it is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Sequence

    from numpy.typing import NDArray

    from watchdesk.records import Question

JOIN_COSINE = 0.55  # paraphrases of one claim score 0.45–0.8, unrelated news 0.1–0.2
TOPIC_BONUS = 0.05  # per shared topic: entities and concepts tip a close call
NAME_CHARS = 80
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


def with_context(content: str, previous_sentence: str) -> str:
    """Return the words to group by: the statement, preceded by the sentence before it if needed."""
    if previous_sentence and _ANAPHORA.search(content):
        return f"{previous_sentence} {content}"
    return content


def choose_question(
    vector: NDArray[np.float32] | None,
    topics: Sequence[str],
    candidates: Sequence[QuestionView],
) -> int | None:
    """Return the id of the question the statement belongs to, or None for a new one."""
    best: tuple[float, int] | None = None
    mine = set(topics)
    for view in candidates:
        shared = mine & set(view.question.topics)
        score = _score(vector, view.centroid, shared)
        if score is not None and (best is None or score > best[0]):
            best = (score, view.question.id)
    return best[1] if best is not None else None


def _score(
    vector: NDArray[np.float32] | None, centroid: NDArray[np.float32] | None, shared: set[str]
) -> float | None:
    concepts = {t for t in shared if t.startswith("c:")}
    if vector is not None and centroid is not None and float(np.linalg.norm(centroid)) > 0:
        cosine = float(vector @ centroid) / float(np.linalg.norm(centroid))
        score = cosine + TOPIC_BONUS * len(shared)
        return score if score >= JOIN_COSINE and concepts else None
    # Without an embedding on one side, topics decide alone.
    return float(len(shared)) if len(shared) >= 2 and concepts else None


def question_name(content: str) -> str:
    """A first name for a new question: the words that opened it, shortened."""
    name = " ".join(content.split())
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1] + "…"
