"""The desk's web application: HTML pages and a JSON API over the same store."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources
from urllib.parse import quote

from fastapi import FastAPI, Request, Response
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from watchdesk import __version__
from watchdesk.errors import WatchdeskError
from watchdesk.settings import SECRET_PLACEHOLDER, Settings
from watchdesk.store import open_store
from watchdesk.web import (
    access_log,
    api,
    api_account,
    api_analysis,
    api_briefs,
    api_themes,
    nul_guard,
    pages,
    routes_account,
    routes_briefs,
    routes_docs,
    routes_dossier,
    routes_graph,
    routes_newsletter,
    routes_profiles,
    routes_public,
    routes_questions,
    routes_queues,
    routes_themes,
)
from watchdesk.web.deps import LoginRequired
from watchdesk.web.templating import render

# Everything the desk needs is served by itself: no CDN, no inline script, no framing.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def create_app(settings: Settings) -> FastAPI:
    """Build the app for one store; nothing is opened at import time."""
    if settings.secret_key == SECRET_PLACEHOLDER and settings.environment != "development":
        raise WatchdeskError(
            "WATCHDESK_SECRET_KEY is still the placeholder; set a long random value"
            " (python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    app = FastAPI(
        title="watchdesk",
        version=__version__,
        docs_url=None,  # routes_docs serves Swagger UI from static/
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=_lifespan,
    )
    app.state.store = open_store(settings.db)
    app.state.settings = settings
    app.include_router(api.router)
    app.include_router(api_account.router)
    app.include_router(api_analysis.router)
    app.include_router(api_themes.router)
    app.include_router(api_briefs.router)
    app.include_router(pages.router)
    app.include_router(routes_account.login_router)
    app.include_router(routes_account.router)
    app.include_router(routes_profiles.router)
    app.include_router(routes_queues.router)
    app.include_router(routes_questions.router)
    app.include_router(routes_graph.router)
    app.include_router(routes_themes.router)
    app.include_router(routes_dossier.router)
    app.include_router(routes_dossier.api_router)
    app.include_router(routes_briefs.router)
    app.include_router(routes_public.router)
    app.include_router(routes_newsletter.router)
    app.include_router(routes_docs.router)
    app.add_exception_handler(LoginRequired, _login_required)
    app.add_exception_handler(HTTPException, _http_error)
    static = resources.files("watchdesk.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    app.middleware("http")(nul_guard.refuse_nul)
    app.middleware("http")(access_log.log_requests)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


async def _login_required(request: Request, exc: Exception) -> Response:
    """The API answers 401; a page sends the browser to the login form and back."""
    if _is_api(request):
        return JSONResponse({"detail": "log in first"}, status_code=401)
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


async def _http_error(request: Request, exc: Exception) -> Response:
    """Errors of pages are pages; errors of the API stay JSON."""
    assert isinstance(exc, HTTPException)
    if _is_api(request) and exc.status_code == 422 and isinstance(exc.detail, str):
        # The OpenAPI document promises every 422 in FastAPI's shape (a list of problems), so a
        # client reads a refused filter or body as it reads a refused type.
        problem = {"loc": ["request"], "msg": exc.detail, "type": "value_error"}
        return JSONResponse({"detail": [problem]}, status_code=422, headers=exc.headers)
    if _is_api(request) or exc.status_code < 400:
        return await http_exception_handler(request, exc)
    return render(request, "error.html", exc.status_code, status=exc.status_code, detail=exc.detail)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.store.close()
