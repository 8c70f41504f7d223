"""Conflicts and commitments queues: both sides with their sources, verdicts by analysts only."""

from __future__ import annotations


def test_conflicts_queue_shows_both_statements_with_their_anchors(client, flagged, seeded):
    page = client.get("/conflicts").text

    assert "one says reopen, the other says not" in page
    assert f'href="/articles/{seeded}#st-0"' in page
    assert f'href="/articles/{flagged["second"]}#st-0"' in page
    assert "Defence Minister" in page
    assert "<mark>reopen</mark>" in page


def test_conflicts_api_twin_gives_the_same_flags_with_links(client, flagged, seeded):
    [flag] = client.get("/api/v1/conflicts").json()

    assert flag["key"] == flagged["conflict"]
    assert flag["first"]["link"] == f"/articles/{seeded}#st-0"
    assert flag["second"]["site"] == "Northgate Herald"
    assert flag["triggers"] == ["reopen"]


def test_conflicts_filter_by_status_and_kind(client, flagged):
    assert len(client.get("/api/v1/conflicts", params={"status": "open"}).json()) == 1
    assert client.get("/api/v1/conflicts", params={"status": "dismissed"}).json() == []
    assert client.get("/api/v1/conflicts", params={"kind": "number"}).json() == []
    assert client.get("/api/v1/conflicts", params={"kind": "nonsense"}).status_code == 422


def test_analyst_confirms_by_form_and_is_sent_back(login_as, flagged):
    analyst = login_as("analyst")

    answer = analyst.post(
        f"/conflicts/{flagged['conflict']}/status",
        data={"status": "confirmed", "next": "/conflicts?status=open"},
        follow_redirects=False,
    )

    assert answer.status_code == 303
    assert answer.headers["location"] == "/conflicts?status=open"
    assert analyst.get("/api/v1/conflicts", params={"status": "confirmed"}).json()


def test_htmx_dismiss_returns_only_the_changed_flag(login_as, flagged):
    analyst = login_as("analyst")

    answer = analyst.post(
        f"/conflicts/{flagged['conflict']}/status",
        data={"status": "dismissed"},
        headers={"HX-Request": "true"},
    )

    assert answer.status_code == 200
    assert answer.text.lstrip().startswith('<article class="flag dismissed"')
    assert "<html" not in answer.text


def test_api_verdict_needs_an_analyst(login_as, client, flagged):
    path = f"/api/v1/conflicts/{flagged['conflict']}/status"

    assert client.post(path, json={"status": "confirmed"}).status_code == 403
    assert login_as("analyst").post(path, json={"status": "confirmed"}).json()["status"] == (
        "confirmed"
    )
    assert login_as("editor").post(path, json={"status": "bogus"}).status_code == 422


def test_commitments_queue_shows_due_date_and_status(client, flagged, seeded):
    page = client.get("/commitments", params={"as_of": "2026-03-10"}).text

    assert "due 2026-03-03" in page
    assert f'href="/articles/{seeded}#st-1"' in page


def test_analyst_rules_on_a_commitment(login_as, flagged):
    analyst = login_as("analyst")

    answer = analyst.post(
        f"/api/v1/commitments/{flagged['promise']}/review",
        params={"as_of": "2026-03-10"},
        json={"status": "broken"},
    )
    listed = analyst.get("/api/v1/commitments", params={"as_of": "2026-03-10"}).json()

    assert answer.status_code == 200
    assert [(c["key"], c["status"], c["reviewed"]) for c in listed] == [
        (flagged["promise"], "broken", True)
    ]


def test_commitment_review_by_form_redirects(login_as, flagged):
    answer = login_as("analyst").post(
        f"/commitments/{flagged['promise']}/review",
        data={"status": "kept"},
        follow_redirects=False,
    )

    assert answer.status_code == 303
