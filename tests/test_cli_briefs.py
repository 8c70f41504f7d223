"""`watchdesk brief list` and `brief publish`: the brief workflow's last step from the shell."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from watchdesk.cli import app
from watchdesk.store import open_store

runner = CliRunner()


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'briefs.db'}"


@pytest.fixture
def brief_id(db) -> int:
    store = open_store(db)
    theme = store.add_theme("Crossings", ["crossings"])
    brief = store.create_brief(theme.id, "2026-W08", by="maria")
    store.save_brief_version(brief.id, "en", headline="Mixed", lead="", body="", by="maria")
    store.close()
    return brief.id


def _listed(db: str, *options: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["brief", "list", "--json", "--db", db, *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_brief_list_says_which_language_is_missing(db, brief_id):
    [listed] = _listed(db)

    assert (listed["id"], listed["week"], listed["status"]) == (brief_id, "2026-W08", "draft")
    assert listed["missing"] == ["ru"]
    assert listed["versions"][0]["headline"] == "Mixed"
    assert _listed(db, "--status", "published") == []


def test_brief_list_table_names_the_missing_version(db, brief_id):
    result = runner.invoke(app, ["brief", "list", "--db", db])

    assert result.exit_code == 0, result.output
    assert "ru missing" in result.stdout


def test_brief_publish_refuses_an_unpaired_brief_with_the_reason(db, brief_id):
    result = runner.invoke(app, ["brief", "publish", str(brief_id), "--db", db])

    assert result.exit_code == 1
    assert "no ru version" in result.output
    assert _listed(db)[0]["status"] == "draft"


def test_brief_publish_publishes_both_versions_and_writes_who(db, brief_id):
    store = open_store(db)
    store.save_brief_version(brief_id, "ru", headline="Смешанно", lead="", body="", by="ivan")
    store.set_brief_trend(brief_id, "mixed", by="maria")

    result = runner.invoke(app, ["brief", "publish", str(brief_id), "--by", "olga", "--db", db])

    assert result.exit_code == 0, result.output
    assert {p.language for p in store.published_briefs()} == {"en", "ru"}
    assert store.brief_history(brief_id)[-1].by == "olga"
    store.close()
