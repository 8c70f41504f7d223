"""The question view: statements by stance in time order, its conflicts, a timeline; renaming."""

from __future__ import annotations


def test_questions_list_links_each_question(client, flagged):
    page = client.get("/questions").text

    assert f'href="/questions/{flagged["question"]}"' in page
    assert "When will the crossings reopen?" in page


def test_question_page_puts_stances_side_by_side_with_a_timeline(client, flagged):
    page = client.get(f"/questions/{flagged['question']}").text

    assert '<section class="stance affirm">' in page
    assert '<section class="stance deny">' in page
    assert page.count('<circle class="') == 3
    assert '<line class="link polarity"' in page
    assert "one says reopen, the other says not" in page


def test_question_api_twin_gives_statements_with_stances(client, flagged):
    found = client.get(f"/api/v1/questions/{flagged['question']}").json()

    assert [s["stance"] for s in found["statements"]] == ["affirm", "affirm", "deny"]
    assert [c["key"] for c in found["conflicts"]] == [flagged["conflict"]]
    assert client.get("/api/v1/questions/999999").status_code == 404


def test_analyst_renames_a_question(login_as, client, flagged):
    path = f"/api/v1/questions/{flagged['question']}/name"

    assert client.put(path, json={"name": "Reopening"}).status_code == 403
    assert login_as("analyst").put(path, json={"name": "Reopening"}).status_code == 200
    assert client.get(f"/api/v1/questions/{flagged['question']}").json()["name"] == "Reopening"


def test_rename_form_redirects_to_the_question(login_as, flagged):
    answer = login_as("analyst").post(
        f"/questions/{flagged['question']}/name",
        data={"name": "Reopening"},
        follow_redirects=False,
    )

    assert answer.status_code == 303
    assert answer.headers["location"] == f"/questions/{flagged['question']}"
