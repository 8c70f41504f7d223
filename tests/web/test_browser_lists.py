"""Long lists in a real browser: paging through every statement, a Russian search that finds an
inflected form and shows it marked in a snippet, a speaker filter typed with a capital in Cyrillic.

Uses Chromium and the loopback server of test_browser.py over a store of its own, filled with
records built here (no parser): 120 statements, more than two pages. Screenshots go to
tests/artifacts.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from test_browser import PASSWORD, _shot, analyst_page, browser, serve  # noqa: F401  (fixture)

from watchdesk.records import Article, Entity, ProcessedArticle, Span, Statement
from watchdesk.store import open_store

pytestmark = pytest.mark.browser

SPEAKERS = ("Aldis Varro", "Runa Tall", "Maeve Oster")
STATEMENTS = 120  # above two pages of 50
RU_TEXT = (
    "Министр обороны Ильзе Брандвик заявила, что вопрос о референдуме решит парламент. "
    "Депутаты собрались в четверг."
)


def _said(text: str, speaker: str, content: str, cue: str) -> Statement:
    start = text.index(content)
    return Statement(
        speaker=speaker,
        speaker_mention=speaker,
        cue=cue,
        kind="indirect",
        content=content,
        span=Span(start, start + len(content)),
        cue_span=Span(text.index(cue), text.index(cue) + len(cue)),
    )


def _english(n: int) -> ProcessedArticle:
    speaker = SPEAKERS[n % len(SPEAKERS)]
    content = f"ferry line {n} will run on schedule"
    text = f"{speaker} said the {content}."
    article = Article(
        url=f"https://harbour.example/{n}",
        title=f"Ferry line {n}",
        text=text,
        language="en",
        published=date(2026, 1, 1) + timedelta(days=n),
        site="Harbour Ledger",
    )
    statement = _said(text, speaker, content, "said")
    return ProcessedArticle(article, (), (statement,), (), (), (), pipeline_version="test")


def _russian() -> ProcessedArticle:
    article = Article(
        url="https://vestnik.example/referendum",
        title="Парламент решит",
        text=RU_TEXT,
        language="ru",
        published=date(2026, 6, 1),
        site="Вестник",
    )
    statement = _said(RU_TEXT, "Ильзе Брандвик", "вопрос о референдуме решит парламент", "заявила")
    at = RU_TEXT.index("Ильзе Брандвик")
    entity = Entity("Ильзе Брандвик", "PERSON", Span(at, at + 14), "Ильзе Брандвик")
    return ProcessedArticle(article, (entity,), (statement,), (), (), (), pipeline_version="test")


@pytest.fixture(scope="module")
def long_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = f"sqlite:///{tmp_path_factory.mktemp('lists') / 'desk.db'}"
    store = open_store(db)
    store.bulk_save_articles([_english(n) for n in range(STATEMENTS - 1)] + [_russian()])
    store.add_user("analyst", PASSWORD, "analyst")
    store.close()
    with serve(db) as address:
        yield address


@pytest.fixture
def page(browser, long_desk):  # type: ignore[no-untyped-def]  # noqa: F811
    with analyst_page(browser, long_desk) as opened:
        yield opened


def test_paging_through_every_statement(page, long_desk):
    page.goto(long_desk + "/statements")
    assert page.get_by_text(f"{STATEMENTS} statements", exact=True).is_visible()
    _shot(page, "statements-paged")

    seen: list[str] = []
    while True:
        seen.extend(page.locator("li.statement a.permalink").all_inner_texts())
        following = page.get_by_role("link", name="Next page →")
        if following.count() == 0:
            break
        following.click()
        page.wait_for_load_state()

    assert page.url.endswith("page=3")
    assert page.get_by_text(f"101–{STATEMENTS} of {STATEMENTS}").is_visible()
    assert len(seen) == STATEMENTS
    assert len(set(seen)) == STATEMENTS
    _shot(page, "statements-last-page")


def test_russian_search_finds_an_inflected_form_with_its_snippet(page, long_desk):
    page.goto(long_desk + "/search")
    page.get_by_label("Words").fill("референдум")
    page.get_by_role("button", name="Search", exact=True).click()

    # htmx swaps the results in place; the snippet marks the form the text uses.
    marked = page.locator("#results p.snippet mark")
    marked.first.wait_for()
    assert marked.all_inner_texts() == ["референдуме"]
    assert page.locator("#results").get_by_role("link", name="Парламент решит").is_visible()
    assert page.get_by_text("1 article found").is_visible()
    _shot(page, "search-russian-snippet")


def test_capitalised_cyrillic_speaker_filter(page, long_desk):
    page.goto(long_desk + "/statements")
    page.get_by_label("Speaker").fill("Брандвик")
    page.get_by_role("button", name="Filter").click()

    page.wait_for_url("**/statements?speaker=*")
    assert page.locator("li.statement .who strong").all_inner_texts() == ["Ильзе Брандвик"]
    assert page.get_by_text("1 statement", exact=True).is_visible()
    _shot(page, "statements-cyrillic-speaker")
