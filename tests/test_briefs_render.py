"""Rendering a brief: citations become links to the sentence, hostile bodies come out inert."""

from __future__ import annotations

from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watchdesk.briefs_render import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    URL_SCHEMES,
    brief_html,
    brief_markdown,
    brief_pdf,
    cited_ids,
    render_body,
)
from watchdesk.records import ArticleRef, PublishedBrief, Span, Statement, StoredStatement

ARTIFACTS = Path(__file__).parent / "artifacts"


def _stored(statement_id: int, index: int, speaker: str, content: str, **ref: object):
    article = {
        "id": 40 + statement_id,
        "url": f"https://velsk.example/{statement_id}",
        "title": "Crossings to reopen, minister says",
        "site": "Velsk Courier",
        "published": date(2026, 2, 16),
        "language": "en",
    }
    statement = Statement(
        speaker=speaker,
        speaker_mention=speaker,
        cue="said",
        kind="indirect",
        content=content,
        span=Span(0, len(content)),
    )
    return StoredStatement(
        statement_id,
        ArticleRef(**{**article, **ref}),
        index,
        statement,  # type: ignore[arg-type]
    )


STATEMENTS = {
    7: _stored(7, 0, "Ilse Brandvik", "the crossings will reopen next week"),
    9: _stored(
        9,
        2,
        "Айдис Варро",
        "дата открытия переходов не назначена",
        title="Переходы остаются закрытыми",
        site="Вельский вестник",
        language="ru",
    ),
}


def _brief(body: str, language: str = "en", **fields: object) -> PublishedBrief:
    values: dict[str, object] = {
        "id": 3,
        "theme": "Crossings",
        "week": "2026-W08",
        "language": language,
        "headline": "The capital sends mixed signals",
        "lead": "Ministers promise a reopening the president will not date.",
        "body": body,
        "trend": "mixed",
        "published_at": datetime(2026, 2, 23, 9, tzinfo=UTC),
    }
    return PublishedBrief(**{**values, **fields})  # type: ignore[arg-type]


class _Tags(HTMLParser):
    """Every start tag with its attributes, as a browser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(markup: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(markup)
    return parser.tags


def _assert_inert(markup: str) -> None:
    for tag, attrs in _tags(markup):
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs.items():
            assert name in ALLOWED_ATTRIBUTES.get(tag, set()) | {"rel"}, (tag, name)
            if name == "href" and value:
                scheme = urlsplit(value.strip()).scheme.lower()
                assert scheme in {"", *URL_SCHEMES}, value


def test_a_citation_links_to_the_sentence_in_its_article():
    body = render_body("The minister was sure [[s:7]].", STATEMENTS)

    [(_, sup), (_, link)] = [t for t in _tags(body.html) if t[0] in ("sup", "a")]
    assert sup["class"] == "cite"
    assert link["href"] == "/articles/47#st-0"
    assert link["title"] == "Ilse Brandvik: the crossings will reopen next week"
    assert body.sources[0].statement_href == "/statements/7"


def test_citations_are_numbered_by_first_appearance_and_reused():
    body = render_body("A [[s:9]], b [[s:7]], again [[s:9]].", STATEMENTS)

    assert [s.statement_id for s in body.sources] == [9, 7]
    assert body.html.count(">[1]<") == 2
    assert body.html.count(">[2]<") == 1
    assert cited_ids("A [[s:9]], b [[s:7]], again [[s:9]].") == [9, 7]


def test_an_absolute_base_url_makes_export_links_absolute():
    body = render_body("[[s:7]]", STATEMENTS, base_url="https://desk.example")

    assert 'href="https://desk.example/articles/47#st-0"' in body.html


def test_a_citation_of_a_statement_no_longer_stored_is_marked_not_linked():
    body = render_body("Gone [[s:404]].", STATEMENTS)

    assert '<sup class="cite missing">[1?]</sup>' in body.html
    assert "<a" not in body.html
    assert body.sources[0].stored is None


def test_a_citation_inside_code_stays_literal():
    body = render_body("Write `[[s:7]]` to cite.", STATEMENTS)

    assert "<code>[[s:7]]</code>" in body.html


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<iframe src='https://evil.example'></iframe>",
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](jav&#x61;script:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click][ref]\n\n[ref]: vbscript:msgbox(1)",
    "<javascript:alert(1)>",
    "![x](javascript:alert(1))",
    '![x](https://tracker.example/pixel.gif "t")',
    '<svg onload="alert(1)"><circle/></svg>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '[ok](https://example.org "a\\" onmouseover=\\"alert(1)")',
    "<form action=https://evil.example><input name=q></form>",
    "<<script>script>alert(1)<</script>/script>",
    '<p onclick="alert(1)">[[s:7]]</p>',
]


@pytest.mark.parametrize("body", HOSTILE)
def test_hostile_markdown_and_html_render_inert(body):
    rendered = render_body(body, STATEMENTS).html

    _assert_inert(rendered)
    assert "<script" not in rendered.lower()


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("<>\"'=/:[]()!&#;*_`\n sajvcriptonerolhf1")), max_size=80)
)
def test_no_body_whatever_its_text_renders_a_tag_or_attribute_outside_the_allow_list(body):
    _assert_inert(render_body(body, STATEMENTS).html)


def test_the_html_page_escapes_headline_and_lead_and_names_its_language():
    page = brief_html(
        _brief("Body.", "ru", headline="<script>alert(1)</script>", lead='"><img src=x>'),
        STATEMENTS,
    )

    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page
    assert "<img src=x>" not in page
    assert '<html lang="ru">' in page
    assert "Неоднозначно" in page


def test_markdown_export_turns_citations_into_links_and_lists_the_sources():
    text = brief_markdown(
        _brief("Sure [[s:7]]; not sure [[s:9]]."), STATEMENTS, base_url="https://d.example"
    )

    assert "Sure [\\[1\\]](https://d.example/articles/47#st-0)" in text
    assert "## Sources" in text
    assert "2. **Айдис Варро**: “дата открытия переходов не назначена”" in text
    assert text.startswith("# The capital sends mixed signals\n")


BODY_EN = """The defence ministry said the crossings would reopen next week [[s:7]], but
the president's office set no date [[s:9]].

## What changed

- Two official voices now **contradict** each other.
- No troop figures were given.
"""

BODY_RU = """Министерство обороны заявило, что переходы откроются на следующей неделе [[s:7]],
однако администрация президента дату не назначила [[s:9]].

## Что изменилось

- Два официальных голоса теперь **противоречат** друг другу.
- Цифр о войсках не приводилось.
"""


@pytest.mark.parametrize(("language", "body"), [("en", BODY_EN), ("ru", BODY_RU)])
def test_the_pdf_renders_a_page_per_language_and_is_kept_as_an_artefact(language, body):
    headline = {"en": "The capital sends mixed signals", "ru": "Столица подаёт смешанные сигналы"}
    lead = {
        "en": "Ministers promise a reopening the president will not date.",
        "ru": "Министры обещают открытие, которому президент не называет даты.",
    }
    brief = _brief(body, language, headline=headline[language], lead=lead[language])

    pdf = brief_pdf(brief, STATEMENTS)

    assert pdf.startswith(b"%PDF-")
    assert len(pdf) > 8_000  # text, fonts and links, not an empty page
    assert pdf.rstrip().endswith(b"%%EOF")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"brief-{language}.pdf").write_bytes(pdf)
    (ARTIFACTS / f"brief-{language}.html").write_text(brief_html(brief, STATEMENTS))
