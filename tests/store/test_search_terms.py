"""Search finds other forms of a word, in English and Russian, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest
from alembic import command
from alembic.config import Config

from watchdesk.paging import Page
from watchdesk.records import Article, ProcessedArticle
from watchdesk.store import SearchFilters

TEXTS = {
    "ru": "Парламент Карезии назначил голосование о референдуме на весну, сообщили депутаты.",
    "en": "The garrison began withdrawing its armoured units from the valley on Tuesday.",
    "other": "Harbour tolls rose again as the ferry operators renegotiated their contracts.",
}


def bare_article(text: str, key: str, published: date) -> ProcessedArticle:
    """An article with no annotations: search reads title and text only."""
    article = Article(
        url=f"https://example.org/{key}",
        title=f"Report {key}",
        text=text,
        language="ru" if key == "ru" else "en",
        published=published,
    )
    return ProcessedArticle(article, (), (), (), (), (), pipeline_version="test")


@pytest.fixture
def articles(store, make_raw) -> dict[str, int]:
    ids = {}
    for day, (key, text) in enumerate(TEXTS.items(), start=1):
        document_id, _ = store.add_document(make_raw(uri=f"https://example.org/{key}"))
        ids[key] = store.save_article(document_id, bare_article(text, key, date(2026, 3, day)))
    return ids


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("референдум", "ru"),  # the text has the prepositional case «референдуме»
        ("РЕФЕРЕНДУМЫ", "ru"),
        ("голосованию референдума", "ru"),
        ("withdraw", "en"),  # the text has «withdrawing»
        ("Withdrawal unit", "en"),
        ("contract", "other"),
    ],
)
def test_a_word_finds_its_other_forms(store, articles, query, key):
    assert [a.id for a in store.search(query)] == [articles[key]]


def test_every_word_must_match_a_form(store, articles):
    assert store.search("референдум withdraw") == []


def test_words_as_written_are_still_found(store, articles):
    assert [a.id for a in store.search("референдуме")] == [articles["ru"]]
    assert [a.id for a in store.search("withdrawing")] == [articles["en"]]


def test_search_syntax_in_a_query_is_read_as_words(store, articles):
    assert store.search('"withdraw* OR NEAR(') == []
    assert [a.id for a in store.search("withdrawing)")] == [articles["en"]]


def test_reprocessing_an_article_reindexes_its_new_text(store, articles, make_raw):
    again = bare_article("Ferries resumed crossings.", "en", date(2026, 3, 2))
    document_id, _ = store.add_document(make_raw(uri="https://example.org/en"))
    # add_document answers the stored document: saving replaces that document's article.
    assert store.save_article(document_id, again) == articles["en"]

    assert store.search("withdrawing") == []
    assert [a.id for a in store.search("crossing")] == [articles["en"]]


def test_search_page_counts_every_match_and_orders_by_date(store, articles):
    everything = store.search_page("", SearchFilters(since=date(2026, 3, 1)), page=Page(0, 2))
    assert everything.total == 3
    assert [h.article.id for h in everything.items] == [articles["other"], articles["en"]]
    assert everything.next == Page(2, 2)

    oldest = store.search_page("", SearchFilters(), page=Page(0, 2), order="oldest")
    assert [h.article.id for h in oldest.items] == [articles["ru"], articles["en"]]

    found = store.search_page("the", page=Page(0, 1), order="newest")
    assert found.total == 2
    assert [h.article.id for h in found.items] == [articles["other"]]
    assert found.items[0].text == TEXTS["other"]


def test_upgrade_stems_articles_stored_before_it(store, articles):
    """Going back to revision 0011 restores the index of words as written; coming forward to
    0012 stems the stored articles, so word forms are found without re-processing."""
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("watchdesk.store") / "migrations")
    )
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0011_newsletter")
    # The words-as-written index holds no stems: the stemmed query matches nothing.
    assert store.search("референдум") == []
    assert store.search("withdraw") == []

    store.migrate()

    assert [a.id for a in store.search("референдум")] == [articles["ru"]]
    assert [a.id for a in store.search("withdraw")] == [articles["en"]]
