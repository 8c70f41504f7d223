"""Which stored statements a new one is compared with: every one the rules' date windows reach.

Comparing is the cost of linking, so `find_conflicts` skips candidates too far apart in time
for any rule; these tests hold it to finding exactly what comparing every pair finds.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from watchdesk.analysis.conflicts import compare, find_conflicts
from watchdesk.analysis.topics import concepts, dates, figures
from watchdesk.records import Frame, LinkedStatement

START = date(2026, 5, 1)
CLOSURE_RUNS = Frame("run", False, "canal closure", ())
CLOSURE_GOES_ON = Frame("continue", False, "closure", ())


def said(
    content: str, speaker: str, days_later: int, frame: Frame | None = None
) -> LinkedStatement:
    published = START + timedelta(days=days_later)
    return LinkedStatement(
        key=f"{speaker}:{days_later}:{content[:20]}",
        speaker=speaker,
        speaker_key=speaker.lower(),
        content=content,
        language="en",
        published=published,
        article_url=f"https://news.example/{speaker}/{days_later}",
        topics=(*sorted(concepts(content)), "e:karesi"),
        figures=tuple(figures(content)),
        dates=tuple(dates(content, published)),
        question=7,
        frame=frame,
    )


def every_pair(new: LinkedStatement, stored: list[LinkedStatement]) -> set[tuple[str, str, str]]:
    """The flags of comparing the new statement with each stored one, skipping none."""
    found = set()
    for other in stored:
        first, second = sorted((other, new), key=lambda s: (s.published, s.key))
        conflict = compare(first, second)
        if conflict is not None:
            found.add((conflict.first, conflict.second, conflict.kind))
    return found


def flags(new: LinkedStatement, stored: list[LinkedStatement]) -> set[tuple[str, str, str]]:
    return {(c.first, c.second, c.kind) for c in find_conflicts([new], stored)}


def test_one_person_against_their_own_words_a_season_later_is_still_found():
    promised = said("Not a single Karesian soldier will stay after the drills end", "Varro", 0)
    opened = said("We have not ruled out that some Karesian units will remain", "Varro", 99)

    assert flags(opened, [promised]) == {(promised.key, opened.key, "self_contradiction")}
    assert flags(opened, [promised]) == every_pair(opened, [promised])


def test_an_end_date_still_ahead_meets_a_later_one_weeks_after():
    first = said("The canal closure runs until May 20", "Ola Vestby", 0, CLOSURE_RUNS)
    moved = said("The closure will continue until June 9", "Ada Lind", 15, CLOSURE_GOES_ON)

    assert flags(moved, [first]) == {(first.key, moved.key, "date")}


@pytest.mark.parametrize("days_later", [0, 2, 6, 8, 19, 29, 31, 45, 99, 121, 150])
def test_skipping_far_candidates_finds_what_comparing_every_pair_finds(days_later):
    stored = [
        said("Not a single Karesian soldier will stay after the drills end", "Varro", 0),
        said("The canal closure runs until May 20", "Ola Vestby", 0, CLOSURE_RUNS),
        said("About 4,500 Karesian servicemen will take part", "Radomir Vesk", 0),
        said("Karesian troops will leave Norvaland on 10 June", "Yelena Marovska", 0),
    ]
    for new in (
        said("We have not ruled out that some Karesian units will remain", "Varro", days_later),
        said("The closure will continue until June 9", "Ada Lind", days_later, CLOSURE_GOES_ON),
        said("At least 12,000 Karesian troops are being moved", "Runa Aavik", days_later),
        said("No date has been set for the Karesian withdrawal", "Runa Aavik", days_later),
    ):
        assert flags(new, stored) == every_pair(new, stored)
