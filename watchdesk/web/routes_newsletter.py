"""Public newsletter pages: subscribe, confirm by the mailed link, and leave in one click.

No login and no session: the signed tokens in the links are the credentials. The unsubscribe
URL answers RFC 8058's one-click POST from mail clients directly, without a CSRF token (the
token in the URL is what a forger cannot have); a visitor who opens it gets a button instead.

The subscribe form has no session to bind a CSRF token to, so it binds one to a nonce cookie,
as the login form does: another site could otherwise make its visitors' browsers post the form
and mail confirmation requests (and spend the rate limit) from their addresses.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from watchdesk.newsletter import subscription
from watchdesk.newsletter.smtp import Mailer
from watchdesk.settings import Settings
from watchdesk.web.deps import CSRF_FIELD, SettingsDep, StoreDep, client_address
from watchdesk.web.templating import choose_language, gettext_for, render

router = APIRouter(include_in_schema=False)

WEB_RETRIES = 1  # a visitor waits for the confirmation mail; the sending run retries longer
WEB_BACKOFF_S = 1.0
FORM_COOKIE = "wd_subscribe"  # the nonce the subscribe form's CSRF token is signed from


def form_token(settings: Settings, nonce: str) -> str:
    """The subscribe form's CSRF token: the cookie's nonce signed with the secret key (under a
    name of its own, so no other form's token fits it)."""
    message = f"subscribe:{nonce}".encode()
    return hmac.new(settings.secret_key.encode(), message, hashlib.sha256).hexdigest()


@router.get("/newsletter", response_class=HTMLResponse)
def subscribe_page(request: Request, store: StoreDep, settings: SettingsDep) -> HTMLResponse:
    """The form: address, language of the mail, themes (none ticked: every theme)."""
    language = choose_language(request)
    return _form(
        request,
        store,
        settings,
        language=language if language in subscription.LANGUAGES else "en",
    )


def _form(
    request: Request,
    store: StoreDep,
    settings: Settings,
    *,
    status: int = 200,
    error: str = "",
    email: str = "",
    language: str = "en",
    chosen: tuple[int, ...] = (),
) -> HTMLResponse:
    nonce = secrets.token_urlsafe(32)
    response = render(
        request,
        "newsletter.html",
        status,
        themes=store.themes(),
        mail_languages=subscription.LANGUAGES,
        error=error,
        email=email,
        language=language,
        chosen=chosen,
        form_token=form_token(settings, nonce),
    )
    response.set_cookie(
        FORM_COOKIE,
        nonce,
        path="/newsletter",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/newsletter", response_class=HTMLResponse)
def subscribe(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    email: Annotated[str, Form(max_length=1000)],
    language: Annotated[str, Form()] = "en",
    theme: Annotated[list[int] | None, Form()] = None,
    csrf_token: Annotated[str, Form(alias=CSRF_FIELD, max_length=200)] = "",
) -> HTMLResponse:
    """Record the request and mail the confirmation link; the page never says who subscribed."""
    _ = gettext_for(request).gettext
    address = subscription.normal_email(email)
    chosen = tuple(theme or ())
    nonce = request.cookies.get(FORM_COOKIE, "")
    if not nonce or not hmac.compare_digest(csrf_token, form_token(settings, nonce)):
        # Nothing is recorded or mailed; a visitor whose form went stale sends it again.
        error = _("The form expired; please send it again.")
        shown = language if language in subscription.LANGUAGES else "en"
        return _form(
            request,
            store,
            settings,
            status=403,
            error=error,
            email=email,
            language=shown,
            chosen=chosen,
        )
    if address is None or language not in subscription.LANGUAGES:
        error = _("Please give an e-mail address, like name@example.org.")
        return _form(
            request,
            store,
            settings,
            status=422,
            error=error,
            email=email,
            language="en",
            chosen=chosen,
        )
    mailer = Mailer.from_settings(settings, retries=WEB_RETRIES, backoff_s=WEB_BACKOFF_S)
    asked = subscription.ask_to_subscribe(
        store,
        settings,
        mailer,
        email=address,
        language=language,
        themes=chosen,
        client=client_address(request),
    )
    if asked == "limited":
        message = _("Too many subscription requests. Please try again later.")
        return render(request, "newsletter_message.html", 429, title=message, message="")
    if asked == "mail_failed":
        message = _("The confirmation mail could not be sent just now. Please try again later.")
        return render(request, "newsletter_message.html", 503, title=message, message="")
    return render(
        request,
        "newsletter_message.html",
        title=_("Check your inbox"),
        message=_(
            "If %(email)s can receive our mail, a confirmation link is on its way."
            " The subscription starts when you open it."
        )
        % {"email": address},
    )


@router.get("/newsletter/confirm", response_class=HTMLResponse)
def confirm_page(
    request: Request, store: StoreDep, settings: SettingsDep, token: str = ""
) -> HTMLResponse:
    """A button that confirms: link checkers that open every mailed URL confirm nothing."""
    if not subscription.confirmation_is_valid(store, settings, token):
        return _invalid_link(request)
    return render(request, "newsletter_confirm.html", token=token)


@router.post("/newsletter/confirm", response_class=HTMLResponse)
def confirm(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    token: Annotated[str, Form(max_length=200)] = "",
) -> HTMLResponse:
    _ = gettext_for(request).gettext
    if subscription.confirm(store, settings, token) is None:
        return _invalid_link(request)
    return render(
        request,
        "newsletter_message.html",
        title=_("You are subscribed"),
        message=_("The next weekly briefs of your themes will come to your inbox."),
    )


@router.get("/newsletter/unsubscribe", response_class=HTMLResponse)
def unsubscribe_page(
    request: Request, store: StoreDep, settings: SettingsDep, token: str = ""
) -> HTMLResponse:
    """A button that unsubscribes, posting what a mail client's one click posts."""
    if not subscription.unsubscribe_is_valid(store, settings, token):
        return _invalid_link(request)
    return render(request, "newsletter_unsubscribe.html", token=token)


@router.post("/newsletter/unsubscribe", response_class=HTMLResponse)
def unsubscribe(
    request: Request, store: StoreDep, settings: SettingsDep, token: str = ""
) -> HTMLResponse:
    """RFC 8058 one-click unsubscribe: the token is in the URL, the body is ignored."""
    _ = gettext_for(request).gettext
    if not subscription.unsubscribe(store, settings, token):
        return _invalid_link(request)
    return render(
        request,
        "newsletter_message.html",
        title=_("You are unsubscribed"),
        message=_("No more weekly briefs will be mailed to you."),
    )


def _invalid_link(request: Request) -> HTMLResponse:
    _ = gettext_for(request).gettext
    return render(
        request,
        "newsletter_message.html",
        400,
        title=_("This link does not work"),
        message=_("It may have expired or been cut short. You can subscribe again at any time."),
        again=True,
    )
