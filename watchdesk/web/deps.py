"""Request-scoped dependencies: the store, the settings, the logged-in user and the CSRF check."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from watchdesk.settings import Settings
from watchdesk.store import SearchFilters, Session, Store, User
from watchdesk.store.themes import Theme
from watchdesk.web.flags import COMMITMENT_STATES, CONFLICT_KINDS, CONFLICT_STATUSES
from watchdesk.web.ids import row_id

SESSION_COOKIE = "wd_session"
LOGIN_COOKIE = "wd_login"  # nonce behind the login form's CSRF token (no session exists yet)
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class LoginRequired(Exception):
    """Raised by a role check for an anonymous request; pages redirect, the API answers 401."""


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[Store, Depends(_store)]
SettingsDep = Annotated[Settings, Depends(_settings)]


def current_session(request: Request) -> Session | None:
    """The session the request's cookie belongs to, looked up once per request."""
    if not hasattr(request.state, "session"):
        token = request.cookies.get(SESSION_COOKIE)
        request.state.session = _store(request).session(token) if token else None
    found: Session | None = request.state.session
    return found


SessionDep = Annotated[Session | None, Depends(current_session)]


def require(role: str) -> Callable[[Request], User | None]:
    """A dependency that lets through users with `role` or above.

    Anonymous visitors get through only to reading ("reader") and only when `public_read` is on;
    then the dependency returns None.
    """

    def check(request: Request) -> User | None:
        session = current_session(request)
        if session is None:
            if role == "reader" and _settings(request).public_read:
                return None
            raise LoginRequired
        if not session.user.can(role):
            raise HTTPException(403, f"this needs the {role} role")
        return session.user

    return check


Reader = Annotated[User | None, Depends(require("reader"))]
Analyst = Annotated[User, Depends(require("analyst"))]
Editor = Annotated[User, Depends(require("editor"))]
Admin = Annotated[User, Depends(require("admin"))]


def logged_in(request: Request) -> User:
    """The caller's own account: a session is needed whatever `public_read` lets visitors read."""
    session = current_session(request)
    if session is None:
        raise LoginRequired
    return session.user


LoggedIn = Annotated[User, Depends(logged_in)]  # own-account actions; never anonymous


async def check_csrf(request: Request) -> None:
    """Refuse a state-changing request of a session unless it carries the session's CSRF token.

    Forms send it as a hidden field, scripts and htmx as the X-CSRF-Token header. Requests
    without a session pass here and are refused by the route's role check instead.
    """
    if request.method in SAFE_METHODS:
        return
    session = current_session(request)
    if session is None:
        return
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()  # Starlette caches it: the route reads the same form
        field = form.get(CSRF_FIELD)
        sent = field if isinstance(field, str) else None
    if not sent or not hmac.compare_digest(sent, session.csrf_token):
        raise HTTPException(403, "CSRF token missing or wrong; reload the page and try again")


def login_form_token(settings: Settings, nonce: str) -> str:
    """The login form's CSRF token: the cookie's nonce signed with the secret key."""
    return hmac.new(settings.secret_key.encode(), nonce.encode(), hashlib.sha256).hexdigest()


def client_address(request: Request) -> str:
    """The client's address for the login lock (uvicorn resolves trusted proxy headers)."""
    return request.client.host if request.client else "unknown"


def _optional_date(value: str, name: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def search_filters(
    speaker: str = "",
    entity: str = "",
    site: str = "",
    language: str = "",
    since: str = "",
    until: str = "",
) -> SearchFilters:
    """Search filters from the query string; a form's empty fields mean "any"."""
    return SearchFilters(
        speaker=speaker or None,
        entity=entity or None,
        site=site or None,
        language=language or None,
        since=_optional_date(since, "since"),
        until=_optional_date(until, "until"),
    )


SearchFiltersDep = Annotated[SearchFilters, Depends(search_filters)]


@dataclass(frozen=True, slots=True)
class DateWindow:
    """Publication dates a desk list narrows to; None leaves that end open."""

    since: date | None = None
    until: date | None = None


def date_window(since: str = "", until: str = "") -> DateWindow:
    """From / to of a list's filter form, whose empty date fields mean "any"."""
    return DateWindow(_optional_date(since, "since"), _optional_date(until, "until"))


DateWindowDep = Annotated[DateWindow, Depends(date_window)]


def _choice(value: str, name: str, allowed: tuple[str, ...]) -> str | None:
    if value and value not in allowed:
        raise HTTPException(422, f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return value or None


@dataclass(frozen=True, slots=True)
class ConflictFilters:
    """What the conflicts queue narrows to; a form's empty fields mean "any"."""

    status: str | None = None
    kind: str | None = None
    question: int | None = None
    since: date | None = None
    until: date | None = None


def conflict_filters(
    status: str = "", kind: str = "", question: str = "", since: str = "", until: str = ""
) -> ConflictFilters:
    question_id = row_id(question)
    if question and question_id is None:
        raise HTTPException(422, f"question: {question!r} is not a question id")
    return ConflictFilters(
        status=_choice(status, "status", CONFLICT_STATUSES),
        kind=_choice(kind, "kind", CONFLICT_KINDS),
        question=question_id,
        since=_optional_date(since, "since"),
        until=_optional_date(until, "until"),
    )


ConflictFiltersDep = Annotated[ConflictFilters, Depends(conflict_filters)]


def commitment_filters(status: str = "", as_of: str = "") -> tuple[str | None, date]:
    """(status, the date to judge on: today unless `as_of` is given)."""
    return _choice(status, "status", COMMITMENT_STATES), _optional_date(
        as_of, "as_of"
    ) or date.today()


CommitmentFiltersDep = Annotated[tuple[str | None, date], Depends(commitment_filters)]


def theme_filter(store: StoreDep, theme: str = "") -> Theme | None:
    """The theme a queue narrows to (`?theme=ID`, as the theme cards link), or None for all."""
    if not theme:
        return None
    theme_id = row_id(theme)
    found = store.theme(theme_id) if theme_id is not None else None
    if found is None:
        raise HTTPException(422, f"theme: {theme!r} is not a theme id")
    return found


ThemeFilterDep = Annotated[Theme | None, Depends(theme_filter)]
