"""Shared fixtures of the English annotation tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from watchdesk.nlp.entities import find_entities
from watchdesk.nlp.statements import find_statements
from watchdesk.records import Statement


@pytest.fixture
def statements(parse: Callable[[str], Doc]) -> Callable[[str], list[Statement]]:
    """Statements of a text, each checked to slice back to its own words and cue."""

    def run(text: str) -> list[Statement]:
        doc = parse(text)
        found = find_statements(doc, find_entities(doc))
        for statement in found:
            assert statement.span.slice(doc.text) == statement.content
            assert statement.cue_span is not None
            assert statement.cue_span.slice(doc.text) == statement.cue
        return found

    return run
