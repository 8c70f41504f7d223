"""Desk pages render the store, highlight spans, and keep hostile text inert."""

from __future__ import annotations

from dataclasses import replace

import pytest

from watchdesk.records import ProcessedArticle
from watchdesk.web.app import CONTENT_SECURITY_POLICY


def test_index_lists_articles_and_statements(client):
    page = client.get("/").text

    assert "Crossings to reopen, minister says" in page
    assert "Ilse Brandvik" in page


def test_article_page_highlights_statements_times_and_quantities(client, seeded):
    page = client.get(f"/articles/{seeded}").text

    assert '<span class="statement" data-statement="0"' in page
    assert "4,500 soldiers</span>" in page
    assert "2026-03-03" in page


@pytest.mark.parametrize("path", ["/", "/statements", "/search?q=border"])
def test_every_page_has_a_strict_content_security_policy(client, path):
    response = client.get(path)

    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY


def test_statements_page_filters_by_speaker(client):
    assert "Ilse Brandvik" in client.get("/statements", params={"speaker": "Brandvik"}).text
    assert "Ilse Brandvik" not in client.get("/statements", params={"speaker": "Nobody"}).text


def test_hostile_article_text_and_url_render_inert(store, client, make_raw, make_processed):
    hostile = make_processed().article
    hostile = replace(
        hostile,
        url="javascript:alert(1)",
        title='<img src=x onerror="alert(1)">',
        text='<script>alert("x")</script> <a href="javascript:alert(2)" onclick="go()">click</a>',
    )
    document_id, _ = store.add_document(make_raw(uri="https://evil.example/1"))
    article_id = store.save_article(document_id, ProcessedArticle(hostile, pipeline_version="t"))

    page = client.get(f"/articles/{article_id}").text

    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert 'href="javascript:' not in page
    assert "&lt;script&gt;" in page


@pytest.mark.parametrize(
    "path",
    [
        "/entities",
        "/entities/Norvaland",
        "/speakers",
        "/speakers/Ilse Brandvik",
        "/sources",
        "/search?speaker=Brandvik",
        "/login",
    ],
)
def test_desk_pages_render_under_the_policy(client, path):
    response = client.get(path)

    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "style=" not in response.text  # inline styles would break under style-src 'self'
    assert "<script>" not in response.text


def test_today_page_draws_statements_per_day(client):
    page = client.get("/").text

    assert '<rect class="bar"' in page
    assert "<title>2026-02-16: 2</title>" in page


def test_speaker_profile_has_a_timeline_and_the_statements(client):
    page = client.get("/speakers/Ilse Brandvik").text

    assert '<rect class="bar"' in page
    assert page.count('<li class="statement') == 2


def test_statement_page_links_back_to_the_article(client, seeded):
    statement_id = client.get("/api/v1/statements").json()[0]["id"]

    page = client.get(f"/statements/{statement_id}").text

    assert f'href="/articles/{seeded}#st-0"' in page
    assert client.get("/statements/999999").status_code == 404


def test_search_page_filters_by_outlet(client):
    assert "Crossings to reopen" in client.get("/search", params={"site": "Northgate Herald"}).text
    assert "Crossings to reopen" not in client.get("/search", params={"site": "Elsewhere"}).text


def test_htmx_is_served_locally_with_its_licence(client):
    page = client.get("/").text

    assert '<script src="http://testserver/static/htmx-2.0.11.min.js" defer></script>' in page
    assert client.get("/static/htmx-2.0.11.min.js").status_code == 200
    assert "Zero-Clause BSD" in client.get("/static/htmx-2.0.11.LICENSE.txt").text


def test_hostile_speaker_entity_and_outlet_render_inert(store, client, make_raw, make_processed):
    evil = '<svg onload="alert(1)">'
    processed = make_processed(site=evil, author='"><img src=x onerror=alert(2)>')
    statement = replace(processed.statements[0], speaker=evil, speaker_org="<b onclick=x()>")
    entity = replace(processed.entities[0], canonical="<script>alert(3)</script>")
    processed = replace(processed, statements=(statement,), entities=(entity,), commitments=())
    document_id, _ = store.add_document(make_raw(uri="https://evil.example/2"))
    article_id = store.save_article(document_id, processed)

    pages = [
        client.get(f"/articles/{article_id}").text,
        client.get("/statements").text,
        client.get("/speakers").text,
        client.get("/entities").text,
        client.get("/search", params={"site": evil}).text,
    ]

    for page in pages:
        assert "<svg onload" not in page
        assert "<img src=x" not in page
        assert "<b onclick" not in page
        assert "<script>alert" not in page
