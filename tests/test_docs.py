"""The docs keep up with the code: every setting and every CLI command is documented."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from watchdesk.cli import app, load_commands
from watchdesk.settings import Settings

load_commands()  # commands load lazily; the docs check needs every one

DOCS = Path(__file__).parents[1] / "docs"


def _commands(group: typer.Typer, prefix: str = "watchdesk") -> list[str]:
    names = [f"{prefix} {c.name or c.callback.__name__}" for c in group.registered_commands]
    for sub in group.registered_groups:
        names += _commands(sub.typer_instance, f"{prefix} {sub.name}")
    return names


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_in_the_settings_page(field):
    assert f"WATCHDESK_{field.upper()}" in (DOCS / "settings.md").read_text()


@pytest.mark.parametrize("command", _commands(app))
def test_every_command_is_in_the_cli_page(command):
    assert f"`{command}" in (DOCS / "cli.md").read_text()


def test_readme_starts_with_the_two_commands():
    readme = (DOCS.parent / "README.md").read_text()
    quick_start = readme[readme.index("## Quick start") :][:600]

    assert "make run" in quick_start
    assert "make test" in quick_start
