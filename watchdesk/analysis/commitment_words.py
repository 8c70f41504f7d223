"""Word lists for promises (issue 9): what makes a forward-looking statement no promise, and what
makes a later report a plan rather than a report of what happened.

Kept apart from the matching code in `commitments.py`, so that a reviewer can extend a list
without reading it. Words are lower case; a phrase matches on word boundaries.
"""

from __future__ import annotations

# Cue verbs that mock rather than state: "'They will be gone by Friday,' he scoffed".
MOCKING_CUES: frozenset[str] = frozenset(
    {
        "scoffed", "scoff", "scoffs", "joked", "joke", "jokes", "quipped", "quip", "quips",
        "mocked", "mocks", "sneered", "sneers", "laughed", "laughs", "smirked", "jeered",
        "съязвил", "съязвила", "пошутил", "пошутила", "усмехнулся", "усмехнулась",
        "иронизировал", "иронизировала",
    }
)  # fmt: skip

# Phrases that turn a future into sarcasm or disbelief: "as if they will leave", "I will believe it
# when I see it".
IRONY_PHRASES: tuple[str, ...] = (
    "as if",
    "yeah, right",
    "i will believe it when",
    "i'll believe it when",
    "we will believe it when",
    "we'll believe it when",
    # A motive no one believes of the other side: "they will lift it tomorrow, out of sheer
    # kindness", "and pigs will fly".
    "out of sheer kindness",
    "out of the kindness of",
    "out of the goodness of",
    "pigs will fly",
    "pigs might fly",
    "when pigs fly",
    "поверю, когда",
    "поверим, когда",
    "как будто",
    "можно подумать",
)

# Future verbs that commit the speaker to nothing: what others will say ("tomorrow they will
# write that …") or what the speaker will believe or see.
NON_COMMITTING_VERBS: frozenset[str] = frozenset(
    {
        "write", "say", "claim", "report", "tell", "believe", "see", "wonder", "think",
        "напишут", "скажут", "заявят", "поверю", "поверим", "увидим",
    }
)  # fmt: skip

# An indirect question opens with one of these: "whether he will be able to …", "exactly when
# they would go home" — a matter asked about, not a plan.
QUESTION_OPENERS: tuple[str, ...] = (
    "whether",
    "if",
    "when",
    "exactly when",
    "how",
    "why",
    "what",
    "who",
    "ли",
    "когда именно",
    "когда",
    "как",
    "почему",
)
# Words inside a clause that make it an indirect question: "it is whether he will be able to".
QUESTION_WORDS: frozenset[str] = frozenset({"whether", "ли"})

# People and bodies that observe rather than decide: their "will" is a forecast, never a promise.
OBSERVER_WORDS: frozenset[str] = frozenset(
    {
        "analyst", "analysts", "expert", "experts", "researcher", "fellow", "professor",
        "economist", "commentator", "observer", "observers", "historian", "scholar",
        "columnist", "correspondent", "journalist", "blogger", "resident", "residents",
        "institute", "think tank", "forum", "university", "academy", "consultancy",
        "аналитик", "аналитики", "эксперт", "эксперты", "политолог", "экономист",
        "наблюдатель", "наблюдатели", "житель", "жительница", "жители", "институт",
        "университет", "исследователь", "обозреватель",
    }
)  # fmt: skip

# A later report of an obligation or a plan says what should happen, not what did: "the crossing
# is to reopen on Wednesday", "должен открыться в среду".
OBLIGATION_PHRASES: tuple[str, ...] = (
    "is to",
    "are to",
    "was to",
    "were to",
    "is due to",
    "are due to",
    "was due to",
    "were due to",
    "is expected to",
    "are expected to",
    "должен",
    "должна",
    "должно",
    "должны",
    "планируется",
    "ожидается",
)
