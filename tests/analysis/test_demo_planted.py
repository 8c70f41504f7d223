"""The demo corpus end to end: every conflict and promise planted in demo/planted.json is found."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from watchdesk.ingest.files import read_inputs
from watchdesk.link import commitment_statuses, conflict_json, ranked_conflicts
from watchdesk.pipeline import ingest
from watchdesk.store import open_store

DEMO = Path(__file__).resolve().parents[2] / "demo"
PLANTED = json.loads((DEMO / "planted.json").read_text(encoding="utf-8"))
AS_OF = date(2026, 2, 20)  # the last day of the corpus


def _norm(text):
    return " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").split())


def _says(statement, quote):
    # The statement stage may cut a quote short or run on past it; 40 characters pin it down.
    return _norm(quote)[:40] in _norm(statement.content)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, parser):
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}")
    report = ingest(read_inputs([DEMO / "corpus"], max_bytes=10_000_000), store, parser)
    assert report.stored == 36, report.errors
    yield store
    store.close()


@pytest.mark.parametrize("planted", PLANTED["conflicts"], ids=lambda p: p["id"])
def test_every_planted_conflict_is_flagged(demo_store, planted):
    a, b = planted["a"]["quote"], planted["b"]["quote"]

    flagged = [
        c
        for c in demo_store.conflicts()
        for first, second in c.pairs
        if (_says(first, a) and _says(second, b)) or (_says(first, b) and _says(second, a))
    ]

    assert flagged, f"{planted['id']}: {a!r} vs {b!r} not flagged"
    assert all(c.conflict.reason and c.conflict.triggers for c in flagged)


def test_a_disagreement_restated_is_one_flag_with_every_pair(demo_store):
    # Marovska's "troops will leave by February 15", said again in several articles, against
    # Varro's "a decision on withdrawal has not been made": one flag, each restatement a pair.
    [flag] = [
        c
        for c in demo_store.conflicts()
        if c.conflict.kind == "definite_vs_undecided"
        and any(
            _says(second, "A decision on withdrawal has not been made") for _, second in c.pairs
        )
        and any(
            _says(first, "Our troops will leave Norvaland by February 15") for first, _ in c.pairs
        )
    ]

    assert len(flag.pairs) >= 3
    assert (flag.first, flag.second) == flag.pairs[0]


@pytest.mark.parametrize("planted", PLANTED["commitments"], ids=lambda p: p["id"])
def test_every_planted_promise_is_a_watch_item_with_its_due_date(demo_store, planted):
    items = [
        (item, status)
        for item, status in commitment_statuses(demo_store, AS_OF)
        if _says(item.statement, planted["quote"])
    ]

    assert items, f"{planted['id']}: {planted['quote']!r} is no watch item"
    assert planted["due"] in {status.due for _, status in items}


# The outcome each planted promise has on the corpus's last day. P7 is planted "kept", but its
# due date (25 February, "within two weeks" of 11 February) falls after the corpus ends on
# 20 February, and a promise is never kept before it is due: the gold is inconsistent with that
# rule, so P7 is expected "open" here (its "kept" evidence, the families' return, is attached).
OUTCOMES = {
    **{p["id"]: p["outcome"] for p in PLANTED["commitments"]},
    "P7": "open",
}


@pytest.mark.parametrize("planted", PLANTED["commitments"], ids=lambda p: p["id"])
def test_every_planted_promise_comes_out_as_planted(demo_store, planted):
    statuses = sorted(
        (
            (item.statement.published, status)
            for item, status in commitment_statuses(demo_store, AS_OF)
            if _says(item.statement, planted["quote"])
        ),
        key=lambda pair: pair[0],
    )
    _, status = statuses[0]

    assert status.status == OUTCOMES[planted["id"]], [e.reason for e in status.evidence]
    if status.status in ("kept", "broken"):
        assert all(e.reason and e.triggers for e in status.evidence)


def test_no_promise_verdict_is_contradicted_by_its_first_evidence(demo_store):
    # Issue 9: "broken" while the first report says it was done (or the other way round) means
    # the evidence is about something else, or the verdict ignores it.
    contradicted = [
        (item.statement.content[:60], status.status, status.evidence[0].reason)
        for item, status in commitment_statuses(demo_store, AS_OF)
        if status.status in ("kept", "broken")
        and status.evidence
        and status.evidence[0].verdict in ("kept", "broken")
        and status.evidence[0].verdict != status.status
    ]

    assert contradicted == []


def test_the_queue_stays_readable(demo_store):
    # 9 planted conflicts; benchmarks/conflicts.py judges the rest (precision 0.96 when written).
    assert len(demo_store.conflicts()) <= 30


def test_copies_of_one_story_never_flag_each_other(demo_store):
    for flag in demo_store.conflicts():
        urls = {flag.first.article_url, flag.second.article_url}
        stories = {
            member.url: story.id
            for url in urls
            for story in [demo_store.story(_article_id(demo_store, url))]
            if story is not None
            for member in story.members
        }
        first, second = (stories.get(flag.first.article_url), stories.get(flag.second.article_url))
        assert first is None or first != second


def _article_id(store, url):
    return next(ref.id for ref in store.articles(limit=100) if ref.url == url)


def test_flags_are_listed_surest_first_each_with_both_stances(demo_store):
    flags = ranked_conflicts(demo_store)
    confidences = [f.confidence for f in flags]

    assert confidences == sorted(confidences, reverse=True)
    assert all(c is not None and 0 < c < 1 for c in confidences)
    records = [conflict_json(f) for f in flags]
    assert {r["stances"]["first"]["position"] for r in records} <= {
        "affirm",
        "deny",
        "undecided",
        "conditional",
    }
    # A definite plan against a matter left open: one side of each such flag is undecided.
    undecided = [r for r in records if r["kind"] == "definite_vs_undecided"]
    assert undecided
    assert all(
        "undecided" in (r["stances"]["first"]["position"], r["stances"]["second"]["position"])
        for r in undecided
    )


def test_dismissing_a_date_flag_moves_the_other_date_flags_down(demo_store):
    dates = [f for f in ranked_conflicts(demo_store) if f.conflict.kind == "date"]
    assert len(dates) >= 2
    dismissed, others = dates[0], {f.disagreement: f.confidence for f in dates[1:]}
    demo_store.set_conflict_status(dismissed.conflict.key, "dismissed")
    try:
        after = {f.disagreement: f.confidence for f in ranked_conflicts(demo_store)}
    finally:
        demo_store.set_conflict_status(dismissed.conflict.key, "open")

    assert all(after[key] < before for key, before in others.items())
