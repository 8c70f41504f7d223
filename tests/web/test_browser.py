"""The desk in a real browser: Debian's Chromium driven by Playwright against a loopback server."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import uvicorn

from watchdesk.pipeline import ingest
from watchdesk.records import RawDocument
from watchdesk.settings import Settings
from watchdesk.store import open_store
from watchdesk.web.app import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
PASSWORD = "correct horse battery"
ARTIFACTS = Path(__file__).parents[1] / "artifacts"
# Without these flags Chromium keeps trying to reach Google's services, which this network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

PAGE = """<html><head><title>Crossings stay shut</title>
<meta property="og:site_name" content="Northgate Herald">
<meta property="article:published_time" content="2026-02-20T08:00:00Z"></head><body><article>
<h1>Crossings stay shut, president says</h1>
<p>"No date has been set for reopening the crossings," President Aldis Varro told reporters on
Friday.</p>
<p>Defence Minister Ilse Brandvik said on Monday that the crossings would reopen next week, and
that some 4,500 Karesian soldiers would leave by March 3.</p>
<p>Residents of Velsk said they had heard tanks at night.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium package")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A desk served by uvicorn on loopback over a store holding one ingested article."""
    from watchdesk.nlp.parse import Parser

    db = f"sqlite:///{tmp_path_factory.mktemp('desk') / 'desk.db'}"
    store = open_store(db)
    raw = RawDocument(
        uri="https://northgate.example/crossings",
        content=PAGE.encode(),
        content_type="text/html",
        fetched_at=datetime(2026, 2, 20, tzinfo=UTC),
    )
    assert ingest([raw], store, Parser()).stored == 1
    store.add_user("analyst", PASSWORD, "analyst")
    store.add_user("admin", PASSWORD, "admin")
    store.close()

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(Settings(db=db)), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "desk did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(browser, desk):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    opened.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda e: problems.append(str(e)))
    _log_in(opened, desk, "analyst")
    yield opened
    context.close()
    # A CSP violation or a missing asset shows up as a console error.
    assert problems == []


def _log_in(page, desk: str, name: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(desk + "/")
    page.wait_for_url("**/login?next=*")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(desk + "/")


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_today_page_lists_the_article_and_who_said_what(page, desk):
    page.goto(desk + "/")

    assert page.get_by_role(
        "link", name="Crossings stay shut, president says", exact=True
    ).is_visible()
    assert page.locator("li.statement").filter(has_text="Aldis Varro").count() >= 1
    _shot(page, "today")


def test_article_opens_with_its_statements_highlighted(page, desk):
    page.goto(desk + "/")
    page.get_by_role("link", name="Crossings stay shut, president says", exact=True).click()

    page.wait_for_url("**/articles/*")
    highlighted = page.locator(".reader span.statement")
    assert highlighted.count() >= 2
    assert page.locator("aside .statement").filter(has_text="Ilse Brandvik").count() >= 1
    _shot(page, "article")


def test_search_finds_the_article(page, desk):
    page.goto(desk + "/")
    page.get_by_role("searchbox", name="Search articles").fill("tanks")
    page.keyboard.press("Enter")

    page.wait_for_url("**/search?q=tanks")
    assert page.get_by_role(
        "link", name="Crossings stay shut, president says", exact=True
    ).is_visible()


def test_statements_page_filters_by_speaker(page, desk):
    page.goto(desk + "/statements")
    page.get_by_label("Speaker").fill("Brandvik")
    page.get_by_role("button", name="Filter").click()

    page.wait_for_url("**/statements?speaker=Brandvik")
    speakers = page.locator("li.statement .who strong").all_inner_texts()
    assert speakers
    assert set(speakers) == {"Ilse Brandvik"}
    _shot(page, "statements")
