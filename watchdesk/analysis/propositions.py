"""Analysis: what a statement claims, as a proposition. Statement → who/what + action + object.

A question gathers statements that speak of one matter; a matter is a proposition: something
(troops, a bridge) doing or undergoing an action (leave, reopen) towards something else. Without
the parse at this stage (linking reads stored records), the proposition is read from the main
clauses' words: the actions they speak of (`topics.actions`, both languages), the things named
before the first action word (its subject) and after it (its object), and the registry's names.
A statement that only points back ("it will take weeks", «этот вопрос») takes its matter from
the sentence before it. A figure that counts something ("7,800 soldiers") is the action "count":
all the numbers said of one thing answer one question, how many. Where the statement stage read
a frame from the parse (records.Frame), its predicate lemma joins the proposition when no word
list knows that verb ("decide"), so two wordings of one unlisted predicate can meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from watchdesk.analysis.claims import kin, main_clauses, word_at
from watchdesk.analysis.conflict_words import COUNTED
from watchdesk.analysis.frame_words import MEASURES, NOT_THINGS
from watchdesk.analysis.news_nouns import RU_NOUNS
from watchdesk.analysis.topics import actions, concepts, head_nouns, singular, words
from watchdesk.records import Frame, LinkedStatement

VERB_ENDINGS = ("ing", "ed")  # participles: verbs no word list knows, never the things spoken of
COUNT = "count"  # the action of a figure: "12,000 troops" says how many troops there are
_NAME_OPENING = re.compile(r"^\W*([A-Z][\w'-]*)\s+[A-Z]")
# Predicates that say nothing of what happens when the parse left them unresolved ("troops are
# in the garrison"): the words' own action stands.
EMPTY_PREDICATES = frozenset({"be", "have", "do", "get", "быть", "иметь", "являться"})
_PREFIXES = {
    "a": "actions",
    "s": "subjects",
    "o": "objects",
    "e": "names",
    "p": "predicates",
    "n": "numbers",
}
SMALLEST_FIGURE = 100  # below this a number is a count of days, ministers, crossings: too common


@dataclass(frozen=True, slots=True)
class Proposition:
    """The matter of a statement: its actions, the things before and after them, its names."""

    actions: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    predicates: frozenset[str] = frozenset()  # the parse's predicate lemma, where no list knew it
    numbers: frozenset[str] = frozenset()  # figures said ("7800"): a later "7,800" speaks of them
    head: frozenset[str] = frozenset()  # the first thing named, likeliest what it is about

    @property
    def things(self) -> frozenset[str]:
        return self.subjects | self.objects

    def topics(self) -> tuple[str, ...]:
        """The proposition as topic keys ("a:withdraw", "s:troops", "o:border", "e:karesi")."""
        keys = [f"{p}:{v}" for p, f in _PREFIXES.items() for v in getattr(self, f)]
        return tuple(sorted(set(keys)))


@lru_cache(maxsize=16384)
def from_topics(topics: tuple[str, ...]) -> Proposition:
    """Read a proposition back from its topic keys; older concept keys ("c:") are things.

    Cached: each statement placed reads the same candidate questions' topics again."""
    found: dict[str, set[str]] = {field: set() for field in _PREFIXES.values()}
    for topic in topics:
        prefix, _, value = topic.partition(":")
        if prefix in _PREFIXES:
            found[_PREFIXES[prefix]].add(value)
        elif prefix in ("c", "h"):
            found["subjects"].add(value)
    return Proposition(*(frozenset(found[field]) for field in _PREFIXES.values()))


def read_proposition(statement: LinkedStatement) -> Proposition:
    """Return the proposition of a statement, its matter borrowed from the context if need be."""
    own = _read(statement.content, statement.language, statement.topics)
    counted = _counted(statement, own)
    if counted:
        own = replace(
            own,
            actions=own.actions | {COUNT},
            subjects=own.subjects | counted,
            objects=own.objects - counted,
        )
    if statement.context and (not own.actions or not own.things or points_back(statement.content)):
        # "It will take weeks": "it" is what the sentence before speaks of, and what happens to
        # it is what that sentence says unless the statement says more.
        before = _read(statement.context, statement.language, statement.topics)
        own = replace(
            own,
            actions=own.actions or before.actions,
            subjects=own.subjects | before.things,
            objects=own.objects - before.things,
        )
    if statement.frame is not None:
        own = _framed(statement.frame, own)
    numbers = {_number(f.value) for f in statement.figures if f.value >= SMALLEST_FIGURE}
    return replace(own, numbers=frozenset(numbers)) if numbers else own


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


def _framed(frame: Frame, words: Proposition) -> Proposition:
    """The word-list reading with the parse's predicate beside it.

    The words' actions and things stay: their keys are the ones both languages and every stored
    question share (measured: letting the frame fill missing things, or an action said of no
    named subject, split planted pairs on the demo). A predicate a list knows, said of a named
    subject, is the action where the words gave none; any other predicate lemma is kept apart
    (`predicates`), a further way for two statements to say one thing ("decide", «решить»).
    """
    known = frozenset(actions(frame.predicate))
    if known and not words.actions and frame.subject:
        # The words' main clauses missed a verb a list knows ("Korda, who commanded the unit,
        # will return"): the parse's predicate is the action, where it names who does it.
        return replace(words, actions=known)
    if frame.predicate in EMPTY_PREDICATES or known:
        # "be" says nothing of what happens; a verb a list knows is read as its action key
        # already (kept apart as well, it drew statements to the wrong question on the demo).
        return words
    return replace(words, predicates=frozenset({frame.predicate}))


def _counted(statement: LinkedStatement, own: Proposition) -> frozenset[str]:
    """What the statement's figures count: a concept key ("troops"), or a thing it names among
    the few words after the number ("30 fighter jets"); miles and dates count nothing."""
    found: set[str] = set()
    for figure in statement.figures:
        if figure.unit in COUNTED:
            found.add(figure.unit)
            continue
        at = statement.content.find(figure.text)
        noun = _counted_noun(statement.content[at + len(figure.text) :]) if at >= 0 else ""
        # "25 miles from the capital" measures a distance; it counts nothing.
        if noun and noun not in MEASURES and noun in own.things:
            found.add(noun)
        elif not noun:
            # "the contingent numbers about 4,500": a number ending the clause counts its subject.
            found |= own.subjects & kin(COUNTED)
    return kin(frozenset(found))


def _counted_noun(after: str) -> str:
    """The last word of the noun phrase after a number: "30 fighter jets will" → "jet"."""
    run = []
    for word in after.split()[:4]:
        bare = word.strip(",.;:!?\"'”»").lower()
        if not bare or bare in NOT_THINGS:
            break
        run.append(bare)
        if bare != word.lower():  # punctuation ends the phrase
            break
    return singular(run[-1]) if run else ""


def read_words(text: str, language: str) -> Proposition:
    """Return the proposition of bare words, such as a question's name."""
    return _read(text, language, ())


@lru_cache(maxsize=65536)
def _read(text: str, language: str, topics: tuple[str, ...]) -> Proposition:
    main = main_clauses(text)
    names = frozenset(t[2:] for t in topics if t.startswith("e:"))
    acts: dict[str, int] = {}
    lowered = main.lower()
    for clause in main.split(". "):
        for action, (_, stem) in actions(clause).items():
            word = word_at(clause, stem).rpartition(" ")[2]
            # "the crossings" names a thing, though "cross" is a verb stem: a word that is itself
            # a concept is no action.
            if concepts(word):
                continue
            at = lowered.find(word)
            acts.setdefault(action, at if at >= 0 else 0)
    first = min(acts.values(), default=len(main))
    subjects = _things(main[:first], language, topics)
    objects = _things(main[first:], language, topics) - subjects
    head = next(
        (found for w in main.split() if (found := _things(w, language, topics) & subjects)),
        frozenset(),
    )
    return Proposition(frozenset(acts), subjects, objects, names, head=head)


def _things(text: str, language: str, topics: tuple[str, ...]) -> frozenset[str]:
    """Concepts (kindred ones made one) and head nouns the words name, in English terms."""
    found = set(kin(frozenset(concepts(text))))
    if language == "en":
        # Participles are the verbs a word list does not know ("travelling", "instructed"), not
        # things; a noun in -ing that matters ("meeting", "crossing") is a concept above.
        found |= {h for h in head_nouns(text, language, topics) if not h.endswith(VERB_ENDINGS)}
        # A capitalised pair opening the clause is a name ("Silver Lance will end"), not a thing.
        opening = _NAME_OPENING.match(text)
        found.discard(opening.group(1).lower() if opening else "")
    else:
        found |= {
            noun for word in words(text) for stem, noun in RU_NOUNS.items() if word.startswith(stem)
        }
    return frozenset(found)


_POINTING = re.compile(r"^\W*(?:it|this|that|they|these|those|это|этот|эта|они)\b", re.I)


def points_back(text: str) -> bool:
    """Say whether the words open with a pronoun that needs the sentence before to be read."""
    return _POINTING.match(text) is not None
