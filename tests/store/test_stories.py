"""The store keeps each site's learned boilerplate and groups copies of one story."""

from __future__ import annotations

from dataclasses import replace


def _saved(store, make_raw, make_processed, url: str) -> int:
    document_id, _ = store.add_document(make_raw(uri=url))
    processed = make_processed()
    return store.save_article(
        document_id, replace(processed, article=replace(processed.article, url=url))
    )


def test_documents_remember_their_site(store, make_raw):
    store.add_document(make_raw(uri="https://www.northgate.example/a"))
    store.add_document(make_raw(uri="https://northgate.example/b"))
    store.add_document(make_raw(uri="https://northgate.example/b", body="<p>new version</p>"))

    assert store.site_page_count("northgate.example") == 2  # distinct URLs, not versions
    assert len(store.site_pages("northgate.example")) == 2
    assert store.site_pages("northgate.example")[0] == b"<p>new version</p>"  # newest first


def test_boilerplate_model_is_saved_and_replaced(store):
    assert store.boilerplate("northgate.example") is None

    store.save_boilerplate("northgate.example", '{"v": 1}', 3)
    store.save_boilerplate("northgate.example", '{"v": 2}', 6)

    assert store.boilerplate("northgate.example") == ('{"v": 2}', 6)


def test_candidates_come_from_shared_band_keys_or_urls(store, make_raw, make_processed):
    wire = _saved(store, make_raw, make_processed, "https://wire.example/1")
    herald = _saved(store, make_raw, make_processed, "https://herald.example/1")
    other = _saved(store, make_raw, make_processed, "https://other.example/1")
    store.save_signature(wire, b"w", ["0:aa", "1:bb"])
    store.save_signature(herald, b"h", ["0:zz", "1:yy"])
    store.save_signature(other, b"o", ["0:cc", "1:dd"])

    by_band = store.story_candidates(999, ["1:bb", "5:qq"], [])
    by_url = store.story_candidates(999, [], ["https://herald.example/1"])

    assert [c.article_id for c in by_band] == [wire]
    assert by_band[0].signature == b"w"
    assert [c.article_id for c in by_url] == [herald]


def test_joining_stories_merges_groups_and_keeps_evidence(store, make_raw, make_processed):
    a, b, c, d = (
        _saved(store, make_raw, make_processed, f"https://site{i}.example/x") for i in range(4)
    )
    first = store.join_story(b, [a], a, ["copy of #1"])
    second = store.join_story(d, [c], c, ["copy of #3"])

    merged = store.join_story(c, [b], a, ["canonical link to #1"])

    assert merged == min(first, second)
    story = store.story(d)
    assert story is not None
    assert story.members[0].id == a  # the original first
    assert {ref.id for ref in story.members} == {a, b, c, d}
    assert story.evidence == ("copy of #1", "copy of #3", "canonical link to #1")
    assert store.story(a).id == merged


def test_members_of_a_candidates_story_come_along(store, make_raw, make_processed):
    a, b = (_saved(store, make_raw, make_processed, f"https://s{i}.example/x") for i in range(2))
    store.save_signature(a, b"a", ["0:aa"])
    store.save_signature(b, b"b", ["0:bb"])
    store.join_story(b, [a], a, ["copy"])

    assert {c.article_id for c in store.story_candidates(999, ["0:aa"], [])} == {a, b}


def test_article_without_story_has_none(store, make_raw, make_processed):
    assert store.story(_saved(store, make_raw, make_processed, "https://x.example/1")) is None
