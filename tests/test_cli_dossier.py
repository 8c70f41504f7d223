"""`watchdesk brief dossier`: a theme's week from the shell, as a table or one JSON object."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from watchdesk.cli import app
from watchdesk.records import Conflict, LinkedStatement
from watchdesk.store import open_store
from watchdesk.store.analysis import LinkedRow

runner = CliRunner()


@pytest.fixture
def db(tmp_path, make_raw, make_processed) -> str:
    """Two articles a week apart on the crossings (W08 and W09), contradicting each other."""
    url = f"sqlite:///{tmp_path / 'dossier.db'}"
    store = open_store(url)
    keys = []
    for n, day in enumerate((date(2026, 2, 16), date(2026, 2, 23))):
        page = f"https://herald.example/crossings-{n}"
        document_id, _ = store.add_document(make_raw(uri=page))
        article_id = store.save_article(
            document_id, make_processed(url=page, published=day, site=f"Outlet {n}")
        )
        stored = store.article(article_id)
        assert stored is not None
        statement = stored.processed.statements[0]
        key = f"{n}" * 32
        keys.append(key)
        linked = LinkedStatement(
            key=key,
            speaker=statement.speaker,
            speaker_key=statement.speaker.lower(),
            content=statement.content,
            language="en",
            published=day,
            article_url=page,
            polarity="deny" if n else "affirm",
        )
        # The W09 article also tells of Saturday 21 February, in W08.
        report = LinkedStatement(
            key="r" * 32,
            speaker=f"Outlet {n}",
            speaker_key="",
            content="Two border crossings closed on Saturday.",
            language="en",
            published=day,
            article_url=page,
            dates=("2026-02-21",),
        )
        store.save_linked(article_id, [LinkedRow(linked, 0), *([LinkedRow(report, None)] * n)])
    store.save_conflicts([Conflict(keys[0], keys[1], "polarity", "reopen against not")])
    store.add_theme("Crossings", ["crossings"])
    store.close()
    return url


def _dossier(db: str, *options: str) -> dict[str, object]:
    result = runner.invoke(
        app, ["brief", "dossier", "--theme", "Crossings", "--json", "--db", db, *options]
    )
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    return json.loads(line)


def test_dossier_json_has_the_contract_keys_for_the_week_asked(db):
    found = _dossier(db, "--week", "2026-W08")

    assert {
        "theme",
        "week",
        "start",
        "end",
        "statements",
        "conflicts",
        "commitments",
        "numbers",
        "suggested_trend",
        "trend_reasons",
    } <= found.keys()
    assert (found["theme"], found["week"], found["start"], found["end"]) == (
        "Crossings",
        "2026-W08",
        "2026-02-16",
        "2026-02-22",
    )
    [statement] = found["statements"]
    assert statement["content"] == "Norvaland will reopen the border crossings next week"
    assert statement["statement_id"] is not None
    assert statement["article_id"] is not None
    assert found["conflicts"] == []  # raised the week after
    # Printed in W09, it happened in W08.
    [event] = found["events"]
    assert (event["day"], event["published"], event["content"]) == (
        "2026-02-21",
        "2026-02-23",
        "Two border crossings closed on Saturday.",
    )


def test_dossier_without_a_week_is_the_newest_and_holds_its_new_conflict(db):
    found = _dossier(db)

    assert found["week"] == "2026-W09"
    assert found["events"] == []
    [conflict] = found["conflicts"]
    assert (conflict["kind"], conflict["new"], conflict["reason"]) == (
        "polarity",
        True,
        "reopen against not",
    )
    assert found["suggested_trend"] in ("worse", "improved", "same", "mixed")
    assert all(r["text"] for r in found["trend_reasons"])


def test_dossier_of_a_range_of_days_spans_both_weeks(db):
    found = _dossier(db, "--from", "2026-02-16", "--to", "2026-02-28")

    assert (found["week"], found["start"], found["end"]) == (None, "2026-02-16", "2026-02-28")
    assert len(found["statements"]) == 1  # the same words said twice are one entry
    assert found["statements"][0]["restated"] == 2


def test_dossier_table_shows_the_suggested_trend_and_its_reasons(db):
    result = runner.invoke(app, ["brief", "dossier", "--theme", "Crossings", "--db", db])

    assert result.exit_code == 0, result.output
    assert "Suggested trend:" in result.stdout
    assert "2026-W09" in result.stdout


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--theme", "Nowhere"], "no theme 'Nowhere'"),
        (["--theme", "Crossings", "--week", "2026-W60"], "not an ISO week"),
    ],
)
def test_dossier_refuses_an_unknown_theme_or_week_with_one_line(db, options, message):
    result = runner.invoke(app, ["brief", "dossier", *options, "--db", db])

    assert result.exit_code == 1
    assert message in result.output
