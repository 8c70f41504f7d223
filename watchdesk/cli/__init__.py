"""The `watchdesk` command: a thin shell over pipeline, store and web.

Store-backed commands print tables for people and, with --json, the same records as JSON lines.
One module per group of commands, imported when one of its commands runs (cli/lazy.py).
"""

from watchdesk.cli.lazy import load_commands
from watchdesk.cli.shell import app

__all__ = ["app", "load_commands"]
