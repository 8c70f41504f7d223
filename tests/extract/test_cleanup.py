"""Page furniture one page gives away by itself: link lists, lone labels, calls to action."""

from __future__ import annotations

import pytest

from watchdesk.extract.cleanup import Block, clean_blocks, confirmed_edges

PROSE = (
    "The port authority said on Tuesday that the new ferry line would start in May, a month "
    "later than planned, because the second vessel failed its sea trials in January."
)
MORE_PROSE = (
    "Harbour workers told reporters they had been promised overtime pay for the delay and "
    "that the union would meet the authority again before the end of the month."
)


def texts(blocks: list[Block]) -> list[str]:
    return [block.text for block in blocks]


def link(text: str) -> Block:
    return Block(text, link_share=1.0)


def test_a_run_of_linked_headlines_and_its_heading_are_dropped() -> None:
    blocks = [
        Block(PROSE),
        Block("More from the coast", heading=True),
        link("Storm closes the northern pier for a week"),
        link("Fishing quotas cut again, says the ministry"),
        Block(MORE_PROSE),
    ]
    assert texts(clean_blocks(blocks)) == [PROSE, MORE_PROSE]


def test_a_single_linked_sentence_inside_the_text_stays() -> None:
    blocks = [Block(PROSE), link("Read the full ruling of the harbour court"), Block(MORE_PROSE)]
    assert texts(clean_blocks(blocks)) == texts(blocks)


def test_a_lone_linked_headline_at_the_end_is_another_story() -> None:
    blocks = [Block(PROSE), Block(MORE_PROSE), link("Ferry fares to rise by a tenth next year")]
    assert texts(clean_blocks(blocks)) == [PROSE, MORE_PROSE]


@pytest.mark.parametrize(
    "label", ["Read also:", "Related", "Читайте также:", "SEE ALSO »", "See more:", "Tags"]
)
def test_a_teaser_label_left_without_its_links_is_dropped(label: str) -> None:
    blocks = [Block(PROSE), Block(label), Block(MORE_PROSE)]
    assert texts(clean_blocks(blocks)) == [PROSE, MORE_PROSE]


def test_a_teaser_label_with_its_linked_headline_is_dropped() -> None:
    teaser = Block("Read also: Ferry fares to rise by a tenth next year", link_share=1.0)
    assert texts(clean_blocks([Block(PROSE), teaser, Block(MORE_PROSE)])) == [PROSE, MORE_PROSE]


def test_prose_that_opens_with_a_teaser_word_stays() -> None:
    sentence = Block("Related talks with the ferry operator broke down on Friday, she said.")
    assert texts(clean_blocks([Block(PROSE), sentence])) == [PROSE, sentence.text]


def test_headings_and_labels_the_text_ends_on_are_dropped() -> None:
    blocks = [Block(PROSE), Block("What readers asked", heading=True), Block("Tags:")]
    assert texts(clean_blocks(blocks)) == [PROSE]


def test_a_label_followed_by_its_content_stays() -> None:
    blocks = [Block("The authority listed three causes:"), Block(PROSE)]
    assert texts(clean_blocks(blocks)) == texts(blocks)


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Subscribe to our morning briefing",
        "Sign up for the harbour newsletter",
        "Follow us on social media for more updates",
        "We use cookies to give you the best experience on our site.",
        "ADVERTISEMENT",
        "Подпишитесь на наш канал",
        "Updated 14:02 CET",
        "Publicado el 3 de marzo de 2026",
        "CLICK HERE TO GET THE HARBOUR DAILY APP",
        "Get Harbour Daily on the go by clicking here",
        "Click here to subscribe to the port bulletin",
        "2026-02-18T09:30:00+01:00",
    ],
)
def test_calls_to_action_and_timestamp_lines_are_dropped(line: str) -> None:
    assert texts(clean_blocks([Block(PROSE), Block(line), Block(MORE_PROSE)])) == [
        PROSE,
        MORE_PROSE,
    ]


def test_a_long_paragraph_about_subscribers_is_prose() -> None:
    paragraph = (
        "Subscribers to the ferry pass will get a refund for May, the authority said, and those "
        "who bought single tickets can exchange them at any harbour office until the end of June."
    )
    assert texts(clean_blocks([Block(paragraph)])) == [paragraph]


def test_edges_the_second_opinion_leaves_out_are_dropped() -> None:
    blocks = [Block("Photo: the new ferry at the pier"), Block(PROSE), Block(MORE_PROSE)]
    blocks.append(Block("Ferry fares to rise by a tenth next year"))
    other = f"{PROSE}\n{MORE_PROSE.upper()}"  # case, spacing and punctuation do not matter
    assert texts(confirmed_edges(blocks, other)) == [PROSE, MORE_PROSE]


def test_edges_stand_when_the_second_opinion_found_another_part_of_the_page() -> None:
    blocks = [Block("Photo: the new ferry at the pier"), Block(PROSE), Block(MORE_PROSE)]
    assert texts(confirmed_edges(blocks, "Home News Sport Weather Contact")) == texts(blocks)
    assert texts(confirmed_edges(blocks, "")) == texts(blocks)


def test_a_long_edge_paragraph_stands_whatever_the_second_opinion_says() -> None:
    blocks = [Block(f"{MORE_PROSE} {PROSE}"), Block(PROSE)]  # over thirty words: prose
    assert texts(confirmed_edges(blocks, PROSE)) == texts(blocks)


def test_click_here_for_more_of_the_story_is_article_text() -> None:
    line = Block("Click here to read the full ruling of the harbour court.")
    assert texts(clean_blocks([Block(PROSE), line, Block(MORE_PROSE)])) == [
        PROSE,
        line.text,
        MORE_PROSE,
    ]


def test_a_standfirst_sentence_stands_even_where_the_second_opinion_leaves_it_out() -> None:
    standfirst = Block("The port authority softened its position on the ferry on Tuesday.")
    blocks = [standfirst, Block(PROSE), Block(MORE_PROSE)]
    assert texts(confirmed_edges(blocks, f"{PROSE} {MORE_PROSE}")) == texts(blocks)
