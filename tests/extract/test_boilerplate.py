"""learn_boilerplate / strip_boilerplate: blocks a site repeats on most pages, and nothing else."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watchdesk.extract.article import PARAGRAPH_SEPARATOR, extract_article
from watchdesk.extract.boilerplate import (
    BoilerplateModel,
    block_fingerprint,
    learn_boilerplate,
    strip_boilerplate,
)
from watchdesk.records import RawDocument

BIO = "Lena Vask covers the coast and the islands for The Kessel Ledger."
NEWSLETTER = "Get the Ledger newsletter: the day's news in your inbox at 7 a.m."
QUOTE = (
    "“Nobody who needs a doctor will be left on the island,” said Jaan Ostrov, the regional "
    "rescue chief."
)


TOPICS = [
    *("ferries", "budget", "drones", "harbour", "teachers"),
    *("clinic", "seals", "dairy", "breakwater", "brigade"),
]


def story(number: int, *extra: str) -> list[str]:
    """Paragraphs of one distinct story, with the site's furniture appended."""
    topic = TOPICS[number]
    own = [
        f"The first paragraph of the {topic} story says what happened to the {topic}.",
        f"A second paragraph quotes nobody and explains why the {topic} matter here.",
    ]
    return [*own, *extra]


def test_blocks_repeated_on_most_pages_are_learned_and_removed() -> None:
    pages = [story(n, BIO, NEWSLETTER) for n in range(5)]
    model = learn_boilerplate(pages, site="ledger.example")

    article = story(9, BIO, NEWSLETTER)
    assert strip_boilerplate(article, model) == story(9)


def test_a_block_on_fewer_than_min_share_of_pages_is_kept() -> None:
    pages = [story(0, BIO), story(1), story(2), story(3), story(4, NEWSLETTER)]
    pages[1].append(BIO)  # the bio is on 2 of 5 pages: 40 % < 50 %
    model = learn_boilerplate(pages, min_share=0.5)

    assert strip_boilerplate(story(9, BIO), model) == story(9, BIO)


def test_nothing_is_learned_from_fewer_than_min_pages_stories() -> None:
    model = learn_boilerplate([story(0, BIO), story(1, BIO)], min_pages=3)

    assert model.fingerprints == frozenset()
    assert strip_boilerplate(story(2, BIO), model) == story(2, BIO)


def test_fingerprints_ignore_case_spacing_punctuation_and_numbers() -> None:
    assert block_fingerprint("READ MORE:  3 min read") == block_fingerprint(
        "Read more - 12 min read"
    )
    assert block_fingerprint("Read more") != block_fingerprint("Read less")


def test_varying_teasers_are_learned_by_their_label() -> None:
    pages = [story(n, f"Read also: headline of story {n + 10} about ferries") for n in range(5)]
    model = learn_boilerplate(pages)

    assert strip_boilerplate(story(9, "Read also: a new headline"), model) == story(9)


def test_a_quote_repeated_in_syndicated_copies_of_one_story_is_kept() -> None:
    # The site ran one wire story three times (original, update, reprint) and two others:
    # its quote paragraph is on 3 of 5 pages, but the copies are one story, not site furniture.
    wire = story(0, QUOTE)
    pages = [wire, [*wire, "An update paragraph."], [*wire[1:], QUOTE], story(1), story(2)]
    model = learn_boilerplate(pages)

    assert strip_boilerplate(story(0, QUOTE), model) == story(0, QUOTE)


def test_a_quote_on_most_distinct_stories_is_still_kept_below_quote_share() -> None:
    pages = [story(n, QUOTE) for n in range(4)] + [story(4), story(5)]  # 4 of 6 stories
    model = learn_boilerplate(pages)

    assert QUOTE not in model


def test_long_blocks_must_repeat_verbatim() -> None:
    background = "The exercise began on February 3 with 12,000 troops. " * 10  # > 400 characters
    changed = background.replace("12,000", "14,000", 1)
    pages = [story(0, background), story(1, changed), story(2, background), story(3, changed)]
    model = learn_boilerplate(pages, min_share=0.75)

    assert background not in model  # only half of the pages carry it verbatim


def test_model_round_trips_through_json() -> None:
    model = learn_boilerplate([story(n, BIO) for n in range(4)], site="ledger.example")

    again = BoilerplateModel.from_json(model.to_json())

    assert again == model
    assert again.pages_seen == 4
    assert BIO in again


def test_a_model_of_another_version_strips_nothing() -> None:
    stale = '{"version": 0, "site": "x", "pages_seen": 9, "fingerprints": ["00ff00ff00ff00ff"]}'

    assert BoilerplateModel.from_json(stale).fingerprints == frozenset()


PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{first}</p>
<div class="box"><p>The Ledger's morning edition reaches the islands by the first ferry.</p></div>
<p>{second}</p>
<p>The Kessel Ledger has reported on the harbour towns since 1921.</p>
</article></body></html>"""


COUNCILLORS = ["Tamm", "Sepp", "Kask", "Laas", "Raud", "Org"]


def html_page(number: int) -> str:
    return PAGE.format(
        title=f"Headline {number} about the harbour",
        first=f"The council met on day {number} and argued about harbour fees for a long afternoon "
        f"while fishermen{' waited' * number} outside.",
        second=f"Councillor {COUNCILLORS[number]} said the vote would come next week, after the "
        "audit office has reported.",
    )


def raw(page: str) -> RawDocument:
    return RawDocument(
        uri="https://ledger.example/a",
        content=page.encode(),
        content_type="text/html",
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
        encoding="utf-8",
    )


def test_extract_article_drops_learned_blocks_from_html() -> None:
    model = learn_boilerplate([html_page(n) for n in range(1, 5)])

    text = extract_article(raw(html_page(5)), boilerplate=model).text

    assert "1921" not in text
    assert "first ferry" not in text
    assert text.split(PARAGRAPH_SEPARATOR)[0].startswith("The council met on day 5")
    assert extract_article(raw(html_page(5))).text != text  # without the model it leaks


@pytest.mark.parametrize("page", [b"", "<html></html>", "not html at all"])
def test_learning_survives_pages_without_text(page: str | bytes) -> None:
    model = learn_boilerplate([page, page, page])

    assert model.fingerprints == frozenset()
