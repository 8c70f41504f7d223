"""The newsletter's storage: requests become subscribers once, a limit on asking, and deliveries
recorded at most once per subscriber and brief version (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

from datetime import UTC, datetime

from published_briefs import publish_brief

from watchdesk.store.newsletter import ADDRESS_REQUESTS, CLIENT_REQUESTS


def _subscribe(store, email="reader@example.org", language="en", themes=(), client="192.0.2.1"):
    request = store.request_subscription(
        email, language, list(themes), all_themes=not themes, client=client
    )
    assert request is not None
    return store.confirm_subscription(request.id)


def test_confirmed_request_makes_a_subscriber_with_its_choices(store):
    theme = store.add_theme("Referendum", ["referendum"])

    subscriber = _subscribe(store, language="ru", themes=[theme.id])

    assert subscriber is not None
    assert (subscriber.email, subscriber.language, subscriber.themes) == (
        "reader@example.org",
        "ru",
        (theme.id,),
    )
    assert not subscriber.all_themes
    assert [s.email for s in store.subscribers()] == ["reader@example.org"]


def test_request_alone_makes_no_subscriber(store):
    store.request_subscription("reader@example.org", "en", [], all_themes=True, client="c")

    assert store.subscribers() == []


def test_second_click_on_a_link_does_not_undo_an_unsubscribe(store):
    request = store.request_subscription(
        "reader@example.org", "en", [], all_themes=True, client="c"
    )
    subscriber = store.confirm_subscription(request.id)
    store.unsubscribe(subscriber.id)

    again = store.confirm_subscription(request.id)

    assert again is not None
    assert not again.active
    assert store.subscribers() == []


def test_new_request_updates_the_subscription_and_brings_back_who_left(store):
    first = _subscribe(store, language="en")
    store.unsubscribe(first.id)

    second = _subscribe(store, language="ru", client="198.51.100.7")

    assert second.id == first.id
    assert second.active
    assert second.language == "ru"
    assert second.confirmed_at > first.confirmed_at


def test_client_asking_too_often_is_refused(store):
    for n in range(CLIENT_REQUESTS):
        assert store.request_subscription(
            f"r{n}@example.org", "en", [], all_themes=True, client="c"
        )

    refused = store.request_subscription("late@example.org", "en", [], all_themes=True, client="c")
    other = store.request_subscription("late@example.org", "en", [], all_themes=True, client="d")

    assert refused is None
    assert other is not None


def test_address_asked_for_too_often_is_refused(store):
    for n in range(ADDRESS_REQUESTS):
        assert store.request_subscription(
            "reader@example.org", "en", [], all_themes=True, client=f"client-{n}"
        )

    assert (
        store.request_subscription("reader@example.org", "en", [], all_themes=True, client="new")
        is None
    )


def test_removed_theme_leaves_its_subscribers(store):
    kept, removed = store.add_theme("Referendum", ["referendum"]), store.add_theme("Drills", ["x"])
    subscriber = _subscribe(store, themes=[kept.id, removed.id])

    store.remove_theme(removed.id)

    assert store.subscriber(subscriber.id).themes == (kept.id,)


def test_brief_version_is_claimed_once_per_subscriber(store):
    brief_id = publish_brief(store)
    subscriber = _subscribe(store)
    at = datetime(2026, 2, 20, tzinfo=UTC)

    first = store.claim_delivery(subscriber.id, [(brief_id, "en", at)], "<1@desk>")
    second = store.claim_delivery(subscriber.id, [(brief_id, "en", at)], "<2@desk>")

    assert (first, second) == (True, False)
    assert store.delivered(subscriber.id) == {(brief_id, "en")}
    assert [d.message_id for d in store.deliveries()] == ["<1@desk>"]


def test_refused_claim_claims_nothing_of_its_message(store):
    brief_id, other_id = publish_brief(store), publish_brief(store, "Referendum")
    subscriber = _subscribe(store)
    at = datetime(2026, 2, 20, tzinfo=UTC)
    store.claim_delivery(subscriber.id, [(brief_id, "en", at)], "<1@desk>")

    refused = store.claim_delivery(
        subscriber.id, [(other_id, "en", at), (brief_id, "en", at)], "<2@desk>"
    )

    assert not refused
    assert store.delivered(subscriber.id) == {(brief_id, "en")}


def test_claim_is_confirmed_failed_or_released(store):
    brief_id, other_id = publish_brief(store), publish_brief(store, "Referendum")
    subscriber = _subscribe(store)
    at = datetime(2026, 2, 20, tzinfo=UTC)
    store.claim_delivery(subscriber.id, [(brief_id, "en", at)], "<sent@desk>")
    store.claim_delivery(subscriber.id, [(other_id, "en", at)], "<later@desk>")
    store.claim_delivery(subscriber.id, [(other_id, "ru", at)], "<bounced@desk>")

    store.finish_delivery("<sent@desk>", "sent")
    store.release_delivery("<later@desk>")
    store.finish_delivery("<bounced@desk>", "failed", "550 no such mailbox")

    states = {d.message_id: (d.state, d.error) for d in store.deliveries()}
    assert states == {
        "<sent@desk>": ("sent", None),
        "<bounced@desk>": ("failed", "550 no such mailbox"),
    }
    assert store.claim_delivery(subscriber.id, [(other_id, "en", at)], "<again@desk>")


def test_unsubscribing_keeps_the_record_of_deliveries(store):
    brief_id = publish_brief(store)
    subscriber = _subscribe(store)
    store.claim_delivery(subscriber.id, [(brief_id, "en", datetime.now(UTC))], "<1@desk>")

    assert store.unsubscribe(subscriber.id)
    assert not store.unsubscribe(subscriber.id)

    assert store.delivered(subscriber.id) == {(brief_id, "en")}
    assert [s.email for s in store.subscribers(active_only=False)] == ["reader@example.org"]
