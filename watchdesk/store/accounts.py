"""Edge: user accounts, server-side sessions and the login lock, over one database connection.

`Store` exposes these as methods; this module holds the SQL and the policy numbers so that
store.py stays a list of domain verbs. Passwords are hashed with argon2id and never stored.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, RowMapping, select
from sqlalchemy.exc import IntegrityError

from watchdesk.errors import AccountError, LoginRefused
from watchdesk.store import schema

ROLES = ("reader", "analyst", "editor", "admin")  # each may do all that the ones before it may
MAX_FAILURES = 5  # failed logins per account, or per client address, before a lock
FAILURE_WINDOW = timedelta(minutes=15)  # failures older than this are forgotten
LOCK_DURATION = timedelta(minutes=15)
MIN_PASSWORD_CHARS = 8
_NAME = re.compile(r"[\w.@-]{1,100}")

_hasher = PasswordHasher()  # argon2id with the library's current recommended cost


@dataclass(frozen=True, slots=True)
class User:
    """A person who can log in to the desk."""

    id: int
    name: str
    role: str
    language: str | None = None

    def can(self, role: str) -> bool:
        """True when this user's role is `role` or above it."""
        return ROLES.index(self.role) >= ROLES.index(role)


@dataclass(frozen=True, slots=True)
class Session:
    """A logged-in browser: the cookie token, the form token tied to it, and its user."""

    token: str
    csrf_token: str
    user: User
    expires_at: datetime


def check_role(role: str) -> str:
    """Return `role` if it is one of ROLES; raise AccountError otherwise."""
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    return role


def add_user(conn: Connection, name: str, password: str, role: str, language: str | None) -> User:
    if not _NAME.fullmatch(name):
        raise AccountError(f"{name!r} is not a user name: letters, digits and . @ _ - only")
    row = {
        "name": name,
        "password_hash": _hash(password),
        "role": check_role(role),
        "language": language,
        "created_at": _now(),
    }
    if conn.execute(select(schema.users.c.id).where(schema.users.c.name == name)).first():
        raise AccountError(f"user {name!r} exists already")
    try:
        key = conn.execute(schema.users.insert().values(row)).inserted_primary_key
    except IntegrityError:
        raise AccountError(f"user {name!r} exists already") from None
    assert key is not None  # an INSERT of one row always reports its key
    return User(int(key[0]), name, role, language)


def users(conn: Connection) -> list[User]:
    rows = conn.execute(select(schema.users).order_by(schema.users.c.name)).all()
    return [_user(row._mapping) for row in rows]


def user(conn: Connection, name: str) -> User | None:
    row = conn.execute(select(schema.users).where(schema.users.c.name == name)).first()
    return _user(row._mapping) if row else None


def update_user(conn: Connection, name: str, **values: object) -> User:
    u = schema.users
    if "password" in values:
        values["password_hash"] = _hash(str(values.pop("password")))
    if "role" in values:
        check_role(str(values["role"]))
    if conn.execute(u.update().where(u.c.name == name).values(**values)).rowcount == 0:
        raise AccountError(f"no user called {name!r}")
    found = user(conn, name)
    assert found is not None  # just updated
    if "password_hash" in values:
        # A new password ends every session the old one opened.
        conn.execute(schema.sessions.delete().where(schema.sessions.c.user_id == found.id))
    return found


def remove_user(conn: Connection, name: str) -> bool:
    u = schema.users
    found = user(conn, name)
    if found is None:
        return False
    # Sessions go with the user (ON DELETE CASCADE); deleted explicitly for SQLite databases
    # opened without foreign keys by another tool.
    conn.execute(schema.sessions.delete().where(schema.sessions.c.user_id == found.id))
    conn.execute(u.delete().where(u.c.id == found.id))
    return True


def log_in(
    conn: Connection, name: str, password: str, client: str, ttl: timedelta
) -> Session | LoginRefused:
    """Check the password unless the account or address is locked, then open a session.

    A refusal is returned, not raised, so that the caller commits the failure it counted.
    """
    now = _now()
    keys = (f"user:{name}"[:200], f"ip:{client}"[:200])
    locked = _locked_until(conn, keys, now)
    if locked is not None:
        return LoginRefused("too many failed logins; try again later", locked)
    row = conn.execute(select(schema.users).where(schema.users.c.name == name)).first()
    # An unknown name is checked against a dummy hash: it costs as much time as a wrong password.
    stored = row.password_hash if row is not None else _dummy_hash()
    if not _verify(stored, password) or row is None:
        until = max((_fail(conn, key, now) for key in keys), key=_sortable)
        return LoginRefused("wrong user name or password", until)
    lf = schema.login_failures
    conn.execute(lf.delete().where(lf.c.key.in_(keys)))
    if _hasher.check_needs_rehash(stored):
        conn.execute(
            schema.users.update()
            .where(schema.users.c.id == row.id)
            .values(password_hash=_hash(password))
        )
    return start_session(conn, _user(row._mapping), ttl)


def start_session(conn: Connection, who: User, ttl: timedelta) -> Session:
    s = schema.sessions
    now = _now()
    conn.execute(s.delete().where(s.c.expires_at < now))  # expired sessions are only clutter
    token, csrf_token = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    conn.execute(
        s.insert().values(
            token_hash=_digest(token),
            user_id=who.id,
            csrf_token=csrf_token,
            created_at=now,
            expires_at=now + ttl,
        )
    )
    return Session(token, csrf_token, who, now + ttl)


def session(conn: Connection, token: str) -> Session | None:
    s, u = schema.sessions, schema.users
    row = conn.execute(
        select(s.c.csrf_token, s.c.expires_at, u)
        .select_from(s.join(u))
        .where(s.c.token_hash == _digest(token), s.c.expires_at > _now())
    ).first()
    if row is None:
        return None
    return Session(token, row.csrf_token, _user(row._mapping), row.expires_at)


def end_session(conn: Connection, token: str) -> None:
    conn.execute(schema.sessions.delete().where(schema.sessions.c.token_hash == _digest(token)))


def _locked_until(conn: Connection, keys: tuple[str, ...], now: datetime) -> datetime | None:
    lf = schema.login_failures
    rows = conn.execute(
        select(lf.c.locked_until).where(lf.c.key.in_(keys), lf.c.locked_until > now)
    ).all()
    return max((row.locked_until for row in rows), default=None)


def _fail(conn: Connection, key: str, now: datetime) -> datetime | None:
    """Count one failure against `key`; return the end of the lock if this one set it."""
    lf = schema.login_failures
    row = conn.execute(select(lf).where(lf.c.key == key)).first()
    if row is None or row.first_failed_at < now - FAILURE_WINDOW:
        values: dict[str, object] = {"failures": 1, "first_failed_at": now, "locked_until": None}
    else:
        values = {"failures": row.failures + 1}
    failures = int(str(values["failures"]))
    locked = now + LOCK_DURATION if failures >= MAX_FAILURES else None
    if locked is not None:
        # The count starts afresh once the lock ends.
        values = {"failures": 0, "first_failed_at": now, "locked_until": locked}
    if row is None:
        conn.execute(lf.insert().values(key=key, **values))
    else:
        conn.execute(lf.update().where(lf.c.key == key).values(**values))
    return locked


def _sortable(value: datetime | None) -> datetime:
    return value or datetime.min.replace(tzinfo=UTC)


def _hash(password: str) -> str:
    if len(password) < MIN_PASSWORD_CHARS:
        raise AccountError(f"a password needs at least {MIN_PASSWORD_CHARS} characters")
    return _hasher.hash(password)


@cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_hex(16))


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _user(row: RowMapping) -> User:
    return User(row["id"], row["name"], row["role"], row["language"])


def _now() -> datetime:
    return datetime.now(UTC)
