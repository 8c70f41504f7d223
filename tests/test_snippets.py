"""Search snippets mark the words found in whatever form the text uses, around the best stretch."""

from __future__ import annotations

from watchdesk.snippets import ELLIPSIS, WIDTH, snippet


def marked(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [found.text[start:end] for start, end in found.marks]


def test_inflected_forms_are_marked_in_both_alphabets():
    text = "Депутаты спорили о референдуме, а военные продолжали withdrawing the Troops."

    assert marked(snippet(text, "референдум")) == ["референдуме"]
    assert marked(snippet(text, "WITHDRAWAL troop")) == ["withdrawing", "Troops"]


def test_a_form_whose_stem_changes_its_last_letters_is_marked():
    assert marked(snippet("Two ferries were dying out; one ferry remained.", "ferry")) == [
        "ferries",
        "ferry",
    ]
    assert marked(snippet("Ёлкинский мост закрыт.", "елкинского")) == ["Ёлкинский"]


def test_the_stretch_with_most_distinct_words_is_chosen():
    filler = "calm weather over the harbour today " * 30
    text = f"The bridge opened. {filler} The bridge reopened after the referendum vote. {filler}"

    found = snippet(text, "bridge referendum")

    assert sorted(set(marked(found))) == ["bridge", "referendum"]
    assert found.text.startswith(ELLIPSIS)
    assert found.text.endswith(ELLIPSIS)
    assert len(found.text) <= WIDTH + 2 * len(ELLIPSIS)


def test_pieces_cut_the_text_at_the_marks_and_keep_markup_as_text():
    found = snippet("<b>Vote</b> on the referendum <script>x</script>", "referendum")

    assert found.pieces() == [
        ("<b>Vote</b> on the ", False),
        ("referendum", True),
        (" <script>x</script>", False),
    ]


def test_no_word_found_gives_the_start_of_the_text_unmarked():
    found = snippet("A quiet day at the border.", "referendum")

    assert found.text == "A quiet day at the border."
    assert found.marks == ()
