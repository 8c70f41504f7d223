"""Mail handed to a real SMTP server on loopback: 4xx retried, 5xx not, each outcome told."""

from __future__ import annotations

from email.message import EmailMessage

from local_smtp import free_port

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
