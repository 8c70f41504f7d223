"""The JSON API serves the same records as the CLI, in the shapes of the stable contract."""

from __future__ import annotations

import pytest


def test_articles_lists_stored_articles(client, seeded):
    body = client.get("/api/v1/articles").json()

    assert [a["id"] for a in body] == [seeded]
    assert body[0]["published"] == "2026-02-16"


def test_article_has_the_analyze_contract_with_offsets_into_text(client, seeded):
    body = client.get(f"/api/v1/articles/{seeded}").json()

    for key in ("title", "language", "published", "text", "entities", "statements", "quantities"):
        assert key in body
    for statement in body["statements"]:
        assert body["text"][statement["start"] : statement["end"]] == statement["content"]
    assert body["commitments"] == [{"statement": 1, "due": "2026-03-03", "condition": None}]


def test_missing_article_is_404(client):
    assert client.get("/api/v1/articles/999999").status_code == 404


def test_statements_filter_by_speaker(client):
    assert len(client.get("/api/v1/statements", params={"speaker": "brandvik"}).json()) == 2
    assert client.get("/api/v1/statements", params={"speaker": "Varro"}).json() == []


def test_statement_carries_its_article_for_citation(client, seeded):
    first = client.get("/api/v1/statements").json()[0]

    assert first["speaker"] == "Ilse Brandvik"
    assert first["article"]["id"] == seeded
    assert first["article"]["url"].startswith("https://")


def test_bad_date_filter_is_a_422_not_a_crash(client):
    assert client.get("/api/v1/statements", params={"since": "soon"}).status_code == 422


def test_search_returns_matching_articles(client, seeded):
    assert [a["id"] for a in client.get("/api/v1/search", params={"q": "crossings"}).json()] == [
        seeded
    ]


def test_openapi_document_lists_the_api(client):
    paths = client.get("/api/openapi.json").json()["paths"]

    assert "/api/v1/statements" in paths
    assert "/api/v1/articles/{article_id}" in paths


# -- search filters, profiles, statements per day --------------------------------------------------


@pytest.mark.parametrize(
    ("params", "found"),
    [
        ({"q": "crossings", "speaker": "brandvik"}, True),
        ({"q": "crossings", "speaker": "Varro"}, False),
        ({"entity": "Norvaland"}, True),
        ({"entity": "Kaldera"}, False),
        ({"site": "Northgate Herald", "language": "en"}, True),
        ({"site": "Other Paper"}, False),
        ({"since": "2026-02-16", "until": "2026-02-16"}, True),
        ({"q": "crossings", "since": "2026-02-17"}, False),
    ],
)
def test_search_narrows_by_filters(client, seeded, params, found):
    ids = [a["id"] for a in client.get("/api/v1/search", params=params).json()]

    assert ids == ([seeded] if found else [])


def test_statement_by_id_cites_its_article(client, seeded):
    first = client.get("/api/v1/statements").json()[0]

    body = client.get(f"/api/v1/statements/{first['id']}").json()

    assert body == first
    assert client.get("/api/v1/statements/999999").status_code == 404


def test_speaker_profile_lists_what_they_said(client):
    body = client.get("/api/v1/speakers/Ilse Brandvik").json()

    assert len(body["statements"]) == 2
    assert body["roles"] == ["Defence Minister"]
    assert client.get("/api/v1/speakers/Nobody").status_code == 404


def test_a_speaker_profile_pages_through_what_they_said(client):
    first = client.get("/api/v1/speakers/Ilse Brandvik", params={"limit": 1})
    rest = client.get("/api/v1/speakers/Ilse Brandvik", params={"limit": 1, "offset": 1})

    assert first.headers["X-Total-Count"] == "2"
    assert 'rel="next"' in first.headers["Link"]
    assert len(first.json()["statements"]) == len(rest.json()["statements"]) == 1
    assert first.json()["statements"] != rest.json()["statements"]


def test_entity_profile_lists_statements_that_mention_it(client):
    body = client.get("/api/v1/entities/Norvaland").json()

    assert body["articles"] == 1
    assert [s["content"] for s in body["statements"]] == [
        "Norvaland will reopen the border crossings next week"
    ]


def test_statements_per_day_counts_by_publication_date(client):
    assert client.get("/api/v1/stats/statements-per-day").json() == [
        {"date": "2026-02-16", "statements": 2}
    ]
    assert client.get("/api/v1/stats/statements-per-day", params={"about": "Norvaland"}).json() == [
        {"date": "2026-02-16", "statements": 1}
    ]


def test_entities_and_speakers_lists(client):
    assert "Norvaland" in [e["canonical"] for e in client.get("/api/v1/entities").json()]
    assert [s["name"] for s in client.get("/api/v1/speakers").json()] == ["Ilse Brandvik"]


def test_sources_list_is_served(client):
    assert client.get("/api/v1/sources").json() == []


def test_empty_filter_fields_mean_any_and_bad_dates_are_422(client, seeded):
    empty = {"q": "crossings", "speaker": "", "since": "", "until": ""}

    assert [a["id"] for a in client.get("/api/v1/search", params=empty).json()] == [seeded]
    assert client.get("/api/v1/search", params={"since": "soon"}).status_code == 422
