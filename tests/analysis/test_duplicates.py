"""DuplicateIndex / group_duplicates: copies of one story across outlets, and the original."""

from __future__ import annotations

from datetime import date

import pytest

from watchdesk.analysis.duplicates import (
    DuplicateIndex,
    StoryGroup,
    band_keys,
    group_duplicates,
    signature,
)
from watchdesk.records import Article

STORY = (
    "Authorities in the Valdmark district extended a night curfew in three border villages by "
    "two weeks on Tuesday, citing continued incidents involving unidentified drones.\n\n"
    "The curfew, first imposed on January 20, bars residents of Roosna, Kalda and Mäeküla from "
    "leaving their homes between 11 p.m. and 5 a.m. except for work or medical reasons.\n\n"
    "District governor Priit Kask said the measure had reduced the number of people in fields at "
    "night, when most drones are spotted. Local business owners said it had cut their evening "
    "trade by half.\n\n"
    "The interior ministry has sent 40 additional border guards to the district since the start "
    "of the year, a spokeswoman said. Residents were told to report sightings to a hotline."
)
# Same topic, same place, other events: must not join the curfew story.
SAME_TOPIC = (
    "Border guards recorded 61 unidentified drones over the Valdmark frontier district in "
    "December, more than double the number in November, according to figures released on "
    "Friday. Most of the aircraft were small quadcopters that crossed at low altitude after dark "
    "and turned back within a few kilometres, the eastern command said. The command has asked "
    "farmers and hunters in the district to report sightings through a hotline, and the interior "
    "ministry is testing a radar system borrowed from a neighbouring country."
)


def article(
    text: str,
    url: str,
    site: str,
    *,
    published: date | None = None,
    canonical_url: str | None = None,
    syndicated_from: str | None = None,
) -> Article:
    return Article(
        url=url,
        title="t",
        text=text,
        language="en",
        published=published,
        site=site,
        canonical_url=canonical_url,
        syndicated_from=syndicated_from,
    )


WIRE = article(STORY, "https://balticwire.example/a/1", "Baltic Wire", published=date(2026, 2, 3))


def filler(number: int) -> str:
    """An unrelated story: words no other test text uses."""
    return " ".join(f"word{number}x{i}" for i in range(60))


def test_a_verbatim_copy_joins_the_original() -> None:
    copy = article(STORY, "https://ledger.example/n/9", "The Kessel Ledger")

    groups = group_duplicates([(1, WIRE), (2, copy)])

    assert [group.member_ids for group in groups] == [(1, 2)]
    assert groups[0].outlets == ("Baltic Wire", "The Kessel Ledger")


def test_a_lightly_rewritten_copy_joins_the_original() -> None:
    rewritten = (
        STORY.replace("on Tuesday", "this week")
        .replace("Local business owners", "Shopkeepers")
        .replace("a spokeswoman said", "the ministry said")
        + "\n\nThe curfew will be reviewed at the end of the month."
    )
    copy = article(rewritten, "https://ledger.example/n/9", "The Kessel Ledger")

    assert group_duplicates([(1, WIRE), (2, copy)])[0].member_ids == (1, 2)


def test_a_reprint_cut_to_its_first_paragraphs_joins_the_original() -> None:
    cut = article("\n\n".join(STORY.split("\n\n")[:2]), "https://ledger.example/n/3", "Ledger")

    assert group_duplicates([(1, WIRE), (2, cut)])[0].member_ids == (1, 2)


def test_another_story_on_the_same_topic_is_not_grouped() -> None:
    other = article(SAME_TOPIC, "https://ledger.example/n/4", "The Kessel Ledger")

    assert group_duplicates([(1, WIRE), (2, other)]) == []


def test_a_source_credit_lowers_the_bar_for_an_edited_reprint() -> None:
    # Most of the wire text with as much local text around it: too little on its own, enough
    # with a credit naming the wire.
    paragraphs = STORY.split("\n\n")
    text = "\n\n".join([paragraphs[0], SAME_TOPIC, *paragraphs[1:3]])
    plain = article(text, "https://ledger.example/n/5", "The Kessel Ledger")
    credited = article(
        text, "https://ledger.example/n/5", "The Kessel Ledger", syndicated_from="Baltic Wire"
    )

    assert group_duplicates([(1, WIRE), (2, plain)]) == []
    [group] = group_duplicates([(1, WIRE), (2, credited)])
    assert group.member_ids == (1, 2)
    assert group.canonical_id == 1
    assert any("credited" in reason for reason in group.evidence)


def test_a_canonical_link_groups_even_an_excerpt() -> None:
    excerpt = article(
        "The district extended its curfew. Read the full story at Baltic Wire.",
        "https://aggregator.example/x/77",
        "Aggregator",
        canonical_url="https://www.balticwire.example/a/1/",
    )

    [group] = group_duplicates([(1, WIRE), (2, excerpt)])

    assert group.member_ids == (1, 2)
    assert group.canonical_id == 1
    assert any("canonical link" in reason for reason in group.evidence)


def test_a_canonical_link_to_an_article_indexed_later_still_groups() -> None:
    excerpt = article("Short excerpt.", "https://agg.example/1", "Agg", canonical_url=WIRE.url)

    assert group_duplicates([(1, excerpt), (2, WIRE)])[0].canonical_id == 2


@pytest.mark.parametrize(
    ("copies", "expected"),
    [
        # The earliest published wins when nobody points anywhere…
        (
            [
                article(STORY, "https://a.example/1", "A", published=date(2026, 2, 5)),
                article(STORY, "https://b.example/1", "B", published=date(2026, 2, 3)),
                article(STORY, "https://c.example/1", "C"),
            ],
            2,
        ),
        # …the one credited by the others wins over an earlier date…
        (
            [
                article(STORY, "https://a.example/1", "A", published=date(2026, 2, 1)),
                article(STORY, "https://wire.example/1", "Wire", published=date(2026, 2, 3)),
                article(
                    STORY,
                    "https://c.example/1",
                    "C",
                    syndicated_from="Wire",
                    published=date(2026, 2, 4),
                ),
            ],
            2,
        ),
        # …and with no dates and no pointers, the longest.
        (
            [
                article(STORY[:-60], "https://a.example/1", "A"),
                article(STORY, "https://b.example/1", "B"),
            ],
            2,
        ),
    ],
)
def test_the_canonical_article_is_the_original(copies: list[Article], expected: int) -> None:
    [group] = group_duplicates(list(enumerate(copies, start=1)))

    assert group.canonical_id == expected


def test_add_reports_the_match_and_the_groups_original() -> None:
    index = DuplicateIndex()
    later = article(STORY, "https://ledger.example/n/9", "Ledger", published=date(2026, 2, 4))

    assert index.add(1, later) is None
    match = index.add(2, WIRE)

    assert match is not None
    assert match.matched_ids == (1,)
    assert match.canonical_id == 2  # the wire copy is earlier
    assert match.similarity == pytest.approx(1.0)


def test_add_compares_only_with_lsh_candidates_not_with_every_article() -> None:
    index = DuplicateIndex()
    for number in range(300):
        index.add(number, article(filler(number), f"https://x.example/{number}", "X"))
    before = index.comparisons

    index.add(1000, WIRE)
    index.add(1001, article(STORY, "https://ledger.example/n/9", "Ledger"))

    assert index.comparisons - before <= 3  # the copy meets the original, not 300 others
    assert index.members(1001) == (1000, 1001)


def test_signatures_round_trip_so_the_store_can_rebuild_the_index() -> None:
    stored = signature(WIRE)
    index = DuplicateIndex()
    index.add(1, WIRE, stored)

    match = index.add(2, article(STORY, "https://ledger.example/n/9", "Ledger"))

    assert isinstance(stored, bytes)
    assert stored == signature(WIRE)  # deterministic across runs
    assert match is not None
    assert match.matched_ids == (1,)


def test_an_article_id_is_indexed_once() -> None:
    index = DuplicateIndex()
    index.add(1, WIRE)

    with pytest.raises(ValueError, match="already indexed"):
        index.add(1, WIRE)


def test_groups_are_records_with_every_outlet() -> None:
    copies = [
        (1, WIRE),
        (2, article(STORY, "https://ledger.example/n/9", "The Kessel Ledger")),
        (3, article(STORY, "https://lahe.example/9", "Lahe Teataja")),
        (4, article(SAME_TOPIC, "https://lahe.example/10", "Lahe Teataja")),
    ]

    [group] = group_duplicates(copies)

    assert isinstance(group, StoryGroup)
    assert group.member_ids == (1, 2, 3)
    assert group.outlets == ("Baltic Wire", "The Kessel Ledger", "Lahe Teataja")


def test_copies_share_a_band_key_and_unrelated_stories_share_none() -> None:
    copy = article(STORY.replace("Tuesday", "Monday"), "https://herald.example/b", "Herald")
    unrelated = article(SAME_TOPIC, "https://herald.example/c", "Herald")

    keys = set(band_keys(signature(WIRE)))

    assert keys & set(band_keys(signature(copy)))
    assert not keys & set(band_keys(signature(unrelated)))
    assert len(keys) == 42  # one key per band of the loose index
