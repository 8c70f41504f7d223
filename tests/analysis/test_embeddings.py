"""Sentence embeddings: the shipped static model, WordPiece written out, unit vectors."""

from __future__ import annotations

import numpy as np
import pytest

from watchdesk.analysis.embeddings import Embedder


@pytest.fixture(scope="module")
def embedder():
    return Embedder.load()


def toy():
    vocab = ["[UNK]", "troops", "leave", "##s", "bridge", "."]
    vectors = np.eye(len(vocab), dtype=np.float32)
    return Embedder(vectors, vocab)


def test_each_text_is_one_unit_vector(embedder):
    vectors = embedder.encode(["Troops will leave", "The bridge reopened"])

    assert vectors.shape == (2, embedder.dims)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_paraphrases_are_closer_than_unrelated_news(embedder):
    a, b, c = embedder.encode(
        [
            "Karesian troops will leave Norvaland by February 15",
            "Karesia's soldiers are to withdraw from Norvaland by mid-February",
            "The central bank raised interest rates on Tuesday",
        ]
    )

    assert float(a @ b) > float(a @ c) + 0.1


def test_a_text_with_no_known_token_is_a_zero_vector():
    assert not toy().encode(["zzz qqq"]).any()


def test_words_are_lower_cased_split_from_punctuation_and_cut_into_pieces():
    model = toy()

    [vector] = model.encode(["Leaves."])  # "leave" + "##s" + "."

    assert np.allclose(vector, np.array([0, 0, 1, 1, 0, 1]) / np.sqrt(3))


def test_accents_are_stripped_before_lookup():
    model = toy()

    assert np.allclose(model.encode(["brídge"]), model.encode(["bridge"]))


def test_a_word_that_cannot_be_cut_into_known_pieces_contributes_nothing():
    model = toy()

    assert np.allclose(model.encode(["troops xyz"]), model.encode(["troops"]))
