"""Part of stage 5 (times): the tense that places a weekday, a month or a duration.

`times.py` asks whether the verb governing a time expression looks ahead (future, modal,
infinitive, a present-tense schedule) or back (past tense), and where a gerund takes its time from
("Testifying on Wednesday, he said" is past).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

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
_BACKSHIFTED = frozenset({"would", "'d"})


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


def said_or_done_before(
    doc: Doc, start: int, end: int, *, deadline: bool = False
) -> Literal["past", "reported"] | None:
    """Whether a date sits in the past or in a promise made before publication; None if neither.

    "past": the verb the date hangs on is past ("the last ferry left on May 3"). With a deadline
    ("by", "until") only a perfect is ("had left by May 3"): "adjourned the case until May 3"
    names a day after the adjourning.
    "reported": a plan or a future under a past verb that dates the saying before publication —
    a perfect ("had promised to publish by May 3", "has broken its promise to withdraw by May 3"),
    a dated saying ("said on April 2 that they would leave by May 3", "said last month …") or a
    past intention ("pledged to finish by May 3", "was scheduled for May 3"). An undated "said"
    is news of the day ("will be handed over by Nov. 30, the ministry said") and reports nothing
    past; nor does a present reporting verb ("says they will leave").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token: Token = span.root
    below: Token | None = None  # the child of `token` on the way up from the date
    own = True  # still below the first verb: the one the date hangs on
    promised = False  # a plan said before: "would leave", "its pledge to reopen"
    for _ in range(12):  # a clause chain is short; the bound guards a malformed parse
        if token.pos_ in ("VERB", "AUX"):
            if _past(token):
                if own and token.lemma_.lower() in INTENTION_VERBS and below is not None:
                    # "was set for July 1" names the plan's day; "agreed on May 3", the agreeing.
                    if below.lower_ == "for" or deadline:
                        return "reported"
                    return "past"
                if own and (_perfect(token) or not deadline):
                    return "past"
                if not own:
                    intention = token.lemma_.lower() in (*INTENTION_VERBS, "be")
                    if promised or intention or _perfect(token) or _dated(token, below):
                        return "reported"
            if token.lower_ in PRESENT_REPORTING_FORMS:
                return None
            # "would" is a future said in the past: "said they would leave by May 3".
            promised = promised or (own and any(c.lower_ in _BACKSHIFTED for c in token.children))
            own = False
        elif token.lemma_.lower() in INTENTION_VERBS:
            promised = True  # "broke its promise to withdraw by May 3"
        if token.head.i == token.i:
            return None
        below, token = token, token.head
    return None


def _past(verb: Token) -> bool:
    """A past or perfect verb with no future modal: "left", "had promised", "has broken", "was
    set", "a promise made in October"; not a present passive ("is set for July 1")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX or a.tag_ == "MD" for a in auxes):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxes:
        return True  # "a promise made in October": a participle that reports a past act
    perfect = any(a.lemma_.lower() == "have" or a.tag_ == "VBD" for a in auxes)
    return verb.tag_ == "VBN" and perfect


def _perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )


def _dated(verb: Token, below: Token | None) -> bool:
    """Whether a time expression other than the branch we came up by dates the verb."""
    for child in verb.children:
        if child is below or child.dep_ not in ("prep", "npadvmod", "advmod", "tmod"):
            continue
        if any(t.ent_type_ == "DATE" or t.lower_ == "ago" for t in child.subtree):
            return True
    return False
