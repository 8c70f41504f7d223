"""Attribution on wire copy and newspaper prose (issue 9, measured on a public corpus).

Each test names a class of language met in real reporting and uses a sentence written for it.
"""

from __future__ import annotations


def _by_content(found, content):
    matches = [s for s in found if s.content == content]
    assert len(matches) == 1, found
    return matches[0]


# --- paragraphs ---------------------------------------------------------------------------------


def test_a_line_break_starts_a_sentence_unless_the_line_goes_on_in_lower_case(parse):
    doc = parse("Harbour talks stall again\nThe ferry operator said the pilots walked\nout.")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == [
        "Harbour talks stall again",
        "The ferry operator said the pilots walked\nout.",
    ]


def test_a_quote_takes_no_cue_from_the_next_paragraph(statements):
    text = (
        '"We expect the ferries back by spring," said Mira Holm, who runs the port authority. '
        '"The new hulls are nearly done."\n\n'
        "Later on Monday the shipyard's owner, Arvid Lenz, told investors that the order book was "
        "full."
    )
    found = statements(text)
    continued = _by_content(found, "The new hulls are nearly done.")
    assert continued.speaker == "Mira Holm"
    assert _by_content(found, "the order book was full").speaker == "Arvid Lenz"


# --- quotes that go on --------------------------------------------------------------------------


def test_a_quote_with_no_cue_after_a_reported_claim_goes_on_with_its_speaker(statements):
    text = (
        "Ola Brekke, the harbour master, said the ferries would sail again in March. "
        '"We have waited long enough," the statement went on.\n\n'
        "Kari Moen said the quay was safe. "
        '"Nobody was hurt. The cranes are standing."'
    )
    found = statements(text)
    going_on = _by_content(found, "Nobody was hurt. The cranes are standing.")
    assert going_on.speaker == "Kari Moen"
    assert going_on.kind == "direct"
    assert going_on.cue == ""


def test_a_quote_after_a_paragraph_break_goes_on_with_the_last_speaker(statements):
    text = (
        '"The line will open in May," said Tove Rask, a spokeswoman for the rail company.\n\n'
        '"After that, trains run every hour."'
    )
    going_on = _by_content(statements(text), "After that, trains run every hour.")
    assert going_on.speaker == "Tove Rask"


def test_a_full_stop_inside_brackets_does_not_end_the_sentence_before_a_quote_goes_on(
    statements,
):
    text = (
        '"This was the first step," said Sen. Ida Mork (R-Vt.), who chairs the panel. '
        '"More hearings will follow next week."'
    )
    going_on = _by_content(statements(text), "More hearings will follow next week.")
    assert going_on.speaker == "Ida Mork"


# --- where a reported claim ends ----------------------------------------------------------------


def test_a_participle_the_writer_adds_after_a_comma_is_not_the_claim(statements):
    text = (
        "The port authority said cargo volumes rose by a tenth, extending a run of record months."
    )
    _by_content(statements(text), "cargo volumes rose by a tenth")


def test_a_contrast_the_writer_sets_against_a_claim_is_not_the_claim(statements):
    text = "Rask insisted that the vote was fair, while observers counted missing ballots."
    _by_content(statements(text), "the vote was fair")


def test_an_aside_in_brackets_at_the_end_is_not_the_claim(statements):
    text = "Lund said he would end the toll on the old bridge (a fee drivers have paid since 1990)."
    _by_content(statements(text), "he would end the toll on the old bridge")


def test_a_frame_before_the_cue_is_no_claim(statements):
    found = statements("In an interview published on Sunday, Lund said the toll would go.")
    assert [s.content for s in found] == ["the toll would go"]


# --- a name before a colon ----------------------------------------------------------------------


def test_a_headline_names_its_speaker_before_a_colon_by_a_name_the_article_uses(statements):
    text = (
        "Venn: Talks on the border will resume in May\n\n"
        "The foreign minister, Aldo Venn, spoke to reporters in the capital on Monday."
    )
    statement = _by_content(statements(text), "Talks on the border will resume in May")
    assert statement.speaker == "Aldo Venn"
    assert statement.cue == ":"


def test_a_capitalised_word_no_name_uses_is_no_speaker_before_a_colon(statements):
    text = "Update: The road to the airport will reopen at noon\n\nAldo Venn drove home."
    assert [s for s in statements(text) if s.cue == ":"] == []


def test_a_quote_after_a_name_and_its_outlet_is_the_named_speakers(statements):
    text = (
        'Ada Roy, The Harbour Times: "It was the mayor\'s best night. The rest is noise."\n\n'
        'Piet Lund, Radio North: "Nobody will remember the debate by Friday."'
    )
    found = statements(text)
    first = _by_content(found, "It was the mayor's best night. The rest is noise.")
    assert first.speaker == "Ada Roy"
    assert first.kind == "direct"
    assert _by_content(found, "Nobody will remember the debate by Friday.").speaker == "Piet Lund"


def test_an_aside_after_a_closing_quote_is_cut_and_the_quote_kept(statements):
    text = 'Harbour officials said the new quay would be "fully paid for," despite a fall in gifts.'
    _by_content(statements(text), 'the new quay would be "fully paid for,"')


def test_a_hedge_of_the_speakers_own_stays_in_the_claim(statements):
    text = "Another voter said he backed the plan, though his family did not."
    _by_content(statements(text), "he backed the plan, though his family did not")


# --- what documents show ------------------------------------------------------------------------


def test_a_finding_keeps_the_words_after_its_object(statements):
    found = statements("New polls out on Monday show the mayor up by four points in the north.")
    assert _by_content(found, "the mayor up by four points in the north").speaker == "New polls"


def test_a_document_showing_something_is_the_source_of_it(statements):
    text = "With national polls showing the mayor with a clear lead, Rask went south."
    statement = _by_content(statements(text), "the mayor with a clear lead")
    assert statement.speaker == "national polls"


def test_a_relative_clause_on_a_person_stays_in_the_claim(statements):
    text = "Bo Lind says the vote turns on farmers like Eva Holm, who has voted for every winner."
    _by_content(
        statements(text), "the vote turns on farmers like Eva Holm, who has voted for every winner"
    )


def test_a_verb_of_finding_joined_inside_a_reported_clause_is_part_of_it(statements):
    text = "Piet Lund, the group's director, said it had tested the slogan and found it effective."
    found = statements(text)
    assert [s.content for s in found] == ["it had tested the slogan and found it effective"]


# --- what is not a statement --------------------------------------------------------------------


def test_a_market_that_put_on_a_figure_reports_nothing(statements):
    assert statements("Oslo was up 0.2 percent, Bergen put on 0.1 percent and Lund fell.") == []


def test_putting_something_at_a_place_is_no_estimate(statements):
    assert statements("He even put his own wines on display at a rally in May.") == []


def test_denying_someone_something_is_no_denial(statements):
    found = statements("A late swing would deny the governor a second term, aides said.")
    assert [(s.cue, s.content) for s in found] == [
        ("said", "A late swing would deny the governor a second term")
    ]


def test_a_short_title_after_a_colon_is_no_quote(statements):
    assert statements('The channel faces a new rival: "Harbour Nights" drew more viewers.') == []


# --- speakers named by a quantifier -------------------------------------------------------------


def test_one_and_another_speak_for_one_person_each(statements):
    text = (
        "Voters in the square were split. One said the mayor had earned a second term. "
        "Another said he had not."
    )
    found = statements(text)
    assert _by_content(found, "the mayor had earned a second term").speaker_kind == "person"
    assert _by_content(found, "he had not").speaker == "Another"


def test_many_of_a_group_speak_as_that_group(statements):
    found = statements("Many of her closest advisers say the race is already won.")
    statement = _by_content(found, "the race is already won")
    assert statement.speaker == "her closest advisers"
    assert statement.speaker_kind == "group"
