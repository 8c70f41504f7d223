"""The analysis tables: statements by topic, conflicts whose verdicts survive, the registry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from watchdesk.records import Conflict, EntityRecord, LinkedStatement
from watchdesk.store.analysis import LinkedRow


def _article(store, make_raw, make_processed, uri):
    document_id, _ = store.add_document(make_raw(uri=uri))
    return store.save_article(document_id, make_processed(url=uri))


def _linked(key, content, day, topics=("c:troops", "e:karesi")):
    return LinkedStatement(
        key=key,
        speaker="Ilse Brandvik",
        speaker_key="ilse brandvik",
        content=content,
        language="en",
        published=date(2026, 2, day),
        article_url=f"https://news.example/{key}",
        topics=topics,
    )


def test_candidates_come_by_topic_and_window(store, make_raw, make_processed):
    first = _article(store, make_raw, make_processed, "https://news.example/a")
    second = _article(store, make_raw, make_processed, "https://news.example/b")
    store.save_linked(first, [LinkedRow(_linked("a", "About 4,500 troops", 1), 0)])
    store.save_linked(second, [LinkedRow(_linked("b", "Tanks", 2, ("c:armour",)), 0)])

    found = store.link_candidates(
        ["c:troops"], around=date(2026, 2, 3), window_days=7, exclude_article=second
    )

    assert [s.key for s in found] == ["a"]
    assert (
        store.link_candidates(
            ["c:troops"], around=date(2026, 6, 1), window_days=7, exclude_article=second
        )
        == []
    )


def test_statements_on_actions_come_in_one_look_up_reports_included(
    store, make_raw, make_processed
):
    article = _article(store, make_raw, make_processed, "https://news.example/a")
    store.save_linked(
        article,
        [
            LinkedRow(_linked("left", "Troops left", 3, ("a:withdraw",)), 0),
            LinkedRow(_linked("stay", "Units remain", 9, ("a:withdraw",)), None),  # a report
            LinkedRow(_linked("open", "Crossings reopened", 4, ("a:open",)), 1),
            LinkedRow(_linked("late", "Troops left at last", 25, ("a:withdraw",)), 2),
        ],
    )

    found = store.statements_on(
        ["a:withdraw", "a:open"], since=date(2026, 2, 2), until=date(2026, 2, 20)
    )

    assert [s.key for s in found] == ["left", "open", "stay"]  # oldest first, window kept


def test_statements_on_answers_for_more_topics_than_one_sqlite_query_holds(
    store, make_raw, make_processed
):
    # Tracking every promise of a large store asks for over 500 topics at once: SQLite's limit
    # on the terms of one compound SELECT.
    article = _article(store, make_raw, make_processed, "https://news.example/a")
    rows = [
        LinkedRow(_linked(f"s{n}", f"Statement {n}", 1 + n % 20, (f"h:thing{n}",)), n)
        for n in range(700)
    ]
    store.save_linked(article, rows)

    found = store.statements_on(
        [f"h:thing{n}" for n in range(700)] + ["h:thing3"],
        since=date(2026, 2, 1),
        until=date(2026, 2, 28),
    )

    assert len(found) == len({s.key for s in found}) == 700
    assert [s.published for s in found] == sorted(s.published for s in found)


def test_a_dismissed_conflict_stays_dismissed_when_found_again(store, make_raw, make_processed):
    first = _article(store, make_raw, make_processed, "https://news.example/a")
    second = _article(store, make_raw, make_processed, "https://news.example/b")
    store.save_linked(first, [LinkedRow(_linked("a", "About 4,500 troops", 1), 0)])
    store.save_linked(second, [LinkedRow(_linked("b", "At least 12,000 troops", 2), 0)])
    conflict = Conflict("a", "b", "number", "4,500 vs 12,000", ("4,500", "12,000"))

    assert store.save_conflicts([conflict]) == 1
    store.set_conflict_status(conflict.key, "dismissed")
    assert store.save_conflicts([replace(conflict, reason="again")]) == 0

    [stored] = store.conflicts()
    assert stored.status == "dismissed"
    assert (stored.first.content, stored.second.content) == (
        "About 4,500 troops",
        "At least 12,000 troops",
    )


def test_a_restated_disagreement_is_one_flag_and_a_dismissal_holds_for_new_restatements(
    store, make_raw, make_processed
):
    plan = ("a:withdraw", "c:troops")
    rows = {
        "a": _linked("a", "Our troops will leave by February 15", 2, plan),
        "a2": _linked("a2", "The troops would leave by 15 February", 4, plan),
        "b": _linked("b", "A decision on withdrawal has not been made", 6, plan),
        "a3": _linked("a3", "All troops will leave by 15 February", 8, plan),
        "c": _linked("c", "About 4,500 troops", 6),
    }
    rows["b"] = replace(rows["b"], speaker="Aldis Varro", speaker_key="aldis varro")
    for key, row in rows.items():
        article = _article(store, make_raw, make_processed, f"https://news.example/{key}")
        store.save_linked(article, [LinkedRow(row, 0)])
    undecided = [
        Conflict(k, "b", "definite_vs_undecided", "definite vs no decision") for k in ("a", "a2")
    ]
    other = Conflict("a", "c", "number", "a figure")
    store.save_conflicts([*undecided, other])

    flags = {f.conflict.kind: f for f in store.conflicts()}

    assert len(flags) == 2
    flag = flags["definite_vs_undecided"]
    assert [(a.key, b.key) for a, b in flag.pairs] == [("a", "b"), ("a2", "b")]
    assert flags["number"].pairs == ((flags["number"].first, flags["number"].second),)

    store.set_conflict_status(flag.conflict.key, "dismissed")
    store.save_conflicts([Conflict("b", "a3", "definite_vs_undecided", "restated later")])

    [again] = store.conflicts(status="dismissed")
    assert again.disagreement == flag.disagreement
    assert len(again.pairs) == 3
    assert [f.conflict.kind for f in store.conflicts(status="open")] == ["number"]


def test_merged_entities_share_their_aliases(store):
    store.save_entities(
        [
            EntityRecord("kyiv", "Kyiv", "GPE", ("Kyiv",)),
            EntityRecord("kiev city", "Kiev city", "GPE", ("Kiev city",)),
        ],
        {},
    )

    assert store.merge_entities("kyiv", "kiev city")
    assert store.known_aliases(["kiev city"]) == {"kiev city": "kyiv"}
    assert [e.key for e in store.registry()] == ["kyiv"]


def test_an_analysts_split_places_the_statement_for_good(store, make_raw, make_processed):
    article = _article(store, make_raw, make_processed, "https://news.example/a")
    question = store.add_question("How many troops?", ["c:troops"])
    store.save_linked(article, [LinkedRow(replace(_linked("a", "x", 1), question=question), 0)])

    split = store.split_question(["a"], "Troops at Kaldera")

    assert store.question_for("a") == split
    assert {q.name for q in store.questions()} == {"Troops at Kaldera"}


def test_a_generated_question_name_gives_way_but_an_analysts_name_stays(store):
    generated = store.add_question("Will the ferry reopen?", ["a:open", "s:ferry"])
    named = store.add_question("Ferry timetable", ["a:open", "s:ferry"])
    store.name_question(named, "Ferry timetable")

    store.rename_generated_question(generated, "Will the ferry terminal reopen on Monday?")
    store.rename_generated_question(named, "Will the ferry terminal reopen on Monday?")

    names = {c.question.id: c.question.name for c in store.question_candidates(["s:ferry"])}
    assert names == {
        generated: "Will the ferry terminal reopen on Monday?",
        named: "Ferry timetable",
    }
