"""Themes and the today page, who contradicts whom, syndicated copies, source health."""

from __future__ import annotations

import pytest

from watchdesk.errors import StoreError
from watchdesk.store.themes import Theme
from watchdesk.web.graph import contradiction_graph


def test_store_keeps_themes_and_refuses_empty_or_duplicate_ones(store):
    theme = store.add_theme("Crossings", ["crossings", " border "], ["Norvaland"])

    assert store.themes() == [Theme(theme.id, "Crossings", ("crossings", "border"), ("Norvaland",))]
    with pytest.raises(StoreError):
        store.add_theme("Crossings", ["x"])
    with pytest.raises(StoreError):
        store.add_theme("Nothing", [], [])


def test_theme_finds_articles_and_statements_by_keyword_or_entity(store, seeded):
    by_word = store.add_theme("Soldiers", ["soldiers"])
    by_entity = store.add_theme("Norvaland", entities=["Norvaland"])

    assert [a.id for a in store.theme_articles(by_word)] == [seeded]
    assert [s.statement.content for s in store.theme_statements(by_word)] == [
        "We expect some 4,500 soldiers to leave by March 3,"
    ]
    assert len(store.theme_statements(by_entity)) == 1  # the mention inside the first statement
    assert store.theme_statement_counts(by_word)[0][1] == 1


def test_today_page_shows_each_theme_with_its_chart(store, client, flagged):
    store.add_theme("Crossings", ["crossings"])

    page = client.get("/").text
    today = client.get("/api/v1/today", params={"as_of": "2026-03-10"}).json()

    assert "Crossings" in page
    assert page.count('<rect class="bar"') >= 2
    [theme] = today["themes"]
    assert theme["name"] == "Crossings"
    assert len(theme["flags"]) == 1
    assert {d["key"] for d in theme["due"]} <= {flagged["promise"]}
    assert theme["statements_per_day"]


def test_only_editors_create_themes(login_as, client):
    body = {"name": "Drills", "keywords": ["drills"]}

    assert client.post("/api/v1/themes", json=body).status_code == 403
    assert login_as("analyst").post("/api/v1/themes", json=body).status_code == 403
    editor = login_as("editor")
    created = editor.post("/api/v1/themes", json=body)
    assert created.status_code == 201
    theme_id = created.json()["id"]
    changed = editor.put(f"/api/v1/themes/{theme_id}", json={**body, "entities": ["Lisma"]})
    assert changed.json()["entities"] == ["Lisma"]
    assert editor.delete(f"/api/v1/themes/{theme_id}").status_code == 204


def test_theme_form_adds_and_shows_errors(login_as):
    editor = login_as("editor")

    added = editor.post(
        "/themes", data={"name": "Drills", "keywords": "drills, exercise"}, follow_redirects=False
    )
    refused = editor.post("/themes", data={"name": "Empty"})

    assert added.status_code == 303
    assert 'value="drills, exercise"' in editor.get("/themes").text
    assert refused.status_code == 422


def test_graph_lays_speakers_on_a_circle_weighted_by_conflicts():
    graph = contradiction_graph(
        [("A", "B", "number"), ("B", "A", "number"), ("A", "C", "date"), ("C", "C", "polarity")]
    )

    assert [n.name for n in graph.nodes] == ["A", "B", "C"]
    edges = {(e.first, e.second): e for e in graph.edges}
    assert edges["A", "B"].count == 2
    assert edges["A", "B"].width > edges["A", "C"].width
    assert edges["A", "C"].kind == "date"
    assert graph.nodes[2].self_conflicts == 1


def test_graph_page_and_its_twin(client, flagged):
    page = client.get("/graph").text
    twin = client.get("/api/v1/graph/contradictions").json()

    assert '<circle class="node"' in page
    assert twin["nodes"] == [{"name": "Ilse Brandvik", "conflicts": 1, "self_conflicts": 1}]


def test_article_page_names_the_outlets_carrying_a_copy(store, client, flagged, seeded):
    store.join_story(flagged["second"], [seeded], seeded, ["same text"])

    page = client.get(f"/articles/{flagged['second']}").text
    copies = client.get(f"/api/v1/articles/{flagged['second']}").json()["copies"]

    assert "Also carried by" in page
    assert f'href="/articles/{seeded}"' in page
    assert "Copy of the original" in page
    assert copies["original"]["id"] == seeded
    assert copies["is_original"] is False


def test_sources_page_draws_source_health(store, client):
    store.add_watched_source("herald", "https://northgate.example/feed", kind="feed", every_s=600)

    page = client.get("/sources").text

    assert '<rect class="health-new"' in page
    assert "Source health at a glance" in page
