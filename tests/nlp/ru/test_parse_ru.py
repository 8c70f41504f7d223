"""The Russian parse stays bounded on text with no sentence ends (lists, tables)."""

from __future__ import annotations

from watchdesk.nlp.ru.parse import MAX_SENTENCE_TOKENS, parse_ru


def test_a_list_with_no_sentence_ends_is_parsed_in_pieces_of_bounded_length():
    # 1,200 tokens with no full stop: one 'sentence' to the segmenter, a list in truth. The syntax
    # parser's cost grows with the square of a sentence's length, so it must see pieces.
    text = " ".join(f"отчёт_{n}.txt сводка_{n}.txt" for n in range(600))

    doc = parse_ru(text)

    assert max(len(sent.tokens) for sent in doc.sents) <= MAX_SENTENCE_TOKENS
    assert sum(len(sent.tokens) for sent in doc.sents) == len(doc.tokens)
    assert all(token.head_id is not None for token in doc.tokens)
    assert all(text[s.start : s.stop] == s.text for s in doc.sents)


def test_ordinary_sentences_are_left_whole():
    doc = parse_ru("Министр заявил, что войска покинут город. Мэр возразил ему.")

    assert [sent.text for sent in doc.sents] == [
        "Министр заявил, что войска покинут город.",
        "Мэр возразил ему.",
    ]


def test_a_word_in_letters_without_a_unicode_name_is_kept_as_it_is():
    # Found by benchmarks/fuzz.py: pymorphy2 reads each letter's Unicode name to tell Latin words,
    # and Python 3.11 names no Tangut letter, so lemmatising one raised ValueError.
    tangut = "\U00017320\U00017321"
    doc = parse_ru(f"Министр {tangut} заявил, что войска покинут город.")

    word = next(token for token in doc.tokens if token.text == tangut)
    assert word.lemma == tangut
    assert next(token for token in doc.tokens if token.text == "заявил").lemma == "заявить"
