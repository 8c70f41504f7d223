"""Word lists for conflicting signals (English and Russian): what actions are about, open matters.

Data only; the logic lives in `conflicts.py`. Concept and action keys are those of `lexicon.py`.
"""

from __future__ import annotations

import re

# Things a figure can count for a number conflict (theme data); other units measure, not count.
from watchdesk.analysis.lexicon import COUNTED as COUNTED


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The things an action must be said of, in both statements, before two statements about that
# action are compared: "troops left" and "the crossings stayed shut" share no withdrawal.
ACTION_OBJECTS: dict[str, frozenset[str]] = {
    "withdraw": frozenset({"troops"}),
    "open": frozenset({"crossings"}),
    "move": frozenset({"troops", "armour"}),
    "publish": frozenset({"figures"}),
    "end": frozenset({"drills"}),
    "meet": frozenset({"meeting"}),
    "visit": frozenset({"observers"}),
    "return": frozenset({"evacuation"}),
    "hold": frozenset({"referendum", "meeting"}),
    "ask": frozenset({"explanation"}),
}

# Concepts that name the same things when an action is said of them: "units will remain" and
# "not a single soldier will stay" speak of one force.
KINDRED: dict[str, str] = {"units": "troops"}

# Concepts that are events a proper name can name ("Silver Lance" is an exercise).
EVENTS: frozenset[str] = frozenset({"drills"})

# Explicit words that leave a matter open. Hedges ("may", "could") are not enough: "may remain"
# does not contradict "will leave", it doubts it.
OPEN_MATTER: tuple[str, ...] = (
    "no date has been set",
    "no date had been set",
    "no date set",
    "no date yet",
    "not yet been set",
    "not yet set",
    "not been decided",
    "not yet decided",
    "has not decided",
    "have not decided",
    "had not decided",
    "yet to decide",
    "yet to be decided",
    "to be decided",
    "undecided",
    "no decision",
    "decision has not been",
    "decision had not been",
    "decision on withdrawal has not",
    "has not been made",
    "had not been made",
    "not ruled out",
    "cannot rule out",
    "can't rule out",
    # Ruling out in other words: "we do not exclude closing the strait".
    "not exclude",
    "cannot exclude",
    "can't exclude",
    "remains to be seen",
    "too early to say",
    # A matter handed to a later talk is open now: "to be settled at the summit".
    "to be settled",
    "not been settled",
    "not yet settled",
    "to be agreed",
    "not been agreed",
    "will be decided separately",
    # No schedule, no final word: "there is no timetable for the pull-out".
    "no timetable",
    "no timeline",
    "no final decision",
    "not been finalised",
    "not been finalized",
    "yet to be agreed",
    "still under discussion",
    "сроки не согласованы",
    "окончательного решения нет",
    "окончательное решение не",
    "решим отдельно",
    "решать отдельно",
    "будет решаться",
    "предстоит решить",
    "предстоит согласовать",
    "решение не принято",
    "решение пока не принято",
    "не принято решение",
    "пока не решен",
    "сроки не определены",
    "сроки пока не",
    "дата не назначена",
    "дата не определена",
    "не исключ",
)

# Hedges: a statement carrying one is no definite claim. Expectation hedges in the present or
# ahead ("we expect", "is expected to"); the bare participle compares what happened with what was
# expected ("lasted longer than expected", "as expected") and hedges nothing.
HEDGES: tuple[str, ...] = (
    "may ",
    "might ",
    "could ",
    "possibly",
    "perhaps",
    "probably",
    "likely",
    "expect ",
    "expects",
    "expecting",
    "expected to",
    "expectation",
    "hope",
    "возможно",
    "может быть",
    "вероятно",
    "надеемся",
)

# A clause opened by one of these says when or on what condition, not what happens: "troops stay
# closed until the withdrawal is complete" is no statement about the withdrawal.
SUBORDINATE: tuple[str, ...] = (
    "until",
    "after",
    "once",
    "when",
    "if",
    "unless",
    "before",
    "as soon as",
    "because",
    "although",
    "while",
    "which",
    "who",
    "since",
    "whether",
    "how",
    "why",
    "чтобы",
    "после",
    "когда",
    "если",
    "пока",
    "как только",
    "потому что",
    "хотя",
    "который",
    "которые",
    "которых",
)

# Words that date a figure or claim to another time than the statement's: "the 7,800 it counted
# last month" is no count of today.
OTHER_TIME: tuple[str, ...] = (
    "last month",
    "last year",
    "earlier this month",
    "at the start",
    "at the beginning",
    "initially",
    "originally",
    "in january",
    "в прошлом месяце",
    "в начале",
    "изначально",
)

# An action word that only names the action ("the withdrawal", "to withdraw", "вывод войск") says
# nothing about whether it happened; polarity conflicts need words that say so.
# An action word right after an indefinite article sits in a noun phrase that judges a thing
# ("called the drills a demanding test", "an exhausting march"): it says what the thing is
# like, not that the action happened.
JUDGING_DETERMINERS: frozenset[str] = frozenset({"a", "an"})
NAMING_WORDS_BEFORE: frozenset[str] = frozenset(
    {"the", "a", "an", "to", "its", "their", "of", "for", "on", "about", "no"}
)
NOMINAL_ENDINGS: tuple[str, ...] = (
    "al",
    "ing",
    "ment",
    "ure",
    "ion",
    "ие",
    "ия",
    "ию",
    "ии",
    "ием",
)
# Presence said with "be" and a place: "soldiers are still in Orsa", "there are no troops at the
# camp". Being somewhere is not having left it: read as the withdrawal action, turned round.
PRESENCE = re.compile(
    r"\b(?:[Tt]here\s+(?:is|are|was|were|remain)\s+(?:still\s+)?(?P<none>no\s+|not\s+(?:a|one)\s+)?"
    r"(?:\w+\s+){0,3}?|(?P<held>\w+s)\s+(?:is|are|was|were)\s+(?P<not>not\s+)?(?:still\s+)?)"
    r"(?P<at>in|at|inside)\s+(?=the\s|[A-Z])"
)
# A form of "be" before a word in -ing makes it a verb in the progressive ("the ferry is
# running"), not a noun naming the action ("the running of the ferry").
PROGRESSIVE_AUXILIARIES: frozenset[str] = frozenset(
    {"am", "is", "are", "was", "were", "be", "been"}
)
NOMINAL_WORDS: frozenset[str] = frozenset(
    {"вывод", "вывода", "выводу", "выводом", "выводе", "уход", "ухода", "end", "presence"}
)

# A plan is definite when it says when: a date, a week, a deadline, a condition.
PLAN_TIME: tuple[str, ...] = (
    "next week",
    "this week",
    "within",
    "by ",
    "until",
    "after",
    "once",
    "on ",
    "the end of",
    "when ",
    "на следующей неделе",
    "на этой неделе",
    "в течение",
    "до ",
    "после",
)

# Words that cite someone else's figure or claim rather than make one: "claims that 12,000",
# "accepting the ministry's figure of 4,500" (a figure someone's by a possessive).
CITED: tuple[str, ...] = (
    "claim",
    "'s figure",
    "'s estimate",
    "we read",
    "reports of",
    "rumour",
    "rumor",
    "allegation",
    "слух",
    "утвержден",
    "сообщения о",
)

# Words that make a stance conditional: what follows is the condition ("if the talks fail").
# Temporal words ("after", "once", "when") date a plan instead and leave it definite.
CONDITIONS: tuple[str, ...] = (
    "if ",
    "unless",
    "provided that",
    "providing that",
    "as long as",
    "on condition that",
    "only if",
    "in case",
    "если",
    "при условии",
    "в случае",
    "лишь бы",
)

# Words in a speaker's role or organisation that make them an official voice: one who speaks for
# a government, an armed force or a state body, whose word the desk holds against other officials.
OFFICIAL_WORDS: frozenset[str] = _words(
    """president prime premier minister ministry chancellor government cabinet spokesman
    spokeswoman spokesperson secretary ambassador embassy consul general admiral colonel
    commander command army navy forces military defence defense interior foreign state mayor
    governor parliament senator deputy official officials office presidency kremlin
    президент премьер министр министерство минобороны мид правительство пресс-секретарь
    представитель посол генерал командующий командование армия глава мэр губернатор депутат
    ведомство штаб"""
)

# "leave" said of a thing left somewhere ("leave equipment in the forest") is no withdrawal; a place
# left ("leave the country in March") is. Places a force leaves, and the words that say where a
# thing stays.
LEFT_PLACES: frozenset[str] = _words(
    """country countries region area territory town city village capital base camp range zone
    garrison barracks border island port harbour harbor waters airspace republic province
    district valley coast"""
)
LEFT_AT: frozenset[str] = frozenset({"in", "at", "on", "inside", "near"})
LEFT_DETERMINERS: frozenset[str] = frozenset(
    {"a", "an", "the", "our", "their", "its", "his", "her", "this", "that", "neighbour's"}
)

# Words after an auxiliary that are no action of their own: other auxiliaries, "not", adverbs,
# reporting and mental verbs (what is said or thought is the statement, not its action), and
# states ("is ready", "are able").
NOT_VERBS: frozenset[str] = _words(
    """not never also still already just now then there here the a an this that these those it
    its they them their our his her all any some no one two each every more less only even yet
    been be being have has had having do does did done will would shall should can could may
    might must going got get gets getting able ready likely unlikely sure aware due set about
    say says said saying tell told telling add added adding claim claimed claims state stated
    announce announced confirm confirmed deny denied insist insisted believe believed think
    thought expect expected hope hoped fear feared want wanted plan planned try tried need needed
    seem seemed appear appeared make made making take taken taking give given giving keep kept
    continue continued remain remained stay stayed expected understood known told asked asking
    working looking see seen saw hear heard know knew watch watched learn learned learnt"""
)

# A statement in the present sets a timetable unless it speaks of the past: irregular past forms
# of news verbs (regular ones end in -ed) and the auxiliaries of a past tense.
PAST_FORMS: frozenset[str] = _words(
    """left went came began begun took sent held met saw stood kept fled gave made ran rode flew
    drove sailed withdrew brought bought sold shot fought built hid lost won"""
)
PAST_AUXILIARIES = re.compile(r"\b(?:had|was|were|did|has been|have been|ago|yesterday)\b")
