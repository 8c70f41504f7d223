"""`watchdesk newsletter` end to end: a real SQLite store, a real SMTP server on loopback, and a
send process killed while its mail is in flight."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from local_smtp import Inbox, serve_smtp
from published_briefs import HEADLINES, publish_brief
from typer.testing import CliRunner

from watchdesk.cli import app
from watchdesk.store import open_store


@pytest.fixture
def smtp(monkeypatch) -> Inbox:
    with serve_smtp() as (inbox, port):
        monkeypatch.setenv("WATCHDESK_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("WATCHDESK_SMTP_PORT", str(port))
        monkeypatch.setenv("WATCHDESK_SMTP_BACKOFF_S", "0.01")
        monkeypatch.setenv("WATCHDESK_MAIL_FROM", "briefs@desk.example")
        yield inbox


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A store with one brief published in both languages and two confirmed subscribers."""
    url = f"sqlite:///{tmp_path / 'newsletter.db'}"
    store = open_store(url)
    publish_brief(store)
    for email, language in (("anna@example.org", "en"), ("boris@example.org", "ru")):
        request = store.request_subscription(email, language, [], all_themes=True, client=email)
        store.confirm_subscription(request.id)
    store.close()
    return url


def test_dry_run_says_who_would_get_what_and_sends_nothing(db, smtp):
    result = CliRunner().invoke(app, ["newsletter", "send", "--dry-run", "--json", "--db", db])

    assert result.exit_code == 0, result.output
    planned = [json.loads(line) for line in result.stdout.splitlines()]
    assert planned == [
        {"email": "anna@example.org", "language": "en", "briefs": [HEADLINES["en"]], "sent": False},
        {
            "email": "boris@example.org",
            "language": "ru",
            "briefs": [HEADLINES["ru"]],
            "sent": False,
        },
    ]
    assert smtp.messages == []


def test_send_mails_each_subscriber_once(db, smtp):
    first = CliRunner().invoke(app, ["newsletter", "send", "--db", db])
    second = CliRunner().invoke(app, ["newsletter", "send", "--db", db])

    assert first.exit_code == second.exit_code == 0, first.output + second.output
    assert "2 mails sent" in first.stdout
    assert "0 mails sent" in second.stdout
    assert sorted(m["To"] for m in smtp.messages) == ["anna@example.org", "boris@example.org"]


def test_refused_recipient_is_one_error_line_and_the_run_goes_on(db, smtp):
    smtp.refuse_rcpt["anna@example.org"] = "550 5.1.1 No such mailbox"

    result = CliRunner().invoke(app, ["newsletter", "send", "--db", db])

    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "error: anna@example.org: refused for good: 550 5.1.1 No such mailbox"
    )
    assert [m["To"] for m in smtp.messages] == ["boris@example.org"]


def test_subscribers_are_listed(db):
    result = CliRunner().invoke(app, ["newsletter", "subscribers", "--json", "--db", db])

    assert [json.loads(line)["email"] for line in result.stdout.splitlines()] == [
        "anna@example.org",
        "boris@example.org",
    ]


def test_send_killed_mid_mail_loses_nothing_and_duplicates_nothing(db, smtp):
    smtp.hold_reply = threading.Event()  # the first mail arrives; its 250 never reaches the run
    command = [sys.executable, "-m", "watchdesk", "newsletter", "send", "--db", db]
    killed = subprocess.Popen(command, env=os.environ.copy(), stdout=subprocess.DEVNULL)
    try:
        assert smtp.arrived.wait(60), "the send process never delivered a message"
    finally:
        killed.kill()
        killed.wait(10)
        smtp.hold_reply.set()
    smtp.hold_reply = None
    (in_flight,) = smtp.messages

    rerun = subprocess.run(command, env=os.environ.copy(), capture_output=True, text=True)

    assert rerun.returncode == 0, rerun.stderr
    assert f"unconfirmed: brief 1 ({in_flight['Content-Language']}) to {in_flight['To']}" in (
        rerun.stderr
    )
    assert "1 mail sent" in rerun.stdout
    # Everyone has exactly one mail: the one in flight was not sent again, the other went out.
    assert sorted(m["To"] for m in smtp.messages) == ["anna@example.org", "boris@example.org"]
