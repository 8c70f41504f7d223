"""The `watchdesk` command: a thin shell over pipeline, store and web.

Store-backed commands print tables for people and, with --json, the same records as JSON lines.
One module per group of commands.
"""

# Importing a module registers its commands; `watchdesk --help` lists them in this order.
from watchdesk.cli import articles, desk, sources, users, analysis, themes, briefs  # noqa: F401, I001
from watchdesk.cli import newsletter  # noqa: F401
from watchdesk.cli.shell import app

__all__ = ["app"]
