"""Stage 1b': furniture that one page gives away by itself, without the site's other pages.

trafilatura keeps what sits inside the article container; per-site learning (boilerplate.py)
removes what a site repeats, but only once three of its pages have been seen. These rules need
no history, because the markup and the wording say what a block is:

- a run of blocks that are nothing but links (a "related stories" list), and a lone link block
  at either end of the text: headlines of other pages, not this one's;
- a teaser label left alone ("Read also:", «Читайте также») once its links are gone;
- headings and labels with nothing after them: they introduced a box that was removed;
- calls to action: share, subscribe, follow, cookie notices;
- a line that is only a publication timestamp ("Updated 14:02", "2026-02-18T09:30:00Z",
  "Monday, 22 January 2018 at 10:13");
- page tools and prompts (reprints, print, comments), contact and copyright lines, picture
  credits, newsletter and affiliate promotions, a block that is only a URL or only punctuation;
- a tag list after its "Tags" label, and the linked headlines after a lone teaser label;
- a linked headline in capitals inside the text (an inline promo of another story);
- a block that repeats text given earlier on the page (microdata copies, pull quotes, a teaser
  of the article's own first lines).

Every rule drops only short blocks: a paragraph of prose never matches, whatever it says.

A second opinion settles the edges: trafilatura's readability port scores the page's blocks
another way (text density, class names), and where it finds the same article, a short block at
either end of the text that it leaves out is a caption, a dek of another story or a promo line
more often than article text (`confirmed_edges`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from watchdesk.extract.lexicon import (
    CALLS_TO_ACTION,
    DATE_CONNECTORS,
    DATE_NAMES,
    DATELINE_WORDS,
    PICTURE_CREDITS,
    PROMOTIONS,
    TEASER_LABELS,
)

LINK_SHARE = 0.8  # a block this much link text is a link to elsewhere, not prose with a link
MAX_LINK_WORDS = 30  # a headline or teaser; longer link text is a linked paragraph of prose
MAX_LABEL_WORDS = 6  # "More from our correspondents:"; a longer line ending in ":" is prose
MAX_LABELLED_CHARS = 200  # "Read also: <headline>"
MAX_ACTION_WORDS = 25  # a call to action is one short line
MAX_DATELINE_WORDS = 8  # "Updated on March 3, 2026 at 14:02 CET"
MAX_DATE_WORDS = 12  # "segunda-feira, 22 de janeiro de 2018 às 0:13" counts 10 word tokens
MAX_PROMOTION_WORDS = 60  # two or three sentences of promotion; a longer block is prose
MAX_CREDIT_WORDS = 30  # a picture's caption with its credit
TEASED_LINK_SHARE = 0.5  # a teaser label with a block this much link text: teased headlines
MIN_TAGS = 3  # "Tags" then "ferries, ports, strikes": a list of at least three short items
MAX_TAG_WORDS = 8  # a tag names a thing ("port authority of the northern islands")
MIN_CAPS_WORDS = 3  # "WORLD NEWS" is a menu; "FERRY STRIKE ENDS AFTER A WEEK" a promo headline
MIN_REPEAT_TOKENS = 6  # fewer words repeat by chance; a shorter block repeats only as a whole
REPEAT_SHARE = 0.9  # share of a block's 4-grams given earlier for it to be a repeat
# Edge blocks the second opinion may overrule. At the head: a kicker, a headline, a caption
# (never a sentence, see _overruled_head); at the tail: a promo paragraph, an author bio, a
# related teaser. Swept on both public sets (benchmarks/extraction_public.py).
MAX_HEAD_WORDS = 30
MAX_TAIL_WORDS = 80
MIN_AGREEMENT = 0.5  # the second opinion must hold this share of our text to have found it too

_TOKEN = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")
_LABEL_TEXT = re.compile(r"[\s:.\-–—»«›>|•…!]+")
_TEASER_LABEL = re.compile(
    r"^(?:" + "|".join(sorted(map(re.escape, TEASER_LABELS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_CALL_TO_ACTION = re.compile(r"^(?:" + "|".join(CALLS_TO_ACTION) + r")", re.IGNORECASE)
_ISO_TIMESTAMP = re.compile(
    r"^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$"
)
_DATELINE = re.compile(r"^(?:" + "|".join(DATELINE_WORDS) + r")\b.*\d", re.IGNORECASE)
_LIST_LABELS = frozenset(("tags", "теги", "метки"))  # labels of a list of topics
_PROMOTION = re.compile("|".join(PROMOTIONS), re.IGNORECASE)
_PICTURE_CREDIT = re.compile(r"^(?:" + "|".join(PICTURE_CREDITS) + r")", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|er|e|a|o|º|ª|го|е|я)?$")
# "— Ada Lovelace (@ada) November 19, 2019": the signature line of an embedded social post.
_POST_SIGNATURE = re.compile(r"^[—–-]\s*\S.{0,80}\(@\w{1,30}\)\s+.{0,30}\d{4}$")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of extracted text with what its markup said about it."""

    text: str
    heading: bool = False
    link_share: float = 0.0  # share of the block's letters and digits that sit inside links


def clean_blocks(blocks: Sequence[Block]) -> list[Block]:
    """Return the blocks without page furniture (see the module docstring)."""
    kept = _without_teasers(
        [b for b in blocks if not (_is_call_to_action(b) or _is_dateline(b) or _is_furniture(b))]
    )
    kept = _without_link_lists(kept)
    while kept and _introduces(kept[-1]):  # a heading or label the page ends on
        kept.pop()
    return kept


def confirmed_edges(blocks: Sequence[Block], second_opinion: str) -> list[Block]:
    """Drop short blocks at either end of the text that a second extractor left out.

    Only when the second opinion holds at least MIN_AGREEMENT of the text (so it found the same
    article); blocks are compared as word sequences, whatever the punctuation and spacing. Blocks
    at the tail that repeat text given before them go whatever the second opinion says, and do
    not count when weighing it: a page's hidden copy of its article must not outvote it.
    """
    repeats = _repeats(blocks)
    other = _token_text(second_opinion)
    found = [bool(other) and _token_text(block.text) in other for block in blocks]
    weighed = [
        (len(b.text), seen) for b, seen, rep in zip(blocks, found, repeats, strict=False) if not rep
    ]
    agreed = sum(size for size, seen in weighed if seen)
    confirmed = bool(other) and agreed >= MIN_AGREEMENT * sum(size for size, _ in weighed)
    start, end = 0, len(blocks)
    while confirmed and start < end and not found[start] and _overruled_head(blocks[start]):
        start += 1
    copies = False  # the tail holds a copy of the text: the short lines around it go with it
    for index in range(end - 1, start - 1, -1):
        if repeats[index] and _words(blocks[index]) > MAX_HEAD_WORDS:
            end, copies = index, True
            break
        if not (repeats[index] or _overruled_head(blocks[index])):
            break
    while end > start:
        last = blocks[end - 1]
        if _POST_SIGNATURE.match(last.text):
            break  # an embedded post the author quotes: extractors differ on those, not readers
        left_out = confirmed and not found[end - 1] and _words(last) <= MAX_TAIL_WORDS
        beside_copy = copies and _overruled_head(last)
        if not (repeats[end - 1] or left_out or beside_copy):
            break
        copies = copies or (repeats[end - 1] and _words(last) > MAX_HEAD_WORDS)
        end -= 1
    return list(blocks[start:end])


def _overruled_head(block: Block) -> bool:
    """A head block the second opinion may drop: short, and no sentence.

    A kicker, a headline or a photo credit has no closing full stop; a standfirst that is a
    sentence ("The president softened his position on Tuesday.") carries claims the desk reads,
    so it stays even where another extractor leaves it out.
    """
    return _words(block) <= MAX_HEAD_WORDS and not _SENTENCE_END.search(block.text)


def _token_text(text: str) -> str:
    return " ".join(_TOKEN.findall(text.casefold()))


def _words(block: Block) -> int:
    return len(block.text.split())


def _is_link(block: Block) -> bool:
    return block.link_share >= LINK_SHARE and _words(block) <= MAX_LINK_WORDS


def _is_label(block: Block) -> bool:
    return block.text.endswith(":") and _words(block) <= MAX_LABEL_WORDS


def _introduces(block: Block) -> bool:
    """Say whether a block only announces what follows it: a heading or a short label."""
    return block.heading or _is_label(block)


def _teaser(block: Block) -> str | None:
    """Say what a teaser block is: "label" alone, "teaser" with its headlines, or None."""
    text = block.text.lstrip("([")
    if len(text) > MAX_LABELLED_CHARS:
        return None
    match = _TEASER_LABEL.match(text)
    if match is None:
        return None
    rest = _LABEL_TEXT.sub(" ", text[match.end() :]).strip(" )]")
    if not rest:
        return "label"
    linked = block.link_share >= TEASED_LINK_SHARE
    if linked or (text[match.end() :].lstrip()[:1] == ":" and block.link_share > 0):
        return "teaser"
    if match[0].casefold() in _LIST_LABELS and _is_tag_list(rest):
        return "teaser"  # "Tags: ferries, ports, strikes"
    return None


def _is_tag_list(text: str) -> bool:
    items = [item.strip() for item in re.split(r"[,;|•]", text) if item.strip()]
    return (
        len(items) >= MIN_TAGS
        and all(len(item.split()) <= MAX_TAG_WORDS for item in items)
        and not _SENTENCE_END.search(text)
    )


def _without_teasers(blocks: list[Block]) -> list[Block]:
    """Drop teaser labels and teasers, and the list of tags a lone "Tags" label introduced."""
    kept: list[Block] = []
    after_label = False
    for block in blocks:
        kind = _teaser(block)
        teased = after_label and (block.link_share >= TEASED_LINK_SHARE or _is_tag_list(block.text))
        after_label = kind == "label"
        if kind is None and not teased:
            kept.append(block)
    return kept


def _is_furniture(block: Block) -> bool:
    """A block that is no text of the article by its form or wording (module docstring)."""
    text, words = block.text, _words(block)
    if not _TOKEN.search(text):  # "* * *", "• • •": a rule between sections
        return True
    if words <= MAX_CREDIT_WORDS and (_PICTURE_CREDIT.match(text) or "©" in text[1:]):
        return True  # "Photo: …", "the pier at dawn, photo © A. Vask" (a © line stays)
    if words <= MAX_PROMOTION_WORDS and _PROMOTION.search(text):
        return True
    return _is_link(block) and _is_capitals(text) and words >= MIN_CAPS_WORDS


def _is_capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def _repeats(blocks: Sequence[Block]) -> list[bool]:
    """Say of each block whether it repeats text given before it: the same line, or its 4-grams.

    Inside the text a repeat may be the author's (a recipe's steps, a question asked twice); at
    the tail it is a page's hidden copy of the article (microdata) or a teaser of its first lines.
    """
    flags = []
    lines: set[str] = set()
    runs: set[tuple[str, ...]] = set()
    before: list[str] = []  # the last words so far: a copy runs on across the blocks it copies
    for block in blocks:
        tokens = _TOKEN.findall(block.text.casefold())
        line = " ".join(tokens)
        grams = _grams(tokens)
        flags.append(
            line in lines
            or (
                len(tokens) >= MIN_REPEAT_TOKENS
                and sum(gram in runs for gram in grams) >= REPEAT_SHARE * len(grams)
            )
        )
        lines.add(line)
        runs.update(_grams(before + tokens))
        before = (before + tokens)[-3:]
    return flags


def _grams(tokens: list[str]) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)]


def _is_call_to_action(block: Block) -> bool:
    return _words(block) <= MAX_ACTION_WORDS and bool(_CALL_TO_ACTION.match(block.text))


def _is_dateline(block: Block) -> bool:
    if _words(block) <= MAX_DATELINE_WORDS and (
        _ISO_TIMESTAMP.match(block.text) or _DATELINE.match(block.text)
    ):
        return True
    tokens = _TOKEN.findall(block.text.casefold())
    return (
        0 < len(tokens) <= MAX_DATE_WORDS
        and any(token in DATE_NAMES or _YEAR.match(token) for token in tokens)
        and all(
            token in DATE_NAMES or token in DATE_CONNECTORS or _ORDINAL.match(token)
            for token in tokens
        )
    )


def _without_link_lists(blocks: list[Block]) -> list[Block]:
    """Drop runs of two or more link blocks, a link block at either end, and their headings."""
    drop = [False] * len(blocks)
    index = 0
    while index < len(blocks):
        if not _is_link(blocks[index]):
            index += 1
            continue
        end = index
        while end < len(blocks) and (_is_link(blocks[end]) or blocks[end].heading):
            end += 1
        while end > index + 1 and blocks[end - 1].heading:  # a heading after the run is not its
            end -= 1
        links = sum(_is_link(block) for block in blocks[index:end])
        at_edge = index == 0 or end == len(blocks)
        if links >= 2 or at_edge:
            start = index
            while start > 0 and _introduces(blocks[start - 1]):
                start -= 1  # the run's own heading or label ("Related:") goes with it
            for position in range(start, end):
                drop[position] = True
        index = end
    return [block for block, dropped in zip(blocks, drop, strict=True) if not dropped]
