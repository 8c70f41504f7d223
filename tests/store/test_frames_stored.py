"""The store keeps each statement's frame, so that linking, which reads stored records, has it."""

from __future__ import annotations

from dataclasses import replace

from watchdesk.records import Frame


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
