"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives and can be told to refuse.

Shared by the newsletter, web and CLI tests: `with serve_smtp() as (inbox, port): ...`.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


@dataclass
class Inbox:
    """What the server received, and the refusals it still has to give."""

    messages: list[EmailMessage] = field(default_factory=list)
    refuse_data: list[str] = field(default_factory=list)  # replies to DATA, used up in order
    refuse_rcpt: dict[str, str] = field(default_factory=dict)  # address -> reply to RCPT TO
    # Set: a message is kept, then the reply waits for this event (a sender killed meanwhile
    # never learns that its message arrived). `arrived` is set when the message is kept.
    hold_reply: threading.Event | None = None
    arrived: threading.Event = field(default_factory=threading.Event)
    hang_up_after_data: bool = False  # keep the message, then close without a reply

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.refuse_data:
            return self.refuse_data.pop(0)
        parsed = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        self.arrived.set()
        if self.hang_up_after_data:
            server.transport.close()
        if self.hold_reply is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.hold_reply.wait, 30)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve_smtp(
    tls: ssl.SSLContext | None = None, logins: dict[str, str] | None = None
) -> Iterator[tuple[Inbox, int]]:
    """(inbox, port) of an SMTP server listening on 127.0.0.1 until the block ends.

    With `tls` the server offers STARTTLS and refuses mail before it; with `logins` (name →
    password) it asks for AUTH, which it accepts only over TLS.
    """
    inbox = Inbox()
    port = free_port()
    options: dict[str, Any] = {}
    if tls is not None:
        options |= {"tls_context": tls, "require_starttls": True}
    if logins is not None:

        def authenticator(server, session, envelope, mechanism, auth_data):
            known = logins.get(auth_data.login.decode())
            ok = known is not None and known == auth_data.password.decode()
            return AuthResult(success=ok, handled=False)  # handled=False: the server says 535

        options |= {"authenticator": authenticator, "auth_required": True}
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()
