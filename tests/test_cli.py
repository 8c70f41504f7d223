"""The CLI end to end, through Typer's runner, against real files and a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watchdesk.cli import app

ARTICLE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Crossings stay shut, president says | Northgate Herald</title>
<meta property="og:site_name" content="Northgate Herald">
<meta property="article:published_time" content="2026-02-20T09:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Crossings stay shut, president says</h1>
<p>Norvaland's border crossings will stay closed until March 3, President Aldis Varro said on
Thursday, contradicting his defence minister.</p>
<p>"No date has been set for reopening the crossings," Varro told reporters in the capital.</p>
<p>Defence Minister Ilse Brandvik said on Monday that the crossings would reopen next week. She
added that some 4,500 Karesian soldiers remain about 60 miles from the capital.</p>
</article>
<footer>© Northgate Herald</footer>
</body></html>
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "inbox" / "crossings.html"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_analyze_prints_the_stable_contract(runner, article_file):
    result = runner.invoke(app, ["analyze", str(article_file)])

    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["language"] == "en"
    assert body["published"] == "2026-02-20"
    for key in ("title", "text", "entities", "statements", "quantities", "times", "commitments"):
        assert key in body
    for item in body["statements"] + body["entities"] + body["quantities"] + body["times"]:
        assert 0 <= item["start"] <= item["end"] <= len(body["text"])


def test_analyze_resolves_speakers_to_full_names_and_dates_to_iso(runner, article_file):
    body = json.loads(runner.invoke(app, ["analyze", str(article_file)]).stdout)

    speakers = {s["speaker"] for s in body["statements"]}
    assert {"Aldis Varro", "Ilse Brandvik"} <= speakers
    for statement in body["statements"]:
        assert body["text"][statement["start"] : statement["end"]] == statement["content"]
    assert "2026-03-03" in {t["value"] for t in body["times"]}


def test_analyze_shows_where_each_speaker_is_named(runner, article_file):
    body = json.loads(runner.invoke(app, ["analyze", str(article_file)]).stdout)

    named = {
        body["text"][s["speaker_start"] : s["speaker_end"]]
        for s in body["statements"]
        if s["speaker_start"] is not None
    }
    assert {"Aldis Varro", "Varro"} & named
    assert any("Brandvik" in words for words in named)
    for statement in body["statements"]:
        if statement["speaker_start"] is not None:
            assert 0 <= statement["speaker_start"] < statement["speaker_end"] <= len(body["text"])


def test_analyze_of_a_bad_file_is_one_line_naming_it(runner, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")

    result = runner.invoke(app, ["analyze", str(empty)])

    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "empty.html" in lines[0]


def test_ingest_stores_good_files_and_names_each_bad_one(runner, db, article_file):
    inbox = article_file.parent
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (inbox / "menu.html").write_bytes(b"<html><body><nav>Home | News</nav></body></html>")
    with (inbox / "huge.html").open("wb") as huge:  # sparse: 50 MB on paper, nothing on disk
        huge.truncate(50 * 1024 * 1024)

    result = runner.invoke(app, ["ingest", str(inbox), "--db", db])

    assert result.exit_code == 0, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 4
    for name in ("empty.txt", "binary.html", "menu.html", "huge.html"):
        assert sum(name in line for line in errors) == 1
    assert "1 stored" in result.stdout


def test_ingesting_twice_stores_once(runner, db, article_file):
    runner.invoke(app, ["ingest", str(article_file), "--db", db])
    again = runner.invoke(app, ["ingest", str(article_file), "--db", db, "--json"])

    assert json.loads(again.stdout) == {"stored": 0, "unchanged": 1, "failed": 0, "db": db}


def test_statements_json_lines_carry_speaker_content_and_article(runner, db, article_file):
    runner.invoke(app, ["ingest", str(article_file), "--db", db])

    result = runner.invoke(app, ["statements", "--speaker", "varro", "--json", "--db", db])

    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    assert {r["speaker"] for r in records} == {"Aldis Varro"}
    assert all(r["article"]["title"] == "Crossings stay shut, president says" for r in records)


def test_statements_page_by_offset_and_say_how_to_see_the_rest(runner, db, article_file):
    runner.invoke(app, ["ingest", str(article_file), "--db", db])
    every = runner.invoke(app, ["statements", "--json", "--db", db]).stdout.splitlines()

    first = runner.invoke(app, ["statements", "--json", "--limit", "1", "--db", db])
    second = runner.invoke(
        app, ["statements", "--json", "--limit", "1", "--offset", "1", "--db", db]
    )

    assert len(every) >= 2
    assert first.stdout.splitlines() == every[:1]
    assert second.stdout.splitlines() == every[1:2]
    assert f"1 of {len(every)} statements shown" in first.stderr
    assert "--offset 1" in first.stderr


def test_statements_table_is_readable(runner, db, article_file):
    runner.invoke(app, ["ingest", str(article_file), "--db", db])

    result = runner.invoke(app, ["statements", "--db", db])

    assert result.exit_code == 0
    assert "Brandvik" in result.stdout


def test_ingest_with_published_date_applies_to_undated_text(runner, db, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(
        "Border talks\n\nThe interior ministry said the crossings would reopen on Monday.\n"
    )

    runner.invoke(app, ["ingest", str(note), "--published", "2026-02-18", "--db", db])
    result = runner.invoke(app, ["statements", "--json", "--db", db])

    assert json.loads(result.stdout.splitlines()[0])["article"]["published"] == "2026-02-18"


def test_bad_date_option_is_a_usage_error(runner, article_file):
    result = runner.invoke(app, ["analyze", str(article_file), "--published", "Tuesday"])

    assert result.exit_code == 2
    assert "not a date" in result.output


def test_db_status_counts_rows(runner, db, article_file):
    runner.invoke(app, ["ingest", str(article_file), "--db", db])

    counts = json.loads(runner.invoke(app, ["db", "status", "--json", "--db", db]).stdout)["counts"]

    assert counts["articles"] == 1
    assert counts["statements"] >= 2


def test_theme_add_then_list_and_re_add_replaces(tmp_path):
    from typer.testing import CliRunner

    from watchdesk.cli import app

    db = f"sqlite:///{tmp_path / 'themes.db'}"
    runner = CliRunner()
    first = runner.invoke(
        app, ["theme", "add", "Drills", "--keywords", "drills, учения", "--db", db]
    )
    again = runner.invoke(
        app, ["theme", "add", "Drills", "--keywords", "drills", "--entity", "Lisma", "--db", db]
    )
    listed = runner.invoke(app, ["theme", "list", "--json", "--db", db])

    assert first.exit_code == 0, first.output
    assert "Updated" in again.output
    assert listed.output.strip() == (
        '{"name": "Drills", "keywords": ["drills"], "entities": ["Lisma"]}'
    )
