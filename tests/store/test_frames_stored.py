"""The store keeps each statement's frame, so that linking, which reads stored records, has it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from watchdesk.records import Frame, LinkedStatement
from watchdesk.store.analysis import LinkedRow


def test_a_statements_frame_reads_back_and_a_missing_one_stays_missing(
    store, make_raw, make_processed
):
    processed = make_processed()
    leaving = Frame("leave", negated=True, subject="soldier", objects=("border crossing",))
    framed = (replace(processed.statements[0], frame=leaving), processed.statements[1])
    document_id, _ = store.add_document(make_raw())

    stored = store.article(store.save_article(document_id, replace(processed, statements=framed)))

    assert stored is not None
    assert [s.frame for s in stored.processed.statements] == [leaving, None]


def test_a_linked_candidate_keeps_its_frame(store, make_raw, make_processed):
    # Rules that compare a new statement with stored candidates read the frame on both sides.
    leaving = Frame("leave", negated=False, subject="soldier", objects=())
    document_id, _ = store.add_document(make_raw())
    article_id = store.save_article(document_id, make_processed())
    framed = LinkedStatement(
        key="framed",
        speaker="Ilse Brandvik",
        speaker_key="ilse brandvik",
        content="The soldiers will leave",
        language="en",
        published=date(2026, 2, 1),
        article_url="https://news.example/framed",
        topics=("c:troops",),
        frame=leaving,
    )
    bare = replace(framed, key="bare", frame=None)
    store.save_linked(article_id, [LinkedRow(framed, 0), LinkedRow(bare, 1)])

    found = store.link_candidates(
        ["c:troops"], around=date(2026, 2, 2), window_days=7, exclude_article=-1
    )

    assert {s.key: s.frame for s in found} == {"framed": leaving, "bare": None}
