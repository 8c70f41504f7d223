"""A brief's whole journey in a real browser: an analyst drafts it from the week's dossier with two
citations, an editor publishes it in English and Russian, an anonymous visitor reads it in the
archive and in the Atom feed, and a visitor who subscribes (in Russian, double opt-in) receives
it by mail once, in Russian, with an unsubscribe link that works.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from local_smtp import Inbox, serve_smtp
from test_browser import ARTIFACTS, PAGE, browser, serve

from watchdesk.newsletter.sending import run_newsletter
from watchdesk.pipeline import ingest
from watchdesk.records import RawDocument
from watchdesk.settings import Settings
from watchdesk.store import open_store

pytestmark = pytest.mark.browser
__all__ = ["browser"]  # the Chromium fixture, shared with test_browser

PASSWORD = "correct horse battery"
DOCS = Path(__file__).parents[2] / "docs"
ATOM = "{http://www.w3.org/2005/Atom}"
HEADLINE_EN = "The capital sends mixed signals on the crossings"
HEADLINE_RU = "Столица подаёт противоречивые сигналы о переходах"


SUBSCRIBER = "reader@example.org"


@pytest.fixture(scope="module")
def journey_mail() -> Iterator[tuple[Inbox, int]]:
    """The SMTP server on loopback the desk mails through: (inbox, port)."""
    with serve_smtp() as served:
        yield served


@pytest.fixture(scope="module")
def journey_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('journey') / 'desk.db'}"


@pytest.fixture(scope="module")
def journey_desk(journey_db: str, journey_mail: tuple[Inbox, int]) -> Iterator[str]:
    """A desk on loopback over one ingested article, a theme, an analyst and an editor."""
    from watchdesk.nlp.parse import Parser

    db = journey_db
    store = open_store(db)
    raw = RawDocument(
        uri="https://northgate.example/crossings",
        content=PAGE.encode(),
        content_type="text/html",
        fetched_at=datetime(2026, 2, 20, tzinfo=UTC),
    )
    assert ingest([raw], store, Parser()).stored == 1
    store.add_theme("Crossings", ["crossings"])
    store.add_user("analyst", PASSWORD, "analyst")
    store.add_user("editor", PASSWORD, "editor")
    store.close()

    mail = {"smtp_host": "127.0.0.1", "smtp_port": journey_mail[1], "mail_from": "briefs@desk.test"}
    with serve(db, **mail) as address:
        yield address


def _page(browser, problems: list[str]):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    return context, page


def _log_in(page, desk: str, name: str, target: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(desk + target)
    page.wait_for_url("**/login?next=*")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(desk + target)


def _write_version(page, headline: str, lead: str, text: str, cites: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Fill one language version, citing with the editor's Insert buttons between sentences."""
    page.get_by_label("Headline").fill(headline)
    page.get_by_label("Lead").fill(lead)
    body = page.locator("#brief-body")
    body.fill("")
    *sentences, ending = text.split("|")
    for sentence, statement_id in zip(sentences, cites, strict=True):
        body.press("End")
        body.type(sentence)
        page.locator(f"button.insert-cite[data-cite='{statement_id}']").click()
    body.press("End")
    body.type(ending)
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_load_state()


def test_a_brief_goes_from_the_dossier_to_the_public_archive_feed_and_mail(
    browser, journey_desk, journey_db, journey_mail
):
    desk = journey_desk
    problems: list[str] = []

    # 1. The analyst starts the week's brief and cites two statements of its dossier.
    context, page = _page(browser, problems)
    _log_in(page, desk, "analyst", "/briefs")
    page.get_by_role("button", name="New brief").click()
    page.wait_for_url(re.compile(r".*/briefs/\d+/edit$"))
    brief_id = int(re.search(r"/briefs/(\d+)/edit", page.url).group(1))
    offered = page.locator("button.insert-cite").evaluate_all(
        "buttons => buttons.map(b => b.dataset.cite)"
    )
    assert len(offered) >= 2, "the dossier offers the week's statements"
    cites = offered[:2]
    page.get_by_label("mixed").check()
    _write_version(
        page,
        HEADLINE_EN,
        "The defence minister promises a reopening the president will not date.",
        "The minister said the crossings would reopen next week |, while the president "
        "said no date had been set |.",
        cites,
    )
    page.get_by_role("link", name="ru", exact=True).click()
    _write_version(
        page,
        HEADLINE_RU,
        "Министр обороны обещает открытие, которому президент не называет даты.",
        "Министр заявил, что переходы откроются на следующей неделе |, а президент сказал, "
        "что дата не назначена |.",
        cites,
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "brief-editor.png"), full_page=True)
    page.goto(f"{desk}/briefs/{brief_id}")
    page.get_by_role("button", name="Submit for review").click()
    page.wait_for_url(f"{desk}/briefs/{brief_id}")
    assert page.locator(".brief-state .tag.status").inner_text() == "review"
    context.close()

    # 2. The editor publishes both languages.
    context, page = _page(browser, problems)
    _log_in(page, desk, "editor", f"/briefs/{brief_id}")
    page.get_by_role("button", name="Publish both languages").click()
    page.wait_for_url(f"{desk}/briefs/{brief_id}")
    assert page.locator(".brief-state .tag.status").inner_text() == "published"
    history = page.locator("table.history").inner_text()
    assert "analyst\tsubmitted" in history
    assert "editor\tpublished" in history
    page.screenshot(path=str(ARTIFACTS / "brief-desk.png"), full_page=True)
    context.close()

    # 3. An anonymous visitor finds it in the archive, reads both languages and the feed.
    context, page = _page(browser, problems)
    page.goto(f"{desk}/public/briefs")
    page.get_by_role("link", name=HEADLINE_EN).click()
    page.wait_for_url(f"{desk}/public/briefs/{brief_id}/en")
    citations = page.locator("article.brief a.cite")
    assert citations.count() == 2
    hrefs = citations.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert all(re.fullmatch(r"/articles/\d+#st-\d+", href) for href in hrefs)
    assert page.locator("ol.sources li").count() == 2
    page.get_by_role("link", name=re.compile(re.escape(HEADLINE_RU))).click()
    page.wait_for_url(f"{desk}/public/briefs/{brief_id}/ru")
    assert page.get_by_role("heading", name=HEADLINE_RU).is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "brief-public-ru.png"), full_page=True)
    if os.environ.get("WATCHDESK_UPDATE_DOCS"):  # a test run never rewrites tracked files
        page.screenshot(path=str(DOCS / "brief.png"))
    # The printable copy the page offers, as the visitor downloads it.
    pdf = page.request.get(
        desk + (page.get_by_role("link", name="PDF").get_attribute("href") or "")
    )
    assert pdf.ok
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF-")
    assert pdf.body().rstrip().endswith(b"%%EOF")
    (ARTIFACTS / "brief-public-ru.pdf").write_bytes(pdf.body())
    feed = page.request.get(f"{desk}/public/briefs/feed.atom?theme=Crossings&language=ru")
    assert feed.ok
    entries = ET.fromstring(feed.body()).findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [HEADLINE_RU]
    context.close()

    # 4. A Russian-speaking visitor subscribes and receives it by mail once, then leaves.
    _subscriber_receives_it_once(browser, problems, desk, journey_db, journey_mail, brief_id)

    # A CSP violation or a missing asset shows up as a console error.
    assert problems == []


def _link(mail, path: str) -> str:  # type: ignore[no-untyped-def]
    text = mail.get_body(("plain",)).get_content()
    found = re.search(rf"(http://127\.0\.0\.1:\d+{re.escape(path)}\S*)", text)
    assert found, text
    return found[1]


def _subscriber_receives_it_once(  # type: ignore[no-untyped-def]
    browser, problems: list[str], desk: str, db: str, mail: tuple[Inbox, int], brief_id: int
) -> None:
    inbox, smtp_port = mail
    context = browser.new_context(locale="ru-RU", extra_http_headers={"Accept-Language": "ru"})
    page = context.new_page()
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)

    # Double opt-in: the form, then the mailed link and its button; no mail before that.
    page.goto(f"{desk}/public/briefs")
    page.get_by_role("link", name="Подписаться").click()
    page.get_by_label("Адрес электронной почты").fill(SUBSCRIBER)
    assert page.get_by_label("Русский").is_checked()  # the visitor's language is the default
    page.get_by_label("Crossings").check()
    page.get_by_role("button", name="Подписаться").click()
    assert page.get_by_role("heading", name="Проверьте почту").is_visible()
    (confirmation,) = inbox.to(SUBSCRIBER)
    page.goto(_link(confirmation, "/newsletter/confirm"))
    page.get_by_role("button", name="Подтвердить подписку").click()
    assert page.get_by_role("heading", name="Подписка оформлена").is_visible()
    page.screenshot(path=str(ARTIFACTS / "newsletter-confirmed-ru.png"), full_page=True)

    # Two runs of the sender: the brief arrives once, in Russian, linked to its public page.
    settings = Settings(
        db=db,
        public_url=desk,
        smtp_host="127.0.0.1",
        smtp_port=smtp_port,
        mail_from="briefs@desk.test",
    )
    store = open_store(db)
    first, second = run_newsletter(store, settings), run_newsletter(store, settings)
    assert [letter.headlines for letter in first.sent] == [(HEADLINE_RU,)]
    assert second.sent == []
    (digest,) = inbox.to(SUBSCRIBER)[1:]
    assert digest["Subject"] == HEADLINE_RU
    assert digest["Content-Language"] == "ru"
    (ARTIFACTS / "newsletter-digest-ru.html").write_text(digest.get_body(("html",)).get_content())
    page.goto(_link(digest, f"/public/briefs/{brief_id}/ru"))
    assert page.get_by_role("heading", name=HEADLINE_RU).is_visible()

    # The unsubscribe link of the mail works: it asks, then ends the subscription.
    unsubscribe = digest["List-Unsubscribe"].strip("<>")
    assert unsubscribe == _link(digest, "/newsletter/unsubscribe")
    page.goto(unsubscribe)
    page.get_by_role("button", name="Отписаться").click()
    assert page.get_by_role("heading", name="Вы отписались").is_visible()
    assert store.subscribers() == []
    store.close()
    context.close()
