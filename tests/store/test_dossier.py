"""What the store hands the dossier (issue 10), on a small corpus ingested through the pipeline.

Invented news about a ferry line: a wire story, its reprint in a second outlet, and a later
story where the port's official contradicts the minister.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from watchdesk.analysis.briefs import iso_week, suggest_trend
from watchdesk.dossier import choose_period, theme_dossier
from watchdesk.pipeline import ingest
from watchdesk.records import RawDocument

WIRE = "https://coastwire.example/2026/03/ferry"
STORIES = [
    (
        WIRE,
        "Coast Wire",
        date(2026, 3, 2),
        "",
        "Ferry line to Skarvik stays idle",
        "The ferry line to Skarvik will resume on Friday, Transport Minister Ola Berg said on "
        "Monday. Berg told reporters that the ferry would carry 400 passengers a day. "
        "The harbour was closed for repairs in February.",
    ),
    (
        "https://harbourpost.example/ferry-idle",
        "Harbour Post",
        date(2026, 3, 3),
        WIRE,
        "Ferry line to Skarvik stays idle",
        "The ferry line to Skarvik will resume on Friday, Transport Minister Ola Berg said on "
        "Monday. Berg told reporters that the ferry would carry 400 passengers a day. "
        "The harbour was closed for repairs in February. Source: Coast Wire",
    ),
    (
        "https://harbourpost.example/ferry-no-date",
        "Harbour Post",
        date(2026, 3, 12),
        "",
        "No date for the ferry",
        "No date has been set for the ferry to resume, harbour master Siri Holm said on "
        "Thursday. Holm said the ferry would carry no more than 150 passengers a day.",
    ),
]


def _page(url: str, site: str, published: date, canonical: str, title: str, body: str):
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    html = f"""<html><head><title>{title}</title>{link}
    <meta property="og:site_name" content="{site}"></head>
    <body><article><h1>{title}</h1><p>{body}</p></article></body></html>"""
    return RawDocument(
        uri=url,
        content=html.encode(),
        content_type="text/html",
        fetched_at=datetime(2026, 3, 13, tzinfo=UTC),
        published=published,
    )


@pytest.fixture
def ferries(store, parser):
    report = ingest([_page(*story) for story in STORIES], store, parser)
    assert report.stored == 3, report.errors
    return store.add_theme("Ferries", ["ferry"])


def test_the_themes_statements_come_with_where_to_read_them(store, ferries):
    found = store.dossier_statements(ferries, since=date(2026, 3, 1), until=date(2026, 3, 8))

    said = [s for s in found if s.index is not None]
    assert said, "no statement on the theme"
    assert all("ferry" in s.statement.content.lower() for s in said)
    for item in said:
        stored = store.statement(item.statement_id)
        assert stored is not None
        assert stored.statement.content == item.statement.content
        assert stored.article.id == item.article_id
        assert stored.index == item.index
    assert all(s.statement.published <= date(2026, 3, 8) for s in found)


def test_a_reprinted_story_counts_both_outlets(store, ferries):
    found = store.dossier_statements(ferries, since=date(2026, 3, 1), until=date(2026, 3, 8))

    reprinted = [s for s in found if s.index is not None and s.site == "Coast Wire"]
    assert reprinted
    assert all(set(s.outlets) == {"Coast Wire", "Harbour Post"} for s in reprinted)


def test_the_theme_keys_cover_every_statement_on_it_whenever_said(store, ferries):
    everything = store.dossier_statements(ferries)

    assert store.theme_statement_keys(ferries) == {s.statement.key for s in everything}
    assert store.sourced_statements([everything[0].statement.key]).keys() == {
        everything[0].statement.key
    }


def test_the_dossier_of_a_week_ranks_the_ministers_words_carried_by_two_outlets(store, ferries):
    dossier = theme_dossier(store, ferries, iso_week("2026-W10"))

    top = dossier.statements[0]
    assert top.source.statement.speaker == "Ola Berg"
    assert (top.official, top.outlets) == (True, 2)
    assert [w.week for w in dossier.volume][-1] == "2026-W10"
    assert dossier.volume[-1].statements >= 2


def test_the_next_weeks_dossier_has_the_harbour_masters_words_and_a_trend_with_reasons(
    store, ferries
):
    dossier = theme_dossier(store, ferries, choose_period(store))  # the newest week: W11

    assert dossier.period.label == "2026-W11"
    assert {r.source.statement.speaker for r in dossier.statements} == {"Siri Holm"}
    trend, reasons = suggest_trend(dossier)
    assert trend in ("worse", "improved", "same", "mixed")
    assert reasons


# -- a theme follows the matters it names ------------------------------------------------------
# A statement belongs to a theme when the question it answers is about a thing the theme's
# keywords name, even if its own words never say the keyword, so a theme's dossier sees both
# sides of a contradiction on its matter.

SKARVIK = [
    (
        "https://coastwire.example/ferry",
        "Coast Wire",
        date(2026, 3, 2),
        "",
        "Skarvik",
        "The ferry line to Skarvik will resume on Friday, Transport Minister Ola Berg said on "
        "Monday. Berg said the harbour was safe.",
    ),
    (
        "https://harbourpost.example/skarvik",
        "Harbour Post",
        date(2026, 3, 9),
        "",
        "Skarvik",
        # The same matter without the word "ferry".
        "The line to Skarvik will not resume on Friday, harbour master Siri Holm said on Monday.",
    ),
]


@pytest.fixture
def skarvik(store, parser):
    report = ingest([_page(*story) for story in SKARVIK], store, parser)
    assert report.stored == 2, report.errors
    return store


def _holm(statements) -> list[str]:
    return [s.content for s in statements if s.speaker == "Siri Holm"]


def test_a_statement_on_the_themes_matter_is_on_the_theme_without_its_keyword(skarvik):
    ferries = skarvik.add_theme("Ferries", ["ferry"])

    on_theme = [s.statement for s in skarvik.theme_statements(ferries)]
    dossier = [s.statement for s in skarvik.dossier_statements(ferries)]

    assert _holm(on_theme) == ["The line to Skarvik will not resume on Friday"]
    assert _holm(dossier) == _holm(on_theme)
    keys = skarvik.theme_statement_keys(ferries)
    assert {s.key for s in dossier if s.speaker == "Siri Holm"} <= keys
    # The chart counts what the lists show: both days of the matter.
    assert [day for day, _ in skarvik.theme_statement_counts(ferries)] == [
        date(2026, 3, 2),
        date(2026, 3, 9),
    ]


def test_a_word_one_member_says_is_not_the_questions_matter(skarvik):
    # "the harbour was safe" joined the ferry question, but the question is not about a harbour.
    harbour = skarvik.add_theme("Harbour", ["harbour"])

    on_theme = [s.statement for s in skarvik.theme_statements(harbour)]

    assert _holm(on_theme) == []
    assert [s.content for s in on_theme] == ["the harbour was safe"]
