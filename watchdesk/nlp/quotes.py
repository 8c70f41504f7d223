"""Part of stage 4 (statements): direct quotes in the text, told apart from scare quotes.

Quotes are found by regular expression on the raw text rather than by the parser, because the
parser splits sentences inside quotes and attaches quote marks unpredictably.
"""

from __future__ import annotations

import re

from watchdesk.records import Span

# Straight quotes pair up in order within a paragraph; curly quotes pair by shape. A quote that
# runs over a paragraph break (the news habit of reopening it) is not matched in this version.
# Typewriter quotes, two apostrophes a side (''We are ready,'' she said), are how some archives
# and wire feeds write double quotes.
_QUOTE = re.compile(
    r'"(?P<straight>[^"\n]+)"|\u201c(?P<curly>[^\u201c\u201d\n]+)\u201d'
    r"|''(?P<typewriter>[^\n]+?)''"
)

_TRAILING = ",;: \t"  # a comma before the closing mark belongs to the sentence, not the words
_SHORT_QUOTE_WORDS = 4  # below this, a quote is a scare quote unless it ends like speech
_LONG_QUOTE_WORDS = 8  # from this on, a quote is speech even without closing punctuation
_SHORT_SPEECH_ENDINGS = (",", "?", "!")  # '"No," she said.' but not 'the so-called "exercise."'
_SPEECH_ENDINGS = (",", ".", "?", "!", "\u2026", ";")


def find_quotes(text: str) -> list[Span]:
    """Return the spans of the words inside speech quotes, in text order, without scare quotes."""
    quotes: list[Span] = []
    for match in _QUOTE.finditer(text):
        group = next(name for name, value in match.groupdict().items() if value is not None)
        start, end = match.span(group)
        inner = text[start:end]
        if not _is_speech(inner, text[: match.start()]):
            continue
        # Trim the span to the words themselves so that it slices back to the content.
        start += len(inner) - len(inner.lstrip())
        end -= len(inner) - len(inner.rstrip(_TRAILING))
        if start < end:
            quotes.append(Span(start, end))
    return quotes


def _is_speech(inner: str, before: str) -> bool:
    """Tell quoted speech from a quoted term: the so-called "exercise" is not a statement."""
    words = len(inner.split())
    ending = inner.rstrip()
    # The second half of a split quote: '"We are ready," she said, "but not yet."'; after a
    # colon, a few words with no stop are a title ('a new rival: "Harbour Nights"').
    if before.rstrip().endswith(","):
        return True
    if before.rstrip().endswith(":"):
        return words >= _SHORT_QUOTE_WORDS or ending.endswith(_SPEECH_ENDINGS)
    if words < _SHORT_QUOTE_WORDS:
        return ending.endswith(_SHORT_SPEECH_ENDINGS)
    if words >= _LONG_QUOTE_WORDS or before.rstrip().endswith(":"):
        return True
    return ending.endswith(_SPEECH_ENDINGS)


def mark_start(text: str, quote: Span) -> int:
    """Where the opening quote mark of a quote starts: one character before it, two for ''."""
    return (
        quote.start - 2 if text[max(0, quote.start - 2) : quote.start] == "''" else quote.start - 1
    )
