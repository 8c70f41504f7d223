"""The store keeps raw input once, round-trips every annotation, and filters and searches them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from watchdesk.errors import StoreError
from watchdesk.records import ProcessedArticle
from watchdesk.store import open_store


def test_same_document_twice_is_stored_once(store, make_raw):
    first_id, first_new = store.add_document(make_raw())
    again_id, again_new = store.add_document(make_raw())

    assert (first_new, again_new) == (True, False)
    assert first_id == again_id
    assert store.counts()["documents"] == 1


def test_changed_page_at_same_uri_keeps_both_versions(store, make_raw):
    store.add_document(make_raw(body="<p>first version</p>"))
    store.add_document(make_raw(body="<p>corrected version</p>"))

    assert store.counts()["documents"] == 2


def test_raw_bytes_and_hints_round_trip(store, make_raw):
    raw = make_raw(
        source="Northgate Herald", published=date(2026, 2, 1), title="Hint", language="en"
    )
    document_id, _ = store.add_document(raw)

    assert store.document(document_id) == raw


def test_saved_article_reads_back_with_every_annotation(store, make_raw, make_processed):
    document_id, _ = store.add_document(make_raw())
    processed = make_processed()

    article_id = store.save_article(document_id, processed)
    stored = store.article(article_id)

    assert stored is not None
    assert stored.processed == processed
    assert stored.document_id == document_id
    assert stored.ref.title == processed.article.title


def test_spans_of_saved_annotations_slice_back_to_their_text(store, make_raw, make_processed):
    document_id, _ = store.add_document(make_raw())
    stored = store.article(store.save_article(document_id, make_processed()))

    text = stored.processed.article.text
    for statement in stored.processed.statements:
        assert statement.span.slice(text) == statement.content
    for quantity in stored.processed.quantities:
        assert quantity.span.slice(text) == quantity.text


def test_reprocessing_replaces_annotations_and_keeps_article_id(store, make_raw, make_processed):
    document_id, _ = store.add_document(make_raw())
    first = store.save_article(document_id, make_processed())
    shorter = make_processed()
    shorter = type(shorter)(
        shorter.article, statements=shorter.statements[:1], pipeline_version="2"
    )

    second = store.save_article(document_id, shorter)

    assert first == second
    assert store.counts()["statements"] == 1
    assert store.counts()["quantities"] == 0
    assert store.pipeline_version(document_id) == "2"


def test_statements_filter_by_part_of_speaker_name_case_insensitively(
    store, make_raw, make_processed
):
    document_id, _ = store.add_document(make_raw())
    store.save_article(document_id, make_processed())

    assert len(store.statements(speaker="brandvik")) == 2
    assert store.statements(speaker="Varro") == []


def test_statements_filter_by_publication_dates(store, make_raw, make_processed):
    document_id, _ = store.add_document(make_raw())
    store.save_article(document_id, make_processed())  # published 2026-02-16

    assert len(store.statements(since=date(2026, 2, 16), until=date(2026, 2, 16))) == 2
    assert store.statements(since=date(2026, 2, 17)) == []
    assert store.statements(until=date(2026, 2, 15)) == []


def test_statements_come_in_text_order_with_their_article(store, make_raw, make_processed):
    document_id, _ = store.add_document(make_raw())
    article_id = store.save_article(document_id, make_processed())

    found = store.statements(article_id=article_id)

    assert [s.index for s in found] == [0, 1]
    assert {s.article.id for s in found} == {article_id}
    assert found[1].statement.kind == "direct"


def test_articles_list_newest_first(store, make_raw, make_processed):
    for day in (3, 9, 6):
        document_id, _ = store.add_document(make_raw(uri=f"https://x.example/{day}"))
        store.save_article(document_id, make_processed(published=date(2026, 2, day)))

    assert [a.published.day for a in store.articles()] == [9, 6, 3]
    assert [a.published.day for a in store.articles(limit=1, offset=1)] == [6]


def test_an_undated_article_is_listed_as_the_oldest_on_either_database(
    store, make_raw, make_processed
):
    for day in (None, 9, 3):
        document_id, _ = store.add_document(make_raw(uri=f"https://x.example/{day}"))
        published = None if day is None else date(2026, 2, day)
        store.save_article(document_id, make_processed(published=published))

    def days(articles):
        return [a.published and a.published.day for a in articles]

    assert days(store.articles()) == [9, 3, None]
    oldest = [s.article for s in store.statements(oldest_first=True)]
    assert list(dict.fromkeys(days(oldest))) == [None, 3, 9]


@pytest.mark.parametrize(
    ("query", "hits"),
    [
        ("crossings", 1),
        ("BORDER reopen", 1),
        ("crossings submarine", 0),
        ('"crossings', 1),  # a stray quote is not FTS syntax here
        ("title:crossings OR NEAR(x)", 0),
        ("", 0),
    ],
)
def test_search_matches_every_word_and_ignores_query_syntax(
    store, make_raw, make_processed, query, hits
):
    document_id, _ = store.add_document(make_raw())
    store.save_article(document_id, make_processed())

    assert len(store.search(query)) == hits


def test_search_finds_cyrillic_words(store, make_raw, make_processed):
    text = "Министр обороны Ильзе Брандвик заявила, что пункты пропуска откроются."
    article = replace(make_processed().article, title="Пункты пропуска", text=text, language="ru")
    document_id, _ = store.add_document(make_raw())
    store.save_article(document_id, ProcessedArticle(article, pipeline_version="t"))

    assert [a.title for a in store.search("пропуска")] == ["Пункты пропуска"]


def test_search_follows_reprocessed_text(store, make_raw, make_processed):
    processed = make_processed()
    document_id, _ = store.add_document(make_raw())
    store.save_article(document_id, processed)
    rewritten = replace(processed.article, title="Update", text="Nothing about the frontier.")
    store.save_article(document_id, ProcessedArticle(rewritten, pipeline_version="t"))

    assert store.search("crossings") == []
    assert len(store.search("frontier")) == 1


def test_failed_document_is_listed_until_processed(store, make_raw, make_processed):
    document_id, _ = store.add_document(make_raw())
    store.record_error(document_id, "page.html: no article text found")

    assert store.failed_documents() == [(make_raw().uri, "page.html: no article text found")]

    store.save_article(document_id, make_processed())
    assert store.failed_documents() == []


def test_opening_twice_migrates_once(store_url):
    open_store(store_url).close()
    reopened = open_store(store_url)

    assert reopened.counts()["articles"] == 0
    reopened.close()


@pytest.mark.parametrize("url", ["mysql://localhost/x", "not a url"])
def test_unsupported_database_url_is_a_clear_error(url):
    with pytest.raises(StoreError):
        open_store(url)
