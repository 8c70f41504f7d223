"""Stage 1: a RawDocument → its Article: clean main text and metadata, via trafilatura for HTML.

The text is a sequence of paragraphs separated by one blank line ("\n\n"); inside a paragraph
white space is collapsed to single spaces, so a newline never falls inside a sentence. HTML
headings (h2, h3 …) are kept as paragraphs of their own: they often carry the claim a section
makes ("Opposition demands answers"). Only a leading heading that repeats the title is dropped.
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date
from itertools import pairwise
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

import lxml.html
import nh3
from lxml import etree
from trafilatura import bare_extraction
from trafilatura.readability_lxml import Document as ReadabilityDocument
from trafilatura.utils import load_html

from watchdesk.errors import NoMainText
from watchdesk.extract.boilerplate import BoilerplateModel, strip_boilerplate
from watchdesk.extract.cleanup import Block, clean_blocks, confirmed_edges
from watchdesk.extract.decode import decode_document
from watchdesk.extract.language import detect_language
from watchdesk.extract.lexicon import HTML_ELEMENTS
from watchdesk.records import Article, RawDocument

PARAGRAPH_SEPARATOR = "\n\n"
MIN_LETTERS = 20  # fewer letters than a short headline: a cookie wall or error page, no article
MAX_TITLE_CHARS = 150  # a plain-text first line longer than this is prose, not a headline
MAX_CREDIT_CHARS = 160  # a syndication credit is one short line; a longer paragraph is prose
CREDIT_TAIL = 3  # credits sit at the very end ("Source: X") or right after the headline
CREDIT_HEAD = 2  # … where a standfirst may come first
# No attribute the extractors read (a meta description, a link, a class) is longer; past this a
# value is cut, as trafilatura's tag-stripping pattern takes time quadratic in a value's '<'s.
MAX_ATTRIBUTE_CHARS = 4_000
HEAD_SEARCH_CHARS = 20_000  # where to look for <link rel="canonical"> when </head> is missing

# Invisible characters that split words for tokenizers and search without showing on screen.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"))
# C0/C1 controls other than tab and newline survive some CMS exports; they are never prose.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# "<" that may open markup: an element name (checked against HTML's), a comment or a doctype.
_ANGLE = re.compile(r"<(?P<close>/?)(?P<name>[a-zA-Z][a-zA-Z0-9-]*)?(?P<other>[!?])?")
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_REL_CANONICAL = re.compile(r"""\brel\s*=\s*["']?canonical\b""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*["'](?P<url>[^"']*)["']""", re.IGNORECASE)

# "Source: Baltic Wire", "Originally published by Meduza", "This article first appeared in
# The Moscow Times and is republished with permission.", "Источник: ТАСС".
_CREDIT = re.compile(
    r"""^(?:
        source\s*:
      | (?:this\s+(?:article|story|piece)\s+(?:was\s+)?)?(?:first|originally)\s+
        (?:published|appeared)\s+(?:by|in|on|at)
      | this\s+(?:article|story|piece)\s+(?:was\s+)?(?:published|appeared)\s+(?:by|in|on|at)
      | republished\s+(?:from|with\s+permission\s+(?:from|of))
      | (?:based\s+on|with)\s+(?:reporting|reports|material)\s+(?:by|from)
      | источник\s*:
      | впервые\s+опубликовано\s+(?:в|на)
    )\s*(?P<outlet>.+)$""",
    re.IGNORECASE | re.VERBOSE,
)
# "By Maeve Halloran", "By Maeve Halloran and Tom Reed, Reuters", "Von Anna Schmidt", "Автор: Иван
# Петров": a byline is metadata (the author), not a line of the article.
_BYLINE = re.compile(
    r"^(?i:by|von|par|por|автор\s*:|текст\s*:)\s+(?P<name>[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){1,3})"
    r"(?:\s*(?:,|and|und|et|y|и)\s+.*)?$"
)
MAX_BYLINE_WORDS = 12  # names, "and", an outlet: more than this is a sentence
BYLINE_HEAD = 3  # bylines sit under the headline or the standfirst
# "Anna Berg contributed reporting.", "Reuters contributed to this report."
_CONTRIBUTED = re.compile(
    r"^[^.!?]{0,120}\bcontributed(?:\s+reporting|\s+to\s+this\s+(?:report|story|article))"
    r"[^.!?]{0,60}\.?$",
    re.IGNORECASE,
)

# What may follow the outlet's name: "… and is republished with permission", "… on March 3".
_CREDIT_END = re.compile(r"\s*(?:[,;(]|\s(?:and|under|with|on)\s).*$|[\s.]+$", re.IGNORECASE)

# trafilatura's XML: these elements start and end a paragraph; `lb` is a line break inside one.
_BLOCKS = {"p", "head", "item", "quote", "list", "table", "row", "code", "div", "section", "body"}
_BREAK, _CELL = "\x1e", "\x1f"  # record / unit separators: cannot survive _clean, so safe markers
_HEADING = "\x1a"  # marks a block that was a heading (also a control character: safe)
# The text of a link; trafilatura drops links (its include_links mode re-splits paragraphs), so
# which blocks were links is read from the page itself.
_ANCHOR_TAG = re.compile(r"<(/?)a\b[^>]*>", re.IGNORECASE)
_INNER_TAG = re.compile(r"<[^>]*>")
MIN_LINK_WORDS = 3  # "Home", "World": one or two words are menus, and can be headings too


def extract_article(raw: RawDocument, boilerplate: BoilerplateModel | None = None) -> Article:
    """Return the document's main text and metadata; raise NoMainText when there is no article.

    With a `boilerplate` model learned from the document's site, the blocks the site repeats on
    most of its pages (author bios, "Read also", newsletter boxes) are dropped from the text.
    """
    text = decode_document(raw)
    if raw.content_type == "text/html":
        tree = _bound_attributes(load_html(text))  # parsed once: trafilatura copies, readability
        meta, blocks = _from_html(text, tree)
        blocks = clean_blocks(_mark_links(blocks, _anchor_texts(text)))
        paragraphs = [block.text for block in confirmed_edges(blocks, _second_opinion(tree))]
    else:
        meta, paragraphs = {}, _from_plain_text(text)

    title = meta.get("title") or raw.title
    if title is None and raw.content_type == "text/plain" and _is_headline(paragraphs):
        title = paragraphs.pop(0)  # the first line of a plain-text file is its headline
    elif title and paragraphs and _same_text(paragraphs[0], title):
        paragraphs.pop(0)  # trafilatura repeats the h1 as the first line; the title field has it
    syndicated_from, paragraphs = _find_credit(paragraphs)
    byline, paragraphs = _find_byline(paragraphs)
    if boilerplate is not None:
        paragraphs = strip_boilerplate(paragraphs, boilerplate)
        if syndicated_from is None:  # learned blocks after the credit line may have hidden it
            syndicated_from, paragraphs = _find_credit(paragraphs)

    body = PARAGRAPH_SEPARATOR.join(paragraphs)
    if sum(char.isalpha() for char in body) < MIN_LETTERS:
        raise NoMainText(raw.uri, f"{len(body)} characters of text after extraction")
    page_url = meta.get("url")
    canonical = meta.get("canonical")
    return Article(
        url=_own_url(raw.uri, page_url),
        title=title or _stem(raw.uri),
        text=body,
        language=_language_tag(raw.language) or detect_language(body),
        published=_parse_date(meta.get("date")) or raw.published,
        author=meta.get("author") or byline,
        site=meta.get("site") or _host(raw.uri),
        canonical_url=canonical or page_url,
        syndicated_from=syndicated_from,
    )


def _own_url(uri: str, page_url: str | None) -> str:
    """Where the article lives: the fetched URL, or for a saved file the URL the page gives."""
    if urlsplit(uri).scheme in ("http", "https") or not page_url:
        return uri
    return page_url if urlsplit(page_url).scheme in ("http", "https") else uri


def _canonical_link(page: str) -> str | None:
    """The page's `<link rel="canonical">`: a reprint points it at the original.

    trafilatura reports og:url before it, which is the reprint's own address, so the link is
    read here; only the head is searched.
    """
    head = page[: page.find("</head>")] if "</head>" in page else page[:HEAD_SEARCH_CHARS]
    for tag in _LINK_TAG.findall(head):
        if _REL_CANONICAL.search(tag):
            href = _HREF.search(tag)
            if href:
                url = html.unescape(href.group("url")).strip()
                if urlsplit(url).scheme in ("http", "https"):
                    return url
    return None


def _from_html(page: str, tree: Any) -> tuple[dict[str, str], list[Block]]:
    """Run trafilatura and return its cleaned metadata and the main text's blocks."""
    if tree is None:  # nothing lxml can read as HTML
        return {}, []
    document = bare_extraction(
        tree,  # trafilatura copies a tree it is given before changing it
        url=None,  # so that `url` in the result is the page's own canonical link, never our input
        include_comments=False,  # reader comments are not the article (and on by default)
        include_tables=True,  # tables in news carry figures the desk extracts
        with_metadata=True,
        # Dates from markup (meta tags, <time>, JSON-LD, the URL): the extensive search scans
        # free text and would take a date *mentioned* in the article ("signed on May 14, 2019")
        # for its publication. htmldate's fast path still accepts a bare ISO date in the text.
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if document is None:
        return {}, []
    # A Document unless as_dict=True (deprecated) is passed; the dict case only satisfies the types.
    fields = document if isinstance(document, dict) else document.as_dict()
    meta = {
        "canonical": _canonical_link(page) or "",
        "title": _clean(fields.get("title") or ""),
        "author": _clean(fields.get("author") or ""),
        "site": _clean(fields.get("sitename") or fields.get("hostname") or ""),
        "url": (fields.get("url") or "").strip(),
        "date": (fields.get("date") or "").strip(),
    }
    body = fields.get("body")
    if body is not None and len(body):
        blocks = _blocks_from_tree(body)
    else:  # fallback extractors may leave only the text
        blocks = [Block(_clean(line)) for line in (fields.get("text") or "").split("\n")]
    return {key: value for key, value in meta.items() if value}, [b for b in blocks if b.text]


def _bound_attributes(tree: Any) -> Any:
    """Cut every attribute value longer than MAX_ATTRIBUTE_CHARS (a hostile page's megabytes)."""
    if tree is None:
        return None
    for element in tree.iter():
        attributes = getattr(element, "attrib", None)
        if not attributes:
            continue
        for name, value in attributes.items():
            if len(value) > MAX_ATTRIBUTE_CHARS:
                attributes[name] = value[:MAX_ATTRIBUTE_CHARS]
    return tree


def _second_opinion(tree: Any) -> str:
    """The main text as trafilatura's readability port finds it (5 ms a page), or "".

    The port changes the tree it reads, so it runs last.
    """
    if tree is None:
        return ""
    try:
        summary = ReadabilityDocument(tree).summary()
        return " ".join(lxml.html.fromstring(summary).itertext()) if summary.strip() else ""
    except (etree.LxmlError, ValueError):  # an unparsable summary is no opinion
        return ""


def _blocks_from_tree(body: Any) -> list[Block]:
    """Flatten trafilatura's XML body into blocks, one per block element."""
    pieces: list[str] = []
    _flatten(body, pieces)
    blocks = []
    for chunk in "".join(pieces).split(_BREAK):
        # Table cells joined with " | " keep a row's figures on one line, in order.
        cells = [_clean(cell) for cell in chunk.replace(_HEADING, "").split(_CELL)]
        paragraph = " | ".join(cell for cell in cells if cell)
        if paragraph:
            blocks.append(Block(paragraph, heading=_HEADING in chunk))
    return blocks


def _anchor_texts(page: str) -> frozenset[str]:
    """The texts of the page's links of three words or more, case-folded, single-spaced."""
    texts = set()
    # One pass over the <a> and </a> tags: an anchor's text runs from its tag to the next one
    # (a regex spanning both would rescan the page after every unclosed <a>).
    for opening, closing in pairwise(_ANCHOR_TAG.finditer(page)):
        if opening[1] or not closing[1]:
            continue
        inner = page[opening.end() : closing.start()]
        text = " ".join(html.unescape(_INNER_TAG.sub(" ", inner)).split()).casefold()
        if len(text.split()) >= MIN_LINK_WORDS:
            texts.add(text)
    return frozenset(texts)


def _mark_links(blocks: list[Block], anchors: frozenset[str]) -> list[Block]:
    """Mark the share of each block's parts (table cells) whose whole text is a link's text.

    A part "Label: <link text>" counts as linked too ("Read also: <headline>").
    """
    marked = []
    for block in blocks:
        parts = block.text.casefold().split(" | ")
        linked = sum(part in anchors or part.partition(": ")[2] in anchors for part in parts)
        marked.append(Block(block.text, block.heading, link_share=linked / len(parts)))
    return marked


def _flatten(element: Any, pieces: list[str]) -> None:
    """Append the element's text with paragraph and cell markers (recursive, document order)."""
    tag = element.tag if isinstance(element.tag, str) else ""  # comments and PIs have no name
    if tag in _BLOCKS:
        pieces.append(_BREAK + (_HEADING if tag == "head" else ""))
    elif tag == "cell":
        pieces.append(_CELL)
    elif tag == "lb":
        pieces.append(" ")  # a <br> inside a paragraph is layout, not a new paragraph
    if tag and element.text:
        pieces.append(element.text)
    for child in element:
        _flatten(child, pieces)
    if tag in _BLOCKS:
        pieces.append(_BREAK)
    if element.tail:
        pieces.append(element.tail)


def _from_plain_text(text: str) -> list[str]:
    """Split plain text into paragraphs at blank lines; a newline inside a paragraph is a space."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p for p in (_clean(block) for block in re.split(r"\n[ \t\f\v]*\n", text)) if p]


def _is_headline(paragraphs: list[str]) -> bool:
    """Say whether the first paragraph reads as a headline: short, one line, no closing period."""
    if len(paragraphs) < 2:
        return False  # a lone paragraph is the article, whatever its length
    first = paragraphs[0]
    return len(first) <= MAX_TITLE_CHARS and not first.endswith((".", ":", ";", ","))


def _find_credit(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """Find a syndication credit near the start or the end, and drop its line from the text."""
    # Only the first paragraph and the last few: a "Source: IMF" under a chart mid-article
    # credits a figure, not the article.
    head = range(min(CREDIT_HEAD, len(paragraphs)))
    candidates = dict.fromkeys(
        [*head, *range(max(0, len(paragraphs) - CREDIT_TAIL), len(paragraphs))]
    )
    for index in candidates:
        paragraph = paragraphs[index] if index < len(paragraphs) else ""
        if len(paragraph) > MAX_CREDIT_CHARS:
            continue
        match = _CREDIT.match(paragraph)
        if match is None:
            continue
        outlet = _CREDIT_END.sub("", match.group("outlet")).strip(" \"'«»“”")
        if outlet and not outlet[0].isdigit():  # "First published on 3 March" names no outlet
            return outlet, paragraphs[:index] + paragraphs[index + 1 :]
    return None, paragraphs


def _find_byline(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """Take a byline from the text's head (the author) and contributor lines from its end."""
    author = None
    kept = list(paragraphs)
    for index, paragraph in enumerate(kept[:BYLINE_HEAD]):
        match = _BYLINE.match(paragraph)
        if match and len(paragraph.split()) <= MAX_BYLINE_WORDS:
            author = match["name"]
            del kept[index]
            break
    tail = range(max(0, len(kept) - CREDIT_TAIL), len(kept))
    dropped = {index for index in tail if _CONTRIBUTED.match(kept[index])}
    return author, [p for index, p in enumerate(kept) if index not in dropped]


def _clean(text: str) -> str:
    """Return text NFC-normalised, with no markup, no invisible characters and single spaces."""
    if "<" in text and any(map(_opens_markup, _ANGLE.finditer(text))):
        # nh3 drops tags (and script/style content) and escapes what is left; unescaping
        # after it restores the literal text without letting any markup back in. Brackets
        # that open no element ("<stdin>", "<your name>") are escaped first so that they stay.
        protected = _ANGLE.sub(lambda m: m[0] if _opens_markup(m) else "&lt;" + m[0][1:], text)
        text = html.unescape(nh3.clean(protected, tags=set()))
    text = _CONTROLS.sub(" ", text.translate(_INVISIBLE))
    return " ".join(unicodedata.normalize("NFC", text).split())


def _opens_markup(match: re.Match[str]) -> bool:
    """Say whether a "<" opens a tag of an HTML element, a comment or a doctype."""
    name = match["name"]
    return bool(match["other"]) if name is None else name.lower() in HTML_ELEMENTS


def _same_text(left: str, right: str) -> bool:
    return left.casefold().rstrip(".") == right.casefold().rstrip(".")


def _parse_date(value: str | None) -> date | None:
    """Read trafilatura's YYYY-MM-DD date; anything else counts as no date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _language_tag(hint: str | None) -> str | None:
    """Reduce an operator or feed hint ("en-GB", "RU") to its ISO 639-1 primary subtag."""
    if not hint:
        return None
    primary = hint.strip().replace("_", "-").split("-")[0].lower()
    return primary or None


def _stem(uri: str) -> str:
    """Name an untitled document after its file (or the last segment of its URL)."""
    path = PurePosixPath(unquote(urlsplit(uri).path))
    return path.stem or urlsplit(uri).netloc or uri


def _host(uri: str) -> str | None:
    """A web page's host stands in for a missing site name; a local file has none."""
    parts = urlsplit(uri)
    return parts.hostname if parts.scheme in {"http", "https"} else None
