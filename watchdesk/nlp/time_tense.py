"""Part of stage 5 (times): the tense that places a weekday, a month or a duration.

`times.py` asks whether the verb governing a time expression looks ahead (future, modal,
infinitive, a present-tense schedule) or back (past tense), and where a gerund takes its time from
("Testifying on Wednesday, he said" is past).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from watchdesk.nlp.lexicon_time import (
    INTENTION_VERBS,
    PAST_REPORTING_FORMS,
    PRESENT_REPORTING_FORMS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FUTURE_AUX = frozenset({"will", "'ll", "wo", "shall", "would", "must", "should", "could", "might"})
_FUTURE_AUX |= frozenset({"may", "can", "ca", "to"})
_FUTURE_MODALS = frozenset({"will", "'ll", "wo", "shall"})


def after_past_cue(m: re.Match[str]) -> bool:
    """ "said on Thursday they would …": the weekday dates the saying, whatever the parse says."""
    words = m.string[max(0, m.start() - 40) : m.start()].lower().split()
    if len(words) < 2 or words[-1] != "on":
        return False
    # The cue, or the cue and its audience: "said on", "told reporters on".
    return bool(set(words[-3:-1]) & PAST_REPORTING_FORMS)


def governed_by_future(doc: Doc, start: int, end: int) -> bool | None:
    """Say whether the verb governing the characters is future-facing; None if there is none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token: Token = span.root
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return None
        token = token.head
    token = _finite_verb(token)
    if token.lower_ in PRESENT_REPORTING_FORMS:
        return False  # "on Thursday, she writes: …" dates the writing
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX or a.tag_ == "MD" for a in auxes):
        return True
    if token.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxes):
        return False
    # Present tense with a weekday is the news idiom for a schedule: "the envoy meets on Monday".
    return token.tag_ in ("VB", "VBZ", "VBP", "VBG", "MD")


def _finite_verb(verb: Token) -> Token:
    """The verb whose tense places a gerund: "Testifying on Wednesday, he said" → "said"; but
    "plans on meeting on Monday" stays with "meeting", which looks ahead. An infinitive ("to
    meet on Monday") looks ahead by itself."""
    token = verb
    while token.tag_ == "VBG" and token.dep_ in ("xcomp", "acl", "advcl", "pcomp"):
        if any(c.dep_ == "aux" for c in token.children):
            return token
        head = token.head
        if head.lemma_.lower() in INTENTION_VERBS:
            return token  # "plans to meet on Monday", "promised to meet on Monday"
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or head.i == token.i:
            return token
        token = head
    return token


def modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """Say whether a word stands before a noun: spaCy calls "March organisers" a DATE too."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    return bool(doc[span.end].pos_ in ("NOUN", "PROPN"))


def will_happen(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb governing the characters carries a future modal ("will open on May 4").

    Stricter than `governed_by_future`: a day and month is moved off its nearest year only by a
    deadline or a future modal, not by a present-tense schedule ("the drills run from Jan. 19").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token: Token = span.root
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return False
        token = token.head
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in token.children)
