"""The dossier page of a theme (issue 10): every part, each statement linked to its sentence."""

from __future__ import annotations

import re
from datetime import date

import pytest

from watchdesk.records import LinkedStatement
from watchdesk.store.analysis import LinkedRow


@pytest.fixture
def theme_id(store, flagged) -> int:
    return store.add_theme("Crossings", ["crossings"]).id


def _section(page: str, name: str) -> str:
    found = re.search(rf'<section id="{name}"[^>]*>(.*?)</section>', page, re.S)
    assert found, f"no section {name}"
    return found.group(1)


def test_the_themes_page_links_to_each_themes_dossier(client, theme_id):
    assert f'href="/themes/{theme_id}/dossier"' in client.get("/themes").text


def test_each_statement_links_to_its_statement_page_and_its_sentence(client, store, theme_id):
    page = client.get(f"/themes/{theme_id}/dossier?week=2026-W08")

    assert page.status_code == 200
    statements = _section(page.text, "statements")
    ids = re.findall(r'href="/statements/(\d+)"', statements)
    anchors = re.findall(r'href="/articles/(\d+)#st-(\d+)"', statements)
    assert ids
    assert len(anchors) == len(ids)
    for statement_id, (article_id, index) in zip(ids, anchors, strict=True):
        stored = store.statement(int(statement_id))
        assert (stored.article.id, stored.index) == (int(article_id), int(index))


def test_the_weeks_new_conflict_and_the_suggested_trend_with_reasons_are_shown(client, theme_id):
    page = client.get(f"/themes/{theme_id}/dossier?week=2026-W08").text

    conflicts = _section(page, "conflicts")
    assert "one says reopen, the other says not" in conflicts
    assert ">new<" in conflicts
    trend = _section(page, "trend")
    assert re.search(r'class="tag trend suggested (worse|improved|same|mixed)"', trend)
    assert "new conflicting signal" in trend
    assert "<svg" in _section(page, "volume")


def test_a_week_with_nothing_on_the_theme_says_so_in_each_part(client, theme_id):
    page = client.get(f"/themes/{theme_id}/dossier?week=2026-W02").text

    assert "No statements on this theme in this period." in page
    assert "No conflicting signals raised in this period." in page
    assert "No promise fell due in this period." in page
    assert "No report states the day of an event in this period." in page
    assert "No promise set a later date in this period." in page


def test_an_event_told_the_week_after_is_shown_in_the_week_it_happened(
    client, store, theme_id, make_raw, make_processed
):
    page_url = "https://herald.example/kobel"
    document_id, _ = store.add_document(make_raw(uri=page_url))
    article_id = store.save_article(
        document_id, make_processed(url=page_url, published=date(2026, 2, 23))
    )
    told = "The ministry shut two more crossings on Saturday."
    report = LinkedStatement(
        key="e" * 32,
        speaker="Herald",
        speaker_key="",
        content=told,
        language="en",
        published=date(2026, 2, 23),
        article_url=page_url,
        dates=("2026-02-21",),
    )
    store.save_linked(article_id, [LinkedRow(report, None)])

    events = _section(client.get(f"/themes/{theme_id}/dossier?week=2026-W08").text, "events")

    assert told in events
    assert '<time datetime="2026-02-21">' in events
    assert f'href="/articles/{article_id}"' in events
    assert told not in client.get(f"/themes/{theme_id}/dossier?week=2026-W09").text


def test_a_russian_reader_gets_the_trend_and_reasons_in_russian(login_as, store, theme_id):
    client = login_as("reader")
    store.set_language("reader", "ru")

    page = client.get(f"/themes/{theme_id}/dossier?week=2026-W08").text

    trend = _section(page, "trend")
    assert "новые противоречивые сигналы: 1" in trend
    assert "Suggested trend" not in page


def test_the_json_twin_carries_the_same_dossier(client, theme_id):
    found = client.get(f"/api/v1/themes/{theme_id}/dossier?week=2026-W08&lang=ru").json()

    assert (found["week"], found["start"], found["end"]) == ("2026-W08", "2026-02-16", "2026-02-22")
    assert [c["reason"] for c in found["conflicts"]] == ["one says reopen, the other says not"]
    assert found["trend_reasons"][0]["text"].startswith("новые противоречивые сигналы")


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/themes/999/dossier", 404),
        ("/themes/{id}/dossier?week=2026-W99", 422),
        ("/themes/{id}/dossier?start=yesterday", 422),
    ],
)
def test_an_unknown_theme_or_period_is_refused(client, theme_id, path, status):
    assert client.get(path.format(id=theme_id)).status_code == status
