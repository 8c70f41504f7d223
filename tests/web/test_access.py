"""Who may do what: login, sessions, CSRF on every write, roles, the login lock, public reading."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from watchdesk.errors import WatchdeskError
from watchdesk.settings import Settings
from watchdesk.store.accounts import MAX_FAILURES
from watchdesk.web.app import create_app

PASSWORD = "correct horse battery"  # as in conftest.py

# Routes that change only the caller's own session or preferences: every logged-in user may.
OWN_ACCOUNT = {("POST", "/logout"), ("POST", "/settings/language"), ("PUT", "/api/v1/me/language")}
# Logging in is the one write anonymous visitors may make.
LOGIN = {("POST", "/login"), ("POST", "/api/v1/session"), ("DELETE", "/api/v1/session")}
# The newsletter is public: anyone may ask to subscribe, and the mailed links confirm or
# unsubscribe with no login. Signed, expiring tokens, double opt-in and a rate limit guard them
# instead (tests/web/test_newsletter_pages.py, tests/newsletter/).
NEWSLETTER = {
    ("POST", "/newsletter"),
    ("POST", "/newsletter/confirm"),
    ("POST", "/newsletter/unsubscribe"),
}


def _routes(routes, prefix=""):
    for route in routes:
        # FastAPI wraps included routers; their routes sit on the router they wrap.
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _routes(inner.routes, prefix)
        elif hasattr(route, "methods") and route.methods:
            yield route


def _write_routes(app) -> list[tuple[str, str]]:
    found = []
    for route in _routes(app.routes):
        for method in sorted(route.methods):
            if method not in ("GET", "HEAD", "OPTIONS"):
                found.append((method, re.sub(r"\{[^}]+\}", "someone", route.path)))
    return found


def _login_form(client: TestClient, name: str, password: str, next: str = "/"):
    form = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
    return client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": token, "next": next},
        follow_redirects=False,
    )


@pytest.mark.parametrize("path", ["/", "/statements", "/search?q=border", "/admin/users"])
def test_anonymous_pages_send_the_browser_to_the_login_form(anon, path):
    answer = anon.get(path, follow_redirects=False)

    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/login?next=%2F")


@pytest.mark.parametrize("path", ["/api/v1/articles", "/api/v1/statements", "/api/v1/me"])
def test_anonymous_api_calls_get_401(anon, path):
    assert anon.get(path).status_code == 401


def test_login_form_sets_a_strict_session_cookie_and_returns_to_the_page(store, anon):
    store.add_user("maria", PASSWORD, "analyst")

    answer = _login_form(anon, "maria", PASSWORD, next="/statements?speaker=x")

    assert answer.status_code == 303
    assert answer.headers["location"] == "/statements?speaker=x"
    cookie = answer.headers["set-cookie"].lower()
    assert "wd_session=" in cookie
    assert "httponly" in cookie
    assert "samesite=lax" in cookie
    assert anon.get("/").status_code == 200


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example"])
def test_login_never_redirects_off_site(store, anon, target):
    store.add_user("maria", PASSWORD)

    assert _login_form(anon, "maria", PASSWORD, next=target).headers["location"] == "/"


def test_login_form_without_its_token_is_refused(store, anon):
    store.add_user("maria", PASSWORD)

    answer = anon.post(
        "/login", data={"name": "maria", "password": PASSWORD}, follow_redirects=False
    )

    assert answer.status_code == 200
    assert "wd_session" not in answer.headers.get("set-cookie", "")


def test_wrong_password_shows_the_form_again(store, anon):
    store.add_user("maria", PASSWORD)

    answer = _login_form(anon, "maria", "not the password")

    assert answer.status_code == 401
    assert "Wrong user name or password" in answer.text


def test_repeated_failures_lock_the_login_form(store, anon):
    store.add_user("maria", PASSWORD)
    for _ in range(MAX_FAILURES):
        _login_form(anon, "maria", "not the password")

    answer = _login_form(anon, "maria", PASSWORD)

    assert answer.status_code == 429
    assert "Too many failed logins" in answer.text


def test_logout_ends_the_session_on_the_server(login_as):
    reader = login_as("reader")
    token = reader.cookies["wd_session"]

    reader.post("/logout", follow_redirects=False)
    reader.cookies.set("wd_session", token)

    assert reader.get("/api/v1/articles").status_code == 401


def test_a_form_without_the_csrf_token_is_refused(login_as):
    admin = login_as("admin", csrf_header=False)
    form = {"name": "newbie", "password": PASSWORD, "role": "reader"}

    refused = admin.post("/admin/users", data=form, follow_redirects=False)
    accepted = admin.post(
        "/admin/users", data={**form, "csrf_token": admin.csrf_token}, follow_redirects=False
    )

    assert refused.status_code == 403
    assert accepted.status_code == 303


def test_an_api_write_without_the_csrf_header_is_refused(login_as):
    admin = login_as("admin", csrf_header=False)

    answer = admin.post("/api/v1/users", json={"name": "newbie", "password": PASSWORD})

    assert answer.status_code == 403


def test_every_write_route_refuses_a_reader(login_as):
    reader = login_as("reader")
    routes = [r for r in _write_routes(reader.app) if r not in OWN_ACCOUNT | LOGIN | NEWSLETTER]

    assert routes, "the desk has write routes"
    for method, path in routes:
        answer = reader.request(method, path, json={}, follow_redirects=False)
        assert answer.status_code == 403, (method, path, answer.status_code)


def test_every_write_route_refuses_an_anonymous_visitor(anon):
    for method, path in _write_routes(anon.app):
        if (method, path) in LOGIN | NEWSLETTER:
            continue
        answer = anon.request(method, path, json={}, follow_redirects=False)
        assert answer.status_code in (401, 303), (method, path, answer.status_code)
        if answer.status_code == 303:
            assert answer.headers["location"].startswith("/login")


@pytest.mark.parametrize("content_type", [None, "text/plain"])
def test_login_api_needs_a_json_content_type(store, anon, content_type):
    # A page on another site can POST a body without CORS only with these content types.
    store.add_user("maria", PASSWORD)
    headers = {"content-type": content_type} if content_type else {}

    answer = anon.post(
        "/api/v1/session",
        content=f'{{"name": "maria", "password": "{PASSWORD}"}}'.encode(),
        headers=headers,
    )

    assert answer.status_code in (415, 422)
    assert "wd_session" not in answer.headers.get("set-cookie", "")


@pytest.mark.parametrize("role", ["reader", "analyst", "editor"])
def test_only_admins_manage_users(login_as, role):
    client = login_as(role)

    assert client.get("/admin/users").status_code == 403
    assert client.get("/api/v1/users").status_code == 403


def test_admin_adds_changes_and_removes_a_user(login_as):
    admin = login_as("admin")

    added = admin.post("/api/v1/users", json={"name": "maria", "password": PASSWORD})
    changed = admin.patch("/api/v1/users/maria", json={"role": "editor"})
    listed = admin.get("/api/v1/users").json()
    removed = admin.delete("/api/v1/users/maria")

    assert added.status_code == 201
    assert changed.json()["role"] == "editor"
    assert {"name": "maria", "role": "editor", "language": None} in listed
    assert removed.status_code == 204
    assert admin.get("/admin/users").text.count("maria") == 0


def test_admin_cannot_demote_or_remove_themself(login_as):
    admin = login_as("admin")

    assert admin.patch("/api/v1/users/admin", json={"role": "reader"}).status_code == 409
    assert admin.delete("/api/v1/users/admin").status_code == 409


def test_public_read_lets_visitors_read_but_not_write(store_url, seeded):
    settings = Settings(db=store_url, public_read=True)
    with TestClient(create_app(settings)) as visitor:
        assert visitor.get("/").status_code == 200
        assert visitor.get("/api/v1/articles").status_code == 200
        assert visitor.get("/api/v1/users").status_code == 401
        assert visitor.get("/admin/users", follow_redirects=False).status_code == 303


def test_public_read_opens_no_account_to_a_visitor(store_url, seeded):
    # Reading is public; an account is not: the caller's own account needs a session.
    settings = Settings(db=store_url, public_read=True)
    with TestClient(create_app(settings), raise_server_exceptions=False) as visitor:
        assert visitor.get("/api/v1/me").status_code == 401
        assert visitor.put("/api/v1/me/language", json={"language": "ru"}).status_code == 401
        form = visitor.post("/settings/language", data={"language": "ru"}, follow_redirects=False)
        assert form.status_code == 303
        assert form.headers["location"].startswith("/login")


def test_placeholder_secret_is_refused_in_production(store_url):
    with pytest.raises(WatchdeskError, match="SECRET_KEY"):
        create_app(Settings(db=store_url, environment="production"))

    with TestClient(
        create_app(Settings(db=store_url, environment="production", secret_key="x" * 40))
    ) as started:
        assert started.get("/login").status_code == 200
