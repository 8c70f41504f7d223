"""Questions: a statement joins the question it answers, by embedding and shared topics."""

from __future__ import annotations

import numpy as np
import pytest

from watchdesk.analysis.questions import (
    JOIN_COSINE,
    NAME_CHARS,
    QuestionView,
    choose_question,
    question_name,
    with_context,
)
from watchdesk.records import Question


def unit(*values):
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def view(question_id, topics, centroid=None):
    return QuestionView(Question(question_id, f"q{question_id}", tuple(topics)), centroid)


WITHDRAWAL = ("c:troops", "e:norval", "a:withdraw")


@pytest.mark.parametrize(
    ("content", "before", "expected"),
    [
        ("This matter is under review", "Will the border reopen?", "Will the border reopen? This"),
        ("It will take weeks", "The bridge was damaged.", "The bridge was damaged. It"),
        ("Этот вопрос решается", "Граница закрыта.", "Граница закрыта. Этот"),
        ("The border will reopen", "Ministers met.", "The border will reopen"),
        ("This matter is under review", "", "This matter is under review"),
    ],
)
def test_a_statement_pointing_back_is_read_with_the_sentence_before(content, before, expected):
    assert with_context(content, before).startswith(expected)


def test_a_close_embedding_with_a_shared_concept_joins_the_question():
    centroid = unit(1, 0, 0) * 3  # the sum of three members' vectors
    candidates = [view(1, WITHDRAWAL, centroid), view(2, ("c:crossings",), unit(0, 1, 0))]

    assert choose_question(unit(1, 0.2, 0), WITHDRAWAL, candidates) == 1


def test_the_closest_of_several_questions_wins():
    candidates = [view(1, WITHDRAWAL, unit(1, 1, 0)), view(2, WITHDRAWAL, unit(1, 0.1, 0))]

    assert choose_question(unit(1, 0, 0), WITHDRAWAL, candidates) == 2


def test_a_distant_embedding_opens_a_new_question():
    far = unit(0, 0, 1)

    assert float(far @ unit(1, 0, 0)) < JOIN_COSINE
    assert choose_question(far, WITHDRAWAL, [view(1, WITHDRAWAL, unit(1, 0, 0))]) is None


def test_without_a_shared_concept_even_a_close_embedding_opens_a_new_question():
    names_only = ("e:norval", "a:withdraw")

    assert choose_question(unit(1, 0, 0), names_only, [view(1, names_only, unit(1, 0, 0))]) is None


def test_a_statement_without_embedding_joins_by_two_shared_topics_one_a_concept():
    candidates = [view(1, ("c:troops",)), view(2, WITHDRAWAL)]

    assert choose_question(None, WITHDRAWAL, candidates) == 2
    assert choose_question(None, ("c:troops", "e:karesi"), [view(1, ("c:troops",))]) is None


def test_a_new_question_is_named_by_its_first_words_shortened():
    long = "Karesian troops will leave Norvaland " * 5

    assert question_name("Will the  border\nreopen?") == "Will the border reopen?"
    assert len(question_name(long)) == NAME_CHARS
    assert question_name(long).endswith("…")
