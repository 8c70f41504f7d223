"""Part of the Russian statement stage: reported speech and «по словам X» attributions.

- A reporting verb with «, что …», «: …», for questions «, когда …», for promises an infinitive
  («пообещал вывести войска»); two clauses under one cue («…, а также что …») are two statements.
- A denying verb with a noun object: the object is what is denied («опроверг сообщения о …»).
- An announcing verb with «о …»: the phrase is the news («сообщила о чистом убытке …»).
- The clause before a trailing cue («…, сообщил Варро.», «…, сообщается в пресс-релизе.»).
- «по словам X», «по данным X», «как уточнил X»: the rest of the sentence, kind according_to;
  the whole sentence when the phrase sits inside it («Решение, по его словам, будет …»).
"""

from __future__ import annotations

import re

from watchdesk.nlp.ru.cues import (
    Attribution,
    attribute,
    cue_lemma,
    inside,
    is_cue,
    lemma,
    subject_of,
    trimmed,
)
from watchdesk.nlp.ru.lexicon import (
    ABOUT_PREPOSITIONS,
    ACCORDING_TO_NOUNS,
    AS_WORD,
    CLAUSE_JOINERS,
    CLAUSE_PRONOUNS,
    OBJECT_CUES,
    ON_PREPOSITIONS,
    POINTING_CUES,
    POSSESSIVE_PRONOUNS,
    REPORTING_VERBS,
    TELLING_VERBS,
    TOPIC_CUES,
)
from watchdesk.nlp.ru.tree import Token, Tree
from watchdesk.records import Span

# A short quoted name may stand between the cue and its clause: «заявил вчера «Известиям», что».
_THAT = re.compile(
    r"(?:[^.!?«»\"\n]|«[^«»\n]{1,40}»|\"[^\"\n]{1,40}\"){0,60}?,\s*(?:что|будто|чтобы)\s+",
    re.IGNORECASE,
)
# Questions report with an interrogative word: «спросил, когда начнётся вывод».
_ASKED = re.compile(
    r",\s*(?=(?:когда|почему|зачем|сколько|где|куда|как|какие|какой|какая|какое|каким|ли)\s+)"
    r"(?!как\s+и\s)",
    re.IGNORECASE,
)
_COLON = re.compile(r"\s*(?:[^.!?:«»\n]{0,40})?:\s*(?![«„\"])")
_ANOTHER_THAT = re.compile(
    r",?\s+(?:" + "|".join(CLAUSE_JOINERS) + r")\s+(?:о\s+том,\s+)?что\s+", re.IGNORECASE
)
_MIN_POINTED_WORDS = 2
_PROMISE_LEMMAS = frozenset({"пообещать", "обещать"})
_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})


def reported_speech(tree: Tree, quotes: list[Span]) -> list[Attribution]:
    """Reported clauses, objects and topics of every reporting verb outside quotes."""
    found: list[Attribution] = []
    for token in tree.tokens:
        if not is_cue(token) or inside(token.start, quotes):
            continue
        contents = (
            _clauses_after(tree, token)
            or _object_of(tree, token)
            or _topic_of(tree, token)
            or _what_before(tree, token)
            or _clause_before(tree, token)
        )
        for content in contents:
            if any(q.start <= content.start and content.end <= q.end for q in quotes):
                continue  # words inside a quote belong to the quote's own speaker
            attribution = attribute(tree, "indirect", token, content)
            if attribution is not None:
                found.append(attribution)
    return found


def according_to(tree: Tree, quotes: list[Span]) -> list[Attribution]:
    """«По словам X, …», «…, по данным X», «Как сообщает X, …»."""
    found: list[Attribution] = []
    for index, token in enumerate(tree.tokens[:-2]):
        following = tree.tokens[index + 1]
        lower = token.text.lower()
        if lower == "по" and following.text.lower() in POSSESSIVE_PRONOUNS:
            following = tree.tokens[index + 2]  # «по его словам»
        verb: Token | None = None
        if lower == "по" and following.text.lower() in ACCORDING_TO_NOUNS:
            source = _source(tree, following)
        elif lower == AS_WORD and (verb := _cue_after_as(tree, index)) is not None:
            source, following = subject_of(tree, verb), verb
        else:
            continue
        if source is None:
            continue
        content = _rest_of_sentence(tree, token, following)
        if content is not None:
            cue = Span(token.start, following.stop)
            # «по её мнению»: the noun, whose sense (ACCORDING_TO_SENSES) is how sure it sounds.
            key = lemma(verb) if verb is not None else following.text.lower()
            found.append(Attribution("according_to", cue, key, source, verb, content))
    return found


def _cue_after_as(tree: Tree, index: int) -> Token | None:
    """The cue of «как сообщает X» or «как он говорит»: the verb right after «как», or after one
    subject word, which must then be the verb's subject."""
    following = tree.tokens[index + 1]
    if is_cue(following):
        return following
    after = tree.tokens[index + 2] if index + 2 < len(tree.tokens) else None
    if after is None or not is_cue(after):
        return None
    subject = subject_of(tree, after)
    return after if subject is not None and subject.start == following.start else None


# --- what a cue reports ------------------------------------------------------------------------


def _clauses_after(tree: Tree, verb: Token) -> list[Span]:
    """«заявил, что …», «заявил: …», «спросил, когда …», «пообещал вывести …»."""
    sentence = tree.sentence(verb)
    end = sentence[-1].stop
    head = tree.head(verb)
    if verb.feats.get("VerbForm") == "Conv" and head is not None and head.start > verb.start:
        # «…, сказав, что рабочих не хватает, заполнил грузовики»: a participle's clause ends
        # where the verb it hangs on takes over.
        end = head.start
    elif verb.rel == "acl:relcl":
        end = min(end, tree.subtree(verb)[-1].stop)  # «министр, который заявил, что …, ушёл»
    rest = tree.text[verb.stop : end]
    match = _THAT.match(rest) or _COLON.match(rest)
    asks = REPORTING_VERBS[cue_lemma(verb)].modality == "question"
    if match is None and (asks or lemma(verb) in TELLING_VERBS):
        match = _ASKED.match(rest)
    if match is not None:
        return _split(tree.text, verb.stop + match.end(), end)
    if lemma(verb) in _PROMISE_LEMMAS:
        for child in tree.children(verb):
            if child.rel == "xcomp" and child.start > verb.start:
                return _spans(trimmed(tree.text, child.start, _clause_end(tree, verb)))
    return []


def _split(text: str, start: int, end: int) -> list[Span]:
    """One reported clause per «что»: «…, а также что …» starts a second statement."""
    spans: list[Span] = []
    for joiner in _ANOTHER_THAT.finditer(text, start, end):
        spans.extend(_spans(trimmed(text, start, joiner.start())))
        start = joiner.end()
    spans.extend(_spans(trimmed(text, start, end)))
    return spans


def _object_of(tree: Tree, verb: Token) -> list[Span]:
    """«опроверг сообщения о пропаже урн», «вину отрицает»: what a denying verb denies."""
    if lemma(verb) not in OBJECT_CUES:
        return []
    for child in tree.children(verb):
        if child.rel == "obj" and child.pos in _NOUNS - {"PRON"}:
            if child.start < verb.start:
                words = tree.subtree(child)
                return _spans(trimmed(tree.text, words[0].start, words[-1].stop))
            return _spans(trimmed(tree.text, child.start, _clause_end(tree, verb)))
    return []


def _topic_of(tree: Tree, verb: Token) -> list[Span]:
    """«сообщила о чистом убытке …», «указал на нехватку …»: the phrase after an announcing
    or a pointing verb."""
    if lemma(verb) in TOPIC_CUES:
        prepositions = ABOUT_PREPOSITIONS
    elif lemma(verb) in POINTING_CUES:
        prepositions = ON_PREPOSITIONS
    else:
        return []
    for child in tree.children(verb):
        if child.rel != "obl" or child.start < verb.start:
            continue
        # The preposition itself, not the subtree's first word: a figure the parser hung on the
        # phrase («о сокращении 300 мест» with a stray «в 42 млн крон») may come first.
        about = [c for c in tree.children(child) if c.rel == "case"]
        if about and about[0].text.lower() in prepositions:
            span = trimmed(tree.text, about[0].start, _clause_end(tree, verb))
            # «указал на карту» is a gesture; a claim names something of something: «указал на
            # нехватку врачей».
            words = [t for t in tree.subtree(child) if t.pos not in {"PUNCT", "ADP"}]
            if prepositions is ON_PREPOSITIONS and len(words) < _MIN_POINTED_WORDS:
                return []
            return _spans(span)
    return []


def _what_before(tree: Tree, verb: Token) -> list[Span]:
    """«Карезия провела испытание, о чём заявил президент»: «о чём» points back at the clause."""
    for child in tree.children(verb):
        if child.rel != "obl" or lemma(child) not in CLAUSE_PRONOUNS or child.start > verb.start:
            continue
        about = [c for c in tree.children(child) if c.rel == "case"]
        if not about or about[0].text.lower() not in ABOUT_PREPOSITIONS:
            continue
        sentence = tree.sentence(verb)
        before = tree.text[sentence[0].start : about[0].start].rstrip()
        if before.endswith(","):
            return _spans(trimmed(tree.text, sentence[0].start, sentence[0].start + len(before)))
    return []


def _clause_end(tree: Tree, verb: Token) -> int:
    """Where the verb's clause ends: the sentence's end, or «и» before a verb joined to it."""
    end: int = tree.sentence(verb)[-1].stop
    for child in tree.children(verb):
        if child.rel == "conj" and child.start > verb.start and child.pos in {"VERB", "AUX"}:
            joiner = next((c for c in tree.children(child) if c.rel == "cc"), child)
            end = min(end, joiner.start)
    return end


def _clause_before(tree: Tree, verb: Token) -> list[Span]:
    """«Переговоры продолжатся, сообщил Варро.»: the clause before a comma-led cue."""
    sentence = tree.sentence(verb)
    before = tree.text[sentence[0].start : verb.start].rstrip()
    # A spaced hyphen stands for a dash: «…, - говорит она».
    if not before.endswith((",", "—", "–", " -")):
        return []
    # «…, заявил он» has its subject after the cue; «которые заявили» does not.
    subject = subject_of(tree, verb)
    if subject is None or subject.start < verb.start:
        return []
    words = [t for t in sentence if t.stop <= verb.start]
    if not any(_finite(t) for t in words) and _goes_on_after(tree, verb, sentence):
        # «Эта тенденция, говорят аналитики, сохранится»: the words before the cue are no clause
        # of their own; the cue sits inside the sentence, which is what they said.
        return _spans(trimmed(tree.text, sentence[0].start, sentence[-1].stop))
    return _spans(trimmed(tree.text, sentence[0].start, sentence[0].start + len(before)))


def _finite(token: Token) -> bool:
    """A verb that makes a clause: finite, or a short adjective or participle as predicate."""
    if token.pos in {"VERB", "AUX"}:
        return bool(token.feats.get("VerbForm") == "Fin")
    return bool(token.rel == "root" and token.feats.get("Variant") == "Short")


def _goes_on_after(tree: Tree, verb: Token, sentence: list[Token]) -> bool:
    """Whether a finite verb follows the cue's phrase, after a comma or a bracket."""
    after = [t for t in sentence if t.start > verb.stop]
    return any(t.pos == "PUNCT" and t.text in ",)" for t in after) and any(
        _finite(t) for t in after
    )


# --- «по словам X» -----------------------------------------------------------------------------


def _source(tree: Tree, noun: Token) -> Token | None:
    """Whose words: «по словам министра» (a dependent), «по его словам» (a possessive)."""
    for child in tree.children(noun):
        if child.rel == "nmod" or (
            child.rel in {"det", "nmod:poss"} and child.text.lower() in POSSESSIVE_PRONOUNS
        ):
            return child
    return None


def _rest_of_sentence(tree: Tree, first: Token, cue: Token) -> Span | None:
    """The sentence without the «по словам X» phrase, which runs from `first` to the next comma.

    A phrase set off by commas inside the sentence stays in: the content must be one span.
    """
    sentence = tree.sentence(first)
    start, end = sentence[0].start, sentence[-1].stop
    comma = tree.text.find(",", cue.stop, end)
    if first.start - start < 2 and comma > 0:  # the phrase opens the sentence
        return trimmed(tree.text, comma + 1, end)
    before = tree.text[start : first.start].rstrip()
    after = trimmed(tree.text, comma + 1, end) if comma > 0 else None
    if before.endswith(",") and after is not None:
        return trimmed(tree.text, start, end)
    return trimmed(tree.text, start, first.start)


def _spans(span: Span | None) -> list[Span]:
    return [] if span is None else [span]
