"""Stage 2 for Russian: one natasha parse per article, with the models loaded once.

natasha ships its models inside the package (navec embeddings, slovnet taggers), so nothing is ever
downloaded. Loading takes about a second, so `_models()` is cached and runs on first use only.
Every token is lemmatised and every named span normalised to the nominative here, once, so that
the stages read `token.lemma` and `span.normal` without holding the morphology dictionary.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from natasha import (
    Doc,
    MorphVocab,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    NewsSyntaxParser,
    Segmenter,
)
from natasha.doc import DocSent
from natasha.norm import syntax_normalize

MAX_SENTENCE_TOKENS = 250  # longer runs are lists or tables, never one sentence of news


@dataclass(frozen=True, slots=True)
class _Models:
    segmenter: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any
    morph_vocab: Any


@cache
def _models() -> _Models:
    embedding = NewsEmbedding()
    return _Models(
        segmenter=Segmenter(),
        morph_tagger=NewsMorphTagger(embedding),
        syntax_parser=NewsSyntaxParser(embedding),
        ner_tagger=NewsNERTagger(embedding),
        # Never pymorphy2.MorphAnalyzer() directly: it calls inspect.getargspec, gone in 3.11.
        morph_vocab=MorphVocab(),
    )


def models_loaded() -> bool:
    """Whether the models are in memory already (loading them takes a few seconds)."""
    return _models.cache_info().currsize > 0


def models() -> None:
    """Load the models now rather than on the first parse."""
    _models()


def parse_ru(text: str) -> Doc:
    """Segment, tag, parse and NER-tag a Russian text; tokens lemmatised, spans normalised."""
    models = _models()
    doc = Doc(text)
    doc.segment(models.segmenter)
    _split_long_sentences(doc)
    doc.tag_morph(models.morph_tagger)
    doc.parse_syntax(models.syntax_parser)
    doc.tag_ner(models.ner_tagger)
    for token in doc.tokens:
        if _has_nameless_letter(token.text):
            token.lemma = token.text.lower()
        else:
            token.lemmatize(models.morph_vocab)
    for span in doc.spans:
        if _has_nameless_letter(span.text):
            span.normal = span.text
        else:
            span.normalize(models.morph_vocab)
    return doc


def _has_nameless_letter(text: str) -> bool:
    """A letter this Python's Unicode tables give no name (e.g. Tangut before 3.12): pymorphy2
    tells Latin words by the letters' names and raises ValueError on such a one, so the word is
    left as it is, as the dictionary would leave any word it does not know."""
    return any(char.isalpha() and not unicodedata.name(char, "") for char in text)


def _split_long_sentences(doc: Doc) -> None:
    """Cut every 'sentence' longer than `MAX_SENTENCE_TOKENS` into pieces of that length.

    The syntax parser scores every pair of a sentence's tokens, so its time and memory grow with
    the square of the length: a list, a table or a text with no sentence ends read as one
    sentence of thousands of tokens took minutes and gigabytes. Real sentences are far shorter.
    """
    sents = []
    for sent in doc.sents:
        tokens = sent.tokens
        if len(tokens) <= MAX_SENTENCE_TOKENS:
            sents.append(sent)
            continue
        for first in range(0, len(tokens), MAX_SENTENCE_TOKENS):
            piece = tokens[first : first + MAX_SENTENCE_TOKENS]
            start, stop = piece[0].start, piece[-1].stop
            sents.append(DocSent(start, stop, doc.text[start:stop], tokens=piece))
    doc.sents = sents


def nominative(tokens: list[Any]) -> str:
    """The phrase the tokens form, put in the nominative: «министра обороны» → «министр обороны».

    The syntax-aware variant inflects the head and the words that agree with it and leaves
    dependents in their own case, which is what a role or an institution's name needs.
    """
    if not tokens:
        return ""
    if any(_has_nameless_letter(token.text) for token in tokens):
        return " ".join(token.text for token in tokens)
    return str(syntax_normalize(_models().morph_vocab, tokens))
