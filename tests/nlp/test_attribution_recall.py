"""Attribution classes met in real reporting (issue 9) and the crash of issue 13.

Each test names a class of language and uses a sentence written for it, not one from a corpus.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from watchdesk.cli import app
from watchdesk.nlp.entities import find_entities
from watchdesk.nlp.statements import find_statements


@pytest.fixture
def statements(parse):
    def run(text):
        doc = parse(text)
        found = find_statements(doc, find_entities(doc))
        for statement in found:
            assert statement.span.slice(doc.text) == statement.content
        return found

    return run


def _by_content(found, content):
    matches = [s for s in found if s.content == content]
    assert len(matches) == 1, found
    return matches[0]


# --- issue 13: no runaway walks ------------------------------------------------------------------


def test_a_name_joined_to_a_plural_party_noun_does_not_recurse(statements):
    # "companies" looks back for parties named together, and its own phrase is such a pair.
    text = "Halvard Steel and other companies have blamed a surge of cheap fuel for weak sales."
    statement = _by_content(statements(text), "a surge of cheap fuel for weak sales")
    assert statement.speakers[-1] == "other companies"
    assert len(statement.speakers) == 2


def test_a_long_list_of_joint_subjects_is_walked_without_recursion(statements):
    names = ", ".join(f"Delegate{i}" for i in range(400))
    found = statements(f"{names} and the chair said that the vote would wait.")
    assert all(s.content != "" for s in found)


def test_analyze_reports_a_stage_failure_in_one_line(monkeypatch, tmp_path):
    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("watchdesk.cli.articles.process", broken)
    path = tmp_path / "note.txt"
    path.write_text("The mayor said the bridge would reopen.", encoding="utf-8")

    result = CliRunner().invoke(app, ["analyze", str(path)])

    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "note.txt" in lines[0]
    assert "RecursionError" in lines[0]
