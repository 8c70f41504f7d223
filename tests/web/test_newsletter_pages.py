"""The public newsletter pages over a real store and a real SMTP server on loopback: double opt-in
with signed, expiring links, one-click unsubscribe (RFC 8058), a rate limit, no enumeration."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from local_smtp import Inbox, serve_smtp
from published_briefs import publish_brief

from watchdesk.newsletter.links import confirmation_token
from watchdesk.newsletter.sending import run_newsletter
from watchdesk.settings import Settings
from watchdesk.store.newsletter import CLIENT_REQUESTS
from watchdesk.web.app import create_app

SECRET = "a long random test secret"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    with serve_smtp() as served:
        yield served


@pytest.fixture
def settings(store_url, smtp) -> Settings:
    return Settings(
        db=store_url,
        secret_key=SECRET,
        public_url="http://testserver",
        mail_from="watchdesk briefs <briefs@desk.example>",
        smtp_host="127.0.0.1",
        smtp_port=smtp[1],
        smtp_backoff_s=0.01,
    )


@pytest.fixture
def visitor(settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as client:
        yield client


def _link(mail, path: str) -> str:
    """The path and query of the link to `path` in a mail's plain-text part."""
    text = mail.get_body(("plain",)).get_content()
    found = re.search(rf"http://testserver({re.escape(path)}\?\S+)", text)
    assert found, text
    return found[1]


def _ask(visitor, form):
    """Post the subscribe form as a browser does: with the token of the form it was shown."""
    page = visitor.get("/newsletter")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token, page.text
    return visitor.post("/newsletter", data={**form, "csrf_token": token[1]})


def _subscribe(visitor, inbox, email="anna@example.org", **form) -> str:
    """Fill in the form and open the confirmation link; return that link."""
    answer = _ask(visitor, {"email": email, "language": "en", **form})
    assert answer.status_code == 200, answer.text
    link = _link(inbox.to(email)[-1], "/newsletter/confirm")
    page = visitor.get(link)
    assert page.status_code == 200
    token = dict(p.split("=", 1) for p in urlsplit(link).query.split("&"))["token"]
    confirmed = visitor.post("/newsletter/confirm", data={"token": token})
    assert confirmed.status_code == 200, confirmed.text
    return link


def test_form_offers_language_and_themes(visitor, store):
    store.add_theme("Border crossings", ["crossings"])

    page = visitor.get("/newsletter", headers={"Accept-Language": "ru"})

    assert page.status_code == 200
    assert "Border crossings" in page.text
    assert 'value="ru" checked' in page.text  # the visitor's language is the default
    assert "Язык писем" in page.text


def test_double_opt_in_subscribes_only_after_the_link(visitor, store, smtp):
    inbox, _ = smtp
    theme = store.add_theme("Border crossings", ["crossings"])

    answer = _ask(visitor, {"email": " Anna@Example.org ", "language": "ru", "theme": theme.id})

    assert answer.status_code == 200
    assert store.subscribers() == []
    (mail,) = inbox.to("anna@example.org")
    assert mail["Subject"] == "Подтвердите подписку на еженедельные сводки watchdesk"
    link = _link(mail, "/newsletter/confirm")
    assert (
        store.subscribers() == []
    )  # opening the link shows a button; a link checker confirms nothing
    assert visitor.get(link).status_code == 200
    assert store.subscribers() == []

    token = link.split("token=", 1)[1]
    assert visitor.post("/newsletter/confirm", data={"token": token}).status_code == 200

    (subscriber,) = store.subscribers()
    assert (subscriber.email, subscriber.language, subscriber.themes) == (
        "anna@example.org",
        "ru",
        (theme.id,),
    )


@pytest.mark.parametrize(
    "make_token",
    [
        # expired: signed like a real one, three days ago
        lambda r: confirmation_token(SECRET, r.id, r.email, datetime.now(UTC) - timedelta(days=3)),
        # forged: the right request and time, another key
        lambda r: confirmation_token("guess", r.id, r.email, r.requested_at),
        # another address's request id under this one's signature
        lambda r: confirmation_token(SECRET, r.id, "mallory@example.org", r.requested_at),
        lambda r: f"{r.id}.{int(r.requested_at.timestamp())}.",
        lambda r: "not-a-token",
    ],
)
def test_expired_or_forged_confirmation_is_refused(visitor, store, smtp, make_token):
    _ask(visitor, {"email": "anna@example.org", "language": "en"})
    request = store.subscription_request(1)
    token = make_token(request)

    shown = visitor.get("/newsletter/confirm", params={"token": token})
    posted = visitor.post("/newsletter/confirm", data={"token": token})

    assert (shown.status_code, posted.status_code) == (400, 400)
    assert "This link does not work" in posted.text
    assert store.subscribers() == []


def test_page_does_not_tell_who_is_subscribed(visitor, store, smtp):
    inbox, _ = smtp
    _subscribe(visitor, inbox, "anna@example.org")

    known = _ask(visitor, {"email": "anna@example.org", "language": "en"})
    unknown = _ask(visitor, {"email": "boris@example.org", "language": "en"})

    assert known.status_code == unknown.status_code == 200
    assert known.text.replace("anna@", "X@") == unknown.text.replace("boris@", "X@")
    assert len(inbox.to("anna@example.org")) == 2  # both get the same confirmation mail


def test_subscription_requests_are_limited_per_client(visitor, smtp):
    for n in range(CLIENT_REQUESTS):
        answer = _ask(visitor, {"email": f"r{n}@example.org", "language": "en"})
        assert answer.status_code == 200

    refused = _ask(visitor, {"email": "late@example.org", "language": "en"})

    assert refused.status_code == 429
    assert smtp[0].to("late@example.org") == []


def test_a_form_posted_without_its_token_or_cookie_records_and_mails_nothing(
    visitor, settings, store, smtp
):
    form = {"email": "anna@example.org", "language": "en"}
    # Another site's page posting the form: the browser sends no token it could not read.
    forged = visitor.post("/newsletter", data=form)
    # A token from another browser's form does not fit this browser's cookie.
    with TestClient(create_app(settings)) as other:
        page = other.get("/newsletter").text
    stolen = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert stolen
    visitor.get("/newsletter")
    visitor.cookies.set("wd_subscribe", "another-nonce", path="/newsletter")
    mismatched = visitor.post("/newsletter", data={**form, "csrf_token": stolen[1]})

    assert forged.status_code == mismatched.status_code == 403
    assert "The form expired" in forged.text
    assert 'value="anna@example.org"' in forged.text  # the form comes back filled in
    assert smtp[0].messages == []
    assert store.subscription_request(1) is None


def test_bad_address_is_refused_with_the_form(visitor, smtp):
    answer = _ask(visitor, {"email": "anna@example.org\r\nBcc: x@y.org", "language": "en"})

    assert answer.status_code == 422
    assert smtp[0].messages == []


def test_one_click_unsubscribe_from_the_mail_headers(visitor, store, settings, smtp):
    inbox, _ = smtp
    _subscribe(visitor, inbox, "anna@example.org")
    publish_brief(store)
    run_newsletter(store, settings)
    (digest,) = [m for m in inbox.to("anna@example.org") if m["List-Unsubscribe"]]
    url = digest["List-Unsubscribe"].strip("<>")
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # What a mail client sends (RFC 8058): a POST with no cookie, no CSRF token, this body.
    answer = TestClient(visitor.app).post(
        url,
        content="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )

    assert answer.status_code == 200
    assert store.subscribers() == []


def test_unsubscribe_link_opened_in_a_browser_asks_first(visitor, store, settings, smtp):
    inbox, _ = smtp
    _subscribe(visitor, inbox)
    publish_brief(store)
    run_newsletter(store, settings)
    link = _link(inbox.messages[-1], "/newsletter/unsubscribe")

    page = visitor.get(link)

    assert page.status_code == 200
    assert store.subscribers() != []
    assert 'name="List-Unsubscribe" value="One-Click"' in page.text


def test_forged_unsubscribe_is_refused(visitor, store, smtp):
    inbox, _ = smtp
    _subscribe(visitor, inbox)
    (subscriber,) = store.subscribers()

    answer = visitor.post(f"/newsletter/unsubscribe?token={subscriber.id}.AAAAAAAAAAAAAAAAAAAAAA")

    assert answer.status_code == 400
    assert store.subscribers() == [subscriber]
