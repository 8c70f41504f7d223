"""The newsletter's mail: a confirmation request, and a subscriber's new briefs in their language.

Each mail is plain text with an HTML alternative, in the subscriber's language (the desk's
gettext catalogue holds the mail's strings beside the pages'). The digest carries the headers
mail clients use to file and end a list: List-Id, List-Unsubscribe and, for one click without a
visit (RFC 8058), List-Unsubscribe-Post.
"""

from __future__ import annotations

import gettext as gettext_module
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid, parseaddr
from functools import cache
from importlib import resources
from typing import Any

from babel.support import Translations
from jinja2 import Environment, FileSystemLoader, pass_eval_context, select_autoescape
from jinja2.nodes import EvalContext
from markupsafe import Markup

from watchdesk.briefs_render import labels, trend_label

# Headers unfolded up to RFC 5322's hard limit: a folded List-Unsubscribe URL trips some clients.
MAIL_POLICY = SMTP.clone(max_line_length=998)


@dataclass(frozen=True, slots=True)
class MailedBrief:
    """One language version of a published brief, as the newsletter mails it."""

    brief_id: int  # with the language, the version deliveries are recorded against
    language: str
    theme_name: str  # the theme's current name: subscribers' theme ids are matched by it
    week: str  # ISO week, "2026-W07"
    headline: str
    lead: str
    text: str  # the whole version as Markdown (headline to sources): a plain-text mail's part
    body_html: str  # the body and its sources, rendered and sanitised by briefs_render
    url: str  # the public page of this version
    published_at: datetime
    trend: str | None = None
    corrects: datetime | None = None  # the earlier publication this subscriber was sent


def confirmation_message(
    *,
    to: str,
    language: str,
    confirm_url: str,
    hours: int,
    sender: str,
    now: datetime | None = None,
) -> EmailMessage:
    """The mail that asks the owner of `to` to confirm a subscription."""
    _ = _catalogue(language).gettext
    subject = _("Confirm your subscription to watchdesk's weekly briefs")
    context = {"email": to, "confirm_url": confirm_url, "hours": hours, "subject": subject}
    message = _message(sender, to, subject, language, now)
    _add_bodies(message, "confirmation", language, context)
    return message


def digest_message(
    *,
    to: str,
    language: str,
    briefs: Sequence[MailedBrief],
    unsubscribe_url: str,
    sender: str,
    now: datetime | None = None,
) -> EmailMessage:
    """The mail of `briefs` to one subscriber, with one-click unsubscribe headers."""
    catalogue = _catalogue(language)
    if len(briefs) == 1 and briefs[0].corrects is not None:
        subject = catalogue.gettext("Updated: %(headline)s") % {"headline": briefs[0].headline}
    elif len(briefs) == 1:
        subject = briefs[0].headline
    else:
        count = len(briefs)
        subject = catalogue.ngettext("%(num)d new weekly brief", "%(num)d new weekly briefs", count)
        subject = subject % {"num": count}
    message = _message(sender, to, subject, language, now)
    message["List-Id"] = f"watchdesk weekly briefs <briefs.{_domain(sender)}>"
    message["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    context = {
        "email": to,
        "briefs": briefs,
        "unsubscribe_url": unsubscribe_url,
        "subject": subject,
        # The brief's own words for week and trend, as its page and exports say them.
        "words": labels(language),
        "trend_label": lambda trend: trend_label(trend, language),
    }
    _add_bodies(message, "digest", language, context)
    return message


def _message(
    sender: str, to: str, subject: str, language: str, now: datetime | None
) -> EmailMessage:
    message = EmailMessage(policy=MAIL_POLICY)
    message["From"] = sender
    message["To"] = to
    # A headline is typed by people: a line break in it would be a header injection.
    message["Subject"] = " ".join(subject.split())
    message["Date"] = format_datetime(now or datetime.now(UTC))
    message["Message-ID"] = make_msgid("watchdesk", domain=_domain(sender))
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: out-of-office replies stay away
    return message


def _add_bodies(
    message: EmailMessage, template: str, language: str, context: dict[str, Any]
) -> None:
    env = _environment()
    callables = _callables(_catalogue(language))
    text = env.get_template(f"{template}.txt").render(lang=language, **callables, **context)
    html = env.get_template(f"{template}.html").render(lang=language, **callables, **context)
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    message["Content-Language"] = language  # after the bodies: set_content drops Content-*


def _domain(sender: str) -> str:
    address = parseaddr(sender)[1]
    try:
        return Address(addr_spec=address).domain or "localhost"
    except (ValueError, IndexError):
        return "localhost"


@cache
def _environment() -> Environment:
    directory = str(resources.files("watchdesk.newsletter") / "templates")
    env = Environment(
        loader=FileSystemLoader(directory),
        autoescape=select_autoescape(["html"]),
        extensions=["jinja2.ext.i18n"],
        keep_trailing_newline=True,
    )
    env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    return env


@cache
def _catalogue(language: str) -> gettext_module.NullTranslations:
    # One catalogue for the desk and its mail, so translators keep a single file.
    if language == "en":
        return gettext_module.NullTranslations()
    directory = str(resources.files("watchdesk.web") / "locale")
    return Translations.load(directory, [language], domain="messages")


def _callables(catalogue: gettext_module.NullTranslations) -> dict[str, Any]:
    """gettext in Jinja's newstyle: placeholders are filled (and escaped) by the call."""

    @pass_eval_context
    def gettext(eval_ctx: EvalContext, message: str, **variables: Any) -> str:
        text = catalogue.gettext(message)
        if eval_ctx.autoescape:
            return Markup(text) % variables
        return text % variables if variables else text

    return {"gettext": gettext, "_": gettext}
