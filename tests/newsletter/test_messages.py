"""The newsletter's mail as composed: one-line subjects, escaped HTML, the text part readable."""

from __future__ import annotations

from datetime import UTC, datetime

from watchdesk.newsletter.messages import MailedBrief, digest_message


def _brief(headline: str, lead: str = "What changed this week.") -> MailedBrief:
    return MailedBrief(
        brief_id=1,
        language="en",
        theme_name="Border crossings",
        week="2026-W07",
        headline=headline,
        lead=lead,
        text=f"# {headline}\n\n{lead}\n",
        body_html="<p>Body.</p>",
        url="https://desk.example/public/briefs/1/en",
        published_at=datetime(2026, 2, 20, tzinfo=UTC),
        trend="worse",
    )


def _digest(*briefs: MailedBrief):
    return digest_message(
        to="anna@example.org",
        language="en",
        briefs=briefs,
        unsubscribe_url="https://desk.example/newsletter/unsubscribe?token=1.x",
        sender="briefs@desk.example",
    )


def test_headline_with_a_line_break_makes_a_one_line_subject():
    mail = _digest(_brief("Crossings shut\r\nBcc: everyone@example.org"))

    assert mail["Subject"] == "Crossings shut Bcc: everyone@example.org"
    assert mail["Bcc"] is None


def test_html_part_escapes_what_people_typed():
    mail = _digest(_brief("A <script>alert(1)</script> headline", lead="Fish & chips <b>"))

    html = mail.get_body(("html",)).get_content()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "Fish &amp; chips &lt;b&gt;" in html


def test_text_part_keeps_the_words_as_typed_and_the_links():
    mail = _digest(_brief("Fish & chips <b>"), _brief("A second brief"))

    text = mail.get_body(("plain",)).get_content()
    assert "# Fish & chips <b>" in text
    assert text.count("https://desk.example/public/briefs/1/en") == 2
    assert "Unsubscribe: https://desk.example/newsletter/unsubscribe?token=1.x" in text
    assert "Week 2026-W07 · Trend: <strong>Worse</strong>" in mail.get_body(("html",)).get_content()
