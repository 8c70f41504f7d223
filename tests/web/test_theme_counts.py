"""Theme cards count what the queues they link to list (issue 10: a card said "0 open flags"
while the queue held 18, because the card counted only flags raised in the newest week)."""

from __future__ import annotations

import re
from datetime import date

import pytest


@pytest.fixture
def themes(store, flagged, make_raw, make_processed):
    """Two themes over the flagged store, and an article weeks later that moves "today" on."""
    later = make_processed(url="https://velsk.example/april", published=date(2026, 4, 1))
    document_id, _ = store.add_document(make_raw(uri="https://velsk.example/april"))
    store.save_article(document_id, later)
    return {
        "crossings": store.add_theme("Crossings", ["crossings"]).id,
        "soldiers": store.add_theme("Soldiers", ["soldiers"]).id,
    }


def _card_count(page: str, theme_id: int, queue: str) -> int:
    found = re.search(rf'href="/{queue}\?status=\w+&amp;theme={theme_id}">(\d+)</a>', page)
    assert found, f"no {queue} count on the card of theme {theme_id}"
    return int(found.group(1))


def _queue_total(page: str, noun: str) -> int:
    found = re.search(rf"(\d+) {noun}", page)
    return int(found.group(1)) if found else 0


def test_a_card_counts_open_flags_raised_before_the_newest_week(client, themes):
    page = client.get("/").text

    assert _card_count(page, themes["crossings"], "conflicts") == 1
    assert _card_count(page, themes["soldiers"], "conflicts") == 0


@pytest.mark.parametrize("theme", ["crossings", "soldiers"])
def test_the_card_count_is_the_length_of_the_queue_it_links_to(client, themes, theme):
    page = client.get("/").text
    theme_id = themes[theme]

    flags = client.get(f"/conflicts?status=open&theme={theme_id}")
    due = client.get(f"/commitments?status=due&theme={theme_id}")

    assert flags.status_code == due.status_code == 200
    assert _card_count(page, theme_id, "conflicts") == _queue_total(flags.text, "flags?")
    assert _card_count(page, theme_id, "commitments") == _queue_total(due.text, "commitments?")


def test_a_promise_is_due_on_the_theme_its_words_name(client, themes):
    page = client.get("/").text

    # "We expect some 4,500 soldiers to leave by March 3": soldiers, not crossings.
    assert _card_count(page, themes["soldiers"], "commitments") == 1
    assert _card_count(page, themes["crossings"], "commitments") == 0


def test_a_queue_narrowed_to_a_theme_says_so_and_keeps_it_in_its_filters(client, themes):
    page = client.get(f"/conflicts?status=open&theme={themes['crossings']}").text

    assert "Crossings" in page
    assert f'name="theme" value="{themes["crossings"]}"' in page


def test_an_unknown_theme_in_a_queue_is_refused(client, themes):
    assert client.get("/conflicts?theme=999").status_code == 422
    assert client.get("/commitments?theme=x").status_code == 422


@pytest.mark.parametrize("theme", ["crossings", "soldiers"])
def test_the_json_twins_of_the_queues_narrow_to_a_theme_alike(client, themes, theme):
    page = client.get("/").text
    theme_id = themes[theme]

    flags = client.get(f"/api/v1/conflicts?status=open&theme={theme_id}")
    due = client.get(f"/api/v1/commitments?status=due&theme={theme_id}")

    assert len(flags.json()) == _card_count(page, theme_id, "conflicts")
    assert len(due.json()) == _card_count(page, theme_id, "commitments")
