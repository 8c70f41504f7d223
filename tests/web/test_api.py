"""The JSON API serves the same records as the CLI, in the shapes of the stable contract."""

from __future__ import annotations


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
