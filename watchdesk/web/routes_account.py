"""HTML pages for people: log in and out, the interface language, and (admins) the user list."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from watchdesk.errors import AccountError, LoginRefused
from watchdesk.store import Session
from watchdesk.web.deps import (
    CSRF_FIELD,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    Admin,
    LoggedIn,
    SessionDep,
    SettingsDep,
    StoreDep,
    check_csrf,
    client_address,
    login_form_token,
)
from watchdesk.web.templating import LANGUAGES, gettext_for, render

# The login form is the one form without a session: it carries its own CSRF token (deps.py).
login_router = APIRouter(include_in_schema=False)
router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])


def safe_next(target: str | None) -> str:
    """Only same-site paths: "//evil.example" would make the login an open redirect."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    return target


def set_session_cookie(request: Request, response: Response, session: Session) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        session.token,
        expires=session.expires_at,
        path="/",
        httponly=True,
        samesite="lax",  # links from mail into the desk keep the login; forms carry CSRF tokens
        secure=request.url.scheme == "https",
    )


@login_router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, settings: SettingsDep, next: str = "/") -> HTMLResponse:
    """The login form; it sets the nonce cookie its CSRF token is signed from."""
    return _login_form(request, settings, next)


def _login_form(
    request: Request, settings: SettingsDep, next: str, error: str = "", status: int = 200
) -> HTMLResponse:
    nonce = secrets.token_urlsafe(32)
    response = render(
        request,
        "login.html",
        status_code=status,
        next=safe_next(next),
        error=error,
        login_token=login_form_token(settings, nonce),
    )
    response.set_cookie(
        LOGIN_COOKIE,
        nonce,
        path="/login",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@login_router.post("/login", response_class=HTMLResponse)
def log_in(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    csrf_token: Annotated[str, Form(alias=CSRF_FIELD)] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    """Check the form's token and the password, then set the session cookie."""
    _ = gettext_for(request).gettext
    nonce = request.cookies.get(LOGIN_COOKIE, "")
    if not nonce or not secrets.compare_digest(csrf_token, login_form_token(settings, nonce)):
        return _login_form(request, settings, next, _("The form expired; please log in again."))
    try:
        session = store.log_in(
            name,
            password,
            client=client_address(request),
            ttl=timedelta(hours=settings.session_hours),
        )
    except LoginRefused as refused:
        if refused.locked_until is not None:
            message = _("Too many failed logins. Try again in 15 minutes.")
            return _login_form(request, settings, next, message, status=429)
        return _login_form(request, settings, next, _("Wrong user name or password."), 401)
    response = RedirectResponse(safe_next(next), status_code=303)
    set_session_cookie(request, response, session)
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout")
def log_out(request: Request, store: StoreDep, session: SessionDep) -> Response:
    """End the session on the server and forget the cookie."""
    if session is not None:
        store.end_session(session.token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/settings/language")
def set_language(
    store: StoreDep,
    user: LoggedIn,
    language: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    """Remember the user's interface language ("" follows the browser)."""
    if language and language not in LANGUAGES:
        raise HTTPException(422, "unknown interface language")
    store.set_language(user.name, language or None)
    return RedirectResponse(safe_next(next), status_code=303)


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, store: StoreDep, admin: Admin, error: str = "") -> HTMLResponse:
    """Every account with its role; admins add, change and remove them here."""
    return render(request, "users.html", users=store.users(), me=admin, error=error)


@router.post("/admin/users", response_class=HTMLResponse)
def add_user(
    request: Request,
    store: StoreDep,
    admin: Admin,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    role: Annotated[str, Form()] = "reader",
) -> Response:
    """Create an account."""
    try:
        store.add_user(name, password, role)
    except AccountError as exc:
        return render(request, "users.html", 422, users=store.users(), me=admin, error=str(exc))
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{name}/role", response_class=HTMLResponse)
def change_role(
    request: Request, store: StoreDep, admin: Admin, name: str, role: Annotated[str, Form()]
) -> Response:
    """Give an account another role; admins cannot demote themselves."""
    if name == admin.name:
        raise HTTPException(409, "you cannot change your own role")
    try:
        store.set_role(name, role)
    except AccountError as exc:
        return render(request, "users.html", 422, users=store.users(), me=admin, error=str(exc))
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{name}/remove")
def remove_user(store: StoreDep, admin: Admin, name: str) -> Response:
    """Delete an account and end its sessions; admins cannot remove themselves."""
    if name == admin.name:
        raise HTTPException(409, "you cannot remove your own account")
    if not store.remove_user(name):
        raise HTTPException(404, "no such user")
    return RedirectResponse("/admin/users", status_code=303)
