"""The brief editor on the desk: analysts draft with the dossier's evidence, editors publish."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from watchdesk.settings import Settings
from watchdesk.web.app import create_app

WEEK = "2026-W08"  # the seeded article is of Monday 16 February 2026


@pytest.fixture
def theme(store, seeded):
    return store.add_theme("Crossings", ["crossings"])


@pytest.fixture
def draft(store, theme):
    return store.create_brief(theme.id, WEEK, by="analyst")


def _both(store, brief_id: int, body: str = "Body.") -> None:
    store.save_brief_version(brief_id, "en", headline="Mixed", lead="L", body=body, by="analyst")
    store.save_brief_version(brief_id, "ru", headline="Смешанно", lead="В", body=body, by="analyst")
    store.set_brief_trend(brief_id, "mixed", by="analyst")


WRITES = [
    ("/briefs", {"theme_id": "1", "week": WEEK}),
    ("/briefs/{id}/edit", {"language": "en", "headline": "Hacked", "body": "x"}),
    ("/briefs/{id}/submit", {}),
    ("/briefs/{id}/return", {"note": "no"}),
    ("/briefs/{id}/publish", {}),
]


@pytest.mark.parametrize(("path", "form"), WRITES)
def test_anonymous_visitors_change_no_brief(store, draft, anon, path, form):
    answer = anon.post(path.format(id=draft.id), data=form, follow_redirects=False)

    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/login")
    assert store.brief_history(draft.id)[-1].action == "created"
    assert len(store.briefs()) == 1


@pytest.mark.parametrize(("path", "form"), WRITES)
def test_readers_change_no_brief(store, draft, login_as, path, form):
    answer = login_as("reader").post(path.format(id=draft.id), data=form, follow_redirects=False)

    assert answer.status_code == 403
    assert [c.action for c in store.brief_history(draft.id)] == ["created"]


@pytest.mark.parametrize("path", ["/briefs/{id}/return", "/briefs/{id}/publish"])
def test_analysts_neither_return_nor_publish(store, draft, login_as, path):
    _both(store, draft.id)
    store.submit_brief(draft.id, by="analyst")

    answer = login_as("analyst").post(path.format(id=draft.id), follow_redirects=False)

    assert answer.status_code == 403
    assert store.brief(draft.id).status == "review"


def test_drafts_stay_behind_the_login_even_when_the_desk_is_public(store_url, draft):
    with TestClient(create_app(Settings(db=store_url, public_read=True))) as visitor:
        for path in ("/briefs", f"/briefs/{draft.id}", f"/briefs/{draft.id}/edit"):
            assert visitor.get(path, follow_redirects=False).status_code == 303


def test_an_analyst_creates_a_brief_and_lands_in_its_editor(store, theme, login_as):
    analyst = login_as("analyst")

    answer = analyst.post("/briefs", data={"theme_id": theme.id, "week": WEEK})

    [brief] = store.briefs()
    assert (brief.theme, brief.week, brief.created_by) == ("Crossings", WEEK, "analyst")
    assert str(answer.url).endswith(f"/briefs/{brief.id}/edit")
    assert "Evidence from the week's dossier" in answer.text


def test_a_second_brief_for_the_same_week_is_refused_with_the_reason(store, draft, login_as):
    answer = login_as("analyst").post("/briefs", data={"theme_id": draft.theme_id, "week": WEEK})

    assert answer.status_code == 200
    assert "has a brief for 2026-W08 already" in answer.text
    assert len(store.briefs()) == 1


def test_the_editor_offers_the_dossier_statements_as_citations(store, flagged, draft, login_as):
    page = login_as("analyst").get(f"/briefs/{draft.id}/edit")

    offered = {int(i) for i in re.findall(r'name="cite" value="(\d+)"', page.text)}
    cited_codes = set(map(int, re.findall(r"\[\[s:(\d+)\]\]", page.text)))
    week_statements = {s.id for s in store.statements(limit=50)}
    assert offered
    assert offered <= week_statements
    assert offered == cited_codes


def test_saving_records_version_trend_and_the_citations_in_the_text(store, draft, login_as):
    first, second = (s.id for s in store.statements(limit=2))
    analyst = login_as("analyst")

    analyst.post(
        f"/briefs/{draft.id}/edit",
        data={
            "language": "en",
            "headline": "The capital sends mixed signals",
            "lead": "Reopening promised, not dated.",
            "body": f"The minister promised [[s:{first}]].",
            "trend": "mixed",
            "cite": [str(second)],
        },
    )

    brief = store.brief(draft.id)
    assert brief.version("en").headline == "The capital sends mixed signals"
    assert brief.trend == "mixed"
    assert set(brief.citations) == {first, second}
    view = analyst.get(f"/briefs/{draft.id}")
    stored = store.statement(first)
    assert f'href="/articles/{stored.article.id}#st-{stored.index}"' in view.text


def test_the_list_shows_a_missing_and_an_older_version(store, draft, login_as):
    reader = login_as("reader")
    store.save_brief_version(draft.id, "en", headline="H", lead="", body="", by="analyst")
    assert "ru: missing" in reader.get("/briefs").text

    store.save_brief_version(draft.id, "ru", headline="З", lead="", body="", by="analyst")
    store.save_brief_version(draft.id, "en", headline="H2", lead="", body="", by="analyst")

    listing = reader.get("/briefs").text
    assert "ru: older" in listing
    assert "en: older" not in listing


def test_an_editor_publishes_and_the_history_names_everyone(store, draft, login_as):
    _both(store, draft.id)
    login_as("analyst").post(f"/briefs/{draft.id}/submit")

    page = login_as("editor").post(f"/briefs/{draft.id}/publish")

    assert store.brief(draft.id).status == "published"
    history = page.text[page.text.index('id="history"') :]
    assert re.search(r"<td>analyst</td><td>submitted</td>", history)
    assert re.search(r"<td>editor</td><td>published</td>", history)


def test_publishing_an_unpaired_brief_is_refused_with_the_reason(store, draft, login_as):
    store.save_brief_version(draft.id, "en", headline="H", lead="", body="", by="analyst")

    answer = login_as("editor").post(f"/briefs/{draft.id}/publish")

    assert answer.status_code == 409
    assert "no ru version" in answer.text
    assert store.brief(draft.id).status == "draft"


HOSTILE_BODY = (
    "<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>"
    ' <a href="javascript:alert(2)">y</a>'
)


def test_a_hostile_body_is_inert_on_the_desk(store, draft, login_as):
    _both(store, draft.id, body=HOSTILE_BODY)

    page = login_as("reader").get(f"/briefs/{draft.id}").text

    assert "<script>alert" not in page
    assert "<img" not in page
    assert not re.search(r"<a[^>]*javascript:", page, re.IGNORECASE)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_desk_pages_of_briefs_use_no_inline_script_or_style(store, draft, login_as):
    _both(store, draft.id)
    analyst = login_as("analyst")

    for path in ("/briefs", f"/briefs/{draft.id}", f"/briefs/{draft.id}/edit"):
        page = analyst.get(path)
        assert page.status_code == 200
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert not re.search(r"<script(?![^>]*\bsrc=)", page.text)
        assert " style=" not in page.text
        assert "<style" not in page.text


def test_the_brief_pages_speak_russian_to_a_russian_analyst(store, draft, login_as):
    analyst = login_as("analyst")
    store.set_language("analyst", "ru")

    listing = analyst.get("/briefs").text
    editor = analyst.get(f"/briefs/{draft.id}/edit").text

    assert "Еженедельные сводки" in listing
    assert "ru: нет" in listing
    assert "Доказательства из досье недели" in editor
    assert "Заголовок" in editor


def test_the_json_twin_lists_briefs_with_their_history_for_logged_in_users_only(
    store, draft, anon, login_as
):
    store.save_brief_version(draft.id, "en", headline="H", lead="", body="", by="analyst")
    reader = login_as("reader")

    assert anon.get("/api/v1/briefs").status_code == 401
    [listed] = reader.get("/api/v1/briefs").json()
    one = reader.get(f"/api/v1/briefs/{draft.id}").json()

    assert (listed["id"], listed["missing"]) == (draft.id, ["ru"])
    assert [c["action"] for c in one["history"]] == ["created", "edited"]
    assert reader.get("/api/v1/briefs/999").status_code == 404
