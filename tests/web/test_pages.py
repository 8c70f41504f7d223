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
