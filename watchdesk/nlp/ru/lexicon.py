"""Russian word lists for the statement and speaker stages, apart from the code.

Words are lemmas (lower case) unless a list says it holds written forms; time and quantity words
live in `lexicon_time.py`. Each list is small and news-oriented; grow it from the evaluation
corpus, not from a dictionary.
"""

from __future__ import annotations

from dataclasses import dataclass

from watchdesk.records import Modality, Polarity


@dataclass(frozen=True, slots=True)
class CueSense:
    """What a reporting verb itself says about the words it reports."""

    polarity: Polarity | None = None
    modality: Modality | None = None


# Reporting verbs by lemma. A verb with a sense fixes the statement's polarity or modality.
REPORTING_VERBS: dict[str, CueSense] = {
    "заявить": CueSense(),
    "заявлять": CueSense(),
    "сказать": CueSense(),
    "говорить": CueSense(),
    "сообщить": CueSense(),
    "отметить": CueSense(),
    "отмечать": CueSense(),
    "подчеркнуть": CueSense(),
    "подчёркивать": CueSense(),
    "подчеркивать": CueSense(),
    "добавить": CueSense(),
    "уточнить": CueSense(),
    "признать": CueSense(),
    "признавать": CueSense(),
    "предупредить": CueSense(),
    "предупреждать": CueSense(),
    "пояснить": CueSense(),
    "рассказать": CueSense(),
    "объявить": CueSense(),
    # Beliefs and fears are the speaker's view, not a fact they report.
    "считать": CueSense(modality="uncertain"),
    "полагать": CueSense(modality="uncertain"),
    "предполагать": CueSense(modality="uncertain"),
    "думать": CueSense(modality="uncertain"),
    "опасаться": CueSense(modality="uncertain"),
    "бояться": CueSense(modality="uncertain"),
    "ожидать": CueSense(modality="expected"),
    "прогнозировать": CueSense(modality="expected"),
    "предсказать": CueSense(modality="expected"),
    "утверждать": CueSense(),
    "настаивать": CueSense(),
    "признаться": CueSense(),
    "признаваться": CueSense(),
    "пояснять": CueSense(),
    "уточнять": CueSense(),
    "подтверждать": CueSense(),
    "рассказывать": CueSense(),
    "объявлять": CueSense(),
    "напоминать": CueSense(),
    "добавлять": CueSense(),
    "указывать": CueSense(),
    "писать": CueSense(),
    "отвечать": CueSense(),
    "возразить": CueSense(),
    "возражать": CueSense(),
    "парировать": CueSense(),
    "заверить": CueSense(),
    "заверять": CueSense(),
    "пожаловаться": CueSense(),
    "жаловаться": CueSense(),
    "сообщаться": CueSense(),
    "говориться": CueSense(),
    "выразить": CueSense(),
    "сообщать": CueSense(),
    "указать": CueSense(),
    "напомнить": CueSense(),
    "подтвердить": CueSense(),
    "констатировать": CueSense(),
    "написать": CueSense(),
    "ответить": CueSense(),
    # Explaining and remarking report words as much as saying does: «объясняет Петров».
    "объяснить": CueSense(),
    "объяснять": CueSense(),
    "разъяснить": CueSense(),
    "разъяснять": CueSense(),
    "заметить": CueSense(),
    "замечать": CueSense(),
    "опровергнуть": CueSense(polarity="deny"),
    "опровергать": CueSense(polarity="deny"),
    "отрицать": CueSense(polarity="deny"),
    "отвергнуть": CueSense(polarity="deny"),
    "пообещать": CueSense(modality="planned"),
    "обещать": CueSense(modality="planned"),
    # «не исключил, что …»: a possibility the speaker allows for.
    "исключить": CueSense(modality="uncertain"),
    "исключать": CueSense(modality="uncertain"),
    "допускать": CueSense(modality="uncertain"),
    "допустить": CueSense(modality="uncertain"),
    # «— Просим не спускаться в подвалы, — обратилась к жителям глава района».
    "обратиться": CueSense(),
    "обращаться": CueSense(),
    # Short adjectives that report a conviction («уверен, что …»); see CUE_ADJECTIVES.
    "уверенный": CueSense(),
    "убеждённый": CueSense(),
    "спросить": CueSense(modality="question"),
    "спрашивать": CueSense(modality="question"),
    "поинтересоваться": CueSense(modality="question"),
}

# Telling and explaining verbs report an indirect question's answer: «рассказала, как …».
TELLING_VERBS = frozenset(
    {
        "рассказать",
        "рассказывать",
        "объяснить",
        "объяснять",
        "пояснить",
        "пояснять",
        "разъяснить",
        "разъяснять",
        "уточнить",
        "уточнять",
    }
)

# Short adjectives that work as cues, by the written stem (the tagger's lemma for them wavers
# between «уверенный» and «уверить»), with the lemma they stand for in REPORTING_VERBS.
CUE_ADJECTIVES = {"уверен": "уверенный", "убежден": "убеждённый", "убеждён": "убеждённый"}

# «выразил уверенность / опасение, что …»: the noun says how sure the speaker is.
EXPRESSED_NOUNS: dict[str, CueSense] = {
    "уверенность": CueSense(),
    "надежда": CueSense(modality="uncertain"),
    "опасение": CueSense(modality="uncertain"),
    "сомнение": CueSense(modality="uncertain"),
    "озабоченность": CueSense(modality="uncertain"),
}
# Denying cues whose object is what they deny: «опроверг сообщения о …», «вину отрицает».
OBJECT_CUES = frozenset({"опровергнуть", "опровергать", "отрицать", "отвергнуть", "отвергать"})
# Announcing cues whose «о …» phrase is the news: «сообщила о чистом убытке …».
TOPIC_CUES = frozenset({"сообщить", "сообщать", "объявить", "объявлять", "заявить"})
ABOUT_PREPOSITIONS = frozenset({"о", "об", "обо"})
# Pointing cues whose «на …» phrase is the claim: «указал на отсутствие контроля».
POINTING_CUES = frozenset({"указать", "указывать"})
ON_PREPOSITIONS = frozenset({"на"})
# Cues that announce a decision: what they say will happen is the speaker's plan.
ANNOUNCING_CUES = frozenset({"объявить", "объявлять", "анонсировать"})
# «говорится в заявлении компании», «сообщается в пресс-релизе»: the document speaks for its author.
DOCUMENT_NOUNS = frozenset(
    {
        "заявление",
        "сообщение",
        "пресс-релиз",
        "релиз",
        "коммюнике",
        "документ",
        "письмо",
        "доклад",
        "отчёт",
        "отчет",
        "обращение",
        "бюллетень",
    }
)

# "По словам X", "по данным X", "по мнению X", "по версии X": the phrase after «по».
ACCORDING_TO_NOUNS = frozenset(
    {
        "словам",
        "данным",
        "мнению",
        "информации",
        "оценке",
        "оценкам",
        "версии",
        "сведениям",
        "утверждению",
        "утверждениям",
        "подсчётам",
        "подсчетам",
        "прогнозу",
        "прогнозам",
    }
)
# «по её мнению», «по оценкам X»: a view or an estimate, not a fact; «по прогнозу» a forecast.
ACCORDING_TO_SENSES: dict[str, CueSense] = {
    "мнению": CueSense(modality="uncertain"),
    "оценке": CueSense(modality="uncertain"),
    "оценкам": CueSense(modality="uncertain"),
    "прогнозу": CueSense(modality="expected"),
    "прогнозам": CueSense(modality="expected"),
}
# «по его словам»: a possessive stands for the pronoun it is made from.
POSSESSIVE_PRONOUNS = {"его": "он", "её": "она", "ее": "она", "их": "они"}
# "Как сообщает X", "как заявил X": «как» + a reporting verb opens an attribution.
AS_WORD = "как"
# «…, а также что …», «…, и что …»: a second reported clause under the same cue.
CLAUSE_JOINERS = ("а также", "и", "а")

# Role heads: a noun naming a person by office. «Министр» later in the text is the last minister.
ROLE_HEADS = frozenset(
    {
        "министр",
        "замминистра",
        "глава",
        "президент",
        "премьер",
        "премьер-министр",
        "председатель",
        "представитель",
        "пресс-секретарь",
        "спикер",
        "генерал",
        "командующий",
        "командир",
        "посол",
        "советник",
        "директор",
        "руководитель",
        "губернатор",
        "мэр",
        "депутат",
        "сенатор",
        "заместитель",
        "официальный",
        "начальник",
        "канцлер",
        "аналитик",
        "эксперт",
        "полковник",
    }
)

# Buildings and places that name an institution: tagged LOC by natasha, but they speak as an ORG.
ORG_PLACES = frozenset({"кремль", "белый дом", "пентагон", "елисейский дворец", "даунинг-стрит"})

# Institutions that speak as one: lemma of the head noun, or the abbreviation as written.
ORG_SPEAKERS = frozenset(
    {
        "министерство",
        "минобороны",
        "мид",
        "минфин",
        "кремль",
        "пресс-служба",
        "правительство",
        "ведомство",
        "штаб",
        "генштаб",
        "администрация",
        "парламент",
        "канцелярия",
        "посольство",
        "агентство",
        "служба",
        "комитет",
        "командование",
        "минздрав",
        "совбез",
        "нато",
        "оон",
        "армия",
        "компания",
        "авиакомпания",
        "концерн",
        "корпорация",
        "холдинг",
        "мэрия",
        "управление",
        "департамент",
        "прокуратура",
        "полиция",
        "суд",
        "дума",
        "институт",
        "банк",
        "профсоюз",
        "ассоциация",
    }
)
# Bare institution nouns that stand for whichever institution the article last named, not for
# one of their own kind: «в ведомстве уточнили» after «Министерство здравоохранения …».
GENERIC_ORG_NOUNS = frozenset({"ведомство", "организация", "учреждение"})

# Groups that speak as many: plural lemmas of the head noun.
GROUP_SPEAKERS = frozenset(
    {
        "эксперт",
        "житель",
        "аналитик",
        "наблюдатель",
        "источник",
        "военный",
        "чиновник",
        "дипломат",
        "местный",
        "очевидец",
        "свидетель",
        "журналист",
        "представитель",
        "власть",
        "политик",
        "фермер",
        "беженец",
    }
)

PERSON_PRONOUNS = frozenset({"он", "она"})
PLURAL_PRONOUNS = frozenset({"они"})
# «Та скажет: …», «Тот ответил, что …»: a demonstrative subject stands for a person named before.
DEMONSTRATIVE_PRONOUNS = frozenset({"тот"})
# «министр, который заявил …»: the relative pronoun stands for the noun the clause describes.
RELATIVE_PRONOUNS = frozenset({"который"})
# «…, о чём заявил министр»: the pronoun stands for the clause before it, which is the news.
CLAUSE_PRONOUNS = frozenset({"что"})
# «Один из депутатов», «кто-то из жителей»: one of a group speaks, known only by the group.
PARTITIVE_HEADS = frozenset({"один", "кто-то", "некоторый", "многие", "никто"})
# The narrator, the interviewee or the person addressed: «я сказал, что …», «вы утверждаете …».
# They name nobody the article resolves, and speak as the pronoun itself.
SPEECH_ACT_PRONOUNS = frozenset({"я", "мы", "ты", "вы"})

# --- polarity and modality (written forms, lower case) ----------------------------------------

NEGATION_WORDS = frozenset(
    {
        "не",
        "нет",
        "ни",
        "никто",
        "никого",
        "никому",
        "ничего",
        "ничто",
        "ничем",
        "никогда",
        "нигде",
        "никуда",
        "никакой",
        "никакого",
        "никаких",
        "никакие",
        "никакая",
        "никакую",
        "никаким",
    }
)
# Lemmas that, negated, say a matter is open rather than denied: «пока не решило», «не знает».
UNDECIDED_LEMMAS = frozenset(
    {"решить", "решать", "определить", "назначить", "подтвердить", "знать", "исключать", "помнить"}
)
# Phrases that say something is not yet decided: uncertain, and no denial despite their «не».
UNDECIDED_PHRASES = (
    "пока не решено",
    "решение не принято",
    "решение пока не принято",
    "не принято решение",
    "не решено",
    "не решен",
    "не назначена",
    "не назначен",
    "не назначено",
    "не определен",
    "не определён",
    "не исключено",
    "не исключает",
    "не исключаем",
    "не исключают",
)
UNCERTAIN_WORDS = frozenset(
    {
        "может",
        "могут",
        "можем",
        "могли",
        "мог",
        "могла",
        "возможно",
        "вероятно",
        "по-видимому",
        "видимо",
        "якобы",
        "вряд",
    }
)
PLANNED_WORDS = frozenset(
    {
        "намерен",
        "намерена",
        "намерены",
        "планирует",
        "планируют",
        "планируем",
        "планирую",
        "собирается",
        "собираются",
        "собираемся",
        "намерено",
    }
)
EXPECTED_WORDS = frozenset({"будет", "будут", "будем", "буду", "ожидается", "ожидаем"})
# Words of expectation: what they say is a forecast even when an institution says it.
EXPECTATION_WORDS = frozenset({"ожидается", "ожидаются", "ожидаем", "ожидают", "прогнозируется"})
# «не меньше трёх недель», «не раньше июля»: a «не» that bounds a figure negates nothing.
BOUND_WORDS = frozenset(
    {"меньше", "менее", "больше", "более", "раньше", "ранее", "позже", "позднее", "дольше"}
)
# Subjects that are an institution's own side: «Город не будет …», «Администрация … намерена».
INSTITUTION_SUBJECTS = frozenset(
    {"город", "мэрия", "администрация", "правительство", "власть", "министерство", "ведомство"}
)
