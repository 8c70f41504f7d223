"""`watchdesk conflicts`: keys as printed (or any unique start of one) confirm and dismiss; open
flags are listed by default with their status; piped output is tab-separated lines."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest
from typer.testing import CliRunner

from watchdesk.cli import app
from watchdesk.records import Conflict, LinkedStatement
from watchdesk.store.analysis import LinkedRow

runner = CliRunner()
SPEAKERS = ["Aldis Varro", "Ilse Brandvik", "Mira Osk", "Tom Kael", "Edda Rune", "Pell Hart"]
SPEAKERS += ["Lio Vance", "Anja Tell"]


@pytest.fixture
def flags(store, store_url, make_raw, make_processed) -> list[str]:
    """28 conflicts between 8 statements of 4 articles: more keys than hex digits, so two of
    them share their first character."""
    keys = []
    for n in range(4):
        url = f"https://velsk.example/{n}"
        document_id, _ = store.add_document(make_raw(uri=url))
        article_id = store.save_article(document_id, make_processed(url=url))
        stored = store.article(article_id)
        rows = []
        for idx, statement in enumerate(stored.processed.statements[:2]):
            key = f"{n}{idx}".ljust(32, "f")
            speaker = SPEAKERS[2 * n + idx]  # one voice a statement: no two flags merge
            record = LinkedStatement(
                key=key,
                speaker=speaker,
                speaker_key=speaker.lower(),
                content=statement.content,
                language="en",
                published=stored.ref.published,
                article_url=url,
            )
            rows.append(LinkedRow(record, idx))
            keys.append(key)
        store.save_linked(article_id, rows)
    conflicts = [
        Conflict(a, b, "polarity", "one says yes, one says no") for a, b in combinations(keys, 2)
    ]
    store.save_conflicts(conflicts)
    return [c.key for c in conflicts]


def _run(store_url: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["conflicts", *args, "--db", store_url])


def test_a_printed_key_confirms_its_flag(store_url, flags):
    listed = _run(store_url).stdout.splitlines()
    printed = listed[1].split("\t")[-1]

    confirmed = _run(store_url, "--confirm", printed)

    assert confirmed.exit_code == 0, confirmed.output
    assert len(printed) == 12
    assert printed not in confirmed.stdout  # open flags only, by default
    every = _run(store_url, "--all").stdout.splitlines()
    [row] = [line.split("\t") for line in every if line.endswith(printed)]
    assert row[1] == "confirmed"


def test_an_ambiguous_start_is_refused_with_the_candidates(store_url, flags):
    shared, _ = Counter(key[0] for key in flags).most_common(1)[0]

    result = _run(store_url, "--dismiss", shared)

    assert result.exit_code == 1
    assert "ambiguous" in result.stderr
    assert "give more characters" in result.stderr
    assert "dismissed" not in _run(store_url, "--all").stdout


def test_a_start_no_key_has_is_refused(store_url, flags):
    result = _run(store_url, "--confirm", "not-a-key")

    assert result.exit_code == 1
    assert "no conflict key starts with 'not-a-key'" in result.stderr


def test_piped_output_is_a_header_and_one_tab_separated_line_per_flag(store_url, flags):
    lines = _run(store_url, "--all").stdout.splitlines()

    assert lines[0].split("\t") == ["sure", "status", "kind", "first", "second", "reason", "key"]
    assert len(lines) == 1 + len(flags)
    assert all(len(line.split("\t")) == 7 for line in lines)
    assert not any("…" in line for line in lines)  # whole values, not cut to a column
