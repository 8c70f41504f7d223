"""Stage 4 for Russian: who said what. natasha parse + entities → attributed statements with spans.

Four finders propose attributions, in this order of trust:

- direct quotes in «…», „…“ or "…", with the cue after («…», — заявил министр) or before
  (Брандвик заявила: «…»);
- speech opened by a dash at the start of a paragraph (— Мы не планируем …, — сказал он.);
- reported speech: a reporting verb with «, что …», «: …» or, for promises, an infinitive
  («пообещал вывести войска»), and the clause before a trailing cue («…, сообщил Варро.»);
- «по словам X», «по данным X», «как сообщает X»: the rest of the sentence, kind according_to.

A later finder never claims words an earlier one already attributed. Speakers then resolve in text
order (see `speakers.py`); polarity and modality come from the cue and the reported words. Every
span slices back to its content: `text[span.start:span.end] == content`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from watchdesk.nlp.ru.lexicon import (
    ACCORDING_TO_NOUNS,
    AS_WORD,
    EXPECTED_WORDS,
    NEGATION_WORDS,
    ORG_SPEAKERS,
    PLANNED_WORDS,
    REPORTING_VERBS,
    UNCERTAIN_WORDS,
    UNDECIDED_PHRASES,
    CueSense,
)
from watchdesk.nlp.ru.speakers import SpeakerBook
from watchdesk.nlp.ru.tree import Token, Tree
from watchdesk.records import Entity, Modality, Polarity, Span, Statement, StatementKind

# Quote pairs by shape; «…» may hold „…“ inside. Straight quotes pair within a paragraph.
_QUOTE = re.compile(r"«(?P<g>(?:[^«»\n]|«[^«»\n]*»)+)»|„(?P<l>[^„“\n]+)“|\"(?P<s>[^\"\n]+)\"")
_TRAILING = ",;: \t"  # a comma before the closing mark belongs to the sentence, not the words
_MIN_QUOTE_WORDS = 3  # «Северный вестник» is a name, not speech
_DASHES = "—–"
_AFTER_QUOTE = re.compile(rf"[,!?.…]?\s*[{_DASHES}-]\s*")
_CUE_INSIDE = re.compile(rf"[,!?…]\s*[{_DASHES}]\s*")
_DASH_SPEECH = re.compile(
    rf"^[ \t]*[{_DASHES}][ \t]*(?P<c>[^\n]+?)(?P<p>[,!?…]?)[ \t]+[{_DASHES}][ \t]+(?=\w)",
    re.MULTILINE,
)
_CONTINUED = re.compile(rf"[^\n{_DASHES}]*?,\s*[{_DASHES}]\s*(?P<c>[^\n]+)")
_THAT = re.compile(r"[^.!?«»\"\n]{0,60}?,\s*(?:что|будто|чтобы)\s+", re.IGNORECASE)
# Questions report with an interrogative word: «спросил, когда начнётся вывод».
_ASKED = re.compile(r",\s*(?:когда|почему|зачем|сколько|где|куда|как|ли)\s+", re.IGNORECASE)
_COLON = re.compile(r"\s*(?:[^.!?:«»\n]{0,40})?:\s*(?![«„\"])")
_WORD = re.compile(r"[\w-]+")
_SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})
_PROMISE_LEMMAS = frozenset({"пообещать", "обещать"})


@dataclass(frozen=True, slots=True)
class _Attribution:
    """A proposed statement before its speaker is resolved."""

    kind: StatementKind
    cue: Span
    cue_lemma: str
    subject: Token
    verb: Token | None
    content: Span


def find_statements_ru(doc: Any, entities: Sequence[Entity]) -> list[Statement]:
    """Return every attributed statement in the Russian article, in text order."""
    tree = Tree.of(doc)
    quotes = _find_quotes(tree.text)
    found: list[_Attribution] = []
    for finder in (_direct_quotes, _dash_speech, _reported_speech, _according_to):
        for attribution in finder(tree, quotes):
            if not any(_overlaps(attribution.content, other.content) for other in found):
                found.append(attribution)
    book = SpeakerBook.for_article(tree, entities)
    statements: list[Statement] = []
    for attribution in sorted(found, key=lambda a: a.content.start):
        speaker = book.resolve(attribution.subject, attribution.verb)
        if speaker is None:
            continue  # a statement without a speaker is not invented
        content = attribution.content.slice(tree.text)
        sense = REPORTING_VERBS.get(attribution.cue_lemma, CueSense())
        statements.append(
            Statement(
                speaker=speaker.name,
                speaker_mention=speaker.mention,
                cue=attribution.cue.slice(tree.text),
                kind=attribution.kind,
                content=content,
                span=attribution.content,
                speakers=speaker.names or (speaker.name,),
                speaker_role=speaker.role,
                speaker_org=speaker.org,
                speaker_kind=speaker.kind,
                polarity=_polarity(content, sense),
                modality=_modality(tree, attribution.content, sense),
                cue_span=attribution.cue,
            )
        )
    return statements


# --- finders -----------------------------------------------------------------------------------


def _find_quotes(text: str) -> list[Span]:
    """The words inside speech quotes, trimmed; short quoted names are left out."""
    found: list[Span] = []
    for match in _QUOTE.finditer(text):
        group = next(g for g in ("g", "l", "s") if match.group(g) is not None)
        start, end = match.span(group)
        inner = text[start:end]
        if len(inner.split()) < _MIN_QUOTE_WORDS and not inner.rstrip().endswith(("!", "?", ",")):
            continue
        start += len(inner) - len(inner.lstrip())
        end -= len(inner) - len(inner.rstrip(_TRAILING))
        if start < end:
            found.append(Span(start, end))
    return found


def _direct_quotes(tree: Tree, quotes: list[Span]) -> list[_Attribution]:
    found: list[_Attribution] = []
    for quote in quotes:
        close = tree.text.find(_closing(tree.text, quote), quote.end)
        after = _AFTER_QUOTE.match(tree.text, close + 1) if close >= 0 else None
        verb = tree.token_at(after.end()) if after else None
        if verb is None or not _is_cue(verb):
            verb = _cue_before(tree, quote) or _cue_inside(tree, quote)
        if verb is None:
            continue
        attribution = _attribute(tree, "direct", verb, quote)
        if attribution is not None:
            found.append(attribution)
    return found


def _closing(text: str, quote: Span) -> str:
    """The closing mark that matches the quote's opening one."""
    opening = text[quote.start - 1] if quote.start else "«"
    while opening.isspace() and quote.start > 1:
        opening = text[quote.start - 2]
        break
    return {"«": "»", "„": "“"}.get(opening, '"')


def _cue_before(tree: Tree, quote: Span) -> Token | None:
    """«Брандвик заявила: «…»»: the last reporting verb before a colon that opens the quote."""
    before = tree.text[: quote.start].rstrip(' «„"')
    if not before.endswith(":"):
        return None
    colon = tree.token_at(len(before) - 1)
    if colon is None:
        return None
    for token in reversed(tree.sentence(colon)):
        if token.start >= colon.start:
            continue
        if token.text in {".", "!", "?"}:
            return None
        if _is_cue(token):
            return token
    return None


def _cue_inside(tree: Tree, quote: Span) -> Token | None:
    """A quote split by its cue: «Войска останутся, — сказал Варро. — Но их будет меньше»."""
    for match in _CUE_INSIDE.finditer(tree.text, quote.start, quote.end):
        verb = tree.token_at(match.end())
        if verb is not None and _is_cue(verb):
            return verb
    return None


def _dash_speech(tree: Tree, quotes: list[Span]) -> list[_Attribution]:
    """A paragraph opening with a dash: «— Мы не планируем …, — сказал он.»"""
    found: list[_Attribution] = []
    for match in _DASH_SPEECH.finditer(tree.text):
        verb = tree.token_at(match.end())
        if verb is None or not _is_cue(verb):
            continue
        end = match.end("c") + (len(match["p"]) if match["p"] in {"!", "?", "…"} else 0)
        # «…, — сказал он, — и не будем.» continues the same speech after the cue.
        more = _CONTINUED.match(tree.text, verb.stop)
        if more is not None:
            end = match.start("c") + len(tree.text[match.start("c") : more.end()].rstrip(". "))
        attribution = _attribute(tree, "direct", verb, Span(match.start("c"), end))
        if attribution is not None:
            found.append(attribution)
    return found


def _reported_speech(tree: Tree, quotes: list[Span]) -> list[_Attribution]:
    found: list[_Attribution] = []
    for token in tree.tokens:
        if not _is_cue(token) or _inside(token.start, quotes):
            continue
        content = _clause_after(tree, token) or _clause_before(tree, token)
        if content is None or any(_overlaps(content, q) for q in quotes):
            continue
        attribution = _attribute(tree, "indirect", token, content)
        if attribution is not None:
            found.append(attribution)
    return found


def _clause_after(tree: Tree, verb: Token) -> Span | None:
    """«заявил, что …», «заявил: …», «опроверг сообщения о том, что …», «пообещал вывести …»."""
    sentence = tree.sentence(verb)
    rest = tree.text[verb.stop : sentence[-1].stop]
    match = _THAT.match(rest) or _COLON.match(rest)
    if match is None and REPORTING_VERBS[str(verb.lemma).lower()].modality == "question":
        match = _ASKED.match(rest)
    if match is not None:
        return _trimmed(tree.text, verb.stop + match.end(), sentence[-1].stop)
    if str(verb.lemma) in _PROMISE_LEMMAS:
        for child in tree.children(verb):
            if child.rel == "xcomp" and child.start > verb.start:
                return _trimmed(tree.text, child.start, sentence[-1].stop)
    return None


def _clause_before(tree: Tree, verb: Token) -> Span | None:
    """«Переговоры продолжатся, сообщил Варро.»: the clause before a comma-led cue."""
    sentence = tree.sentence(verb)
    before = tree.text[sentence[0].start : verb.start].rstrip()
    if not before.endswith((",", "—", "–")) or before.endswith(":"):
        return None
    if not any(c.rel in _SUBJECT_RELS and c.start > verb.start for c in tree.children(verb)):
        return None  # «…, заявил он» has its subject after the cue; «которые заявили» does not
    return _trimmed(tree.text, sentence[0].start, sentence[0].start + len(before))


def _according_to(tree: Tree, quotes: list[Span]) -> list[_Attribution]:
    """«По словам X, …», «…, по данным X», «Как сообщает X, …»."""
    found: list[_Attribution] = []
    for index, token in enumerate(tree.tokens[:-1]):
        following = tree.tokens[index + 1]
        lower = token.text.lower()
        if lower == "по" and following.text.lower() in ACCORDING_TO_NOUNS:
            source = next((c for c in tree.children(following) if c.rel == "nmod"), None)
            verb = None
        elif lower == AS_WORD and _is_cue(following):
            source, verb = _subject(tree, following), following
        else:
            continue
        if source is None:
            continue
        content = _rest_of_sentence(tree, token, following)
        if content is not None:
            cue = Span(token.start, following.stop)
            lemma = str(verb.lemma) if verb is not None else ""
            found.append(_Attribution("according_to", cue, lemma, source, verb, content))
    return found


def _rest_of_sentence(tree: Tree, first: Token, cue: Token) -> Span | None:
    """The sentence without the «по словам X» phrase, which runs from `first` to the next comma."""
    sentence = tree.sentence(first)
    start, end = sentence[0].start, sentence[-1].stop
    comma = tree.text.find(",", cue.stop, end)
    if first.start - start < 2 and comma > 0:  # the phrase opens the sentence
        return _trimmed(tree.text, comma + 1, end)
    return _trimmed(tree.text, start, first.start)


# --- helpers -----------------------------------------------------------------------------------


def _attribute(tree: Tree, kind: StatementKind, verb: Token, content: Span) -> _Attribution | None:
    subject = _subject(tree, verb)
    if subject is None:
        return None
    return _Attribution(kind, Span(verb.start, verb.stop), str(verb.lemma), subject, verb, content)


def _subject(tree: Tree, verb: Token) -> Token | None:
    """The cue's subject; «в Кремле заявили» has none, and the institution speaks."""
    for child in tree.children(verb):
        if child.rel in _SUBJECT_RELS:
            return child
    for child in tree.children(verb):
        if child.rel == "obl" and str(child.lemma).lower() in ORG_SPEAKERS:
            return child
    # A verb joined to another («прибыла и заявила») borrows its subject.
    head = tree.head(verb)
    if verb.rel == "conj" and head is not None:
        return _subject(tree, head)
    return None


def _is_cue(token: Token) -> bool:
    return token.pos in {"VERB", "AUX"} and str(token.lemma).lower() in REPORTING_VERBS


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """A span without the edge spaces, dashes and trailing punctuation; "?" and "!" stay."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,:;—–-"):
        end -= 1
    return Span(start, end) if start < end else None


def _inside(offset: int, spans: list[Span]) -> bool:
    return any(span.start - 1 <= offset < span.end + 1 for span in spans)


def _overlaps(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


# --- polarity and modality ---------------------------------------------------------------------


def _polarity(content: str, sense: CueSense) -> Polarity:
    """A denying cue or a negation word makes a denial; «пока не решено» does not."""
    if sense.polarity is not None:
        return sense.polarity
    lower = content.lower()
    for phrase in UNDECIDED_PHRASES:
        lower = lower.replace(phrase, " ")
    return "deny" if any(w in NEGATION_WORDS for w in _WORD.findall(lower)) else "affirm"


def _modality(tree: Tree, content: Span, sense: CueSense) -> Modality:
    """Question, then uncertainty, then the cue's modality, then plan words, then the future."""
    text = content.slice(tree.text)
    lower = text.lower()
    words = set(_WORD.findall(lower))
    if text.rstrip().endswith("?") or sense.modality == "question":
        return "question"
    if words & UNCERTAIN_WORDS or any(phrase in lower for phrase in UNDECIDED_PHRASES):
        return "uncertain"
    if sense.modality is not None:
        return sense.modality
    if words & PLANNED_WORDS:
        return "planned"
    future = any(
        t.feats.get("Tense") == "Fut" and t.pos in {"VERB", "AUX"}
        for t in tree.between(content.start, content.end)
    )
    if words & EXPECTED_WORDS or future:
        return "expected"
    return "asserted"
