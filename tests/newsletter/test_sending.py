"""The newsletter run against a real store and a real SMTP server on loopback: each subscriber's
new briefs in their language, once, whatever the server answers and wherever a run dies."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from local_smtp import free_port
from published_briefs import HEADLINES, publish_brief

from watchdesk.newsletter.messages import MailedBrief
from watchdesk.newsletter.sending import Sender, mailed_briefs, send_newsletter
from watchdesk.newsletter.smtp import Mailer, Outcome

SENDER = Sender(
    "watchdesk briefs <briefs@desk.example>",
    "https://desk.example",
    "a long random test secret",
    timedelta(days=7),
)


def _publish(store, theme="Border crossings", headlines=HEADLINES) -> list[MailedBrief]:
    """Publish a brief and read it back as the newsletter mails it (rendered, linked)."""
    brief_id = publish_brief(store, theme, headlines)
    since = datetime(2000, 1, 1, tzinfo=UTC)
    return [b for b in mailed_briefs(store, SENDER.public_url, since) if b.brief_id == brief_id]


def _subscribe(store, email, language="en", themes=()):
    request = store.request_subscription(
        email, language, list(themes), all_themes=not themes, client=email
    )
    return store.confirm_subscription(request.id)


def _mailer(port, retries=2):
    return Mailer("127.0.0.1", port, timeout_s=5, retries=retries, backoff_s=0.01)


def test_each_subscriber_gets_the_brief_in_their_language(store, smtp_server):
    inbox, port = smtp_server
    briefs = _publish(store)
    _subscribe(store, "anna@example.org", "en")
    _subscribe(store, "boris@example.org", "ru")

    with _mailer(port) as mailer:
        report = send_newsletter(store, briefs, SENDER, mailer)

    assert sorted(letter.email for letter in report.sent) == [
        "anna@example.org",
        "boris@example.org",
    ]
    (english,) = inbox.to("anna@example.org")
    (russian,) = inbox.to("boris@example.org")
    assert english["Subject"] == HEADLINES["en"]
    assert russian["Subject"] == HEADLINES["ru"]
    assert russian["Content-Language"] == "ru"
    assert "Читать на сайте" in russian.get_body(("plain",)).get_content()
    assert "Lead ru." in russian.get_body(("html",)).get_content()


def test_digest_carries_list_and_one_click_unsubscribe_headers(store, smtp_server):
    inbox, port = smtp_server
    briefs = _publish(store)
    subscriber = _subscribe(store, "anna@example.org")

    with _mailer(port) as mailer:
        send_newsletter(store, briefs, SENDER, mailer)

    (mail,) = inbox.messages
    assert mail["From"] == SENDER.address
    assert mail["Message-ID"].endswith("@desk.example>")
    assert mail["Date"]
    assert mail["List-Id"] == "watchdesk weekly briefs <briefs.desk.example>"
    assert mail["List-Unsubscribe"] == f"<{SENDER.unsubscribe_url(subscriber)}>"
    assert mail["List-Unsubscribe"].startswith("<https://desk.example/newsletter/unsubscribe?")
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert SENDER.unsubscribe_url(subscriber) in mail.get_body(("plain",)).get_content()


def test_second_run_sends_nothing(store, smtp_server):
    inbox, port = smtp_server
    briefs = _publish(store)
    _subscribe(store, "anna@example.org")

    with _mailer(port) as mailer:
        send_newsletter(store, briefs, SENDER, mailer)
        again = send_newsletter(store, briefs, SENDER, mailer)

    assert again.sent == []
    assert len(inbox.messages) == 1


def test_new_brief_goes_out_alone_in_the_next_run(store, smtp_server):
    inbox, port = smtp_server
    first = _publish(store)
    _subscribe(store, "anna@example.org")
    with _mailer(port) as mailer:
        send_newsletter(store, first, SENDER, mailer)
        second = _publish(store, "Referendum", {"en": "A vote is called", "ru": "Назначен опрос"})
        send_newsletter(store, first + second, SENDER, mailer)

    assert [m["Subject"] for m in inbox.messages] == [HEADLINES["en"], "A vote is called"]


def test_subscriber_gets_only_their_themes(store, smtp_server):
    inbox, port = smtp_server
    crossings = _publish(store)
    vote = _publish(store, "Referendum", {"en": "A vote is called", "ru": "Назначен опрос"})
    _subscribe(store, "anna@example.org", themes=[store.theme(name="Referendum").id])
    _subscribe(store, "boris@example.org")  # every theme

    with _mailer(port) as mailer:
        send_newsletter(store, crossings + vote, SENDER, mailer)

    assert [m["Subject"] for m in inbox.to("anna@example.org")] == ["A vote is called"]
    (both,) = inbox.to("boris@example.org")
    assert both["Subject"] == "2 new weekly briefs"


def test_new_subscriber_gets_no_briefs_older_than_the_backfill(store, smtp_server):
    inbox, port = smtp_server
    old = [
        dataclasses.replace(b, published_at=b.published_at - timedelta(days=30))
        for b in _publish(store)
    ]
    _subscribe(store, "anna@example.org")

    with _mailer(port) as mailer:
        report = send_newsletter(store, old, SENDER, mailer)

    assert report.sent == []
    assert inbox.messages == []


class CrashingMailer(Mailer):
    """Dies like a killed process, before or after the server took the message."""

    def __init__(self, port, *, after_handover):
        super().__init__("127.0.0.1", port, timeout_s=5)
        self.after_handover = after_handover

    def send(self, message) -> Outcome:
        if self.after_handover:
            super().send(message)
        raise KeyboardInterrupt  # what SIGINT or a dying process leaves: no code after runs


@pytest.mark.parametrize("after_handover", [True, False])
def test_run_that_dies_mid_send_is_reported_and_never_resent(store, smtp_server, after_handover):
    inbox, port = smtp_server
    briefs = _publish(store)
    _subscribe(store, "anna@example.org")
    _subscribe(store, "boris@example.org")

    with pytest.raises(KeyboardInterrupt), CrashingMailer(port, after_handover=after_handover) as m:
        send_newsletter(store, briefs, SENDER, m)
    with _mailer(port) as mailer:
        report = send_newsletter(store, briefs, SENDER, mailer)

    # The first subscriber's mail was in flight: reported, not resent; the second one goes out.
    assert [d.email for d in report.unconfirmed] == ["anna@example.org"]
    assert [letter.email for letter in report.sent] == ["boris@example.org"]
    assert len(inbox.to("anna@example.org")) == (1 if after_handover else 0)
    assert len(inbox.to("boris@example.org")) == 1


def test_temporary_refusal_is_retried_within_the_run(store, smtp_server):
    inbox, port = smtp_server
    inbox.refuse_data = ["451 4.3.0 Greylisted, try again"]
    briefs = _publish(store)
    _subscribe(store, "anna@example.org")

    with _mailer(port) as mailer:
        report = send_newsletter(store, briefs, SENDER, mailer)

    assert [letter.email for letter in report.sent] == ["anna@example.org"]
    assert report.failed == []
    assert len(inbox.messages) == 1


def test_refusals_cost_one_line_each_and_the_run_goes_on(store, smtp_server):
    inbox, port = smtp_server
    inbox.refuse_rcpt["gone@example.org"] = "550 5.1.1 No such mailbox"
    briefs = _publish(store)
    _subscribe(store, "gone@example.org")
    _subscribe(store, "zoe@example.org")

    with _mailer(port) as mailer:
        report = send_newsletter(store, briefs, SENDER, mailer)
        again = send_newsletter(store, briefs, SENDER, mailer)

    assert [letter.email for letter in report.sent] == ["zoe@example.org"]
    (line,) = report.failed
    assert line.startswith("gone@example.org: refused for good: 550")
    assert "\n" not in line
    assert again.sent == again.failed == []  # a permanent refusal is not tried again


def test_mail_still_refused_after_the_retries_waits_for_the_next_run(store, smtp_server):
    inbox, port = smtp_server
    inbox.refuse_data = ["452 4.3.1 Mailbox full"] * 3
    briefs = _publish(store)
    _subscribe(store, "anna@example.org")

    with _mailer(port, retries=2) as mailer:
        report = send_newsletter(store, briefs, SENDER, mailer)
        later = send_newsletter(store, briefs, SENDER, mailer)

    assert report.failed[0].startswith("anna@example.org: refused for now after 3 attempts")
    assert [letter.email for letter in later.sent] == ["anna@example.org"]
    assert len(inbox.messages) == 1


def test_unreachable_server_stops_the_run_and_keeps_every_mail(store, smtp_server):
    _, port = smtp_server
    briefs = _publish(store)
    _subscribe(store, "anna@example.org")
    _subscribe(store, "boris@example.org")

    with _mailer(free_port(), retries=0) as mailer:
        report = send_newsletter(store, briefs, SENDER, mailer)
    with _mailer(port) as mailer:
        later = send_newsletter(store, briefs, SENDER, mailer)

    assert report.stopped is not None
    assert report.sent == []
    assert len(later.sent) == 2


def test_dry_run_plans_and_sends_nothing(store, smtp_server):
    inbox, _ = smtp_server
    briefs = _publish(store)
    _subscribe(store, "boris@example.org", "ru")

    report = send_newsletter(store, briefs, SENDER, None)

    assert [(p.email, p.headlines) for p in report.planned] == [
        ("boris@example.org", (HEADLINES["ru"],))
    ]
    assert inbox.messages == []
    assert store.deliveries() == []


def test_mail_whose_connection_broke_mid_transfer_is_never_resent(store, smtp_server):
    inbox, port = smtp_server
    inbox.hang_up_after_data = True  # the server keeps the mail but never says so
    briefs = _publish(store)
    _subscribe(store, "anna@example.org")

    with _mailer(port) as mailer:
        report = send_newsletter(store, briefs, SENDER, mailer)
    inbox.hang_up_after_data = False
    with _mailer(port) as mailer:
        again = send_newsletter(store, briefs, SENDER, mailer)

    assert report.failed[0].startswith("anna@example.org: may not have arrived")
    assert again.sent == []
    assert [d.email for d in again.unconfirmed] == ["anna@example.org"]
    assert len(inbox.messages) == 1


def test_mail_links_to_the_public_page_of_its_version(store, smtp_server):
    inbox, port = smtp_server
    briefs = _publish(store)
    _subscribe(store, "boris@example.org", "ru")

    with _mailer(port) as mailer:
        send_newsletter(store, briefs, SENDER, mailer)

    (mail,) = inbox.messages
    page = f"https://desk.example/public/briefs/{briefs[0].brief_id}/ru"
    assert page in mail.get_body(("plain",)).get_content()
    assert f'href="{page}"' in mail.get_body(("html",)).get_content()


# -- a brief published again after an edit ---------------------------------------------------------


def _republish(store, brief_id, language="en", headline="The capital corrects itself"):
    store.save_brief_version(
        brief_id, language, headline=headline, lead="Lead.", body="Body.", by="ed", minor=True
    )
    store.publish_brief(brief_id, by="editor")


def test_a_republished_brief_is_mailed_once_more_as_an_update(store, smtp_server):
    inbox, port = smtp_server
    (english, _) = sorted(_publish(store), key=lambda b: b.language)
    _subscribe(store, "anna@example.org")
    with _mailer(port) as mailer:
        send_newsletter(store, [english], SENDER, mailer)
        _republish(store, english.brief_id)
        corrected = list(mailed_briefs(store, SENDER.public_url, english.published_at))
        first = send_newsletter(store, corrected, SENDER, mailer)
        second = send_newsletter(store, corrected, SENDER, mailer)

    assert [len(first.sent), len(second.sent)] == [1, 0]
    original, update = inbox.to("anna@example.org")
    assert update["Subject"] == "Updated: The capital corrects itself"
    text = update.get_body(("plain",)).get_content()
    assert "this brief was changed after we mailed it on" in text
    assert "updated" not in original["Subject"].casefold()
    (row,) = store.deliveries()
    assert (row.state, row.message_id) == ("sent", update["Message-ID"])


def test_an_update_is_said_in_the_subscribers_language(store, smtp_server):
    inbox, port = smtp_server
    _subscribe(store, "boris@example.org", "ru")
    with _mailer(port) as mailer:
        briefs = _publish(store)
        send_newsletter(store, briefs, SENDER, mailer)
        _republish(store, briefs[0].brief_id, "ru", "Столица поправляется")
        send_newsletter(
            store, mailed_briefs(store, SENDER.public_url, briefs[0].published_at), SENDER, mailer
        )

    _, update = inbox.to("boris@example.org")
    assert update["Subject"] == "Обновлено: Столица поправляется"


def test_republishing_after_a_change_to_the_other_language_mails_nobody_again(store, smtp_server):
    inbox, port = smtp_server
    briefs = _publish(store)
    _subscribe(store, "anna@example.org", "en")
    with _mailer(port) as mailer:
        send_newsletter(store, briefs, SENDER, mailer)
        _republish(store, briefs[0].brief_id, "ru", "Столица поправляется")
        again = send_newsletter(
            store, mailed_briefs(store, SENDER.public_url, briefs[0].published_at), SENDER, mailer
        )

    assert again.sent == []
    assert len(inbox.to("anna@example.org")) == 1  # the English version did not change


def test_an_update_the_server_refuses_for_now_is_retried_and_the_original_stays_recorded(
    store, smtp_server
):
    inbox, port = smtp_server
    (english, _) = sorted(_publish(store), key=lambda b: b.language)
    _subscribe(store, "anna@example.org")
    with _mailer(port) as mailer:
        send_newsletter(store, [english], SENDER, mailer)
    (sent,) = store.deliveries()
    _republish(store, english.brief_id)
    corrected = mailed_briefs(store, SENDER.public_url, english.published_at)

    with _mailer(free_port(), retries=0) as down:
        report = send_newsletter(store, corrected, SENDER, down)
    assert report.stopped is not None
    assert store.deliveries() == [sent]  # back to the earlier publication, sent

    with _mailer(port) as mailer:
        retried = send_newsletter(store, corrected, SENDER, mailer)
    assert len(retried.sent) == 1
    assert len(inbox.to("anna@example.org")) == 2


def test_two_runs_cannot_both_claim_one_update(store):
    (english, _) = sorted(_publish(store), key=lambda b: b.language)
    subscriber = _subscribe(store, "anna@example.org")
    store.claim_delivery(subscriber.id, [(english.brief_id, "en", english.published_at)], "<1@d>")
    store.finish_delivery("<1@d>", "sent")
    _republish(store, english.brief_id)
    (sent,) = store.deliveries()
    (now,) = list(store.published_briefs(language="en"))
    version = [(english.brief_id, "en", now.published_at)]

    first = store.claim_delivery(subscriber.id, version, "<2@d>", [sent])
    second = store.claim_delivery(subscriber.id, version, "<3@d>", [sent])

    assert (first, second) == (True, False)
    (row,) = store.deliveries()
    assert (row.message_id, row.state, row.published_at) == ("<2@d>", "claimed", now.published_at)


# -- what a run reads ------------------------------------------------------------------------------


def test_a_run_reads_only_what_each_subscriber_was_not_sent(store, smtp_server):
    _inbox, port = smtp_server
    subscriber = _subscribe(store, "anna@example.org", "en")
    old = _publish(store)
    with _mailer(port) as mailer:
        send_newsletter(store, old, SENDER, mailer)
    vote = publish_brief(store, "Referendum", {"en": "A vote is called", "ru": "Назначен опрос"})

    unsent = store.unsent_briefs(subscriber, subscriber.confirmed_at - SENDER.backfill)

    assert [(b.id, b.language) for b in unsent] == [(vote, "en")]  # not the one sent before
    _republish(store, old[0].brief_id)
    unsent = store.unsent_briefs(subscriber, subscriber.confirmed_at - SENDER.backfill)
    assert sorted(b.id for b in unsent) == sorted([old[0].brief_id, vote])  # the correction too
