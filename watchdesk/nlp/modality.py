"""Part of stage 4 (statements): how sure a statement sounds (modality) and whether it denies.

Polarity comes from the cue ("denied") or a negated main clause ("will not", "received no
request"); indecision ("has not decided", "I don't know", "did not rule out") is not a denial.

Modality: a question, then words of uncertainty (may, might, "not yet"), then a reporting verb at
the head of the content ("said she expected …" is a forecast), then the plan rule, then the cue's
own sense, phrases and modal verbs. The plan rule tells a plan from a forecast: "will"/"would" is
`planned` when the speaker is the one who acts — a first-person subject, the pronoun standing for
the speaker ("the ministry said it would appeal"), the body an official speaks for ("the city
would appeal"), a passive or a verb of deciding and operating in an institution's mouth ("the
checkpoint would open") — and `expected` when the subject is another party ("Karesian troops would
remain", said by Norvaland's minister) or the verb names an outcome nobody decides ("prices would
not fall").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from watchdesk.nlp.aliases import canonical_key
from watchdesk.nlp.lexicon_en import (
    ACTION_VERBS,
    DISCOURSE_VERBS,
    FIRST_PERSON_WORDS,
    FUTURE_MODALS,
    MODAL_VERBS,
    MODALITY_PHRASES,
    NEG_RAISING_VERBS,
    NEGATION_WORDS,
    OWN_BODY_NOUNS,
    REPORTING_VERBS,
    SPEAKER_PRONOUNS,
    STATIVE_VERBS,
    UNDECIDED_PHRASES,
    WITHHOLDING_VERBS,
    CueSense,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from watchdesk.nlp.speakers import Speaker
    from watchdesk.records import Modality, Polarity, Span, StatementKind

_NEGATED_ARGUMENTS = frozenset({"nothing", "nobody", "none", "no-one"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
# Children of a main verb through which a negation still negates it: 'was "not on the agenda"'.
_NEGATION_CARRIERS = frozenset({"prep", "acomp", "attr"})
_FOREIGN_LABELS = frozenset({"GPE", "NORP", "ORG"})
_SHARED_PREFIX = 5  # letters two place names share to count as one side: "Karesia"/"Karesian"


def judge_polarity(
    doc: Doc, content: Span, sense: CueSense, written: str | None = None
) -> Polarity:
    """A denying cue or a negated main clause makes a denial; "has not decided" does not.

    `written` is the content's text when the caller has it (`doc.text` rebuilds the whole text).
    """
    if sense.polarity is not None:
        return sense.polarity
    text = (content.slice(doc.text) if written is None else written).lower()
    if any(_has_phrase(text, phrase) for phrase in UNDECIDED_PHRASES):
        return "affirm"
    for root in main_verbs(doc, content):
        if _negated(root):
            return "deny"
        # "She had seen no stones thrown": the negated word is the subject of a small clause.
        for child in root.children:
            if child.dep_ in {"ccomp", "xcomp"} and _negated_argument(child):
                return "deny"
    return "affirm"


def withheld(cue: Token) -> bool:
    """A cue left unsaid: "did not confirm that …", "would not say that …", "declined to confirm".

    The speaker does not assert what follows, so the statement is undecided, never an affirmed
    claim that a conflict could rest on. A negated verb of belief is still a stance ("does not
    think the bridge will open"), so those keep the sense of their content.
    """
    if cue.lemma_.lower() in NEG_RAISING_VERBS:
        return False
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in WITHHOLDING_VERBS


def raised_negation(cue: Token, sense: CueSense) -> CueSense:
    """ "does not expect the bridge to open" expects that it will not: the cue's negation denies
    the clause, and the cue keeps its modality."""
    lemma = cue.lemma_.lower()
    if lemma in NEG_RAISING_VERBS and any(c.dep_ == "neg" for c in cue.children):
        return CueSense(polarity="deny", modality=sense.modality)
    return sense


def judge_modality(
    doc: Doc,
    content: Span,
    sense: CueSense,
    speaker: Speaker,
    kind: StatementKind,
    written: str | None = None,
) -> Modality:
    """Question, uncertainty, a nested cue, the plan rule, the cue, phrases, then modal verbs."""
    text = (content.slice(doc.text) if written is None else written).lower()
    if text.rstrip().endswith("?") or sense.modality == "question":
        return "question"
    phrased = next((m for p, m in MODALITY_PHRASES if _has_phrase(text, p)), None)
    roots = main_verbs(doc, content)
    modals = _modals(doc, content, roots)
    if phrased == "uncertain" or "uncertain" in modals:
        return "uncertain"
    # "said she expected two plants to close": the content's own verb is a forecast.
    nested = next((REPORTING_VERBS.get(r.lemma_.lower(), CueSense()).modality for r in roots), None)
    if nested in {"expected", "uncertain"}:
        return nested
    if sense.modality == "uncertain":
        return "uncertain"  # "feared the stadium would not be ready", "estimated it would take"
    future = next((r for r in roots if _future(r)), None)
    if future is not None:
        planned = _plan_or_forecast(future, speaker, kind)
        if planned is not None:
            return planned
    if sense.modality is not None:
        return sense.modality
    if phrased is not None:
        return phrased
    if modals:
        return modals[0]
    return "asserted"


def main_verbs(doc: Doc, content: Span) -> list[Token]:
    """The main verbs of the content's first sentence: tokens whose head lies outside it.

    A quote of several sentences takes its modality from the first ("I trust the court. The truth
    will come out." is asserted).
    """
    inside = doc.char_span(content.start, content.end, alignment_mode="expand")
    if inside is None:
        return []
    first = inside[0].sent
    roots = [t for t in inside if t.head.i == t.i or not inside.start <= t.head.i < inside.end]
    in_first = [t for t in roots if first.start <= t.i < first.end]
    return in_first or roots


# --- polarity helpers ---------------------------------------------------------------------------


def _negated(root: Token) -> bool:
    for child in root.children:
        if child.dep_ == "neg" or child.lower_ in NEGATION_WORDS:
            return True
        if child.dep_ in _NEGATION_CARRIERS and any(
            g.dep_ == "neg" and g.i < child.i for g in child.children
        ):
            return True
        if child.dep_ in _ARGUMENT_DEPS and _is_no_argument(child):
            return True
    return False


def _negated_argument(clause: Token) -> bool:
    return any(c.dep_ in _ARGUMENT_DEPS and _is_no_argument(c) for c in clause.children)


def _is_no_argument(token: Token) -> bool:
    """ "No troops", "nothing", "no one": an argument that is itself a negation."""
    if token.lower_ in _NEGATED_ARGUMENTS:
        return True
    return any(g.dep_ == "det" and g.lower_ == "no" for g in token.children)


# --- modality helpers ---------------------------------------------------------------------------


def _modals(doc: Doc, content: Span, roots: list[Token]) -> list[Modality]:
    found = [
        MODAL_VERBS[child.lower_]
        for root in roots
        for child in root.children
        if child.dep_ == "aux" and child.lower_ in MODAL_VERBS
    ]
    if found:
        return found
    # The parser sometimes hangs the modal off a noun ("could last months"): take such a stray
    # modal, but never one that belongs to a verb of a later clause ("… when they will be paid").
    inside = doc.char_span(content.start, content.end, alignment_mode="expand")
    for token in inside or ():
        if (
            token.tag_ == "MD"
            and token.lower_ in MODAL_VERBS
            and token.head.pos_
            not in {
                "VERB",
                "AUX",
            }
        ):
            return [MODAL_VERBS[token.lower_]]
    return []


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)


def _plan_or_forecast(verb: Token, speaker: Speaker, kind: StatementKind) -> Modality | None:
    """ "Will"/"would" as the speaker's plan, or as a forecast; None: leave it to the cue."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    lemma = verb.lemma_.lower()
    if subject is not None and _is_speaker_word(subject, kind):
        if lemma in DISCOURSE_VERBS and subject.lower_ in FIRST_PERSON_WORDS:
            return "asserted"  # "I won't pretend this is simple"
        return "expected" if lemma in STATIVE_VERBS else "planned"
    if subject is None or _other_party(subject, speaker):
        return "expected"
    institutional = speaker.kind != "person" or bool(speaker.role or speaker.org)
    if not institutional:
        return "expected"
    passive = subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    own_body = subject.lower_ in OWN_BODY_NOUNS and _is_definite(subject)
    if passive or own_body or lemma in ACTION_VERBS or _names_speaker(subject, speaker):
        return "planned"
    return "expected"


def _is_speaker_word(subject: Token, kind: StatementKind) -> bool:
    """A subject that is the speaker: "we", "our union"; in reported speech "it", "her party"."""
    words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ == "poss"}
    if words & FIRST_PERSON_WORDS:
        return True
    return kind == "indirect" and bool(words & SPEAKER_PRONOUNS)


def _is_definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _other_party(subject: Token, speaker: Speaker) -> bool:
    """Whether the subject names a place or body that is not the speaker's own side."""
    own = [canonical_key(name) for name in (speaker.name, speaker.org or "") if name]
    home = _home_country(subject.doc) if speaker.kind == "organisation" else None
    for token in subject.subtree:
        if _through_preposition(token, subject):
            continue  # "Teachers at 40 schools in Dunmore": a place, not a party
        if home is not None and token.i == home.i and not _names_place(speaker, subject.doc):
            continue  # "the ministry said Teressa will buy …": a ministry speaks for its country
        # A place, a body, or a capitalised adjective of nationality ("Karesian troops").
        named = token.ent_type_ in _FOREIGN_LABELS and token.pos_ == "PROPN"
        demonym = token.pos_ == "ADJ" and token.is_title and token.i > token.sent.start
        if not (named or demonym):
            continue
        key = canonical_key(token.text)
        if own and not any(_same_side(key, word) for name in own for word in name.split()):
            return bool(speaker.org) or speaker.kind != "person"
    return False


def _through_preposition(token: Token, top: Token) -> bool:
    while token.i != top.i:
        if token.dep_ == "prep":
            return True
        token = token.head
    return False


def _home_country(doc: Doc) -> Token | None:
    """The first place the article names: the country an unnamed ministry or council serves."""
    first = next((e for e in doc.ents if e.label_ == "GPE"), None)
    return first.root if first is not None else None


def _names_place(speaker: Speaker, doc: Doc) -> bool:
    """Whether the speaker's own name says whose body it is ("Ulvan's trade ministry")."""
    places = {canonical_key(e.text) for e in doc.ents if e.label_ in _FOREIGN_LABELS}
    words = set(canonical_key(f"{speaker.name} {speaker.org or ''}").split())
    return any(set(place.split()) & words for place in places if place)


def _same_side(one: str, other: str) -> bool:
    prefix = min(len(one), len(other), _SHARED_PREFIX + 2)
    return prefix >= _SHARED_PREFIX and one[:prefix] == other[:prefix]


def _names_speaker(subject: Token, speaker: Speaker) -> bool:
    """ "The statistics office will publish …", said by the statistics office."""
    phrase = canonical_key(" ".join(t.text for t in subject.subtree))
    names = [canonical_key(name) for name in (speaker.name, speaker.org or "") if name]
    return any(name and name in phrase for name in names)


def _has_phrase(text: str, phrase: str) -> bool:
    return _phrase_pattern(phrase).search(text) is not None


@cache  # the phrases are the lexicon's, a fixed few; each is tried on every statement
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(phrase)}\b")
