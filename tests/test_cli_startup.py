"""`watchdesk --help` starts without the pipeline, the store or the web app; commands load their
module when they run, and the list --help prints matches the commands the modules define."""

from __future__ import annotations

import subprocess
import sys

import typer.main
from typer.testing import CliRunner

from watchdesk.cli import app, load_commands
from watchdesk.cli.lazy import COMMANDS

HEAVY = ("sqlalchemy", "watchdesk.store", "watchdesk.pipeline", "spacy", "numpy", "fastapi")


def test_help_imports_none_of_the_heavy_modules():
    probe = (
        "import sys\n"
        "from watchdesk.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)

    assert "conflicts" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_lazy_list_names_every_command_with_its_module_and_help():
    load_commands()
    group = typer.main.get_command(app)
    defined = {}
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        callback = command.callback
        if callback is None or callback.__module__ == "typer.main":
            sub = next(g for g in app.registered_groups if g.name == name).typer_instance
            callback = sub.registered_commands[0].callback
        module = callback.__module__.removeprefix("watchdesk.cli.")
        defined[name] = (module, command.get_short_help_str(200))

    assert defined == COMMANDS


def test_a_command_runs_though_its_module_was_not_loaded():
    result = CliRunner().invoke(app, ["conflicts", "--help"])

    assert result.exit_code == 0
    assert "--confirm" in result.stdout
