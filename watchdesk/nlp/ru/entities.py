"""Stage 3 for Russian: named entities with canonical, nominative names.

natasha's NER gives PER, ORG and LOC spans. Two slips are repaired here, both common with names
the model has not seen: a place in the genitive glued to the person after it («министр обороны
Карезии Альдис Варро» → PER «Карезии Альдис Варро»), and that place tagged PER on its own. Each
mention then gets the fullest nominative name the article gives it: «Брандвик» in any case →
«Ильзе Брандвик» once she has been named in full.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import Any

from watchdesk.nlp.ru.lexicon import ORG_PLACES
from watchdesk.nlp.ru.lexicon_entities import LANDFORMS, PLACE_CLASSIFIERS
from watchdesk.records import Entity, Span

# A patronymic in any case: «Николаевич», «Николаевичем», «Ивановну», «Ильиничной».
_PATRONYMIC = re.compile(r"(?:вич|вн|ичн)(?:а|у|ем|е|ом|ой|ы)?$")
# The endings a place name takes in the genitive after a title: «Карезии», «Норваланда», «Литвы».
_GENITIVE_END = re.compile(r"[аяыи]$")
# Case endings stripped before surnames are compared: «Петрову», «Петровым» → «петров».
_ENDINGS = (
    "ыми", "ими", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ым", "им", "ую", "ая"
)  # fmt: skip
_SHORT_ENDINGS = ("а", "у", "е", "ы", "и", "ю", "я")
_MIN_STEM = 3


def find_entities_ru(doc: Any) -> list[Entity]:
    """Return the article's PERSON, ORG, GPE and LOC mentions in text order, canonical names set."""
    text: str = doc.text
    mentions: list[tuple[Span, str, str]] = []  # span, label, nominative form
    for span in doc.spans:
        mentions.extend(_repair(span, _opens_sentence(text, span.start)))
    mentions = _places_before_names(sorted(mentions), text)
    apposed, attributes = _place_positions(doc, mentions)
    mentions = [
        # «министр обороны Норваланда», «МВД Норваланда»: a name right after a noun, not in
        # apposition, is its genitive attribute; a masculine genitive «-а» drops.
        (span, label, _place_name(span.slice(text)))
        if at in attributes and _place_name(span.slice(text)) != span.slice(text)
        else (span, label, n)
        for at, (span, label, n) in enumerate(mentions)
    ]
    mentions = _place_names(mentions, text, apposed)
    guesses: dict[str, Counter[str]] = {}
    for _, label, normal in mentions:
        if label in {"GPE", "LOC"}:
            guesses.setdefault(_key(normal), Counter())[normal] += 1
    # One name per place; where the guesses still differ, the shortest («Норваланд», not
    # «Норваланда»: a nominative carries no case ending), then the most frequent.
    places = {
        key: min(counts, key=lambda name: (len(name), -counts[name]))
        for key, counts in guesses.items()
    }
    # A lone «Карезии» tagged PER is the place named elsewhere in the article, unless the
    # article names it a person more often than a place («Фауст» four times, once a «place»).
    # A person-tagged word right after a noun («МВД Норваланда») is no evidence of a person.
    previous = {token.stop: token for token in doc.tokens}
    persons = Counter(
        _key(normal)
        for span, label, normal in mentions
        if label == "PERSON" and not _noun_before(previous, text, span)
    )
    mentions = sorted(
        (
            (span, "GPE" if label == "PERSON" else label, places[_key(normal)])
            if _key(normal) in places
            and (label in {"GPE", "LOC"} or persons[_key(normal)] <= guesses[_key(normal)].total())
            else (span, label, normal)
        )
        for span, label, normal in mentions
    )
    people = [(span.start, normal) for span, label, normal in mentions if label == "PERSON"]
    return [
        Entity(
            text=span.slice(text),
            label=label,
            span=span,
            canonical=_fullest(normal, span.start, people) if label == "PERSON" else normal,
        )
        for span, label, normal in mentions
    ]


def _repair(span: Any, opens_sentence: bool) -> list[tuple[Span, str, str]]:
    """Map natasha's labels and split a place off the front of a three-word person."""
    tokens = list(span.tokens)
    if span.type == "PER":
        if len(tokens) >= 3 and _plain_names(tokens):
            # Russian full names are given name (+ patronymic) + surname; a third word without a
            # patronymic is the place or organisation the title before it belongs to — or, at
            # a sentence's start, the title itself, capitalised («Лоцман Пётр Орлов сказал»).
            # Names of three words exist too («Нильс Ове Карлсен», «Ли Мин Хо»): inside a
            # sentence only a first word in the genitive is taken for the title's place.
            head = tokens[0] if len(tokens) % 2 else None
            if head is not None and not opens_sentence and not _GENITIVE_END.search(head.text):
                head = None
            named = _people(tokens[1:] if head is not None else tokens)
            if opens_sentence or head is None:
                return named
            return [(Span(head.start, head.stop), "GPE", _place_after_title(head)), *named]
        return [(Span(span.start, span.stop), "PERSON", _person_normal(tokens, span.normal))]
    if span.type == "ORG":
        return [(Span(span.start, span.stop), "ORG", _normal(span, tokens))]
    if _normal(span, tokens).lower() in ORG_PLACES:
        return [(Span(span.start, span.stop), "ORG", _normal(span, tokens))]
    # Places that are features of the land stay LOC; every other place is a political unit.
    label = "LOC" if any(t.lemma in LANDFORMS for t in tokens) else "GPE"
    return [(Span(span.start, span.stop), label, _normal(span, tokens))]


def _plain_names(tokens: list[Any]) -> bool:
    """Capitalised words only, no patronymic: a span whose words could be split into names.

    Initials («В.П. Сомовым»), a patronymic in any case, punctuation and lower-case particles
    («Анна Мария де Вальд») mark one person's full name, which natasha's span already is.
    """
    return all(
        token.text[:1].isupper()
        and token.text.replace("-", "").isalpha()
        and len(token.text) > 1
        and not _PATRONYMIC.search(token.text.lower())
        for token in tokens
    )


def _people(tokens: list[Any]) -> list[tuple[Span, str, str]]:
    """Two-word names side by side: «Карлы Монтеро Диего Фуэнтес» is a spokesman (Диего
    Фуэнтес) after the president whose spokesman he is; natasha tags both as one person."""
    pairs = (
        [tokens[at : at + 2] for at in range(0, len(tokens), 2)] if len(tokens) > 3 else [tokens]
    )
    return [(Span(p[0].start, p[-1].stop), "PERSON", _person_normal(p)) for p in pairs]


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(' \t«„"—–-')
    return not before or before[-1] in ".!?…\n"


def _places_before_names(
    mentions: list[tuple[Span, str, str]], text: str
) -> list[tuple[Span, str, str]]:
    """A one-word «person» right before another is the place of the title before both.

    natasha sometimes tags «Премьер-министр Норваланда Анне Сульберг» as two people; names do
    not stand side by side, so the first is the genitive place the title belongs to.
    """
    repaired = list(mentions)
    glued = {
        at
        for at, ((span, label, _), (following, next_label, _)) in enumerate(pairwise(mentions))
        if label == next_label == "PERSON"
        and " " not in span.slice(text)
        and text[span.end : following.start] == " "
    }
    # A person in the genitive stands there too («вдова Мерхеля Дарья Ломова», «советник
    # Карлсена Ян Берг»); such a name is a person elsewhere in the article, with no name after.
    elsewhere = {
        _key(normal)
        for at, (_, label, normal) in enumerate(mentions)
        if label == "PERSON" and at not in glued
    }
    for at in glued:
        span, _, normal = mentions[at]
        if _key(normal) not in elsewhere:
            repaired[at] = (span, "GPE", _place_name(span.slice(text)))
    return repaired


def _noun_before(previous: dict[int, Any], text: str, span: Span) -> bool:
    """Whether the word right before the span is a noun or an abbreviation («МВД»)."""
    gap = len(text[: span.start]) - len(text[: span.start].rstrip())
    token = previous.get(span.start - gap) if gap else None
    return token is not None and (token.pos == "NOUN" or token.text.isupper())


def _place_positions(doc: Any, mentions: list[tuple[Span, str, str]]) -> tuple[set[int], set[int]]:
    """Places in apposition to a classifying noun, and places that are a noun's attribute.

    «на полигоне Лисма», «жителей деревень Куру и Лисма», «пунктах пропуска Вельск, Тарн и
    Мирна»: the classifying noun takes the case, the name stays in the nominative, and its
    lemma is a wrong guess («Лисм», «Кура»). After any other noun a one-word name is in the
    genitive («обороны Норваланда», «МВД Норваланда»).
    """
    tokens = doc.tokens
    at_start = {token.start: i for i, token in enumerate(tokens)}
    apposed, attributes = set(), set()
    for at, (span, label, _) in enumerate(mentions):
        i = at_start.get(span.start)
        if label not in {"GPE", "LOC"} or i is None:
            continue
        one_word = " " not in span.slice(doc.text)
        i -= 1
        # Back over the other names of a list: «Вельск, Тарн и Мирна».
        while i >= 0 and (tokens[i].text in {",", "и", "или"} or tokens[i].text[:1].isupper()):
            if tokens[i].text.isupper() and len(tokens[i].text) > 1:
                break  # an abbreviation («МВД») is the noun the name belongs to
            i -= 1
        if i < 0:
            continue
        noun = tokens[i]
        if noun.text.islower() and noun.lemma in PLACE_CLASSIFIERS:
            apposed.add(at)
        elif one_word and (noun.pos == "NOUN" or noun.text.isupper()):
            attributes.add(at)
    return apposed, attributes


def _place_names(
    mentions: list[tuple[Span, str, str]], text: str, apposed: set[int]
) -> list[tuple[Span, str, str]]:
    """One nominative per place in the article where the article itself writes it.

    Each mention's nominative is a guess from its ending, and mentions of one place can guess
    differently («Норваланда» → «Норваланд», but «Норваланд» → «Норваланда»). A guess that the
    article also writes, made from another form, or a written form the others only extend, is
    the name for every mention of the place; among several, the shortest (a nominative carries
    no case ending). A form in apposition to a classifying noun (`apposed`) is the nominative.
    """
    groups: dict[str, list[int]] = {}
    for at, (span, label, _) in enumerate(mentions):
        if label in {"GPE", "LOC"}:
            groups.setdefault(_key(span.slice(text)), []).append(at)
    chosen: dict[int, str] = {}
    for members in groups.values():
        written = {mentions[at][0].slice(text) for at in members}
        nominative = sorted(mentions[at][0].slice(text) for at in members if at in apposed)
        if nominative:
            chosen.update(dict.fromkeys(members, nominative[0]))
            continue
        attested = {
            guess
            for at in members
            if (guess := mentions[at][2]) in written and guess != mentions[at][0].slice(text)
        }
        # «Торвиск» beside «Торвиска» and «Торвиске»: a written form that the others only
        # extend is the bare stem, the nominative of a place whose name ends in a consonant.
        bare = min(written, key=len)
        if len(written) > 1 and all(w.startswith(bare) for w in written):
            attested.add(bare)
        if attested:
            chosen.update(dict.fromkeys(members, min(attested, key=len)))
    return [
        (span, label, chosen.get(at, normal)) for at, (span, label, normal) in enumerate(mentions)
    ]


def _place_name(written: str) -> str:
    """«Норваланда» → «Норваланд»: a masculine genitive «-а» after a consonant drops."""
    if re.search(r"[бвгджзклмнпрстфхцчшщ]а$", written):
        return written[:-1]
    return written


def _normal(span: Any, tokens: list[Any]) -> str:
    """The span's nominative form; for one unknown word the lemma does better than natasha."""
    normal = str(span.normal or span.text)
    if len(tokens) == 1 and normal == span.text:
        lemma = _lemma_name(tokens)
        # A lemma longer than the word is another part of speech («Мирна» → «мирный», «is
        # peaceful»): a name's nominative is no longer than its oblique forms.
        return lemma if len(lemma) <= len(span.text) else span.text
    return normal


def _person_normal(tokens: list[Any], normal: str | None = None) -> str:
    """A person's name in the nominative, word by word.

    A name is inflected as a whole, so its words share one case; only when the tagger saw none
    of them in the nominative is the name put in the nominative. Then natasha's normaliser
    (`normal`, for the whole span), which knows real names, gives the word («Елены Маровской» →
    «Елена Маровская»); where it kept the word, the morph lemma is taken if it is a plain cut of
    it (an unknown name's lemma can be another word: «Брандвик» → «брандвика»). A word in the
    nominative beside one in another case means a misread word («Марта Киви» read as «of
    March»): the name is kept as written.
    """
    normals = str(normal or "").split()
    if len(normals) != len(tokens):
        normals = [str(t.text) for t in tokens]
    agreed_oblique = all(t.feats.get("Case", "Nom") != "Nom" for t in tokens)
    words: list[str] = []
    for at, token in enumerate(tokens):
        lemma = str(token.lemma or token.text)
        shorter = len(lemma) < len(token.text) and token.text.lower().startswith(lemma[:-1])
        # Initials keep their written spacing: «В.П. Сомов», not «В . П . Сомов».
        if at and token.start > tokens[at - 1].stop:
            words.append(" ")
        if agreed_oblique and normals[at] != token.text:
            words.append(_shape(normals[at], token.text))
        elif agreed_oblique and shorter:
            words.append(_shape(lemma, token.text))
        else:
            words.append(token.text)
    return "".join(words)


def _place_after_title(token: Any) -> str:
    """The nominative of a place that follows a title, so in the genitive: «Норваланда».

    The tagger rarely knows an unfamiliar name's case; after a title it is the genitive, and a
    masculine genitive «-а» after a consonant drops to give the nominative («Норваланд»).
    """
    lemma = _lemma_name([token])
    return _place_name(lemma) if lemma.lower() == token.text.lower() else lemma


def _lemma_name(tokens: list[Any]) -> str:
    return " ".join(_shape(str(t.lemma or t.text), t.text) for t in tokens)


def _shape(lemma: str, written: str) -> str:
    """Give the lemma the written word's capitals: «карезия» + «КАРЕЗИИ» → «Карезия»."""
    if written.isupper() and len(written) > 1:
        return lemma.upper()
    if written[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in lemma.split("-"))
    return lemma


def _fullest(normal: str, at: int, people: list[tuple[int, str]]) -> str:
    """The longest name in the article that ends with this one's surname and agrees with it.

    Among equally full names the nearest one named before wins («Петрова» after «Сергей
    Петров» is Sergei, even if an «Иван Петров» came earlier); failing that, the first after.
    """
    words = normal.split()
    best = normal
    before = sorted((p for p in people if p[0] <= at), key=lambda p: -p[0])
    after = [p for p in people if p[0] > at]
    for _, other in (*before, *after):
        other_words = other.split()
        if len(other_words) <= len(best.split()):
            continue
        if stem(other_words[-1]) != stem(words[-1]):
            continue
        # «Иван Петров» is not «Сергей Петров»: given names, where both have them, must agree.
        if len(words) > 1 and stem(words[0]) != stem(other_words[0]):
            continue
        best = other
    return best


def stem(word: str) -> str:
    """A Russian name word without its case ending, for matching across cases."""
    lower = word.lower().replace("ё", "е")
    for ending in (*_ENDINGS, *_SHORT_ENDINGS):
        if lower.endswith(ending) and len(lower) - len(ending) >= _MIN_STEM:
            return lower[: -len(ending)]
    return lower


def _key(name: str) -> str:
    return " ".join(stem(word) for word in name.split())
