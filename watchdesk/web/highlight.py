"""Cut an article's text into paragraphs of marked segments, so a template can highlight spans.

Annotations overlap (a date inside a quote), so the text is cut at every span boundary and each
piece carries the set of annotations covering it. The template escapes every piece: no HTML is
ever built from article text here.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from watchdesk.records import ProcessedArticle, Span


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    kinds: frozenset[str]  # "statement", "entity", "time", "quantity"
    statement: int | None = None  # index of the covering statement, for its tooltip and anchor


def mark_paragraphs(processed: ProcessedArticle) -> list[list[Segment]]:
    """Return the article text as paragraphs of segments."""
    text = processed.article.text
    marks: list[tuple[Span, str, int | None]] = [
        *((s.span, "statement", i) for i, s in enumerate(processed.statements)),
        *((e.span, "entity", None) for e in processed.entities),
        *((t.span, "time", None) for t in processed.times),
        *((q.span, "quantity", None) for q in processed.quantities),
    ]
    cuts = {0, len(text)}
    for span, _, _ in marks:
        cuts.update((min(span.start, len(text)), min(span.end, len(text))))
    # Paragraph breaks are cut points too, so no segment crosses one.
    cuts.update(i for i, char in enumerate(text) if char == "\n")
    cuts.update(i + 1 for i, char in enumerate(text) if char == "\n")
    edges = sorted(cuts)

    paragraphs: list[list[Segment]] = [[]]
    for start, end in pairwise(edges):
        piece = text[start:end]
        if piece.strip("\n") == "" and "\n" in piece:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        covering = [
            (kind, index) for span, kind, index in marks if span.start <= start and end <= span.end
        ]
        statement = next((index for kind, index in covering if kind == "statement"), None)
        paragraphs[-1].append(Segment(piece, frozenset(kind for kind, _ in covering), statement))
    return [p for p in paragraphs if p]
