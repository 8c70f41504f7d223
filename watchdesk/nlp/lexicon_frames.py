"""Word lists for statement frames (nlp/frames.py, nlp/ru/frames.py): data only, lower-case lemmas.

A frame's predicate is what the reported clause says happens. Some verbs carry little of that
themselves and hand it to their complement: a light verb to its noun ("make a decision"), a
copula to its adjective or noun ("is ready to …"), a verb of intent or phase to its infinitive
("plans to withdraw"). These lists name those classes; everything else is read from the parse.
"""

from __future__ import annotations

# Verbs whose object noun says what happens: "make a decision", "carry out an inspection".
LIGHT_VERBS = frozenset(
    {"make", "take", "give", "have", "reach", "carry", "conduct", "undertake", "pay", "do", "get"}
)

# Copulas: the predicate is their adjective or noun complement ("is ready", "remains closed").
COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "stay", "look"})

# Verbs of intent, ability, obligation and phase: the matter is the infinitive they govern
# ("plans to withdraw", "will begin withdrawing", "is ready to talk", "has to leave").
HANDING_VERBS = frozenset(
    {
        "plan", "intend", "want", "wish", "try", "seek", "aim", "attempt", "hope", "expect",
        "agree", "prepare", "decide", "promise", "vow", "pledge", "threaten", "need", "have",
        "begin", "start", "continue", "resume", "keep", "going", "mean", "offer", "manage",
        "able", "ready", "willing", "prepared", "set", "due", "likely", "unlikely", "sure",
        "certain", "about", "eager", "determined", "expected", "scheduled", "supposed",
    }
)  # fmt: skip

# Verbs that deny the infinitive they govern: "refused to withdraw" says no withdrawal.
DENYING_VERBS = frozenset({"refuse", "fail", "decline", "unwilling", "unable"})

# Nouns of action that a light verb or copula hands the predicate to, as the verb they name, so
# that "a decision will be made" and "will decide" meet. Only nouns whose verb is unambiguous.
NOUN_VERBS: dict[str, str] = {
    "decision": "decide",
    "withdrawal": "withdraw",
    "pullout": "withdraw",
    "announcement": "announce",
    "agreement": "agree",
    "deployment": "deploy",
    "departure": "depart",
    "arrival": "arrive",
    "invasion": "invade",
    "proposal": "propose",
    "commitment": "commit",
    "inspection": "inspect",
    "approval": "approve",
    "closure": "close",
    "reopening": "reopen",
    "opening": "open",
    "resumption": "resume",
    "transfer": "transfer",
    "return": "return",
    "visit": "visit",
    "attack": "attack",
    "request": "request",
    "demand": "demand",
    "promise": "promise",
    "choice": "choose",
    "payment": "pay",
    "reduction": "reduce",
    "increase": "increase",
    "extension": "extend",
    "suspension": "suspend",
    "evacuation": "evacuate",
    "investigation": "investigate",
    "negotiation": "negotiate",
    "ratification": "ratify",
    "violation": "violate",
    "publication": "publish",
    "release": "release",
    "completion": "complete",
    "conclusion": "conclude",
    "end": "end",
    "start": "start",
    "meeting": "meet",
}

# Russian: light verbs («принять решение»), copulas and verbs of intent or phase, by lemma.
RU_LIGHT_VERBS = frozenset({"принять", "принимать", "провести", "проводить", "осуществить"})
RU_COPULAS = frozenset({"быть", "являться", "стать", "становиться", "оставаться", "остаться"})
RU_HANDING_VERBS = frozenset(
    {
        "планировать", "намереваться", "собираться", "хотеть", "стараться", "пытаться",
        "попытаться", "надеяться", "рассчитывать", "согласиться", "решить", "обещать",
        "пообещать", "начать", "начинать", "продолжать", "продолжить", "мочь", "смочь",
        "готовый", "намерен", "намеренный", "должный", "готовиться", "стать", "требоваться",
    }
)  # fmt: skip
RU_DENYING_VERBS = frozenset({"отказаться", "отказываться", "не смочь"})
RU_NEGATIONS = frozenset({"не", "ни", "нет"})
RU_NOUN_VERBS: dict[str, str] = {
    "решение": "решить",
    "вывод": "вывести",
    "визит": "посетить",
    "заявление": "заявить",
    "проверка": "проверить",
    "возвращение": "вернуть",
    "открытие": "открыть",
    "закрытие": "закрыть",
    "отвод": "отвести",
}
# Nouns of time: «до марта», «на этой неделе» say when, not what of.
RU_TIME_NOUNS = frozenset(
    {
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
        "октябрь", "ноябрь", "декабрь", "день", "сутки", "неделя", "месяц", "год", "час",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "утро", "вечер", "ночь", "время", "срок",
    }
)  # fmt: skip
