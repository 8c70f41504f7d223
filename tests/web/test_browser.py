"""The desk in a real browser: Debian's Chromium driven by Playwright against a loopback server."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
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
    _plant_conflict(store)
    store.add_theme("Crossings", ["crossings"])
    store.add_user("analyst", PASSWORD, "analyst")
    store.add_user("admin", PASSWORD, "admin")
    store.close()
    with serve(db) as address:
        yield address


@contextmanager
def serve(db: str, **settings: object) -> Iterator[str]:
    """The desk over the store at `db`, served by uvicorn on a free loopback port.

    Its public_url is that address (links in mail lead back to it); `settings` add others.
    """
    port = _free_port()
    address = f"http://127.0.0.1:{port}"
    app = create_app(Settings(db=db, public_url=address, **settings))  # type: ignore[arg-type]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "desk did not start"
        time.sleep(0.05)
    yield address
    server.should_exit = True
    thread.join(timeout=10)


def _plant_conflict(store) -> None:  # type: ignore[no-untyped-def]
    """Varro's "no date" against Brandvik's "reopen next week", on one question."""
    from watchdesk.records import Conflict, LinkedStatement
    from watchdesk.store.analysis import LinkedRow

    [ref] = store.articles()
    stored = store.article(ref.id)
    question = store.add_question("When will the crossings reopen?", ["crossings"])
    rows = []
    for idx, statement in enumerate(stored.processed.statements[:2]):
        linked = LinkedStatement(
            key=str(idx) * 32,
            speaker=statement.speaker,
            speaker_key=statement.speaker.lower(),
            content=statement.content,
            language="en",
            published=ref.published,
            article_url=ref.url,
            polarity=statement.polarity,
            question=question,
        )
        rows.append(LinkedRow(linked, idx))
    store.save_linked(ref.id, rows)
    store.save_conflicts(
        [
            Conflict(
                "0" * 32,
                "1" * 32,
                "definite_vs_undecided",
                "a date against no date",
                ("reopen",),
                question,
            )
        ]
    )


@pytest.fixture
def page(browser, desk):  # type: ignore[no-untyped-def]
    with analyst_page(browser, desk) as opened:
        yield opened


@contextmanager
def analyst_page(browser, desk: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A page of a fresh browser context, logged in as the analyst, that fails on console errors."""
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

    # Scoped to the latest articles: a theme added by another test lists the article too.
    latest = page.locator("#latest")
    assert latest.get_by_role(
        "link", name="Crossings stay shut, president says", exact=True
    ).is_visible()
    assert page.locator("li.statement").filter(has_text="Aldis Varro").count() >= 1
    _shot(page, "today")


def test_article_opens_with_its_statements_highlighted(page, desk):
    page.goto(desk + "/")
    latest = page.locator("#latest")
    latest.get_by_role("link", name="Crossings stay shut, president says", exact=True).click()

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

    page.wait_for_url("**/statements?speaker=Brandvik&*")  # the form also sends dates and order
    speakers = page.locator("li.statement .who strong").all_inner_texts()
    assert speakers
    assert set(speakers) == {"Ilse Brandvik"}
    _shot(page, "statements")


def test_search_filters_by_speaker_and_opens_the_article(page, desk):
    page.goto(desk + "/search")
    page.get_by_label("Speaker").fill("Varro")
    page.get_by_role("button", name="Search", exact=True).click()

    # htmx swaps the results in place and pushes the filtered URL into the history.
    result = page.locator("#results").get_by_role(
        "link", name="Crossings stay shut, president says", exact=True
    )
    result.wait_for()
    assert "speaker=Varro" in page.url
    result.click()
    page.wait_for_url("**/articles/*")
    assert page.locator(".reader span.statement").count() >= 2
    _shot(page, "search")


def test_speaker_profile_shows_a_timeline(page, desk):
    page.goto(desk + "/speakers")
    page.get_by_role("link", name="Ilse Brandvik", exact=True).click()

    page.wait_for_url("**/speakers/*")
    assert page.locator("figure.chart rect.bar").count() >= 1
    _shot(page, "speaker")


def test_switching_the_language_shows_russian_labels(page, desk):
    page.goto(desk + "/statements")
    page.get_by_label("Interface language").select_option("ru")
    page.get_by_role("button", name="Set").click()

    page.wait_for_url("**/statements")
    assert page.get_by_role("heading", name="Высказывания").is_visible()
    _shot(page, "statements-ru")
    page.get_by_label("Язык интерфейса").select_option("en")
    page.get_by_role("button", name="Выбрать").click()
    page.wait_for_url("**/statements")
    assert page.get_by_role("heading", name="Statements").is_visible()


def test_admin_adds_a_user_and_sees_it_listed(browser, desk):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    admin = context.new_page()
    _log_in(admin, desk, "admin")
    admin.goto(desk + "/admin/users")
    form = admin.locator("form.filters")
    form.get_by_label("Name").fill("newcomer")
    form.get_by_label("Password").fill(PASSWORD)
    form.get_by_label("Role").select_option("editor")
    form.get_by_role("button", name="Add").click()

    admin.wait_for_url("**/admin/users")
    assert admin.locator("#user-newcomer").is_visible()
    _shot(admin, "users")
    context.close()


def test_login_and_sources_pages(browser, desk):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    visitor = context.new_page()
    visitor.goto(desk + "/sources")
    visitor.wait_for_url("**/login?next=%2Fsources")
    _shot(visitor, "login")
    visitor.get_by_label("User name").fill("analyst")
    visitor.get_by_label("Password").fill(PASSWORD)
    visitor.get_by_role("button", name="Log in").click()
    visitor.wait_for_url(desk + "/sources")
    assert visitor.get_by_role("heading", name="Sources").is_visible()
    _shot(visitor, "sources")
    context.close()


def test_analyst_confirms_a_conflict_and_sees_the_change(page, desk):
    page.goto(desk + "/")
    page.get_by_role("link", name="Conflicts").click()
    page.wait_for_url("**/conflicts?status=open")
    flag = page.locator("article.flag").first
    assert flag.locator("mark").count() >= 1
    _shot(page, "conflicts")

    flag.get_by_role("button", name="Confirm").click()

    # htmx swaps only the flag: the page stays, the flag turns confirmed and loses its button.
    page.locator("article.flag.confirmed").wait_for()
    assert page.url.endswith("/conflicts?status=open")
    assert page.locator("article.flag.confirmed").get_by_role("button", name="Confirm").count() == 0
    page.goto(desk + "/conflicts?status=confirmed")
    assert page.locator("article.flag.confirmed").count() == 1


def test_question_graph_commitments_and_themes_pages(page, desk):
    page.goto(desk + "/questions")
    page.get_by_role("link", name="When will the crossings reopen?").click()
    page.wait_for_url("**/questions/*")
    assert page.locator("svg.timeline circle").count() == 2
    _shot(page, "question")
    page.goto(desk + "/graph")
    assert page.locator("svg.graph circle.node").count() >= 1
    _shot(page, "graph")
    page.goto(desk + "/commitments")
    assert page.get_by_role("heading", name="Promises and forecasts").is_visible()
    _shot(page, "commitments")
    page.goto(desk + "/themes")
    assert page.get_by_role("heading", name="Crossings").is_visible()
    _shot(page, "themes")
    page.goto(desk + "/")
    assert page.locator("section.theme-block").count() == 1
    _shot(page, "today-themes")
