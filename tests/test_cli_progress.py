"""The progress bar of long commands, drawn on a real terminal (a pseudo-terminal)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

DRAW = """
from watchdesk.cli.progress import progress_bar
with progress_bar("backfill") as advance:
    advance.plan(3)
    for name in ("a.html", "b.html", "c.html"):
        advance(name)
print("done")
"""


def test_the_bar_draws_on_a_terminal_and_the_command_goes_on():
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-c", DRAW],
            stdout=subprocess.PIPE,
            stderr=terminal,
            text=True,
            timeout=60,
            check=False,
        )
        os.close(terminal)
        terminal = -1
        drawn = _read_all(controller)
    finally:
        if terminal >= 0:
            os.close(terminal)
        os.close(controller)
    assert done.returncode == 0, drawn
    assert done.stdout == "done\n"
    assert "backfill" in drawn
    assert "3/3" in drawn


def _read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the terminal's other end closed: all is read
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode(errors="replace")
