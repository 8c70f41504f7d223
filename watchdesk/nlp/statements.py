"""Stage 4: who said what. Parsed article + its entities → attributed statements with spans.

Three finders propose attributions (direct quotes, reported speech in `reported.py`, "according
to X"); the speakers are then resolved in text order, so that a pronoun or surname meets the
people named before it; last, each statement gets a polarity and a modality (`modality.py`).

Split quotes ('"We are ready," she said, "but not yet."') make one statement: its span runs from
the first quoted word to the last, and its content is that slice of the text, cue included, so
that `span.slice(text) == content` holds for every statement. A quote that goes on after a full
stop with no cue of its own is a further statement of the same speaker, with an empty cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from watchdesk.nlp.lexicon_en import (
    ACCORDING_TO_HEADS,
    CONCESSIVE_WORDS,
    EVIDENCE_VERBS,
    HONORIFICS,
    MESSAGE_NOUNS,
    NOTE_AUTHORS,
    NOTE_LABELS,
    POLL_NOUNS,
    QUOTE_ONLY_CUES,
    REPORTING_VERBS,
    ROLE_WORDS,
    CueSense,
)
from watchdesk.nlp.modality import judge_modality, judge_polarity
from watchdesk.nlp.quotes import find_quotes, mark_start
from watchdesk.nlp.reported import (
    Attribution,
    end_of,
    find_reported,
    is_cue_verb,
    main_clause,
    subject_of,
    trimmed,
    without_writer_tail,
)
from watchdesk.nlp.speakers import Speaker, SpeakerBook
from watchdesk.records import Entity, Span, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

_NEUTRAL = CueSense()
_SPEAKER_LABELS = frozenset({"PERSON", "ORG"})
_COLON_MIN_WORDS = 3  # "Holt: no." is a label, not a claim
_COLON_NAME_WORDS = 4  # "Minister Lena Holt:"; a longer run of capitals is a headline
_COLON_SOURCE_WORDS = 6  # ", The Harbour Times:" after a name: where the words appeared
_NOUN_VERB_DEPS = frozenset({"acl", "relcl", "amod", "compound"})  # "a book written by …"
_SENTENCE_END = (".", "!", "?", "\u2026")
_CLOSING_MARKS = "\"'\u201d\u2019"
_INNER_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019]?(?=\s)")  # a stop that ends a sentence
# Titles and initials that end in a full stop inside a sentence: "Mr.", "Sen.", "Fla.", "U.S.".
_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+)\.(?=\s)")
# A publisher's note: "Editor's note:", "Correction:", "NEWS READERS:", at a paragraph's start or
# after the sentence or bracket before it.
_NOTE_LABEL = re.compile(
    r"(?:^|(?<=[\n.!?)\]\"\u201d]))[ \t]*(?:(?:"
    + "|".join(sorted(NOTE_AUTHORS))
    + r")['\u2019]?s?['\u2019]?\s+note|(?:[A-Z]+\s+)?(?:"
    + "|".join(sorted(NOTE_LABELS))
    + r"))\s*:",
    re.IGNORECASE,
)
# The end of a paragraph: a line break after the end of a sentence (lines may break inside one).
_PARAGRAPH_END = re.compile(r"[.!?\"\u201d\u2019)][ \t]*\n")


def find_statements(doc: Doc, entities: Sequence[Entity]) -> list[Statement]:
    """Return every attributed statement in the article, in text order."""
    text = doc.text  # built once: spaCy assembles `doc.text` anew on every access
    quotes = find_quotes(text)
    marked = _with_marks(text, quotes)
    inside = _tokens_inside(doc, marked)
    clauses = [
        a
        for a in find_reported(list(doc), inside)
        if not _in_any_span(a.content, quotes)  # the clause is a quote's own grammar
    ]
    direct = _without_woven(text, _direct_quotes(doc, text, quotes), clauses)
    direct_cues = {a.cue[0].i for a in direct if not a.continued}
    reported = [
        a
        for a in clauses
        if a.cue[0].i not in direct_cues
        and not any(_overlaps(a.content, other.content) for other in direct)
    ]
    going_on = _after_reported(text, quotes, direct, reported)
    found = _distinct(
        [
            *direct,
            *reported,
            *going_on,
            *_according_to(doc, inside),
            *_in_a_poll(doc, inside),
            *_named_before_colon(doc, text, quotes, inside),
        ]
    )
    notes = _publishers_notes(text)
    found = [a for a in found if not _in_any_span(a.content, notes)]
    # Speakers resolve in text order: "she" looks back at the people named before her.
    book = SpeakerBook.for_article(doc, entities)
    resolved: list[tuple[Attribution, Speaker]] = []
    for attribution in sorted(found, key=lambda a: (a.content.start, a.cue[0].i)):
        speaker = book.resolve(attribution.subject)
        if speaker is not None:  # a statement without a speaker is not invented
            resolved.append((attribution, speaker))
    return [_statement(doc, text, a, s) for a, s in _without_nested(resolved)]


def _publishers_notes(text: str) -> list[Span]:
    """The publisher's notes on the page ("Editor's note: …"), each to the end of its paragraph:
    the page's boilerplate, not its reporting."""
    notes: list[Span] = []
    for label in _NOTE_LABEL.finditer(text):
        end = _PARAGRAPH_END.search(text, label.end())
        notes.append(Span(label.start(), len(text) if end is None else end.end()))
    return notes


def _statement(doc: Doc, text: str, attribution: Attribution, speaker: Speaker) -> Statement:
    if attribution.continued:
        cue_span = Span(attribution.content.start, attribution.content.start)
    else:
        cue_span = Span(attribution.cue[0].idx, end_of(attribution.cue[-1]))
    sense = attribution.sense
    content = attribution.content.slice(text)
    return Statement(
        speaker=speaker.name,
        speaker_mention=speaker.mention,
        cue=cue_span.slice(text),
        kind=attribution.kind,
        content=content,
        span=attribution.content,
        speakers=speaker.names or (speaker.name,),
        speaker_role=speaker.role,
        speaker_org=speaker.org,
        speaker_kind=speaker.kind,
        polarity=judge_polarity(doc, attribution.content, sense, content),
        modality=judge_modality(
            doc, attribution.content, sense, speaker, attribution.kind, content
        ),
        cue_span=cue_span,
        speaker_span=_speaker_span(text, attribution.subject, speaker.mention),
    )


def _speaker_span(text: str, subject: Token, mention: str) -> Span:
    """Where the speaker is named: the mention inside the subject's phrase, else the subject."""
    start, end = subject.left_edge.idx, end_of(subject.right_edge)
    found = text.find(mention, start, end) if mention else -1
    if found >= 0:
        return Span(found, found + len(mention))
    return Span(subject.idx, end_of(subject))


# --- direct quotes -----------------------------------------------------------------------------


def _direct_quotes(doc: Doc, text: str, quotes: list[Span]) -> list[Attribution]:
    """Attribute each speech quote to the nearest cue verb outside quotes in its sentences."""
    by_cue: dict[int, list[Span]] = {}
    cues: dict[int, Token] = {}
    quote_cue: dict[Span, int] = {}
    marked = _with_marks(text, quotes)
    for quote in quotes:
        cue = _cue_for_quote(doc, text, quote, marked)
        if cue is not None:
            by_cue.setdefault(cue.i, []).append(quote)
            cues[cue.i] = cue
            quote_cue[quote] = cue.i
    found: list[Attribution] = []
    for index, spans in by_cue.items():
        cue = cues[index]
        subject = subject_of(cue)
        if subject is None:
            continue
        joined = _split_quote(text, spans)
        for left_out in spans[len(joined) :]:
            del quote_cue[left_out]  # free to go on a statement of its own
        content = Span(joined[0].start, joined[-1].end)  # split quotes join into one statement
        sense = _cue_sense(cue)
        found.append(Attribution("direct", _quote_cue(cue), subject, content, sense))
    return [*found, *_continued_quotes(doc, text, quotes, quote_cue, found)]


def _split_quote(text: str, spans: list[Span]) -> list[Span]:
    """The quotes of one cue that make one split quote: each after the first reopens after a
    comma or colon ('"We are ready," she said, "but not yet."'); a quoted title later in the
    sentence ('said Alden, author of the book "…"') is not more of the same words."""
    joined = [spans[0]]
    for quote in spans[1:]:
        if not text[joined[-1].end : mark_start(text, quote)].rstrip().endswith((",", ":")):
            break
        joined.append(quote)
    return joined


def _continued_quotes(
    doc: Doc,
    text: str,
    quotes: list[Span],
    quote_cue: dict[Span, int],
    found: list[Attribution],
) -> list[Attribution]:
    """Quotes with no cue of their own: one that goes on in the next sentence of the same
    paragraph, and an interviewee's answer standing alone after a question ("What next?
    "A book, maybe."") or after "Asked whether …, she was blunt."."""
    by_cue = {a.cue[0].i: a for a in found}
    previous: Attribution | None = None
    continued: list[Attribution] = []
    for quote in quotes:
        if quote in quote_cue:
            previous = by_cue.get(quote_cue[quote])
            continue
        if previous is not None and _goes_on(text, previous.content, quote):
            previous = Attribution(
                "direct", previous.cue, previous.subject, quote, _NEUTRAL, continued=True
            )
            continued.append(previous)
            continue
        subject = _answerer(doc, text, quote, previous)
        if subject is None:
            previous = None
            continue
        cue = (subject,) if previous is None else previous.cue
        previous = Attribution("direct", cue, subject, quote, _NEUTRAL, continued=True)
        continued.append(previous)
    return continued


def _after_reported(
    text: str, quotes: list[Span], direct: list[Attribution], reported: list[Attribution]
) -> list[Attribution]:
    """A quote with no cue of its own right after a reported claim goes on with the same
    speaker's words: 'Lund said the port would reopen. "We have waited long enough."'."""
    taken = [a.content for a in (*direct, *reported)]
    found: list[Attribution] = []
    for quote in quotes:
        if any(c.start <= quote.start and quote.end <= c.end for c in taken):
            continue  # a quote with a cue, a continued one, or one woven into a clause
        earlier = [a for a in (*direct, *reported, *found) if a.content.end <= quote.start]
        if not earlier:
            continue
        previous = max(earlier, key=lambda a: a.content.end)
        if previous.kind == "indirect" and _goes_on(text, previous.content, quote):
            found.append(
                Attribution(
                    "direct", previous.cue, previous.subject, quote, _NEUTRAL, continued=True
                )
            )
    return found


def _answerer(doc: Doc, text: str, quote: Span, previous: Attribution | None) -> Token | None:
    """Who answers in a quote that stands alone after a question, or after "Asked …, she …"."""
    before = text[: mark_start(text, quote)].rstrip()
    if "\n" in text[len(before) : quote.start] or not before.endswith(_SENTENCE_END):
        return None
    last = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if last is None:
        return None
    sentence = last[0].sent
    if sentence[0].lower_ == "asked" and sentence[0].tag_ == "VBN":
        # "Asked whether the tower would go ahead, she was blunt."
        return next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if not before.endswith("?"):
        return None  # a question of the reporter's, outside quote marks
    if previous is not None:
        return previous.subject
    cues = [t for t in doc[: sentence.start] if _is_quote_cue(t) and subject_of(t) is not None]
    return subject_of(cues[-1]) if cues else None


def _is_quote_cue(token: Token) -> bool:
    """A reporting verb, or a verb of manner that only ever introduces a quote ("she laughs")."""
    lemma = token.lemma_.lower()
    if lemma in EVIDENCE_VERBS:
        return False
    return is_cue_verb(token) or (token.pos_ == "VERB" and lemma in QUOTE_ONLY_CUES)


def _goes_on(text: str, before: Span, quote: Span) -> bool:
    """Whether `quote` opens the sentence right after the one where `before` ends: in the same
    paragraph, or opening the next one ('…," she said.¶"And …"'), the news habit of going on
    with the last speaker's words in a paragraph of their own."""
    gap = text[before.end : mark_start(text, quote)]  # up to the opening mark
    if text[quote.start - 1] not in {'"', "\u201c", "'"}:
        return False
    if "\n" in gap and (gap.count("\n") > 2 or gap.rsplit("\n", 1)[1].strip()):
        return False  # a line in between, or the quote does not open its paragraph
    body = gap.rstrip()
    if not body.strip(_CLOSING_MARKS):
        # '"We are ready." "And …"': the words before ended their own sentence.
        return text[before.end - 1] in _SENTENCE_END
    body = body.rstrip(_CLOSING_MARKS)  # '… "could not be clearer."': the mark after the stop
    if not body.endswith(_SENTENCE_END):
        return False
    # '," Mr. Kelly said in an interview. "…': the full stop of a title is no sentence end, nor
    # is one inside a word or before a bracket or comma ("Sen. Ann Lo (R-Neb.), a member of …").
    inner = _ABBREVIATION.sub("", body[:-1])
    return _INNER_END.search(inner) is None


def _cue_for_quote(doc: Doc, text: str, quote: Span, marked: list[Span]) -> Token | None:
    """The reporting verb of the sentence(s) around a quote, outside every quote; the nearest."""
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if inside is None:
        return None
    first, last = inside[0].sent, inside[-1].sent
    end = last.end
    # '"Where do we go?" one man asked.': the parser ends a sentence at the quote's own "?".
    if end < len(doc) and _in_any(doc[end - 1], marked) and _goes_on_after(doc[end]):
        end = doc[end].sent.end
    frame = [t for t in doc[first.start : end] if not _in_any(t, marked)]
    candidates = [t for t in frame if _is_quote_cue(t) and subject_of(t) is not None]
    if not candidates:
        return _gesture_before_colon(text, quote, frame)
    return min(candidates, key=lambda t: min(abs(t.idx - quote.start), abs(t.idx - quote.end)))


def _goes_on_after(token: Token) -> bool:
    """Whether the sentence after a closing quote mark is the quote's own cue: lower-case ('"Why?"
    one man asked.') or an inverted cue with its subject after it ('"Why?" Asks Tove Lind.')."""
    if token.is_lower:
        return True
    subject = subject_of(token) if _is_quote_cue(token) else None
    if subject is not None and subject.i > token.i:
        return True
    # '"Why was the money sitting there?" Mr. Odell said.': a cue sentence with nothing to report
    # of its own (no clause, no object) tells who spoke the quote before it.
    root = token.sent.root
    bare = not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in root.children)
    return (
        token.sent.start == token.i
        and bare
        and _is_quote_cue(root)
        and (subject_of(root) is not None)
    )


def _gesture_before_colon(text: str, quote: Span, frame: list[Token]) -> Token | None:
    """'Her son shook his head: "She will still be here."': the clause before the colon
    introduces the quote, whatever its verb."""
    if not text[: mark_start(text, quote)].rstrip().endswith(":"):
        return None
    before = [t for t in frame if t.idx < quote.start]
    if len(before) < 2 or before[-1].text != ":":
        return None
    verb = before[-2]
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.idx > quote.start:
        return None
    subject = subject_of(verb)
    return verb if subject is not None and subject.pos_ in {"PROPN", "PRON", "NOUN"} else None


def _quote_cue(verb: Token) -> tuple[Token, ...]:
    """ "told local radio": a quote's cue with the audience right after it."""
    after = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i == verb.i + 1]
    if after and not after[0].ent_type_ and after[0].pos_ == "NOUN":
        return (verb, *[t for t in after[0].subtree if t.i > verb.i])
    return (verb,)


def _cue_sense(verb: Token) -> CueSense:
    return REPORTING_VERBS.get(verb.lemma_.lower(), _NEUTRAL)


def _without_woven(
    text: str, direct: list[Attribution], clauses: list[Attribution]
) -> list[Attribution]:
    """Drop quotes woven into a reported clause: in 'Orla Penn said the town was in a "very
    difficult position" after the flood.' the statement is the clause, quote and all. The quote
    may have a nearer cue of its own ('said the cost was "pretty steep," and added that …'): the
    words still belong to the clause they stand in. A quote that opens right after its clause's
    cue or after a colon ('he said, "…"'; 'no mystery: "I love it," he said') is the speaker's
    own words, and the clause around it is the writer's."""
    woven: set[int] = set()
    for attribution in direct:
        if attribution.continued:
            continue
        quote = attribution.content
        for clause in clauses:
            outer = clause.content
            longer = outer.end - outer.start > quote.end - quote.start
            same_cue = clause.cue[0].i == attribution.cue[0].i
            starts_inside = outer.start <= quote.start < outer.end
            inside = starts_inside and quote.end <= outer.end
            if not longer or not (inside or (same_cue and starts_inside)):
                continue
            if _opens_own_words(text, clause, quote):
                continue
            woven.add(attribution.cue[0].i)
    return [a for a in direct if a.cue[0].i not in woven]


def _opens_own_words(text: str, clause: Attribution, quote: Span) -> bool:
    """Whether a quote inside a clause stands next to the clause's cue or after a colon, with
    nothing but punctuation between."""
    opening = mark_start(text, quote)
    cue_end = end_of(clause.cue[-1])
    if cue_end <= opening and not any(c.isalnum() for c in text[cue_end:opening]):
        return True
    return text[clause.content.start : opening].rstrip().endswith(":")


# --- according to ------------------------------------------------------------------------------


def _according_to(doc: Doc, quoted: set[int]) -> list[Attribution]:
    """ "According to X, …" and "…, according to X": the rest of the sentence is the content.
    Inside a quote the phrase is the speaker's own sourcing, part of the quote's words."""
    found: list[Attribution] = []
    for token in doc:
        if token.lower_ not in ACCORDING_TO_HEADS or token.i in quoted:
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if to is None or source is None:
            continue
        content = _sentence_without(token.sent, token)
        if content is not None:
            found.append(
                Attribution("according_to", (token, to), _issuer(source), content, _NEUTRAL)
            )
    return found


def _in_a_poll(doc: Doc, quoted: set[int]) -> list[Attribution]:
    """ "The mayor is up four points in the latest poll": a finding sourced to the poll it stands
    in, from the clause's subject to the phrase. A clause with a cue of its own ("in the survey,
    most said …") is that cue's."""
    found: list[Attribution] = []
    for prep in doc:
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.i in quoted:
            continue
        poll = _poll_of(prep)
        clause = prep.head
        while clause.dep_ in {"dobj", "attr"} and clause.pos_ not in {"VERB", "AUX"}:
            clause = clause.head  # "reached 73 percent in the poll"
        if poll is None or clause.pos_ not in {"VERB", "AUX"} or is_cue_verb(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or prep.i < subject.i:
            continue
        last = prep.left_edge.i - 1 if prep.i > clause.i else clause.right_edge.i
        content = trimmed(without_writer_tail(list(doc[subject.left_edge.i : last + 1])))
        if content is not None:
            found.append(Attribution("according_to", (prep,), poll, content, _NEUTRAL))
    return found


def _poll_of(prep: Token) -> Token | None:
    """The poll a phrase names: "in the polls", "in most of the polls", "in the vast majority of
    the polls"."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    while noun is not None and noun.lemma_.lower() not in POLL_NOUNS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return noun


def _named_before_colon(
    doc: Doc, text: str, quotes: list[Span], inside: set[int]
) -> list[Attribution]:
    """ "Lena Holt: the bridge stays shut": a headline or a transcript line names its speaker
    before a colon. Only a whole name (a person or a body, titles allowed) at the start of its
    sentence counts, and what follows must be a clause: "Photo: Reuters" and datelines say nothing.
    """
    found: list[Attribution] = []
    for colon in doc:
        if colon.text != ":" or colon.i in inside or colon.i == 0:
            continue
        speaker = _colon_speaker(doc, colon)
        if speaker is None:
            continue
        opened = next((q for q in quotes if 0 <= mark_start(text, q) - end_of(colon) <= 1), None)
        if opened is not None:
            # 'Ada Roy, The Harbour Times: "It was her best night. …"': the whole quote.
            found.append(Attribution("direct", (colon,), speaker, opened, _NEUTRAL))
            continue
        words = [t for t in doc[colon.i + 1 : colon.sent.end] if not t.is_space]
        said = [t for t in words if not t.is_punct]
        if len(said) < _COLON_MIN_WORDS or not any(t.pos_ in {"VERB", "AUX"} for t in said):
            continue
        content = trimmed(words)
        if content is not None:
            found.append(Attribution("indirect", (colon,), speaker, content, _NEUTRAL))
    return found


def _colon_speaker(doc: Doc, colon: Token) -> Token | None:
    """Who speaks after the colon: a name that opens the sentence ("Minister Lena Holt:"), or the
    owner of a message noun ("The minister's message:", "Holt's answer:")."""
    start = colon.sent.start
    before = doc[colon.i - 1]
    if before.lemma_.lower() in MESSAGE_NOUNS:
        owner = next((c for c in before.children if c.dep_ == "poss"), None)
        opens = before.left_edge.i == start
        return owner if owner is not None and opens and owner.pos_ != "PRON" else None
    # "Ada Roy, The Harbour Times:" names the speaker, then where the words appeared.
    comma = next((t.i for t in doc[start : colon.i] if t.text == ","), colon.i)
    if comma < colon.i and (colon.i - comma > _COLON_SOURCE_WORDS or not _opens_line(doc, start)):
        return None
    name = next((e for e in doc.ents if e.end == comma and e.label_ in _SPEAKER_LABELS), None)
    if name is None:
        return _known_name(doc, start, comma)
    titles = doc[start : name.start]
    if any(_bare(t.lower_) not in ROLE_WORDS | HONORIFICS for t in titles):
        return None
    return name.root


def _known_name(doc: Doc, start: int, end: int) -> Token | None:
    """A headline's "Holt: …", where the model found no name: capitalised words opening a line
    that end in a word the article uses in the name of a person or a body."""
    words = [t for t in doc[start:end] if not t.is_punct]
    if not 1 <= len(words) <= _COLON_NAME_WORDS or not _opens_line(doc, start):
        return None
    if not all(t.text[:1].isupper() for t in words):
        return None
    known = {
        part.lower()
        for e in doc.ents
        if e.label_ in _SPEAKER_LABELS and not (start <= e.start < end)
        for part in e.text.split()
    }
    return words[-1] if words[-1].lower_ in known else None


def _opens_line(doc: Doc, start: int) -> bool:
    return start == 0 or "\n" in doc[start - 1].text_with_ws


def _bare(word: str) -> str:
    return word.rstrip(".")


def _issuer(source: Token) -> Token:
    """ "according to figures published by the health agency": the agency, not the figures."""
    for child in source.children:
        if child.dep_ != "acl":
            continue
        agent = next((c for c in child.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if by is not None:
            return by
    return source


def _sentence_without(sentence: DocSpan, according: Token) -> Span | None:
    """The sentence minus the "according to X" phrase, on the side that holds the clause."""
    phrase = list(according.subtree)
    before = [t for t in sentence if t.i < phrase[0].i]
    after = [t for t in sentence if t.i > phrase[-1].i]
    # A phrase in the middle ("The troops, according to officials, will stay") keeps both sides;
    # the span then covers the phrase too, because a statement is one contiguous span.
    complete = not _open_ended(before)
    if _words(before) and _words(after) and not (complete and _trailing_apposition(after)):
        tokens = [*before, *phrase, *after]
    else:
        tokens = before or after
    return trimmed(_without_concession(tokens))


def _open_ended(tokens: list[Token]) -> bool:
    """Words that stop short of a clause: "The drill is, according to …, the biggest" breaks
    after a copula, an auxiliary, a preposition or an article, so the rest belongs to it."""
    words = _words(tokens)
    return bool(words) and words[-1].pos_ in {"AUX", "ADP", "DET", "PART", "CCONJ", "SCONJ"}


def _trailing_apposition(tokens: list[Token]) -> bool:
    """ "…, according to the mayor of Rellby, Tove Aas." or "…, according to "Ends of Empire," a
    book written by …": the rest names the source; its verbs, if any, hang on a noun."""
    return not any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in _NOUN_VERB_DEPS for t in tokens)


def _without_concession(tokens: list[Token]) -> list[Token]:
    """A claim without the writer's concession before it: "Although the week was hard for him,
    he leads, according to polls" reports that he leads."""
    words = _words(tokens)
    if not words or words[0].lower_ not in CONCESSIVE_WORDS:
        return tokens
    phrase = words[0] if words[0].dep_ == "prep" else words[0].head
    end = phrase.right_edge.i
    rest = [t for t in tokens if t.i > end]
    if not rest or rest[0].text != "," or not main_clause(rest):
        return tokens
    return rest


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not t.is_punct]


# --- filters -----------------------------------------------------------------------------------


def _distinct(found: list[Attribution]) -> list[Attribution]:
    """One attribution per content span: a cue found twice (as a quote's and a clause's) once."""
    seen: set[tuple[int, int]] = set()
    kept: list[Attribution] = []
    for attribution in found:
        key = (attribution.content.start, attribution.content.end)
        if key not in seen:
            seen.add(key)
            kept.append(attribution)
    return kept


def _without_nested(
    resolved: list[tuple[Attribution, Speaker]],
) -> list[tuple[Attribution, Speaker]]:
    """Keep one statement where a cue reports another cue's words.

    "Brandt said he feared the reservoir would not be filled": the speaker's own verb is the more
    precise cue, so the inner statement stays. "Cole said she expected two plants to close" and
    "Lowry said fans feared …" keep the outer one: an infinitive is no claim of its own, and the
    fans speak only through Lowry.
    """
    dropped: set[int] = set()
    for i, (outer, outer_speaker) in enumerate(resolved):
        for j, (inner, inner_speaker) in enumerate(resolved):
            if i == j or outer.kind == "direct":
                continue
            if inner.kind == "direct" and not inner.continued and outer.kind == "according_to":
                # '"…," Holt said at a rally, according to a recording': the source tells where
                # the words were heard; the speaker's own cue and quote make the statement.
                if outer.content.start <= inner.cue[0].idx < outer.content.end:
                    dropped.add(i)
                continue
            if inner.kind != "indirect":
                continue
            if not (outer.content.start <= inner.cue[0].idx < outer.content.end):
                continue
            if outer.kind == "according_to":
                dropped.add(j)  # "According to Sand, the minister did not rule out …"
                continue
            same = inner_speaker.name == outer_speaker.name
            if same and not _heads(inner, outer):
                # "Obama said he was troubled by lawmakers he says echo …": a cue deeper in the
                # clause reports a claim of its own; both statements stand.
                continue
            # "said they had complained about the waste": a noun phrase is no claim of its own.
            dropped.add(i if same and not _infinitive(inner) and _clausal(inner) else j)
    return [pair for k, pair in enumerate(resolved) if k not in dropped]


def _clausal(attribution: Attribution) -> bool:
    """Whether a claim is a clause (has a verb at its root), not a noun phrase."""
    doc = attribution.cue[0].doc
    content = attribution.content
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    return span is not None and span.root.pos_ in {"VERB", "AUX"}


def _heads(inner: Attribution, outer: Attribution) -> bool:
    """Whether the inner cue is the main verb of the outer claim ("said he feared …")."""
    doc = inner.cue[0].doc
    span = doc.char_span(outer.content.start, outer.content.end, alignment_mode="expand")
    return span is None or span.root.i == inner.cue[0].i


def _infinitive(attribution: Attribution) -> bool:
    """Whether a claim is an infinitive ("to win", "the authority to raise objections")."""
    doc = attribution.cue[0].doc
    inside = doc.char_span(
        attribution.content.start, attribution.content.end, alignment_mode="expand"
    )
    if inside is None:
        return False
    return any(c.tag_ == "TO" and c.dep_ == "aux" for c in inside.root.children)


def _with_marks(text: str, quotes: list[Span]) -> list[Span]:
    """The quotes with their marks ('' counts two), for telling what lies inside a quote."""
    return [
        Span(mark_start(text, q), q.end + (2 if text[q.end : q.end + 2] == "''" else 1))
        for q in quotes
    ]


def _tokens_inside(doc: Doc, marked: list[Span]) -> set[int]:
    """The indices of the tokens that `_in_any` says lie inside a quote, found by bisection on
    the tokens' starts rather than by testing every token against every quote."""
    starts = [token.idx for token in doc]
    inside: set[int] = set()
    for span in marked:
        inside.update(range(bisect_left(starts, span.start), bisect_left(starts, span.end)))
    return inside


def _in_any(token: Token, marked: list[Span]) -> bool:
    """Whether a token lies inside a quote, its marks included (spans from `_with_marks`)."""
    return any(span.start <= token.idx < span.end for span in marked)


def _in_any_span(content: Span, spans: list[Span]) -> bool:
    return any(content in Span(max(0, span.start - 1), span.end + 1) for span in spans)


def _overlaps(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end
