"""Russian fixtures: natasha loaded once per session, and a parse helper."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from watchdesk.nlp.ru.parse import parse_ru


@pytest.fixture(scope="session")
def parse_ru_text() -> Callable[[str], Any]:
    """Parse a Russian text with the real natasha pipeline (models load on the first call)."""
    parse_ru("Прогрев.")  # load the models once, so the first test does not pay for it
    return parse_ru
