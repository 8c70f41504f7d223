"""Every route of the brief, dossier, archive and newsletter modules, enumerated from their routers
(not listed by hand, so a route added later is checked too), with `public_read` on: the setting
that lets anonymous visitors read the desk must never let them, or readers, draft or publish.

The newsletter's three posts are the only writes open to the public, each guarded by a signed
token (the form's CSRF token, the mailed link's token); without one they change nothing.
"""

from __future__ import annotations

import re

import pytest
from fastapi.routing import APIRoute

from watchdesk.settings import Settings
from watchdesk.web import (
    api_briefs,
    routes_briefs,
    routes_dossier,
    routes_newsletter,
    routes_public,
)

WEEK = "2026-W08"
SAFE = {"GET", "HEAD", "OPTIONS"}
PUBLIC_WRITES = {
    ("POST", "/newsletter"),
    ("POST", "/newsletter/confirm"),
    ("POST", "/newsletter/unsubscribe"),
}
# Routes that need a login whatever `public_read` says: drafts are the desk's business.
DESK_READS = {
    "/briefs",
    "/briefs/{brief_id}",
    "/briefs/{brief_id}/edit",
    "/api/v1/briefs",
    "/api/v1/briefs/{brief_id}",
}


def _routes() -> list[tuple[str, str]]:
    routers = (
        routes_briefs.router,
        api_briefs.router,
        routes_dossier.router,
        routes_dossier.api_router,
        routes_public.router,
        routes_newsletter.router,
    )
    found = {
        (method, route.path)
        for router in routers
        for route in router.routes
        if isinstance(route, APIRoute)
        for method in route.methods
    }
    return sorted(found)


WRITES = [(m, p) for m, p in _routes() if m not in SAFE and (m, p) not in PUBLIC_WRITES]
GUARDED_READS = [(m, p) for m, p in _routes() if m == "GET" and p in DESK_READS]


@pytest.fixture
def desk_settings(store_url) -> Settings:
    return Settings(db=store_url, public_read=True)


@pytest.fixture
def draft(store, seeded):
    theme = store.add_theme("Crossings", ["crossings"])
    brief = store.create_brief(theme.id, WEEK, by="analyst")
    store.save_brief_version(brief.id, "en", headline="H", lead="L", body="B", by="analyst")
    store.save_brief_version(brief.id, "ru", headline="З", lead="В", body="Т", by="analyst")
    store.set_brief_trend(brief.id, "mixed", by="analyst")
    store.submit_brief(brief.id, by="analyst")
    return store.brief(brief.id)


# Every field any write form takes, filled in as an attacker would.
FORM = {
    "theme_id": "1",
    "week": "2026-W09",
    "language": "en",
    "headline": "Hacked",
    "lead": "x",
    "body": "x",
    "trend": "worse",
    "note": "no",
}


def _url(path: str, brief_id: int) -> str:
    params = set(re.findall(r"{(\w+)}", path))
    assert params <= {"brief_id"}, f"{path}: a parameter this test does not fill in"
    return path.format(brief_id=brief_id)


def test_the_enumeration_finds_the_workflow_and_only_the_known_public_writes():
    assert ("POST", "/briefs/{brief_id}/publish") in WRITES
    assert ("POST", "/briefs") in WRITES
    found = {(m, p) for m, p in _routes() if m not in SAFE}
    assert found >= PUBLIC_WRITES  # each other write is in WRITES, checked below


@pytest.mark.parametrize(("method", "path"), WRITES)
def test_anonymous_visitors_write_nothing_even_when_the_desk_is_public(
    store, draft, anon, method, path
):
    before = store.brief_history(draft.id)

    answer = anon.request(method, _url(path, draft.id), data=FORM, follow_redirects=False)

    assert answer.status_code in (303, 401), answer.text
    if answer.status_code == 303:
        assert answer.headers["location"].startswith("/login")
    assert store.brief_history(draft.id) == before
    assert [b.id for b in store.briefs()] == [draft.id]


@pytest.mark.parametrize(("method", "path"), WRITES)
def test_readers_write_nothing(store, draft, login_as, method, path):
    before = store.brief_history(draft.id)

    answer = login_as("reader").request(
        method, _url(path, draft.id), data=FORM, follow_redirects=False
    )

    assert answer.status_code == 403, answer.text
    assert store.brief_history(draft.id) == before
    assert store.brief(draft.id).status == "review"


@pytest.mark.parametrize(("method", "path"), GUARDED_READS)
def test_drafts_are_not_read_anonymously_even_when_the_desk_is_public(draft, anon, method, path):
    answer = anon.request(method, _url(path, draft.id), follow_redirects=False)

    assert answer.status_code in (303, 401)


def test_public_writes_without_their_tokens_change_nothing(store, draft, anon):
    subscribe = anon.post("/newsletter", data={"email": "a@example.org", "language": "en"})
    confirm = anon.post("/newsletter/confirm", data={"token": "1.2.forged"})
    leave = anon.post("/newsletter/unsubscribe", params={"token": "1.2.forged"})

    assert (subscribe.status_code, confirm.status_code, leave.status_code) == (403, 400, 400)
    assert store.subscription_request(1) is None
    assert store.subscribers(active_only=False) == []


def test_editors_still_publish_and_the_public_reads_it(draft, anon, login_as):
    published = login_as("editor").post(f"/briefs/{draft.id}/publish", follow_redirects=False)

    assert published.status_code == 303
    assert anon.get(f"/public/briefs/{draft.id}/en").status_code == 200
