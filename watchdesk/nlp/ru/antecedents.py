"""Part of the Russian speaker stage: which earlier or nearby mention a subject stands for.

- A title names the person who holds it, not the one it belongs to: in «Адвокат бывшего мэра
  Олега Верховцева Марина Сольская заявила» the speaker is the nominative name, Сольская; a
  plural title with several names after it («Министры … Луиза Фальк и Марек Озолс заявили»)
  makes them joint speakers.
- «По их словам», «они» after «Рустам Беков и Ольга Травина встретились …» are the two of them.
- A bare institution noun is the institution the article named before: «в министерстве» is the
  «Министерство транспорта Вессарии» named earlier, «в сообщении компании» the «Авиакомпания
  SkyNord», and a generic «в ведомстве» the nearest institution named before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from watchdesk.nlp.ru.cues import lemma
from watchdesk.nlp.ru.lexicon import GENERIC_ORG_NOUNS, ORG_SPEAKERS
from watchdesk.nlp.ru.phrases import entity_in, noun_phrase
from watchdesk.nlp.ru.tree import Token, Tree
from watchdesk.records import Entity

_JOINERS = frozenset({"и", ","})
_STOPS = (",", "—", "(", "который", "которая", "которые")


def named_after_title(
    tree: Tree, entities: Sequence[Entity], head: Token, verb: Token | None
) -> list[Entity]:
    """The people named in a title's phrase, or between the title and its cue verb.

    The parse may hang the names anywhere in a long title, so the words up to the verb (when it
    follows) count too, as far as the first comma or relative clause.
    """
    phrase = noun_phrase(tree, head)
    end = phrase[-1].stop
    if verb is not None and verb.start > head.start and tree.sentence(verb) == tree.sentence(head):
        stretch = tree.text[head.stop : verb.start]
        cut = min((at for at in (stretch.find(s) for s in _STOPS) if at >= 0), default=-1)
        end = max(end, head.stop + cut if cut >= 0 else verb.start)
    return [
        e
        for e in entities
        if e.label == "PERSON" and head.stop <= e.span.start and e.span.end <= end
    ]


def holder(tree: Tree, head: Token, people: list[Entity]) -> Entity:
    """The person who holds the title: the last one in the title's own case.

    «Адвокат (Nom) … Олега Верховцева (Gen) Марина Сольская (Nom)»: the genitive names whose
    lawyer she is; with no agreeing name, the last one named.
    """
    case = head.feats.get("Case")
    agreeing = [p for p in people if _case(tree, p) == case]
    return (agreeing or people)[-1]


def _case(tree: Tree, entity: Entity) -> str | None:
    first = tree.token_at(entity.span.start)
    return None if first is None else first.feats.get("Case")


def joint_before(
    tree: Tree, entities: Sequence[Entity], before: int
) -> tuple[int, tuple[str, ...]] | None:
    """The last pair of people named together («Анна Рыбина и Тимур Галеев») before an offset."""
    people = [e for e in entities if e.label == "PERSON" and e.span.end <= before]
    for first, second in reversed(list(pairwise(people))):
        if tree.text[first.span.end : second.span.start].strip() in _JOINERS:
            names = tuple(dict.fromkeys((first.canonical, second.canonical)))
            if len(names) > 1:
                return first.span.start, names
    return None


def named_institution(tree: Tree, entities: Sequence[Entity], bare: Token) -> Token | None:
    """The earlier mention of the institution a bare noun («министерство», «ведомство») means.

    The same noun named before with more words («Министерство транспорта Вессарии»), or one
    ending in it («Авиакомпания SkyNord» for «компания»); for a generic noun, the nearest
    institution named before, by an institution noun or an organisation's name.
    """
    noun = lemma(bare)
    generic = noun in GENERIC_ORG_NOUNS
    for token in reversed(tree.tokens[: tree.index(bare)]):
        entity = entity_in(entities, token)
        own = lemma(token)
        if generic:
            fits = own in ORG_SPEAKERS - GENERIC_ORG_NOUNS or (
                entity is not None and entity.label == "ORG"
            )
        else:
            fits = own.endswith(noun) and token.pos in {"NOUN", "PROPN"}
        if fits and (len(noun_phrase(tree, token)) > 1 or entity is not None):
            return token
    return None
