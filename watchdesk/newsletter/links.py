"""Signed links of the newsletter: a confirmation that expires, and an unsubscribe that does not.

Both are HMAC-SHA256 over the purpose, the row id and the address, keyed by `secret_key`, so a
link made for one address or one purpose never works for another, and nothing about them needs
to be stored. Changing the secret key voids every link already mailed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime, timedelta

SIGNATURE_BYTES = 16  # 128 bits: guessing is out of reach, and the link stays short
CLOCK_SKEW = timedelta(minutes=5)  # the desk and the sender may run on different hosts


def confirmation_token(secret: str, request_id: int, email: str, issued: datetime) -> str:
    """The token of a confirmation link for one subscription request, stamped with its time."""
    stamp = int(issued.timestamp())
    return f"{request_id}.{stamp}.{_sign(secret, 'confirm', request_id, email, stamp)}"


def read_confirmation(token: str) -> tuple[int, int] | None:
    """(request id, time stamp) of a well-formed token, before its signature is checked."""
    parts = token.split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    return int(parts[0]), int(parts[1])


def confirmation_valid(
    secret: str, token: str, email: str, *, max_age: timedelta, now: datetime | None = None
) -> bool:
    """True when `token` was signed for this address and is younger than `max_age`."""
    read = read_confirmation(token)
    if read is None:
        return False
    request_id, stamp = read
    expected = f"{request_id}.{stamp}.{_sign(secret, 'confirm', request_id, email, stamp)}"
    if not hmac.compare_digest(token, expected):
        return False
    age = (now or datetime.now(UTC)) - datetime.fromtimestamp(stamp, UTC)
    # A stamp from the future was never issued by this clock (beyond a little skew between hosts).
    return -CLOCK_SKEW <= age <= max_age


def unsubscribe_token(secret: str, subscriber_id: int, email: str) -> str:
    """The token of a subscriber's unsubscribe link; it works for as long as the subscription.

    RFC 8058 asks that the link keep working for days after the mail; it has no expiry at all,
    since all it can do is end the subscription it was made for.
    """
    return f"{subscriber_id}.{_sign(secret, 'unsubscribe', subscriber_id, email, 0)}"


def read_unsubscribe(token: str) -> int | None:
    """The subscriber id a well-formed unsubscribe token names, before its signature is checked."""
    head, _, signature = token.partition(".")
    return int(head) if head.isdigit() and signature else None


def unsubscribe_valid(secret: str, token: str, email: str) -> bool:
    subscriber_id = read_unsubscribe(token)
    if subscriber_id is None:
        return False
    return hmac.compare_digest(token, unsubscribe_token(secret, subscriber_id, email))


def _sign(secret: str, purpose: str, row_id: int, email: str, stamp: int) -> str:
    message = f"{purpose}\n{row_id}\n{email.lower()}\n{stamp}".encode()
    digest = hmac.new(secret.encode(), message, hashlib.sha256).digest()[:SIGNATURE_BYTES]
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
