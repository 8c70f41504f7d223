"""Shared fixtures: the English parser (loaded once) and small builders for records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from watchdesk.nlp.parse import Parser


@pytest.fixture(scope="session")
def parser() -> Parser:
    return Parser()


@pytest.fixture(scope="session")
def parse(parser: Parser) -> Callable[[str], Doc]:
    """Parse an English text with the real pipeline: `parse("He said ...")`."""
    return lambda text: parser.parse_text(text, "en")


@pytest.fixture
def published() -> date:
    return date(2026, 2, 20)  # a Friday
