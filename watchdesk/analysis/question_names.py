"""Analysis: names of questions. A statement's words → a readable proposition that names its matter.

A question is named after its most representative statement, made into a question where English
grammar allows it without a parse: the auxiliary moves before the subject ("the crossings will
reopen" → "Will the crossings reopen?"), reported speech's "would" becomes "will", and a negated
subject asks about any ("no tanks have crossed" → "Have any tanks crossed?"). Otherwise the main
clause stands as a sentence ("A battalion moved to the camp."). Russian statements keep their
words and become a Russian sentence: a Russian-only question gets a Russian name. Names never
carry internal keys and are never cut mid-word.
"""

from __future__ import annotations

import re
from dataclasses import replace

from watchdesk.analysis.claims import main_clauses
from watchdesk.analysis.frame_words import NOT_THINGS
from watchdesk.analysis.propositions import COUNT, Proposition, read_words
from watchdesk.analysis.questions import same_matter
from watchdesk.analysis.registry import stem


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LONG_WORD_COST = 0.05  # per word of a name beyond eight
NAME_WORDS = 16  # longer statements are named by their main clause, then cut at a comma
NAME_MIN_WORDS = 3  # "he asked", "they would" read as no proposition
# Auxiliaries that move before the subject to ask; reported speech's "would" asks with "will".
AUXILIARIES = {
    "will": "will",
    "would": "will",
    "shall": "shall",
    "can": "can",
    "could": "could",
    "may": "may",
    "must": "must",
    "should": "should",
    "is": "is",
    "are": "are",
    "was": "was",
    "were": "were",
    "has": "has",
    "have": "have",
    "had": "had",
}
CONTRACTIONS = {
    "won't": "will",
    "wouldn't": "will",
    "can't": "can",
    "cannot": "can",
    "couldn't": "could",
    "isn't": "is",
    "aren't": "are",
    "wasn't": "was",
    "weren't": "were",
    "hasn't": "has",
    "haven't": "have",
    "hadn't": "had",
    "shouldn't": "should",
    "mustn't": "must",
}
# Words that open a subject but name nothing: lower-cased when the auxiliary moves before them.
COMMON_OPENERS = _words(
    """the a an some all most many few several our their its his her my your this that these
    those any every each no there both either neither none more less only about around nearly
    almost at least up to"""
)
PRONOUNS = _words(
    """it this that they these those we i he she you our their its his her my
    это этот эта эти они мы он она я наш наши их его её"""
)
CONNECTIVES = _words("but and so yet however still also then но и а однако также")
FUNCTION_ENDINGS = _words(
    """a an the of to in on at by for and or but with from that this it would will is are be
    was were has have had not as than our their its his her my your some any every each
    и в на по с к о что это наш их его её"""
)
# Words that cannot stand in a simple subject: question words, conjunctions, reporting verbs.
NOT_SUBJECT = _words(
    """what which who whom whose when where why how whether if that than as because said says
    told tells added announced claimed stated insisted noted believe think know
    today tomorrow yesterday now"""
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"'“«A-ZА-ЯЁ])")
_DATELINE = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,},[^()]{0,30}\([^)]{1,40}\)\s*[-—–]\s*")
_NUMBER = re.compile(r"^\d[\d,.\u00a0]*$")
_QUOTES = "\"'“”«»„‘’ "
# Quotation marks inside a name only stop the eye; apostrophes ("Norvaland’s") stay.
_QUOTE_MARKS = re.compile(r"[\"“”«»„]|(?<!\w)['‘’]|['‘’](?!\w)")
# "…, she said" and "…, said the minister" attribute the words; the name is what was said.
_SAID_TAIL = re.compile(
    r",\s+(?:[\w’'-]+\s+){0,4}(?:said|says|added|told|сказал|сказала|заявил|заявила)\b.*$"
)


def question_name(content: str, language: str, names: tuple[str, ...] = ()) -> str:
    """Return a readable proposition naming the matter a statement speaks of.

    `names` are the statement's entity topics ("e:karesi"): a capitalised word among them is a
    name and keeps its capital when it stops opening the sentence.
    """
    clause = _clause(content)
    if len(clause) < NAME_MIN_WORDS:
        return ""  # "he asked", "they would": no proposition to read; the caller names it
    if language == "en":
        asked = _as_question(clause, names)
        if asked:
            return asked
    return _sentence(clause)


def name_score(name: str, cosine: float | None, proposition: Proposition | None = None) -> float:
    """How well a name reads as its question's proposition: higher is better.

    A name that says the question's matter (its action of its thing) names it best; an English
    name reads for every desk language; a name that opens with a pronoun ("we", "it") needs its
    article; a question reads better than a statement; a name close to the question's centroid
    speaks of what most members say.
    """
    words = name.rstrip("?.!").split()
    russian = re.search(r"[А-Яа-яЁё]", name) is not None
    score = 0.0 if russian else 1.0
    if proposition is not None:
        said = read_words(name, "ru" if russian else "en")
        if name.startswith("How many "):
            said = replace(said, actions=said.actions | {COUNT})  # the figure asked about
        score += 1.0 if same_matter(said, proposition) else 0.0
    # The subject opens a statement and follows the auxiliary in a question: "Will it reopen?"
    opening = {w.lower().strip(_QUOTES) for w in words[: 2 if name.endswith("?") else 1]}
    score += 0.0 if opening & PRONOUNS else 1.0
    score += 0.5 if name.endswith("?") else 0.0
    score += 0.5 if 5 <= len(words) <= 14 else (-1.0 if len(words) < 3 else 0.0)
    score -= LONG_WORD_COST * max(0, len(words) - 8)  # a short name is read at a glance
    score -= 2.0 if "…" in name or re.search(r"\b[a-z]:\w", name) else 0.0
    return score + (cosine or 0.0)


def _clause(content: str) -> list[str]:
    """The words of the statement's first sentence, its main clause if it is long."""
    text = _QUOTE_MARKS.sub("", _DATELINE.sub("", " ".join(content.split())))
    text = _SENTENCE_END.split(text.strip(_QUOTES + "-—–"), maxsplit=1)[0]
    text = _SAID_TAIL.sub("", text).strip(_QUOTES)
    tokens = text.split()
    while tokens and tokens[0].lower().strip(",") in CONNECTIVES:
        tokens = tokens[1:]
    # "X happened, and Y did too": the first clause is the proposition.
    for at, token in enumerate(tokens[:-1]):
        if at >= 3 and token.endswith((",", ";")) and tokens[at + 1].lower() in CONNECTIVES:
            tokens = tokens[: at + 1]
            break
    if len(tokens) > NAME_WORDS:
        tokens = main_clauses(" ".join(tokens)).split(". ")[0].split()
    if len(tokens) > NAME_WORDS:
        # Cut at the last comma that leaves a clause of five words or more.
        commas = [i for i, t in enumerate(tokens[:NAME_WORDS]) if t.endswith(",") and i >= 4]
        tokens = tokens[: commas[-1] + 1] if commas else tokens[:NAME_WORDS]
    tokens = [t.strip(_QUOTES) for t in tokens]
    tokens[-1:] = [tokens[-1].rstrip(",;:.!?—–-")] if tokens else []
    while len(tokens) > 3 and tokens[-1].lower() in FUNCTION_ENDINGS:
        tokens.pop()
    return [t for t in tokens if t]


def _as_question(tokens: list[str], names: tuple[str, ...]) -> str | None:
    """Move the first auxiliary before its subject; None when no short subject precedes one."""
    for at, token in enumerate(tokens[:8]):
        lower = token.lower()
        aux = AUXILIARIES.get(lower) or CONTRACTIONS.get(lower)
        if aux is None:
            continue
        subject = [t.lower().strip(_QUOTES) for t in tokens[:at]]
        # "what it called", "the president said the …", "more tanks than anyone": no subject to
        # move the auxiliary before, so the clause stands as it is.
        if at == 0 or any(t.endswith(",") or t in NOT_SUBJECT for t in subject):
            return None
        rest = tokens[at + 1 :]
        if lower in AUXILIARIES and rest and rest[0].lower() == "not":
            rest = rest[1:]
        if not rest:
            return None
        counted = _how_many(tokens[:at], aux, rest)
        if counted:
            return counted
        subject = _asking_subject(tokens[:at], names)
        return f"{aux.capitalize()} {' '.join([*subject, *rest])}?"
    return None


def _how_many(subject: list[str], aux: str, rest: list[str]) -> str | None:
    """Ask how many when the subject is counted: "about 4,500 soldiers will take part" → "How
    many soldiers will take part?", "there are 7,800 soldiers here" → "How many soldiers are
    there here?". A question that gathers differing figures must not take one side's, nor
    another figure in an aside (", not 4,500"), so the clause ends at its first comma."""
    comma = next((i for i, w in enumerate(rest) if w.endswith(",")), None)
    if comma is not None:
        rest = [*rest[:comma], rest[comma].rstrip(",")]
    if [w.lower() for w in subject] == ["there"]:
        at = next((i for i, w in enumerate(rest[:4]) if _NUMBER.match(w)), None)
        if at is None:
            return None
        phrase, after = _noun_phrase(rest[at + 1 :])
        return f"How many {' '.join(phrase)} {aux} there {' '.join(after)}".rstrip() + "?"
    at = next((i for i, w in enumerate(subject) if _NUMBER.match(w)), None)
    if at is None or not subject[at + 1 :]:
        return None
    return f"How many {' '.join([*subject[at + 1 :], aux, *rest])}?"


def _noun_phrase(words: list[str]) -> tuple[list[str], list[str]]:
    """Split the words after a number into what it counts and the rest of the clause."""
    for at, word in enumerate(words):
        if word.lower() in NOT_THINGS:
            return words[:at], words[at:]
        if word.endswith(","):
            return [*words[:at], word.rstrip(",")], words[at + 1 :]
    return words, []


def _asking_subject(subject: list[str], names: tuple[str, ...]) -> list[str]:
    """The subject as it stands after the auxiliary: "No tanks" → "any tanks"."""
    words = list(subject)
    lowered = [w.lower() for w in words]
    if lowered[:3] == ["not", "a", "single"]:
        words = ["any", *words[3:]]
    elif lowered[:1] == ["no"]:
        words = ["any", *words[1:]]
    first = words[0]
    # A sentence's capital goes unless the word is a name: one the registry knows, an acronym, or
    # the first of a capitalised pair ("Northern Lance").
    is_name = (
        f"e:{stem(first)}" in names
        or (first.isupper() and len(first) > 1)
        or (len(words) > 1 and words[1][:1].isupper())
    )
    if first != "I" and (first.lower() in COMMON_OPENERS or not is_name):
        words[0] = first.lower()
    return words


def _sentence(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return text[:1].upper() + text[1:] + "."
