"""The desk for daily use in a real browser: offline API docs, the whole Russian desk, a phone.

Uses the loopback desk and Chromium of test_browser.py; screenshots go to tests/artifacts.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from test_browser import _log_in, _shot, browser, desk  # noqa: F401  (fixtures shared)
from visible_text import english_left

pytestmark = pytest.mark.browser


def _offline(context, address: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Refuse every request that leaves the desk; the list fills with what was refused."""
    refused: list[str] = []
    origin = urlsplit(address).netloc

    def route(r):  # type: ignore[no-untyped-def]
        if urlsplit(r.request.url).netloc == origin:
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    return refused


def _watch(page) -> list[str]:  # type: ignore[no-untyped-def]
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    return problems


def test_api_docs_render_the_operations_with_no_network(browser, desk):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    refused = _offline(context, desk)
    docs = context.new_page()
    problems = _watch(docs)

    answer = docs.goto(desk + "/api/docs")

    docs.locator(".opblock").first.wait_for()
    assert docs.locator(".opblock").count() >= 10
    assert docs.get_by_text("/api/v1/conflicts", exact=True).first.is_visible()
    assert "script-src 'self'" in answer.headers["content-security-policy"]
    _shot(docs, "api-docs")
    context.close()
    # A blocked script or style under the strict policy shows up as a console error.
    assert (refused, problems) == ([], [])


RUSSIAN_PAGES = [
    "/",
    "/statements",
    "/search?q=crossings",
    "/entities",
    "/speakers",
    "/speakers/Ilse Brandvik",
    "/sources",
    "/conflicts",
    "/commitments",
    "/questions",
    "/graph",
    "/themes",
    "/admin/users",
]


def test_the_russian_desk_shows_no_english(browser, desk):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    admin = context.new_page()
    problems = _watch(admin)
    _log_in(admin, desk, "admin")
    admin.get_by_label("Interface language").select_option("ru")
    admin.get_by_role("button", name="Set").click()
    admin.wait_for_url(desk + "/")
    names = _names(admin, desk)
    # The pages a reader reaches by following links: an article, a statement, a question.
    admin.locator("#latest a").first.click()
    admin.wait_for_url("**/articles/*")
    pages = [*RUSSIAN_PAGES, urlsplit(admin.url).path]
    admin.goto(desk + "/statements")
    pages.append(admin.locator("a.permalink").first.get_attribute("href"))
    admin.goto(desk + "/questions")
    pages.append(admin.locator("table.questions a").first.get_attribute("href"))

    leaks = {}
    for path in pages:
        admin.goto(desk + path)
        assert admin.locator("html").get_attribute("lang") == "ru"
        found = english_left(admin.content(), names)
        if found:
            leaks[path] = sorted(set(found))
    _shot(admin, "question-ru")
    admin.goto(desk + "/conflicts")
    _shot(admin, "conflicts-ru")
    context.close()

    assert leaks == {}
    assert problems == []


def _names(page, address: str) -> set[str]:  # type: ignore[no-untyped-def]
    """People, places, outlets, accounts and themes: names, shown as they are in any language."""
    names = {"admin", "analyst", "Northgate Herald"}
    names |= {t["name"] for t in page.request.get(f"{address}/api/v1/themes").json()}
    for kind, field in (("speakers", "name"), ("entities", "canonical")):
        answer = page.request.get(f"{address}/api/v1/{kind}?limit=500").json()
        rows = answer["items"] if isinstance(answer, dict) else answer
        names |= {row[field] for row in rows}
    return names


# The elements that reach past the viewport's right edge, for the failure message.
WIDE_ELEMENTS = """[...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .slice(0, 8)
  .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"""


@pytest.mark.parametrize(
    "path", ["/", "/conflicts", "question", "/speakers", "/statements", "/commitments", "/sources"]
)
def test_phone_width_pages_do_not_scroll_sideways(browser, desk, path):  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone = context.new_page()
    _log_in(phone, desk, "analyst")

    if path == "question":
        phone.goto(desk + "/questions")
        phone.get_by_role("link", name="When will the crossings reopen?").click()
        phone.wait_for_url("**/questions/*")
    else:
        phone.goto(desk + path)

    width = phone.evaluate("document.documentElement.scrollWidth")
    _shot(phone, "phone-" + (path.strip("/").replace("/", "-") or "today"))
    wide = phone.evaluate(WIDE_ELEMENTS)
    context.close()
    assert width <= 390, f"{path} is {width} px wide: {wide}"


def test_keys_confirm_the_flag_they_moved_to(browser, desk):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    analyst = context.new_page()
    problems = _watch(analyst)
    _log_in(analyst, desk, "analyst")
    analyst.goto(desk + "/conflicts?status=open")
    assert analyst.locator("[data-shortcuts]").is_visible()

    analyst.keyboard.press("j")
    assert analyst.locator("article.flag.current").count() == 1
    analyst.keyboard.press("c")

    analyst.locator("article.flag.confirmed").wait_for()
    _shot(analyst, "conflicts-keys")
    analyst.keyboard.press("r")  # reopen: the flag stays marked after the swap
    analyst.locator("article.flag.open").wait_for()
    context.close()
    assert problems == []


def test_a_link_to_a_statement_marks_its_sentence_on_arrival(browser, desk):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    reader = context.new_page()
    _log_in(reader, desk, "analyst")
    reader.goto(desk + "/statements")
    href = reader.locator("li.statement a[href*='#st-']").first.get_attribute("href")

    reader.goto(desk + href)

    index = href.rpartition("#st-")[2]
    reader.locator(".reader span.statement.arrived").first.wait_for()
    marked = reader.locator(".reader span.arrived").first.get_attribute("data-statement")
    assert marked == index
    assert reader.evaluate("document.querySelector(':target').id") == f"st-{index}"
    _shot(reader, "article-arrival")
    context.close()
