"""The Russian desk shows no English: every page, on a store with conflicts, promises and themes.

Quoted source text (statements, titles, names of questions) carries its own `lang` and is left
out; what remains is interface, and every Latin-script word in it must be a name or a code.
"""

from __future__ import annotations

import pytest
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
from visible_text import english_left

from watchdesk.analysis.reasons import reason
from watchdesk.records import Conflict

RUSSIAN = {"Accept-Language": "ru-RU,ru;q=0.9"}
WEEK = "2026-W08"


@pytest.fixture
def russian_desk(login_as, store, flagged):
    """An admin who chose Russian, on a store whose conflicts carry reasons of every template."""
    first, second = "a" * 32, "b" * 32
    said = {"first_who": "Ilse Brandvik (2026-02-16)", "second_who": "Ilse Brandvik (2026-02-20)"}
    store.save_conflicts(
        [
            Conflict(
                first,
                second,
                "self_contradiction",
                reason(
                    "self_contradiction",
                    speaker="Ilse Brandvik",
                    reason=reason(
                        "number",
                        **said,
                        first_figure="about 4,500",
                        counted="troops",
                        second_figure="3,000",
                    ),
                ),
                ("4,500", "3,000"),
                flagged["question"],
            ),
        ]
    )
    theme = store.add_theme("Переходы", ["crossings"])
    first = store.statements(limit=1)[0].id
    brief = store.create_brief(theme.id, WEEK, by="admin")
    for language, headline in (("en", "Mixed signals"), ("ru", "Смешанные сигналы")):
        store.save_brief_version(
            brief.id, language, headline=headline, lead="—", body=f"[[s:{first}]]", by="admin"
        )
    store.set_brief_trend(brief.id, "mixed", by="admin")
    store.publish_brief(brief.id, by="admin")
    admin = login_as("admin")
    admin.post("/settings/language", data={"language": "ru", "next": "/"})
    return admin


def _pages(store, flagged) -> list[str]:
    [article] = [a for a in store.articles() if a.id != flagged["second"]]
    statement = store.statements()[0]
    [theme] = store.themes()
    [brief] = store.briefs()
    return [
        "/",
        f"/articles/{article.id}",
        "/statements",
        f"/statements/{statement.id}",
        "/search",
        "/search?q=crossings",
        "/entities",
        "/entities/Norvaland",
        "/speakers",
        "/speakers/Ilse Brandvik",
        "/sources",
        "/conflicts",
        "/conflicts?status=open",
        "/commitments",
        "/questions",
        f"/questions/{flagged['question']}",
        "/graph",
        "/themes",
        "/admin/users",
        f"/themes/{theme.id}/dossier?week={WEEK}",
        "/briefs",
        f"/briefs/{brief.id}",
        f"/briefs/{brief.id}/edit",
        "/public/briefs",
        f"/public/briefs/themes/{theme.name}",
        f"/public/briefs/weeks/{WEEK}",
        f"/public/briefs/{brief.id}/ru",
        "/newsletter",
        "/newsletter/confirm?token=expired",
        "/newsletter/unsubscribe?token=expired",
    ]


def test_every_desk_page_is_russian(russian_desk, store, flagged):
    names = _names(store)
    leaks = {}
    for path in _pages(store, flagged):
        page = russian_desk.get(path)
        assert page.status_code < 500, path  # a refused token is a page too
        assert '<html lang="ru">' in page.text, path
        found = english_left(page.text, names)
        if found:
            leaks[path] = sorted(set(found))

    assert leaks == {}, "\n".join(f"{path}: {' '.join(words)}" for path, words in leaks.items())


def test_the_page_list_covers_every_desk_page(russian_desk, store, flagged):
    """A new page joins the list above, or this fails."""
    visited = {path.split("?")[0] for path in _pages(store, flagged)}
    pages = [
        route.path_regex
        for route in _routes(russian_desk.app.routes)
        if "GET" in route.methods
        and route.response_class is HTMLResponse
        and not route.path.startswith(("/api/", "/login"))
    ]

    assert len(pages) >= 15
    assert [p.pattern for p in pages if not any(p.match(v) for v in visited)] == []


def _routes(routes) -> list[APIRoute]:  # type: ignore[no-untyped-def]
    """Every route, those of included routers too (FastAPI may keep them inside a wrapper)."""
    found = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        elif hasattr(route, "original_router"):
            found += _routes(route.original_router.routes)
    return found


@pytest.mark.parametrize(
    ("path", "status"), [("/articles/999999", 404), ("/questions/999999", 404)]
)
def test_error_pages_are_russian(russian_desk, store, path, status):
    page = russian_desk.get(path)

    assert page.status_code == status
    assert english_left(page.text, _names(store)) == []


def test_the_login_page_is_russian(anon, store):
    page = anon.get("/login", headers=RUSSIAN)

    assert english_left(page.text, _names(store)) == []


def _names(store) -> set[str]:
    """Names a Russian page shows as they are: people, places, sites, accounts."""
    names = {"Tove Lind", "Northgate Herald"}
    for ref in store.articles():
        stored = store.article(ref.id)
        names |= {e.text for e in stored.processed.entities}
        names |= {s.speaker for s in stored.processed.statements}
    names |= {u.name for u in store.users()}
    return names


def test_the_check_finds_interface_english_but_not_quoted_text():
    html = (
        '<html lang="ru"><head><title>Сегодня</title></head><body>'
        '<p>Высказывания <button title="Confirm">Подтвердить</button></p>'
        '<blockquote lang="en">Crossings will reopen</blockquote>'
        "<p>Ilse Brandvik said so</p><code>watchdesk serve</code></body></html>"
    )

    assert sorted(english_left(html, ["Ilse Brandvik"])) == ["Confirm", "said", "so"]
