"""Accounts in the store: argon2 hashes, roles, sessions, a login lock that survives restarts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from watchdesk.errors import AccountError, LoginRefused
from watchdesk.store import open_store, schema
from watchdesk.store.accounts import MAX_FAILURES

TTL = timedelta(hours=1)
PASSWORD = "correct horse battery"


def test_password_is_stored_as_an_argon2id_hash(store):
    store.add_user("maria", PASSWORD, "analyst")

    with store.engine.connect() as conn:
        stored = conn.execute(schema.users.select().where(schema.users.c.name == "maria")).one()
    assert stored.password_hash.startswith("$argon2id$")
    assert PASSWORD not in stored.password_hash


@pytest.mark.parametrize(
    ("name", "password", "role"),
    [
        ("maria", PASSWORD, "overlord"),
        ("maria", "short", "reader"),
        ("<script>", PASSWORD, "reader"),
        ("", PASSWORD, "reader"),
    ],
)
def test_bad_accounts_are_refused(store, name, password, role):
    with pytest.raises(AccountError):
        store.add_user(name, password, role)


def test_a_name_is_taken_once(store):
    store.add_user("maria", PASSWORD)

    with pytest.raises(AccountError, match="exists"):
        store.add_user("maria", PASSWORD)


def test_roles_are_ordered(store):
    editor = store.add_user("ed", PASSWORD, "editor")

    assert editor.can("reader")
    assert editor.can("analyst")
    assert editor.can("editor")
    assert not editor.can("admin")


def test_login_opens_a_session_found_by_its_token(store):
    store.add_user("maria", PASSWORD, "analyst")

    session = store.log_in("maria", PASSWORD, client="10.0.0.1", ttl=TTL)

    found = store.session(session.token)
    assert found is not None
    assert found.user.name == "maria"
    assert found.csrf_token == session.csrf_token
    assert store.session("not-a-token") is None


def test_wrong_password_and_unknown_name_are_refused_alike(store):
    store.add_user("maria", PASSWORD)

    with pytest.raises(LoginRefused) as wrong:
        store.log_in("maria", "wrong password", client="10.0.0.1", ttl=TTL)
    with pytest.raises(LoginRefused) as unknown:
        store.log_in("nobody", PASSWORD, client="10.0.0.1", ttl=TTL)
    assert str(wrong.value) == str(unknown.value)


def test_expired_session_is_gone(store):
    store.add_user("maria", PASSWORD)

    session = store.log_in("maria", PASSWORD, client="10.0.0.1", ttl=timedelta(seconds=-1))

    assert store.session(session.token) is None


def test_ending_a_session_logs_it_out(store):
    store.add_user("maria", PASSWORD)
    session = store.log_in("maria", PASSWORD, client="10.0.0.1", ttl=TTL)

    store.end_session(session.token)

    assert store.session(session.token) is None


@pytest.mark.parametrize("change", ["password", "remove"])
def test_new_password_or_removal_ends_every_session(store, change):
    store.add_user("maria", PASSWORD)
    session = store.log_in("maria", PASSWORD, client="10.0.0.1", ttl=TTL)

    if change == "password":
        store.set_password("maria", "another good password")
    else:
        assert store.remove_user("maria")

    assert store.session(session.token) is None


def test_account_locks_after_repeated_failures_even_for_the_right_password(store):
    store.add_user("maria", PASSWORD)
    for attempt in range(MAX_FAILURES):
        with pytest.raises(LoginRefused):
            store.log_in("maria", "wrong", client=f"10.0.0.{attempt}", ttl=TTL)

    with pytest.raises(LoginRefused) as refused:
        store.log_in("maria", PASSWORD, client="10.0.9.9", ttl=TTL)
    assert refused.value.locked_until is not None


def test_client_address_locks_across_accounts(store):
    store.add_user("maria", PASSWORD)
    for attempt in range(MAX_FAILURES):
        with pytest.raises(LoginRefused):
            store.log_in(f"guess{attempt}", "wrong", client="203.0.113.5", ttl=TTL)

    with pytest.raises(LoginRefused):
        store.log_in("maria", PASSWORD, client="203.0.113.5", ttl=TTL)
    assert store.log_in("maria", PASSWORD, client="198.51.100.7", ttl=TTL)


def test_success_clears_earlier_failures(store):
    store.add_user("maria", PASSWORD)
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(LoginRefused):
            store.log_in("maria", "wrong", client="10.0.0.1", ttl=TTL)
    store.log_in("maria", PASSWORD, client="10.0.0.1", ttl=TTL)

    with pytest.raises(LoginRefused) as refused:
        store.log_in("maria", "wrong", client="10.0.0.1", ttl=TTL)
    assert refused.value.locked_until is None


def test_lock_survives_a_restart(store_url):
    first = open_store(store_url)
    first.add_user("maria", PASSWORD)
    for _ in range(MAX_FAILURES):
        with pytest.raises(LoginRefused):
            first.log_in("maria", "wrong", client="10.0.0.1", ttl=TTL)
    first.close()

    second = open_store(store_url)
    with pytest.raises(LoginRefused) as refused:
        second.log_in("maria", PASSWORD, client="10.0.0.2", ttl=TTL)
    second.close()
    assert refused.value.locked_until is not None
