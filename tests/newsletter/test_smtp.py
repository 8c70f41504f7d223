"""Mail handed to a real SMTP server on loopback: 4xx retried, 5xx not, each outcome told."""

from __future__ import annotations

import ssl
from email.message import EmailMessage

import pytest
import trustme
from local_smtp import free_port, serve_smtp

from watchdesk.newsletter.smtp import Mailer


def _mail(to: str = "reader@example.org") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "briefs@desk.example"
    message["To"] = to
    message["Subject"] = "A test"
    message.set_content("Body.")
    return message


def _mailer(port: int, waits: list[float] | None = None, retries: int = 3) -> Mailer:
    return Mailer(
        "127.0.0.1",
        port,
        timeout_s=5,
        retries=retries,
        backoff_s=0.5,
        sleep=(waits.append if waits is not None else lambda _: None),
    )


def test_mail_is_delivered(smtp_server):
    inbox, port = smtp_server

    with _mailer(port) as mailer:
        outcome = mailer.send(_mail())

    assert (outcome.status, outcome.attempts) == ("sent", 1)
    assert [m["Subject"] for m in inbox.to("reader@example.org")] == ["A test"]


def test_temporary_refusal_is_retried_with_doubling_waits(smtp_server):
    inbox, port = smtp_server
    inbox.refuse_data = ["451 4.3.0 Try again later", "451 4.3.0 Try again later"]
    waits: list[float] = []

    with _mailer(port, waits) as mailer:
        outcome = mailer.send(_mail())

    assert (outcome.status, outcome.attempts) == ("sent", 3)
    assert waits == [0.5, 1.0]
    assert len(inbox.messages) == 1


def test_temporary_refusal_gives_up_after_the_retries(smtp_server):
    inbox, port = smtp_server
    inbox.refuse_data = ["452 4.3.1 Insufficient storage"] * 5

    with _mailer(port, retries=2) as mailer:
        outcome = mailer.send(_mail())

    assert (outcome.status, outcome.attempts) == ("temporary", 3)
    assert outcome.detail.startswith("452")
    assert inbox.messages == []


def test_permanent_refusal_is_not_retried(smtp_server):
    inbox, port = smtp_server
    inbox.refuse_rcpt["gone@example.org"] = "550 5.1.1 No such mailbox"
    waits: list[float] = []

    with _mailer(port, waits) as mailer:
        outcome = mailer.send(_mail("gone@example.org"))
        after = mailer.send(_mail())  # the connection goes on serving the next recipient

    assert (outcome.status, outcome.attempts, waits) == ("permanent", 1, [])
    assert "No such mailbox" in outcome.detail
    assert after.status == "sent"


def test_unreachable_server_is_a_temporary_failure_without_a_session():
    with _mailer(free_port(), retries=1) as mailer:
        outcome = mailer.send(_mail())

    assert (outcome.status, outcome.reached, outcome.attempts) == ("temporary", False, 2)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(ca):
    """An SMTP server that takes mail only after STARTTLS and a login."""
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_context)
    with serve_smtp(tls=server_context, logins={"desk": "s3cret-pass"}) as served:
        yield served


def _tls_mailer(port, ca, password="s3cret-pass") -> Mailer:
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    return Mailer(
        "127.0.0.1",
        port,
        starttls=True,
        user="desk",
        password=password,
        timeout_s=5,
        retries=0,
        tls_context=client_context,
    )


def test_starttls_and_login_before_sending(tls_server, ca):
    inbox, port = tls_server

    with _tls_mailer(port, ca) as mailer:
        outcome = mailer.send(_mail())

    assert outcome.status == "sent"
    assert len(inbox.messages) == 1


def test_wrong_password_keeps_the_mail_for_later_not_the_recipients_fault(tls_server, ca):
    inbox, port = tls_server

    with _tls_mailer(port, ca, password="wrong") as mailer:
        outcome = mailer.send(_mail())

    assert (outcome.status, outcome.reached) == ("temporary", False)
    assert "535" in outcome.detail
    assert inbox.messages == []


def test_server_certificate_is_checked(tls_server):
    _, port = tls_server
    untrusted = Mailer("127.0.0.1", port, starttls=True, timeout_s=5, retries=0)

    with untrusted as mailer:
        outcome = mailer.send(_mail())

    assert (outcome.status, outcome.reached) == ("temporary", False)
    assert "CERTIFICATE_VERIFY_FAILED" in outcome.detail


def test_connection_lost_after_the_message_is_unknown_and_not_retried(smtp_server):
    inbox, port = smtp_server
    inbox.hang_up_after_data = True
    waits: list[float] = []

    with _mailer(port, waits) as mailer:
        outcome = mailer.send(_mail())

    assert (outcome.status, outcome.attempts, waits) == ("unknown", 1, [])
    assert len(inbox.messages) == 1  # it did arrive: a retry would have sent it twice
