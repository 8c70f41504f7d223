"""Concurrency: `watchdesk` processes started together on one fresh store all open it (each migrates
the store it opens; they raced on creating the tables), on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys


def start(db: str, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "watchdesk", *args, "--db", db],
        env={**os.environ, "WATCHDESK_DB": db},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_commands_started_together_on_a_fresh_store_all_open_it(store_url: str) -> None:
    """Each migrates the store it opens; they used to race ("table sources already exists")."""
    listing = [start(store_url, "source", "list") for _ in range(3)]
    errors = [p.communicate(timeout=120)[1].decode() for p in listing]
    assert [p.returncode for p in listing] == [0, 0, 0], errors
