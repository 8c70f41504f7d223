"""`watchdesk user …`: accounts from the command line, and demo logins for the demo database."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from typer.testing import CliRunner

from watchdesk.cli import app
from watchdesk.store import open_store

runner = CliRunner()
PASSWORD = "correct horse battery"


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'users.db'}"


def _users(db: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["user", "list", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_user_add_reads_the_password_from_stdin(db):
    result = runner.invoke(
        app,
        ["user", "add", "maria", "--role", "analyst", "--password-stdin", "--db", db],
        input=PASSWORD + "\n",
    )

    assert result.exit_code == 0, result.output
    assert _users(db) == [{"name": "maria", "role": "analyst", "language": None}]
    store = open_store(db)
    assert store.log_in("maria", PASSWORD, client="cli-test", ttl=timedelta(minutes=1))
    store.close()


def test_user_add_prompts_twice_for_the_password(db):
    result = runner.invoke(app, ["user", "add", "maria", "--db", db], input=f"{PASSWORD}\n" * 2)

    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--role", "overlord"], "unknown role"), ([], "at least 8")],
)
def test_user_add_refuses_bad_input_in_one_line(db, args, message):
    password = "short" if not args else PASSWORD
    result = runner.invoke(
        app, ["user", "add", "maria", *args, "--password-stdin", "--db", db], input=password
    )

    assert result.exit_code == 1
    assert message in result.output


def test_user_role_and_remove(db):
    runner.invoke(app, ["user", "add", "maria", "--password-stdin", "--db", db], input=PASSWORD)

    assert runner.invoke(app, ["user", "role", "maria", "editor", "--db", db]).exit_code == 0
    assert _users(db)[0]["role"] == "editor"
    assert runner.invoke(app, ["user", "remove", "maria", "--db", db]).exit_code == 0
    assert _users(db) == []
    assert runner.invoke(app, ["user", "remove", "maria", "--db", db]).exit_code == 1


def test_ensure_demo_prints_a_password_that_logs_in_every_role(db):
    result = runner.invoke(app, ["user", "ensure-demo", "--db", db])

    assert result.exit_code == 0, result.output
    password = re.search(r"password for all: (\S+)", result.stdout).group(1)
    assert {u["name"]: u["role"] for u in _users(db)} == {
        "reader": "reader",
        "analyst": "analyst",
        "editor": "editor",
        "admin": "admin",
    }
    store = open_store(db)
    assert store.log_in("admin", password, client="cli-test", ttl=timedelta(minutes=1))
    store.close()


def test_ensure_demo_leaves_a_database_with_real_accounts_alone(db):
    runner.invoke(app, ["user", "add", "maria", "--password-stdin", "--db", db], input=PASSWORD)

    result = runner.invoke(app, ["user", "ensure-demo", "--db", db])

    assert result.exit_code == 1
    assert [u["name"] for u in _users(db)] == ["maria"]


def test_ensure_demo_again_keeps_the_password_and_open_sessions(db):
    first = runner.invoke(app, ["user", "ensure-demo", "--db", db])
    password = re.search(r"password for all: (\S+)", first.stdout).group(1)
    store = open_store(db)
    session = store.log_in("analyst", password, client="cli-test", ttl=timedelta(minutes=5))

    again = runner.invoke(app, ["user", "ensure-demo", "--db", db])

    assert again.exit_code == 0, again.output
    assert password not in again.stdout
    assert store.session(session.token) is not None
    assert store.log_in("admin", password, client="cli-test", ttl=timedelta(minutes=1))
    store.close()


def test_ensure_demo_reset_sets_a_new_password(db):
    first = runner.invoke(app, ["user", "ensure-demo", "--db", db])
    old = re.search(r"password for all: (\S+)", first.stdout).group(1)

    reset = runner.invoke(app, ["user", "ensure-demo", "--reset", "--db", db])

    new = re.search(r"password for all: (\S+)", reset.stdout).group(1)
    store = open_store(db)
    assert new != old
    assert store.log_in("editor", new, client="cli-test", ttl=timedelta(minutes=1))
    store.close()
