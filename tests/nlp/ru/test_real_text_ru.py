"""Russian attribution in the shapes real press and memoir text takes (issue 9).

Each test names a class of language with an invented sentence: pronoun speakers with nobody to
stand for, typed hyphens for dashes, straight quotes nested in straight quotes, and more.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchdesk.records import Statement

Find = Callable[[str], list[Statement]]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Он сказал, что мост откроют к зиме.", "он", "person"),
        ("Я утверждаю, что отчёт составлен честно.", "я", "person"),
        ("Мы считаем, что реформа провалилась.", "мы", "group"),
        ("Вы говорите, что денег нет.", "вы", "person"),
    ],
)
def test_a_pronoun_with_no_antecedent_still_speaks(
    statements: Find, text: str, speaker: str, kind: str
) -> None:
    [said] = statements(text)
    assert (said.speaker, said.speaker_kind) == (speaker, kind)


def test_a_pronoun_with_an_antecedent_resolves_to_it(statements: Find) -> None:
    found = statements("Инженер Ольга Дрозд осмотрела мост. Она сказала, что ремонт нужен срочно.")
    assert [s.speaker for s in found] == ["Ольга Дрозд"]


def test_a_pronoun_after_a_body_of_its_gender_is_that_body(statements: Find) -> None:
    [said] = statements(
        "Компания Nordlux Energy получила лицензию на добычу газа, сообщила она в понедельник."
    )
    assert (said.speaker, said.speaker_kind) == ("Nordlux Energy", "organisation")


def test_a_pronoun_of_another_gender_than_the_body_is_not_that_body(statements: Find) -> None:
    [said] = statements("Корпорация «Вестмет» закрыла завод. Он сказал, что рабочих уволят.")
    assert said.speaker == "он"


def test_the_speaker_span_covers_the_name_and_its_title(statements: Find) -> None:
    text = "Вчера депутат Аркадий Лунин заявил, что закон примут осенью."
    [said] = statements(text)
    assert said.speaker_mention == "Аркадий Лунин"
    assert said.speaker_span is not None
    assert said.speaker_span.slice(text) == "депутат Аркадий Лунин"


def test_the_speaker_span_of_a_pronoun_is_the_pronoun(statements: Find) -> None:
    text = "Инженер Ольга Дрозд осмотрела мост. Она сказала, что ремонт нужен срочно."
    [said] = statements(text)
    assert said.speaker_span is not None
    assert said.speaker_span.slice(text) == "Она"


@pytest.mark.parametrize(
    "text",
    [
        '"Смена начинается в шесть утра", - объясняет мастер цеха Пётр Ожогин.',
        "«Смена начинается в шесть утра», — замечает мастер цеха Пётр Ожогин.",
        'Как разъясняет мастер цеха Пётр Ожогин, "смена начинается в шесть утра".',
    ],
)
def test_explaining_and_remarking_verbs_report_speech(statements: Find, text: str) -> None:
    [said] = statements(text)
    assert said.speaker == "Пётр Ожогин"
    assert "смена начинается в шесть утра" in said.content.lower()


def test_a_hyphen_between_spaces_is_a_dash_before_the_cue(statements: Find) -> None:
    [said] = statements("Склад давно пустует, - говорит Нина Орлова.")
    assert (said.speaker, said.content) == ("Нина Орлова", "Склад давно пустует")


def test_a_hyphen_between_spaces_splits_a_quote_around_its_cue(statements: Find) -> None:
    [said] = statements(
        '"Дорогу строили, конечно, сами, - говорит Орлова, - техники не было никакой".'
    )
    assert said.speaker == "Орлова"
    assert said.content.endswith("техники не было никакой")


def test_straight_quotes_nest_inside_straight_quotes(statements: Find) -> None:
    [said] = statements(
        '"Открытие "Северной верфи" изменит весь район", - говорит архитектор Вера Гусева.'
    )
    assert said.speaker == "Вера Гусева"
    assert said.content == 'Открытие "Северной верфи" изменит весь район'


def test_an_adverbial_participle_cue_borrows_the_subject_of_its_verb(statements: Find) -> None:
    [said] = statements("Мэр Иван Сомов покинул зал, заявив, что закон никто не читал.")
    assert (said.speaker, said.cue, said.content) == (
        "Иван Сомов",
        "заявив",
        "закон никто не читал",
    )


def test_a_participle_clause_ends_where_its_verb_takes_over(statements: Find) -> None:
    [said] = statements("Сомов, сказав, что рабочих не хватает, закрыл завод.")
    assert said.content == "рабочих не хватает"


def test_as_with_a_pronoun_before_the_cue_is_according_to(statements: Find) -> None:
    [said] = statements('Как он говорит, "денег на ремонт больше нет".')
    assert (said.speaker, said.kind) == ("он", "according_to")
    assert "денег на ремонт больше нет" in said.content


def test_a_quoted_name_may_stand_between_the_cue_and_its_clause(statements: Find) -> None:
    [said] = statements('Депутат Сомов заявил вчера "Известиям", что закон примут осенью.')
    assert (said.speaker, said.content) == ("Сомов", "закон примут осенью")


@pytest.mark.parametrize(
    "text",
    [
        '"Ключи у меня", - с улыбкой сказал сторож Игнат Сомов.',
        "— Ключи у меня, — тихо ответил сторож Игнат Сомов.",
    ],
)
def test_words_of_manner_may_come_between_the_dash_and_the_cue(statements: Find, text: str) -> None:
    [said] = statements(text)
    assert (said.speaker, said.kind, said.content) == ("Игнат Сомов", "direct", "Ключи у меня")


def test_the_subject_right_after_a_trailing_cue_speaks(statements: Find) -> None:
    [said] = statements(
        "Цены на жильё вырастут к осени, говорит еще один источник, знакомый с ходом переговоров."
    )
    assert said.speaker_mention == "еще один источник"
    assert said.content == "Цены на жильё вырастут к осени"


def test_a_cue_inside_the_sentence_reports_the_whole_sentence(statements: Find) -> None:
    text = "Эта тенденция, говорят аналитики, сохранится и в будущем году."
    [said] = statements(text)
    assert said.speaker == "аналитики"
    assert said.content == text.rstrip(".")


def test_a_trailing_cue_after_a_full_clause_reports_only_that_clause(statements: Find) -> None:
    [said] = statements("Переговоры продолжатся в среду, сообщил посредник Олег Варин.")
    assert said.content == "Переговоры продолжатся в среду"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Один из депутатов заявил, что закон примут осенью.", "Один из депутатов", "person"),
        (
            '"Мост надо было строить раньше", - говорит одна из жительниц.',
            "Одна из жительниц",
            "person",
        ),
    ],
)
def test_one_of_a_group_speaks_as_one_of_that_group(
    statements: Find, text: str, speaker: str, kind: str
) -> None:
    [said] = statements(text)
    assert (said.speaker, said.speaker_kind) == (speaker, kind)


def test_a_relative_clause_cue_is_said_by_the_noun_it_describes(statements: Find) -> None:
    [said] = statements("Министр Петров, который заявил, что завод закроют, ушел в отставку.")
    assert (said.speaker, said.content) == ("Петров", "завод закроют")


def test_about_which_points_the_cue_back_at_the_clause_before(statements: Find) -> None:
    [said] = statements(
        "Недавно Карезия провела испытание ракеты, о чем публично заявил президент Марк Ольсен."
    )
    assert (said.speaker, said.content) == (
        "Марк Ольсен",
        "Недавно Карезия провела испытание ракеты",
    )


def test_a_question_before_a_dash_cue_keeps_its_mark(statements: Find) -> None:
    [said] = statements("Кто за это заплатит? — спросила депутат Анна Крылова.")
    assert (said.speaker, said.content, said.modality) == (
        "Анна Крылова",
        "Кто за это заплатит?",
        "question",
    )


def test_a_speaker_never_stands_inside_their_own_words(statements: Find) -> None:
    [said] = statements(
        'Старый сторож вышел к ней и сказал: "Мадам, ваш супруг скоро вернется домой".'
    )
    assert said.speaker_mention == "Старый сторож"


def test_a_name_right_before_a_cue_without_subject_speaks(statements: Find) -> None:
    [said] = statements("После спектакля Марта Кюнг рассказывает, что своим учителем считает отца.")
    assert (said.speaker, said.content) == ("Марта Кюнг", "своим учителем считает отца")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Инженер Ольга Дрозд рассказала, как бригада чинила мост зимой.",
            "как бригада чинила мост зимой",
        ),
        ("Министр Лунин объяснил, почему завод закрыли.", "почему завод закрыли"),
    ],
)
def test_telling_verbs_report_an_indirect_question_as_an_answer(
    statements: Find, text: str, content: str
) -> None:
    [said] = statements(text)
    assert (said.content, said.modality) == (content, "asserted")


def test_as_and_a_comparison_after_a_telling_verb_is_no_question(statements: Find) -> None:
    assert statements("Мэр Сомов рассказал, как и обещал, на все вопросы.") == []


def test_a_demonstrative_subject_speaks_as_a_pronoun_of_its_gender(statements: Find) -> None:
    found = statements(
        "Инженер Ольга Дрозд позвонила сторожу Петрову. Тот ответил, что ключей нет."
    )
    assert [(s.speaker, s.speaker_mention) for s in found] == [("Петров", "Тот")]


def test_a_demonstrative_with_nobody_before_it_still_speaks(statements: Find) -> None:
    [said] = statements('Та скажет: "Приходите завтра утром".')
    assert (said.speaker, said.kind) == ("она", "direct")


def test_a_pointing_verb_reports_what_it_points_at(statements: Find) -> None:
    [said] = statements("Министр Лунин указал на нехватку врачей в сельских больницах.")
    assert (said.speaker, said.content) == ("Лунин", "на нехватку врачей в сельских больницах")


def test_pointing_at_a_thing_is_a_gesture_not_a_claim(statements: Find) -> None:
    assert statements("Министр Лунин указал на карту.") == []


def test_two_titles_before_one_name_with_a_singular_verb_are_one_speaker(
    statements: Find,
) -> None:
    [said] = statements("Вчера оппозиционер и глава района Илья Яшин заявил, что пойдет на выборы.")
    assert (said.speaker, said.speakers) == ("Илья Яшин", ("Илья Яшин",))


def test_two_names_with_a_plural_verb_are_joint_speakers(statements: Find) -> None:
    [said] = statements("Илья Яшин и Ольга Дрозд сказали, что закон примут.")
    assert said.speakers == ("Илья Яшин", "Ольга Дрозд")
