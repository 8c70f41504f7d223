"""Part of stage 4 (statements): reported speech — cue verbs and the claims they report.

A cue verb reports a clause ("said (that) …", "promised to …"), a noun phrase ("denies all
charges", "rejected calls for …", "did not rule out further cuts"), an estimate ("put the chance
at less than even"), or, with the cue after it, the words before it ("…, police said.").

One cue can report several claims: "said turnout had reached 61 percent and that counting would be
completed" is two statements, and so is "said X, adding that Y" (the second with its own cue).
One clause with two verbs that share a subject stays one statement.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from watchdesk.nlp.lexicon_en import (
    ASPECTUAL_CUES,
    AUDIENCE_NOUNS,
    CLAUSE_ONLY_CUES,
    DOCUMENT_NOUNS,
    ESTIMATE_AT_VERBS,
    ESTIMATE_WORDS,
    EVIDENCE_VERBS,
    FINDING_VERBS,
    HEARER_VERBS,
    NAMING_VERBS,
    NOUN_OBJECT_CUES,
    OBJECT_XCOMP_CUES,
    OCCASION_NOUNS,
    PHRASAL_CUES,
    PREPOSITION_CUES,
    PROCEDURAL_OBJECTS,
    QUOTE_ONLY_CUES,
    QUOTING_VERBS,
    REPORTING_VERBS,
    SAYING_NOUNS,
    WITHHOLDING_VERBS,
    XCOMP_CUES,
    CueSense,
)
from watchdesk.nlp.modality import raised_negation, withheld
from watchdesk.records import Span, StatementKind

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_QUOTE_MARKS = frozenset({'"', "\u201d"})
_LEADING_EDGE = frozenset({",", ":", '"', "\u201c", "\u201d", "-", "\u2014"})
# Determiners and pronouns that make an object point back at words said before ("rejected the
# charge", "denied it"): such an object has no words of its own and is not a statement.
_ANAPHORIC = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their"})
_UNDECIDED = CueSense(polarity="affirm", modality="uncertain")
_OBJECT_ALONG = frozenset({"prep", "oprd", "advcl"})
_TIME_MARKS = frozenset({"when", "after", "before", "while", "as", "since", "until"})
_FINDING_MIN_WORDS = 3
_FINDING_ALONG = frozenset({"prep", "prt", "advmod", "oprd", "acomp", "npadvmod"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})  # how, what, which, whose: an open question
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
_OCCASION_PREPOSITIONS = frozenset({"in", "at", "on", "during", "for", "after", "before", "since"})
_ASIDE_MARKS = frozenset({",", "\u2014", "--"})
_NOUN_PHRASE_DEPS = frozenset({"compound", "flat", "appos", "amod", "poss", "det", "case", "punct"})
_MODIFIER_LINKS = frozenset({"advmod", "cc", "conj", "prep", "pobj"})
_IMPERATIVE_OPENERS = frozenset({"advmod", "cc", "intj", "punct"})
# Words that open a contrast the writer sets against a claim: "…, even though …", "…, despite …".
# ("though" is left out: "he backed the plan, though his family did not" is his own hedge.)
_CONTRAST_WORDS = frozenset({"while", "whereas", "despite", "as"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """A proposed statement before its speaker is resolved."""

    kind: StatementKind
    cue: tuple[Token, ...]
    subject: Token
    content: Span
    sense: CueSense
    continued: bool = False  # a quote that goes on after a full stop, with no cue of its own


def find_reported(tokens: Iterator[Token] | list[Token], skip: set[int]) -> list[Attribution]:
    """Attributions of every cue verb among the tokens, except those whose index is in `skip`."""
    found: list[Attribution] = []
    for token in tokens:
        if token.i in skip or _reports_with(token):
            continue
        # "they had not been told who would pay": a passive cue names the hearer, not a speaker,
        # unless "by …" names the speaker ("was first reported by the Harbour Times").
        passive = any(c.dep_ == "auxpass" for c in token.children)
        if passive or (token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children)):
            # "first reported by the Harbour Times, the closure …": a participle with "by" too.
            found.extend(_said_by(token))
            continue
        misread = _cue_read_as_noun(token) or _owned_saying(token)
        if misread is not None:
            found.append(misread)
            continue
        subject = subject_of(token) if _is_any_cue(token) else None
        if subject is None:
            continue
        unsaid = withheld(token)  # "did not confirm that …": not asserted, left open
        for content, sense, cue in _claims(token):
            found.append(
                Attribution(
                    "indirect",
                    cue,
                    subject,
                    content,
                    _UNDECIDED if unsaid else raised_negation(token, sense),
                )
            )
    return found


def _cue_read_as_noun(token: Token) -> Attribution | None:
    """ "…, port records show." at a sentence's end: the parser may read the cue as a noun with
    its subject as a modifier ("records show" as one thing) and the clause before as its own."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lemma not in REPORTING_VERBS:
        return None
    if token.lower_ not in {lemma, lemma + "s"}:
        return None  # "a statement", "the report": nouns that are nouns
    if any(not (t.is_punct or t.is_space) for t in token.doc[token.i + 1 : token.sent.end]):
        return None
    modifiers = [c for c in token.children if c.dep_ in {"compound", "nsubj"} and c.i < token.i]
    if not modifiers:
        return None
    subject = modifiers[-1]
    sense = REPORTING_VERBS[lemma]
    if token.dep_ != "ROOT":
        # "…, a new analysis shows.": the noun hung on the clause before it, as its object or
        # its complement; a document's finding is then the words before the comma.
        # The parser may hang the comma before the noun phrase on the noun itself.
        first = next(t.i for t in token.subtree if not t.is_punct)
        if subject.lemma_.lower() not in DOCUMENT_NOUNS or first - 1 <= token.sent.start:
            return None
        comma = first - 1
        while comma > token.sent.start and token.doc[comma].text in _QUOTE_MARKS:
            comma -= 1  # '… the agreement," lobbying disclosures show.'
        words = [t for t in token.sent if t.i < comma]
        if token.doc[comma].text != "," or not main_clause(words):
            return None
        span = trimmed(without_writer_tail(words))
        return Attribution("indirect", (token,), subject, span, sense) if span else None
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i < token.i), None)
    if clause is None or not _has_subject(clause):
        return None
    after = [c.left_edge.i for c in token.children if c.i > clause.right_edge.i]
    opening = min(after, default=token.i)
    tokens = [t for t in clause.subtree if t.i < opening]
    span = trimmed(without_writer_tail(tokens))
    return Attribution("indirect", (token,), subject, span, sense) if span else None


def _owned_saying(noun: Token) -> Attribution | None:
    """ "the minister's warning that the pier would close", "the announcement from the mayor
    that …": a noun of saying with its owner and the clause of what was said."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SAYING_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        by = (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "by"})
        owner = next((g for c in by for g in c.children if g.dep_ == "pobj"), None)
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and _has_that(c)), None)
    if owner is None or clause is None or not _has_subject(clause):
        return None
    span = trimmed(without_writer_tail(list(clause.subtree)))
    sense = REPORTING_VERBS.get(noun.lemma_.lower(), CueSense())
    return Attribution("indirect", (noun,), owner, span, sense) if span else None


def _said_by(verb: Token) -> list[Attribution]:
    """A passive cue with its speaker after "by": the clause it reports ("it was announced by
    the ministry that …") or, with none, its subject ("the closure was first reported by the
    Harbour Times", "the figures were disputed by the union")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if agent is None or speaker is None or not is_cue_verb(verb):
        return []
    if REPORTING_VERBS[verb.lemma_.lower()].modality == "question":
        return []  # "Asked by a reporter why …, she said": the occasion of her answer
    # "by the ministry that …" may come out as a relative clause on the speaker.
    clauses = [c for c in (*verb.children, *speaker.children) if c.dep_ in {"ccomp", "relcl"}]
    clause = next((c for c in clauses if c.i > speaker.i and c.left_edge.lower_ == "that"), None)
    clause = clause or next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    said = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if clause is not None:
        tokens = [
            t for t in clause.subtree if not (t.i == clause.left_edge.i and t.lower_ == "that")
        ]
    elif said is not None and said.pos_ not in {"PRON", "DET"}:
        if verb.lemma_.lower() in HEARER_VERBS:
            return []  # "the crew was told by officials": who heard, not what
        tokens = list(said.subtree)
    else:
        return []
    span = trimmed(without_writer_tail(tokens))
    sense = REPORTING_VERBS[verb.lemma_.lower()]
    return [Attribution("indirect", (verb, agent), speaker, span, sense)] if span else []


def is_cue_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ in {"VERB", "AUX"} and lemma in REPORTING_VERBS and not _aspectual(token)


def _aspectual(verb: Token) -> bool:
    """ "growth continued to slow": a verb of aspect with its verb, no cue."""
    if verb.lemma_.lower() not in ASPECTUAL_CUES:
        return False
    return any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb, borrowed where the verb has none of its own.

    "stood up and said" borrows from "stood"; "said X and accused Y", which the parser hangs
    inside the reported clause, from "said"; "…, adding that" and "…, insisting that" from the
    verb they hang on; "quoted Lotte Brink as saying" names its speaker as the object; and
    "Dr. Lena Varga, announced" (a misparse as a modifier) has its speaker as its head.
    """
    subjects = [child for child in verb.children if child.dep_ in _SUBJECT_DEPS]
    if subjects:
        # Two subjects are a misparse ("when a bus overturned, police said"; "The opposition
        # Unity bloc says"): the one nearest the verb is the speaker.
        return min(subjects, key=lambda s: abs(s.i - verb.i))
    # "…, election commission records show.": the subject read as a modifier of the verb.
    modifier = next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1), None)
    if modifier is not None and modifier.pos_ in {"NOUN", "PROPN"}:
        return modifier
    # '"…," the city's main daily wrote': a noun the parser read as an adjective of the verb.
    last = verb.doc[verb.i - 1] if verb.i > 0 else verb
    owned = any(c.dep_ in {"det", "poss"} and c.i < last.i for c in verb.children)
    if last.head.i == verb.i and last.dep_ == "amod" and owned:
        return last
    hung = _speaker_hung_before(verb)
    if hung is not None:
        return hung
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in WITHHOLDING_VERBS:
        # "The ministry declined to confirm that …" reports the clause, left open; a refusal with
        # no clause ("declined to comment on the images") asserts nothing and is no statement.
        clause = any(c.dep_ == "ccomp" for c in verb.children)
        return subject_of(head) if clause else None
    controlled = not any(c.dep_ in {"dobj", "dative", "auxpass"} for c in head.children)
    if verb.dep_ == "xcomp" and controlled:
        # "continued to attack the plan", "tried to argue that …": the verb it completes has the
        # speaker as its subject (with an object, "urged him to say", the object would be; a
        # passive, "are required to disclose", is a duty, not words).
        return subject_of(head)
    if verb.dep_ == "conj":
        if head.dep_ == "ccomp" and is_cue_verb(head.head) and is_cue_verb(verb):
            return subject_of(head.head)
        return subject_of(head)
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in QUOTING_VERBS:
        return next((c for c in head.head.children if c.dep_ == "dobj"), None)
    # "before noting that …" takes the speaker of the cue before; "after attacking X" is an act.
    sequenced = _sequenced(verb) and any(
        c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in {"as", "of", "for"})
        for c in verb.children
    )
    if verb.tag_ == "VBG" and (verb.dep_ in {"advcl", "xcomp", "conj"} or sequenced):
        ancestors = list(verb.ancestors)
        for ancestor in ancestors:
            if is_cue_verb(ancestor):
                return subject_of(ancestor)
        return next((c for a in ancestors for c in a.children if c.dep_ in _SUBJECT_DEPS), None)
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and head.dep_ == "dobj":
        # "The embassy issued a statement saying …": whoever issued the statement says it.
        return subject_of(head.head)
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and head.lemma_.lower() in DOCUMENT_NOUNS:
        # "with polls showing her ahead": the document is the source of what it shows.
        finding = any(c.dep_ == "dobj" for c in verb.children)
        return head if finding and verb.lemma_.lower() in FINDING_VERBS else None
    named = head.ent_type_ in {"PERSON", "ORG"} or any(c.dep_ == "appos" for c in head.children)
    named_head = named and verb.tag_ in {"VBD", "VBN"}
    if verb.dep_ == "acl" and named_head and not any(c.dep_ == "agent" for c in verb.children):
        return head
    return None


def _speaker_hung_before(verb: Token) -> Token | None:
    """ "…, the party's finance chief, Ann Ode, said.": a speaker named with an apposition
    between commas, which the parser hangs on the clause before as its object or an apposition
    of its last noun, leaving the cue without a subject."""
    doc = verb.doc
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    token = doc[verb.i - 2]
    while True:
        opens = token.left_edge.i > verb.sent.start and doc[token.left_edge.i - 1].text == ","
        named = any(c.dep_ == "appos" and c.i > token.i for c in token.children)
        if token.pos_ in {"NOUN", "PROPN"} and opens and named:
            return token
        if token.dep_ not in _NOUN_PHRASE_DEPS or token.head.i == token.i:
            return None
        token = token.head


def cue_tokens(verb: Token) -> tuple[Token, ...]:
    """The cue as the text has it: "said", or "told reporters" with the audience noun."""
    for child in verb.children:
        next_to_verb = child.dep_ in {"dobj", "dative"} and child.i == verb.i + 1
        if next_to_verb and child.lemma_.lower() in AUDIENCE_NOUNS:
            return (verb, child)
    return (verb,)


def trimmed(tokens: list[Token]) -> Span | None:
    """The characters of the tokens without a leading "that" or edge punctuation."""
    while tokens and (
        tokens[0].text in _LEADING_EDGE
        or tokens[0].is_punct
        or tokens[0].is_space
        or (tokens[0].lower_ == "that" and _complementizer(tokens[0]))
        or tokens[0].dep_ == "cc"
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_space or (tokens[-1].is_punct and tokens[-1].text not in {"?", "!"})
    ):
        # Keep the closing mark of a partial quote: 'would leave "when the job is done"'.
        if tokens[-1].text in _QUOTE_MARKS and _open_quotes(tokens[:-1]):
            break
        tokens = tokens[:-1]
    if not tokens:
        return None
    return Span(tokens[0].idx, end_of(tokens[-1]))


def _complementizer(that: Token) -> bool:
    """Whether "that" opens a clause rather than being its subject ('that was …'): a mark, or
    the opening of a clause misread as a relative one ("said at the time that …")."""
    return that.dep_ == "mark" or (that.dep_ != "nsubj" and that.head.dep_ == "relcl")


def without_writer_tail(tokens: list[Token]) -> list[Token]:
    """A claim without what the writer adds after a comma at its end: a relative clause on its
    last noun ("…, which has sparked a row"), a participle ("…, cementing its lead"), a
    contrast ("…, while …", "…, despite …"), or an aside in brackets. Such words tell the
    reader, not the speaker. (An apposition stays: it may be how the speaker named a thing.)"""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if len(words) < 2:
        return tokens
    first, last = words[0].i, words[-1].i
    inside = {t.i for t in tokens}
    cut: int | None = None
    for token in words:
        opening = token.left_edge.i
        if opening > first and token.doc[opening].text in {"-", "\u2014", "--"}:
            opening += 1  # "… would reopen - cementing …": the parser hangs the dash on the aside
        mark = opening - 1
        while mark > first and token.doc[mark].text in _QUOTE_MARKS:
            mark -= 1  # 'would be "fully funded," despite …': the comma inside the quote
        if opening <= first or token.right_edge.i < last or mark not in inside:
            continue
        dash = token.doc[mark].text != ","
        if not _aside_mark(token.doc[mark]) or not _writers_aside(token, dash=dash):
            continue
        cut = opening if cut is None else min(cut, opening)
    bracket = next((t.i for t in reversed(tokens) if t.text == "("), None)
    if (
        bracket is not None
        and bracket > first
        and not any(t.text == ")" for t in tokens if bracket < t.i < last)
    ):
        cut = bracket if cut is None else min(cut, bracket)
    return tokens if cut is None else [t for t in tokens if t.i < cut]


def _aside_mark(token: Token) -> bool:
    """A comma or a dash, "-" spaced on both sides included ("… living wage - stopping short")."""
    if token.text in _ASIDE_MARKS:
        return True
    spaced = token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and bool(token.whitespace_)
    return token.text == "-" and spaced


def _writers_aside(head: Token, *, dash: bool = False) -> bool:
    """Whether the phrase a word heads is an aside: a relative clause opened by "which" or
    "who", a participle, a clause of contrast, or "despite …"."""
    opening = head.left_edge
    if _aside_mark(opening) and opening.i < head.i:
        opening = head.doc[opening.i + 1]
    if head.dep_ == "relcl":
        return opening.lower_ == "which"  # "who …" often goes on with the speaker's words
    if head.dep_ == "prep":
        # "…, with Mexican stocks likely to suffer most": an absolute phrase, the writer's gloss.
        return head.lower_ in _CONTRAST_WORDS or _absolute_with(head)
    if dash and head.dep_ == "appos":
        return True  # "a weak quarter -- revenue that is flat": the writer explains the thing
    # After a dash, the parser often makes the participle a complement of the verb before.
    if head.dep_ != "advcl" and not (dash and head.dep_ == "xcomp"):
        return False
    if head.tag_ == "VBG" and opening.i == head.i:
        return True
    return any(c.dep_ == "mark" and c.lower_ in _CONTRAST_WORDS for c in head.children)


def _absolute_with(prep: Token) -> bool:
    """ "with one poll finding a tie", "with stocks likely to fall": "with", a noun and what is
    said of it (a participle or an adjective with its own complement)."""
    if prep.lower_ != "with":
        return False
    nouns = [c for c in prep.children if c.dep_ == "pobj"]
    return any(
        c.i > noun.i and (c.tag_ in {"VBG", "VBN"} or (c.pos_ == "ADJ" and any(c.children)))
        for noun in nouns
        for c in noun.children
    )


def end_of(token: Token) -> int:
    return int(token.idx) + len(token.text)


# --- what a cue reports -------------------------------------------------------------------------


def _is_any_cue(token: Token) -> bool:
    if token.pos_ not in {"VERB", "AUX"} or _aspectual(token):
        return False
    lemma = token.lemma_.lower()
    return (
        lemma in REPORTING_VERBS
        or (lemma in ESTIMATE_AT_VERBS and not _phrasal(token)[1])  # not "put on 2 percent"
        or _phrasal(token) in PHRASAL_CUES
        or _preposition_cue(token) is not None
        or _for_clause(token) is not None
        or _naming(token) is not None
        # "joked that …", "recalled that …": a verb of manner with a clause marked as said.
        or (lemma in QUOTE_ONLY_CUES and any(_has_that(c) for c in token.children))
    )


def _naming(verb: Token) -> Span | None:
    """ "called the plan a disaster", "branded the tolls unfair": what is named, and the name."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    predicate = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i), None)
    # "what Karesia calls a peacekeeping mission": the thing named comes before; that is the
    # writer quoting a name, not the speaker judging something.
    named_before = any(c.dep_ == "dobj" and c.i < verb.i for c in verb.children)
    if predicate is None or named_before:
        return None
    return trimmed(list(verb.doc[verb.i + 1 : predicate.right_edge.i + 1]))


def _preposition_cue(verb: Token) -> Token | None:
    """The preposition of "called for", "warned of", "spoke about", when it has an object."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        cue = child.dep_ == "prep" and (lemma, child.lower_) in PREPOSITION_CUES
        # The preposition follows the verb, adverbs apart ("warned repeatedly of"): in "what
        # Karesia calls a mission on Monday" the "on" belongs to the mission, not the verb.
        between = verb.doc[verb.i + 1 : child.i] if child.i > verb.i else None
        # "spoke out about": a particle may stand between too.
        if not cue or between is None or any(t.pos_ != "ADV" and t.dep_ != "prt" for t in between):
            continue
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:
            return child
    return None


def _phrasal(token: Token) -> tuple[str, str]:
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
    return token.lemma_.lower(), particle


def _claims(verb: Token) -> list[tuple[Span, CueSense, tuple[Token, ...]]]:
    """Each claim a cue verb reports, with the sense of its cue and the cue's tokens."""
    lemma = verb.lemma_.lower()
    sense = REPORTING_VERBS.get(lemma, CueSense())
    cue = cue_tokens(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    appeal = _appeal(verb, obj) if lemma in OBJECT_XCOMP_CUES else None
    if appeal is not None:
        # "asked the council to act" is an appeal, not a question.
        appeal_sense = CueSense() if sense.modality == "question" else sense
        return [(appeal, appeal_sense, cue)]
    parenthetical = _parenthetical(verb) if lemma in REPORTING_VERBS else None
    if parenthetical is not None:
        return [(parenthetical, sense, cue)]
    complement = _complement(verb)
    if complement is not None:
        if _open_question(complement, verb, sense):
            return []  # "He did not say whether the appeal would be lodged"
        spans = _clause_spans(complement, verb)
        rest = _subjectless_rest(verb, complement)
        if rest is not None and spans:
            # 'says the "have a beer" test is wrong': the parser ends the first clause inside
            # the quoted words and makes the rest a clause with no subject; it is one claim.
            spans[-1] = Span(spans[-1].start, end_of(rest.right_edge))
        return [(span, sense, cue) for span in spans]
    if obj is not None and lemma in CLAUSE_ONLY_CUES and _misread_clause(verb, obj):
        # "said the difference between the two years is remarkable": the parser took the clause's
        # subject for an object; the object's words with their verb are the claim.
        span = trimmed(without_writer_tail(list(obj.subtree)))
        return [(span, sense, cue)] if span else []
    phrasal = PHRASAL_CUES.get(_phrasal(verb))
    judged = obj is not None and _judgement_phrases(verb, obj)
    if obj is not None and phrasal is not None and (judged or _says_something(obj)):
        negated = any(c.dep_ == "neg" for c in verb.children)
        words = [c for c in verb.children if c.dep_ in {"aux", "neg"} and c.i < verb.i]
        particle = [c for c in verb.children if c.dep_ == "prt"]
        phrase = (*words, verb, *particle)
        # "called out the press for its coverage": the object with the charge against it.
        span = _object_span(verb, obj) if judged else trimmed(list(obj.subtree))
        return [(span, _UNDECIDED if negated else phrasal, phrase)] if span else []
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    if obj is not None and at is not None and lemma in ESTIMATE_AT_VERBS and _a_figure(at):
        # "put the chance of a deal at less than even": the object and the figure together.
        span = trimmed([t for t in verb.subtree if obj.left_edge.i <= t.i <= at.right_edge.i])
        return [(span, ESTIMATE_AT_VERBS[lemma], cue)] if span else []
    # "would deny the party a landslide": a verb with two objects withholds, it does not say.
    two_objects = any(c.dep_ == "dative" for c in verb.children)
    # "accused her of lying", "praised the crews for their work": what the object is judged
    # for or as says something, whatever the object ("her", "the crews").
    worded = obj is not None and (_says_something(obj) or bool(_judgement_phrases(verb, obj)))
    # "predicting the scandal would not doom her": a clause the parser cut after its subject.
    cut_clause = obj is not None and _finite_after(obj)
    if obj is not None and lemma in NOUN_OBJECT_CUES and worded and not two_objects:
        if cut_clause:
            return []
        clause = _that_clause_of(obj)  # "denied reports that ballot boxes had gone missing"
        if clause is None and obj.lemma_.lower() in PROCEDURAL_OBJECTS:
            return []  # "dismissed a challenge brought by …": a ruling, not words
        span = trimmed(list(clause.subtree)) if clause is not None else _object_span(verb, obj)
        return [(span, sense, cue)] if span else []
    if obj is not None and lemma in FINDING_VERBS and _documented(verb, obj):
        # "The poll shows the mayor with a lead", "records show a second loan": a document's
        # finding may be a noun phrase; a person who "found a body" reports nothing.
        return [(span, sense, cue)] if (span := _finding(verb, obj)) else []
    preposition = _preposition_cue(verb)
    if preposition is not None:
        return _preposition_claim(verb, preposition)
    marked = _for_clause(verb)
    if marked is not None:
        # "pushed for the minister to resign": "for" opens the clause of the action called for.
        mark, clause = marked
        tokens = [t for t in clause.subtree if t.i != mark.i]
        span = trimmed(without_occasion(verb, without_writer_tail(tokens)))
        sense = PREPOSITION_CUES[(lemma, mark.lower_)]
        return [(span, sense, (verb, mark))] if span else []
    named = _naming(verb)
    if named is not None:
        return [(named, sense, cue)]
    if lemma not in REPORTING_VERBS:
        return []
    aside = _as_aside(verb)
    if aside is not None:
        return [(aside, sense, cue)]
    span = _words_before(verb) or _that_clause(verb)
    return [(span, sense, cue)] if span else []


def _as_aside(verb: Token) -> Span | None:
    """ "As the Tribune reported on Monday, the council will close the pool": an aside opened by
    "as" credits the clause it hangs on to its subject; the cue has no claim of its own."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() in ASPECTUAL_CUES:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} for c in verb.children):
        return None  # "as he defended the plan": an occasion, not a source
    head = verb.head
    if head.tag_ not in _FINITE_TAGS and not any(c.dep_ == "aux" for c in head.children):
        return None
    if not _has_subject(head):
        return None
    aside = range(verb.left_edge.i, verb.right_edge.i + 1)
    tokens = [t for t in head.subtree if t.i not in aside]
    return trimmed(without_writer_tail(tokens))


def _finite_after(obj: Token) -> bool:
    """Whether a finite verb follows the object's phrase right away: its words are a subject."""
    after = obj.right_edge.i + 1
    return after < len(obj.doc) and obj.doc[after].tag_ in _FINITE_TAGS


def _a_figure(at: Token) -> bool:
    """Whether "at …" names a figure ("at 40 percent", "at less than even"), not a place or a
    state ("on display at a rally", "put jobs at risk")."""
    return any(t.like_num or t.lower_ in ESTIMATE_WORDS for t in at.subtree)


def _documented(verb: Token, obj: Token) -> bool:
    """Whether a document (a poll, records, a study) is the subject of the verb of evidence."""
    subject = subject_of(verb)
    document = subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS
    return document and obj.i > verb.i


def _finding(verb: Token, obj: Token) -> Span | None:
    """The object with what it is shown with: "shows the mayor with a nine-point lead"."""
    # "shows the mayor with a lead", "show the mayor up by four points in the north".
    along = _phrases_after(verb, obj, _FINDING_ALONG)
    last = max([obj.right_edge.i, *(c.right_edge.i for c in along)])
    tokens = list(verb.doc[obj.left_edge.i : last + 1])
    # "shows the damage", "found it": no words of its own; "show Reed ahead", "showing her with
    # a lead" say something of the object, however short.
    if not along and (
        obj.pos_ == "PRON" or sum(not t.is_punct for t in tokens) < _FINDING_MIN_WORDS
    ):
        return None
    return trimmed(tokens)


def _misread_clause(verb: Token, obj: Token) -> bool:
    """Whether an object after a verb that takes only clauses holds a finite verb of its own:
    a clause the parser read as a noun phrase."""
    if obj.i < verb.i or obj.pos_ == "PRON":
        return False
    # "said he had secured contracts": the parser may also hang the clause's subject and its
    # finite verb before the object ("he had secured" as a modifier of "contracts").
    subject_before = any(t.dep_ in _SUBJECT_DEPS and t.i < obj.i for t in obj.subtree)
    return any(
        t.tag_ in _FINITE_TAGS
        and t.i != obj.i
        and (t.i > obj.i or subject_before)
        and not _on_a_noun(t, obj)
        for t in obj.subtree
    )


def _on_a_noun(token: Token, top: Token) -> bool:
    """Whether a verb belongs to a relative clause or modifier below `top` ("words that nobody
    heard"), not to a clause of its own."""
    while token.i != top.i:
        if token.dep_ in {"relcl", "acl"}:
            return True
        token = token.head
    return False


def _judgement_phrases(verb: Token, obj: Token) -> list[Token]:
    """The phrases after an object that judge it: "as heroes", "of meddling", "for the losses"."""
    return [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"as", "of", "for"} and c.i > obj.i
    ]


def _for_clause(verb: Token) -> tuple[Token, Token] | None:
    """ "called for X to act", "pushed for X to leave", parsed as a clause marked by "for"."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ not in {"advcl", "ccomp"} or child.i < verb.i:
            continue
        mark = next((c for c in child.children if c.dep_ == "mark"), None)
        if mark is None or (lemma, mark.lower_) not in PREPOSITION_CUES:
            continue
        between = verb.doc[verb.i + 1 : mark.i]
        if all(t.pos_ == "ADV" or t.dep_ == "prt" for t in between) and _has_subject(child):
            return mark, child
    return None


def _object_span(verb: Token, obj: Token) -> Span | None:
    """The object with the phrase that judges it: "praised the crews as heroes", "accused
    Karesia of meddling", "blamed imports for the losses"."""
    as_phrase = _judgement_phrases(verb, obj)
    # What follows the object in the same clause goes with it ("blasted the mayor for hypocrisy
    # in relying on imports", "attacked the council over its spending"); the occasion and the
    # writer's asides are cut below.
    along = _phrases_after(verb, obj, _OBJECT_ALONG)
    last = max([obj.right_edge.i, *(c.right_edge.i for c in (*as_phrase, *along))])
    tokens = list(verb.doc[obj.left_edge.i : last + 1])
    return trimmed(without_occasion(verb, without_writer_tail(tokens)))


def without_occasion(verb: Token, tokens: list[Token]) -> list[Token]:
    """A noun-phrase claim without what the writer adds at its end about the act of saying: the
    occasion or the time ("in an interview on Sunday", "for the first time", "last week"), a
    relative clause after a comma (", who has since backed the plan"), and a second cue verb
    the parser hung on the object ("called for a ban and vowed to …"), a claim of its own. A
    promise or a forecast keeps its time: "promised a decision by Friday" says when."""
    ahead = REPORTING_VERBS.get(verb.lemma_.lower(), CueSense()).modality in {"planned", "expected"}
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if len(words) < 2:
        return tokens
    first, last = words[0].i, words[-1].i
    cut: int | None = None
    for token in words:
        if token.i == first or token.right_edge.i < last:
            continue
        opening = token.left_edge.i
        before = token.doc[opening - 1] if opening > first else None
        aside = (
            before is not None
            and before.text == ","
            and token.dep_ == "relcl"
            and token.left_edge.lower_ in {"who", "which"}
        )
        second_cue = token.dep_ == "conj" and is_cue_verb(token)
        if second_cue:
            opening = min(
                [opening, *(c.i for c in token.head.children if c.dep_ == "cc" and c.i < token.i)]
            )
        if aside or second_cue or _occasion(token, dated=not ahead):
            start = opening - 1 if aside else opening
            cut = start if cut is None else min(cut, start)
    if cut is None:
        return tokens
    # "in a sermon last week": each phrase cut lets the one before it end the claim.
    return without_occasion(verb, [t for t in tokens if t.i < cut])


def _occasion(token: Token, *, dated: bool) -> bool:
    """ "in an interview", "for the first time"; with `dated`, "on Sunday", "last month"."""
    if token.dep_ == "npadvmod":
        return dated and token.ent_type_ in {"DATE", "TIME"}
    if token.dep_ == "advcl" and token.head.dep_ not in {"relcl", "acl"}:
        # "denied any wrongdoing when he stepped down": when it was said, not what.
        return (
            dated
            and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in token.children)
            and (token.left_edge.lower_ in _TIME_MARKS)
        )
    if dated and token.dep_ == "prep" and token.lower_ == "during":
        return True  # "endorsed her during the primary"
    if token.dep_ != "prep" or token.lower_ not in _OCCASION_PREPOSITIONS:
        return False  # "a version of the interview" names the thing, not the occasion
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return False
    if token.lower_ == "for":
        # "for the first time" tells when; "praised her for her letter" tells what for.
        return pobj.lemma_.lower() == "time"
    return (dated and pobj.ent_type_ in {"DATE", "TIME"}) or pobj.lemma_.lower() in OCCASION_NOUNS


def _preposition_claim(
    verb: Token, preposition: Token
) -> list[tuple[Span, CueSense, tuple[Token, ...]]]:
    """ "called for a ban on night flights", "called on voters to reject the plan"."""
    pobj = next(c for c in preposition.children if c.dep_ == "pobj")
    # "called on the board to act" ("to act" may hang on the verb as an adverbial clause).
    action = [
        c
        for c in verb.children
        if c.dep_ in {"xcomp", "advcl"} and c.i > pobj.i and _is_infinitive(c)
    ]
    if not action and not _says_something(pobj):
        return []  # "called for it"; but "called on the mayor to resign" says what
    last = max([pobj.right_edge.i, *(c.right_edge.i for c in action)])
    tokens = list(verb.doc[pobj.left_edge.i : last + 1])
    span = trimmed(without_occasion(verb, without_writer_tail(tokens)))
    sense = PREPOSITION_CUES[(verb.lemma_.lower(), preposition.lower_)]
    return [(span, sense, (verb, preposition))] if span else []


def _appeal(verb: Token, obj: Token | None) -> Span | None:
    """ "urged banks to pass on the cut": the addressee and what they are urged to do."""
    action = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i), None)
    if obj is None or action is None or not _is_infinitive(action):
        return None
    return trimmed([t for t in verb.subtree if obj.left_edge.i <= t.i <= action.right_edge.i])


def _open_question(complement: Token, verb: Token, sense: CueSense) -> bool:
    """A clause that leaves the matter open: "did not say whether …", "would not say if …"."""
    if sense.modality == "question":
        return False
    mark = next((c.lower_ for c in complement.children if c.dep_ == "mark"), "")
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WITHHOLDING_VERBS
    if refused and complement.left_edge.tag_ in _WH_TAGS:
        return True  # "declined to say how much it would cost": a refusal, no claim
    return mark == "whether" or (mark == "if" and withheld(verb))


def _complement(verb: Token) -> Token | None:
    """The clause a cue verb reports: its ccomp (after it, where it has two), or its xcomp."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not _reduced_relative(verb, c)]
    after = [c for c in clauses if c.i > verb.i]
    # "Reyes was more cautious: he said …": a clause before a colon is the writer's, not his.
    # "In an interview focused on trade, Lund said …": a phrase before the cue with no subject
    # of its own is a frame the parser took for a clause.
    # "Shanghai was up, Sydney put on 2 percent": only a verb of saying reports what went before.
    reporting = verb.lemma_.lower() in REPORTING_VERBS
    before = [
        c
        for c in clauses
        if c.i < verb.i
        and not _colon_between(c, verb)
        and (_has_subject(c) or _imperative(c))
        and reporting
    ]
    subject = subject_of(verb)
    if before and subject is not None and before[0].i < subject.i < verb.i:
        return before[0]  # "…, Foreign Minister Jonas Berg said, a day after …"
    if after or before:
        return (after or before)[0]
    occasioned = _after_occasion(verb) or _hung_on_a_modifier(verb)
    if occasioned is not None:
        return occasioned
    if REPORTING_VERBS.get(verb.lemma_.lower(), CueSense()).modality == "question":
        # "asked its members if the strike should go on": the question may come out as an
        # adverbial clause marked by "if" or "whether".
        # It follows the verb or its addressee: in "asked for a recount if the vote fails" the
        # clause is a condition.
        edges = {verb.i, *(c.right_edge.i for c in verb.children if c.dep_ in {"dobj", "dative"})}
        for asked in verb.children:
            opened = asked.dep_ == "advcl" and asked.left_edge.lower_ in {"if", "whether"}
            if opened and asked.left_edge.i - 1 in edges:
                return asked
    if verb.lemma_.lower() in XCOMP_CUES:
        # "promised on Thursday to repair …" may come out as an adverbial clause.
        return next(
            (
                c
                for c in verb.children
                if c.dep_ == "xcomp" or (c.dep_ == "advcl" and _is_infinitive(c) and c.i > verb.i)
            ),
            None,
        )
    return None


def _after_occasion(verb: Token) -> Token | None:
    """ "claimed at the time that …", "said in an interview that …": the clause after the
    occasion of saying, which the parser hangs on the occasion as a relative clause."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            occasion = pobj.lemma_.lower() in OCCASION_NOUNS or pobj.ent_type_ in {"DATE", "TIME"}
            for clause in pobj.children:
                opened = clause.left_edge.lower_ == "that" and clause.left_edge.dep_ != "nsubj"
                if occasion and clause.dep_ == "relcl" and opened and _has_subject(clause):
                    return clause
    return None


def _phrases_after(verb: Token, obj: Token, deps: frozenset[str]) -> list[Token]:
    """The verb's phrases after its object that go with it: those of the given kinds, and a
    relative clause on the object that the parser hung on the verb."""
    return [
        c for c in verb.children if c.i > obj.i and (c.dep_ in deps or _reduced_relative(verb, c))
    ]


def _reduced_relative(verb: Token, clause: Token) -> bool:
    """ "vowing victory in a county no mayor has won": a clause with no mark after the object of
    a verb that names no hearer is a relative clause on the last noun, misread as what was said."""
    if clause.dep_ != "ccomp" or clause.i < verb.i or verb.lemma_.lower() in HEARER_VERBS:
        return False
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    # "showed us he is ready": a pronoun is a hearer, not a noun a clause could describe.
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < clause.left_edge.i]
    return any(c.pos_ != "PRON" for c in objects)


def _hung_on_a_modifier(verb: Token) -> Token | None:
    """ "conceded publicly as well as privately that …", "claiming without evidence that …": a
    clause opened by "that" which the parser hangs on an adverb or a phrase between the cue and
    the clause. A cue with an object of its own ("cited evidence that …") keeps its object."""
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    if any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} for c in verb.children):
        return None
    for clause in verb.subtree:
        mark = clause.left_edge
        if clause.i <= verb.i or mark.lower_ != "that" or mark.dep_ != "mark":
            continue
        if not _has_subject(clause) or clause.head.i == verb.i:
            continue
        link = clause.head
        while link.i != verb.i and link.dep_ in _MODIFIER_LINKS and verb.i < link.i < mark.i:
            link = link.head
        if link.i == verb.i:
            return clause
    return None


def _imperative(verb: Token) -> bool:
    """ "Decide what matters to you, Wright says.": advice the speaker gives, with no subject."""
    # "Then try a walk, she says": an adverb or a conjunction may come first.
    opening = verb.doc[verb.sent.start : verb.i]
    led = all(t.head.i == verb.i and t.dep_ in _IMPERATIVE_OPENERS for t in opening)
    return verb.tag_ == "VB" and led and not _is_infinitive(verb)


def _subjectless_rest(verb: Token, complement: Token) -> Token | None:
    """A second clause after the cue's clause with no subject of its own, right after it."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i <= complement.right_edge.i:
            continue
        if clause.left_edge.i != complement.right_edge.i + 1:
            continue
        # "by lawmakers he says are echoing …": a cue inside a relative clause on the last noun
        # of the first clause, which the parser makes a second clause of the outer cue.
        if not _has_subject(clause) or is_cue_verb(clause):
            return clause
    return None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _CLAUSE_SUBJECTS for c in verb.children)


def main_clause(tokens: list[Token]) -> bool:
    """Whether the tokens hold a clause of their own: a verb with its subject that does not
    hang on a noun ("chambers that responded") or a frame ("In an interview given on …")."""
    inside = {t.i for t in tokens}
    return any(
        t.pos_ in {"VERB", "AUX"}
        and t.dep_ not in {"relcl", "acl", "amod", "pcomp", "pobj", "advcl"}
        and _has_subject(t)
        and all(c.i in inside for c in t.children if c.dep_ in _CLAUSE_SUBJECTS)
        for t in tokens
    )


def _is_infinitive(verb: Token) -> bool:
    return any(c.tag_ == "TO" and c.dep_ == "aux" for c in verb.children)


def _colon_between(clause: Token, verb: Token) -> bool:
    return any(t.text in {":", ";"} for t in verb.doc[clause.right_edge.i : verb.i])


def _clause_spans(complement: Token, cue: Token) -> list[Span]:
    """The complement's characters, one span per claim: split at "and that", cues cut out."""
    heads = [complement, *_split_clauses(complement)]
    # "before noting that …" goes with its preposition.
    second = [c.head if _sequenced(c) else c for c in _other_cues(complement)]
    cut = {t.i for other in second for t in other.subtree}
    speaker = subject_of(cue)
    if speaker is not None and complement.left_edge.i <= speaker.i < cue.i:
        # "…, the finance chief, Ann Ode, said.": the parser hung the speaker in the clause.
        cut |= {t.i for t in speaker.subtree}
    spans: list[Span] = []
    for index, head in enumerate(heads):
        others = {t.i for other in heads[index + 1 :] for t in other.subtree}
        tokens = [t for t in head.subtree if t.i not in cut and t.i not in others and t.i != cue.i]
        # "…, Halloran said." has the cue after the clause; the clause never contains it.
        tokens = [t for t in tokens if (t.i < cue.i) == (head.i < cue.i)]
        span = trimmed(without_writer_tail(_without_dangling(tokens, cut | others)))
        if span is not None:
            spans.append(span)
    return spans


def _parenthetical(verb: Token) -> Span | None:
    """ "Still, he says, the tax has hurt his shop": a cue set in commas inside the clause it
    reports. The claim is the whole clause; one span, so it runs over the cue."""
    if verb.dep_ != "parataxis" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    inner = {t.i for t in verb.subtree}
    tokens = [t for t in verb.head.subtree if t.i not in inner]
    if not any(t.i < verb.i and not t.is_punct for t in tokens):
        return None
    if not any(t.i > verb.i and not t.is_punct for t in tokens):
        return None
    return trimmed(tokens)


def _split_clauses(clause: Token) -> list[Token]:
    """Coordinated clauses that repeat "that": "… and that counting would be completed"."""
    found: list[Token] = []
    for child in clause.children:
        if child.dep_ != "conj":
            continue
        if _has_that(child):  # "… and that parents should not expect …" is a clause, not a cue
            found.append(child)
        elif is_cue_verb(child):
            continue
        found.extend(_split_clauses(child))
    return found


def _other_cues(clause: Token) -> list[Token]:
    """Cue verbs hanging inside a reported clause: "…, adding that …", "… and accused X of Y"."""
    return [
        child
        for child in clause.subtree
        if child.i != clause.i
        and child.dep_ in {"conj", "advcl"}
        and is_cue_verb(child)
        and not _reports_with(child)
        and not _has_that(child)
        and (child.dep_ == "conj" or child.tag_ == "VBG")
        and child.head.i == clause.i
    ] + [
        child  # "… was troubling, before noting that …": a second claim in time after the first
        for child in clause.subtree
        if _sequenced(child) and child.head.head.i == clause.i and is_cue_verb(child)
    ]


def _sequenced(verb: Token) -> bool:
    """ "before noting that …", "after adding that …": a gerund cue after a preposition of time."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.lower_ in {"before", "after"}


def _reports_with(verb: Token) -> bool:
    """Whether a cue verb inside a reported clause is the clause's own second verb: in "said
    it had tested the message and found it effective" finding is part of what was said."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in EVIDENCE_VERBS:
        return False
    return any(a.dep_ == "ccomp" and is_cue_verb(a.head) for a in (verb.head, *verb.head.ancestors))


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _without_dangling(tokens: list[Token], removed: set[int]) -> list[Token]:
    """Drop a conjunction or comma left hanging before a part that was cut out."""
    kept = list(tokens)
    while kept and (kept[-1].dep_ == "cc" or kept[-1].is_punct) and kept[-1].i + 1 in removed:
        kept.pop()
    return [t for t in kept if not (t.dep_ == "cc" and t.i + 1 in removed)]


def _says_something(obj: Token) -> bool:
    """An object with words of its own: not "it", "the charge" or "these claims"."""
    if obj.pos_ == "PRON":
        return False
    words = [t for t in obj.subtree if not t.is_punct]
    if not words:  # punctuation alone (a run of symbols the parser took for an object)
        return False
    return not (len(words) <= 2 and words[0].lower_ in _ANAPHORIC)


def _that_clause_of(obj: Token) -> Token | None:
    for child in obj.children:
        if child.dep_ in {"acl", "ccomp", "relcl"} and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children
        ):
            return child
    return None


def _words_before(verb: Token) -> Span | None:
    """ "…, police said." with no parsed clause: the words before the comma that precedes it."""
    subject = subject_of(verb)
    if subject is None or verb.i < subject.i:
        return None
    first = min(subject.left_edge.i, verb.i)
    sentence = verb.sent
    if first - 1 <= sentence.start or verb.doc[first - 1].text not in {",", "\u2014"}:
        return None
    # "…, Lena Holt told the Harbour Times.": the object of a verb of telling is its hearer.
    objects = {"ccomp", "xcomp"} | (set() if verb.lemma_.lower() in HEARER_VERBS else {"dobj"})
    if any(c.dep_ in objects for c in verb.children):
        return None
    words = [t for t in sentence if t.i < first - 1]
    return trimmed(words) if main_clause(words) else None


def _that_clause(verb: Token) -> Span | None:
    """Fallback when the parser missed the clause: "warned that …" runs to the sentence end."""
    cue = cue_tokens(verb)
    after = cue[-1].i + 1
    if after >= len(verb.doc) or verb.doc[after].lower_ != "that":
        return None
    # The parser sometimes reads "that" as a preposition and the clause as a noun phrase.
    return trimmed([t for t in verb.sent if t.i > after])


def _open_quotes(tokens: list[Token]) -> bool:
    """Whether a quote opened among the tokens is still open at their end."""
    straight = sum(t.text == '"' for t in tokens)
    curly = sum(t.text == "\u201c" for t in tokens) - sum(t.text == "\u201d" for t in tokens)
    return straight % 2 == 1 or curly > 0
