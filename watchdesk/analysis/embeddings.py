"""Sentence embeddings for grouping English statements, with numpy alone (no torch at run time).

The model in `data/` is a model2vec static model distilled from all-MiniLM-L6-v2 by
`scripts/distil_embeddings.py`: one 128-d vector per WordPiece token, averaged over a sentence
and normalised. Tokenisation is BERT's uncased WordPiece, written out here so that no tokenizer
package is needed. `Embedder` is the one stateful object of the analysis stages: loaded once by
the pipeline and passed in, like the parser.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Sequence

    from numpy.typing import NDArray

MAX_WORD_CHARS = 100  # BERT's limit: longer "words" are unknown


class Embedder:
    """A static sentence model: token vectors averaged, then normalised."""

    def __init__(self, vectors: NDArray[np.float32], vocab: Sequence[str]) -> None:
        self.vectors = vectors
        self.index = {token: i for i, token in enumerate(vocab)}
        self.dims = int(vectors.shape[1])

    @classmethod
    def load(cls) -> Embedder:
        """Load the model shipped in the package."""
        data = resources.files("watchdesk.analysis") / "data"
        with (data / "minilm_static.npy").open("rb") as handle:
            vectors = np.load(handle).astype(np.float32)
        vocab = (data / "minilm_static_vocab.txt").read_text(encoding="utf-8").splitlines()
        return cls(vectors, vocab)

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Return one unit vector per text; a text with no known token gets a zero vector."""
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for row, text in enumerate(texts):
            ids = self._ids(text)
            if ids:
                mean = self.vectors[ids].mean(axis=0)
                norm = float(np.linalg.norm(mean))
                out[row] = mean / norm if norm else mean
        return out

    def _ids(self, text: str) -> list[int]:
        ids: list[int] = []
        for word in _basic_tokens(text):
            ids.extend(self._wordpiece(word))
        return ids

    def _wordpiece(self, word: str) -> list[int]:
        if len(word) > MAX_WORD_CHARS:
            return []
        return list(_pieces(word, self.index))


def _pieces(word: str, index: dict[str, int]) -> tuple[int, ...]:
    # Greedy longest match first, as BERT's WordPiece does; an unmatched word contributes nothing.
    found: list[int] = []
    start = 0
    while start < len(word):
        end = len(word)
        piece_id = None
        while start < end:
            piece = word[start:end] if start == 0 else "##" + word[start:end]
            if piece in index:
                piece_id = index[piece]
                break
            end -= 1
        if piece_id is None:
            return ()
        found.append(piece_id)
        start = end
    return tuple(found)


@lru_cache(maxsize=4096)
def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _basic_tokens(text: str) -> list[str]:
    """BERT's basic tokenisation: lower-case, no accents, punctuation split off."""
    tokens: list[str] = []
    for chunk in _strip_accents(text.lower()).split():
        current = ""
        for char in chunk:
            if _is_punctuation(char):
                if current:
                    tokens.append(current)
                tokens.append(char)
                current = ""
            else:
                current += char
        if current:
            tokens.append(current)
    return tokens


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")
