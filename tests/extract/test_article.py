"""extract_article: a RawDocument → clean main text and metadata."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Literal

import pytest

from watchdesk.errors import BinaryDocument, EmptyDocument, NoMainText
from watchdesk.extract.article import PARAGRAPH_SEPARATOR, extract_article
from watchdesk.records import RawDocument

FIRST = (
    "The defence ministry said on Monday that about 12,000 soldiers would remain in the border "
    "region until the drills end on March 3, despite calls from opposition deputies."
)
QUOTE = (
    "“We were promised a timetable and we have not seen one,” said Maeve Halloran, head of the "
    "defence programme at the Nordic Policy Forum."
)
LAST = (
    "A ministry spokesperson denied that any new units had been sent to the region and said the "
    "numbers had not changed since January, when the exercise was first announced."
)
RU_FIRST = (
    "Министерство обороны заявило в понедельник, что около 12 000 военных останутся в "
    "приграничном районе до окончания учений 3 марта."
)
RU_SECOND = (
    "Представитель ведомства отрицал, что в регион были направлены новые подразделения, и "
    "сказал, что численность не менялась с января."
)


def page(body: str, head: str = "", lang: str = "en") -> str:
    return f"<!DOCTYPE html><html lang='{lang}'><head>{head}</head><body>{body}</body></html>"


NEWS_HEAD = """
<meta charset="utf-8">
<title>Troops to stay until March | The Northern Ledger</title>
<meta property="og:title" content="Troops to stay until March">
<meta property="og:site_name" content="The Northern Ledger">
<meta name="author" content="Mark Stevens">
<meta property="article:published_time" content="2026-02-18T09:30:00Z">
<link rel="canonical" href="https://ledger.example/world/troops-stay">
"""

NEWS_BODY = f"""
<div class="cookie-banner">We use cookies to improve your experience.
<button>Accept all</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li></ul></nav>
<main><article>
<h1>Troops to stay until March</h1>
<p>{FIRST}</p>
<h2>Opposition demands answers</h2>
<p>{QUOTE}</p>
<aside class="read-also"><h3>Read also</h3><ul>
<li><a href="/a">Drills begin near the border</a></li>
<li><a href="/b">What the treaty says</a></li></ul></aside>
<p>{LAST}</p>
<p>Source: Baltic Wire</p>
<div class="author-bio"><p>Mark Stevens covers defence and security for the Ledger.
He previously reported from Brussels.</p></div>
</article></main>
<section class="comments"><h3>Comments</h3><div class="comment"><p>Total nonsense, as usual
from this government, I have said it for years and nobody listens.</p></div></section>
<footer><p>© 2026 The Northern Ledger. All rights reserved.</p>
<a href="/privacy">Privacy</a></footer>
"""


def raw(
    content: str | bytes,
    content_type: Literal["text/html", "text/plain"] = "text/html",
    uri: str = "file:///inbox/troops-stay.html",
    **hints: object,
) -> RawDocument:
    data = content.encode() if isinstance(content, str) else content
    return RawDocument(
        uri=uri,
        content=data,
        content_type=content_type,
        fetched_at=datetime(2026, 2, 20, tzinfo=UTC),
        **hints,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def news() -> RawDocument:
    return raw(page(NEWS_BODY, NEWS_HEAD))


def test_html_main_text_is_the_article_paragraphs_separated_by_blank_lines(
    news: RawDocument,
) -> None:
    text = extract_article(news).text
    assert text == PARAGRAPH_SEPARATOR.join([FIRST, "Opposition demands answers", QUOTE, LAST])


@pytest.mark.parametrize(
    "boilerplate",
    [
        "We use cookies",
        "Accept all",
        "Politics",
        "Read also",
        "Drills begin near the border",
        "covers defence and security",
        "Total nonsense",
        "All rights reserved",
        "Source: Baltic Wire",
    ],
)
def test_boilerplate_stays_out_of_the_text(news: RawDocument, boilerplate: str) -> None:
    assert boilerplate not in extract_article(news).text


def test_html_metadata_is_extracted(news: RawDocument) -> None:
    article = extract_article(news)
    assert article.title == "Troops to stay until March"
    assert article.author == "Mark Stevens"
    assert article.published == date(2026, 2, 18)
    assert article.site == "The Northern Ledger"
    assert article.canonical_url == "https://ledger.example/world/troops-stay"
    assert article.url == "https://ledger.example/world/troops-stay"  # a saved page's own URL
    assert article.language == "en"


def test_fetched_page_keeps_the_url_it_was_fetched_from(news: RawDocument) -> None:
    fetched = replace(news, uri="https://mirror.example/troops")

    assert extract_article(fetched).url == "https://mirror.example/troops"


def test_reprint_canonical_link_wins_over_its_own_og_url(news: RawDocument) -> None:
    html = news.content.decode().replace(
        '<link rel="canonical" href="https://ledger.example/world/troops-stay">',
        '<meta property="og:url" content="https://herald.example/reprint">'
        '<link href="https://wire.example/original" rel="canonical">',
    )
    article = extract_article(replace(news, content=html.encode()))

    assert article.url == "https://herald.example/reprint"
    assert article.canonical_url == "https://wire.example/original"


@pytest.mark.parametrize("credit", ["Source: Baltic Wire", "Based on reporting by Baltic Wire."])
def test_credit_under_a_standfirst_records_syndication(credit: str) -> None:
    standfirst = "Karesian troops will stay in the border district until March."
    paragraphs = [standfirst, credit, FIRST, QUOTE, LAST]
    assert extract_article(raw("\n\n".join(paragraphs), "text/plain")).syndicated_from == (
        "Baltic Wire"
    )


def test_headline_is_not_repeated_as_the_first_paragraph(news: RawDocument) -> None:
    assert not extract_article(news).text.startswith("Troops to stay")


def test_source_line_records_syndication(news: RawDocument) -> None:
    assert extract_article(news).syndicated_from == "Baltic Wire"


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("Source: Baltic Wire", "Baltic Wire"),
        ("SOURCE: Reuters.", "Reuters"),
        ("Originally published by Meduza", "Meduza"),
        ("This article first appeared in The Moscow Times.", "The Moscow Times"),
        (
            "This article was originally published in The Conversation and is republished "
            "under a Creative Commons license.",
            "The Conversation",
        ),
        ("First published on Novaya Gazeta Europe on 3 March 2026.", "Novaya Gazeta Europe"),
        ("Источник: ТАСС", "ТАСС"),
    ],
)
def test_syndication_credit_is_recorded_and_dropped(credit: str, outlet: str) -> None:
    article = extract_article(raw(f"{FIRST}\n\n{LAST}\n\n{credit}\n", "text/plain"))
    assert article.syndicated_from == outlet
    assert article.text == f"{FIRST}\n\n{LAST}"


def test_source_line_mid_article_credits_a_figure_not_the_article() -> None:
    paragraphs = [FIRST, QUOTE, "Source: IMF", LAST, FIRST, QUOTE]
    article = extract_article(raw("\n\n".join(paragraphs), "text/plain"))
    assert article.syndicated_from is None
    assert "Source: IMF" in article.text


def test_first_published_date_line_is_not_a_credit() -> None:
    article = extract_article(
        raw(f"{FIRST}\n\n{LAST}\n\nFirst published on 3 March 2026", "text/plain")
    )
    assert article.syndicated_from is None


def test_russian_page_in_windows_1251_with_meta_charset() -> None:
    html = page(
        f"<article><h1>Войска останутся до марта</h1><p>{RU_FIRST}</p><p>{RU_SECOND}</p></article>",
        '<meta charset="windows-1251"><title>Войска останутся до марта</title>',
        lang="ru",
    )
    article = extract_article(raw(html.encode("windows-1251")))
    assert article.title == "Войска останутся до марта"
    assert article.text == f"{RU_FIRST}\n\n{RU_SECOND}"
    assert article.language == "ru"


def test_headings_lists_and_line_breaks_become_paragraphs_without_inner_newlines() -> None:
    body = f"""<article><p>{FIRST}</p><h2>What was said</h2>
    <ul><li>Twelve thousand soldiers stay.</li><li>Drills end on <b>March 3</b>.</li></ul>
    <p>{LAST[:60]}<br>{LAST[60:]}</p></article>"""
    text = extract_article(raw(page(body, "<title>Troops</title>"))).text
    assert text.split(PARAGRAPH_SEPARATOR) == [
        FIRST,
        "What was said",
        "Twelve thousand soldiers stay.",
        "Drills end on March 3.",
        f"{LAST[:60]} {LAST[60:]}",
    ]


def test_page_date_wins_and_the_operator_date_fills_in() -> None:
    dated = raw(page(NEWS_BODY, NEWS_HEAD), published=date(2026, 1, 1))
    undated = raw(
        page(f"<article><p>{FIRST}</p><p>{LAST}</p></article>"), published=date(2026, 1, 1)
    )
    assert extract_article(dated).published == date(2026, 2, 18)
    assert extract_article(undated).published == date(2026, 1, 1)


def test_date_mentioned_in_the_text_is_not_the_publication_date() -> None:
    body = f"<article><p>{FIRST} The treaty was signed on May 14, 2019.</p><p>{LAST}</p></article>"
    assert extract_article(raw(page(body))).published is None


@pytest.mark.parametrize(
    ("hint", "code"), [("ru", "ru"), ("en-GB", "en"), ("RU", "ru"), (None, "en")]
)
def test_language_hint_wins_over_detection(hint: str | None, code: str) -> None:
    article = extract_article(raw(f"{FIRST}\n\n{LAST}", "text/plain", language=hint))
    assert article.language == code


def test_plain_text_headline_becomes_the_title() -> None:
    article = extract_article(raw(f"Troops to stay until March\n\n{FIRST}\n\n{LAST}", "text/plain"))
    assert article.title == "Troops to stay until March"
    assert article.text == f"{FIRST}\n\n{LAST}"


@pytest.mark.parametrize(
    "first",
    [FIRST, "The ministry has spoken.", "x" * 200],
    ids=["long-sentence", "final-period", "too-long"],
)
def test_plain_text_without_a_headline_is_titled_after_its_file(first: str) -> None:
    article = extract_article(
        raw(f"{first}\n\n{LAST}", "text/plain", uri="file:///inbox/troops%20stay.txt")
    )
    assert article.title == "troops stay"
    assert article.text.startswith(first)


def test_title_hint_names_a_plain_text_without_headline() -> None:
    article = extract_article(raw(f"{FIRST}\n\n{LAST}", "text/plain", title="Troops stay"))
    assert article.title == "Troops stay"


def test_plain_text_paragraphs_come_from_blank_lines_and_whitespace_is_normalised() -> None:
    content = (
        "  The defence ministry said\non Monday   that\tsoldiers would stay.\r\n"
        " \r\nA spokesperson\n denied it.  \n"
    )
    article = extract_article(raw(content, "text/plain"))
    assert article.text == (
        "The defence ministry said on Monday that soldiers would stay.\n\nA spokesperson denied it."
    )


def test_text_is_nfc_without_zero_width_characters_or_markup() -> None:
    decomposed = unicodedata.normalize("NFD", "Zelenskyy met Šimonytė in Vilnius, officials said.")
    content = (
        f"{decomposed}\n\nThe min\u200bistry\u00ad said <b>twelve</b> thousand\ufeff soldiers "
        "<script>alert(1)</script>would stay &amp; leave later."
    )
    text = extract_article(raw(content, "text/plain")).text
    assert text == (
        "Zelenskyy met Šimonytė in Vilnius, officials said.\n\n"
        "The ministry said twelve thousand soldiers would stay & leave later."
    )
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize(
    "body",
    [
        "<nav><a href='/'>Home</a><a href='/world'>World</a></nav>",
        "<div class='cookie-banner'>We use cookies. <button>Accept</button></div>",
        "<p>404</p>",
    ],
    ids=["nav-only", "cookie-wall", "error-page"],
)
def test_page_without_article_text_is_refused_with_its_uri(body: str) -> None:
    with pytest.raises(NoMainText) as caught:
        extract_article(raw(page(body, "<title>Home</title>")))
    assert str(caught.value).startswith("/inbox/troops-stay.html: no article text found")


def test_decoding_errors_reach_the_caller() -> None:
    with pytest.raises(EmptyDocument):
        extract_article(raw(b"  \n", "text/plain"))
    with pytest.raises(BinaryDocument):
        extract_article(raw(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "text/plain"))


@pytest.mark.parametrize(
    "bracketed",
    ["&lt;stdin&gt;", "&lt;your name&gt;", "&lt;The Harbour: A Winter Tale&gt;"],
)
def test_angle_bracketed_words_that_open_no_html_element_stay_in_the_text(bracketed: str) -> None:
    sentence = f"The clerk typed {bracketed} into the form, the ministry said on Monday."
    body = f"<article><p>{FIRST}</p><p>{sentence}</p><p>{LAST}</p></article>"
    text = extract_article(raw(page(body, "<title>Troops</title>"))).text
    assert sentence.replace("&lt;", "<").replace("&gt;", ">") in text


def test_escaped_html_tags_in_the_text_are_still_removed() -> None:
    sentence = "The ministry said &lt;b&gt;twelve&lt;/b&gt; thousand soldiers would stay."
    body = f"<article><p>{FIRST}</p><p>{sentence}</p><p>{LAST}</p></article>"
    text = extract_article(raw(page(body, "<title>Troops</title>"))).text
    assert "The ministry said twelve thousand soldiers would stay." in text


def test_linked_headlines_and_a_lone_label_inside_the_article_are_dropped() -> None:
    body = f"""<article><h1>Troops to stay until March</h1><p>{FIRST}</p>
    <p>Read also:</p><p>{QUOTE}</p>
    <p><a href="/x">Drills begin near the eastern border</a></p>
    <p><a href="/y">What the border treaty says about drills</a></p>
    <p>{LAST}</p><p>Share this article</p></article>"""
    text = extract_article(raw(page(body, "<title>Troops</title>"))).text
    assert text.split(PARAGRAPH_SEPARATOR) == [FIRST, QUOTE, LAST]


def test_byline_under_the_headline_is_the_author_not_text() -> None:
    body = f"<article><h1>Troops</h1><p>By Nadia Cole</p><p>{FIRST}</p><p>{LAST}</p></article>"
    article = extract_article(raw(page(body, "<title>Troops</title>")))
    assert article.author == "Nadia Cole"
    assert article.text.split(PARAGRAPH_SEPARATOR) == [FIRST, LAST]


def test_sentence_opening_with_by_is_not_a_byline() -> None:
    opening = "By March the last units had left the border region, officials said."
    body = f"<article><h1>Troops</h1><p>{opening}</p><p>{FIRST}</p><p>{LAST}</p></article>"
    article = extract_article(raw(page(body, "<title>Troops</title>")))
    assert article.author is None
    assert article.text.startswith(opening)


def test_contributor_credit_at_the_end_is_not_text() -> None:
    credit = "Koa Brenner in Vilnius contributed reporting."
    body = f"<article><p>{FIRST}</p><p>{LAST}</p><p>{credit}</p></article>"
    text = extract_article(raw(page(body, "<title>Troops</title>"))).text
    assert text.split(PARAGRAPH_SEPARATOR) == [FIRST, LAST]


def test_an_attribute_of_megabytes_is_cut_and_the_article_still_read():
    # Found by benchmarks/fuzz.py: a meta description of 3 MB of '<' held trafilatura's
    # tag-stripping pattern for minutes (its time grows with the square of the '<'s).
    hostile = "<" * 400_000
    body = f"<article><p>{FIRST}</p><p>{QUOTE}</p><p>{LAST}</p></article>"
    head = f"<title>Troops stay</title><meta name='description' content='{hostile}'>"
    raw = RawDocument(
        uri="https://news.example/a",
        content=page(body, head).encode(),
        content_type="text/html",
        fetched_at=datetime(2026, 3, 3, tzinfo=UTC),
    )

    article = extract_article(raw)

    assert FIRST in article.text
    assert LAST in article.text
