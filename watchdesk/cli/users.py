"""Desk accounts and their roles."""

from __future__ import annotations

import json
import secrets
import sys
from collections.abc import Callable
from typing import Annotated

import typer
from rich.table import Table

from watchdesk.cli.shell import (
    DbOption,
    JsonOption,
    app,
    err,
    open_store_or_exit,
    out,
    print_table,
)
from watchdesk.errors import WatchdeskError

# -- users ---------------------------------------------------------------------------------------

user_app = typer.Typer(no_args_is_help=True, help="Desk accounts and their roles.")
app.add_typer(user_app, name="user")

RoleArgument = Annotated[str, typer.Argument(help="reader, analyst, editor or admin.")]
PasswordStdin = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from the first line of stdin.")
]
DEMO_USERS = ("reader", "analyst", "editor", "admin")  # one demo account per role, named after it


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def _account(action: Callable[[], object]) -> None:
    try:
        action()
    except WatchdeskError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="reader, analyst, editor or admin.")] = "reader",
    password_stdin: PasswordStdin = False,
    db: DbOption = None,
) -> None:
    """Create a desk account; the password is prompted for unless --password-stdin is given.

    Example:
        echo 's3cret-pass' | watchdesk user add maria --role analyst --password-stdin
    """
    password = _password(password_stdin)
    _, store = open_store_or_exit(db)
    _account(lambda: store.add_user(name, password, role))
    out.print(f"added {name} ({role})")


@user_app.command("list")
def user_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List desk accounts with their roles.

    Example:
        watchdesk user list
    """
    _, store = open_store_or_exit(db)
    found = store.users()
    if as_json:
        for u in found:
            sys.stdout.write(json.dumps({"name": u.name, "role": u.role, "language": u.language}))
            sys.stdout.write("\n")
        return
    table = Table("name", "role", "language")
    for u in found:
        table.add_row(u.name, u.role, u.language or "")
    print_table(table)


@user_app.command("role")
def user_role(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: RoleArgument,
    db: DbOption = None,
) -> None:
    """Give an account another role.

    Example:
        watchdesk user role maria editor
    """
    _, store = open_store_or_exit(db)
    _account(lambda: store.set_role(name, role))
    out.print(f"{name} is now {role}")


@user_app.command("password")
def user_password(
    name: Annotated[str, typer.Argument(help="Login name.")],
    password_stdin: PasswordStdin = False,
    db: DbOption = None,
) -> None:
    """Set a new password for an account and end its sessions.

    Example:
        watchdesk user password maria
    """
    password = _password(password_stdin)
    _, store = open_store_or_exit(db)
    _account(lambda: store.set_password(name, password))
    out.print(f"new password set for {name}")


@user_app.command("remove")
def user_remove(
    name: Annotated[str, typer.Argument(help="Login name.")], db: DbOption = None
) -> None:
    """Delete an account and end its sessions.

    Example:
        watchdesk user remove maria
    """
    _, store = open_store_or_exit(db)
    if not store.remove_user(name):
        err.print(f"error: no user called {name!r}", markup=False, highlight=False)
        raise typer.Exit(1)
    out.print(f"removed {name}")


@user_app.command("ensure-demo")
def user_ensure_demo(
    reset: Annotated[
        bool, typer.Option("--reset", help="Give the demo accounts a new password.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Give a demo database one account per role, and print the password of new ones.

    Accounts that exist keep their password, role and open sessions, so running it again (as
    `make run` does) logs nobody out; --reset gives them all a new password. Refuses a database
    that has other accounts: demo passwords are for demo databases only.

    Example:
        watchdesk user ensure-demo --db sqlite:///watchdesk.db
    """
    _, store = open_store_or_exit(db)
    others = [u.name for u in store.users() if u.name not in DEMO_USERS]
    if others:
        err.print("error: this database has real accounts; demo accounts are for demo databases")
        raise typer.Exit(1)
    missing = [name for name in DEMO_USERS if store.user(name) is None]
    if not missing and not reset:
        out.print(
            "Demo accounts exist (user name = role) and keep their password;"
            " `watchdesk user ensure-demo --reset` sets a new one."
        )
        return
    password = secrets.token_urlsafe(9)
    for name in DEMO_USERS if reset else missing:
        if store.user(name) is None:
            store.add_user(name, password, name)
        else:
            store.set_password(name, password)
    shown = ", ".join(DEMO_USERS if reset else missing)
    out.print(f"Demo accounts — user name = role, password for all: [bold]{password}[/]")
    out.print("  " + shown)
