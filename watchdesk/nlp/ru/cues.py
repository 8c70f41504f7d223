"""Part of the Russian statement stage: a proposed attribution, its cue verb and the cue's subject.

The finders in `quotes.py` and `reported.py` share these: what a proposal looks like, what counts
as a reporting verb, whose words a verb reports, and how a content span is trimmed.
"""

from __future__ import annotations

from dataclasses import dataclass

from watchdesk.nlp.ru.lexicon import (
    CUE_ADJECTIVES,
    DOCUMENT_NOUNS,
    ORG_SPEAKERS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
)
from watchdesk.nlp.ru.tree import Token, Tree
from watchdesk.records import Span, StatementKind

SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})
_EDGE = ",:;—–-"  # punctuation that joins a clause to its cue, never part of the words
_END = ".,:;—–-"
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_MAX_BEFORE_SUBJECT = 4  # «говорит ещё один источник»: words between a cue and its subject


@dataclass(frozen=True, slots=True)
class Attribution:
    """A proposed statement before its speaker is resolved."""

    kind: StatementKind
    cue: Span
    cue_lemma: str
    subject: Token
    verb: Token | None
    content: Span


def attribute(tree: Tree, kind: StatementKind, verb: Token, content: Span) -> Attribution | None:
    """Propose `content` as the words the cue `verb` reports; None when nobody is speaking."""
    # Words that carry their own cue («…, — говорит Орлова, — …») carry its speaker too.
    holds_cue = content.start <= verb.start < content.end
    subject = subject_of(tree, verb, outside=None if holds_cue else content)
    if subject is None:
        return None
    return Attribution(kind, Span(verb.start, verb.stop), cue_lemma(verb), subject, verb, content)


def subject_of(tree: Tree, verb: Token, outside: Span | None = None) -> Token | None:
    """The cue's subject; «в Кремле заявили» has none, and the institution speaks.

    A speaker never stands inside their own words (`outside`): in «Он ответил: «Ваш муж
    вернётся»» the parser may take «муж» for the subject.
    """
    for child in tree.children(verb):
        if child.rel in SUBJECT_RELS:
            if outside is not None and outside.start <= child.start < outside.end:
                continue
            head = tree.head(verb)
            if lemma(child) in RELATIVE_PRONOUNS and verb.rel == "acl:relcl" and head is not None:
                return head  # «министр, который заявил»: the minister speaks
            return child
    for child in tree.children(verb):
        # «говорится в заявлении компании»: the document stands where the subject would.
        if child.rel == "obl" and lemma(child) in ORG_SPEAKERS | DOCUMENT_NOUNS:
            return child
    if verb.feats.get("Number") == "Plur":
        for child in tree.children(verb):
            # «В Altamira заявили»: a named body after «в» speaks through an impersonal plural.
            named = child.pos in {"PROPN", "X"} or child.feats.get("Foreign") == "Yes"
            if child.rel == "obl" and named and _after_in(tree, child):
                return child
    named = _named_after(tree, verb) or _named_before(tree, verb)
    if named is not None and (outside is None or not outside.start <= named.start < outside.end):
        return named
    # A verb joined to another («прибыла и заявила») borrows its subject, and so does an
    # adverbial participle of the verb it hangs on («покинул зал, заявив, что …»).
    head = tree.head(verb)
    gerund = verb.rel == "advcl" and verb.feats.get("VerbForm") == "Conv"
    if (verb.rel == "conj" or gerund) and head is not None:
        return subject_of(tree, head, outside)
    return None


def _named_after(tree: Tree, verb: Token) -> Token | None:
    """«…, говорит ещё один источник»: a nominative noun right after a trailing cue that agrees
    with it is its subject, even where the parser hung the noun on the clause before."""
    if verb.feats.get("VerbForm") != "Fin":
        return None
    at = tree.index(verb) + 1
    for token in tree.tokens[at : at + _MAX_BEFORE_SUBJECT]:
        if token.pos == "PUNCT":
            return None
        if token.pos in _NOMINAL and token.feats.get("Case") == "Nom":
            return token if _agrees(verb, token) else None
    return None


def _named_before(tree: Tree, verb: Token) -> Token | None:
    """«После спектакля Анна Крылова рассказывает, что …»: the nominative name or noun right
    before a cue with no subject, where the parser hung it on a phrase before it."""
    if verb.feats.get("VerbForm") != "Fin":
        return None
    at = tree.index(verb) - 1
    while at >= 0 and tree.tokens[at].pos in {"ADV", "PART"}:
        at -= 1  # «Крылова сегодня не говорит»
    if at < 0:
        return None
    token = tree.tokens[at]
    if token.pos in _NOMINAL and token.feats.get("Case") == "Nom" and _agrees(verb, token):
        return token
    return None


def _agrees(verb: Token, noun: Token) -> bool:
    return verb.feats.get("Number") in {None, noun.feats.get("Number")}


def _after_in(tree: Tree, noun: Token) -> bool:
    return any(c.rel == "case" and c.text.lower() in {"в", "во"} for c in tree.children(noun))


def is_cue(token: Token) -> bool:
    """Whether the token is a reporting verb (by lemma; the tagger's VERB or AUX), or a short
    adjective that reports a conviction («уверен, что …»)."""
    if token.pos == "ADJ":
        return _cue_adjective(token) is not None
    return token.pos in {"VERB", "AUX"} and lemma(token) in REPORTING_VERBS


def cue_lemma(token: Token) -> str:
    """The cue's key in REPORTING_VERBS: its lemma, or the lemma a cue adjective stands for."""
    return _cue_adjective(token) or lemma(token)


def _cue_adjective(token: Token) -> str | None:
    if token.pos != "ADJ" or token.feats.get("Variant") != "Short":
        return None
    written = token.text.lower()
    return next((lem for stem, lem in CUE_ADJECTIVES.items() if written.startswith(stem)), None)


def lemma(token: Token) -> str:
    return str(token.lemma or token.text).lower()


def trimmed(text: str, start: int, end: int) -> Span | None:
    """A span without the edge spaces, dashes and trailing punctuation; "?" and "!" stay."""
    while start < end and (text[start].isspace() or text[start] in _EDGE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _END):
        end -= 1
    return Span(start, end) if start < end else None


def inside(offset: int, spans: list[Span]) -> bool:
    """Whether a character offset falls in one of the spans or on its quotation marks."""
    return any(span.start - 1 <= offset < span.end + 1 for span in spans)


def overlaps(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end
