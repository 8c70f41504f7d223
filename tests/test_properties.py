"""Properties that hold for any input: extraction fails only with InputError; spans slice back."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from watchdesk.errors import InputError
from watchdesk.extract.article import extract_article
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import annotate
from watchdesk.records import Article, RawDocument

PARSER = Parser()  # module level: hypothesis re-runs the test body, the model loads once


@settings(max_examples=150, deadline=None)
@given(
    content=st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=2000).map(str.encode),
        st.text(max_size=500).map(lambda t: f"<html><body><p>{t}</p></body></html>".encode()),
    ),
    content_type=st.sampled_from(["text/html", "text/plain"]),
)
def test_extraction_never_fails_with_anything_but_an_input_error(content, content_type):
    raw = RawDocument(
        uri="file:///fuzz.html",
        content=content,
        content_type=content_type,
        fetched_at=datetime(2026, 2, 20, tzinfo=UTC),
    )
    try:
        outcome = extract_article(raw).text
    except InputError as exc:
        outcome = str(exc)  # the one-line message a user would see
        assert outcome.startswith("/fuzz.html: ")
    assert outcome.strip()
    assert "\n" not in outcome or not outcome.startswith("/fuzz.html: ")


NAMES = ["Ilse Brandvik", "Aldis Varro", "Maeve Halloran", "the defence ministry", "residents"]
CUES = ["said", "warned", "denied", "told reporters", "claimed", "added"]
CLAIMS = [
    "the crossings will reopen on Monday",
    "some 4,500 soldiers remain about 60 miles from the capital",
    "no date has been set for the withdrawal",
    "the drills run from January 19 to February 8",
    "talks may resume within two weeks",
    "37 tanks crossed the border last Thursday",
]
SENTENCE = st.one_of(
    st.builds(
        lambda n, c, x: f"{n[0].upper()}{n[1:]} {c} that {x}.",
        *map(st.sampled_from, (NAMES, CUES, CLAIMS)),
    ),
    st.builds(
        lambda n, c, x: f'"{x[0].upper()}{x[1:]}," {n} {c}.',
        *map(st.sampled_from, (NAMES, CUES, CLAIMS)),
    ),
    st.builds(lambda n, x: f"According to {n}, {x}.", *map(st.sampled_from, (NAMES, CLAIMS))),
    st.builds(lambda x: f"{x[0].upper()}{x[1:]}.", st.sampled_from(CLAIMS)),
    st.builds(lambda c: f'She {c}: "We are not leaving."', st.sampled_from(CUES)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(st.lists(SENTENCE, min_size=1, max_size=4), min_size=1, max_size=3))
def test_every_annotation_span_slices_back_to_its_text(paragraphs):
    text = "\n\n".join(" ".join(sentences) for sentences in paragraphs)
    article = Article(url="t", title="t", text=text, language="en", published=date(2026, 2, 20))

    result = annotate(article, PARSER)

    for annotation in (*result.entities, *result.quantities, *result.times):
        assert annotation.span.slice(text) == annotation.text
    for statement in result.statements:
        assert statement.span.slice(text) == statement.content
        assert statement.speaker
        assert statement.speaker in statement.speakers
    for commitment in result.commitments:
        assert 0 <= commitment.statement < len(result.statements)
