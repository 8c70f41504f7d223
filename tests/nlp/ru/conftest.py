"""Russian fixtures: natasha loaded once per session, and a parse helper."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from watchdesk.nlp.ru.entities import find_entities_ru
from watchdesk.nlp.ru.parse import parse_ru
from watchdesk.nlp.ru.statements import find_statements_ru
from watchdesk.records import Statement


@pytest.fixture(scope="session")
def parse_ru_text() -> Callable[[str], Any]:
    """Parse a Russian text with the real natasha pipeline (models load on the first call)."""
    parse_ru("Прогрев.")  # load the models once, so the first test does not pay for it
    return parse_ru


@pytest.fixture
def statements(parse_ru_text: Callable[[str], Any]) -> Callable[[str], list[Statement]]:
    """Find the statements of a text; every span is checked to slice back to its content."""

    def run(text: str) -> list[Statement]:
        doc = parse_ru_text(text)
        found = find_statements_ru(doc, find_entities_ru(doc))
        for statement in found:
            assert statement.span.slice(text) == statement.content
        return found

    return run
