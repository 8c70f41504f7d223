"""Stage 4 for Russian: who said what. natasha parse + entities → attributed statements with spans.

Four finders propose attributions, in this order of trust:

- direct quotes in «…», „…“ or "…" and speech opened by a dash (`quotes.py`);
- reported speech: a reporting verb with its clause, its denied object or its «о …» topic, and
  the clause before a trailing cue (`reported.py`);
- «по словам X», «по данным X», «как сообщает X»: kind according_to (`reported.py`).

A later finder never claims words an earlier one already attributed. Speakers then resolve in text
order (see `speakers.py`); polarity and modality come from the cue and the reported words
(`stance.py`). Every span slices back to its content: `text[span.start:span.end] == content`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from watchdesk.nlp.ru.cues import Attribution, lemma, overlaps
from watchdesk.nlp.ru.lexicon import (
    ACCORDING_TO_SENSES,
    EXPRESSED_NOUNS,
    REPORTING_VERBS,
    CueSense,
)
from watchdesk.nlp.ru.quotes import dash_speech, direct_quotes, find_quotes
from watchdesk.nlp.ru.reported import according_to, reported_speech
from watchdesk.nlp.ru.speakers import SpeakerBook
from watchdesk.nlp.ru.stance import modality, polarity
from watchdesk.nlp.ru.tree import Tree
from watchdesk.records import Entity, Statement


def find_statements_ru(doc: Any, entities: Sequence[Entity]) -> list[Statement]:
    """Return every attributed statement in the Russian article, in text order."""
    tree = Tree.of(doc)
    quotes = find_quotes(tree.text)
    found: list[Attribution] = []
    for finder in (direct_quotes, dash_speech, reported_speech, according_to):
        for attribution in finder(tree, quotes):
            if not any(overlaps(attribution.content, other.content) for other in found):
                found.append(attribution)
    book = SpeakerBook.for_article(tree, entities)
    statements: list[Statement] = []
    for attribution in sorted(found, key=lambda a: a.content.start):
        speaker = book.resolve(attribution.subject, attribution.verb)
        if speaker is None:
            continue  # a statement without a speaker is not invented
        sense = _sense(tree, attribution)
        statements.append(
            Statement(
                speaker=speaker.name,
                speaker_mention=speaker.mention,
                cue=attribution.cue.slice(tree.text),
                kind=attribution.kind,
                content=attribution.content.slice(tree.text),
                span=attribution.content,
                speakers=speaker.names or (speaker.name,),
                speaker_role=speaker.role,
                speaker_org=speaker.org,
                speaker_kind=speaker.kind,
                polarity=polarity(tree, attribution.content, sense),
                modality=modality(
                    tree, attribution.content, sense, attribution.cue_lemma, speaker.kind
                ),
                cue_span=attribution.cue,
            )
        )
    return statements


def _sense(tree: Tree, attribution: Attribution) -> CueSense:
    """What the cue says about its words; «выразил опасение» takes the noun's sense."""
    sense = REPORTING_VERBS.get(attribution.cue_lemma) or ACCORDING_TO_SENSES.get(
        attribution.cue_lemma, CueSense()
    )
    if attribution.verb is not None:
        for child in tree.children(attribution.verb):
            if child.rel == "obj" and lemma(child) in EXPRESSED_NOUNS:
                return EXPRESSED_NOUNS[lemma(child)]
    return sense
