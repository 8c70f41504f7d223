"""Stage 3: named entities. Parsed article → people, organisations and places with canonical names.

spaCy's NER gives the mentions; this module trims its boundary slips (a trailing "'s", a leading
"the" or a title), gives each mention the fullest name the article uses for it ("Halloran" →
"Maeve Halloran") and recovers surnames the model mislabelled or missed.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from watchdesk.nlp.aliases import canonical_key, is_short_form, strip_possessive
from watchdesk.nlp.lexicon_en import (
    GENDERED_PRONOUNS,
    HONORIFICS,
    QUOTE_ONLY_CUES,
    REPORTING_VERBS,
    ROLE_HEADS,
    ROLE_WORDS,
)
from watchdesk.nlp.lexicon_entities import (
    ARTICLES,
    DIRECTION_PREPOSITIONS,
    EVENT_NOUNS,
    MOVEMENT_VERBS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    STATE_NOUNS,
)
from watchdesk.records import Entity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

KEPT_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW"}
)  # DATE, CARDINAL, MONEY … belong to the times and quantities stages
# "the Kremlin" and "Kremlin" are one name; places like "the Netherlands" keep their article.
_THE_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "PRODUCT", "LOC"})
_PERSON_SLIP_LABELS = frozenset({"ORG", "GPE", "NORP"})  # labels the model gives unfamiliar people
_PLACE_SLIP_LABELS = frozenset({"ORG", "PRODUCT", "NORP", "FAC"})  # ... and unfamiliar places
_PRONOUN_REACH = 3  # sentences after a name in which "she" or "his" still points back to it
_POSSESSIVE_TOKENS = frozenset({"'s", "\u2019s", "'", "\u2019"})
# How the small model attaches a name that modifies a noun: "the Kobel crossing" (compound),
# "the Velsk and Kobel crossings" (nmod), "the Iron Meridian exercise" (amod).
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def find_entities(doc: Doc) -> list[Entity]:
    """Return the article's named-entity mentions in text order, each with its canonical name."""
    labelled = [(ent, _grammar_label(ent)) for whole in doc.ents for ent in _paragraphs(whole)]
    mentions = [
        m for m in (_trim(ent, label) for ent, label in labelled if label in KEPT_LABELS) if m
    ]
    text = doc.text
    mentions = _relabel_surnames(text, _places_are_not_given_names(text, mentions))
    mentions = _majority_labels(text, mentions)
    mentions = [*mentions, *_unlabelled_people(doc, mentions)]
    mentions = sorted([*mentions, *_missed_surnames(doc, mentions)], key=lambda m: m[0].start)
    short_orgs = _short_org_names(text, mentions)
    mentions = [
        (span, "ORG" if _short_org(text, span, short_orgs) else label) for span, label in mentions
    ]
    people = [span.slice(text) for span, label in mentions if label == "PERSON"]
    return [
        Entity(
            text=span.slice(text),
            label=label,
            span=span,
            canonical=_short_org(text, span, short_orgs)
            or _canonical(span.slice(text), label, people),
        )
        for span, label in mentions
    ]


def _place_keys(text: str, mentions: list[tuple[Span, str]]) -> set[str]:
    return {canonical_key(span.slice(text)) for span, label in mentions if label in {"GPE", "LOC"}}


def _short_org_names(text: str, mentions: list[tuple[Span, str]]) -> dict[str, tuple[int, str]]:
    """First words of company names, which later stand for the company ("Altamira said" after
    "Altamira Resources"): key → (where the full name ends, the full name). A place's name is
    not one: "Velsk" after the "Velsk Gazette" is still the town."""
    found: dict[str, tuple[int, str]] = {}
    surnames = _surname_keys(text, mentions) | _place_keys(text, mentions)
    for span, label in mentions:
        words = strip_possessive(span.slice(text)).split()
        key = canonical_key(words[0]) if words else ""
        if label == "ORG" and len(words) > 1 and words[0].istitle() and key not in surnames:
            found.setdefault(key, (span.end, " ".join(words)))
    return found


def _short_org(text: str, span: Span, short_orgs: dict[str, tuple[int, str]]) -> str | None:
    """The company a one-word mention after its full name stands for; None if it is none."""
    mention = strip_possessive(span.slice(text))
    known = short_orgs.get(canonical_key(mention)) if " " not in mention else None
    return known[1] if known is not None and known[0] <= span.start else None


def _paragraphs(ent: DocSpan) -> list[DocSpan]:
    """Cut a mention at paragraph breaks: the model sometimes runs one name into the next
    paragraph's first word ("Velsk" + blank line + "Brandvik" as one ORG)."""
    pieces: list[DocSpan] = []
    start = ent.start
    for token in ent:
        if token.is_space and "\n" in token.text:
            if token.i > start:
                pieces.append(SpacySpan(ent.doc, start, token.i, label=ent.label_))
            start = token.i + 1
    if start == ent.start:
        return [ent]
    if start < ent.end:
        pieces.append(SpacySpan(ent.doc, start, ent.end, label=ent.label_))
    return pieces


def _grammar_label(ent: DocSpan) -> str:
    """The label the grammar around a mention gives it where the small model's guess is wrong.

    Unfamiliar names get arbitrary labels: "Koa Brenner" a WORK_OF_ART, "Nadia Cole" an ORG,
    "Kelby Rovers" and "Halvia" a PERSON. The sentence often settles it: a chairman is the
    chairman of a body, a person "of" somewhere is from a place, and a two-word name that speaks
    and is then called "she" is a person.
    """
    label: str = ent.label_
    root = ent.root
    if label in KEPT_LABELS | {"WORK_OF_ART"} and _names_event(ent):
        return "EVENT"  # "the joint Iron Meridian exercise"
    if label == "PERSON" and _names_place(ent):
        return "GPE"  # "in Orsk", "the Kobel crossing", "Norvaland's government"
    if label in _PLACE_SLIP_LABELS and len(ent) == 1 and _modifies_place_noun(ent):
        return "GPE"  # "the Osterby crossing" as an ORG, "the Kobel crossing" as a PRODUCT
    if label == "PERSON" and any(c.dep_ == "det" and c.lower_ in ARTICLES for c in root.children):
        return "ORG"  # "the Gazette has seen": a person's name takes no article
    if label == "PERSON" and root.dep_ == "pobj" and root.head.lower_ == "of":
        owner = root.head.head
        if owner.pos_ == "NOUN" and owner.lemma_.lower() in ROLE_HEADS:
            return "ORG"  # "the chairman of Kelby Rovers"
        if len(ent) == 1 and owner.ent_type_ == "PERSON":
            return "GPE"  # "Lena Darrow of Halvia"
    if label in _PERSON_SLIP_LABELS | {"WORK_OF_ART"} and _speaks_as_person(ent):
        return "PERSON"
    return label


def _names_event(ent: DocSpan) -> bool:
    """A name that an event noun carries: modifying it ("the Iron Meridian drills"), in
    apposition to it ("the joint exercise Iron Meridian") or ending with it."""
    if len(ent) > 1 and _is_event_noun(ent[-1]):
        return True
    # "the joint exercise Iron Meridian will…": the small model often makes the name the
    # subject there, so a singular event noun right before it speaks for the apposition ("the
    # summit Brandvik chaired" is a relative clause: a name of one word or a person is left).
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.tag_ == "NN" and _is_event_noun(before):
        return len(ent) > 1 and ent.label_ != "PERSON"
    # "the Silver Lantern drills", with "drills" read as a verb outside the name: after "the",
    # a name followed by an event word names the event.
    end = ent.end
    while end < len(ent.doc) and ent.doc[end].is_quote:
        end += 1  # 'the "Silver Lantern" exercise'
    after = ent.doc[end] if end < len(ent.doc) else None
    with_article = ent[0].lower_ == "the" or (before is not None and before.lower_ == "the")
    if after is not None and with_article and _is_event_noun(after):
        return True
    root = _first_conjunct(ent.root)
    if root.dep_ in _MODIFIER_DEPS | {"appos"} and root.head.i not in range(ent.start, ent.end):
        return _is_event_noun(root.head)
    return False


def _is_event_noun(token: Token) -> bool:
    # "drills" is sometimes tagged a verb, so the word itself is looked up as well as its lemma.
    return token.lower_ in EVENT_NOUNS or (token.pos_ == "NOUN" and token.lemma_ in EVENT_NOUNS)


def _names_place(ent: DocSpan) -> bool:
    """A name the sentence uses as a place: after a place preposition ("near Velsk"), after
    "to"/"from" with a movement ("troops returned to Dravsk"), modifying a place noun ("the Tarn
    and Mirna crossings"), owning what only a state has ("Norvaland's government"), or in
    apposition to a place noun ("Dravsk, the Karesian capital")."""
    root = _first_conjunct(ent.root)
    head = root.head
    if head.i in range(ent.start, ent.end):
        return False
    if root.dep_ == "pobj":
        preposition, governor = head.lower_, head.head.lemma_.lower()
        moving = governor in MOVEMENT_VERBS
        return (
            preposition in PLACE_PREPOSITIONS
            or (preposition in DIRECTION_PREPOSITIONS and moving)
            or (preposition == "of" and head.head.pos_ == "NOUN" and governor in PLACE_NOUNS)
        )
    noun = head.lemma_.lower()
    if root.dep_ in _MODIFIER_DEPS and head.pos_ == "NOUN":
        return noun in PLACE_NOUNS
    if root.dep_ == "poss":
        return noun in STATE_NOUNS
    if root.dep_ == "appos" and noun in PLACE_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in root.children)


def _modifies_place_noun(ent: DocSpan) -> bool:
    """A one-word name that classifies a place noun: "the Osterby crossing", "the town of Harrow".

    Only this class for names the model calls a body or a product: "at Altamira" can be the
    company, "the Altamira crossing" is a place."""
    root = _first_conjunct(ent.root)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "the border town of Harrow"
    elif head.i in range(ent.start, ent.end) or root.dep_ not in _MODIFIER_DEPS:
        return False
    return head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_NOUNS


def _first_conjunct(token: Token) -> Token:
    """ "Tarn" for "Mirna" in "the Tarn and Mirna crossings": conjuncts share the first's role."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _majority_labels(text: str, mentions: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A name the article mostly labels a place or body keeps that label where the model slipped
    to PERSON ("Norvaland" a GPE four times, then a PERSON); an event's name is one wherever it
    stands ("described Iron Meridian as"); a "nationality" that is elsewhere a place is the
    place. Known people are kept."""
    surnames = _surname_keys(text, mentions)
    labels: dict[str, Counter[str]] = {}
    for span, label in mentions:
        labels.setdefault(canonical_key(strip_possessive(span.slice(text))), Counter())[label] += 1
    repaired = []
    for span, label in mentions:
        key = canonical_key(strip_possessive(span.slice(text)))
        counts = labels[key]
        others = counts - Counter({"PERSON": counts["PERSON"]})
        if key in surnames:
            pass
        elif counts["EVENT"]:
            label = "EVENT"  # a name an event noun carries once is the event's everywhere
        elif label == "PERSON" and others.total() > counts["PERSON"]:
            label = others.most_common(1)[0][0]
        elif label == "NORP" and counts["GPE"]:
            label = "GPE"  # "Norvaland media": the country's name used as an adjective
        repaired.append((span, label))
    return repaired


def _places_are_not_given_names(
    text: str, mentions: list[tuple[Span, str]]
) -> list[tuple[Span, str]]:
    """A "person" whose first word the article names as a place is a body named after it: the
    "Velsk Gazette" of a story set in Velsk."""
    places = _place_keys(text, mentions)
    return [
        (span, "ORG")
        if label == "PERSON"
        and len(words := span.slice(text).split()) > 1
        and canonical_key(words[0]) in places
        else (span, label)
        for span, label in mentions
    ]


def _speaks_as_person(ent: DocSpan) -> bool:
    """A given name and a surname that say something and are then treated as a person: a role
    word right before ("representative Nadia Cole said") or "she"/"his" before anyone else is
    named ("Koa Brenner laughs. … says her knees …")."""
    tokens = list(ent)
    if len(tokens) != 2 or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in tokens):
        return False
    head = tokens[-1].head
    if tokens[-1].dep_ not in {"nsubj", "compound"} or head.i in {t.i for t in tokens}:
        return False
    cue = head.lemma_.lower()
    if cue not in REPORTING_VERBS and cue not in QUOTE_ONLY_CUES:
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.is_lower and before.lemma_.lower() in ROLE_HEADS:
        return True
    return _called_she_or_he(ent)


def _called_she_or_he(ent: DocSpan) -> bool:
    """A personal pronoun follows within a few sentences, before any other person is named."""
    sentences = 0
    for token in ent.doc[ent.end :]:
        if token.is_sent_start:
            sentences += 1
        if sentences > _PRONOUN_REACH or token.ent_type_ == "PERSON":
            return False
        if token.lower_ in GENDERED_PRONOUNS:
            return True
    return False


def _trim(ent: DocSpan, label: str) -> tuple[Span, str] | None:
    """Cut spaCy's usual boundary slips; None when nothing of the mention is left."""
    tokens: list[Token] = list(ent)
    # "Halloran's" and "Forces'" come out of some models with the possessive inside the entity.
    while tokens and (tokens[-1].text in _POSSESSIVE_TOKENS or tokens[-1].is_punct):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if tokens and label in _THE_LABELS and tokens[0].lower_ == "the":
        tokens.pop(0)
        # 'the "Northern Shield" exercise': the quote opens after the article.
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
    # "Defence Minister Ilse Brandvik" or "Mr Brandvik": the title is a role, not the name.
    if label == "PERSON":
        while len(tokens) > 1 and _is_title(tokens[0]):
            tokens.pop(0)
    elif tokens and label in _PERSON_SLIP_LABELS:
        tokens, label = _repair_split_name(tokens, label)
    if not tokens:
        return None
    start = tokens[0].idx
    end = tokens[-1].idx + len(strip_possessive(tokens[-1].text) or tokens[-1].text)
    return Span(start, end), label


def _repair_split_name(tokens: list[Token], label: str) -> tuple[list[Token], str]:
    """Rejoin a given name the model cut off: "Ilse [Brandvik](ORG)" is the person Ilse Brandvik.

    The small English model does this to unfamiliar names at the start of a sentence. The cut-off
    name is a capitalised PROPN compound of the mention, right before it, outside any entity.
    """
    given: list[Token] = []
    token = tokens[0]
    while token.i > 0:
        previous = token.doc[token.i - 1]
        attached = previous.dep_ == "compound" and previous.head.i in {t.i for t in tokens}
        if not (attached and previous.pos_ == "PROPN" and previous.is_title):
            break
        if previous.ent_type_ or _is_title(previous):
            break
        given.insert(0, previous)
        token = previous
    if not given:
        return tokens, label
    return [*given, *tokens], "PERSON"


def _is_title(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return word in HONORIFICS or word in ROLE_WORDS


def _relabel_surnames(text: str, mentions: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Relabel a lone surname of a known person: the small model often tags "Halloran" as a GPE."""
    surnames = _surname_keys(text, mentions)
    return [
        (span, "PERSON" if canonical_key(span.slice(text)) in surnames else label)
        for span, label in mentions
    ]


def _surname_keys(text: str, mentions: list[tuple[Span, str]]) -> set[str]:
    """Keys of the last words of multi-word person names: the surnames a later mention may use."""
    return {
        canonical_key(span.slice(text).split()[-1])
        for span, label in mentions
        if label == "PERSON" and len(span.slice(text).split()) > 1
    }


def _unlabelled_people(doc: Doc, mentions: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Add full names NER missed when the grammar says "person": a speaker or a titled subject.

    The small model often misses an unfamiliar "Ilse Brandvik" at the start of a sentence. Only
    two- or three-word capitalised names that say something or carry a role are taken; a name in
    apposition to a role ("the city's new planning chief, Rosalind Obi") carries that role.
    """
    covered = [span for span, _ in mentions]
    found: list[tuple[Span, str]] = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_:
            continue
        appos_of_role = token.dep_ == "appos" and token.head.lemma_.lower() in ROLE_HEADS
        if token.dep_ not in {"nsubj", "nsubjpass"} and not appos_of_role:
            continue
        given = [t for t in token.lefts if t.dep_ == "compound" and t.i >= token.i - 2]
        if not given or not all(
            t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in given
        ):
            continue
        if given[-1].i != token.i - 1 or any(_is_title(t) for t in given):
            continue
        cue = token.head.lemma_.lower()
        speaks = cue in REPORTING_VERBS or cue in QUOTE_ONLY_CUES
        titled = appos_of_role or any(
            c.dep_ == "appos" and c.lemma_.lower() in ROLE_HEADS for c in token.children
        )
        span = Span(given[0].idx, token.idx + len(token.text))
        if (speaks or titled) and not any(_overlap(span, other) for other in covered):
            found.append((span, "PERSON"))
    return found


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


def _missed_surnames(doc: Doc, mentions: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Add surnames of people named earlier that NER missed ("Brandvik said" with no entity)."""
    surnames = _surname_keys(doc.text, mentions)
    covered = [span for span, _ in mentions]
    found: list[tuple[Span, str]] = []
    for token in doc:
        if token.pos_ != "PROPN" or canonical_key(token.text) not in surnames:
            continue
        span = Span(token.idx, token.idx + len(token.text))
        if not any(_overlap(span, other) for other in covered):
            found.append((span, "PERSON"))
    return found


def _canonical(mention: str, label: str, people: list[str]) -> str:
    """Return the fullest form the article gives the mention; for people, the longest name."""
    name = strip_possessive(mention)
    if label != "PERSON":
        return name
    fuller = [person for person in people if is_short_form(name, person)]
    if not fuller:
        return name
    # The longest full name wins; among equals, the first the article used.
    return max(fuller, key=lambda person: len(person.split()))
