"""Russian word lists for the time and quantity stages (written forms, lower case), apart from code.

Each list is small and news-oriented; grow it from the evaluation corpus, not from a dictionary.
"""

from __future__ import annotations

# --- times (written forms, lower case) --------------------------------------------------------

MONTHS_GENITIVE = {
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
}
# «в январе», «в мае»: the month as a whole.
MONTHS_PREPOSITIONAL = {
    "январе": 1,
    "феврале": 2,
    "марте": 3,
    "апреле": 4,
    "мае": 5,
    "июне": 6,
    "июле": 7,
    "августе": 8,
    "сентябре": 9,
    "октябре": 10,
    "ноябре": 11,
    "декабре": 12,
}
# Weekdays as «в …» has them (accusative), Monday = 0 as in `date.weekday()`.
WEEKDAYS = {
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "четверг": 3,
    "пятницу": 4,
    "субботу": 5,
    "воскресенье": 6,
}
# Weekdays after «до», «с», «к», «после» (genitive and dative): «до среды», «к пятнице».
WEEKDAYS_OBLIQUE = {
    form: day
    for day, forms in enumerate(
        (
            ("понедельника", "понедельнику"),
            ("вторника", "вторнику"),
            ("среды", "среде"),
            ("четверга", "четвергу"),
            ("пятницы", "пятнице"),
            ("субботы", "субботе"),
            ("воскресенья", "воскресенью"),
        )
    )
    for form in forms
}
RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
# «на следующей неделе», «в прошлом месяце», «в этом году»: the adjective's shift.
PERIOD_SHIFTS = {
    # next
    "следующей": 1,
    "следующем": 1,
    "следующую": 1,
    "следующий": 1,
    "следующего": 1,
    "будущей": 1,
    "будущем": 1,
    "будущую": 1,
    "будущий": 1,
    "будущего": 1,
    # last
    "прошлой": -1,
    "прошлом": -1,
    "прошлую": -1,
    "прошлый": -1,
    "прошлого": -1,
    "минувшей": -1,
    "минувшую": -1,
    "минувшем": -1,
    "минувший": -1,
    "минувшего": -1,
    # this
    "этой": 0,
    "этом": 0,
    "эту": 0,
    "этот": 0,
    "этого": 0,
    "текущей": 0,
    "текущем": 0,
    "текущую": 0,
    "текущий": 0,
    "текущего": 0,
}
# The period nouns in the cases those adjectives take: «на прошлой неделе», «этого года».
PERIOD_UNITS = {
    "неделе": "week",
    "недели": "week",
    "неделю": "week",
    "месяце": "month",
    "месяца": "month",
    "месяц": "month",
    "году": "year",
    "года": "year",
    "год": "year",
}
# A month in an oblique case without a day: «после марта», «к сентябрю», «с января».
# The prepositional («в марте») and the genitive after a day («3 марта») have their own lists.
MONTHS_OBLIQUE = {
    form: month
    for month, forms in enumerate(
        (
            ("января", "январю", "январём", "январем"),
            ("февраля", "февралю", "февралём", "февралем"),
            ("марта", "марту", "мартом"),
            ("апреля", "апрелю", "апрелем"),
            ("мая", "маю", "маем"),
            ("июня", "июню", "июнем"),
            ("июля", "июлю", "июлем"),
            ("августа", "августу", "августом"),
            ("сентября", "сентябрю", "сентябрём", "сентябрем"),
            ("октября", "октябрю", "октябрём", "октябрем"),
            ("ноября", "ноябрю", "ноябрём", "ноябрем"),
            ("декабря", "декабрю", "декабрём", "декабрем"),
        ),
        start=1,
    )
    for form in forms
}
# Words before a date that say how it relates to the event («до 8 февраля» → until).
TIME_RELATIONS = {
    "до": "until",
    "к": "by",
    "с": "from",
    "со": "from",
    "ко": "by",
    "от": "from",
    "после": "after",
    "перед": "before",
}
# A duration with no count is one unit: «в течение года», «через месяц».
SINGLE_UNITS = {"дня": "day", "суток": "day", "недели": "week", "месяца": "month", "года": "year"}
SINGLE_UNITS_AHEAD = {"день": "day", "неделю": "week", "месяц": "month", "год": "year"}
# Counts in the genitive, as «в течение двух недель» has them.
COUNT_WORDS = {
    "одного": 1,
    "одной": 1,
    "двух": 2,
    "трех": 3,
    "трёх": 3,
    "четырех": 4,
    "четырёх": 4,
    "пяти": 5,
    "шести": 6,
    "семи": 7,
    "восьми": 8,
    "девяти": 9,
    "десяти": 10,
    "нескольких": 3,
}
DURATION_UNITS = {
    "дня": "day",
    "дней": "day",
    "суток": "day",
    "недели": "week",
    "недель": "week",
    "месяца": "month",
    "месяцев": "month",
    "года": "year",
    "лет": "year",
}

# --- quantities -------------------------------------------------------------------------------

# Scale words as written (with or without the abbreviation's dot), and their factor.
SCALE_WORDS = {
    "тыс": 1e3,
    "тысяча": 1e3,
    "тысячи": 1e3,
    "тысяч": 1e3,
    "млн": 1e6,
    "миллион": 1e6,
    "миллиона": 1e6,
    "миллионов": 1e6,
    "млрд": 1e9,
    "миллиард": 1e9,
    "миллиарда": 1e9,
    "миллиардов": 1e9,
    "трлн": 1e12,
}
# Measures kept as written; the lemma of any other counted noun is its unit.
MEASURE_UNITS = frozenset({"км", "м", "кг", "т", "га", "л", "%", "км²", "руб", "долл"})
# Hedges before a figure, as written; «до» and «более» are bounds, still approximate figures.
APPROXIMATORS = (
    "не менее",
    "не более",
    "около",
    "примерно",
    "порядка",
    "почти",
    "приблизительно",
    "более",
    "свыше",
    "менее",
    "больше",
    "меньше",
    "до",
    "около",
    "почти",
)
# Nouns that count time; a figure counting them is a duration, left to the time stage.
TIME_NOUNS = frozenset({"год", "месяц", "неделя", "день", "час", "минута", "сутки", "лет"})

# Verbs of promising and planning: a deadline under one of them in the past tense («обещал
# отремонтировать до 12 февраля») was promised before publication, and its day is counted from then.
PROMISE_LEMMAS = frozenset(
    {
        "обещать", "пообещать", "обязаться", "поклясться", "клясться", "планировать",
        "запланировать", "намереваться", "собираться", "договориться", "решить", "назначить",
    }
)  # fmt: skip
# Words that date a saying before publication: «заявил в понедельник», «сказал неделю назад».
SAYING_DATED_BY = frozenset({"назад", "вчера", "позавчера"})
