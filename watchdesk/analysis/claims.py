"""Analysis: reading a statement as a claim, for conflicts and commitment tracking.

A claim is what a statement says once its conditions and relative clauses are cut off: the
actions its main clauses say happen or not, the things those actions are said of (concepts such
as "troops" and English head nouns such as "bridge"), its names, whether it looks ahead, and
whether it leaves the matter explicitly open. Conflict rules compare two claims; commitment
tracking holds a promise's claim against later reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from watchdesk.analysis.conflict_words import (
    ACTION_OBJECTS,
    HEDGES,
    KINDRED,
    LEFT_AT,
    LEFT_DETERMINERS,
    LEFT_PLACES,
    NAMING_WORDS_BEFORE,
    NOMINAL_ENDINGS,
    NOMINAL_WORDS,
    NOT_VERBS,
    OPEN_MATTER,
    OTHER_TIME,
    SUBORDINATE,
)
from watchdesk.analysis.frame_words import BARE_PARTICIPLES, IRREGULAR_FORMS, NOT_THINGS
from watchdesk.analysis.topics import (
    ACTIONS,
    actions,
    concepts,
    first_phrase,
    head_nouns,
    is_future,
    negation,
    not_yet,
    singular,
)
from watchdesk.records import ConflictKind, LinkedStatement

CLAUSE = re.compile(r"[.;!?]+\s+|\s+[—–]\s+")
# "until March 29" dates the clause's own action; "until the drills end" is a condition.
DATE_AHEAD = r"(?!\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
SUBORDINATE_CLAUSE = re.compile(
    r"(?:^|,\s*|\s)(?:"
    + "|".join(
        re.escape(w) + (DATE_AHEAD if w in ("until", "after", "before") else "")
        for w in SUBORDINATE
    )
    + r")\b.*$",
    re.IGNORECASE | re.DOTALL,
)
FUTURE_AUXILIARIES = ("will", "shall", "would")


@dataclass(frozen=True, slots=True)
class Finding:
    kind: ConflictKind
    reason: str
    triggers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Claim:
    """What a statement claims, read once per statement."""

    statement: LinkedStatement
    acts: dict[str, tuple[int, str]]  # action → (+1 happens / -1 does not, trigger word)
    things: frozenset[str]  # concept keys of the main clauses (and the context for "it")
    heads: frozenset[str]  # nouns the main clauses speak of ("bridge", "warship"), English only
    names: frozenset[str]  # entity topics
    future: bool
    open_matter: str | None
    hedged: bool
    other_time: bool


@lru_cache(maxsize=65536)
def read_claim(statement: LinkedStatement) -> Claim:
    text = main_clauses(statement.content)
    context = main_clauses(statement.context) if statement.context else ""
    acts: dict[str, tuple[int, str]] = {}
    for clause in text.split(". "):
        # A negation denies what its own clause says, not the next sentence.
        for action, said in actions(clause).items():
            if action == "withdraw" and left_behind(clause, said[1]):
                continue  # "we will not leave equipment in the forest" keeps it there
            acts.setdefault(action, (said[0], word_at(clause, said[1])))
    left_open = open_matter(statement.content)
    if left_open and not acts and context:
        # "That is still to be settled": the matter left open is the one the sentence before
        # names ("… troops would go home after the drills"), which the statement points back to.
        for clause in context.split(". "):
            for action, said in actions(clause).items():
                acts.setdefault(action, (said[0], word_at(clause, said[1])))
    return Claim(
        statement=statement,
        acts=acts,
        things=frozenset(concepts(f"{context} {text}")),
        heads=head_nouns(
            f"{context}. {text}" if context else text, statement.language, statement.topics
        ),
        names=frozenset(t for t in statement.topics if t.startswith("e:")),
        future=is_future(text) or statement.modality in ("planned", "expected"),
        open_matter=left_open,
        hedged=hedge(statement.content) is not None,
        other_time=first_phrase(statement.content, OTHER_TIME) is not None,
    )


# The month May is no hedge: "on May 10", "4 May", "in May", a dateline "VARN, May 4".
_MONTH_MAY = (
    re.compile(r"\bMay(?=\s+\d)"),
    re.compile(r"(?<=\d )May\b"),
    re.compile(r"\b(in|of|by|since|until|from|to|early|late|mid-|end of)\s+May\b"),
)


def hedge(text: str) -> str | None:
    """The hedge word of a text ("may", "could", "возможно"), the month May aside."""
    for pattern in _MONTH_MAY:
        text = pattern.sub(lambda m: m.group(1) if m.groups() else "", text)
    return first_phrase(text, HEDGES)


def asserted_actions(clause: str) -> dict[str, tuple[int, str]]:
    """The actions one clause says happen (+1) or not (-1), with the words that say so; an action
    only named ("the withdrawal", "the crossings") is left out.

    An opposite word says "not yet" by itself: "remained closed" is a reopening that has not
    happened, not a double negation; "yet to leave" and "no unit had left" are withdrawals that
    have not happened.
    """
    denied = negation(clause) is not None
    pending = not_yet(clause) is not None
    found = {}
    for action, (_, stem_) in actions(clause).items():
        word = word_at(clause, stem_)
        # A phrase is a verb by its first word: "be back in operation", "went live".
        length = len(stem_.split())
        verb = " ".join(word.split()[: len(word.split()) - length + 1]) if length > 1 else word
        # After "will" even "end" is a verb: "the drills will end on February 8".
        if not (asserted(verb) or asserted(word) or word.partition(" ")[0] in FUTURE_AUXILIARIES):
            continue
        contrary = stem_ in ACTIONS[action][1]
        sign = -1 if contrary else 1
        if denied or (pending and not contrary):
            sign = -sign
        found[action] = (sign, " ".join(word.split()[-len(stem_.split()) :]))
    return found


# The main verb of an English clause after its auxiliary: "will release", "has not reopened",
# "did not sign", "were not evacuated"; the verb itself keys the action when no listed action does.
# An adverb may stand between them: "will gradually repay", "has now been paid".
_AUXILIARY_VERB = re.compile(
    r"\b(will|would|shall|has|have|had|did|does|do|was|were|is|are|wo)"
    r"(n't|\s+not|\s+never)?\s+(?:(?:[a-z]+ly|now|soon|also|still)\s+)?(?:been\s+|be\s+)?"
    r"(?:[a-z]+ly\s+)?([a-z]{3,})\b"
)
_VERB_ENDINGS = ("ing", "ed", "es", "s", "e")


def verb_actions(clause: str, language: str) -> dict[str, tuple[int, str]]:
    """Actions keyed by the clause's main verbs ("v:releas"), each with +1 / -1 and its words.

    The listed actions know their synonyms and opposites; these know only the verb, so "the dam
    will release water" and "the dam will not release water" meet, whatever the situation.
    English only: Russian verbs carry no auxiliary to find them by.
    """
    if language != "en":
        return {}
    found: dict[str, tuple[int, str]] = {}
    lowered = clause.lower().replace("\u2019", "'")
    # "No ship has been unloaded": a negated subject denies the verb as "has not" does.
    denied = negation(clause) is not None
    for match in _AUXILIARY_VERB.finditer(lowered):
        auxiliary, negated, verb = match.groups()
        if verb in NOT_VERBS or verb.endswith("ly") or actions(verb):
            continue  # a listed action reads its own verbs, senses and opposites
        if (
            auxiliary in ("is", "are", "was", "were")
            and not verb.endswith(("ed", "en", "ing"))
            and verb not in IRREGULAR_FORMS
        ):
            continue  # "is safe", "are closed" in the sense of a state: no action
        key = "v:" + verb_stem(verb)
        sign = -1 if negated or denied else 1
        found.setdefault(key, (sign, f"{auxiliary} {verb}"))
    return found


# A state said of the subject by a copula: "the tap water is safe", "the dam was not stable",
# "the road remains passable".
_STATE = re.compile(
    r"\b(is|are|was|were|remains|remain|remained|be)"
    r"((?:\s+(?:still|now|also|yet))?(?:n't|\s+not|\s+no\s+longer))?\s+"
    r"(?:(?:still|now|also|again|yet|[a-z]+ly)\s+)?([a-z]{3,})\b",
    re.IGNORECASE,
)


# A state the function-word lists hold for "is ready to withdraw", said of itself ("the new
# terminal will be ready by May 4"); with an infinitive after it, the infinitive is the action.
_READY = frozenset({"ready"})


def state_actions(clause: str, language: str) -> dict[str, tuple[int, str]]:
    """States keyed by their adjective ("s:safe"), +1 said to hold and -1 not: "the water is
    unsafe" and "the water is not safe" deny what "the water is safe" says, whatever the
    situation; "will be operational" promises the state "is operational" reports. English only;
    the word lists' own states ("closed", "open") are theirs."""
    if language != "en":
        return {}
    found: dict[str, tuple[int, str]] = {}
    denied = negation(clause) is not None
    for match in _STATE.finditer(clause.replace("\u2019", "'")):
        copula, negated, word = match.groups()
        state = word.lower()
        if (
            not word[0].islower()
            or (state in NOT_VERBS and state not in _READY)
            or (state in _READY and re.match(r"\s+to\b", clause[match.end() :]))
            or state in NOT_THINGS
            or state in IRREGULAR_FORMS
            or state.endswith(("ed", "en", "ing", "ly"))
            or actions(state)
        ):
            continue
        sign = -1 if negated or denied else 1
        if state.startswith("un") and len(state) >= 6 and not state.startswith(("uni", "und")):
            state, sign = state[2:], -sign  # "unsafe" is "not safe"
        found.setdefault(f"s:{state}", (sign, f"{copula.lower()} {word}"))
    return found


def existence_actions(clause: str, language: str) -> dict[str, tuple[int, str]]:
    """What a clause says exists or not, keyed by the noun ("x:power"), +1 there and -1 not:
    "Fennick has power points" and "there is no power supply at Fennick" disagree on one thing.
    English only; an amount ("not enough beds", "more beds") says how much, not whether."""
    if language != "en":
        return {}
    text = _HAS_NOT.sub(" has no ", clause.replace("\u2019", "'").lower())
    found: dict[str, tuple[int, str]] = {}
    for match in _EXISTENCE.finditer(text):
        negated, noun = match.groups()
        if (
            noun in NOT_THINGS
            or noun in _AMOUNTS
            or noun in IRREGULAR_FORMS
            or noun in BARE_PARTICIPLES
            or noun.endswith(("ed", "en", "ly"))
            or actions(noun)
        ):
            continue  # "has said", "has taken", "has left": a perfect, not a possession
        singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        found.setdefault(f"x:{singular}", (-1 if negated else 1, noun))
    return found


# "there is no power supply", "the camp has no running water", "has power points" (a past
# participle after "has" is a perfect, "has powered": the noun test above leaves it out).
_EXISTENCE = re.compile(
    r"\b(?:there\s+(?:is|are|was|were)|(?<!it\s)(?:has|have|had))(\s+no)?"
    r"\s+(?:(?:a|an|any|some|its|their|own|running)\s+)?([a-z]{3,})\b"
)
_HAS_NOT = re.compile(r"\b(?:does|do|did)(?:n't|\s+not)\s+have\s+(?:a\s+|an\s+|any\s+)?")
_AMOUNTS = frozenset(
    {"enough", "more", "fewer", "less", "many", "much", "few", "been", "also", "not", "yet", "the"}
)


def blame_actions(clause: str, language: str) -> dict[str, tuple[int, str]]:
    """Whom or what a clause blames, keyed by it ("b:software"), +1 blamed and -1 cleared: "the
    problem is not the software" and "the software was at fault" disagree. English only."""
    if language != "en":
        return {}
    found: dict[str, tuple[int, str]] = {}
    for match in _BLAME.finditer(clause.replace("\u2019", "'").lower()):
        blamed = match.group("x1") or match.group("x2") or match.group("x3")
        if blamed in NOT_THINGS or blamed in _PRONOUN_SUBJECTS:
            continue
        cleared = bool(match.group("n1") or match.group("n2") or match.group("n3"))
        found.setdefault(f"b:{blamed}", (-1 if cleared else 1, blamed))
    return found


# "X is (not) to blame / at fault / responsible / the problem", "the problem is (not) X", "the
# fault lies with X", "(never) blamed X".
_BLAME = re.compile(
    r"\b(?P<x1>[a-z]{3,}) (?:is|was|are|were)(?P<n1> not)? (?:to blame|at fault|"
    r"responsible|the (?:problem|cause|culprit))\b"
    r"|\bthe (?:problem|cause|fault|culprit|blame) (?:is|was|lies with|lay with|rests with)"
    r"(?P<n2> not)? (?:with )?(?:the |its |their )?(?P<x2>[a-z]{3,})\b"
    r"|\b(?P<n3>not |never )?blam(?:e|es|ed|ing) (?:the |its |their )?(?P<x3>[a-z]{3,})\b"
)
_PRONOUN_SUBJECTS = frozenset({"who", "which", "that", "this", "she", "they", "nobody", "one"})


def verb_stem(verb: str) -> str:
    """A crude English stem: "reopened", "reopens", "reopening" and "reopen" are one action, and
    so are "paid" and "pay" (an irregular form goes to its base first)."""
    verb = IRREGULAR_FORMS.get(verb, verb)
    for ending in _VERB_ENDINGS:
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            return verb[: -len(ending)]
    return verb


# Endings that make a noun of a verb: "payment", "inspection", "closure", "removal", "delivery".
_NOUN_ENDINGS = re.compile(r"(?:ment|ion|ure|al|y)$")


def verb_of_noun(noun: str) -> str:
    """The stem of the verb a noun of an action is made of, as `verb_stem` gives it: "repairs"
    and "repaired" are one action, and so are "payment" and "paid"."""
    noun = singular(noun.lower())
    return verb_stem(_NOUN_ENDINGS.sub("", noun)) if len(noun) > 5 else noun


def left_behind(clause: str, stem: str) -> bool:
    """Say whether "leave" is said of a thing left somewhere, not of a place left.

    "We will not leave equipment in the forest" keeps the equipment there; "troops will leave
    the country in the coming weeks" and "trains leave Velsk on Thursday" depart. The object is
    a lower-case noun that is no place, followed by a place it stays in ("in a", "behind").
    """
    if not stem.startswith("lef") and not stem.startswith("leav"):
        return False
    match = re.search(
        re.escape(stem) + r"\w*\s+(?:(?:the|a|an|our|their|its|some|any)\s+)?"
        r"([a-z]\w+)\s+(\w+)(?:\s+(\w+))?",
        clause,
    )
    if match is None:
        return False
    thing, after, det = match.group(1), match.group(2), match.group(3) or ""
    if thing in LEFT_PLACES or thing.rstrip("s") in LEFT_PLACES:
        return False
    return after == "behind" or (after in LEFT_AT and det in LEFT_DETERMINERS)


def word_at(clause: str, stem: str) -> str:
    """The word of the clause that a stem matched, with the word before it: "to withdraw"."""
    match = re.search(r"(?:(\w+)\s+)?(" + re.escape(stem) + r"[\w']*)", clause.lower())
    if match is None:
        return stem
    return f"{match.group(1) or ''} {match.group(2)}".strip()


def opposite(action: str, word: str) -> bool:
    """Say whether the word is one of the action's opposites ("remain" for a withdrawal)."""
    token = word.rpartition(" ")[2]
    return any(token.startswith(stem) for stem in ACTIONS.get(action, ((), ()))[1])


def token(word: str) -> str:
    return word.rpartition(" ")[2]


def asserted(word: str) -> bool:
    """Say whether an action word says the action happens, rather than naming it.

    "the withdrawal", "to withdraw", "the remaining units", "вывод войск" name an action; "left",
    "moved", "remain", "переброшены" say it happens or not.
    """
    before, _, token = word.rpartition(" ")
    if before in NAMING_WORDS_BEFORE:
        return False
    return not token.endswith(NOMINAL_ENDINGS) and token not in NOMINAL_WORDS


# An aside between commas that a participle opens: "the bridge, closed since May, reopened".
# Its own "since" or "until" would otherwise cut the main verb after it.
# Irregular participles count too: "the desks, shut since early September, took in".
_PARTICIPLE_ASIDE = re.compile(
    rf",\s*(?:[a-z]+(?:ed|en)|{'|'.join(sorted({*IRREGULAR_FORMS, *BARE_PARTICIPLES}))})"
    r"\s+[^,.;]{1,60},\s*(?=[a-z])"
)


@lru_cache(maxsize=65536)
def main_clauses(text: str) -> str:
    """The statement without its conditions, relative clauses and participle asides, clause by
    clause."""
    text = _PARTICIPLE_ASIDE.sub(" ", text)
    parts = [SUBORDINATE_CLAUSE.sub("", clause) for clause in CLAUSE.split(text)]
    return ". ".join(p.strip() for p in parts if p.strip())


def open_matter(text: str) -> str | None:
    """The explicit words that leave a matter open ("no date has been set"), if any."""
    return first_phrase(text, OPEN_MATTER)


def shared_actions(a: Claim, b: Claim, *, same_sign: bool | None) -> list[tuple[str, str]]:
    """Actions both claims speak of, each with a thing both say it of: (action, thing)."""
    shared = []
    for action in sorted(set(a.acts) & set(b.acts)):
        if same_sign is not None and (a.acts[action][0] == b.acts[action][0]) != same_sign:
            continue
        thing = same_thing(action, a, b)
        if thing is not None:
            shared.append((action, thing))
    return shared


def same_thing(action: str, a: Claim, b: Claim) -> str | None:
    """A thing both claims say the action of: a concept the action is known to take, or a head
    noun both name ("the bridge" in "will reopen" and "reopening the bridge"). None when either
    claim's reading left the action out ("leave equipment behind" is no withdrawal)."""
    if action not in a.acts or action not in b.acts:
        return None
    things = ACTION_OBJECTS.get(action, frozenset()) & kin(a.things) & kin(b.things)
    if things:
        return sorted(things)[0]
    doers_a, doers_b = doers(a, action), doers(b, action)
    if doers_a and doers_b and not doers_a & doers_b:
        return None  # "tanks crossed the border" and "soldiers crossed the border": two things
    heads = a.heads & b.heads
    if action.startswith(("v:", "s:")):
        # A verb is no thing it is said of: "has drained" and "has not drained" need a noun;
        # nor is a state ("is safe").
        heads -= {token(claim.acts[action][1]) for claim in (a, b)}
    if action.startswith("b:") and not heads:
        return action[2:]  # what is blamed is what both speak of
    return sorted(heads)[0] if heads else None


def doers(claim: Claim, action: str) -> frozenset[str]:
    """The kinds of things (concepts) named before the action's word: who or what does it."""
    text = main_clauses(claim.statement.content).lower()
    at = text.find(token(claim.acts[action][1]))
    return kin(concepts_of(text[:at])) if at > 0 else frozenset()


@lru_cache(maxsize=65536)
def concepts_of(text: str) -> frozenset[str]:
    return frozenset(concepts(text))


def kin(things: frozenset[str]) -> frozenset[str]:
    """Concepts with kindred ones made one: units are troops, for what an action is said of."""
    return frozenset(KINDRED.get(t, t) for t in things)


def different_names(a: Claim, b: Claim) -> bool:
    """Both name things and none in common: "Velsk reopens on the 11th" vs "Mirna on the 18th"."""
    return bool(a.names and b.names and not a.names & b.names)


def same_day_named(sa: LinkedStatement, sb: LinkedStatement) -> bool:
    """Say whether both statements name one past day: reports days apart of what happened "on
    Tuesday, March 3" speak of one moment, however late the second was published."""
    if sa.published is None or sb.published is None:
        return False
    first = min(sa.published, sb.published).isoformat()
    return any(d <= first for d in set(sa.dates) & set(sb.dates))


def say(claim: Claim) -> str:
    s = claim.statement
    when = f" ({s.published.isoformat()})" if s.published else ""
    return f"{s.speaker}{when}"
