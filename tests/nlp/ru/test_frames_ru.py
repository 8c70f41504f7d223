"""Statement frames in Russian: the reported clause's predicate, negation, subject and objects."""

from __future__ import annotations

from watchdesk.nlp.ru.frames import add_frames_ru, frame_of_ru
from watchdesk.nlp.ru.tree import Tree
from watchdesk.records import Span, Statement


def frame(parse_ru_text, text):
    return frame_of_ru(Tree.of(parse_ru_text(text)), 0, len(text))


def test_a_plain_clause_gives_lemmas_of_its_verb_subject_and_object(parse_ru_text):
    found = frame(parse_ru_text, "Администрация порта закрыла восточный причал.")

    assert found is not None
    assert (found.predicate, found.subject, found.objects) == (
        "закрыть",
        "администрация",
        ("причал",),
    )


def test_a_passive_clause_keeps_the_thing_undergoing_it_and_drops_the_date(parse_ru_text):
    found = frame(parse_ru_text, "Морские пехотинцы будут выведены с острова до апреля.")

    assert found is not None
    assert (found.predicate, found.subject, found.objects) == ("вывести", "пехотинец", ("остров",))


def test_a_short_adjective_of_readiness_hands_the_predicate_to_its_infinitive(parse_ru_text):
    found = frame(parse_ru_text, "Гарнизон готов покинуть крепость.")

    assert found is not None
    assert (found.predicate, found.objects) == ("покинуть", ("крепость",))


def test_a_light_verb_hands_the_predicate_to_its_noun_of_action(parse_ru_text):
    found = frame(parse_ru_text, "Совет примет решение по плотине.")

    assert found is not None
    assert (found.predicate, found.subject, found.objects) == ("решить", "совет", ("плотина",))


def test_ne_on_the_verb_and_a_denying_verb_negate_the_frame(parse_ru_text):
    plain = frame(parse_ru_text, "Паром не вышел в море.")
    refused = frame(parse_ru_text, "Капитан отказался выйти в море.")

    assert plain is not None
    assert refused is not None
    assert plain.negated
    assert refused.negated
    assert plain.predicate == refused.predicate == "выйти"


def test_the_frame_is_read_from_the_reported_words_only(parse_ru_text):
    text = "Мэр заявил, что спасатели расчистят тропу."
    content = "спасатели расчистят тропу"
    start = text.index(content)
    statement = Statement(
        speaker="Мэр",
        speaker_mention="Мэр",
        cue="заявил",
        kind="indirect",
        content=content,
        span=Span(start, start + len(content)),
    )

    (framed,) = add_frames_ru(parse_ru_text(text), [statement])

    assert framed.frame is not None
    assert (framed.frame.predicate, framed.frame.subject) == ("расчистить", "спасатель")
    assert framed.frame.objects == ("тропа",)
