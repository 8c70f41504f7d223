"""A light index over a natasha parse: tokens by id, children, sentences and character lookups.

natasha keeps a token's head as an id string ("3_7") and no child lists; the statement and speaker
rules walk the tree both ways, so the index is built once per article, in one pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

Token = Any  # natasha.doc.DocToken: text, lemma, pos, feats, rel, head_id, id, start, stop


@dataclass(slots=True)
class Tree:
    """The article's tokens in order, with child lists and each token's sentence."""

    text: str
    tokens: list[Token]
    position: dict[str, int] = field(default_factory=dict)
    children_of: dict[str, list[Token]] = field(default_factory=dict)
    sentence_of: list[int] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # token index ranges

    @classmethod
    def of(cls, doc: Any) -> Tree:
        tree = cls(text=str(doc.text), tokens=[])
        for number, sentence in enumerate(doc.sents):
            first = len(tree.tokens)
            for token in sentence.tokens:
                tree.position[token.id] = len(tree.tokens)
                tree.tokens.append(token)
                tree.sentence_of.append(number)
            tree.sentences.append((first, len(tree.tokens)))
        for token in tree.tokens:
            tree.children_of.setdefault(token.head_id, []).append(token)
        return tree

    def index(self, token: Token) -> int:
        return self.position[token.id]

    def children(self, token: Token) -> list[Token]:
        return self.children_of.get(token.id, [])

    def head(self, token: Token) -> Token | None:
        at = self.position.get(token.head_id)
        return None if at is None else self.tokens[at]

    def subtree(self, token: Token) -> list[Token]:
        """The token and everything under it, in text order."""
        # natasha's parse can hold cycles (a head pointing back into its own subtree): the
        # visited set keeps the walk finite, where a plain stack once grew without bound.
        found: list[Token] = []
        seen: set[int] = set()
        stack = [token]
        while stack:
            current = stack.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            found.append(current)
            stack.extend(self.children(current))
        return sorted(found, key=lambda t: t.start)

    def sentence(self, token: Token) -> list[Token]:
        first, last = self.sentences[self.sentence_of[self.index(token)]]
        return self.tokens[first:last]

    def token_at(self, offset: int) -> Token | None:
        """The first token starting at or after a character offset (a binary search)."""
        low, high = 0, len(self.tokens)
        while low < high:
            middle = (low + high) // 2
            if self.tokens[middle].start < offset:
                low = middle + 1
            else:
                high = middle
        return self.tokens[low] if low < len(self.tokens) else None

    def between(self, start: int, end: int) -> Iterator[Token]:
        """The tokens lying wholly inside the characters `[start, end)`."""
        first = self.token_at(start)
        if first is None:
            return
        for token in self.tokens[self.index(first) :]:
            if token.stop > end:
                return
            yield token
