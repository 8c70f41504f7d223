"""Briefs in the store: one per theme and week, paired versions, the workflow and its history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from watchdesk.errors import BriefError

WEEK = "2026-W08"


@pytest.fixture
def theme(store):
    return store.add_theme("Crossings", ["crossings"])


@pytest.fixture
def statement_ids(store, make_raw, make_processed) -> list[int]:
    document_id, _ = store.add_document(make_raw())
    store.save_article(document_id, make_processed())
    return [s.id for s in store.statements(limit=10)]


def _write_both(store, brief_id: int, by: str = "ana") -> None:
    store.save_brief_version(
        brief_id, "en", headline="Mixed signals", lead="Lead.", body="Body [[s:1]].", by=by
    )
    store.save_brief_version(
        brief_id, "ru", headline="Смешанные сигналы", lead="Вводка.", body="Текст.", by=by
    )


def _ready(store, theme, by: str = "ana"):
    brief = store.create_brief(theme.id, WEEK, by=by)
    _write_both(store, brief.id, by)
    store.set_brief_trend(brief.id, "mixed", by=by)
    return brief


def test_a_new_brief_is_a_draft_missing_both_languages(store, theme):
    brief = store.create_brief(theme.id, WEEK, by="ana")

    assert (brief.theme, brief.week, brief.status) == ("Crossings", WEEK, "draft")
    assert brief.missing() == ("en", "ru")
    assert store.briefs(theme_id=theme.id) == [brief]


def test_a_theme_has_one_brief_a_week(store, theme):
    store.create_brief(theme.id, WEEK, by="ana")

    with pytest.raises(BriefError, match="already"):
        store.create_brief(theme.id, WEEK, by="ana")
    assert store.create_brief(theme.id, "2026-W09", by="ana").week == "2026-W09"


@pytest.mark.parametrize("week", ["2026-08", "2026-W54", "last week", "2026-W00"])
def test_a_week_must_be_an_iso_week_that_exists(store, theme, week):
    with pytest.raises(BriefError, match="ISO week"):
        store.create_brief(theme.id, week, by="ana")


def test_the_version_edited_later_makes_the_other_lag_until_it_is_saved(store, theme):
    brief = store.create_brief(theme.id, WEEK, by="ana")
    _write_both(store, brief.id)
    assert store.brief(brief.id).behind() == ()

    store.save_brief_version(brief.id, "en", headline="Worse", lead="L.", body="B.", by="ana")
    assert store.brief(brief.id).behind() == ("ru",)

    store.save_brief_version(brief.id, "ru", headline="Хуже", lead="В.", body="Т.", by="ivan")
    assert store.brief(brief.id).behind() == ()


def test_a_minor_edit_leaves_the_other_version_in_line(store, theme):
    brief = store.create_brief(theme.id, WEEK, by="ana")
    _write_both(store, brief.id)

    store.save_brief_version(
        brief.id, "en", headline="Mixed signals", lead="Lead.", body="Body.", by="ana", minor=True
    )

    assert store.brief(brief.id).behind() == ()


def test_an_unchanged_save_writes_no_revision_and_no_history(store, theme):
    brief = store.create_brief(theme.id, WEEK, by="ana")
    _write_both(store, brief.id)
    before = store.brief_history(brief.id)

    _write_both(store, brief.id)

    assert store.brief_history(brief.id) == before
    assert store.brief(brief.id).version("en").revision == 1


def test_publishing_needs_both_languages_in_line_and_a_trend(store, theme):
    brief = store.create_brief(theme.id, WEEK, by="ana")
    store.save_brief_version(brief.id, "en", headline="H", lead="", body="", by="ana")
    with pytest.raises(BriefError, match="ru"):
        store.publish_brief(brief.id, by="ed")

    store.save_brief_version(brief.id, "ru", headline="З", lead="", body="", by="ana")
    store.save_brief_version(brief.id, "en", headline="H2", lead="", body="", by="ana")
    with pytest.raises(BriefError, match="older"):
        store.publish_brief(brief.id, by="ed")

    store.save_brief_version(brief.id, "ru", headline="З2", lead="", body="", by="ana")
    with pytest.raises(BriefError, match="trend"):
        store.publish_brief(brief.id, by="ed")

    store.set_brief_trend(brief.id, "worse", by="ana")
    assert store.publish_brief(brief.id, by="ed").status == "published"


def test_the_workflow_goes_draft_review_published(store, theme):
    brief = _ready(store, theme)

    assert store.submit_brief(brief.id, by="ana").status == "review"
    with pytest.raises(BriefError):
        store.submit_brief(brief.id, by="ana")
    assert store.return_brief(brief.id, by="ed", note="Cite the minister").status == "draft"
    store.submit_brief(brief.id, by="ana")
    published = store.publish_brief(brief.id, by="ed")

    assert published.status == "published"
    assert published.published_at is not None
    with pytest.raises(BriefError, match="already"):
        store.publish_brief(brief.id, by="ed")


def test_only_published_copies_are_public_and_an_edit_keeps_them(store, theme):
    brief = _ready(store, theme)
    assert store.published_briefs() == []

    store.publish_brief(brief.id, by="ed")
    store.save_brief_version(
        brief.id, "en", headline="Unpublished rewrite", lead="", body="", by="ana"
    )

    assert store.brief(brief.id).status == "draft"
    public = store.published_briefs(language="en")
    assert [(p.id, p.headline, p.trend) for p in public] == [(brief.id, "Mixed signals", "mixed")]
    assert {p.language for p in store.published_briefs()} == {"en", "ru"}


def test_published_briefs_filter_by_theme_language_and_time(store, theme):
    other = store.add_theme("Economy", ["prices"])
    store.publish_brief(_ready(store, theme).id, by="ed")
    store.publish_brief(_ready(store, other).id, by="ed")

    assert {p.theme for p in store.published_briefs(theme="Economy")} == {"Economy"}
    assert {p.language for p in store.published_briefs(language="ru")} == {"ru"}
    assert len(store.published_briefs()) == 4
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    assert store.published_briefs(since=tomorrow) == []
    assert len(store.published_briefs(since=date.today())) == 4


def test_citations_must_be_known_statements(store, theme, statement_ids):
    brief = store.create_brief(theme.id, WEEK, by="ana")

    cited = store.set_brief_citations(brief.id, [statement_ids[1], statement_ids[0]], by="ana")

    assert cited.citations == (statement_ids[1], statement_ids[0])
    with pytest.raises(BriefError, match="999999"):
        store.set_brief_citations(brief.id, [999999], by="ana")
    assert set(store.statements_by_id(statement_ids)) == set(statement_ids)


def test_history_says_who_did_what_and_when(store, theme, statement_ids):
    brief = _ready(store, theme, by="ana")
    store.set_brief_citations(brief.id, statement_ids[:1], by="ana")
    store.submit_brief(brief.id, by="ana")
    store.publish_brief(brief.id, by="ed")

    changes = store.brief_history(brief.id)

    assert [(c.by, c.action, c.language) for c in changes] == [
        ("ana", "created", None),
        ("ana", "edited", "en"),
        ("ana", "edited", "ru"),
        ("ana", "trend", None),
        ("ana", "citations", None),
        ("ana", "submitted", None),
        ("ed", "published", None),
    ]
    assert changes[1].detail == "headline, lead, body"
    assert changes[4].detail == f"+{statement_ids[0]}"
    assert all(c.at.tzinfo is not None for c in changes)


def test_a_removed_theme_keeps_its_published_briefs(store, theme):
    store.publish_brief(_ready(store, theme).id, by="ed")

    store.remove_theme(theme.id)

    assert {p.theme for p in store.published_briefs()} == {"Crossings"}
