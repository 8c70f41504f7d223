"""Search snippets: the stretch of an article that holds most of the words searched for.

A word counts as found when its stem is a query word's stem (watchdesk.stems), so the snippet
marks `референдуме` for the query `референдум`, as the search itself matched it. The snippet is
plain text with the marked spans beside it: the desk escapes every piece (article text is
scraped, never trusted as markup) and the API returns both as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from watchdesk.stems import query_stems, stem

WIDTH = 240  # characters of text around the words found
_LEAD = WIDTH // 4  # how much text before the first word found the stretch starts
_MAX_HITS = 400  # words found that are weighed for the best stretch; the rest are far away
ELLIPSIS = "…"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Snippet:
    """A stretch of text and where in it the words searched for stand."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()

    def pieces(self) -> list[tuple[str, bool]]:
        """The text cut at the marks: (piece, marked) in order, for a template to escape."""
        out: list[tuple[str, bool]] = []
        at = 0
        for start, end in self.marks:
            if start > at:
                out.append((self.text[at:start], False))
            out.append((self.text[start:end], True))
            at = end
        if at < len(self.text):
            out.append((self.text[at:], False))
        return out


def snippet(text: str, query: str, width: int = WIDTH) -> Snippet:
    """The stretch of `text` about `width` long holding the most distinct query words."""
    wanted = set(query_stems(query))
    hits = list(islice(_found(text, wanted), _MAX_HITS))
    start = 0
    best = 0
    for s, _e, _stem in hits:
        begin = max(s - _LEAD, 0)
        inside = {stem for hs, he, stem in hits if hs >= begin and he <= begin + width}
        if len(inside) > best:
            start, best = begin, len(inside)
    start = _word_start(text, start)
    end = _word_end(text, start + width)
    if end <= start:  # one word longer than the stretch: cut it
        end = min(start + width, len(text))
    marks = tuple((s - start, e - start) for s, e, _stem in hits if s >= start and e <= end)
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    shift = len(lead)
    body = " ".join(text[start:end].split("\n"))
    return Snippet(lead + body + tail, tuple((s + shift, e + shift) for s, e in marks))


def _found(text: str, wanted: set[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, stem) of the words of `text` whose stem is wanted.

    Stemming every word of every result cost most of a search page. A stem keeps the start of
    its word, changed at most in its last letters (happy → happi, dying → die; ё is read as е),
    so a word that does not begin with a wanted stem's start is passed over unstemmed.
    """
    starts = tuple(stem[: max(len(stem) - 2, 1)] for stem in wanted)
    if not starts:
        return
    for match in _WORD.finditer(text):
        word = match.group()
        if word.lower().replace("ё", "е").startswith(starts):
            found = stem(word)
            if found in wanted:
                yield match.start(), match.end(), found


def _word_start(text: str, at: int) -> int:
    """`at`, moved back to the start of the word it falls in."""
    while 0 < at < len(text) and not text[at - 1].isspace():
        at -= 1
    return at


def _word_end(text: str, at: int) -> int:
    """`at`, moved back to the end of the last whole word before it."""
    if at >= len(text):
        return len(text)
    while at > 0 and not text[at].isspace():
        at -= 1
    return at
