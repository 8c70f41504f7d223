"""Signed newsletter links: confirmations expire and name one address; unsubscribes never expire."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watchdesk.newsletter.links import (
    confirmation_token,
    confirmation_valid,
    unsubscribe_token,
    unsubscribe_valid,
)

SECRET = "a long random test secret"
ISSUED = datetime(2026, 2, 20, 9, 0, tzinfo=UTC)
DAY = timedelta(hours=24)


def test_confirmation_is_valid_within_its_lifetime():
    token = confirmation_token(SECRET, 7, "reader@example.org", ISSUED)

    assert confirmation_valid(
        SECRET, token, "reader@example.org", max_age=DAY, now=ISSUED + timedelta(hours=23)
    )


def test_confirmation_expires():
    token = confirmation_token(SECRET, 7, "reader@example.org", ISSUED)

    assert not confirmation_valid(
        SECRET, token, "reader@example.org", max_age=DAY, now=ISSUED + timedelta(hours=25)
    )


@pytest.mark.parametrize(
    ("secret", "email"),
    [
        ("another secret", "reader@example.org"),  # signed elsewhere
        (SECRET, "someone.else@example.org"),  # a token of one request used for another address
    ],
)
def test_confirmation_signed_for_something_else_is_refused(secret, email):
    token = confirmation_token(secret, 7, "reader@example.org", ISSUED)

    assert not confirmation_valid(SECRET, token, email, max_age=DAY, now=ISSUED)


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.replace("7.", "8.", 1),  # another request id
        lambda t: f"{t.split('.')[0]}.{int(t.split('.')[1]) + 3600}.{t.split('.')[2]}",  # younger
        lambda t: t[:-2],  # clipped signature
        lambda t: "garbage",
        lambda t: "",
    ],
)
def test_tampered_confirmation_is_refused(change):
    token = confirmation_token(SECRET, 7, "reader@example.org", ISSUED)

    assert not confirmation_valid(
        SECRET, change(token), "reader@example.org", max_age=DAY, now=ISSUED
    )


def test_confirmation_from_the_future_is_refused():
    token = confirmation_token(SECRET, 7, "reader@example.org", ISSUED + DAY)

    assert not confirmation_valid(SECRET, token, "reader@example.org", max_age=DAY, now=ISSUED)


def test_unsubscribe_link_works_for_its_subscriber_only():
    token = unsubscribe_token(SECRET, 3, "Reader@Example.org")

    assert unsubscribe_valid(SECRET, token, "reader@example.org")  # addresses compare folded
    assert not unsubscribe_valid(SECRET, token, "other@example.org")
    assert not unsubscribe_valid(SECRET, token.replace("3.", "4.", 1), "reader@example.org")
    assert not unsubscribe_valid("another secret", token, "reader@example.org")
