"""What a reader sees of a desk page, and the English words left in it when it should be Russian.

Visible text is the text of the body and the title, with the attributes a browser shows or reads
aloud (title, placeholder, aria-label, alt, a button's value), less `<code>`, `<pre>` and `<kbd>`
(commands, sources, keys) and what a user types into a `<textarea>`. Text in an element whose
`lang` differs from the page's is quoted source text (a statement, a title), not the interface.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.html

SHOWN_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")
# A word glued to digits is a code ("2026-W08", "H2"), not a word of the interface.
LATIN_WORD = re.compile(r"(?<![0-9])[A-Za-z][A-Za-z'’]*(?![0-9A-Za-z])")
# Names and codes a Russian page may show in Latin letters.
CODES = frozenset(
    {"watchdesk", "API", "JSON", "CSV", "URL", "RSS", "Atom", "HTML", "Markdown", "PDF", "ID"}
    | {"en", "ru"}
)


def visible_words(html: str) -> list[str]:
    """Every Latin-script word of the interface of a page, in document order."""
    tree = lxml.html.document_fromstring(html)
    page_language = tree.get("lang", "")
    for hidden in tree.xpath(
        "//script | //style | //template | //code | //pre | //kbd | //textarea"
        " | //input[@type='hidden']"
    ):
        _drop(hidden)
    for quoted in tree.xpath("//head//*[@lang] | //body//*[@lang]"):
        if quoted.get("lang") != page_language:
            _drop(quoted)
    texts: list[str] = list(tree.itertext())
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        texts.extend(element.get(a, "") for a in SHOWN_ATTRIBUTES)
        if element.tag == "input" and element.get("type") in ("submit", "button", "reset"):
            texts.append(element.get("value", ""))
    return [w for text in texts for w in LATIN_WORD.findall(text)]


def english_left(html: str, names: Iterable[str] = ()) -> list[str]:
    """Latin-script words of a page that are neither a code nor part of one of the given names."""
    allowed = set(CODES) | {w for name in names for w in LATIN_WORD.findall(name)}
    return [w for w in visible_words(html) if w not in allowed]


def _drop(element: lxml.html.HtmlElement) -> None:
    """Remove an element but keep the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)
