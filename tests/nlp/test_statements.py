"""find_statements: who said what, with spans into the text, polarity and modality."""

from __future__ import annotations

import pytest


def _only(found):
    assert len(found) == 1, found
    return found[0]


# --- direct quotes -----------------------------------------------------------------------------


@pytest.mark.parametrize(("open_mark", "close_mark"), [('"', '"'), ("\u201c", "\u201d")])
def test_inverted_quote_attributes_to_apposition_name(statements, open_mark, close_mark):
    text = f"{open_mark}We are ready,{close_mark} said Ilse Brandvik, Norvaland's defence minister."
    statement = _only(statements(text))
    assert statement.kind == "direct"
    assert statement.content == "We are ready"
    assert statement.speaker == "Ilse Brandvik"
    assert statement.speaker_role == "defence minister"
    assert statement.speaker_org == "Norvaland"
    assert statement.cue == "said"


def test_quote_after_colon_runs_over_several_sentences(statements):
    statement = _only(statements('Ilse Brandvik said: "We will not leave. The troops stay."'))
    assert statement.content == "We will not leave. The troops stay."
    assert statement.kind == "direct"
    assert statement.polarity == "deny"


def test_split_quote_is_one_statement_from_first_to_last_quoted_word(statements):
    text = (
        "Ilse Brandvik, the defence minister, visited the border. "
        '"We are ready," she said, "but not yet."'
    )
    statement = _only(statements(text))
    assert statement.content == 'We are ready," she said, "but not yet.'
    assert statement.speaker == "Ilse Brandvik"
    assert statement.speaker_mention == "she"


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "exercise" began on Monday near the border.',
        "Troops began what Karesia calls a \u201cpeacekeeping mission\u201d on Monday.",
    ],
)
def test_scare_quotes_are_not_statements(statements, text):
    assert statements(text) == []


def test_bare_quote_without_attribution_is_not_a_statement(statements):
    assert statements('"We are ready for anything that comes our way."') == []


# --- reported speech ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Ilse Brandvik said that the drills were routine.", "the drills were routine", "said"),
        ("Ilse Brandvik said the drills were routine.", "the drills were routine", "said"),
        (
            "Ilse Brandvik told reporters on Monday that the drills were routine.",
            "the drills were routine",
            "told reporters",
        ),
        ("The drills were routine, Ilse Brandvik said.", "The drills were routine", "said"),
        ("Ilse Brandvik claimed the drills were routine.", "the drills were routine", "claimed"),
    ],
)
def test_reported_speech_content_and_cue(statements, text, content, cue):
    statement = _only(statements(text))
    assert statement.kind == "indirect"
    assert (statement.content, statement.cue, statement.speaker) == (content, cue, "Ilse Brandvik")


def test_partial_quote_inside_reported_speech_keeps_both_marks(statements):
    text = 'Ilse Brandvik said the troops would leave "when the job is done".'
    statement = _only(statements(text))
    assert statement.content == 'the troops would leave "when the job is done"'


def test_according_to_drops_the_phrase_from_the_content(statements):
    for text in [
        "According to officials, the troops may stay until March.",
        "The troops may stay until March, according to officials.",
    ]:
        statement = _only(statements(text))
        assert statement.kind == "according_to"
        assert statement.content in {
            "the troops may stay until March",
            "The troops may stay until March",
        }
        assert statement.cue.lower() == "according to"
        assert statement.speaker_kind == "group"


def test_several_speakers_are_listed_first_speaker_first(statements):
    statement = _only(statements("Aldis Varro and Ilse Brandvik said the talks had failed."))
    assert statement.speakers == ("Aldis Varro", "Ilse Brandvik")
    assert statement.speaker == "Aldis Varro"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "The defence ministry said in a statement that drills will continue.",
            "defence ministry",
            "organisation",
        ),
        ("The White House said talks would resume.", "White House", "organisation"),
        ("Experts warned that the buildup could last for months.", "Experts", "group"),
        ("Residents said the soldiers left overnight.", "Residents", "group"),
    ],
)
def test_institutional_and_group_speakers(statements, text, speaker, kind):
    statement = _only(statements(text))
    assert (statement.speaker, statement.speaker_kind) == (speaker, kind)


# --- speaker resolution ------------------------------------------------------------------------

ARTICLE = (
    "Maeve Halloran, head of the defence programme at the Nordic Policy Forum, said Karesia "
    "would keep its troops in the region. Halloran added that the drills were a signal. "
    '"They want us to notice," she said.'
)


def test_surname_and_pronoun_resolve_to_full_name_with_role(statements):
    found = statements(ARTICLE)
    assert [s.speaker for s in found] == ["Maeve Halloran"] * 3
    assert [s.speaker_mention for s in found] == ["Maeve Halloran", "Halloran", "she"]
    for statement in found:
        assert statement.speaker_role == "head of the defence programme"
        assert statement.speaker_org == "Nordic Policy Forum"


def test_role_before_name_gives_role(statements):
    statement = _only(statements("Defence Minister Ilse Brandvik said the drills were routine."))
    assert (statement.speaker, statement.speaker_role) == ("Ilse Brandvik", "Defence Minister")


def test_the_minister_resolves_to_last_minister(statements):
    text = (
        "Ilse Brandvik, Norvaland's defence minister, visited the border. "
        "The minister said that no date has been set for the withdrawal."
    )
    statement = _only(statements(text))
    assert statement.speaker == "Ilse Brandvik"
    assert statement.speaker_mention == "The minister"


def test_unresolvable_pronoun_gives_no_statement(statements):
    assert statements("She said the drills were routine.") == []


def test_statements_come_in_text_order(statements):
    found = statements(ARTICLE)
    starts = [s.span.start for s in found]
    assert starts == sorted(starts)


# --- polarity and modality ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "polarity", "modality"),
    [
        ("Ilse Brandvik said the troops will leave.", "affirm", "expected"),
        ("Ilse Brandvik said the troops will not leave.", "deny", "expected"),
        ("Ilse Brandvik denied that troops had crossed the border.", "deny", "asserted"),
        ("Ilse Brandvik said the troops may leave in March.", "affirm", "uncertain"),
        ("Ilse Brandvik said the government has not decided.", "affirm", "uncertain"),
        ("Ilse Brandvik said that no date has been set.", "affirm", "uncertain"),
        ("Ilse Brandvik said the army plans to withdraw in March.", "affirm", "planned"),
        ("Ilse Brandvik promised to withdraw the troops by March.", "affirm", "planned"),
        ("Ilse Brandvik feared the talks had failed.", "affirm", "uncertain"),
        ("Ilse Brandvik said no troops had crossed the border.", "deny", "asserted"),
        ("Ilse Brandvik said the talks had failed.", "affirm", "asserted"),
        ('"Will the troops leave?" asked Ilse Brandvik.', "affirm", "question"),
    ],
)
def test_polarity_and_modality(statements, text, polarity, modality):
    statement = _only(statements(text))
    assert (statement.polarity, statement.modality) == (polarity, modality)


# --- quotes that go on, and speakers named around the subject ---------------------------------


def test_quote_going_on_in_the_next_sentence_is_a_further_statement(statements):
    text = (
        '"The ice is thin," ranger Tove Berg said. "Nobody should walk on the lake." '
        "The park closed on Sunday."
    )
    _, second = statements(text)
    assert second.content == "Nobody should walk on the lake."
    assert (second.speaker, second.cue, second.kind) == ("Tove Berg", "", "direct")


def test_quote_after_a_new_paragraph_or_narration_does_not_go_on(statements):
    text = (
        '"The ice is thin," ranger Tove Berg said. The park closed on Sunday. '
        '"Nobody should walk on the lake," a notice read.'
    )
    assert [s.content for s in statements(text)] == ["The ice is thin"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The union's spokeswoman, Greta Moen, said the talks had failed.", "Greta Moen"),
        ("The owner of the mill, Vell Timber, said the talks had failed.", "Vell Timber"),
        ("The talks failed, according to the mayor of Ostby, Greta Moen.", "Greta Moen"),
        ("Sorn Mining posted a loss. The company said the talks had failed.", "Sorn Mining"),
    ],
)
def test_a_role_or_common_noun_resolves_to_the_name_beside_or_before_it(statements, text, speaker):
    assert statements(text)[-1].speaker == speaker


def test_he_skips_a_group_and_finds_the_person_named_before(statements):
    text = (
        "Critics, including the novelist Mats Olund, attacked the plan. "
        "Prosecutors said the plan was lawful. He said it was not."
    )
    assert statements(text)[-1].speaker == "Mats Olund"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Fishing crews in Ostby and Lorn said the quota was unfair.",
            "Fishing crews in Ostby and Lorn",
        ),
        ("Nurses waiting outside the ward said the queue was long.", "Nurses"),
        ("Four of the nine judges said the law was void.", "judges"),
        ('"Where do we go now?" one man asked.', "man"),
    ],
)
def test_group_and_unnamed_speakers(statements, text, speaker):
    found = statements(text)
    assert speaker in found[-1].speaker


def test_the_club_is_the_body_its_manager_leads_not_the_last_speaker(statements):
    text = (
        "Ortis Kael, the manager of Brindle Athletic, said the squad was tired. "
        "Shop steward Tamsin Hale said the staff were unpaid. "
        "The club said tickets would go on sale in June."
    )
    found = statements(text)
    tickets = [s for s in found if "tickets" in s.content]
    assert [s.speaker for s in tickets] == ["Brindle Athletic"]


def test_she_after_a_mislabelled_speaker_is_that_speaker(statements):
    text = (
        "Marlow Timber said prices would rise. Shop steward Tamsin Hale said her colleagues "
        "would strike. She said the vote would be held on Friday."
    )
    vote = [s for s in statements(text) if "vote" in s.content]
    assert [s.speaker for s in vote] == ["Tamsin Hale"]
