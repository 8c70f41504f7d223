"""Edge: hand mail to an SMTP server, retrying temporary refusals and saying how each one ended.

Every outcome says whether the server took the message, refused it for now (4xx, or no
connection at all), refused it for good (5xx), or whether the connection broke while the message
was on its way, so that nobody can know whether it arrived. The newsletter's record of deliveries
treats the last case as sent, never as failed (see newsletter/sending.py).
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from types import TracebackType
from typing import Literal

from watchdesk.settings import Settings

Status = Literal["sent", "temporary", "permanent", "unknown"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """How handing one message over ended, with the server's words when it refused."""

    status: Status
    detail: str = ""
    attempts: int = 1
    reached: bool = True  # False: no session with the server (connection, TLS or login failed)


class Mailer:
    """One SMTP connection, opened on first use and reopened when the server dropped it."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        starttls: bool = False,
        user: str = "",
        password: str = "",
        timeout_s: float = 30.0,
        retries: int = 3,
        backoff_s: float = 5.0,
        tls_context: ssl.SSLContext | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.host, self.port = host, port
        self.starttls, self.user, self.password = starttls, user, password
        self.timeout_s, self.retries, self.backoff_s = timeout_s, retries, backoff_s
        self.tls_context = tls_context
        self.sleep = sleep
        self._conn: smtplib.SMTP | None = None

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: object) -> Mailer:
        options: dict[str, object] = {
            "starttls": settings.smtp_starttls,
            "user": settings.smtp_user,
            "password": settings.smtp_password,
            "timeout_s": settings.smtp_timeout_s,
            "retries": settings.smtp_retries,
            "backoff_s": settings.smtp_backoff_s,
            **overrides,
        }
        return cls(settings.smtp_host, settings.smtp_port, **options)  # type: ignore[arg-type]

    def __enter__(self) -> Mailer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            # The server may have gone first; then there is nothing left to close politely.
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._conn.quit()
            self._conn = None

    def send(self, message: EmailMessage) -> Outcome:
        """Hand `message` over, retrying temporary refusals with doubling back-off."""
        outcome = Outcome("temporary")
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self.backoff_s * 2 ** (attempt - 1))
            outcome = self._attempt(message)
            outcome = Outcome(outcome.status, outcome.detail, attempt + 1, outcome.reached)
            if outcome.status != "temporary":
                return outcome
        return outcome

    def _attempt(self, message: EmailMessage) -> Outcome:
        try:
            conn = self._connection()
        except (smtplib.SMTPException, OSError, ValueError) as exc:
            # Nothing was handed over. Even a 5xx here (a wrong password, no STARTTLS) is the
            # server's setup, not the recipient's: temporary, so the mail waits for a fix.
            self._drop()
            return Outcome("temporary", f"{self.host}:{self.port}: {exc}", reached=False)
        try:
            refused = conn.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            return _refusal(code, text)
        except smtplib.SMTPResponseException as exc:
            # MAIL FROM or DATA refused with a reply: the server said no, so nothing was delivered.
            if exc.smtp_code == 421:
                self._drop()  # 421: the server is closing the connection
            return _refusal(exc.smtp_code, exc.smtp_error)
        except (smtplib.SMTPException, OSError) as exc:
            # The connection broke mid-transaction: the server may have queued the message already.
            self._drop()
            return Outcome("unknown", f"connection to {self.host}:{self.port} lost: {exc}")
        if refused:
            code, text = next(iter(refused.values()))
            return _refusal(code, text)
        return Outcome("sent")

    def _connection(self) -> smtplib.SMTP:
        if self._conn is not None:
            # A server drops idle connections; a NOOP finds out before a message is in flight,
            # so that a broken connection never turns a clean refusal into "unknown".
            try:
                if self._conn.noop()[0] == 250:
                    return self._conn
            except (smtplib.SMTPException, OSError):
                pass
            self._drop()
        conn = smtplib.SMTP(self.host, self.port, timeout=self.timeout_s)
        try:
            conn.ehlo()
            if self.starttls:
                conn.starttls(context=self.tls_context or ssl.create_default_context())
                conn.ehlo()
            if self.user:
                conn.login(self.user, self.password)
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        return conn

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _refusal(code: int, text: bytes | str) -> Outcome:
    words = text.decode(errors="replace") if isinstance(text, bytes) else text
    status: Status = "temporary" if 400 <= code < 500 else "permanent"
    return Outcome(status, f"{code} {words}".strip())
