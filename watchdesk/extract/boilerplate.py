"""Stage 1b: blocks one site repeats on most of its pages, learned and dropped from its articles.

trafilatura removes navigation, footers and most sidebars, but blocks that sit *inside* the article
container get through: an author bio, a newsletter box between paragraphs, "Read also", a cookie
notice rendered in the body. What gives them away is repetition: the same block on most pages of
one site, whatever the story. The model keeps only fingerprints (hashes of normalised block
text), so it is small, can be stored as JSON beside the site, and never holds article text.

Learning is deliberately cautious, because dropping a sentence of the article is worse than
keeping a line of boilerplate:

- copies of one story on the site (an update, a syndicated reprint, an AMP twin) count once, so
  the sentences they share never look "site-wide";
- a block must appear on at least `min_share` of the site's distinct stories;
- a paragraph that quotes speech needs to be on nearly every story (QUOTE_SHARE);
- a long block (over LONG_BLOCK_CHARS) must repeat verbatim, numbers and case included.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import lxml.html
from lxml import etree

from watchdesk.records import RawDocument

# A page to learn from: its HTML (str or bytes), or the paragraphs extraction kept from it.
Page = str | bytes | Sequence[str]

MODEL_VERSION = 1  # bump when the fingerprint changes: older stored models must be relearned
LONG_BLOCK_CHARS = 400  # longer than a bio or a promo box: prose, matched only verbatim
QUOTE_SHARE = 0.9  # quoted speech is article material unless the site prints it on ~every page
SAME_STORY_OVERLAP = 0.5  # pages sharing half their own blocks are copies of one story
MAX_LABELLED_CHARS = 200  # "Read also: <headline>" is a line; a longer block with a colon is prose
MAX_LABEL_WORDS = 4  # "Read also", "Читайте также", "More on this story"
FINGERPRINT_BYTES = 8  # 64-bit hashes: collisions among a site's few hundred blocks are negligible

_NO_TIME = datetime(1970, 1, 1, tzinfo=UTC)  # learning never reads the clock; the field is unused

# Elements whose text is one block in the page layout; raw-HTML learning reads their leaves.
_BLOCK_TAGS = frozenset(
    {
        *("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "caption"),
        *("dd", "dt", "td", "th", "div", "section", "aside", "header", "footer", "article"),
        *("main", "nav", "ul", "ol", "dl", "table", "tr", "form", "address", "pre", "label"),
        "button",
    }
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_LABEL = re.compile(r"^\s*([^\W\d][^:]{0,40}?)\s*:\s*\S")
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_NOT_WORD = re.compile(r"[^\w]+")
# Quoted speech: an opening mark, at least three words, a closing mark. Straight quotes count
# too, since many CMSs never curl them.
_QUOTED_SPEECH = re.compile(r"[“«„\"‘][^“”«»„\"]*?\w+\W+\w+\W+\w+[^“”«»„\"]*?[”»“\"’]")


@dataclass(frozen=True, slots=True)
class BoilerplateModel:
    """Fingerprints of the blocks one site repeats on its pages, and how many stories taught it."""

    site: str | None
    fingerprints: frozenset[str]
    pages_seen: int = 0
    version: int = MODEL_VERSION

    def __contains__(self, paragraph: object) -> bool:
        return isinstance(paragraph, str) and not self.fingerprints.isdisjoint(
            _fingerprints(paragraph)
        )

    def to_json(self) -> str:
        """Return the model as JSON; fingerprints are sorted, so equal models serialise alike."""
        return json.dumps(
            {
                "version": self.version,
                "site": self.site,
                "pages_seen": self.pages_seen,
                "fingerprints": sorted(self.fingerprints),
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> BoilerplateModel:
        """Read a model written by `to_json`; a model of another version learns nothing (empty)."""
        data: dict[str, Any] = json.loads(text)
        site = data.get("site")
        if data.get("version") != MODEL_VERSION:
            # Its fingerprints were computed differently and would match nothing, or worse,
            # the wrong blocks; an empty model is safe until the site is relearned.
            return cls(site=site, fingerprints=frozenset(), pages_seen=0)
        return cls(
            site=site,
            fingerprints=frozenset(str(f) for f in data.get("fingerprints", ())),
            pages_seen=int(data.get("pages_seen", 0)),
        )


def learn_boilerplate(
    pages: Sequence[Page],
    *,
    site: str | None = None,
    min_pages: int = 3,
    min_share: float = 0.5,
) -> BoilerplateModel:
    """Learn the blocks that repeat on at least `min_share` of one site's distinct stories.

    Pass one page per distinct URL of the site. Below `min_pages` distinct stories nothing is
    learned: two pages cannot tell a site's furniture from a story it ran twice.
    """
    page_blocks = [_page_fingerprints(page) for page in pages]
    page_blocks = [blocks for blocks in page_blocks if blocks]
    stories = _distinct_stories(page_blocks, min_share)
    if len(stories) < max(min_pages, 2):
        return BoilerplateModel(site=site, fingerprints=frozenset(), pages_seen=len(stories))

    # A block counts once per story, whichever copies of that story carried it.
    support: Counter[str] = Counter()
    quoted: set[str] = set()
    for story in stories:
        story_blocks: set[str] = set()
        for index in story:
            for fingerprint, is_quote in page_blocks[index].items():
                story_blocks.add(fingerprint)
                if is_quote:
                    quoted.add(fingerprint)
        support.update(story_blocks)

    needed = max(2, math.ceil(min_share * len(stories)))
    needed_quoted = max(needed, math.ceil(QUOTE_SHARE * len(stories)))
    learned = frozenset(
        fingerprint
        for fingerprint, count in support.items()
        if count >= (needed_quoted if fingerprint in quoted else needed)
    )
    return BoilerplateModel(site=site, fingerprints=learned, pages_seen=len(stories))


def strip_boilerplate(paragraphs: Sequence[str], model: BoilerplateModel) -> list[str]:
    """Return the paragraphs without those the model learned as the site's boilerplate."""
    if not model.fingerprints:
        return list(paragraphs)
    return [p for p in paragraphs if p not in model]


def block_fingerprint(block: str) -> str:
    """Return the fingerprint of one text block, as the model stores it (hex)."""
    text = " ".join(unicodedata.normalize("NFKC", block).split())
    if len(text) > LONG_BLOCK_CHARS:
        # Long prose repeats across pages only when it is the same text: a reused background
        # paragraph with one figure changed is news, so it must match verbatim to be learned.
        key = "v:" + text
    else:
        # Short furniture varies in case, punctuation, counters and dates ("3 min read",
        # "Updated 14:02", "READ ALSO:"); none of that makes it a different block.
        key = "n:" + " ".join(_NOT_WORD.sub(" ", _NUMBER.sub("0", text.casefold())).split())
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=FINGERPRINT_BYTES)
    return digest.hexdigest()


def _fingerprints(block: str) -> list[str]:
    """Return the block's own fingerprint and, for a labelled teaser, its label's."""
    found = [block_fingerprint(block)]
    label = _label(block)
    if label is not None:
        found.append(block_fingerprint("label: " + label))
    return found


def _label(block: str) -> str | None:
    """Return the lead-in of a short labelled block ("Read also: <headline>"), if it has one."""
    # Teasers repeat their label on every page while the headline after it changes, so the
    # whole block never repeats; its label does. Quoted speech ("Kask: “We will …”") and long
    # paragraphs are prose, whatever precedes a colon.
    if len(block) > MAX_LABELLED_CHARS or _QUOTED_SPEECH.search(block):
        return None
    match = _LABEL.match(block)
    if match is None or len(match.group(1).split()) > MAX_LABEL_WORDS:
        return None
    return match.group(1)


def _page_fingerprints(page: Page) -> dict[str, bool]:
    """Map each block of a page to whether it quotes speech (once per page, however often)."""
    if isinstance(page, str | bytes):
        blocks = [*_html_blocks(page), *_extracted_paragraphs(page)]
    else:
        blocks = list(page)
    found: dict[str, bool] = {}
    for block in blocks:
        if not any(char.isalnum() for char in block):
            continue  # separators and bullets carry no text to recognise
        is_quote = bool(_QUOTED_SPEECH.search(block))
        for fingerprint in _fingerprints(block):
            found[fingerprint] = found.get(fingerprint, False) or is_quote
    return found


def _html_blocks(page: str | bytes) -> list[str]:
    """Return the text of every leaf block of the page (a block with no block inside it)."""
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return []  # empty or unparsable: the extracted paragraphs may still say something
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    containers = set()
    for element in elements:
        if element.tag in _BLOCK_TAGS:
            containers.update(element.iterancestors())
    blocks = []
    for element in elements:
        if element.tag not in _BLOCK_TAGS or element in containers:
            continue
        if any(ancestor.tag in _SKIP_TAGS for ancestor in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if text:
            blocks.append(text)
    return blocks


def _extracted_paragraphs(page: str | bytes) -> list[str]:
    """Return the paragraphs extract_article keeps from the page: what leaks is what counts."""
    # Imported here: article.py imports this module for its hook, so a top-level import would
    # be circular.
    from watchdesk.errors import InputError
    from watchdesk.extract.article import PARAGRAPH_SEPARATOR, extract_article

    content = page.encode("utf-8") if isinstance(page, str) else page
    raw = RawDocument(
        uri="boilerplate:page",
        content=content,
        content_type="text/html",
        fetched_at=_NO_TIME,
        encoding="utf-8" if isinstance(page, str) else None,
    )
    try:
        article = extract_article(raw)
    except InputError:
        return []  # no main text: the raw blocks alone speak for this page
    return article.text.split(PARAGRAPH_SEPARATOR)


def _distinct_stories(page_blocks: Sequence[dict[str, bool]], min_share: float) -> list[list[int]]:
    """Group pages that are copies of one story; return the groups as lists of page indices."""
    counts: Counter[str] = Counter()
    for blocks in page_blocks:
        counts.update(blocks.keys())  # a dict would add its values
    # Two pages are compared on their story text only, so that furniture cannot make unrelated
    # pages look alike. What is furniture is judged on the *other* pages: a block the pair
    # shares and few other pages carry is their story, even when the story itself was run so
    # often that it sits on half the site's pages.
    others_needed = max(1, math.ceil(min_share * (len(page_blocks) - 2)))
    parent = list(range(len(page_blocks)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def story_text(page: int, pair: tuple[dict[str, bool], dict[str, bool]]) -> set[str]:
        left, right = pair
        return {
            f for f in page_blocks[page] if counts[f] - (f in left) - (f in right) < others_needed
        }

    # Pairwise, but only over pages of one site at learning time (tens to a few hundred).
    for left in range(len(page_blocks)):
        for right in range(left + 1, len(page_blocks)):
            pair = (page_blocks[left], page_blocks[right])
            own_left, own_right = story_text(left, pair), story_text(right, pair)
            smaller = min(len(own_left), len(own_right))
            if smaller and len(own_left & own_right) / smaller >= SAME_STORY_OVERLAP:
                parent[root(right)] = root(left)
    groups: dict[int, list[int]] = {}
    for index in range(len(page_blocks)):
        groups.setdefault(root(index), []).append(index)
    return list(groups.values())
