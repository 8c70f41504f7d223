"""The API's interactive documentation, served from the desk's own files: no CDN, no inline script.

Swagger UI is vendored under `static/` with its licence (see docs/api.md); the page loads it and
`api-docs.js` starts it on the OpenAPI document, so the strict Content-Security-Policy holds here.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from watchdesk.web.templating import templates

SWAGGER_UI_VERSION = "5.35.0"

router = APIRouter()


@router.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI over /api/openapi.json."""
    return templates.TemplateResponse(
        request,
        "api_docs.html",
        {"swagger_ui": SWAGGER_UI_VERSION, "openapi_url": request.app.openapi_url},
    )
