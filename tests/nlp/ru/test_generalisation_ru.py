"""Russian rules added for constructions the tuning corpus lacked: cues, speakers, stance, times.

Every sentence here is fresh (not from any corpus): genitive chains of titles, institutions
without a named subject, joint speakers named before «по их словам», «не исключил» and «уверен»,
a «не» that bounds a figure, and weekdays after «до», «с», «к».
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from watchdesk.nlp.ru.entities import find_entities_ru
from watchdesk.nlp.ru.times import find_times_ru
from watchdesk.records import Statement

Find = Callable[[str], list[Statement]]
PUBLISHED = date(2026, 2, 20)  # a Friday


def _only(found: list[Statement]) -> Statement:
    assert len(found) == 1, found
    return found[0]


# --- speakers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Защитник бывшего директора порта Андрея Калинкина Вера Полозова заявила, "
            "что обвинение не представило доказательств.",
            "Вера Полозова",
        ),
        (
            "Капитан сборной Вельдии по волейболу Инга Сомова заявила, что команда готова.",
            "Инга Сомова",
        ),
        (
            "Помощник губернатора Эльзы Нордин Карл Вестберг сообщил, что визит перенесён.",
            "Карл Вестберг",
        ),
    ],
)
def test_the_title_holder_speaks_not_the_person_in_the_genitive(
    statements: Find, text: str, speaker: str
) -> None:
    assert _only(statements(text)).speaker == speaker


def test_a_plural_title_before_two_names_makes_joint_speakers(statements: Find) -> None:
    found = _only(
        statements(
            "Руководители профсоюзов Дании и Швеции Эрик Лунд и Майя Берг заявили, "
            "что забастовка продолжится."
        )
    )
    assert set(found.speakers) == {"Эрик Лунд", "Майя Берг"}


def test_their_words_belong_to_the_pair_named_before(statements: Find) -> None:
    found = statements(
        "Архитекторы Павел Ильин и Зоя Крылова осмотрели мост. "
        "По их словам, опоры нуждаются в срочном ремонте."
    )
    assert set(_only(found).speakers) == {"Павел Ильин", "Зоя Крылова"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Министерство сельского хозяйства Вельдии продлило запрет на вывоз зерна. "
            "В министерстве пояснили, что запасы на складах сократились.",
            "Министерство сельского хозяйства",
        ),
        (
            "Департамент образования выпустил новые правила. "
            "В ведомстве уточнили, что они вступят в силу осенью.",
            "Департамент образования",
        ),
        (
            "Мэрия Остенбурга закрыла набережную. В мэрии заявили, что ремонт займёт месяц.",
            "Мэрия Остенбурга",
        ),
    ],
)
def test_a_bare_institution_noun_takes_the_name_given_before(
    statements: Find, text: str, speaker: str
) -> None:
    assert _only(statements(text)).speaker.startswith(speaker)


def test_a_latin_named_company_after_v_speaks(statements: Find) -> None:
    found = _only(statements("В Nordfjell Energy заявили, что проект будет заморожен."))
    assert found.speaker.startswith("Nordfjell")
    assert found.speaker_kind == "organisation"


def test_four_names_in_a_row_are_two_people(parse_ru_text: Callable[[str], Any]) -> None:
    doc = parse_ru_text("Секретарь министра Веры Холм Антон Гусев опроверг слухи.")
    people = [e.canonical for e in find_entities_ru(doc) if e.label == "PERSON"]
    assert "Антон Гусев" in people
    assert all("Гусев" not in name or name == "Антон Гусев" for name in people)


def test_a_feminine_surname_in_any_case_is_the_same_person(statements: Find) -> None:
    found = statements(
        "Судья Анна Берёзовская объявила перерыв. По словам Берёзовской, приговор огласят в марте."
    )
    assert found[-1].speaker == "Анна Берёзовская"


# --- cues -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "modality"),
    [
        (
            "Посол Ян Доль не исключил, что консульство закроют до лета.",
            "консульство закроют до лета",
            "uncertain",
        ),
        (
            "Тренер Олег Руднев уверен, что команда выйдет в финал.",
            "команда выйдет в финал",
            "expected",
        ),
        (
            "Банк допускает, что снизит ставку летом.",
            "снизит ставку летом",
            "uncertain",
        ),
        (
            "Инженер Лидия Гарт убеждена, что трещина в плотине расширяется.",
            "трещина в плотине расширяется",
            "asserted",
        ),
    ],
)
def test_cues_that_allow_or_believe(
    statements: Find, text: str, content: str, modality: str
) -> None:
    found = _only(statements(text))
    assert found.content == content
    assert found.modality == modality


def test_a_dash_speech_cued_by_an_appeal(statements: Find) -> None:
    text = (
        "Паводок отступил.\n— Не возвращайтесь домой до проверки газа, — обратился к жителям "
        "мэр Илья Вострецов."
    )
    found = _only(statements(text))
    assert found.speaker == "Илья Вострецов"
    assert found.content == "Не возвращайтесь домой до проверки газа"


def test_an_indirect_question_keeps_its_question_word(statements: Find) -> None:
    found = _only(statements("Депутат Ольга Лис спросила, зачем городу второй стадион."))
    assert found.content == "зачем городу второй стадион"
    assert found.modality == "question"
    assert found.polarity == "affirm"


# --- stance ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "polarity", "modality"),
    [
        # A «не» bounding a figure negates nothing.
        ("Мэр Вадим Ким сообщил, что стройка займёт не меньше года.", "affirm", "expected"),
        # An institution's own plan, negated, said by its head.
        (
            "Мэр Вадим Ким заявил, что город не будет продавать стадион.",
            "deny",
            "planned",
        ),
        # An expectation stays a forecast even when an institution voices it.
        (
            "В министерстве финансов добавили, что дефицита бюджета не ожидается.",
            "deny",
            "expected",
        ),
        # Not remembering is not denying.
        ("Свидетель Пётр Гам заявил, что не помнит номер машины.", "affirm", "uncertain"),
        ("Аналитик Ирина Дрок считает, что нефть вряд ли подешевеет.", "affirm", "uncertain"),
        # A past form is the past, whatever tense the tagger guessed for an unfamiliar verb.
        ("Истец Роман Тул заявил, что завод загрязнил пруд мазутом.", "affirm", "asserted"),
    ],
)
def test_polarity_and_modality(statements: Find, text: str, polarity: str, modality: str) -> None:
    found = _only(statements(text))
    assert (found.polarity, found.modality) == (polarity, modality)


def test_an_opinion_is_uncertain(statements: Find) -> None:
    found = _only(statements("По мнению историка Глеба Орлова, архив был вывезен в 1944 году."))
    assert found.modality == "uncertain"


# --- times ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value", "relation"),
    [
        ("Запрет продлили до среды.", "среды", "2026-02-25", "until"),
        ("Ответ пришлют к понедельнику.", "понедельнику", "2026-02-23", "by"),
        ("Мост закроют с четверга.", "четверга", "2026-02-26", "from"),
        ("Свет в посёлке отключён с четверга.", "четверга", "2026-02-19", "from"),
        ("Ремонт продлится до пятницы.", "пятницы", "2026-02-20", "until"),
        ("Линию достроят к концу 2028 года.", "концу 2028 года", "2028-12-31", "by"),
    ],
)
def test_weekdays_after_prepositions_and_year_ends(
    parse_ru_text: Callable[[str], Any], text: str, mention: str, value: str, relation: str
) -> None:
    [found] = find_times_ru(parse_ru_text(text), PUBLISHED)
    assert (found.text, found.value, found.relation) == (mention, value, relation)
    assert found.span.slice(text) == mention


def test_a_weekday_under_an_infinitive_takes_the_tense_of_its_verb(
    parse_ru_text: Callable[[str], Any],
) -> None:
    [found] = find_times_ru(parse_ru_text("Вода начала убывать в среду."), PUBLISHED)
    assert found.value == "2026-02-18"
