"""Part of the Russian statement stage: direct speech, in quotation marks or opened by a dash.

Quotes in «…», „…“ or "…" take their cue after them («…», — заявил министр / «…?» — спросил он),
before them (Брандвик заявила: «…») or inside them («…, — сказал Варро. — …»). Speech opened by a
dash (— Мы не планируем …, — сказал он.) may start a paragraph or follow a finished sentence, and
may go on after its cue (…, — заявил он. — И это не всё.).
"""

from __future__ import annotations

import re
from dataclasses import replace

from watchdesk.nlp.ru.cues import Attribution, attribute, is_cue, trimmed
from watchdesk.nlp.ru.tree import Token, Tree
from watchdesk.records import Span

# Quote pairs by shape; «…» may hold „…“ inside. Straight quotes pair within a paragraph.
_QUOTE = re.compile(r"«(?P<g>(?:[^«»\n]|«[^«»\n]*»)+)»|„(?P<l>[^„“\n]+)“")
# Straight quotes nest too («"Это начало "большой стройки" в городе"»): a mark before a word
# after a space or an opening sign opens a quote; a mark after a word closes the last one opened.
_STRAIGHT = re.compile(r'"')
_OPENS_AFTER = " \t\n(:—–-«„"
_TRAILING = ",;: \t"  # a comma before the closing mark belongs to the sentence, not the words
_MIN_QUOTE_WORDS = 3  # «Северный вестник» is a name, not speech
_DASHES = "—–"
# A hyphen between spaces is a dash typed on a plain keyboard: «…», - сказал он.
_DASH = rf"(?:[{_DASHES}]|(?<=\s)-(?=\s))"
# After a quote the cue follows a comma or a dash («…», — заявил / «…?» — спросил); a bare
# «…» сообщил is a title in a sentence of its own, not speech.
_AFTER_QUOTE = re.compile(rf"\s*(?:[,!?.…]\s*[{_DASHES}-]?|[{_DASHES}-])\s*")
_CUE_INSIDE = re.compile(rf"[,!?…]\s*{_DASH}\s*")
# Speech opens with a dash at a paragraph's start or after a finished sentence.
_DASH_OPEN = re.compile(rf"(?:^|(?<=[.!?…])[ \t]+)[ \t]*[{_DASHES}][ \t]*(?=\w)", re.MULTILINE)
_COMMA_GOES_ON = re.compile(rf"[^\n{_DASHES}.!?]*?,\s*{_DASH}\s*")
_STOP_GOES_ON = re.compile(rf"[^\n{_DASHES}.!?]*?[.!?…]\s*{_DASH}\s*(?=\w)")
_REMARK = re.compile(rf"[,!?…]\s*{_DASH}\s*[а-яё]")  # «…, — возразила она»
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")
# «…», — с улыбкой сказал он: a few words of manner may come before the cue.
_MAX_LEAD_WORDS = 3
_MANNER_POS = frozenset({"ADV", "ADP", "PART", "NOUN", "ADJ", "DET"})


def find_quotes(text: str) -> list[Span]:
    """The words inside speech quotes, trimmed; short quoted names are left out."""
    pairs = [
        m.span(next(g for g in ("g", "l") if m.group(g) is not None)) for m in _QUOTE.finditer(text)
    ]
    for start, end in _straight_quotes(text):
        if not any(s <= start and end <= e for s, e in pairs):  # "…" inside «…» is quoted words
            pairs.append((start, end))
    found: list[Span] = []
    for start, end in sorted(pairs):
        inner = text[start:end]
        if len(inner.split()) < _MIN_QUOTE_WORDS and not inner.rstrip().endswith(("!", "?", ",")):
            continue
        start += len(inner) - len(inner.lstrip())
        end -= len(inner) - len(inner.rstrip(_TRAILING))
        if start < end:
            found.append(Span(start, end))
    return found


def _straight_quotes(text: str) -> list[tuple[int, int]]:
    """Outermost "…" pairs within a line, inner pairs allowed; the words between the marks."""
    pairs: list[tuple[int, int]] = []
    opened: list[int] = []
    for match in _STRAIGHT.finditer(text):
        at = match.start()
        before = text[at - 1] if at else "\n"
        after = text[at + 1] if at + 1 < len(text) else "\n"
        if opened and "\n" in text[opened[-1] : at]:
            opened.clear()  # an unclosed mark ends with its line
        if before in _OPENS_AFTER and not after.isspace():
            opened.append(at + 1)
        elif opened:
            start = opened.pop()
            if not opened:
                pairs.append((start, at))
    return pairs


def direct_quotes(tree: Tree, quotes: list[Span]) -> list[Attribution]:
    """Quotes with a cue after, before or inside them, and quotes that go on without one."""
    found: list[Attribution] = []
    for quote in quotes:
        close = tree.text.find(_closing(tree.text, quote), quote.end)
        after = _AFTER_QUOTE.match(tree.text, close + 1) if close >= 0 else None
        verb = _cue_from(tree, after.end()) if after and _opens_sentence(tree.text, quote) else None
        if verb is None or not is_cue(verb):
            verb = _cue_before(tree, quote) or _cue_inside(tree, quote)
        attribution = attribute(tree, "direct", verb, quote) if verb is not None else None
        if attribution is None and found and _goes_on_from(tree, found[-1], quote):
            # «…», — сказал он. «…»: the next quote, with no cue of its own, is his too.
            attribution = replace(found[-1], cue=Span(quote.start, quote.start), content=quote)
            attribution = replace(attribution, cue_lemma="", verb=None)
        if attribution is not None:
            found.append(attribution)
    return found


def _goes_on_from(tree: Tree, last: Attribution, quote: Span) -> bool:
    """Whether only the rest of the last quote's sentence lies between it and this quote."""
    # A whole sentence in quotes; «Зелёные облигации проекта» хорошо продаются is no speech.
    after = tree.text[quote.end : quote.end + 3].lstrip('»“"')
    if not _opens_sentence(tree.text, quote) or (after and after[0] not in ".!?…\n"):
        return False
    between = tree.text[max(last.content.end, last.cue.end) : quote.start]
    # The cue's own sentence may sit between («», — сказал он.), but no other sentence.
    return _SENTENCE_END.search(between.rstrip(' «„"\n\t.!?…')) is None


def dash_speech(tree: Tree, quotes: list[Span]) -> list[Attribution]:
    """Speech opened by a dash: «— Мы не планируем …, — сказал он.»"""
    found: list[Attribution] = []
    for opening in _DASH_OPEN.finditer(tree.text):
        cue = _dash_cue(tree, opening.end())
        if cue is None:
            continue
        verb, end = cue
        attribution = attribute(
            tree, "direct", verb, Span(opening.end(), _goes_on(tree, verb, end))
        )
        if attribution is not None:
            found.append(attribution)
    return found


def _dash_cue(tree: Tree, start: int) -> tuple[Token, int] | None:
    """The cue closing the speech that opens at `start`, and where the speech's words end.

    The first «, — » followed by a reporting verb closes it; a dash inside the words («Порт —
    это сердце города, — сказал он») is passed over. The speech ends with its paragraph.
    """
    line_end = tree.text.find("\n", start)
    line_end = len(tree.text) if line_end < 0 else line_end
    for match in _CUE_INSIDE.finditer(tree.text, start, line_end):
        verb = _cue_from(tree, match.end())
        if verb is not None and is_cue(verb):
            mark = tree.text[match.start()]
            # «…?» and «…!» keep their mark; the comma before the dash is the sentence's.
            end = match.start() + (1 if mark in "!?…" else 0)
            span = trimmed(tree.text, start, end) if mark == "," else Span(start, end)
            return (verb, span.end) if span is not None else None
    return None


def _goes_on(tree: Tree, verb: Token, end: int) -> int:
    """Where speech interrupted by its cue ends: «…, — сказал он, — и не будем.» goes on.

    After «, — » the speech takes the rest of the paragraph; after a full stop and a dash it takes
    one sentence, and only when that sentence has no cue of its own (another speaker's words).
    """
    comma = _COMMA_GOES_ON.match(tree.text, verb.stop)
    stop = _STOP_GOES_ON.match(tree.text, verb.stop)
    if comma is None and stop is None:
        return end
    start = (comma or stop).end()  # type: ignore[union-attr]
    finish = _SENTENCE_END.search(tree.text, start)
    last = finish.start() if finish is not None else len(tree.text)
    if comma is not None:
        line_end = tree.text.find("\n", start)
        last = len(tree.text) if line_end < 0 else line_end
    if _dash_cue(tree, start) is not None or _REMARK.search(tree.text, start, last):
        return end  # a new speech, with its own cue, or one whose cue the lexicon lacks
    span = trimmed(tree.text, start, last)
    return span.end if span is not None else end


def _cue_from(tree: Tree, offset: int) -> Token | None:
    """The cue at `offset`, or after a few words of manner: «…», — тихо ответил он."""
    token = tree.token_at(offset)
    for _ in range(_MAX_LEAD_WORDS + 1):
        if token is None or token.pos == "PUNCT":
            return None
        if is_cue(token):
            return token
        if token.pos not in _MANNER_POS or token.feats.get("Case") == "Nom":
            return None  # «…». Стороны не ответили: a subject opens a new sentence, not a cue
        at = tree.index(token) + 1
        token = tree.tokens[at] if at < len(tree.tokens) else None
    return None


def _opens_sentence(text: str, quote: Span) -> bool:
    """Whether a quote stands as speech: at a sentence's start, or after a colon or a dash.

    «Войска будут выведены «по графику», добавил он» quotes words inside reported speech; the
    cue after it reports the whole clause, not the quoted words.
    """
    before = text[: quote.start].rstrip(' «„"\t')
    return not before or before[-1] in ".!?…:\n" + _DASHES


def _closing(text: str, quote: Span) -> str:
    """The closing mark that matches the quote's opening one."""
    at = quote.start - 1
    while at > 0 and text[at].isspace():
        at -= 1
    return {"«": "»", "„": "“"}.get(text[at] if at >= 0 else "«", '"')


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
        if is_cue(token):
            return token
    return None


def _cue_inside(tree: Tree, quote: Span) -> Token | None:
    """A quote split by its cue: «Войска останутся, — сказал Варро. — Но их будет меньше»."""
    for match in _CUE_INSIDE.finditer(tree.text, quote.start, quote.end):
        verb = _cue_from(tree, match.end())
        if verb is not None and is_cue(verb):
            return verb
    return None
