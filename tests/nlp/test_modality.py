"""Polarity and modality of statements: plans told apart from forecasts, indecision from denial."""

from __future__ import annotations

import pytest

from watchdesk.nlp.entities import find_entities
from watchdesk.nlp.statements import find_statements


@pytest.fixture
def judged(parse):
    def run(text):
        doc = parse(text)
        found = find_statements(doc, find_entities(doc))
        assert found, text
        return found[-1].polarity, found[-1].modality

    return run


@pytest.mark.parametrize(
    "text",
    [
        # The speaker itself as the subject: first person, or the pronoun that stands for it.
        '"We will appeal," said Arne Vik, the club\'s chairman.',
        "The rowing federation said it would move the regatta to Lake Sorn.",
        "Tenants said they would withhold their rent.",
        "Arne Vik said his club would sell the training ground.",
        # The body an official speaks for, a passive, a verb of deciding in an institution's mouth.
        "The council's spokeswoman, Eva Dahl, said the city would close the pool.",
        "The water board said all wells would be tested in June.",
        "The rail operator said the line would reopen on Monday.",
    ],
)
def test_a_body_announcing_its_own_action_is_planned(judged, text):
    assert judged(text)[1] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "The farm minister, Eva Dahl, said milk prices would fall.",
        "Arne Vik, the club's chairman, said the weather would improve.",
        "Norvaland's defence minister, Eva Dahl, said Karesian troops would remain at the border.",
        '"If it comes to a vote, parliament will decide," said Eva Dahl, the farm minister.',
    ],
)
def test_a_forecast_about_others_or_the_world_is_expected(judged, text):
    assert judged(text)[1] == "expected"


@pytest.mark.parametrize(
    ("text", "polarity", "modality"),
    [
        ('"I won\'t pretend it was easy," said Arne Vik.', "deny", "asserted"),
        ('"The pitch is ready. The crowds will come," said Arne Vik.', "affirm", "asserted"),
        ("Arne Vik said there was no plan and there would be none.", "deny", "asserted"),
        ("Arne Vik said the club had no intention of selling.", "deny", "planned"),
    ],
)
def test_a_several_clause_statement_takes_its_first_clause(judged, text, polarity, modality):
    assert judged(text) == (polarity, modality)


@pytest.mark.parametrize(
    ("text", "polarity", "modality"),
    [
        ('"Frankly? I don\'t know," said Arne Vik.', "affirm", "uncertain"),
        ("According to Eva Dahl, the minister did not rule out a new tax.", "affirm", "uncertain"),
        ("Arne Vik said he had heard no shots fired.", "deny", "asserted"),
        ('Arne Vik said a merger was "not on the table for now".', "deny", "asserted"),
    ],
)
def test_indecision_is_not_denial_and_hidden_negation_is(judged, text, polarity, modality):
    assert judged(text) == (polarity, modality)
