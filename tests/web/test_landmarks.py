"""Every desk page opens with a skip link to its main content; the today page has a main heading;
the graph is in the navigation; the queues say which keys they take."""

from __future__ import annotations

import lxml.html
import pytest

PAGES = ["/", "/statements", "/speakers", "/entities", "/conflicts", "/commitments", "/questions"]


@pytest.mark.parametrize("path", PAGES)
def test_the_first_link_skips_to_the_main_content(client, path):
    tree = lxml.html.document_fromstring(client.get(path).text)

    first = tree.xpath("//body//a")[0]
    assert first.get("href") == "#main"
    assert tree.xpath("//main/@id") == ["main"]
    assert "/graph" in tree.xpath("//header//nav//a/@href")


def test_the_today_page_has_one_main_heading(client):
    tree = lxml.html.document_fromstring(client.get("/").text)

    assert [h.text_content() for h in tree.xpath("//h1")] == ["Today"]


def test_an_analysts_queue_lists_its_keys_and_a_readers_does_not(login_as, flagged):
    analyst = login_as("analyst").get("/conflicts").text
    reader = login_as("reader").get("/conflicts").text

    keys = lxml.html.document_fromstring(analyst).xpath("//*[@data-shortcuts]//kbd/text()")
    assert keys == ["j", "k", "c", "d", "r"]
    assert "data-shortcuts" not in reader
    assert 'data-key="c"' in analyst
