"""Briefs as readers get them: Markdown with citations → safe HTML, an HTML page, Markdown, a PDF.

Pure: records in, text or bytes out, shared by the desk, the public pages, the exports and the
newsletter. A brief body is Markdown (CommonMark plus tables) in which `[[s:ID]]` cites the
stored statement ID. A citation becomes a numbered link to the sentence in its article (the
desk's article view highlights `#st-<index>`), and the list of sources under the body names
each statement, its speaker and its article, with a link to the statement's own page.

Bodies are written by people and read by the public, so the HTML is built with raw HTML off in
the Markdown parser and then cleaned by an allow-list (nh3): a tag, attribute or URL scheme
that is not listed is dropped, whatever a body contains.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from watchdesk.analysis.trend_words import trend_words
from watchdesk.records import PublishedBrief, StoredStatement

CITATION = re.compile(r"\[\[s:(\d{1,12})\]\]")  # [[s:42]] cites statement 42

# What a rendered body may contain: text structure and links, nothing that runs, loads or styles.
ALLOWED_TAGS = frozenset(
    {
        *("p", "br", "hr", "em", "strong", "del", "s", "code", "pre", "blockquote"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "sup"),
        *("table", "thead", "tbody", "tr", "th", "td"),
    }
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "class", "lang"}, "sup": {"class"}, "ol": {"start"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})

# Words of the rendered page, per language of the brief (the reader's language, not the desk's).
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "sources": "Sources",
        "trend": "Trend",
        "week": "Week",
        "statement": "statement",
        "missing": "a cited statement is no longer stored",
        "quote": "“{}”",
    },
    "ru": {
        "sources": "Источники",
        "trend": "Тенденция",
        "week": "Неделя",
        "statement": "заявление",
        "missing": "процитированного заявления больше нет в базе",
        "quote": "«{}»",
    },
}


def labels(language: str) -> dict[str, str]:
    """The page words for `language`, English for a language without its own."""
    return LABELS.get(language, LABELS["en"])


def trend_label(trend: str, language: str) -> str:
    """The trend rating as a reader of `language` sees it ("Mixed", "Неоднозначно")."""
    words = trend_words(trend, language)
    return words[:1].upper() + words[1:]


@dataclass(frozen=True, slots=True)
class Source:
    """One cited statement as the list of sources shows it."""

    number: int
    statement_id: int
    stored: StoredStatement | None  # None: cited, but no longer in the store
    article_href: str  # the sentence in its article on the desk ("" when missing)
    statement_href: str


@dataclass(frozen=True, slots=True)
class RenderedBody:
    """A body as safe HTML and the sources its citations point to, in order of first citation."""

    html: str
    sources: tuple[Source, ...]


def cited_ids(body: str) -> list[int]:
    """Statement ids cited in a Markdown body, each once, in order of first citation."""
    return list(dict.fromkeys(int(found) for found in CITATION.findall(body)))


def _citation_rule(state: StateInline, silent: bool) -> bool:
    found = CITATION.match(state.src, state.pos)
    if found is None:
        return False
    if not silent:
        token = state.push("citation", "", 0)
        token.meta = {"id": int(found[1])}
    state.pos = found.end()
    return True


def _parser() -> MarkdownIt:
    # Raw HTML off: a tag typed in a body is shown as text; the sanitiser is the second wall.
    md = MarkdownIt("commonmark", {"html": False}).enable("table").enable("strikethrough")
    md.inline.ruler.before("link", "citation", _citation_rule)
    return md


def _sources(
    ids: Sequence[int], statements: Mapping[int, StoredStatement], base_url: str
) -> list[Source]:
    found = []
    for number, statement_id in enumerate(ids, start=1):
        stored = statements.get(statement_id)
        article_href = (
            f"{base_url}/articles/{stored.article.id}#st-{stored.index}" if stored else ""
        )
        statement_href = f"{base_url}/statements/{statement_id}"
        found.append(Source(number, statement_id, stored, article_href, statement_href))
    return found


def render_body(
    body: str, statements: Mapping[int, StoredStatement], *, base_url: str = ""
) -> RenderedBody:
    """Render a brief body to sanitised HTML; `base_url` makes its links absolute (exports)."""
    sources = {s.statement_id: s for s in _sources(cited_ids(body), statements, base_url)}
    md = _parser()

    def citation(_: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        source = sources[tokens[idx].meta["id"]]
        if source.stored is None:
            return f'<sup class="cite missing">[{source.number}?]</sup>'
        said = f"{source.stored.statement.speaker}: {source.stored.statement.content}"
        return (
            f'<sup class="cite"><a class="cite" href="{html.escape(source.article_href)}"'
            f' title="{html.escape(said)}" lang="{html.escape(source.stored.article.language)}">'
            f"[{source.number}]</a></sup>"
        )

    md.add_render_rule("citation", citation)
    dirty = md.render(body)
    clean = nh3.clean(
        dirty,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
    )
    return RenderedBody(clean, tuple(sources.values()))


def _source_line_html(source: Source, words: Mapping[str, str]) -> str:
    if source.stored is None:
        return f'<li id="source-{source.number}">{html.escape(words["missing"])}</li>'
    statement, article = source.stored.statement, source.stored.article
    # The title is quoted in the article's language, like the statement.
    title = f'<cite lang="{html.escape(article.language)}">{html.escape(article.title)}</cite>'
    where = ", ".join(
        html.escape(part) for part in (article.site or "", str(article.published or "")) if part
    )
    where = f"{where}, {title}" if where else title
    return (
        f'<li id="source-{source.number}"><strong>{html.escape(statement.speaker)}</strong>: '
        f'<q lang="{html.escape(article.language)}">{html.escape(statement.content)}</q> — '
        f'<a href="{html.escape(source.article_href)}">{where}</a>'
        f' (<a href="{html.escape(source.statement_href)}">'
        f"{html.escape(words['statement'])} #{source.statement_id}</a>)</li>"
    )


def sources_html(sources: Sequence[Source], language: str) -> str:
    """The numbered list of sources under a body, as HTML (empty without citations)."""
    if not sources:
        return ""
    words = labels(language)
    items = "\n".join(_source_line_html(s, words) for s in sources)
    return f'<ol class="sources">\n{items}\n</ol>'


PRINT_CSS = """
@page { size: A4; margin: 2cm 2cm 2.2cm; @bottom-right { content: counter(page); } }
body { font-family: "DejaVu Serif", "Noto Serif", "Liberation Serif", serif; font-size: 11pt;
       line-height: 1.45; color: #111; max-width: 42em; margin: 0 auto; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 .3em; }
.meta { color: #555; font-size: 9.5pt; margin-bottom: 1.2em; }
.trend { font-weight: bold; }
.lead { font-size: 12.5pt; font-weight: bold; }
a { color: #0b4f8a; text-decoration: none; }
sup.cite { font-size: 8pt; }
h2.sources { font-size: 12pt; margin-top: 2em; border-top: 1px solid #999; padding-top: .5em; }
ol.sources { font-size: 9pt; color: #333; padding-left: 1.5em; }
blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 1em; color: #333; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2em .5em; }
"""


def brief_html(
    brief: PublishedBrief, statements: Mapping[int, StoredStatement], *, base_url: str = ""
) -> str:
    """A whole HTML document of one published version, styled for screen and print."""
    words = labels(brief.language)
    body = render_body(brief.body, statements, base_url=base_url)
    trend = trend_label(brief.trend, brief.language) if brief.trend else ""
    meta = " · ".join(
        part
        for part in (
            html.escape(brief.theme),
            f"{words['week']} {html.escape(brief.week)}",
            f'{words["trend"]}: <span class="trend trend-{brief.trend}">{trend}</span>'
            if trend
            else "",
            brief.published_at.date().isoformat(),
        )
        if part
    )
    sources = sources_html(body.sources, brief.language)
    sources_block = f'<h2 class="sources">{words["sources"]}</h2>\n{sources}' if sources else ""
    return f"""<!doctype html>
<html lang="{html.escape(brief.language)}">
<head>
<meta charset="utf-8">
<title>{html.escape(brief.headline)}</title>
<style>{PRINT_CSS}</style>
</head>
<body>
<article class="brief">
<h1>{html.escape(brief.headline)}</h1>
<p class="meta">{meta}</p>
<p class="lead">{html.escape(brief.lead)}</p>
{body.html}
{sources_block}
</article>
</body>
</html>
"""


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")


def _md_text(text: str) -> str:
    """Plain text made literal in Markdown (a quote with brackets stays a quote)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def brief_markdown(
    brief: PublishedBrief, statements: Mapping[int, StoredStatement], *, base_url: str = ""
) -> str:
    """One published version as Markdown: citations as numbered links, sources listed below."""
    words = labels(brief.language)
    sources = _sources(cited_ids(brief.body), statements, base_url)
    number = {s.statement_id: s for s in sources}

    def cite(found: re.Match[str]) -> str:
        source = number[int(found[1])]
        if source.stored is None:
            return f"[{source.number}?]"
        return f"[\\[{source.number}\\]]({source.article_href})"

    trend = (
        f" · {words['trend']}: {trend_label(brief.trend, brief.language)}" if brief.trend else ""
    )
    lines = [
        f"# {_md_text(brief.headline)}",
        "",
        f"*{_md_text(brief.theme)} · {words['week']} {brief.week}{trend}*",
        "",
        _md_text(brief.lead),
        "",
        CITATION.sub(cite, brief.body),
    ]
    if sources:
        lines += ["", f"## {words['sources']}", ""]
        for source in sources:
            if source.stored is None:
                lines.append(f"{source.number}. {words['missing']}")
                continue
            statement, article = source.stored.statement, source.stored.article
            where = ", ".join(
                p for p in (article.site or "", str(article.published or ""), article.title) if p
            )
            lines.append(
                f"{source.number}. **{_md_text(statement.speaker)}**: "
                f"{words['quote'].format(_md_text(statement.content))}"
                f" — [{_md_text(where)}]({source.article_href})"
                f" ([{words['statement']} #{source.statement_id}]({source.statement_href}))"
            )
    return "\n".join(lines).rstrip() + "\n"


def _no_fetching(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    # The document carries everything it needs; a body cannot make the renderer fetch a URL.
    raise ValueError(f"briefs load nothing from outside: {url}")


def brief_pdf(
    brief: PublishedBrief, statements: Mapping[int, StoredStatement], *, base_url: str = ""
) -> bytes:
    """One published version as a printable A4 PDF (WeasyPrint, fonts from the system)."""
    # Imported here: WeasyPrint loads Pango and fonts, which only the PDF export needs.
    from weasyprint import HTML

    document = HTML(
        string=brief_html(brief, statements, base_url=base_url), url_fetcher=_no_fetching
    )
    pdf: bytes = document.write_pdf()
    return pdf


ATOM = "http://www.w3.org/2005/Atom"


def atom_feed(
    entries: Sequence[PublishedBrief],
    statements: Mapping[int, StoredStatement],
    *,
    title: str,
    feed_url: str,
    base_url: str,
    language: str | None = None,
) -> bytes:
    """An Atom 1.0 feed of published versions; every text is escaped by the XML writer."""
    from xml.etree import ElementTree as ET  # the standard library's: nothing to install

    ET.register_namespace("", ATOM)

    def add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed")
    if language:
        feed.set("{http://www.w3.org/XML/1998/namespace}lang", language)
    add(feed, "id", feed_url)
    add(feed, "title", title)
    newest = max((e.published_at for e in entries), default=None)
    add(feed, "updated", (newest or datetime(2000, 1, 1, tzinfo=UTC)).isoformat())
    add(feed, "link", rel="self", type="application/atom+xml", href=feed_url)
    add(feed, "link", rel="alternate", type="text/html", href=f"{base_url}/public/briefs")
    author = add(feed, "author")
    add(author, "name", "watchdesk")
    add(feed, "generator", "watchdesk")
    for brief in entries:
        page = f"{base_url}/public/briefs/{brief.id}/{brief.language}"
        entry = add(feed, "entry")
        add(entry, "id", page)
        add(entry, "title", brief.headline)
        add(entry, "updated", brief.published_at.isoformat())
        add(entry, "published", brief.published_at.isoformat())
        add(entry, "link", rel="alternate", type="text/html", href=page, hreflang=brief.language)
        if brief.trend:
            add(entry, "category", term=brief.trend, label=trend_label(brief.trend, brief.language))
        add(entry, "category", term=brief.theme)
        add(entry, "summary", brief.lead)
        body = render_body(brief.body, statements, base_url=base_url)
        content = body.html + sources_html(body.sources, brief.language)
        add(entry, "content", content, type="html")
    written: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return written
