"""/api/docs is served from the desk's own files under the same strict policy as every page."""

from __future__ import annotations

import re

from watchdesk.web.app import CONTENT_SECURITY_POLICY


def test_api_docs_load_only_the_desks_own_scripts(anon):
    page = anon.get("/api/docs")

    assert page.status_code == 200
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page.text, re.DOTALL)
    assert scripts
    assert all(body.strip() == "" for _, body in scripts), "no inline script"
    for asset in re.findall(r'(?:src|href)="([^"]+)"', page.text):
        assert asset.startswith(("/", "http://testserver/")), asset
        assert anon.get(asset).status_code == 200, asset


def test_the_vendored_swagger_ui_carries_its_licence(anon):
    licence = anon.get("/static/swagger-ui-5.35.0.LICENSE.txt")

    assert "Apache License" in licence.text
    assert "SmartBear" in licence.text
