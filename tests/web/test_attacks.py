"""The desk under attack, by real requests on both databases: a session id planted before
login never survives it, guessing across many accounts from one client is locked, SQL in search
words and filters stays text, no export or static path leaves its folder, and what schemathesis
found (tests/web/test_schema_fuzz.py) is refused with a 422.

Already proved elsewhere: stored XSS through article text, titles, speakers, entities and outlets
(test_pages.py), brief bodies and headlines (test_routes_briefs.py, test_routes_public.py); the
per-account login lock and the subscription limit (test_access.py, test_newsletter_pages.py);
every write refusing a reader and a stranger (test_access.py, test_brief_write_routes.py).
"""

from __future__ import annotations

import re

import pytest

from watchdesk.store.accounts import MAX_FAILURES

PASSWORD = "correct horse battery"  # as in conftest.py
DOMAIN = "testserver.local"  # where the test client keeps the desk's cookies
PLANTED = "planted-by-the-attacker-0123456789abcdef"


def _form_login(client, name: str):
    form = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
    return client.post(
        "/login",
        data={"name": name, "password": PASSWORD, "csrf_token": token, "next": "/"},
        follow_redirects=False,
    )


# -- session fixation ---------------------------------------------------------------------------


def test_a_session_id_planted_before_the_login_form_is_replaced_and_worthless(store, anon):
    store.add_user("maria", PASSWORD, "analyst")
    anon.cookies.set("wd_session", PLANTED, domain=DOMAIN)

    answer = _form_login(anon, "maria")

    assert answer.status_code == 303
    assert answer.cookies["wd_session"] != PLANTED
    assert anon.get("/api/v1/me").json()["user"]["name"] == "maria"
    anon.cookies.set("wd_session", PLANTED, domain=DOMAIN)
    assert anon.get("/api/v1/me").status_code == 401  # the attacker's copy opens nothing


def test_every_login_issues_a_new_session_id(store, anon):
    store.add_user("maria", PASSWORD, "analyst")
    credentials = {"name": "maria", "password": PASSWORD}

    first = anon.post("/api/v1/session", json=credentials)
    # Logged in already: a second login (another account, or the same) is a write like any other.
    second = anon.post(
        "/api/v1/session", json=credentials, headers={"X-CSRF-Token": first.json()["csrf_token"]}
    )

    assert first.status_code == second.status_code == 200
    assert first.cookies["wd_session"] != second.cookies["wd_session"]
    assert first.json()["csrf_token"] != second.json()["csrf_token"]


# -- password guessing ----------------------------------------------------------------------------


def test_guessing_across_many_accounts_from_one_client_is_locked_too(store, anon):
    # Spraying one guess at each of many names never trips a per-account lock; the per-client
    # one must. The API login counts with the form's.
    store.add_user("maria", PASSWORD, "analyst")
    guesses = [
        anon.post("/api/v1/session", json={"name": f"someone-{n}", "password": "guess"})
        for n in range(MAX_FAILURES)
    ]
    assert {guess.status_code for guess in guesses[:-1]} == {401}
    assert guesses[-1].status_code == 429  # the failure that sets the lock says so

    answer = anon.post("/api/v1/session", json={"name": "maria", "password": PASSWORD})

    assert answer.status_code == 429
    assert "wd_session" not in answer.headers.get("set-cookie", "")
    assert _form_login(anon, "maria").status_code == 429


# -- SQL injection through search and filters ---------------------------------------------------

# A word no article holds, then SQL that would make the condition true for every row were the
# text pasted into the statement, and the FTS5 / tsquery operators a search box could abuse.
INJECTIONS = [
    "qzxv' OR '1'='1",
    'qzxv" OR "1"="1',
    "qzxv') OR ('1'='1",
    "qzxv'; DROP TABLE articles; --",
    "qzxv' UNION SELECT id, text FROM articles --",
    "qzxv%' OR 1=1 --",
    "qzxv OR crossings",
    "qzxv | crossings",
    "qzxv NEAR(crossings)",
    '"qzxv',
    "qzxv*",
    "qzxv & !crossings",
    "qzxv:*",
    "qzxv\\' OR 1=1 --",
]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_sql_in_search_words_and_filters_is_only_text(client, store, seeded, payload):
    before = store.article(seeded)
    assert before is not None
    assert client.get("/api/v1/search", params={"q": "crossings"}).json(), "the control matches"

    answers = {
        "q": client.get("/api/v1/search", params={"q": payload}),
        **{
            name: client.get("/api/v1/search", params={"q": "crossings", name: payload})
            for name in ("speaker", "entity", "site", "language")
        },
        "statements by speaker": client.get("/api/v1/statements", params={"speaker": payload}),
        "articles by language": client.get("/api/v1/articles", params={"language": payload}),
        "speaker": client.get(f"/api/v1/speakers/{payload}"),
        "entity": client.get(f"/api/v1/entities/{payload}"),
    }

    for where, answer in answers.items():
        assert answer.status_code in (200, 404), (where, answer.status_code)
        if answer.status_code == 200 and isinstance(answer.json(), list):
            assert answer.json() == [], (where, "the injected condition matched rows")
    page = client.get("/search", params={"q": payload, "speaker": payload})
    assert page.status_code == 200
    assert store.article(seeded) == before  # nothing dropped or changed
    assert client.get("/api/v1/search", params={"q": "crossings"}).json()


# -- path traversal in exports and static files ------------------------------------------------


@pytest.fixture
def published(store, seeded) -> int:
    theme = store.add_theme("Crossings", ["crossings"])
    brief = store.create_brief(theme.id, "2026-W08", by="analyst")
    for language in ("en", "ru"):
        store.save_brief_version(
            brief.id, language, headline="Mixed signals", lead="Lead.", body="Body.", by="analyst"
        )
    store.set_brief_trend(brief.id, "mixed", by="analyst")
    store.publish_brief(brief.id, by="editor")
    return brief.id


TRAVERSALS = [
    "..%2F..%2F..%2Fpyproject.toml",
    "en.md%2F..%2F..%2F..%2F..%2Fpyproject.toml",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fpyproject.toml",
    "..%5C..%5C..%5Cpyproject.toml",
    "en.md%00.pdf",
    "en.%2e%2e",
    "en.md..%2F..%2Fsettings.py",
]


@pytest.mark.parametrize("name", TRAVERSALS)
def test_an_export_name_never_reaches_outside_the_brief(anon, published, name):
    assert anon.get(f"/public/briefs/{published}/en.md").status_code == 200  # the control

    answer = anon.get(f"/public/briefs/{published}/{name}")

    assert answer.status_code in (404, 422), answer.status_code
    assert "[build-system]" not in answer.text
    assert "content-disposition" not in answer.headers


@pytest.mark.parametrize(
    "path",
    [
        "/static/..%2F..%2F..%2Fpyproject.toml",
        "/static/..%2F__init__.py",
        "/static/%2e%2e/%2e%2e/settings.py",
        "/static/..%5C..%5Csettings.py",
        "/static/%2e%2e%2fapp.py",
    ],
)
def test_static_files_never_reach_outside_their_folder(anon, path):
    assert anon.get("/static/htmx-2.0.11.LICENSE.txt").status_code == 200  # the control

    answer = anon.get(path)

    assert answer.status_code in (404, 422), answer.status_code
    assert "import" not in answer.text
    assert "[build-system]" not in answer.text


# -- what schemathesis found ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/articles/99999999999999999999",
        "/api/v1/statements/9223372036854775808",
        "/api/v1/articles?offset=9223372036854775808",
        "/api/v1/speakers?offset=99999999999999999999",
        "/api/v1/conflicts?question=%C2%B2",  # '²': a digit to str.isdigit, not to int()
        "/api/v1/conflicts?question=99999999999999999999",
        "/api/v1/search?q=cross%00ings",
        "/api/v1/public/briefs?week=2026-W08%00",
        "/articles/99999999999999999999",
    ],
)
def test_numbers_past_any_id_and_nul_characters_are_refused_not_a_crash(client, path):
    answer = client.get(path)

    assert answer.status_code == 422
    if path.startswith("/api/"):
        assert isinstance(answer.json()["detail"], list)  # the shape the OpenAPI document gives


def test_a_nul_in_a_json_or_form_body_is_refused(login_as, store):
    editor = login_as("editor")

    json_body = editor.post("/api/v1/themes", json={"name": "Cross\x00ings", "keywords": ["x"]})
    form_body = editor.post(
        "/themes",
        data={"name": "Cross\x00ings", "keywords": "x", "csrf_token": editor.csrf_token},
        follow_redirects=False,
    )

    assert json_body.status_code == form_body.status_code == 422
    assert store.themes() == []
