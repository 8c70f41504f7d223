"""detect_language: ISO 639-1 code of a text, or "und" when it cannot tell."""

from __future__ import annotations

import subprocess
import sys

import pytest

from watchdesk.extract.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The defence ministry said the troops would stay until the drills end.", "en"),
        ("Министерство обороны заявило, что войска останутся до окончания учений.", "ru"),
        ("Міністерство оборони заявило, що війська залишаться до кінця навчань.", "uk"),
        ("Das Verteidigungsministerium erklärte, die Truppen würden bis März bleiben.", "de"),
        ("Le ministère de la Défense a déclaré que les troupes resteraient jusqu'en mars.", "fr"),
    ],
)
def test_language_of_a_news_sentence_is_detected(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   \n\n ", "12,000 — 3.3.2026", "!!! ???", "ok"])
def test_empty_or_unreadable_text_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


def test_newlines_do_not_reach_the_model() -> None:
    text = "The ministry said on Monday\nthat the troops\n\nwould stay until March."
    assert detect_language(text) == "en"


def test_only_the_opening_of_a_long_text_is_read() -> None:
    english = "The ministry said the troops would stay until the end of the drills. " * 40
    russian = "Министерство обороны заявило, что войска останутся. " * 400
    assert detect_language(english + russian) == "en"


def test_importing_the_module_loads_no_model() -> None:
    code = "import sys, watchdesk.extract.language; print('fasttext' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
