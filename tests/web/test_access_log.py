"""The access log: one line per request with method, path, status and time; no cookie, no form,
no secret from the query string."""

from __future__ import annotations

import logging

import pytest


@pytest.fixture
def log(caplog):  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="watchdesk.access")
    return caplog


def test_each_request_is_one_line(client, log):
    client.get("/statements?speaker=Brandvik")
    client.get("/no-such-page")
    lines = log.messages

    assert len(lines) == 2
    assert '"GET /statements?speaker=Brandvik" 200' in lines[0]
    assert '"GET /no-such-page" 404' in lines[1]
    assert lines[0].startswith("testclient ")


def test_no_cookie_form_or_secret_reaches_the_log(anon, log):
    anon.post("/login?token=s3cret-value", data={"name": "reader", "password": "hunter2-pass"})
    anon.cookies.set("watchdesk_session", "cookie-value-123")
    anon.get("/login")

    logged = "\n".join(log.messages)
    assert "POST /login?token=***" in logged
    for secret in ("s3cret-value", "hunter2-pass", "cookie-value-123"):
        assert secret not in logged
