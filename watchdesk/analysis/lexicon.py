"""Word lists for the cross-article stages (English and Russian): concepts, negation, hedges, units.

Data only; the logic lives in `topics.py`, `conflicts.py` and `commitments.py`. Entries are word
stems matched at the start of a lower-cased word, so "withdraw" covers "withdrawal" and "вывод"
covers "выводу". Multi-word entries match as phrases.
"""

from __future__ import annotations

# What a statement is about, beyond named entities. A concept key groups words of both languages;
# an action concept (ACTIONS) also knows its opposite words, so "troops stay" reads as a withdrawal
# that did not happen.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "troops": (
        "troop",
        "soldier",
        "servicem",
        "personnel",
        "forces",
        "contingent",
        "military personnel",
        "войск",
        "военнослужащ",
        "солдат",
        "военн",
        "контингент",
    ),
    "units": (
        "unit",
        "battalion",
        "brigade",
        "regiment",
        "division",
        "батальон",
        "бригад",
        "подразделен",
        "част",
    ),
    "armour": (
        "tank",
        "heavy weapon",
        "armour",
        "armor",
        "armoured",
        "artillery",
        "танк",
        "бронетехник",
        "тяжёл",
        "тяжел",
        "вооружен",
        "артиллер",
    ),
    "drills": ("drill", "exercise", "manoeuvre", "maneuver", "учени", "манёвр", "маневр"),
    "crossings": (
        "crossing",
        "checkpoint",
        "border post",
        "пункт пропуска",
        "пункты пропуска",
        "пунктов пропуска",
        "переход",
        "кпп",
    ),
    "border": ("border", "frontier", "границ"),
    "figures": ("figure", "number", "count", "tally", "данны", "цифр", "численност"),
    "evacuation": (
        "evacuat",
        "resident",
        "villager",
        "famil",
        "эвакуир",
        "эвакуац",
        "жител",
        "семь",
    ),
    "referendum": ("referendum", "ballot", "vote", "election", "референдум", "голосован", "выбор"),
    "observers": ("attach", "observer", "inspector", "наблюдател", "атташе"),
    "meeting": (
        "meeting",
        "session",
        "council",
        "summit",
        "talks",
        "заседан",
        "встреч",
        "совет",
        "переговор",
    ),
    "explanation": ("explanation", "request", "note", "reply", "объяснен", "запрос", "нот"),
    "camp": ("camp", "base", "range", "лагер", "баз", "полигон"),
}

# Actions a promise can be about: (affirming stems, opposite stems). An opposite word counts as
# the action *not* happening ("remained closed" for a reopening, "still in" for a withdrawal).
ACTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "withdraw": (
        (
            "withdr",
            "leave",
            "left",
            "leaving",
            "pull out",
            "pulled out",
            "depart",
            "go home",
            "went home",
            "вывод",
            "выведен",
            "покин",
            "уйдут",
            "ушл",
            "уход",
        ),
        (
            "stay",
            "remain",
            "still in",
            "still station",
            "beyond",
            "останут",
            "остают",
            "остаёт",
            "оста",
        ),
    ),
    "open": (
        ("reopen", "open", "открыл", "открыт", "откроют", "возобнов"),
        ("closed", "shut", "close", "закрыт", "закрыл"),
    ),
    "move": (
        (
            "cross",
            "moved",
            "move",
            "brought",
            "bring",
            "deploy",
            "redeploy",
            "transferred",
            "arriv",
            "переброш",
            "перемест",
            "введен",
            "введ",
            "прибыл",
            "развёрн",
            "развернут",
            "presence",
            "присутств",
        ),
        (),
    ),
    "publish": (("publish", "release", "disclose", "опубликова", "обнарод"), ()),
    "end": (
        (
            "end",
            "over",
            "conclude",
            "finish",
            "закончат",
            "завершат",
            "заверш",
            "окончан",
            "продлятся",
        ),
        ("extend", "продл"),
    ),
    "meet": (("meet", "met", "hold a meeting", "convene", "соберется", "соберётся", "собрал"), ()),
    "visit": (("invite", "visit", "tour", "inspect", "пригла", "посет", "осмотр"), ()),
    "return": (
        ("return", "come back", "came back", "go home", "back home", "вернут", "вернул", "возвращ"),
        (),
    ),
    "hold": (
        ("hold", "held", "provest", "проведё", "проведе", "назнач"),
        ("postpone", "cancel", "отмен", "отлож"),
    ),
    "ask": (("ask", "request", "demand", "запрос", "потребу"), ()),
}

# Concepts whose figures are counts of one force, compared across sources ("4,500 soldiers").
COUNTED: frozenset[str] = frozenset({"troops", "armour", "units"})
# Counted concepts that count one part of a force ("a battalion of 600"), never the whole.
PART_CONCEPTS: frozenset[str] = frozenset({"units"})
# Concepts that name an event with an end date others cite ("the drills run until March 3"); a
# promise that waits for the event's end is due then. Events a theme's words do not list are
# still found by the subject the end date is said of (see `link.py`).
ENDING_EVENTS: tuple[str, ...] = ("drills", "referendum", "meeting")

# Cardinal numbers spelled out ("twelve freighters", "two thousand troops"): units and tens add,
# scales multiply what comes before them.
NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "one": 1, "a dozen": 12, "dozens": 24,
}  # fmt: skip
NUMBER_SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
# Shares of a whole written before its count: "nearly half of the city's 64,000 households" counts
# about 32,000 of them. A per-cent share ("40 per cent of") is read from its digits.
FRACTIONS: dict[str, float] = {
    "half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
    "a quarter": 1 / 4, "one quarter": 1 / 4, "three quarters": 3 / 4,
    "половин": 1 / 2, "треть": 1 / 3, "четверть": 1 / 4,
}  # fmt: skip

# Words that turn a statement into a denial. Russian "не"/"ни" are whole words.
NEGATIONS: tuple[str, ...] = (
    "no",
    "not",
    "never",
    "none",
    "nobody",
    "nothing",
    "neither",
    "nor",
    "n't",
    "without",
    "не",
    "нет",
    "ни",
    "никто",
    "ничего",
    "никогда",
    "никаких",
    "никакие",
    "без",
)
# Negated phrases that affirm: "never a secret" says the thing is there.
AFFIRMING_NEGATIONS: tuple[str, ...] = (
    "never a secret",
    "never been a secret",
    "not a secret",
    "no secret",
    "not only",
    "no doubt",
    "yes or no",
    "or not",
    "никогда не было секретом",
    "не секрет",
    "не было секретом",
    "не только",
    "нет сомнен",
)
# A matter still open: set against a definite claim on it.
UNDECIDED: tuple[str, ...] = (
    "no date has been set",
    "no date set",
    "not been decided",
    "not decided",
    "undecided",
    "no decision",
    "decision has not been",
    "decision on withdrawal has not",
    "has not been made",
    "have not been made",
    "to be decided",
    "yet to be decided",
    "under discussion",
    "under consideration",
    "not ruled out",
    "not rule out",
    "cannot rule out",
    "can't rule out",
    "not exclude",
    "cannot exclude",
    "can't exclude",
    "remains to be seen",
    "too early to say",
    "may ",
    "might ",
    "could ",
    "possibly",
    "perhaps",
    "не исключ",
    "решение не принято",
    "не принято решение",
    "пока не решен",
    "не определ",
    "сроки не",
    "дата не",
    "возможно",
    "может быть",
)
# Words that say a thing has not happened yet, as of the report.
NOT_YET: tuple[str, ...] = (
    "still not",
    "has still not",
    "have still not",
    "yet to",
    "not yet",
    "still closed",
    "still shut",
    "remained closed",
    "remain closed",
    "remained shut",
    "failed to",
    "did not",
    "has not",
    "have not",
    "had not",
    "по-прежнему не",
    "так и не",
    "до сих пор не",
    "пока не",
)
# Reports that leave a promise's fate open.
UNCLEAR: tuple[str, ...] = (
    "declined to say",
    "would not say",
    "refused to say",
    "unclear whether",
    "not clear whether",
    "no word on",
    "did not say whether",
    "could not confirm",
    "отказался сообщить",
    "неясно",
    "не уточнил",
)
# Hedges and bounds written before a number.
NUMBER_BOUNDS: dict[str, tuple[str, ...]] = {
    "at_least": (
        "at least",
        "more than",
        "over",
        "upwards of",
        "не менее",
        "более",
        "свыше",
        "больше",
    ),
    "at_most": (
        "no more than",
        "at most",
        "up to",
        "fewer than",
        "less than",
        "under",
        "не более",
        "до",
        "менее",
        "меньше",
    ),
    "about": (
        "about",
        "some",
        "around",
        "roughly",
        "nearly",
        "almost",
        "approximately",
        "около",
        "примерно",
        "почти",
        "порядка",
    ),
}
# Relative tolerance for an unqualified or "about" figure before two figures disagree.
NUMBER_TOLERANCE = {"exact": 0.05, "about": 0.15, "at_least": 0.0, "at_most": 0.0}

MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "ма": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}
# Role descriptions that name one office; resolved to the person an article names in it.
ROLE_WORDS: tuple[str, ...] = (
    "president",
    "prime minister",
    "defence minister",
    "defense minister",
    "foreign minister",
    "interior minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "mayor",
    "президент",
    "премьер",
    "министр обороны",
    "министр иностранных дел",
    "министр внутренних",
    "представитель",
    "командующ",
    "мэр",
)
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "среда": 2,
    "четверг": 3,
    "пятницу": 4,
    "пятница": 4,
    "субботу": 5,
    "суббота": 5,
    "воскресенье": 6,
}
