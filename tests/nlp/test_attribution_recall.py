"""Attribution classes met in real reporting (issue 9) and the crash of issue 13.

Each test names a class of language and uses a sentence written for it, not one from a corpus.
"""

from __future__ import annotations

from typer.testing import CliRunner

from watchdesk.cli import app


def _by_content(found, content):
    matches = [s for s in found if s.content == content]
    assert len(matches) == 1, found
    return matches[0]


# --- issue 13: no runaway walks ------------------------------------------------------------------


def test_a_name_joined_to_a_plural_party_noun_does_not_recurse(statements):
    # "companies" looks back for parties named together, and its own phrase is such a pair.
    text = "Halvard Steel and other companies have blamed a surge of cheap fuel for weak sales."
    statement = _by_content(statements(text), "a surge of cheap fuel for weak sales")
    assert statement.speakers[-1] == "other companies"
    assert len(statement.speakers) == 2


def test_a_long_list_of_joint_subjects_is_walked_without_recursion(statements):
    names = ", ".join(f"Delegate{i}" for i in range(400))
    found = statements(f"{names} and the chair said that the vote would wait.")
    assert all(s.content != "" for s in found)


def test_analyze_reports_a_stage_failure_in_one_line(monkeypatch, tmp_path):
    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    # In this process, so that the patched stage is the one that runs (the budgeted worker is
    # tested in tests/test_budget.py).
    monkeypatch.setenv("WATCHDESK_ANNOTATE_IN_WORKER", "false")
    monkeypatch.setattr("watchdesk.pipeline.process", broken)
    path = tmp_path / "note.txt"
    path.write_text("The mayor said the bridge would reopen.", encoding="utf-8")

    result = CliRunner().invoke(app, ["analyze", str(path)])

    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "note.txt" in lines[0]
    assert "RecursionError" in lines[0]


# --- cues ---------------------------------------------------------------------------------------


def test_fear_verb_introduces_reported_speech(statements):
    found = statements("Exiled teachers living in Oslo fear that the schools will stay shut.")
    statement = _by_content(found, "the schools will stay shut")
    assert statement.speaker_kind == "group"
    assert statement.modality == "uncertain"


def test_verbs_of_hoping_and_worrying_report_a_stance(statements):
    found = statements("Farmers worry that the drought will last. Officials hope the rain comes.")
    assert _by_content(found, "the drought will last").cue == "worry"
    assert _by_content(found, "the rain comes").cue == "hope"


def test_wanting_someone_to_act_reports_the_wish(statements):
    found = statements("The dockers' union wants the port to hire forty more crane drivers.")
    statement = _by_content(found, "the port to hire forty more crane drivers")
    assert statement.modality == "planned"


def test_capitalised_cue_after_a_question_mark_attributes_the_quote(statements):
    text = "“Who will pay for the new roof, and when?” Asks Tove Lind, who runs the bakery."
    statement = _by_content(statements(text), "Who will pay for the new roof, and when?")
    assert statement.speaker == "Tove Lind"
    assert statement.cue == "Asks"


def test_according_to_inside_a_clause_keeps_both_halves(statements):
    found = statements("The exercise is, according to the alliance, the largest since 1990.")
    statement = _by_content(
        found, "The exercise is, according to the alliance, the largest since 1990"
    )
    assert statement.kind == "according_to"


# --- speakers -------------------------------------------------------------------------------------


def test_relative_clause_subject_speaks_for_its_antecedent(statements):
    text = "Norvaland, which rejects any intention to send troops north, closed two crossings."
    statement = _by_content(statements(text), "any intention to send troops north")
    assert statement.speaker == "Norvaland"
    assert statement.polarity == "deny"


def test_relative_pronoun_after_a_described_name_is_the_name(statements):
    text = "The plan was praised by Arne Falk, a columnist for the Ledger, who said it was overdue."
    assert _by_content(statements(text), "it was overdue").speaker == "Arne Falk"


def test_a_noun_no_list_knows_still_speaks(statements):
    found = statements("A bartender said the square had been empty all week.")
    statement = _by_content(found, "the square had been empty all week")
    assert statement.speaker_kind == "person"
    found = statements("The campaign said on Tuesday that the candidate would visit three towns.")
    assert _by_content(found, "the candidate would visit three towns").speaker_kind == (
        "organisation"
    )


def test_a_document_is_the_source_of_what_it_shows(statements):
    found = statements("New figures from the farm board show that the harvest will be poor.")
    statement = _by_content(found, "the harvest will be poor")
    assert statement.speaker_kind == "organisation"
    assert statement.cue == "show"


def test_a_time_noun_is_no_speaker(statements):
    assert statements("The week showed that the harvest would be poor.") == []


def test_joint_speakers_are_all_kept(statements):
    text = (
        "Finance Minister Ada Roos and the ministry's spokesman, Piet Vos, claimed that the "
        "budget was balanced."
    )
    statement = _by_content(statements(text), "the budget was balanced")
    assert statement.speakers == ("Ada Roos", "Piet Vos")


# --- quotes ---------------------------------------------------------------------------------------


def test_typewriter_double_apostrophes_are_quote_marks(statements):
    text = "''The ferry will run again in May,'' said Hanne Lodge, the harbour master."
    statement = _by_content(statements(text), "The ferry will run again in May")
    assert statement.kind == "direct"
    assert statement.speaker == "Hanne Lodge"


def test_quote_woven_into_a_reported_clause_leaves_one_clause_statement(statements):
    text = (
        "Mayor Ilse Brandt said the tolls showed “a total disregard for the people who live here”."
    )
    found = statements(text)
    assert len(found) == 1
    assert found[0].kind == "indirect"
    assert found[0].content.startswith("the tolls showed “a total disregard")


def test_a_cue_deeper_in_the_clause_keeps_both_claims(statements):
    text = "Mayor Ilse Brandt said she was angry at councillors she says are blocking the budget."
    found = statements(text)
    assert {s.cue for s in found} == {"said", "says"}
    assert _by_content(found, "are blocking the budget").speaker == "Ilse Brandt"


# --- cues with a preposition or a judgement, cues set in commas -----------------------------------


def test_call_for_reports_what_is_demanded(statements):
    found = statements("Mayor Ilse Brandt called for a ban on night flights over the old town.")
    statement = _by_content(found, "a ban on night flights over the old town")
    assert statement.cue == "called for"


def test_call_on_reports_the_addressee_and_the_action(statements):
    found = statements("Councillor Ada Roos called on voters to reject the harbour plan.")
    assert _by_content(found, "voters to reject the harbour plan").speaker == "Ada Roos"


def test_verb_of_judging_reports_its_object_and_the_as_phrase(statements):
    found = statements("Premier Jonas Vik praised the rescue crews as the bravest in the country.")
    statement = _by_content(found, "the rescue crews as the bravest in the country")
    assert statement.cue == "praised"


def test_a_statement_saying_speaks_for_whoever_issued_it(statements):
    found = statements("The Karesian embassy issued a statement saying that the visit was private.")
    statement = _by_content(found, "the visit was private")
    assert statement.speaker_kind == "organisation"
    assert statement.cue == "saying"


def test_cue_set_in_commas_reports_the_whole_clause(statements):
    text = "Owning the port, Ms Vik said, would give the firm an edge over its rivals."
    content = "Owning the port, Ms Vik said, would give the firm an edge over its rivals"
    assert _by_content(statements(text), content).speaker == "Vik"


def test_a_noun_phrase_claim_inside_a_clause_leaves_the_clause(statements):
    text = "Residents of the estate said they had complained about the broken lifts for months."
    found = statements(text)
    assert [s.content for s in found] == ["they had complained about the broken lifts for months"]


def test_a_title_with_a_full_stop_does_not_end_the_sentence_before_a_quote_goes_on(statements):
    text = (
        '"The river is still rising," Mr. Odell, the lock keeper, said on Sunday. '
        '"We will close the towpath tonight."'
    )
    found = statements(text)
    statement = _by_content(found, "We will close the towpath tonight.")
    assert statement.speaker == _by_content(found, "The river is still rising").speaker


def test_a_quoted_title_after_the_cue_is_not_part_of_a_split_quote(statements):
    text = (
        '"Trade left whole towns behind," said Ted Alden, author of the book '
        '"Towns That Trade Forgot: Ten Years of Closures."'
    )
    found = statements(text)
    assert [s.content for s in found] == ["Trade left whole towns behind"]


def test_a_verb_of_evidence_never_takes_a_quote_from_the_speaker(statements):
    text = "Ilse Brandt said the figures showed “a total disregard for the people who live here”"
    found = statements(text)
    assert [s.speaker for s in found] == ["Ilse Brandt"]


def test_a_bare_cue_sentence_after_a_question_quote_names_its_speaker(statements):
    text = '"Why was the money left sitting in the bank?" Mr. Odell said, echoing many farmers.'
    statement = _by_content(statements(text), "Why was the money left sitting in the bank?")
    assert statement.speaker == "Odell"


def test_asking_someone_to_act_is_an_appeal_not_a_question(statements):
    found = statements("Mayor Ilse Brandt asked the council to delay the vote on the tolls.")
    statement = _by_content(found, "the council to delay the vote on the tolls")
    assert statement.modality != "question"


def test_a_number_standing_for_people_speaks_as_a_group(statements):
    found = statements("The two said they had taken their case to the harbour board.")
    statement = _by_content(found, "they had taken their case to the harbour board")
    assert statement.speaker_kind == "group"


def test_speaker_span_points_at_the_words_that_name_the_speaker(statements):
    text = "The harbour master, Hanne Lodge, said the ferry would run. Later she said it would not."
    found = statements(text)
    named = [s.speaker_span.slice(text) for s in found]
    assert named == ["Hanne Lodge", "she"]


def test_accusing_and_blaming_report_the_charge_with_its_object(statements):
    found = statements("The government officially accused Karesia of meddling in the elections.")
    assert _by_content(found, "Karesia of meddling in the elections").cue == "accused"
    found = statements("Acme Foods blamed cheap imports for its poor results.")
    assert _by_content(found, "cheap imports for its poor results").cue == "blamed"


def test_calling_something_a_name_reports_the_judgement(statements):
    found = statements("Mayor Ingrid Holm called the bypass plan a disaster.")
    statement = _by_content(found, "the bypass plan a disaster")
    assert statement.speaker == "Ingrid Holm"


def test_a_name_the_writer_quotes_with_what_is_not_a_judgement(statements):
    assert statements("Troops began what Karesia calls a “peacekeeping mission” on Monday.") == []


# --- where a claim begins and ends (PolNeAR classes, step 2) ------------------------------------


def test_a_quote_inside_a_reported_clause_stays_in_it_whatever_cue_is_nearer(statements):
    text = 'The mayor said the repair bill was "far too high," and added that they would appeal.'
    found = statements(text)
    assert _by_content(found, 'the repair bill was "far too high,"').cue == "said"
    assert _by_content(found, "they would appeal").cue == "added"


def test_a_verb_of_saying_used_for_aspect_is_no_cue(statements):
    found = statements('The survey said farm incomes continued to fall at a "worrying rate."')
    assert [s.cue for s in found] == ["said"]
    assert found[0].content.startswith("farm incomes continued to fall")


def test_a_quote_right_after_its_cue_is_the_speakers_own_words(statements):
    found = statements('Asked about the delay, the minister said, "We are doing what we can."')
    assert [(s.kind, s.content) for s in found] == [("direct", "We are doing what we can.")]


def test_a_quote_after_the_writers_colon_is_the_speakers_own_words(statements):
    found = statements(
        'The cost of the bridge is no secret: "We spent far too much," the mayor said.'
    )
    assert [(s.kind, s.content) for s in found] == [("direct", "We spent far too much")]


def test_according_to_inside_a_quote_is_the_speakers_own_sourcing(statements):
    found = statements('"Turnout was low, according to the first counts," the clerk said.')
    assert [s.kind for s in found] == ["direct"]


def test_a_quote_with_its_cue_is_not_the_claim_of_an_according_to_source(statements):
    text = '"We will win," Holt said at the rally, according to a recording. "Nobody can stop us."'
    found = statements(text)
    assert [s.kind for s in found] == ["direct", "direct"]
    assert {s.speaker for s in found} == {"Holt"}


def test_a_noun_phrase_claim_ends_before_the_occasion_of_saying(statements):
    found = statements("Coach Ada Berg dismissed talk of a transfer in an interview on Sunday.")
    assert _by_content(found, "talk of a transfer").speaker == "Ada Berg"
    found = statements(
        "Tomas Hale called on the mayor to reopen the shelter in a speech last week."
    )
    assert _by_content(found, "the mayor to reopen the shelter").cue == "called on"


def test_a_promise_keeps_its_time(statements):
    found = statements("The council promised a decision by the end of the month.")
    assert _by_content(found, "a decision by the end of the month").cue == "promised"


def test_a_relative_clause_after_an_endorsed_name_is_the_writers(statements):
    found = statements("The dockers' union endorsed Mara Lind, who has since promised a wage rise.")
    assert _by_content(found, "Mara Lind").cue == "endorsed"
    assert _by_content(found, "a wage rise").speaker == "Mara Lind"


def test_a_second_cue_verb_hung_on_the_object_makes_a_claim_of_its_own(statements):
    text = (
        "The senator called for a ban on night flights and vowed to fight the airport's expansion."
    )
    found = statements(text)
    assert _by_content(found, "a ban on night flights").cue == "called for"
    assert _by_content(found, "to fight the airport's expansion").cue == "vowed"


def test_according_to_leaves_out_the_writers_concession(statements):
    text = "Although the storm closed two roads, the harvest was on time, according to the union."
    assert _by_content(statements(text), "the harvest was on time").kind == "according_to"


def test_according_to_leaves_out_a_source_described_after_it(statements):
    text = (
        "The mill paid its workers twice the wage, according to Iron Days, "
        "a history written by a local teacher."
    )
    found = statements(text)
    assert _by_content(found, "The mill paid its workers twice the wage").kind == "according_to"


# --- cues the lists did not know (PolNeAR classes, step 3) --------------------------------------


def test_calling_for_someone_to_act_reports_the_action_called_for(statements):
    found = statements("Several senators pushed for Hale to leave the ticket.")
    assert _by_content(found, "Hale to leave the ticket").cue == "pushed for"
    found = statements("Senators who have called for Hale to be replaced met on Monday.")
    assert _by_content(found, "Hale to be replaced").speaker_kind == "group"


def test_calling_out_reports_the_object_with_the_charge(statements):
    found = statements("Vera Lind called out the press for its coverage of the strike.")
    assert _by_content(found, "the press for its coverage of the strike").cue == "called out"


def test_verbs_of_talking_report_the_topic_they_talk_of(statements):
    found = statements("Lund spoke out about the closure of the clinic.")
    assert _by_content(found, "the closure of the clinic").cue == "spoke out about"
    found = statements("Mara Holt joked about the length of the meeting.")
    assert _by_content(found, "the length of the meeting").cue == "joked about"


def test_verbs_of_making_known_report_their_object(statements):
    found = statements("The ministry announced plans to build a second bridge.")
    assert _by_content(found, "plans to build a second bridge").cue == "announced"


def test_a_group_of_people_speaks_in_a_who_clause(statements):
    text = (
        "The toll has drawn scrutiny from Republicans, who say it allowed firms to pay for access."
    )
    assert _by_content(statements(text), "it allowed firms to pay for access").speaker == (
        "Republicans"
    )


def test_a_clause_misread_as_the_object_of_say_is_the_claim(statements):
    text = "Ivo Rask said the gap between this year compared with 2012 is remarkable."
    found = statements(text)
    assert [s.content for s in found] == [
        "the gap between this year compared with 2012 is remarkable"
    ]
    assert statements("Lund said a few words that nobody heard.") == []


def test_a_clause_whose_subject_the_parser_hung_before_the_object_is_the_claim(statements):
    # The parser reads "he had secured" as a modifier of "contracts", the object of "said".
    found = statements("Mr. Ode said he had secured contracts for the former mayor.")
    assert [s.content for s in found] == ["he had secured contracts for the former mayor"]


def test_advice_opened_by_an_adverb_is_what_the_speaker_says(statements):
    text = "Dr. Amy Lee works in Ohio. Then try a short walk after dinner, she says."
    assert _by_content(statements(text), "Then try a short walk after dinner").speaker == (
        "Amy Lee"
    )


def test_a_documents_finding_at_the_sentence_end_when_its_verb_is_read_as_a_noun(statements):
    claim = "Mayor Ross has drawn more support from farmers than her rival did"
    found = statements(f"{claim}, a new analysis shows.")
    assert _by_content(found, claim).speaker == "new analysis"
    # "game shows" is a noun of a noun, and no document finds anything in it.
    assert statements("The channel cut its budget for quiz shows.") == []


def test_a_poll_showing_someone_ahead_is_a_finding_however_short(statements):
    assert _by_content(statements("There would be more polls showing Reed ahead."), "Reed ahead")
    text = "With polls showing her with a wide lead, Ross plans a final rally."
    assert _by_content(statements(text), "her with a wide lead").cue == "showing"
    assert statements("The report shows it.") == []


def test_a_speaker_with_an_apposition_hung_inside_the_clause_before_the_cue(statements):
    # The parser makes "chief" the object of "planning" and leaves "said" without a subject.
    text = "The mayor isn't planning any more events, the party's finance chief, Ann Ode, said."
    statement = _by_content(statements(text), "The mayor isn't planning any more events")
    assert statement.speaker == "Ann Ode"


def test_a_noun_the_parser_read_as_an_adjective_of_the_cue_is_its_subject(statements):
    found = statements('"We back her without doubt," the city\'s main daily wrote.')
    assert _by_content(found, "We back her without doubt").kind == "direct"


def test_an_aside_opened_by_as_credits_the_clause_it_hangs_on(statements):
    before = statements("As the Tribune reported on Monday, the council will close the pool.")
    assert [(s.speaker, s.content) for s in before] == [
        ("Tribune", "the council will close the pool")
    ]
    after = statements("The council will close the pool, as the Tribune reported on Monday.")
    assert [(s.speaker, s.content) for s in after] == [
        ("Tribune", "The council will close the pool")
    ]
    # An occasion, not a source: the cue has an object, or no words of saying.
    assert statements("As the mayor defended the plan, the crowd cheered.") == []
    assert statements("As expected, the council closed the pool.") == []


def test_a_gerund_cue_after_before_or_after_is_a_second_claim(statements):
    found = statements("The mayor said the pool would shut after noting that funds were short.")
    assert [(s.cue, s.content) for s in found] == [
        ("said", "the pool would shut"),
        ("noting", "funds were short"),
    ]
    assert statements("Ode thanked the staff before leaving the hall.") == []


def test_a_participle_after_a_spaced_dash_is_the_writers_aside(statements):
    found = statements("Ross said the pool would reopen - cementing her lead in the polls.")
    assert [s.content for s in found] == ["the pool would reopen"]


def test_a_that_clause_hung_on_an_adverb_or_phrase_after_the_cue_is_its_claim(statements):
    found = statements("His team conceded publicly as well as privately that he was trailing.")
    assert _by_content(found, "he was trailing").cue == "conceded"
    found = statements("Ross was in Dorset, claiming without evidence that the race is tied.")
    assert _by_content(found, "the race is tied").cue == "claiming"
    # With an object of its own, the cue keeps it: the clause is the noun's.
    found = statements("Ross cited evidence that the race is tied.")
    assert all(s.content != "the race is tied" for s in found)


def test_verbs_of_forecast_and_vow_report_their_object(statements):
    found = statements("Analysts have predicted an unusually weak quarter for the firm.")
    assert _by_content(found, "an unusually weak quarter for the firm").cue == "predicted"
    found = statements("The mayor vowed victory in the northern wards.")
    assert _by_content(found, "victory in the northern wards").speaker == "mayor"


def test_a_clause_without_a_mark_after_the_object_is_a_relative_clause_on_it(statements):
    found = statements("Ross was in Dorset, vowing victory in a ward no mayor has won since 1988.")
    assert [s.content for s in found] == ["victory in a ward no mayor has won since 1988"]


def test_a_noun_object_cut_off_its_clause_is_no_claim(statements):
    text = "While predicting the scandal would not doom her hopes, Ms. Ode said turnout was weak."
    assert [s.content for s in statements(text)] == ["turnout was weak"]


def test_an_apposition_after_a_dash_is_the_writers(statements):
    found = statements("Analysts have predicted a weak quarter -- revenue that is flat.")
    assert [s.content for s in found] == ["a weak quarter"]


def test_an_act_after_before_or_after_is_not_a_statement(statements):
    text = "After attacking Reed, Mayor Ross turned to her message about unity."
    assert statements(text) == []


def test_a_cue_in_a_relative_clause_stays_inside_the_outer_claim(statements):
    # The parser makes "says" a second clause of "said"; the outer claim runs on through it.
    text = (
        "Lane said she was “shocked and saddened” by Democratic leaders she says are repeating"
        " the governor’s claims on taxes."
    )
    found = statements(text)
    outer = next(s for s in found if s.cue == "said")
    assert outer.content.endswith("she says are repeating the governor’s claims on taxes")
    assert _by_content(found, "are repeating the governor’s claims on taxes").cue == "says"


def test_a_documents_finding_at_a_paragraphs_end(statements):
    # The paragraph break is a token of its own, after the full stop.
    claim = "The deal sent $3.1 million to the party and $1.2 million to state groups as of May 30"
    found = statements(f"{claim}, state records show.\n\nThe next paragraph begins here.")
    assert _by_content(found, claim).speaker == "state records"


def test_a_documents_finding_after_a_closing_quote(statements):
    claim = 'Ode was among those who lobbied the council on "matters of water rights'
    found = statements(f'{claim}," lobbying disclosures show. The vote is on Friday.')
    assert _by_content(found, claim).cue == "show"


def test_an_absolute_phrase_with_with_at_the_end_is_the_writers_gloss(statements):
    text = (
        "Traders expect markets to fall sharply if Mr. Reed wins, with local stocks and bonds"
        " likely to suffer the most."
    )
    assert [s.content for s in statements(text)] == ["markets to fall sharply if Mr. Reed wins"]
    # "with" and a plain noun is part of the claim.
    found = statements("Ode said the council would meet on Friday, with the mayor.")
    assert [s.content for s in found] == ["the council would meet on Friday, with the mayor"]


def test_a_finding_in_a_poll_is_sourced_to_the_poll(statements):
    text = "That very week, the mayor's approval reached 73 percent in the Tribune poll."
    finding = _by_content(statements(text), "the mayor's approval reached 73 percent")
    assert (finding.kind, finding.speaker) == ("according_to", "Tribune poll")
    found = statements("Even as Mr. Reed slips in the polls in every county, his allies spend.")
    assert [s.content for s in found] == ["Mr. Reed slips"]
    # A cue of its own speaks for the clause; going to the polls finds nothing.
    found = statements("In the survey, most voters said the bridge should reopen.")
    assert [s.cue for s in found] == ["said"]
    assert statements("Voters went to the polls on Sunday.") == []
