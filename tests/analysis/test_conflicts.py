"""Conflicting signals from hand-built linked statements: each kind, its reason and its triggers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from watchdesk.analysis.claims import verb_actions
from watchdesk.analysis.conflicts import find_conflicts, repeated_later
from watchdesk.analysis.topics import concepts, dates, figures
from watchdesk.records import LinkedStatement


def linked(content, *, speaker="Ilse Brandvik", day=5, topics=(), question=7, lang="en"):
    published = date(2026, 2, day)
    return LinkedStatement(
        key=f"{speaker}:{content[:30]}",
        speaker=speaker,
        speaker_key=speaker.lower(),
        content=content,
        language=lang,
        published=published,
        article_url=f"https://news.example/{speaker}/{day}",
        topics=tuple(topics) or (*sorted(concepts(content)), "e:karesi"),
        figures=tuple(figures(content)),
        dates=tuple(dates(content, published)),
        question=question,
    )


def test_figures_that_cannot_both_hold_are_a_number_conflict():
    a = linked("About 4,500 Karesian servicemen will take part", speaker="Radomir Vesk", day=1)
    b = linked("At least 12,000 Karesian troops are being moved", speaker="Runa Aavik", day=3)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "number"
    assert (conflict.first, conflict.second) == (a.key, b.key)
    assert conflict.triggers == ("4,500", "12,000")
    assert "about 4,500" in conflict.reason


def test_compatible_figures_are_no_conflict():
    a = linked("About 4,500 Karesian servicemen are here", speaker="Radomir Vesk", day=1)
    b = linked("Some 4,700 Karesian troops are here", speaker="Runa Aavik", day=2)

    assert find_conflicts([b], [a]) == []


def test_a_forecast_against_a_later_report_is_no_polarity_conflict():
    a = linked("Our troops will leave Norvaland by February 15", speaker="Yelena Marovska", day=2)
    b = linked("Some 3,200 Karesian soldiers remain in Norvaland", speaker="Runa Aavik", day=6)

    assert find_conflicts([b], [a]) == []


def test_statements_naming_different_places_are_not_compared():
    a = linked("The Velsk crossing will reopen on 11 February", topics=("e:velsk",), day=2)
    b = linked("The Mirna crossing will reopen on 18 February", topics=("e:mirna",), day=6)

    assert find_conflicts([b], [a]) == []


def test_figures_weeks_apart_are_a_change_not_a_conflict():
    a = linked("There are 7,800 Karesian servicemen in Norvaland", speaker="Ilse Brandvik", day=1)
    b = linked("Some 3,200 Karesian soldiers remain in Norvaland", speaker="Runa Aavik", day=16)

    assert [c.kind for c in find_conflicts([b], [a])] != ["number"]


def test_cross_language_figures_meet_on_the_concept():
    a = linked("There are 7,800 Karesian servicemen in Norvaland today", day=1)
    b = linked(
        "В учениях участвуют не более 4 500 карезийских военнослужащих",
        speaker="Radomir Vesk",
        day=2,
        lang="ru",
    )

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "number"
    assert conflict.triggers == ("7,800", "4 500")


def test_definite_plan_against_no_date_is_definite_vs_undecided():
    a = linked("The border crossings will reopen next week", day=2)
    b = linked("No date has been set for reopening the crossings", speaker="Aldis Varro", day=6)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "definite_vs_undecided"
    assert "no date has been set" in conflict.triggers


def test_opposite_polarity_on_one_action_is_a_polarity_conflict():
    a = linked("No tanks have crossed the border into Norvaland", speaker="Radomir Vesk", day=1)
    b = linked(
        "На полигон Лисма из Карезии переброшены 37 танков",
        speaker="Stanislav Korda",
        day=2,
        lang="ru",
    )

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "polarity"
    assert conflict.triggers == ("crossed", "переброшены")


def test_two_dates_for_one_action_are_a_date_conflict():
    a = linked("Учения продлятся до 28 февраля", speaker="Stanislav Korda", day=3, lang="ru")
    b = linked("The drills will end on February 8, as planned", day=5)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "date"
    assert conflict.triggers == ("2026-02-28", "2026-02-08")


def test_one_speaker_against_themself_is_a_self_contradiction():
    a = linked(
        "Not a single Karesian soldier will stay after the drills end", speaker="Varro", day=1
    )
    b = linked(
        "We have not ruled out that some Karesian units will remain", speaker="Varro", day=20
    )

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "self_contradiction"
    assert conflict.reason.startswith("Varro contradicts themself")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The crossings will reopen next week", "The crossings will reopen on Monday"),
        ("Karesian troops arrived in Velsk", "More Karesian troops arrived in Velsk"),
    ],
)
def test_agreeing_statements_are_no_conflict(first, second):
    a = linked(first, speaker="Ilse Brandvik", day=1)
    b = linked(second, speaker="Aldis Varro", day=2)

    assert find_conflicts([b], [a]) == []


def test_one_action_said_of_different_things_is_no_conflict():
    a = linked("No tanks have crossed the border", speaker="Radomir Vesk", day=1)
    b = linked("Ten Karesian soldiers crossed the border", speaker="Runa Aavik", day=2)

    assert find_conflicts([b], [a]) == []


def test_the_pair_key_does_not_depend_on_order():
    a = linked("About 4,500 Karesian servicemen", speaker="Radomir Vesk", day=1)
    b = linked("At least 12,000 Karesian troops", speaker="Runa Aavik", day=2)

    assert find_conflicts([b], [a])[0].key == find_conflicts([a], [b])[0].key


def test_a_report_of_last_week_against_a_plan_for_next_week_is_no_conflict():
    a = linked("The crossings remained closed on Monday", speaker="Marta Kivi", day=2)
    b = linked("The crossings will reopen next week", speaker="Ilse Brandvik", day=3)

    assert find_conflicts([b], [a]) == []


def test_reports_weeks_apart_describe_a_change_not_a_conflict():
    a = linked("Karesian troops remained at the Lisma range", speaker="Marta Kivi", day=1)
    b = linked("The Karesian troops left Norvaland", speaker="Runa Aavik", day=20)

    assert find_conflicts([b], [a]) == []


def test_a_hedge_is_no_undecided_matter():
    a = linked("The border crossings will reopen next week", day=2)
    b = linked("The crossings may reopen later", speaker="Aldis Varro", day=4)

    assert find_conflicts([b], [a]) == []


def test_an_undecided_matter_followed_by_a_dated_plan_is_a_decision():
    a = linked("No date has been set for reopening the crossings", speaker="Aldis Varro", day=2)
    b = linked("The border crossings will reopen next week", day=6)

    assert find_conflicts([b], [a]) == []


def test_an_action_named_in_a_condition_is_not_claimed():
    a = linked("The Tarn crossing will stay closed until the troops withdraw", day=2)
    b = linked("Karesian troops remain at the Lisma range", speaker="Runa Aavik", day=3)

    assert find_conflicts([b], [a]) == []


def test_a_value_inside_a_range_agrees_with_it():
    a = linked("No more than 4,500 Karesian servicemen take part", speaker="Radomir Vesk", day=1)
    b = linked("About 4,200 Karesian troops take part", speaker="Runa Aavik", day=2)

    assert find_conflicts([b], [a]) == []


def test_a_statement_repeated_in_a_recap_is_flagged_once():
    promise = linked("Our troops will leave Norvaland by February 15", speaker="Marovska", day=2)
    undecided = linked("A decision on withdrawal has not been made", speaker="Varro", day=6)
    recap = linked("a decision on withdrawal has not been made", speaker="Varro", day=9)

    conflicts = find_conflicts([recap], [promise, undecided])

    assert conflicts == []
    assert repeated_later([undecided], [recap]) == {recap.key}


def test_a_cited_figure_is_no_count():
    a = linked("About 4,500 Karesian servicemen take part", speaker="Radomir Vesk", day=1)
    b = linked(
        "He dismissed claims that 12,000 Karesian soldiers were coming", speaker="Vesk", day=2
    )

    assert find_conflicts([b], [a]) == []


# -- words no situation list knows: the frame (action + head nouns) decides ---------------------


def test_an_unlisted_thing_reopening_against_no_date_is_definite_vs_undecided():
    a = linked("The Tessin Bridge will reopen on February 12", speaker="Jonas Vale", day=4)
    b = linked("A date to reopen the bridge has not yet been set", speaker="Pia Korr", day=6)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "definite_vs_undecided"


def test_services_resumed_and_not_resumed_are_a_polarity_conflict():
    a = linked("Tram lines to the old town have restarted", speaker="Ida Marsh", day=10)
    b = linked("Tram lines to the old town have not resumed", speaker="Karl Oby", day=11)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "polarity"
    assert conflict.triggers == ("restarted", "resumed")


def test_counts_of_one_unlisted_thing_are_compared_by_their_noun():
    a = linked("Roughly 30 Ardish frigates joined the patrol", speaker="Ivo Lind", day=2)
    b = linked("At least 70 Ardish frigates are now on patrol", speaker="Lina Ost", day=3)
    c = linked("At least 70 Ardish cooks are now on patrol", speaker="Lina Ost", day=3)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "number"
    assert find_conflicts([c], [a]) == []


def test_a_denial_against_not_ruling_it_out_is_definite_vs_undecided():
    a = linked("No Ardish drone will ever enter the valley", speaker="Mira Talen", day=1)
    b = linked(
        "I cannot rule out that Ardish drones will enter the valley", speaker="Mira Talen", day=5
    )

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "self_contradiction"
    assert "cannot rule out" in conflict.triggers


# -- stances on one matter: wider frames (issue 9) ------------------------------------------------


def test_a_matter_left_open_that_points_back_takes_the_action_of_the_sentence_before():
    minister = linked(
        "All foreign troops will go home after the drills", speaker="Ilse Sand", day=1
    )
    president = replace(
        linked("That matter is to be settled at a later summit", speaker="Aino Sarv", day=2),
        context="The foreign minister said all foreign troops would go home after the drills.",
    )

    [conflict] = find_conflicts([president], [minister])

    assert conflict.kind == "definite_vs_undecided"
    assert "to be settled" in conflict.reason


def test_units_heading_back_to_garrison_is_a_withdrawal_a_matter_left_open_contradicts():
    ministry = linked(
        "The units will head back to garrison when the manoeuvres end", speaker="Defence", day=3
    )
    president = linked(
        "The withdrawal of the troops is still to be settled", speaker="Aino Sarv", day=3
    )

    [conflict] = find_conflicts([president], [ministry])

    assert conflict.kind == "definite_vs_undecided"
    assert "'withdraw'" in conflict.reason


def test_leaving_a_thing_somewhere_is_no_withdrawal_against_leaving_a_place():
    trains = linked("Our troops will leave Tarsk on Friday", speaker="Ivo Lind", day=2)
    kept = linked("We will not leave any troops in a foreign field", speaker="Mira Ost", day=3)

    assert find_conflicts([kept], [trains]) == []


def test_a_plan_dated_in_another_sentence_is_not_definite_about_what_follows():
    plan = linked(
        "The drills end on March 8. After that the soldiers rest. Then the troops will go home",
        speaker="Ilse Sand",
        day=2,
    )
    pending = linked(
        "The withdrawal of the troops has not been decided", speaker="Aino Sarv", day=3
    )

    assert find_conflicts([pending], [plan]) == []


def test_a_count_of_what_could_happen_is_no_count():
    a = linked("About 4,500 Karesian troops take part", speaker="Radomir Vesk", day=1)
    b = linked(
        "The rail link could carry 12,000 Karesian troops a week", speaker="Runa Aavik", day=2
    )

    assert find_conflicts([b], [a]) == []


def test_a_surname_alone_is_the_one_person_of_that_name_said_in_full_elsewhere():
    early = linked("No Ardish drone will ever enter the valley", speaker="Mira Talen", day=1)
    later = replace(
        linked(
            "I cannot rule out that Ardish drones will enter the valley", speaker="Talen", day=20
        ),
        speaker_key="",
    )

    [conflict] = find_conflicts([later], [early])

    assert conflict.kind == "self_contradiction"


def test_a_surname_two_people_share_stays_unresolved():
    early = linked("No Ardish drone will ever enter the valley", speaker="Mira Talen", day=1)
    other = linked("The Ardish drones will stay out", speaker="Oskar Talen", day=2)
    later = replace(
        linked(
            "I cannot rule out that Ardish drones will enter the valley", speaker="Talen", day=20
        ),
        speaker_key="",
    )

    assert find_conflicts([later], [early, other]) == []


def test_an_unlisted_verb_said_to_happen_and_not_is_a_polarity_conflict():
    a = linked("The Orsa reservoir has drained into the river", speaker="Ida Marsh", day=10)
    b = linked("The Orsa reservoir has not drained into the river", speaker="Karl Oby", day=11)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "polarity"
    assert "says 'drained' (reservoir) happens" in conflict.reason


def test_an_unlisted_verb_of_two_different_things_is_no_conflict():
    a = linked("The Orsa reservoir has drained into the river", speaker="Ida Marsh", day=10)
    b = linked("The old quarry has not drained at all", speaker="Karl Oby", day=11)

    assert find_conflicts([b], [a]) == []


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("the plant will recycle the water", {"v:recycl": (1, "will recycle")}),
        ("the villages were evacuated", {"v:evacuat": (1, "were evacuated")}),
        ("the ferries have not sailed", {"v:sail": (-1, "have sailed")}),
        ("the ferries didn't sail", {"v:sail": (-1, "did sail")}),
        ("the ferries won't sail", {"v:sail": (-1, "wo sail")}),
        ("officials have said that the bridge is safe", {}),
        ("the troops will leave on Friday", {}),  # a listed action reads its own verbs
    ],
)
def test_the_main_verb_after_an_auxiliary_keys_an_action(clause, expected):
    assert verb_actions(clause, "en") == expected


def test_reports_weeks_apart_about_one_named_day_are_compared():
    a = linked("Karesian tanks crossed the border on February 3", speaker="Runa Aavik", day=4)
    b = linked("No Karesian tanks crossed the border on February 3", speaker="Ivo Lind", day=18)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "polarity"


def test_reports_weeks_apart_naming_no_day_are_not_compared():
    a = linked("Karesian tanks crossed the border", speaker="Runa Aavik", day=4)
    b = linked("No Karesian tanks crossed the border", speaker="Ivo Lind", day=18)

    assert find_conflicts([b], [a]) == []


def test_words_a_cue_denies_are_no_claim_against_the_same_words_said():
    said = linked("Karesian tanks crossed the border at Velsk", speaker="Runa Aavik", day=4)
    no = linked("No Karesian tanks crossed the border at Velsk", speaker="Oskar Lunde", day=4)
    denied = replace(
        linked("Karesian tanks crossed the border at Velsk", speaker="Ivo Lind", day=5),
        polarity="deny",  # "Lind denied that Karesian tanks crossed …"
    )

    assert find_conflicts([denied], [said, no]) == []


def test_a_denial_by_cue_agrees_with_a_denial_in_words():
    no = linked("No Karesian tanks crossed the border at Velsk", speaker="Runa Aavik", day=4)
    denied = replace(
        linked("Karesian tanks crossed the border at Velsk", speaker="Ivo Lind", day=5),
        polarity="deny",
    )

    assert find_conflicts([denied], [no]) == []


@pytest.mark.parametrize(
    "dated",
    [
        "The terminal will reopen on May 10",
        "VARN, May 4 - The terminal will reopen on Friday",
        "The terminal will reopen on 10 May",
        "The terminal will reopen by the end of May",
    ],
)
def test_the_month_may_is_no_hedge(dated):
    plan = linked(dated, speaker="Lena Morrow", day=4)
    pending = linked("No date has been set for reopening the terminal", speaker="Erik Haas", day=5)

    [conflict] = find_conflicts([pending], [plan])

    assert conflict.kind == "definite_vs_undecided"


def test_a_plan_that_may_happen_is_hedged():
    plan = linked("The terminal may reopen on Friday", speaker="Lena Morrow", day=4)
    pending = linked("No date has been set for reopening the terminal", speaker="Erik Haas", day=5)

    assert find_conflicts([pending], [plan]) == []


def test_a_negated_subject_denies_an_unlisted_verb():
    a = linked("No barge has been unloaded at the quay today", speaker="Lena Morrow", day=4)
    b = linked("Two barges have been unloaded at the quay today", speaker="Pavel Drost", day=4)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "polarity"
    assert "says 'unloaded'" in conflict.reason


def test_a_fear_is_no_claim_a_minister_contradicts():
    fear = replace(
        linked("The closures would last far beyond two weeks", speaker="shop owners", day=3),
        modality="uncertain",  # "Shop owners feared that the closures would last …"
    )
    minister = linked("The closures would not last beyond two weeks", speaker="Oskar Lunde", day=4)
    assert find_conflicts([minister], [replace(fear, modality="asserted")]) != []

    assert find_conflicts([minister], [fear]) == []


def test_counts_of_people_are_compared_though_people_has_no_s():
    a = linked("About 4,000 people have fled the Lenna valley", speaker="Rasa Tamm", day=2)
    b = linked("At least 9,000 people have fled the Lenna valley", speaker="Piet Hollis", day=3)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "number"


def test_a_million_multiplies_the_figure_before_it():
    a = linked("About 1.2 million people have fled the region", speaker="Rasa Tamm", day=2)
    near = linked("About 1,150,000 people have fled the region", speaker="Piet Hollis", day=3)
    far = linked("At least 2,500,000 people have fled the region", speaker="Piet Hollis", day=3)

    assert find_conflicts([near], [a]) == []
    [conflict] = find_conflicts([far], [a])
    assert conflict.kind == "number"


def test_a_timetable_in_the_present_is_a_plan_a_matter_left_open_contradicts():
    plan = linked("The foreign brigades go home after the exercise", speaker="Ilse Sand", day=1)
    pending = linked("Their withdrawal is not yet decided", speaker="Aino Sarv", day=2)

    [conflict] = find_conflicts([pending], [plan])

    assert conflict.kind == "definite_vs_undecided"


def test_a_past_report_with_a_time_clause_is_no_plan():
    report = linked("The foreign brigades went home after the exercise", speaker="Ilse Sand", day=1)
    pending = linked("Their withdrawal is not yet decided", speaker="Aino Sarv", day=2)

    assert find_conflicts([pending], [report]) == []


def test_a_judgement_of_a_thing_admits_no_action_its_speaker_denied():
    a = linked(
        "The patrols will stop on March 3. There will be no request to prolong them",
        speaker="Tova Lind",
        day=1,
    )
    b = linked('the patrols "a demanding task that all crews managed', speaker="Tova Lind", day=9)

    assert find_conflicts([b], [a]) == []


def test_an_admission_after_a_denial_of_what_is_to_come_still_contradicts():
    a = linked("No heavy weapons will be brought into the valley", speaker="Tova Lind", day=1)
    b = linked(
        "Our tanks are standard equipment and their presence was never a secret",
        speaker="Tova Lind",
        day=9,
    )

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "self_contradiction"


def test_an_open_matter_pointing_back_takes_the_action_its_sentence_before_asks_about():
    a = linked("The Orsa ferry will resume service on February 12", speaker="Piet Varga", day=3)
    b = replace(
        linked("No decision has been taken on that question", speaker="Lena Holt", day=4),
        context="Islanders asked when the Orsa ferry would resume service.",
    )

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "definite_vs_undecided"
    assert conflict.triggers == ("resume", "no decision")


def test_an_open_matter_pointing_back_to_another_thing_is_no_conflict():
    a = linked("The Orsa ferry will resume service on February 12", speaker="Piet Varga", day=3)
    b = replace(
        linked("No decision has been taken on that question", speaker="Lena Holt", day=4),
        context="Farmers asked when the grain silo would be rebuilt.",
    )

    assert find_conflicts([b], [a]) == []


def test_a_counting_verb_counts_its_subject():
    a = linked("Some 40 Velarian tanks are at the Orsa camp", speaker="Anna Berg", day=3)
    b = linked("Velarian tanks at the Orsa camp number about 250", speaker="Ola Dahl", day=4)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "number"
    assert conflict.triggers == ("40", "250")


def test_a_counting_verb_with_a_bound_counts_its_subject():
    a = linked("Velaria keeps 5,000 troops at the Orsa camp", speaker="Anna Berg", day=3)
    b = linked(
        "Velarian troops at the Orsa camp number fewer than 1,000", speaker="Ola Dahl", day=4
    )

    [conflict] = find_conflicts([b], [a])

    assert conflict.triggers == ("5,000", "1,000")


def test_the_noun_number_is_no_counting_verb():
    a = linked("Some 40 Velarian tanks are at the Orsa camp", speaker="Anna Berg", day=3)
    b = linked("Velarian tanks at the Orsa camp bear the number 250", speaker="Ola Dahl", day=4)

    assert find_conflicts([b], [a]) == []


def test_a_named_exercise_and_the_exercise_of_one_question_end_on_one_date():
    a = linked(
        "Blue Heron will end on February 12", speaker="Piet Varga", day=3, topics=("drills",)
    )
    b = linked(
        "The exercise will continue until February 26",
        speaker="Lena Holt",
        day=4,
        topics=("drills",),
    )

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "date"


def test_a_named_exercise_and_an_exercise_of_another_question_are_not_compared():
    a = linked(
        "Blue Heron will end on February 12",
        speaker="Piet Varga",
        day=3,
        question=1,
        topics=("drills",),
    )
    b = linked(
        "The exercise will continue until February 26",
        speaker="Lena Holt",
        day=4,
        question=2,
        topics=("drills",),
    )

    assert find_conflicts([b], [a]) == []


def test_a_name_that_is_no_doer_of_the_action_names_no_event():
    a = linked(
        "Piet Varga said on Monday that the shelter will close on February 12",
        speaker="Lena Holt",
        day=3,
        topics=("drills",),
    )
    b = linked(
        "The exercise will continue until February 26",
        speaker="Ola Dahl",
        day=4,
        topics=("drills",),
    )

    assert find_conflicts([b], [a]) == []


def test_a_sentence_with_the_opposite_state_is_no_repeat_but_a_contradiction():
    a = linked("The Orsa bridge is closed", speaker="Anna Berg", day=3)
    b = linked("The Orsa bridge is open", speaker="Ola Dahl", day=4)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "polarity"


def test_a_verb_in_the_progressive_says_the_action_happens():
    a = linked("The Orsa ferry is not running at present", speaker="Anna Berg", day=3)
    b = linked("Islanders say the Orsa ferry is running normally", speaker="Ola Dahl", day=4)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "polarity"


def test_an_action_named_with_ing_after_the_is_no_progressive():
    a = linked("The Orsa ferry is not running at present", speaker="Anna Berg", day=3)
    b = linked(
        "Islanders complained about the running of the Orsa ferry", speaker="Ola Dahl", day=4
    )

    assert find_conflicts([b], [a]) == []


def test_soldiers_said_to_be_in_a_town_contradict_none_being_there():
    a = linked("There are no Velarian soldiers in Orsa", speaker="Anna Berg", day=3)
    b = linked("Velarian soldiers are still in Orsa", speaker="Ola Dahl", day=4)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "polarity"


def test_a_negation_on_the_subject_denies_presence():
    a = linked("No Velarian soldiers are in Orsa", speaker="Anna Berg", day=3)
    b = linked("Hundreds of Velarian soldiers are at the Orsa camp", speaker="Ola Dahl", day=4)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "polarity"


def test_two_reports_of_presence_agree():
    a = linked("Velarian soldiers are in Orsa", speaker="Anna Berg", day=3)
    b = linked("Hundreds of Velarian soldiers are still in Orsa", speaker="Ola Dahl", day=4)

    assert find_conflicts([b], [a]) == []


def test_the_size_of_a_body_of_troops_is_a_count_of_troops():
    a = linked("A Velarian contingent of 5,000 is in Orsa", speaker="Anna Berg", day=3)
    b = linked("Velaria has 900 soldiers in Orsa", speaker="Ola Dahl", day=4)

    [conflict] = find_conflicts([b], [a])

    assert conflict.triggers == ("5,000", "900")


def test_a_body_so_many_strong_is_a_count_of_troops():
    a = linked("The Velarian contingent in Orsa is 5,000 strong", speaker="Anna Berg", day=3)
    b = linked("Velaria has 900 soldiers in Orsa", speaker="Ola Dahl", day=4)

    [conflict] = find_conflicts([b], [a])

    assert conflict.kind == "number"


# -- bounds read from the words around a figure (issue 9) -----------------------------------------


@pytest.mark.parametrize(
    ("content", "bounds"),
    [
        ("No fewer than 6,000 sailors are aboard", ["at_least"]),
        ("Not more than 6,000 sailors are aboard", ["at_most"]),
        ("Between 5,000 and 6,000 sailors are aboard", ["at_least", "at_most"]),
        ("From 5,000 to 6,000 sailors are aboard", ["at_least", "at_most"]),
        ("На борту от 5 000 до 6 000 моряков", ["at_least", "at_most"]),
        ("Fewer than 6,000 sailors are aboard", ["at_most"]),
    ],
)
def test_a_negated_comparison_or_a_range_bounds_its_figures(content, bounds):
    assert [f.bound for f in figures(content)] == bounds


def test_a_floor_above_a_ceiling_is_a_number_conflict_and_a_range_holds_its_middle():
    floor = linked("No fewer than 9,000 Karesian troops are in the country", speaker="Aino Sarv")
    ceiling = linked("Not more than 5,000 Karesian troops are in the country", speaker="Ott Pihl")
    middle = linked("About 6,500 Karesian troops are here", speaker="Ott Pihl")
    ranged = linked("Between 6,000 and 7,000 Karesian troops are here", speaker="Aino Sarv")

    [conflict] = find_conflicts([floor], [ceiling])
    assert conflict.kind == "number"
    assert find_conflicts([ranged], [middle]) == []
