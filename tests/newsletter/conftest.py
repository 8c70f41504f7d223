"""The newsletter's tests run against a real SMTP server on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from local_smtp import Inbox, serve_smtp


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    with serve_smtp() as served:
        yield served
