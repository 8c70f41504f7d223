"""Every list pages one way: the desk by ?page=N with a count and links, the API by limit/offset
with X-Total-Count and a Link to the next page; search finds word forms and shows escaped
snippets; filters fold letter case in Cyrillic as in Latin."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from typer.testing import CliRunner

from watchdesk.cli import app
from watchdesk.records import Conflict, Entity, Span

EXTRA_ARTICLES = 30  # two statements each, beside the seeded article's two
RU_TEXT = (
    "Министр обороны Ильзе Брандвик заявила, что вопрос о референдуме решит парламент. "
    "Советник Карл Корда <script>alert('x')</script> назвал это «уловкой»."
)


@pytest.fixture
def many(store, seeded, make_processed) -> int:
    """Thirty more articles, one a day before the seeded one: 62 statements in all."""
    items = [
        make_processed(
            url=f"https://northgate.example/day-{n}", published=date(2026, 2, 15) - timedelta(n)
        )
        for n in range(EXTRA_ARTICLES)
    ]
    store.bulk_save_articles(items)
    return 2 * (EXTRA_ARTICLES + 1)


@pytest.fixture
def russian(store, make_raw, make_processed) -> int:
    """A Russian article: «Ильзе Брандвик» says something about a referendum; «Карл Корда»
    is mentioned; hostile markup sits in the text as scraped pages can carry it."""
    processed = make_processed()
    said = processed.statements[0]
    content = "вопрос о референдуме решит парламент"
    start = RU_TEXT.index(content)
    name = RU_TEXT.index("Ильзе Брандвик")
    korda = RU_TEXT.index("Карл Корда")
    statement = replace(
        said,
        speaker="Ильзе Брандвик",
        speaker_mention="Ильзе Брандвик",
        speaker_role=None,
        content=content,
        span=Span(start, start + len(content)),
        cue="заявила",
        cue_span=Span(RU_TEXT.index("заявила"), RU_TEXT.index("заявила") + 7),
    )
    article = replace(
        processed.article,
        url="https://vestnik.example/referendum",
        title="Парламент решит",
        text=RU_TEXT,
        language="ru",
        published=date(2026, 2, 18),
    )
    russian = replace(
        processed,
        article=article,
        entities=(
            Entity("Ильзе Брандвик", "PERSON", Span(name, name + 14), "Ильзе Брандвик"),
            Entity("Карл Корда", "PERSON", Span(korda, korda + 10), "Карл Корда"),
        ),
        statements=(statement,),
        quantities=(),
        times=(),
        commitments=(),
    )
    document_id, _ = store.add_document(make_raw(uri="https://vestnik.example/referendum"))
    return store.save_article(document_id, russian)


def _next_link(answer) -> str | None:  # type: ignore[no-untyped-def]
    found = re.search(r'<([^>]+)>; rel="next"', answer.headers.get("link", ""))
    return found.group(1) if found else None


# -- the desk's pages ---------------------------------------------------------------------------


def test_statements_page_counts_every_statement_and_pages_through_them(client, many):
    first = client.get("/statements")

    assert f"{many} statements" in first.text
    assert first.text.count('class="statement ') == 50
    assert 'rel="next" href="?page=2"' in first.text
    second = client.get("/statements", params={"page": 2})
    assert second.text.count('class="statement ') == many - 50
    assert 'rel="next"' not in second.text
    assert 'rel="prev"' in second.text


def test_statements_page_filters_by_dates_and_sorts_oldest_first(client, many):
    window = client.get("/statements", params={"since": "2026-02-10", "until": "2026-02-14"})
    assert "10 statements" in window.text  # five days, two statements each

    oldest = _dates(client.get("/statements", params={"sort": "oldest"}).text)
    newest = _dates(client.get("/statements").text)
    assert oldest[0] == "2026-01-17"
    assert oldest == sorted(oldest)
    assert newest[0] == "2026-02-16"
    assert newest == sorted(newest, reverse=True)


def _dates(page: str) -> list[str]:
    """Publication dates of the listed statements, in the order shown."""
    return re.findall(r"· (\d{4}-\d\d-\d\d) ·", page)


def test_page_links_keep_the_filters(client, many):
    answer = client.get("/statements", params={"speaker": "brandvik", "sort": "oldest"})

    assert 'href="?speaker=brandvik&amp;sort=oldest&amp;page=2"' in answer.text


@pytest.mark.parametrize("path", ["/speakers", "/entities", "/questions", "/sources"])
def test_every_list_page_takes_a_page_number(client, many, path):
    assert client.get(path, params={"page": 2}).status_code == 200
    assert client.get(path, params={"page": 0}).status_code == 422


def test_speakers_and_entities_count_within_a_date_window(client, many, russian):
    everyone = client.get("/speakers").text
    assert "2 speakers" in everyone
    russian_week = client.get("/speakers", params={"since": "2026-02-17", "until": "2026-02-18"})
    assert "1 speaker" in russian_week.text
    assert "Ильзе Брандвик" in russian_week.text
    assert "Ilse Brandvik" not in russian_week.text
    assert "entities" in client.get("/entities").text


# -- the API ------------------------------------------------------------------------------------


def test_api_follows_next_links_through_every_statement(client, many):
    seen: list[int] = []
    url: str | None = "/api/v1/statements?limit=25"
    while url:
        answer = client.get(url)
        assert answer.headers["x-total-count"] == str(many)
        seen.extend(s["id"] for s in answer.json())
        url = _next_link(answer)

    assert len(seen) == many
    assert len(set(seen)) == many


def test_api_statements_limit_and_offset_slice_the_list(client, many):
    everything = [s["id"] for s in client.get("/api/v1/statements").json()]
    middle = client.get("/api/v1/statements", params={"limit": 5, "offset": 10})

    assert [s["id"] for s in middle.json()] == everything[10:15]
    assert 'rel="prev"' in middle.headers["link"]


@pytest.fixture
def two_conflicts(store, flagged) -> int:
    store.save_conflicts(
        [Conflict("c" * 32, "b" * 32, "date", "two dates", ("leave",), flagged["question"])]
    )
    return 2


def test_api_conflicts_honour_limit(client, two_conflicts):
    answer = client.get("/api/v1/conflicts", params={"limit": 1})

    assert len(answer.json()) == 1
    assert answer.headers["x-total-count"] == str(two_conflicts)
    rest = client.get(_next_link(answer))
    assert len(rest.json()) == 1
    assert rest.json()[0]["key"] != answer.json()[0]["key"]
    assert _next_link(rest) is None


def test_api_conflicts_still_take_page_and_per_page(client, two_conflicts):
    by_page = client.get("/api/v1/conflicts", params={"page": 2, "per_page": 1}).json()
    by_offset = client.get("/api/v1/conflicts", params={"limit": 1, "offset": 1}).json()

    assert by_page == by_offset


def test_api_commitments_are_paged_soonest_due_first(client, flagged):
    answer = client.get("/api/v1/commitments", params={"limit": 1})

    assert answer.headers["x-total-count"] == str(len(client.get("/api/v1/commitments").json()))
    assert len(answer.json()) == 1


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/articles",
        "/api/v1/speakers",
        "/api/v1/entities",
        "/api/v1/questions",
        "/api/v1/themes",
    ],
)
def test_every_api_list_counts_its_rows(client, many, path):
    whole = client.get(path, params={"limit": 500})
    one = client.get(path, params={"limit": 1})

    assert one.headers["x-total-count"] == whole.headers["x-total-count"]
    assert int(whole.headers["x-total-count"]) == len(whole.json())
    assert len(one.json()) == min(1, len(whole.json()))


def test_api_articles_filter_by_publication_dates(client, many):
    found = client.get("/api/v1/articles", params={"since": "2026-02-14", "until": "2026-02-15"})

    assert {a["published"] for a in found.json()} == {"2026-02-14", "2026-02-15"}


# -- search: word forms and snippets --------------------------------------------------------------


def test_search_finds_an_inflected_russian_form_with_a_marked_snippet(client, russian):
    page = client.get("/search", params={"q": "референдум"}).text

    assert "1 article found" in page
    assert "<mark>референдуме</mark>" in page
    # The scraped text's markup is shown as text, never run.
    assert "&lt;script&gt;" in page
    assert "<script>alert" not in page


def test_api_search_returns_the_snippet_and_where_the_words_are(client, russian):
    [hit] = client.get("/api/v1/search", params={"q": "Референдумы"}).json()

    assert hit["id"] == russian
    marked = [hit["snippet"][start:end] for start, end in hit["snippet_marks"]]
    assert marked == ["референдуме"]


def test_search_finds_english_word_forms(client, seeded):
    # The seeded article says "reopen the border crossings".
    assert len(client.get("/api/v1/search", params={"q": "crossing reopened"}).json()) == 1


def test_search_results_page_and_sort_by_date(client, many):
    newest = client.get("/api/v1/search", params={"q": "crossings", "sort": "newest"})
    oldest = client.get("/api/v1/search", params={"q": "crossings", "sort": "oldest", "limit": 3})

    assert newest.headers["x-total-count"] == str(EXTRA_ARTICLES + 1)
    assert [a["published"] for a in oldest.json()] == ["2026-01-17", "2026-01-18", "2026-01-19"]
    assert newest.json()[0]["published"] == "2026-02-16"


# -- letter case in every script ------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["Брандвик", "БРАНДВИК", "брандвик"])
def test_capitalised_cyrillic_speaker_filter_finds_the_speaker(client, russian, typed):
    page = client.get("/statements", params={"speaker": typed}).text
    api = client.get("/api/v1/statements", params={"speaker": typed}).json()

    assert "1 statement" in page
    assert [s["speaker"] for s in api] == ["Ильзе Брандвик"]


@pytest.mark.parametrize("typed", ["Корда", "КОРДА", "корда"])
def test_capitalised_cyrillic_entity_filter_finds_the_article(client, russian, typed):
    page = client.get("/search", params={"entity": typed}).text
    api = client.get("/api/v1/search", params={"entity": typed}).json()

    assert "1 article found" in page
    assert [a["id"] for a in api] == [russian]


def test_cli_statements_fold_cyrillic_case(store_url, russian):
    if not store_url.startswith("sqlite"):
        # The command leaves its connection pool to the process's exit, which a test run
        # outlives: PostgreSQL's open connection would warn in a later test.
        pytest.skip("the CLI's store is checked on SQLite; the filter is the store's on both")
    result = CliRunner().invoke(
        app, ["statements", "--speaker", "Брандвик", "--json", "--db", store_url]
    )

    assert result.exit_code == 0, result.output
    assert [line for line in result.stdout.splitlines() if "Ильзе Брандвик" in line]


@pytest.mark.parametrize("path", ["/statements", "/speakers", "/entities"])
def test_a_filter_form_sent_with_empty_dates_lists_everything(client, many, path):
    everything = client.get(path)
    sent = client.get(path, params={"since": "", "until": ""})

    assert sent.status_code == 200
    assert sent.text.count("<tr>") + sent.text.count('class="statement ') == everything.text.count(
        "<tr>"
    ) + everything.text.count('class="statement ')
    assert client.get(path, params={"since": "last week"}).status_code == 422


def test_a_speakers_profile_pages_through_what_they_said(client, many):
    first = client.get("/speakers/Ilse Brandvik")
    second = client.get("/speakers/Ilse Brandvik", params={"page": 2})

    assert first.text.count('class="statement ') == 50
    assert f"1–50 of {many}" in first.text
    assert second.text.count('class="statement ') == many - 50


def test_conflicts_sort_newest_by_the_later_statement(client, two_conflicts):
    surest = client.get("/api/v1/conflicts").json()
    newest = client.get("/api/v1/conflicts", params={"sort": "newest"}).json()

    latest = [max(c["first"]["date"], c["second"]["date"]) for c in newest]
    assert latest == sorted(latest, reverse=True)
    assert sorted(c["key"] for c in newest) == sorted(c["key"] for c in surest)
    assert client.get("/api/v1/conflicts", params={"sort": "loudest"}).status_code == 422
    page = client.get("/conflicts", params={"sort": "newest"}).text
    assert '<option value="newest" selected>' in page


def test_conflicts_take_a_date_window_closed_at_until(client, two_conflicts):
    every = client.get("/api/v1/conflicts").json()
    earliest = min(c["second"]["date"] for c in every)

    upto = client.get("/api/v1/conflicts", params={"until": earliest}).json()
    before = client.get("/api/v1/conflicts", params={"until": "1999-01-01"}).json()

    assert upto
    assert all(c["second"]["date"] <= earliest for c in upto)
    assert before == []
    assert client.get("/conflicts", params={"until": "", "since": ""}).status_code == 200
