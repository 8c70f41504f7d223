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
    long_edge = Block(  # over thirty words: prose
        "The ministry also said it would publish the results of the sea trials in full, so that "
        "the harbour towns could judge for themselves whether the second vessel was safe to sail."
    )
    blocks = [long_edge, Block(PROSE), Block(MORE_PROSE)]
    assert texts(confirmed_edges(blocks, f"{PROSE} {MORE_PROSE}")) == texts(blocks)


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


@pytest.mark.parametrize(
    "line",
    [
        "Order Reprints",
        "Print Article",
        "This copy is for your personal, non-commercial use only. Order copies at our shop.",
        "12 Comments",
        "Tell us what you think...",
        "Leave a reply",
        "Нашли ошибку? Выделите фрагмент и нажмите Ctrl+Enter",
        "Write to Lena Vask at lena.vask@ledger.example",
        "Have a tip? Lena Vask may be reached at lena.vask@ledger.example.",
    ],
)
def test_page_tools_and_contact_lines_are_dropped(line: str) -> None:
    assert texts(clean_blocks([Block(PROSE), Block(line), Block(MORE_PROSE)])) == [
        PROSE,
        MORE_PROSE,
    ]


@pytest.mark.parametrize(
    "promotion",
    [
        "Start your morning with the Harbour Brief. Sign up for the free daily newsletter.",
        "Lena Vask's book on the islands is out now. Follow her on Twitter @lenavask.",
        "Follow Harbour Radio on Instagram, Facebook and YouTube.",
        "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости порта.",
    ],
)
def test_a_short_block_holding_a_sign_up_or_follow_sentence_is_a_promotion(promotion: str) -> None:
    assert texts(clean_blocks([Block(PROSE), Block(promotion), Block(MORE_PROSE)])) == [
        PROSE,
        MORE_PROSE,
    ]


def test_prose_about_a_newsletter_is_kept_when_it_is_long() -> None:
    paragraph = (
        f"{PROSE} The union said it would sign up new members through its newsletter and "
        f"{MORE_PROSE[0].lower()}{MORE_PROSE[1:]} {PROSE}"
    )
    assert texts(clean_blocks([Block(paragraph)])) == [paragraph]


@pytest.mark.parametrize(
    "line",
    [
        "Monday, 22 January 2018 at 10:13",
        "Tuesday 3rd March 2026, 9:30 am GMT",
        "понедельник, 22 января 2018 г., 10:13",
        "22 января 2018, 10:13 МСК",
        "segunda-feira, 22 de janeiro de 2018 às 0:13",
    ],
)
def test_a_line_that_only_gives_a_date_is_dropped(line: str) -> None:
    assert texts(clean_blocks([Block(PROSE), Block(line), Block(MORE_PROSE)])) == [
        PROSE,
        MORE_PROSE,
    ]


@pytest.mark.parametrize("line", ["10 p.m.", "4:14 p.m.", "May 2026: a timeline"])
def test_a_time_heading_of_a_live_report_stays(line: str) -> None:
    blocks = [Block(PROSE), Block(line), Block(MORE_PROSE)]
    assert texts(clean_blocks(blocks)) == texts(blocks)


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Lena Vask / Harbour Daily",
        "Image source: the port authority",
        "Фото: пресс-служба порта",
        "The new ferry at the pier, photo © Lena Vask, 2026",
    ],
)
def test_picture_credits_are_dropped(credit: str) -> None:
    assert texts(clean_blocks([Block(PROSE), Block(credit), Block(MORE_PROSE)])) == [
        PROSE,
        MORE_PROSE,
    ]


def test_a_copyright_line_of_the_article_stays() -> None:
    blocks = [Block(PROSE), Block("© 2026 Harbour Daily. All rights reserved.")]
    assert texts(clean_blocks(blocks)) == texts(blocks)


@pytest.mark.parametrize("rule", ["* * *", "• • •", "—"])
def test_a_rule_between_sections_is_dropped(rule: str) -> None:
    assert texts(clean_blocks([Block(PROSE), Block(rule), Block(MORE_PROSE)])) == [
        PROSE,
        MORE_PROSE,
    ]


@pytest.mark.parametrize(
    ("label", "tags"),
    [("Tags", "ferries, harbour, strikes, port authority"), ("Теги:", "порт, паром, забастовка")],
)
def test_a_tag_list_goes_with_its_label(label: str, tags: str) -> None:
    blocks = [Block(PROSE), Block(MORE_PROSE), Block(label), Block(tags)]
    assert texts(clean_blocks(blocks)) == [PROSE, MORE_PROSE]
    inline = Block(f"{label.rstrip(':')}: {tags}")
    assert texts(clean_blocks([Block(PROSE), inline, Block(MORE_PROSE)])) == [PROSE, MORE_PROSE]


def test_a_list_after_a_label_that_is_no_tag_label_stays() -> None:
    blocks = [Block("The authority listed three causes:"), Block("storms, strikes, late parts")]
    assert texts(clean_blocks([*blocks, Block(PROSE)])) == [*texts(blocks), PROSE]


@pytest.mark.parametrize(
    "teaser",
    ["Also on ledger.example Ferry fares to rise next year", "(See also: Ferry fares rise)"],
)
def test_a_teaser_label_with_linked_text_is_dropped_without_a_colon(teaser: str) -> None:
    blocks = [Block(PROSE), Block(teaser, link_share=1.0), Block(MORE_PROSE)]
    assert texts(clean_blocks(blocks)) == [PROSE, MORE_PROSE]


def test_a_sentence_opening_with_also_on_stays() -> None:
    sentence = Block("Also on Tuesday, the ministry said the ferry would run twice a day.")
    assert texts(clean_blocks([Block(PROSE), sentence])) == [PROSE, sentence.text]


def test_a_linked_headline_in_capitals_inside_the_text_is_a_promo() -> None:
    promo = link("FERRY FARES TO RISE BY A TENTH NEXT YEAR, SAYS THE MINISTRY")
    assert texts(clean_blocks([Block(PROSE), promo, Block(MORE_PROSE)])) == [PROSE, MORE_PROSE]
    unlinked = Block("FERRY FARES TO RISE BY A TENTH NEXT YEAR, SAYS THE MINISTRY")
    assert texts(clean_blocks([Block(PROSE), unlinked, Block(MORE_PROSE)])) == [
        PROSE,
        unlinked.text,
        MORE_PROSE,
    ]


def test_a_copy_of_the_text_at_its_tail_is_dropped_with_the_short_lines_around_it() -> None:
    teaser = Block("The port authority said on Tuesday that the new ferry line would...")
    copy = Block(f"{PROSE} {MORE_PROSE}")
    blocks = [Block(PROSE), Block(MORE_PROSE), teaser, Block("Harbour Daily"), copy, Block("world")]
    assert texts(confirmed_edges(blocks, " ".join(texts(blocks)))) == [PROSE, MORE_PROSE]


def test_a_repeat_inside_the_text_is_the_authors() -> None:
    step = Block("Stir the oats with the milk and the salt for five minutes over a low heat.")
    last = Block("The ministry has not said when the second vessel will be tested again.")
    blocks = [Block(PROSE), step, Block(MORE_PROSE), step, last]
    assert texts(confirmed_edges(blocks, " ".join(texts(blocks)))) == texts(blocks)


def test_an_embedded_post_at_the_tail_stays() -> None:
    post = Block("The ferry is finally here. Thank you all for waiting with us.")
    signature = Block("— Harbour Authority (@harbour_auth) March 3, 2026")
    blocks = [Block(PROSE), Block(MORE_PROSE), post, signature]
    assert texts(confirmed_edges(blocks, f"{PROSE} {MORE_PROSE}")) == texts(blocks)
