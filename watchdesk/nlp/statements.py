"""Stage 4: who said what. Parsed article + its entities → attributed statements with spans.

Three finders propose attributions (direct quotes, reported speech, "according to X"); the
speakers are then resolved in text order, so that a pronoun or surname meets the people named
before it; last, each statement gets a polarity and a modality from its cue and its words.

Split quotes ('"We are ready," she said, "but not yet."') make one statement: its span runs from
the first quoted word to the last, and its content is that slice of the text, cue included, so
that `span.slice(text) == content` holds for every statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from watchdesk.nlp.lexicon_en import (
    ACCORDING_TO_HEADS,
    AUDIENCE_NOUNS,
    MODAL_VERBS,
    MODALITY_PHRASES,
    NEGATION_WORDS,
    REPORTING_VERBS,
    UNDECIDED_PHRASES,
    XCOMP_CUES,
    CueSense,
)
from watchdesk.nlp.quotes import find_quotes
from watchdesk.nlp.speakers import SpeakerBook
from watchdesk.records import Entity, Modality, Polarity, Span, Statement, StatementKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CONTENT_EDGE = frozenset({"that", ",", ":", '"', "\u201c", "\u201d", "-", "\u2014"})
_QUOTE_MARKS = frozenset({'"', "\u201d"})
_NEGATED_ARGUMENTS = frozenset({"nothing", "nobody", "none", "no-one"})


@dataclass(frozen=True, slots=True)
class _Attribution:
    """A proposed statement before its speaker is resolved."""

    kind: StatementKind
    cue: tuple[Token, ...]
    subject: Token
    content: Span


def find_statements(doc: Doc, entities: Sequence[Entity]) -> list[Statement]:
    """Return every attributed statement in the article, in text order."""
    quotes = find_quotes(doc.text)
    direct = _direct_quotes(doc, quotes)
    used_cues = {attribution.cue[0].i for attribution in direct}
    found = [
        *direct,
        *_reported_speech(doc, quotes, used_cues, direct),
        *_according_to(doc),
    ]
    # Speakers resolve in text order: "she" looks back at the people named before her.
    book = SpeakerBook.for_article(doc, entities)
    statements: list[Statement] = []
    for attribution in sorted(found, key=lambda a: (a.content.start, a.cue[0].i)):
        speaker = book.resolve(attribution.subject)
        if speaker is None:
            continue  # a statement without a speaker is not invented
        cue_span = Span(attribution.cue[0].idx, _end(attribution.cue[-1]))
        content = attribution.content.slice(doc.text)
        sense = _cue_sense(attribution)
        statements.append(
            Statement(
                speaker=speaker.name,
                speaker_mention=speaker.mention,
                cue=cue_span.slice(doc.text),
                kind=attribution.kind,
                content=content,
                span=attribution.content,
                speakers=speaker.names or (speaker.name,),
                speaker_role=speaker.role,
                speaker_org=speaker.org,
                speaker_kind=speaker.kind,
                polarity=_polarity(doc, attribution.content, sense),
                modality=_modality(doc, attribution.content, sense),
                cue_span=cue_span,
            )
        )
    return statements


# --- finders -----------------------------------------------------------------------------------


def _direct_quotes(doc: Doc, quotes: list[Span]) -> list[_Attribution]:
    """Attribute each speech quote to the nearest cue verb outside quotes in its sentences."""
    by_cue: dict[int, list[Span]] = {}
    cues: dict[int, Token] = {}
    for quote in quotes:
        cue = _cue_for_quote(doc, quote, quotes)
        if cue is not None:
            by_cue.setdefault(cue.i, []).append(quote)
            cues[cue.i] = cue
    found: list[_Attribution] = []
    for index, spans in by_cue.items():
        cue = cues[index]
        subject = _subject(cue)
        if subject is None:
            continue
        content = Span(spans[0].start, spans[-1].end)  # split quotes join into one statement
        found.append(_Attribution("direct", _cue_tokens(cue), subject, content))
    return found


def _cue_for_quote(doc: Doc, quote: Span, quotes: list[Span]) -> Token | None:
    """The reporting verb of the sentence(s) around a quote, outside every quote; the nearest."""
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if inside is None:
        return None
    first, last = inside[0].sent, inside[-1].sent
    frame = [t for t in doc[first.start : last.end] if not _in_any(t, quotes)]
    candidates = [t for t in frame if _is_cue_verb(t) and _subject(t) is not None]
    if not candidates:
        return None
    return min(candidates, key=lambda t: min(abs(t.idx - quote.start), abs(t.idx - quote.end)))


def _reported_speech(
    doc: Doc, quotes: list[Span], used_cues: set[int], direct: list[_Attribution]
) -> list[_Attribution]:
    """Cue verbs with a clause complement: "X said (that) …", "…, X said.", "X promised to …"."""
    found: list[_Attribution] = []
    for token in doc:
        if token.i in used_cues or not _is_cue_verb(token) or _in_any(token, quotes):
            continue
        subject = _subject(token)
        complement = _complement(token)
        if subject is None:
            continue
        # Without a parsed complement, "warned that …" still marks the clause.
        content = _clause_span(complement, token) if complement else _that_clause(token)
        if content is None or _in_any_span(content, quotes):
            continue  # the clause is a quote's own grammar, already a direct statement
        if any(_overlaps(content, other.content) for other in direct):
            continue
        found.append(_Attribution("indirect", _cue_tokens(token), subject, content))
    return found


def _according_to(doc: Doc) -> list[_Attribution]:
    """ "According to X, …" and "…, according to X": the rest of the sentence is the content."""
    found: list[_Attribution] = []
    for token in doc:
        if token.lower_ not in ACCORDING_TO_HEADS:
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if to is None or source is None:
            continue
        content = _sentence_without(token.sent, token)
        if content is not None:
            found.append(_Attribution("according_to", (token, to), source, content))
    return found


# --- syntax helpers ----------------------------------------------------------------------------


def _is_cue_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in REPORTING_VERBS


def _subject(verb: Token) -> Token | None:
    """The subject of a cue verb; a coordinated verb borrows it ("stood up and said")."""
    while True:
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
        if verb.dep_ != "conj":
            return None
        verb = verb.head


def _complement(verb: Token) -> Token | None:
    """The clause a cue verb reports: its ccomp, or its xcomp for verbs like "promise"."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            return child
    if verb.lemma_.lower() in XCOMP_CUES:
        for child in verb.children:
            if child.dep_ == "xcomp":
                return child
    return None


def _cue_tokens(verb: Token) -> tuple[Token, ...]:
    """The cue as the text has it: "said", or "told reporters" with the audience noun."""
    for child in verb.children:
        next_to_verb = child.dep_ in {"dobj", "dative"} and child.i == verb.i + 1
        if next_to_verb and child.lemma_.lower() in AUDIENCE_NOUNS:
            return (verb, child)
    return (verb,)


def _clause_span(complement: Token, cue: Token) -> Span | None:
    """The characters of a complement clause, without a leading "that" or edge punctuation."""
    tokens = [t for t in complement.subtree if t.i != cue.i]
    # "…, Halloran said." has the cue after the clause; the clause never contains it.
    tokens = [t for t in tokens if (t.i < cue.i) == (complement.i < cue.i)]
    return _trimmed(tokens)


def _that_clause(verb: Token) -> Span | None:
    """Fallback when the parser missed the clause: "warned that …" runs to the sentence end."""
    cue = _cue_tokens(verb)
    after = cue[-1].i + 1
    if after >= len(verb.doc) or verb.doc[after].lower_ != "that":
        return None
    # The parser sometimes reads "that" as a preposition and the clause as a noun phrase.
    return _trimmed([t for t in verb.sent if t.i > after])


def _sentence_without(sentence: DocSpan, according: Token) -> Span | None:
    """The sentence minus the "according to X" phrase, on the side that holds the clause."""
    phrase = list(according.subtree)
    before = [t for t in sentence if t.i < phrase[0].i]
    after = [t for t in sentence if t.i > phrase[-1].i]
    # A phrase in the middle ("The troops, according to officials, will stay") keeps both sides;
    # the span then covers the phrase too. Rare in news; noted for the evaluation corpus.
    if before and after and len(_words(before)) > 0 and len(_words(after)) > 0:
        tokens = [*before, *phrase, *after]
    else:
        tokens = before or after
    return _trimmed(tokens)


def _trimmed(tokens: list[Token]) -> Span | None:
    while tokens and (tokens[0].lower_ in _CONTENT_EDGE or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in {"?", "!"}):
        # Keep the closing mark of a partial quote: 'would leave "when the job is done"'.
        if tokens[-1].text in _QUOTE_MARKS and _open_quotes(tokens[:-1]):
            break
        tokens = tokens[:-1]
    if not tokens:
        return None
    return Span(tokens[0].idx, _end(tokens[-1]))


def _open_quotes(tokens: list[Token]) -> bool:
    """Whether a quote opened among the tokens is still open at their end."""
    straight = sum(t.text == '"' for t in tokens)
    curly = sum(t.text == "\u201c" for t in tokens) - sum(t.text == "\u201d" for t in tokens)
    return straight % 2 == 1 or curly > 0


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not t.is_punct]


def _end(token: Token) -> int:
    return int(token.idx) + len(token.text)


def _in_any(token: Token, spans: list[Span]) -> bool:
    """Whether a token lies inside a quote, its quote marks included."""
    return any(span.start - 1 <= token.idx < span.end + 1 for span in spans)


def _in_any_span(content: Span, spans: list[Span]) -> bool:
    return any(content in Span(max(0, span.start - 1), span.end + 1) for span in spans)


def _overlaps(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


# --- polarity and modality ---------------------------------------------------------------------


def _cue_sense(attribution: _Attribution) -> CueSense:
    return REPORTING_VERBS.get(attribution.cue[0].lemma_.lower(), CueSense())


def _roots(doc: Doc, content: Span) -> list[Token]:
    """The main verbs of the content: tokens whose head lies outside it, or sentence roots."""
    inside = doc.char_span(content.start, content.end, alignment_mode="expand")
    if inside is None:
        return []
    return [t for t in inside if t.head.i == t.i or not inside.start <= t.head.i < inside.end]


def _polarity(doc: Doc, content: Span, sense: CueSense) -> Polarity:
    """A denying cue or a negated main clause makes a denial; "has not decided" does not."""
    if sense.polarity is not None:
        return sense.polarity
    text = content.slice(doc.text).lower()
    if any(_has_phrase(text, phrase) for phrase in UNDECIDED_PHRASES):
        return "affirm"
    for root in _roots(doc, content):
        for child in root.children:
            if child.dep_ == "neg" or child.lower_ in NEGATION_WORDS:
                return "deny"
            # "No troops will cross", "nothing has changed".
            if child.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}:
                if child.lower_ in _NEGATED_ARGUMENTS:
                    return "deny"
                if any(g.dep_ == "det" and g.lower_ == "no" for g in child.children):
                    return "deny"
    return "affirm"


def _modality(doc: Doc, content: Span, sense: CueSense) -> Modality:
    """Question, then uncertainty, then the cue's own modality, then phrases and modal verbs."""
    text = content.slice(doc.text).lower()
    if text.rstrip().endswith("?") or sense.modality == "question":
        return "question"
    phrased = next((m for p, m in MODALITY_PHRASES if _has_phrase(text, p)), None)
    modals = [
        MODAL_VERBS[child.lower_]
        for root in _roots(doc, content)
        for child in root.children
        if child.dep_ == "aux" and child.lower_ in MODAL_VERBS
    ]
    if not modals:
        # The parser sometimes hangs the modal off a noun ("could last months"); take the first.
        inside = doc.char_span(content.start, content.end, alignment_mode="expand")
        first = next((t for t in inside or () if t.tag_ == "MD"), None)
        modals = (
            [MODAL_VERBS[first.lower_]] if first is not None and first.lower_ in MODAL_VERBS else []
        )
    if phrased == "uncertain" or "uncertain" in modals:
        return "uncertain"
    if sense.modality is not None:
        return sense.modality
    if phrased is not None:
        return phrased
    if modals:
        return modals[0]
    return "asserted"


def _has_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"\b{re.escape(phrase)}\b", text) is not None
