"""Jinja2 rendering for the desk: one environment, the interface language chosen per request.

The language is the user's own setting, else the browser's Accept-Language, else English.
Catalogues are gettext files under `locale/` (see docs/contributing for `make messages`).
"""

from __future__ import annotations

import gettext as gettext_module
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from babel.core import negotiate_locale
from babel.support import Translations
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import pass_eval_context
from jinja2.nodes import EvalContext
from markupsafe import Markup

from watchdesk import __version__
from watchdesk.store import ROLES
from watchdesk.web.deps import CSRF_FIELD, CSRF_HEADER, current_session
from watchdesk.web.reasons import say_reason, script_language

LANGUAGES = {"en": "English", "ru": "Русский"}  # interface languages, by catalogue code
DEFAULT_LANGUAGE = "en"


def N_(message: str) -> str:  # the gettext convention: marks text for extraction
    return message


# Role names are shown translated; they are data in the store, so extraction needs them here.
ROLE_LABELS = (N_("reader"), N_("analyst"), N_("editor"), N_("admin"))
# Flag kinds and states are data too (web/flags.py); the templates show them translated.
FLAG_LABELS = (
    *(N_("polarity"), N_("definite vs undecided"), N_("number"), N_("date")),
    *(N_("self contradiction"), N_("open"), N_("confirmed"), N_("dismissed")),
    *(N_("due"), N_("kept"), N_("broken"), N_("unclear")),
    *(N_("affirm"), N_("deny"), N_("undecided")),
    *(N_("ok"), N_("bad"), N_("new"), N_("paused")),
    *(N_("conditional"), N_("direct"), N_("indirect"), N_("according to")),
    *(N_("asserted"), N_("expected"), N_("planned"), N_("uncertain"), N_("question")),
)
# Details of the errors pages raise (error.html shows them translated).
ERROR_DETAILS = (
    *(N_("no such article"), N_("no such statement"), N_("no such entity")),
    *(N_("no such speaker"), N_("no such source"), N_("no such question")),
    *(N_("no such conflict"), N_("no such commitment"), N_("no such theme"), N_("no such user")),
    *(N_("a question needs a name"), N_("unknown interface language")),
    *(N_("you cannot change your own role"), N_("you cannot remove your own account")),
    N_("CSRF token missing or wrong; reload the page and try again"),
)
# Entity labels are the recogniser's codes; readers see them as words.
ENTITY_LABELS = {
    "PERSON": N_("person"),
    "PER": N_("person"),
    "ORG": N_("organisation"),
    "GPE": N_("country or city"),
    "LOC": N_("place"),
    "NORP": N_("nationality or group"),
    "FAC": N_("facility"),
    "EVENT": N_("event"),
    "PRODUCT": N_("product"),
    "LAW": N_("law"),
    "WORK_OF_ART": N_("work"),
}

templates = Jinja2Templates(directory=str(resources.files("watchdesk.web") / "templates"))
templates.env.add_extension("jinja2.ext.i18n")
templates.env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
templates.env.globals.update(version=__version__, languages=LANGUAGES, roles=ROLES)


def _external(url: str) -> str | None:
    """Link only http(s) URLs: a `javascript:` or `file:` URL from a page stays plain text."""
    return url if urlsplit(url).scheme in ("http", "https") else None


def _number(value: float) -> str:
    """4500.0 → "4,500"; 2.45 → "2.45"."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


templates.env.filters["external"] = _external
templates.env.filters["number"] = _number


def _lang_attribute(text: str | None, known: str | None = None) -> Markup:
    """` lang="en"` for source text (a statement, a title, a question's name): its own language
    when known, else the language of its script, so quoted text is not read as the interface's."""
    language = known or (script_language(text) if text else None)
    return Markup(' lang="{}"').format(language) if language else Markup("")


templates.env.filters["lang_attr"] = _lang_attribute
templates.env.globals["entity_labels"] = ENTITY_LABELS


@cache
def translations(language: str) -> gettext_module.NullTranslations:
    """The compiled catalogue of one interface language (English is the source text)."""
    if language == DEFAULT_LANGUAGE:
        return gettext_module.NullTranslations()
    directory = str(resources.files("watchdesk.web") / "locale")
    return Translations.load(directory, [language], domain="messages")


def choose_language(request: Request) -> str:
    """The user's language setting, else the best match of Accept-Language, else English."""
    session = current_session(request)
    if session is not None and session.user.language in LANGUAGES:
        return session.user.language
    preferred = _accepted(request.headers.get("accept-language", ""))
    return negotiate_locale(preferred, list(LANGUAGES), sep="-") or DEFAULT_LANGUAGE


def _accepted(header: str) -> list[str]:
    """Accept-Language codes, best first: "ru-RU,ru;q=0.9,en;q=0.5" → ["ru-RU", "ru", "en"]."""
    weighted: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")[:20]):
        code, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        if code and quality > 0:
            weighted.append((-quality, position, code.strip().lower()))
    # "ru-RU" alone should still pick the Russian catalogue: each code is followed by its base.
    return [c for _, _, code in sorted(weighted) for c in (code, code.split("-")[0])]


def gettext_for(request: Request) -> gettext_module.NullTranslations:
    """The catalogue for this request, for messages built in Python."""
    return translations(choose_language(request))


def _callables(catalogue: gettext_module.NullTranslations) -> dict[str, Any]:
    """gettext/ngettext in Jinja's "newstyle": placeholders filled, and escaped, by the call."""

    @pass_eval_context
    def gettext(eval_ctx: EvalContext, message: str, **variables: Any) -> str:
        text = catalogue.gettext(message)
        return (Markup(text) if eval_ctx.autoescape else text) % variables

    @pass_eval_context
    def ngettext(
        eval_ctx: EvalContext, singular: str, plural: str, num: int, **variables: Any
    ) -> str:
        variables.setdefault("num", num)
        text = catalogue.ngettext(singular, plural, num)
        return (Markup(text) if eval_ctx.autoescape else text) % variables

    return {"gettext": gettext, "_": gettext, "ngettext": ngettext}


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render a desk page with the user, the CSRF token and the interface language."""
    session = current_session(request)
    language = choose_language(request)
    catalogue = translations(language)
    response = templates.TemplateResponse(
        request,
        name,
        {
            **_callables(catalogue),
            "reason": lambda text: say_reason(text, catalogue),
            "lang": language,
            "user": session.user if session else None,
            "csrf_token": session.csrf_token if session else "",
            "csrf_field": CSRF_FIELD,
            "csrf_header": CSRF_HEADER,
            **context,
        },
        status_code=status_code,
    )
    response.headers["Content-Language"] = language
    response.headers["Vary"] = "Accept-Language, Cookie"
    return response
