"""Questions: a statement's proposition joins the question on its matter; questions get names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from watchdesk.analysis.propositions import COUNT, Proposition, read_proposition
from watchdesk.analysis.question_names import name_score, question_name
from watchdesk.analysis.questions import (
    JOIN_COSINE,
    TOPIC_COSINE,
    QuestionView,
    choose_question,
    continues,
    same_matter,
    same_predicate,
    with_context,
)
from watchdesk.analysis.topics import figures
from watchdesk.ingest.files import read_inputs
from watchdesk.pipeline import ingest
from watchdesk.records import Frame, LinkedStatement, Question
from watchdesk.store import open_store


def unit(*values):
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def said(content, language="en", context="", names=()):
    return LinkedStatement(
        key=content,
        speaker="A spokeswoman",
        speaker_key="",
        content=content,
        language=language,
        published=None,
        topics=tuple(f"e:{n}" for n in names),
        figures=tuple(figures(content)),
        context=context,
    )


def proposition(content, language="en", context="", names=()):
    return read_proposition(said(content, language, context, names))


def view(question_id, content, centroid=None, size=1, language="en"):
    topics = proposition(content, language).topics()
    return QuestionView(Question(question_id, content, topics, size), centroid)


# -- reading the proposition ----------------------------------------------------------------


def test_a_proposition_holds_the_action_what_does_it_and_what_it_is_done_to():
    found = proposition("The damaged ferry terminal will reopen to passengers on Monday")

    assert "open" in found.actions
    assert {"ferry", "terminal"} <= found.subjects
    assert "passenger" in found.objects


def test_a_noun_that_is_also_a_verb_stem_names_a_thing_not_an_action():
    # "crossings" begins like "cross", but nothing crosses in this sentence.
    assert "move" not in proposition("The three crossings stayed busy all day").actions


def test_a_figure_says_how_many_of_the_thing_it_counts():
    found = proposition("About 40 warships are patrolling the strait")

    assert COUNT in found.actions
    assert "warship" in found.subjects


def test_a_number_ending_the_clause_counts_its_subject():
    found = proposition("The garrison's troops number about 900")

    assert COUNT in found.actions
    assert "troops" in found.subjects


def test_a_distance_counts_nothing():
    assert COUNT not in proposition("The depot lies 25 miles from the coast").actions


@pytest.mark.parametrize(
    ("content", "before"),
    [
        ("It will take weeks", "The harbour bridge will reopen after repairs."),
        ("This matter is still under review", "Will the harbour bridge reopen?"),
    ],
)
def test_it_and_this_matter_stand_for_what_the_sentence_before_speaks_of(content, before):
    found = proposition(content, context=before)

    assert "bridge" in found.subjects
    assert "open" in found.actions


def test_a_russian_pointer_takes_the_matter_of_the_russian_sentence_before():
    found = proposition("Этот вопрос пока решается", "ru", context="Аэропорт откроют в пятницу.")

    assert found.subjects == {"airport"}
    assert "open" in found.actions


def test_russian_news_nouns_are_read_in_english_terms():
    assert proposition("Мост откроют в понедельник", "ru").subjects == {"bridge"}


@pytest.mark.parametrize(
    ("content", "before", "expected"),
    [
        ("This matter is under review", "Will the border reopen?", "Will the border reopen? This"),
        ("It will take weeks", "The bridge was damaged.", "The bridge was damaged. It"),
        ("Этот вопрос решается", "Граница закрыта.", "Граница закрыта. Этот"),
        ("The border will reopen", "Ministers met.", "The border will reopen"),
        ("This matter is under review", "", "This matter is under review"),
    ],
)
def test_a_statement_pointing_back_is_read_with_the_sentence_before(content, before, expected):
    assert with_context(content, before).startswith(expected)


# -- one matter or two ----------------------------------------------------------------------


def test_a_plan_and_an_open_date_for_the_same_reopening_are_one_matter():
    plan = proposition("The ferry terminal will reopen on Monday")
    open_date = proposition("No date has been set for reopening the ferry terminal")

    assert same_matter(plan, open_date)


def test_the_same_action_of_different_things_is_two_matters():
    assert not same_matter(
        proposition("Tanks crossed the border overnight"),
        proposition("Soldiers crossed the border overnight"),
    )
    assert not same_matter(
        proposition("The airport will reopen on Friday"),
        proposition("The bridge will reopen on Friday"),
    )


def test_a_named_event_and_the_thing_it_is_meet_on_their_action():
    # "Amber Gale" names the exercise: a capitalised pair opening the clause is a name.
    assert same_matter(
        proposition("Amber Gale will end on May 2", names=("gale",)),
        proposition("The exercise will continue until May 20"),
    )


def test_counts_of_different_things_are_two_matters():
    assert not same_matter(
        proposition("About 40 warships are patrolling the strait"),
        proposition("About 300 sailors are on shore leave"),
    )


def test_a_named_action_without_a_thing_meets_the_action_said_of_a_thing():
    # "a decision on the withdrawal" names the action; who withdraws goes without saying.
    assert same_matter(
        proposition("No decision on the withdrawal has been made"),
        proposition("The garrison will withdraw by Sunday"),
    )


# -- choosing the question ------------------------------------------------------------------


def test_a_paraphrase_with_the_same_proposition_joins_the_question():
    question = view(1, "The ferry terminal will reopen on Monday", unit(1, 0.3, 0))
    other = view(2, "The airport will reopen on Friday", unit(1, 0.2, 0))
    statement = proposition("No date has been set for reopening the ferry terminal")

    assert choose_question(statement, unit(1, 0.25, 0), [other, question]) == 1


def test_a_close_embedding_alone_does_not_join_a_different_matter():
    question = view(1, "The airport will reopen on Friday", unit(1, 0, 0))
    statement = proposition("The bridge will reopen on Friday")

    assert choose_question(statement, unit(1, 0, 0), [question]) is None


def test_a_very_close_paraphrase_with_an_unknown_verb_joins_by_a_shared_thing():
    question = view(1, "The ferry terminal is flooded", unit(1, 0, 0))
    statement = proposition("Water covers the ferry terminal")

    assert float(unit(1, 0.1, 0) @ unit(1, 0, 0)) >= JOIN_COSINE
    assert choose_question(statement, unit(1, 0.1, 0), [question]) == 1


def test_a_russian_statement_joins_the_english_question_on_its_matter():
    english = view(1, "The harbour bridge will reopen on Monday", unit(1, 0, 0))
    airport = view(2, "The airport will reopen on Friday", unit(0, 1, 0))

    assert (
        choose_question(proposition("Мост откроют в понедельник", "ru"), None, [airport, english])
        == 1
    )


def test_a_russian_statement_on_another_matter_opens_a_new_question():
    english = view(1, "The harbour bridge will reopen on Monday", unit(1, 0, 0))

    assert choose_question(proposition("Аэропорт закроют в пятницу", "ru"), None, [english]) is None


def test_a_russian_statement_without_an_action_joins_a_question_naming_two_of_its_things():
    question = view(1, "No tanks have crossed the border overnight", unit(1, 0, 0))
    statement = proposition("ни один танк не появлялся у границы", "ru")

    assert not statement.actions
    assert choose_question(statement, None, [question]) == 1
    assert choose_question(proposition("граница спокойна", "ru"), None, [question]) is None


def test_an_english_statement_with_its_own_action_does_not_join_by_topic_alone():
    question = view(1, "The ferry terminal is busy", unit(1, 0, 0))
    statement = proposition("The ferry terminal will close on Friday")

    vector = unit(1, 1.1, 0)  # close enough to be about the terminal, not a paraphrase

    assert TOPIC_COSINE <= float(vector @ unit(1, 0, 0)) < JOIN_COSINE
    assert choose_question(statement, vector, [question]) is None
    assert choose_question(proposition("The ferry terminal is crowded"), vector, [question]) == 1


def test_a_question_naming_many_things_does_not_draw_every_statement_naming_one():
    crowded = view(
        1,
        "Farmers, fishermen, teachers and nurses crowd the ferry terminal and the harbour square",
        unit(1, 0, 0),
    )
    statement = proposition("The nurses are tired")
    vector = unit(1, 1.1, 0)  # about the same scene, not a paraphrase

    assert "nurse" in statement.things
    assert TOPIC_COSINE <= float(vector @ unit(1, 0, 0)) < JOIN_COSINE
    assert choose_question(statement, vector, [crowded]) is None
    assert choose_question(proposition("Tired nurses crowd the terminal"), vector, [crowded]) == 1


def test_among_fitting_questions_the_closer_one_wins():
    near = view(1, "The ferry terminal will reopen on Monday", unit(1, 0.1, 0))
    far = view(2, "The ferry terminal will reopen soon", unit(0.4, 1, 0))
    statement = proposition("The ferry terminal reopens on Monday")

    assert choose_question(statement, unit(1, 0, 0), [far, near]) == 1


def test_nothing_to_join_opens_a_new_question():
    assert choose_question(Proposition(), unit(1, 0, 0), []) is None


def test_two_wordings_with_one_frame_from_the_parse_join_one_question():
    # Neither verb is one a word list knows; the parse read both as the board deciding on dredging.
    first = said("The harbour board will make its decision on the dredging soon")
    second = said("The harbour board has yet to rule on dredging the channel")
    ruling = Frame("decide", subject="harbour board", objects=("dredging",))
    vectors = (unit(1, 0, 0), unit(1, 2, 0))  # cosine 0.45: related, far from a paraphrase

    def question(statement):
        return QuestionView(Question(1, "", read_proposition(statement).topics()), vectors[0])

    unframed = choose_question(read_proposition(second), vectors[1], [question(first)])
    framed_first, framed_second = (replace(s, frame=ruling) for s in (first, second))
    framed = choose_question(read_proposition(framed_second), vectors[1], [question(framed_first)])

    assert unframed is None
    assert framed == 1


def test_a_listed_predicate_of_a_named_subject_is_the_action_the_words_missed():
    content = "Commander Ostrava, who led the convoy, is on her way back to the depot"
    returning = Frame("return", subject="ostrava", objects=("depot",))

    assert not proposition(content).actions
    assert read_proposition(replace(said(content), frame=returning)).actions == {"return"}
    unnamed = replace(returning, subject=None)
    assert not read_proposition(replace(said(content), frame=unnamed)).actions


def test_one_unlisted_predicate_said_of_different_things_is_two_matters():
    board = Proposition(subjects=frozenset({"board"}), predicates=frozenset({"decide"}))
    court = Proposition(subjects=frozenset({"court"}), predicates=frozenset({"decide"}))
    other_board = Proposition(subjects=frozenset({"board"}), predicates=frozenset({"postpone"}))

    assert same_predicate(board, replace(board, objects=frozenset({"dredging"})))
    assert not same_predicate(board, court)
    assert not same_predicate(board, other_board)


# -- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("The ferry terminal will reopen on Monday", "Will the ferry terminal reopen on Monday?"),
        ("the ferry terminal would reopen on Monday", "Will the ferry terminal reopen on Monday?"),
        ("No warships have entered the bay", "Have any warships entered the bay?"),
        (
            "Not a single villager will stay behind after the flood",
            "Will any villager stay behind after the flood?",
        ),
        ("The convoy reached the depot on Sunday", "The convoy reached the depot on Sunday."),
    ],
)
def test_a_question_is_named_as_a_readable_proposition(content, expected):
    assert question_name(content, "en") == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "About 40 warships will patrol the strait, not 25",
            "How many warships will patrol the strait?",
        ),
        (
            "There are 300 sailors in the port today",
            "How many sailors are there in the port today?",
        ),
    ],
)
def test_a_counted_subject_is_asked_how_many_without_taking_a_figure(content, expected):
    assert question_name(content, "en") == expected


def test_asking_how_many_says_the_matter_of_a_count():
    matter = proposition("About 40 warships will patrol the strait")

    assert name_score("How many warships will patrol the strait?", None, matter) > name_score(
        "Will the strait be calm?", None, matter
    )


def test_a_name_keeps_the_capital_of_a_name_the_registry_knows():
    name = question_name("Brelia will close its embassy next week", "en", ("e:brelia",))

    assert name == "Will Brelia close its embassy next week?"


def test_a_long_statement_is_named_by_its_main_clause_never_cut_mid_word():
    long = (
        "The ferry terminal will reopen on Monday once the divers have checked every pier, "
        "the cranes are back and the harbour master has signed the last of the papers"
    )
    name = question_name(long, "en")

    assert name.startswith("Will the ferry terminal reopen on Monday")
    assert name.endswith("?")
    assert "…" not in name


def test_a_dateline_is_not_part_of_the_name():
    name = question_name("PORTVIK, May 3 (Coast Wire) - The ferry terminal reopened today", "en")

    assert name == "The ferry terminal reopened today."


def test_a_name_drops_quotation_marks_and_the_attribution_but_keeps_apostrophes():
    name = question_name('The harbour\'s "temporary" closure will last a week, she said', "en")

    assert name == "Will the harbour's temporary closure last a week?"


def test_a_russian_statement_gets_a_russian_name():
    assert question_name("мост откроют в понедельник", "ru") == "Мост откроют в понедельник."


def test_an_english_name_without_a_pronoun_reads_better():
    assert name_score("Will the ferry terminal reopen on Monday?", None) > name_score(
        "Will it reopen on Monday?", None
    )
    assert name_score("Will the ferry terminal reopen on Monday?", None) > name_score(
        "Паром начнёт ходить в понедельник.", None
    )
    assert name_score("Will the ferry reopen?", None) > name_score("c:ferry · e:portvik", None)


def test_a_name_that_says_the_questions_matter_reads_better():
    matter = proposition("The ferry terminal will reopen on Monday")

    assert name_score("Will the ferry terminal reopen soon?", None, matter) > name_score(
        "Were passengers waiting at the terminal?", None, matter
    )


# -- statements that name no matter of their own (issue 9) ----------------------------------------


@pytest.mark.parametrize(
    ("content", "goes_on"),
    [
        ("The mood in the town was calm and patient", True),
        ("Задержка была неизбежной", True),
        ("The ferry service to Tessin will resume on Monday", False),
        ("Silver Gull will end on the 9th", False),
    ],
)
def test_a_statement_saying_no_action_goes_on_with_the_matter_before_it(content, goes_on):
    language = "ru" if content[0] > "z" else "en"
    assert continues(proposition(content, language)) is goes_on


def counted(question_id, *numbers):
    """A question on how many tanks there are, whose members said these figures."""
    members = Proposition(actions=frozenset({COUNT}), numbers=frozenset(numbers))
    question = Question(question_id, "How many tanks?", ("a:count", "s:tank"), 3)
    return QuestionView(question, None, members)


def test_a_bare_figure_joins_the_question_whose_members_counted_it():
    bare = proposition("6,300 was a suspiciously round figure")

    assert choose_question(bare, None, [counted(1, "9000"), counted(2, "6300")]) == 2


def test_a_bare_figure_nobody_counted_opens_its_own_question():
    assert choose_question(proposition("6,300 was too round"), None, [counted(1, "9000")]) is None


def test_a_figure_counting_a_thing_of_its_own_is_matched_by_its_count_not_the_bare_figure():
    own = proposition("About 6,300 sailors will take part")

    assert own.actions == {COUNT}
    assert choose_question(own, None, [counted(1, "6300")]) is None


def questions_of(tmp_path, parser, text, chars):
    """Ingest one invented article; each question's statements, by their first `chars`."""
    page = tmp_path / "ferry.txt"
    page.write_text(text, encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    ingest(read_inputs([page], published=date(2026, 3, 6), max_bytes=100_000), store, parser)
    grouped = [
        sorted(d.statement.content[:chars] for d in store.question_statements(q.id))
        for q in store.questions()
    ]
    store.close()
    return grouped


def test_adjacent_statements_share_a_question_when_the_second_says_no_action(tmp_path, parser):
    text = (
        "Ferry to resume\n\n"
        "The harbour authority said on Friday that the ferry service to Tessin will resume on "
        "Monday. Its director, Jon Halvorsen, said the wait had been \u201cregrettable but "
        "unavoidable\u201d.\n"
    )

    assert questions_of(tmp_path, parser, text, 20) == [
        ["the ferry service to", "the wait had been \u201cr"]
    ]


def test_a_statement_naming_no_matter_takes_the_matter_of_the_sentence_before(tmp_path, parser):
    text = (
        "Ferry to resume\n\n"
        "The harbour authority said on Friday that the ferry service to Tessin will resume on "
        "Monday.\n\n"
        "Repairs to the ferry took a month. The ferry service resumes with two crossings a day.\n\n"
        "\u201cAs often as the weather allows,\u201d its director, Jon Halvorsen, said.\n"
    )

    assert questions_of(tmp_path, parser, text, 12) == [["As often as ", "the ferry se"]]


def test_a_candidate_question_carries_the_topics_its_later_members_brought(store):
    question = store.add_question("Will the ferry resume?", ("a:open", "s:ferry"))
    store.grow_question(question, None, ("a:open", "s:ferry", "n:6300"))

    [candidate] = store.question_candidates(["n:6300"])

    assert candidate.question.topics == ("a:open", "s:ferry")
    assert "n:6300" in candidate.members


@pytest.mark.parametrize("content", ["he asked", "They would.", "«Посмотрим»"])
def test_two_words_name_no_question(content):
    assert question_name(content, "ru" if "«" in content else "en") == ""


def test_a_figure_of_speech_on_the_action_just_spoken_of_joins_its_question(tmp_path, parser):
    text = (
        "Ferry to resume\n\n"
        "The harbour authority said on Friday that the ferry service to Tessin will resume on "
        "Monday. \u201cEvery spring the river reopens,\u201d its director, Jon Halvorsen, "
        "said.\n"
    )

    assert questions_of(tmp_path, parser, text, 12) == [["Every spring", "the ferry se"]]


def test_a_figure_of_speech_after_a_sentence_on_that_action_joins_its_question(tmp_path, parser):
    text = (
        "Ferry to resume\n\n"
        "The harbour authority said on Friday that the ferry service to Tessin will resume on "
        "Monday.\n\n"
        "Repairs to the ferry took a month. The ferry service resumes with two crossings a day.\n\n"
        "\u201cEvery spring the river reopens,\u201d its director, Jon Halvorsen, said.\n"
    )

    assert questions_of(tmp_path, parser, text, 12) == [["Every spring", "the ferry se"]]


def test_among_questions_sharing_as_much_the_one_on_what_it_names_first_wins():
    # "Tanks belong to the brigades' armament": about the tanks, though the brigades are troops.
    statement = proposition("Танки входят в вооружение бригад, и их присутствие не секрет", "ru")
    tanks = view(1, "Будут ли танки переброшены на полигон?", language="ru")
    brigades = view(2, "Будут ли бригады переброшены на полигон?", language="ru")

    assert statement.head == {"armour"}
    assert choose_question(statement, None, [brigades, tanks]) == 1
