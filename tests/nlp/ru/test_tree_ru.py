"""The tree index over a natasha parse stays finite when the parse is not a tree."""

from __future__ import annotations

from dataclasses import dataclass

from watchdesk.nlp.ru.stance import main_clause
from watchdesk.nlp.ru.tree import Tree
from watchdesk.records import Span


@dataclass
class _Token:
    id: str
    head_id: str
    start: int
    stop: int
    text: str
    rel: str = "nsubj"
    pos: str = "NOUN"


def _cyclic_tree() -> Tree:
    # Three words whose heads point round in a circle: 1 → 2 → 3 → 1.
    tokens = [
        _Token("1_1", "1_2", 0, 4, "раз"),
        _Token("1_2", "1_3", 5, 8, "два"),
        _Token("1_3", "1_1", 9, 12, "три"),
    ]
    tree = Tree(text="раз два три", tokens=tokens)
    for at, token in enumerate(tokens):
        tree.position[token.id] = at
        tree.sentence_of.append(0)
        tree.children_of.setdefault(token.head_id, []).append(token)
    tree.sentences.append((0, 3))
    return tree


def test_subtree_of_a_cyclic_parse_lists_each_token_once() -> None:
    tree = _cyclic_tree()
    assert [t.text for t in tree.subtree(tree.tokens[0])] == ["раз", "два", "три"]


def test_main_clause_of_a_self_headed_root_lists_it_once() -> None:
    tree = _cyclic_tree()
    root, child = tree.tokens[0], tree.tokens[1]
    # «возобновят» made its own head, with one word under it.
    root.head_id, child.head_id = root.id, root.id
    tree.children_of = {root.id: [root, child]}
    assert [t.text for t in main_clause(tree, Span(0, 8))] == ["раз", "два"]
