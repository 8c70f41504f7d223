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
from watchdesk.nlp.ru.phrases import noun_phrase
from watchdesk.nlp.ru.quotes import dash_speech, direct_quotes, find_quotes
from watchdesk.nlp.ru.reported import according_to, reported_speech
from watchdesk.nlp.ru.speakers import SpeakerBook
from watchdesk.nlp.ru.stance import modality, polarity
from watchdesk.nlp.ru.tree import Token, Tree
from watchdesk.records import Entity, Span, Statement


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
                speaker_span=_speaker_span(tree, speaker.mention, attribution.subject),
            )
        )
    return statements


def _speaker_span(tree: Tree, mention: str, subject: Token) -> Span | None:
    """The words that name the speaker where they speak: the mention with the rest of its phrase.

    «министр труда Максим Топилин заявил»: the mention is the name, the span takes the title too.
    """
    found = _mention_span(tree.text, mention, subject)
    phrase = noun_phrase(tree, subject)
    start, end = phrase[0].start, phrase[-1].stop
    if found is None or found.end < start or end < found.start:
        return found  # the mention stands elsewhere: the phrase is not about it
    return Span(min(found.start, start), max(found.end, end))


def _mention_span(text: str, mention: str, subject: Token) -> Span | None:
    """Where the speaker's mention stands: the occurrence holding the subject, else the nearest.

    The speaker book hands back the mention as words («министр обороны», «она»), not offsets; the
    subject token fixes which of its occurrences in the article is meant.
    """
    best: Span | None = None
    start = text.find(mention) if mention else -1
    while start >= 0:
        found = Span(start, start + len(mention))
        if found.start <= subject.start < found.end:
            return found
        if best is None or abs(found.start - subject.start) < abs(best.start - subject.start):
            best = found
        start = text.find(mention, start + 1)
    return best


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
