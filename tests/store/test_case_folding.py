"""Filters ignore letter case in every script, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from dataclasses import replace

import pytest

from watchdesk.records import Entity, Span
from watchdesk.store.profiles import SearchFilters

RU_TEXT = "Министр обороны Ильзе Брандвик заявила, что ЁЛКИНСКИЙ мост откроют в среду."


@pytest.fixture
def russian_article(store, make_raw, make_processed):
    """One Russian article: a statement by «Ильзе Брандвик» that mentions «Карезия»."""
    processed = make_processed()
    said, _ = processed.statements
    content = "ЁЛКИНСКИЙ мост откроют в среду"
    start = RU_TEXT.index(content)
    name_at = RU_TEXT.index("Ильзе Брандвик")
    statement = replace(
        said,
        speaker="Ильзе Брандвик",
        speaker_mention="Ильзе Брандвик",
        content=content,
        span=Span(start, start + len(content)),
        cue="заявила",
        cue_span=Span(RU_TEXT.index("заявила"), RU_TEXT.index("заявила") + 7),
    )
    entity = Entity("Ильзе Брандвик", "PERSON", Span(name_at, name_at + 14), "Ильзе Брандвик")
    russian = replace(
        processed,
        article=replace(processed.article, text=RU_TEXT, language="ru"),
        entities=(entity,),
        statements=(statement,),
        quantities=(),
        times=(),
        commitments=(),
    )
    document_id, _ = store.add_document(make_raw())
    store.save_article(document_id, russian)
    return document_id


@pytest.mark.parametrize("typed", ["Брандвик", "брандвик", "БРАНДВИК", "ильзе брАндвик"])
def test_cyrillic_speaker_filter_ignores_case(store, russian_article, typed):
    assert [s.statement.speaker for s in store.statements(speaker=typed)] == ["Ильзе Брандвик"]


def test_cyrillic_speaker_filter_still_filters(store, russian_article):
    assert store.statements(speaker="Варро") == []


@pytest.mark.parametrize("field", ["speaker", "entity"])
@pytest.mark.parametrize("typed", ["брандвик", "БРАНДВИК"])
def test_search_filters_fold_cyrillic_case(store, russian_article, field, typed):
    found = store.search_articles("", SearchFilters(**{field: typed}))

    assert [ref.id for ref in found] == [russian_article]


def test_theme_keyword_in_capitals_matches_lower_case_words(store, russian_article):
    theme = store.add_theme("Мосты", keywords=["ёлкинский"])

    assert [s.statement.speaker for s in store.theme_statements(theme)] == ["Ильзе Брандвик"]
