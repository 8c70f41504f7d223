"""JSON API for people: sessions for scripts, the caller's own account, and (admins) users.

A script logs in with POST /api/v1/session, keeps the cookie, and sends the returned
`csrf_token` as the X-CSRF-Token header on every write.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi import HTTPException, Request, Response
from pydantic import BaseModel, Field

from watchdesk.errors import AccountError, LoginRefused
from watchdesk.store import Session, User
from watchdesk.web.api_router import api_v1_router
from watchdesk.web.deps import (
    SESSION_COOKIE,
    Admin,
    LoggedIn,
    SessionDep,
    SettingsDep,
    StoreDep,
    client_address,
)
from watchdesk.web.routes_account import set_session_cookie
from watchdesk.web.templating import LANGUAGES

router = api_v1_router("people")


class Credentials(BaseModel):
    name: str = Field(max_length=100)
    password: str = Field(max_length=1000)


class NewUser(Credentials):
    role: str = "reader"
    language: str | None = None


class UserChange(BaseModel):
    role: str | None = None
    password: str | None = Field(None, max_length=1000)


class LanguageChange(BaseModel):
    language: str | None


def user_json(user: User) -> dict[str, Any]:
    return {"name": user.name, "role": user.role, "language": user.language}


def _session_json(session: Session) -> dict[str, Any]:
    return {
        "user": user_json(session.user),
        "csrf_token": session.csrf_token,
        "expires_at": session.expires_at.isoformat(),
    }


@router.post("/session")
def log_in(
    body: Credentials,
    request: Request,
    response: Response,
    store: StoreDep,
    settings: SettingsDep,
) -> dict[str, Any]:
    """Log in: sets the session cookie and returns the CSRF token for writes.

    A JSON body cannot be sent cross-site without CORS, which the desk does not allow; that is
    this route's CSRF protection, so the content type is checked (FastAPI would read a body
    without one as JSON too).
    """
    if not request.headers.get("content-type", "").startswith("application/json"):
        raise HTTPException(415, "send the credentials as application/json")
    try:
        session = store.log_in(
            body.name,
            body.password,
            client=client_address(request),
            ttl=timedelta(hours=settings.session_hours),
        )
    except LoginRefused as refused:
        if refused.locked_until is not None:
            raise HTTPException(429, str(refused)) from None
        raise HTTPException(401, str(refused)) from None
    set_session_cookie(request, response, session)
    return _session_json(session)


@router.delete("/session", status_code=204)
def log_out(store: StoreDep, session: SessionDep, response: Response) -> None:
    """End the caller's session."""
    if session is not None:
        store.end_session(session.token)
    response.delete_cookie(SESSION_COOKIE, path="/")


@router.get("/me")
def me(_: LoggedIn, session: SessionDep) -> dict[str, Any]:
    """The caller's account and the CSRF token of this session."""
    assert session is not None  # LoggedIn refuses anonymous callers
    return _session_json(session)


@router.put("/me/language")
def set_language(body: LanguageChange, store: StoreDep, user: LoggedIn) -> dict[str, Any]:
    """Set the caller's interface language (null follows the browser)."""
    if body.language is not None and body.language not in LANGUAGES:
        raise HTTPException(422, f"unknown interface language; use one of {list(LANGUAGES)}")
    return user_json(store.set_language(user.name, body.language))


@router.get("/users")
def list_users(store: StoreDep, _: Admin) -> list[dict[str, Any]]:
    """Every account with its role."""
    return [user_json(u) for u in store.users()]


@router.post("/users", status_code=201)
def add_user(body: NewUser, store: StoreDep, _: Admin) -> dict[str, Any]:
    """Create an account."""
    try:
        return user_json(
            store.add_user(body.name, body.password, body.role, language=body.language)
        )
    except AccountError as exc:
        raise HTTPException(422, str(exc)) from None


@router.patch("/users/{name}")
def change_user(name: str, body: UserChange, store: StoreDep, admin: Admin) -> dict[str, Any]:
    """Change an account's role or password."""
    if name == admin.name and body.role is not None:
        raise HTTPException(409, "you cannot change your own role")
    if store.user(name) is None:
        raise HTTPException(404, "no such user")
    try:
        if body.password is not None:
            store.set_password(name, body.password)
        if body.role is not None:
            store.set_role(name, body.role)
    except AccountError as exc:
        raise HTTPException(422, str(exc)) from None
    found = store.user(name)
    assert found is not None  # checked above
    return user_json(found)


@router.delete("/users/{name}", status_code=204)
def remove_user(name: str, store: StoreDep, admin: Admin) -> None:
    """Delete an account and end its sessions."""
    if name == admin.name:
        raise HTTPException(409, "you cannot remove your own account")
    if not store.remove_user(name):
        raise HTTPException(404, "no such user")
