"""Rules added after the development set: cues, descriptions that stand for a named speaker,
false positives, modality of an institution's own acts (fresh sentences, not corpus text)."""

from __future__ import annotations

from datetime import date

import pytest

from watchdesk.nlp.times import find_times


def _by_content(found, content):
    matches = [s for s in found if s.content == content]
    assert len(matches) == 1, found
    return matches[0]


# --- cues ---------------------------------------------------------------------------------------


def test_countered_that_reports_a_clause(statements):
    found = statements("The landlord Ivo Marsh countered that the rent had not risen since 2019.")
    statement = _by_content(found, "the rent had not risen since 2019")
    assert statement.speaker == "Ivo Marsh"


def test_urged_reports_the_addressee_and_the_action(statements):
    found = statements("Mayor Sofia Brandt urged drivers to leave their cars at home on Friday.")
    statement = _by_content(found, "drivers to leave their cars at home on Friday")
    assert statement.speaker == "Sofia Brandt"
    assert statement.cue == "urged"


def test_verb_of_manner_introduces_a_quote(statements):
    found = statements('Greta Holm ran the bakery for years. "Not a single day off," she laughs.')
    assert _by_content(found, "Not a single day off").speaker == "Greta Holm"


def test_gesture_before_a_colon_introduces_a_quote(statements):
    text = 'His brother, Tarik Osei, rolled his eyes: "He has said that every year."'
    statement = _by_content(statements(text), "He has said that every year.")
    assert statement.speaker == "Tarik Osei"


def test_age_description_stands_for_the_person_named_before(statements):
    text = (
        "Ruth Dahl has swum in the lake every morning. "
        '"Cold water keeps me young," said the 82-year-old.'
    )
    assert _by_content(statements(text), "Cold water keeps me young").speaker == "Ruth Dahl"


def test_answer_after_a_reporter_question_keeps_the_speaker(statements):
    text = (
        '"We start in April," coach Lena Froh said. And the stadium? "It will be ready, I promise."'
    )
    found = statements(text)
    assert _by_content(found, "It will be ready, I promise.").speaker == "Lena Froh"


def test_answer_after_asked_sentence_goes_to_its_subject(statements):
    text = (
        "Transport chief Amir Sato visited the depot on Monday. Asked whether fares would rise, "
        'he did not hesitate. "They will not, not this year."'
    )
    found = statements(text)
    assert _by_content(found, "They will not, not this year.").speaker == "Amir Sato"


# --- false positives ----------------------------------------------------------------------------


def test_open_whether_clause_is_no_statement(statements):
    found = statements("Police chief Dora Lind did not say whether the suspect had been armed.")
    assert found == []


def test_procedural_object_is_no_statement(statements):
    found = statements("The appeals court on Monday rejected a lawsuit brought by two landlords.")
    assert found == []


# --- speakers -----------------------------------------------------------------------------------


def test_short_company_name_resolves_to_the_full_name(statements):
    text = (
        "Brightmoor Logistics will close two depots, the firm said on Monday. "
        "Brightmoor said the closures would affect 80 jobs."
    )
    statement = _by_content(statements(text), "the closures would affect 80 jobs")
    assert statement.speaker == "Brightmoor Logistics"
    assert statement.speaker_kind == "organisation"


def test_description_named_in_the_next_sentence(statements):
    text = (
        "A former nurse at the clinic has accused managers of hiding complaints. "
        "Hanne Vik, who worked there until 2024, said patients had waited for hours."
    )
    found = statements(text)
    assert _by_content(found, "patients had waited for hours").speaker == "Hanne Vik"
    assert _by_content(found, "managers of hiding complaints").speaker == "Hanne Vik"


def test_body_noun_stands_for_the_organisation_named_before(statements):
    text = (
        "Members of the Guild of Harbour Pilots met on Monday. Pilots will refuse night shifts "
        "from March, their union said."
    )
    found = statements(text)
    statement = _by_content(found, "Pilots will refuse night shifts from March")
    assert statement.speaker == "Guild of Harbour Pilots"


def test_office_speaks_for_its_holder(statements):
    text = (
        "Senator Joan Okafor said she would vote against the bill. Her office said a statement "
        "would follow on Tuesday."
    )
    statement = _by_content(statements(text), "a statement would follow on Tuesday")
    assert statement.speaker == "Joan Okafor"


def test_they_resolves_to_people_named_together(statements):
    text = (
        "Farmers Olga Brun and Piet Kamp, who lead the protest, met the minister on Monday. "
        "They said the talks had gone nowhere."
    )
    statement = _by_content(statements(text), "the talks had gone nowhere")
    assert set(statement.speakers) == {"Olga Brun", "Piet Kamp"}


# --- modality -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "modality", "polarity"),
    [
        (
            "The witness Karl Brenn said he did not recall the meeting.",
            "he did not recall the meeting",
            "uncertain",
            "affirm",
        ),
        (
            "Asked about the budget, mayor Ines Falk said that had not been decided.",
            "that had not been decided",
            "uncertain",
            "affirm",
        ),
        (
            "Bus drivers at three depots in Orlen will strike on Friday, the transport union said.",
            "Bus drivers at three depots in Orlen will strike on Friday",
            "planned",
            "affirm",
        ),
    ],
)
def test_modality_of_reported_acts(statements, text, content, modality, polarity):
    statement = _by_content(statements(text), content)
    assert (statement.modality, statement.polarity) == (modality, polarity)


# --- times --------------------------------------------------------------------------------------

THURSDAY = date(2026, 12, 10)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "end"),
    [
        ("Bids must be filed by Nov. 30.", "Nov. 30", "2027-11-30", None),
        ("The mine was sold on Nov. 30.", "Nov. 30", "2026-11-30", None),
        ("Output fell from 2019 to 2022.", "2019 to 2022", "2019-01-01", "2022-01-01"),
        ("The fund will run until at least 2031.", "2031", "2031-01-01", None),
        ("Fees for all 2027 applicants will rise.", "2027", "2027-01-01", None),
        ("Campaigning for the June elections has begun.", "June", "2027-06-01", None),
        (
            "Speaking on Tuesday, the minister said the plan had failed.",
            "Tuesday",
            "2026-12-08",
            None,
        ),
        ("In an essay on Monday, she writes that the war is over.", "Monday", "2026-12-07", None),
    ],
)
def test_time_direction_and_forms(parse, sentence, text, value, end):
    times = find_times(parse(sentence), THURSDAY)
    if text is None:
        assert times == []
        return
    assert [(t.text, t.value, t.end) for t in times] == [(text, value, end)]
