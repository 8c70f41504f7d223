"""Russian speakers: people named in a description, institutions and groups the lists lack."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from watchdesk.records import Statement

Find = Callable[[str], list[Statement]]


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_kind"),
    [
        (
            "Паром починят к маю, сообщил механик переправы Аркадий Лунин.",
            "Аркадий Лунин",
            "person",
        ),
        ("Фермеры из долины заявили, что перекроют трассу.", "Фермеры из долины", "group"),
        ("Три свидетеля сообщили, что видели дым.", "Три свидетеля", "group"),
        (
            "Лесничество предупредило, что пожароопасный сезон начнётся рано.",
            "Лесничество",
            "organisation",
        ),
        (
            "По словам опытного лоцмана, шторм был сильнейшим за десять лет.",
            "опытный лоцман",
            "person",
        ),
    ],
)
def test_a_subject_outside_the_word_lists_still_speaks(
    statements: Find, text: str, speaker: str, speaker_kind: str
) -> None:
    [said] = statements(text)
    assert (said.speaker, said.speaker_kind) == (speaker, speaker_kind)


def test_a_bare_institution_noun_is_the_one_named_before(statements: Find) -> None:
    found = statements(
        "По данным Росгидромета, уровень реки поднялся на метр. "
        "Ведомство сообщило, что пик паводка придётся на выходные."
    )
    assert [s.speaker for s in found] == ["Росгидромет", "Росгидромет"]


def test_a_document_speaks_for_the_company_that_issued_it(statements: Find) -> None:
    found = statements(
        "Компания «Северсталь» в четверг объявила о закрытии цеха. "
        "«Рабочие получат другие места», — говорится в заявлении компании."
    )
    assert [s.speaker for s in found] == [found[0].speaker] * 2
    assert found[1].kind == "direct"


def test_a_place_between_a_title_and_a_name_is_not_the_speaker(statements: Find) -> None:
    [said] = statements("Губернатор Приморья Ирина Ковач ответила, что дорогу расширят.")
    assert said.speaker == "Ирина Ковач"


def test_an_institution_with_a_quoted_name_is_known_by_the_name(statements: Find) -> None:
    [said] = statements("Концерн «Северный двор» настаивает, что стройка идёт по плану.")
    assert (said.speaker, said.speaker_kind) == ("Северный двор", "organisation")
    assert said.speaker_mention == "Концерн «Северный двор»"
