"""`python -m watchdesk` runs the CLI."""

from watchdesk.cli import app

app()
