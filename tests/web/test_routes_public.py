"""The public archive of briefs: no login, only what was published, valid Atom, exports."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

import pytest

ATOM = "{http://www.w3.org/2005/Atom}"
WEEK = "2026-W08"
HOSTILE_HEADLINE = 'Crossings <b>&</b> "bridges" <script>alert(1)</script>'


@pytest.fixture
def theme(store, seeded):
    return store.add_theme("Crossings", ["crossings"])


def _brief(store, theme, week: str = WEEK, *, headline: str = "Mixed signals", publish=True):
    first = store.statements(limit=1)[0].id
    brief = store.create_brief(theme.id, week, by="analyst")
    store.save_brief_version(
        brief.id,
        "en",
        headline=headline,
        lead="The minister promises, the president will not date it.",
        body=f"The minister said so [[s:{first}]].\n\n<script>alert('x')</script>",
        by="analyst",
    )
    store.save_brief_version(
        brief.id,
        "ru",
        headline="Столица подаёт смешанные сигналы",
        lead="Министр обещает, президент не называет дату.",
        body=f"Министр так сказал [[s:{first}]].",
        by="analyst",
    )
    store.set_brief_trend(brief.id, "mixed", by="analyst")
    if publish:
        store.publish_brief(brief.id, by="editor")
    return brief


def test_a_draft_is_nowhere_in_public(store, theme, anon):
    brief = _brief(store, theme, publish=False)

    assert "Mixed signals" not in anon.get("/public/briefs").text
    assert anon.get(f"/public/briefs/{brief.id}/en").status_code == 404
    assert anon.get(f"/public/briefs/{brief.id}/en.pdf").status_code == 404
    feed = ET.fromstring(anon.get("/public/briefs/feed.atom?language=en").content)
    assert feed.findall(f"{ATOM}entry") == []


def test_a_published_brief_is_read_without_login_in_both_languages(store, theme, anon):
    brief = _brief(store, theme)

    english = anon.get(f"/public/briefs/{brief.id}/en")
    russian = anon.get(f"/public/briefs/{brief.id}/ru")

    assert english.status_code == 200
    assert "Mixed signals" in english.text
    assert '<article class="brief public-brief" lang="ru">' in russian.text
    assert "Столица подаёт смешанные сигналы" in russian.text
    stored = store.statements(limit=1)[0]
    assert f'href="/articles/{stored.article.id}#st-{stored.index}"' in english.text


def test_an_edit_after_publication_stays_private_until_published_again(store, theme, anon):
    brief = _brief(store, theme)
    store.save_brief_version(
        brief.id, "en", headline="Secret rewrite", lead="", body="", by="analyst"
    )

    page = anon.get(f"/public/briefs/{brief.id}/en").text

    assert "Secret rewrite" not in page
    assert "Mixed signals" in page
    assert "Secret rewrite" not in anon.get("/public/briefs/feed.atom?language=en").text


def test_the_archive_lists_by_theme_by_week_and_all(store, theme, anon):
    other = store.add_theme("Economy", ["prices"])
    _brief(store, theme, WEEK, headline="Crossings week eight")
    _brief(store, theme, "2026-W09", headline="Crossings week nine")
    _brief(store, other, WEEK, headline="Prices week eight")

    everything = anon.get("/public/briefs").text
    by_theme = anon.get("/public/briefs/themes/Economy").text
    by_week = anon.get("/public/briefs/weeks/2026-W09").text

    assert all(h in everything for h in ("week eight", "week nine", "Prices week eight"))
    assert everything.index("Crossings week nine") < everything.index("Crossings week eight")
    assert "Prices week eight" in by_theme
    assert "Crossings week" not in by_theme
    assert "Crossings week nine" in by_week
    assert "week eight" not in by_week


def test_the_atom_feed_is_valid_per_theme_and_language_and_escapes_text(store, theme, anon):
    brief = _brief(store, theme, headline=HOSTILE_HEADLINE)
    _brief(store, store.add_theme("Economy", ["prices"]), headline="Prices")

    answer = anon.get("/public/briefs/feed.atom", params={"theme": "Crossings", "language": "en"})

    assert answer.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(answer.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == HOSTILE_HEADLINE
    assert entry.find(f"{ATOM}link").get("href").endswith(f"/public/briefs/{brief.id}/en")
    content = entry.find(f"{ATOM}content")
    assert content.get("type") == "html"
    assert "<script>" not in content.text
    assert '<sup class="cite">' in content.text
    assert b"<script>" not in answer.content


def test_the_russian_feed_holds_the_russian_versions(store, theme, anon):
    _brief(store, theme)

    feed = ET.fromstring(anon.get("/public/briefs/feed.atom?theme=Crossings&language=ru").content)

    assert [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")] == [
        "Столица подаёт смешанные сигналы"
    ]
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"


def test_exports_give_markdown_html_and_a_pdf(store, theme, anon):
    brief = _brief(store, theme)

    markdown = anon.get(f"/public/briefs/{brief.id}/en.md")
    page = anon.get(f"/public/briefs/{brief.id}/ru.html")
    pdf = anon.get(f"/public/briefs/{brief.id}/ru.pdf")

    assert markdown.headers["content-type"].startswith("text/markdown")
    assert markdown.text.startswith("# Mixed signals\n")
    assert "## Sources" in markdown.text
    assert "attachment" in page.headers["content-disposition"]
    assert '<html lang="ru">' in page.text
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    assert len(pdf.content) > 8_000


@pytest.mark.parametrize("name", ["fr", "en.exe", "en.pdf.md", "../en"])
def test_unknown_languages_and_formats_are_not_found(store, theme, anon, name):
    brief = _brief(store, theme)

    assert anon.get(f"/public/briefs/{brief.id}/{name}").status_code == 404


def test_public_pages_keep_the_strict_policy_and_no_inline_code(store, theme, anon):
    brief = _brief(store, theme)

    for path in (
        "/public/briefs",
        "/public/briefs/themes/Crossings",
        f"/public/briefs/{brief.id}/en",
    ):
        page = anon.get(path)
        assert page.status_code == 200
        policy = page.headers["content-security-policy"]
        assert "script-src 'self'" in policy
        assert "style-src 'self'" in policy
        assert "<script" not in page.text
        assert not re.search(r"<style|\sstyle=", page.text)


def test_the_public_json_twin_holds_only_published_versions(store, theme, anon):
    _brief(store, theme, publish=False)
    assert anon.get("/api/v1/public/briefs").json() == []

    published = _brief(store, theme, "2026-W09")
    found = anon.get("/api/v1/public/briefs", params={"language": "ru"}).json()

    assert [(b["id"], b["language"], b["week"]) for b in found] == [
        (published.id, "ru", "2026-W09")
    ]
    assert found[0]["headline"] == "Столица подаёт смешанные сигналы"
