"""Subscribing and leaving: the double opt-in and the one-click unsubscribe, for the web shell.

The answers never say whether an address is subscribed: a request for a subscribed address
sends the same confirmation mail (confirming updates the language and themes) and gets the same
page as any other, and an unsubscribe link whose subscriber is gone ends quietly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta
from typing import Literal

from watchdesk.newsletter.links import (
    confirmation_token,
    confirmation_valid,
    read_confirmation,
    read_unsubscribe,
    unsubscribe_valid,
)
from watchdesk.newsletter.messages import confirmation_message
from watchdesk.newsletter.smtp import Mailer
from watchdesk.settings import Settings
from watchdesk.store import Store
from watchdesk.store.newsletter import Subscriber

LANGUAGES = ("en", "ru")  # the languages briefs are written in, and so mailed in
MAX_EMAIL_CHARS = 254  # RFC 5321's limit on a path
# One @, no spaces or controls anywhere (a CR or LF would forge mail headers), a dot in the
# domain. Whether the address exists is for the confirmation mail to find out.
_EMAIL = re.compile(r"[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+\.[^@\s\x00-\x1f\x7f.]+")

Asked = Literal["mailed", "limited", "mail_failed"]


def normal_email(text: str) -> str | None:
    """The address folded to lower case, or None when it cannot be one."""
    email = text.strip().lower()
    if len(email) > MAX_EMAIL_CHARS or not _EMAIL.fullmatch(email):
        return None
    return email


def ask_to_subscribe(
    store: Store,
    settings: Settings,
    mailer: Mailer,
    *,
    email: str,
    language: str,
    themes: Sequence[int],
    client: str,
) -> Asked:
    """Record the request and mail its confirmation link; "limited" when asked too often."""
    request = store.request_subscription(
        email, language, themes, all_themes=not themes, client=client
    )
    if request is None:
        return "limited"
    token = confirmation_token(settings.secret_key, request.id, email, request.requested_at)
    message = confirmation_message(
        to=email,
        language=language,
        confirm_url=f"{settings.public_url.rstrip('/')}/newsletter/confirm?token={token}",
        hours=round(settings.newsletter_confirm_hours),
        sender=settings.mail_from,
    )
    with mailer:
        outcome = mailer.send(message)
    return "mailed" if outcome.status == "sent" else "mail_failed"


def confirmation_is_valid(store: Store, settings: Settings, token: str) -> bool:
    """True when the token is one this desk signed for a request it keeps, and not expired."""
    read = read_confirmation(token)
    request = store.subscription_request(read[0]) if read else None
    return request is not None and confirmation_valid(
        settings.secret_key,
        token,
        request.email,
        max_age=timedelta(hours=settings.newsletter_confirm_hours),
    )


def confirm(store: Store, settings: Settings, token: str) -> Subscriber | None:
    """Confirm the request a valid token names; None for a forged or expired one."""
    read = read_confirmation(token)
    if read is None or not confirmation_is_valid(store, settings, token):
        return None
    return store.confirm_subscription(read[0])


def unsubscribe_is_valid(store: Store, settings: Settings, token: str) -> bool:
    subscriber_id = read_unsubscribe(token)
    subscriber = store.subscriber(subscriber_id) if subscriber_id is not None else None
    return subscriber is not None and unsubscribe_valid(
        settings.secret_key, token, subscriber.email
    )


def unsubscribe(store: Store, settings: Settings, token: str) -> bool:
    """End the subscription of a valid token; False for a token this desk did not sign.

    A valid token of a subscriber who left already is fine: the link may be clicked twice.
    """
    if not unsubscribe_is_valid(store, settings, token):
        return False
    subscriber_id = read_unsubscribe(token)
    assert subscriber_id is not None  # a valid token names its subscriber
    store.unsubscribe(subscriber_id)
    return True
