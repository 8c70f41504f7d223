"""English and Russian interface: per user, else by Accept-Language; the catalogues are complete."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from watchdesk.web.templating import _accepted

ROOT = Path(__file__).parents[2]
LOCALE = ROOT / "watchdesk" / "web" / "locale"
RUSSIAN_PO = LOCALE / "ru" / "LC_MESSAGES" / "messages.po"


def test_russian_browser_gets_russian_labels(client):
    page = client.get("/", headers={"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5"})

    assert '<html lang="ru">' in page.text
    assert "Сегодня" in page.text
    assert "Кто что сказал" in page.text
    assert "Who said what" not in page.text
    assert page.headers["content-language"] == "ru"


def test_english_is_the_default(client):
    page = client.get("/", headers={"Accept-Language": "de-DE,fr;q=0.8"})

    assert '<html lang="en">' in page.text
    assert "Who said what" in page.text


def test_the_users_own_language_beats_the_browser(client):
    client.post("/settings/language", data={"language": "ru", "next": "/statements"})

    page = client.get("/statements", headers={"Accept-Language": "en"})

    assert "Высказывания" in page.text
    assert client.get("/api/v1/me").json()["user"]["language"] == "ru"


def test_anonymous_login_form_follows_the_browser(anon):
    page = anon.get("/login", headers={"Accept-Language": "ru"})

    assert "Имя пользователя" in page.text


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ru-RU,ru;q=0.9", ["ru-ru", "ru", "ru", "ru"]),
        ("en;q=0.2, ru", ["ru", "ru", "en", "en"]),
        ("*;q=0, garbage;q=x", []),
    ],
)
def test_accept_language_is_read_by_quality(header, expected):
    assert _accepted(header) == expected


def test_every_interface_string_has_a_russian_translation():
    method_map = [
        ("watchdesk/web/**.py", "python"),
        ("watchdesk/web/templates/**.html", "jinja2"),
        ("watchdesk/newsletter/**.py", "python"),  # the newsletter's mail
        ("watchdesk/newsletter/templates/**", "jinja2"),
    ]
    options = {
        "watchdesk/web/templates/**.html": {"extensions": "jinja2.ext.i18n"},
        "watchdesk/newsletter/templates/**": {"extensions": "jinja2.ext.i18n"},
    }
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
    found = {
        message if isinstance(message, str) else message[0]
        for _, _, message, _, _ in extract_from_dir(
            str(ROOT), method_map, options, keywords=keywords
        )
    }
    with RUSSIAN_PO.open("rb") as po:
        catalogue = read_po(po)
    translated = {
        (m.id if isinstance(m.id, str) else m.id[0])
        for m in catalogue
        if m.id and m.string and all(m.string if isinstance(m.string, tuple) else [m.string])
    }

    assert found - translated == set(), "run `make messages` and translate the new strings"


def test_compiled_catalogue_matches_its_source():
    with RUSSIAN_PO.open("rb") as po, RUSSIAN_PO.with_suffix(".mo").open("rb") as mo:
        source, compiled = read_po(po), read_mo(mo)

    assert _pairs(source) == _pairs(compiled)


def _pairs(catalogue) -> dict[object, object]:
    # read_mo gives plural forms as lists, read_po as tuples.
    def same(value: object) -> object:
        return tuple(value) if isinstance(value, list | tuple) else value

    return {same(m.id): same(m.string) for m in catalogue if m.id}
