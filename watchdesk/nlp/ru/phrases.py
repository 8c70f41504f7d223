"""Part of the Russian speaker stage: noun phrases and the entities inside them.

`speakers.py` and `antecedents.py` both read a subject as the noun phrase it heads and look up
the named entity a token belongs to; these helpers are shared by both.
"""

from __future__ import annotations

from collections.abc import Sequence

from watchdesk.nlp.ru.tree import Token, Tree
from watchdesk.records import Entity

CLAUSE_RELS = frozenset({"acl", "acl:relcl", "conj", "cc", "parataxis", "punct", "case"})
SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})


def noun_phrase(tree: Tree, token: Token, gaps: str = '«»„“" ') -> list[Token]:
    """The noun phrase a subject heads, without joined partners, clauses or punctuation.

    Words stay in while only `gaps` characters separate them: quotation marks around a name
    («Компания «Северсталь»») do not break a phrase.
    """
    tokens = [token]
    for child in tree.children(token):
        if child.rel not in CLAUSE_RELS and child.id != token.id:
            tokens.extend(t for t in tree.subtree(child) if t.rel not in {"punct", "acl:relcl"})
    tokens.sort(key=lambda t: t.start)
    # Keep the run of adjacent tokens around the head: a stray dependent is a parse slip.
    at = tokens.index(token)
    first = last = at
    text = tree.text
    while first > 0 and not text[tokens[first - 1].stop : tokens[first].start].strip(gaps):
        first -= 1
    while last + 1 < len(tokens) and not text[tokens[last].stop : tokens[last + 1].start].strip(
        gaps
    ):
        last += 1
    return tokens[first : last + 1]


def phrase_text(tree: Tree, token: Token) -> str:
    """The phrase as written; «Консорциум «Гидровия»: the lone closing mark is added."""
    phrase = noun_phrase(tree, token)
    text = tree.text[phrase[0].start : phrase[-1].stop]
    return text + "»" if text.count("«") > text.count("»") else text


def entity_in(entities: Sequence[Entity], token: Token) -> Entity | None:
    """The entity whose span holds the token's first character, if any."""
    for entity in entities:
        if entity.span.start <= token.start < entity.span.end:
            return entity
    return None


def is_whole(entity: Entity, token: Token) -> bool:
    return bool(entity.span.start <= token.start and token.stop <= entity.span.end)


def quoted(name: str) -> str:
    """The name inside quotation marks: «Концерн «Северный двор» → «Северный двор»."""
    if "«" not in name:
        return name
    inner = name.split("«", 1)[1].split("»", 1)[0].strip()
    return inner or name


def capital(name: str) -> str:
    return name[:1].upper() + name[1:]
