"""The pipeline end to end: stages in order, raw input kept first, bad items never stop a run."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from watchdesk.errors import EmptyDocument
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import PIPELINE_VERSION, annotate, ingest, process, reprocess
from watchdesk.records import Article, RawDocument

PAGE = """<html><head><title>Troops stay</title>
<meta property="article:published_time" content="2026-02-20T08:00:00Z"></head><body><article>
<h1>Troops stay</h1>
<p>The Karesian contingent will remain in Norvaland until March 3, the defence ministry said in a
statement on Friday.</p>
<p>"We will withdraw once the drills are over," said General Oskar Lehtonen, the commander of
the contingent. He added that some 4,500 soldiers were still deployed about 60 miles from the
capital.</p>
</article></body></html>"""


def raw_page(uri: str = "https://northgate.example/troops", body: str = PAGE) -> RawDocument:
    return RawDocument(
        uri=uri,
        content=body.encode(),
        content_type="text/html",
        fetched_at=datetime(2026, 2, 20, tzinfo=UTC),
    )


def test_process_runs_every_stage_with_spans_into_the_text(parser):
    result = process(raw_page(), parser)
    text = result.article.text

    assert result.pipeline_version == PIPELINE_VERSION
    assert result.statements
    assert result.entities
    assert result.times
    assert result.quantities
    for annotation in (*result.entities, *result.quantities, *result.times):
        assert annotation.span.slice(text) == annotation.text
    for statement in result.statements:
        assert statement.span.slice(text) == statement.content


def test_process_links_a_promise_to_its_speaker_and_date(parser):
    result = process(raw_page(), parser)

    speakers = {s.speaker for s in result.statements}
    assert "Oskar Lehtonen" in speakers
    assert "2026-03-03" in {c.due for c in result.commitments}


def test_unsupported_language_is_kept_unannotated_with_a_warning():
    article = Article(url="x", title="Titel", text="Die Truppen bleiben.", language="de")

    result = annotate(article, Parser())

    assert result.article == article
    assert result.statements == ()
    assert "no annotator for language 'de'" in result.warnings[0]


def test_ingest_stores_raw_input_before_processing_and_records_failures(store, parser):
    bad = raw_page("https://northgate.example/blank", "<html><body><nav>Home</nav></body></html>")

    report = ingest([raw_page(), bad], store, parser)

    assert report.stored == 1
    assert len(report.errors) == 1
    assert "blank" in report.errors[0]
    assert store.counts()["documents"] == 2  # the failed page's bytes are kept for a re-run
    assert [uri for uri, _ in store.failed_documents()] == ["https://northgate.example/blank"]


def test_ingest_passes_input_errors_through_and_goes_on(store, parser):
    report = ingest([EmptyDocument("empty.txt"), raw_page()], store, parser)

    assert report.errors == ["empty.txt: empty document"]
    assert report.stored == 1


def test_rerun_skips_documents_this_pipeline_version_already_made(store, parser):
    ingest([raw_page()], store, parser)

    again = ingest([raw_page()], store, parser)

    assert (again.stored, again.unchanged) == (0, 1)
    assert store.counts()["articles"] == 1


class _FailsOnce(Parser):
    """A parser whose first parse crashes, as a library bug on one odd page would."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def parse(self, article):
        self.calls += 1
        if self.calls == 1:
            raise RuntimeError("tokenizer exploded")
        return super().parse(article)


def test_a_crash_in_one_document_is_recorded_and_the_run_goes_on(store):
    failing = _FailsOnce()
    first, second = raw_page("https://a.example/1"), raw_page("https://b.example/2")

    report = ingest([first, second], store, failing)

    assert report.stored == 1
    assert report.errors == [
        "https://a.example/1: processing failed (RuntimeError: tokenizer exploded)"
    ]
    retry = ingest([first], store, failing)  # the raw page was kept: a re-run recovers it
    assert retry.stored == 1
    assert store.failed_documents() == []


@pytest.mark.parametrize("language", ["en"])
def test_parser_loads_each_language_once(language):
    parser = Parser()

    assert parser.pipeline(language) is parser.pipeline(language)


def test_reprocess_reannotates_only_older_versions_and_keeps_article_ids(store, parser):
    ingest([raw_page("https://a.example/1"), raw_page("https://b.example/2")], store, parser)
    old = {a.id for a in store.articles()}
    document_id = store.article(min(old)).document_id
    processed = store.article(min(old)).processed
    store.save_article(document_id, replace(processed, pipeline_version="0.0.1"))

    report = reprocess(store, parser)

    assert report.stored == 1
    assert {a.id for a in store.articles()} == old
    assert store.pipeline_version(document_id) == PIPELINE_VERSION
    assert reprocess(store, parser).stored == 0  # resumable: done documents are not redone


def test_reprocess_filters_by_source(store, parser):
    ingest([replace(raw_page(), source="Northgate Herald")], store, parser)
    stored = store.article(store.articles()[0].id)
    store.save_article(stored.document_id, replace(stored.processed, pipeline_version="old"))

    assert reprocess(store, parser, source="Velsk Gazette").stored == 0
    assert reprocess(store, parser, source="Northgate Herald").stored == 1


BIO = "Tove Lind covers defence for the Northgate Herald. Write to her at tips@herald.example."
SUBSCRIBE = "Get the Morning Briefing: our editors' pick of the day, every weekday at 7am."


def _herald_page(slug: str, body: str) -> RawDocument:
    page = f"""<html><head><title>{slug}</title></head><body><article><h1>{slug}</h1>
    <p>{body}</p><p>{SUBSCRIBE}</p><p>The story continues with more reporting on {slug}.</p>
    <p>{BIO}</p></article></body></html>"""
    return raw_page(f"https://northgate.example/{slug}", page)


def test_a_sites_repeated_blocks_are_learned_and_removed_from_all_its_articles(store, parser):
    stories = [
        ("crossings", "The interior ministry said the crossings would reopen on Monday."),
        ("troops", "Some 4,500 Karesian soldiers remain near Lisma, the ministry said."),
        ("referendum", "The president called a referendum for March 14 on the defence pact."),
    ]

    report = ingest([_herald_page(slug, body) for slug, body in stories], store, parser)

    assert report.stored == 3
    assert report.refreshed >= 2  # the pages stored before the site was learned were cleaned
    for ref in store.articles():
        text = store.article(ref.id).processed.article.text
        assert BIO not in text
        assert SUBSCRIBE not in text
        assert "continues with more reporting" in text


def test_a_reprint_joins_the_original_story(store, parser):
    original = raw_page("https://wire.example/troops")
    reprint_html = PAGE.replace(
        "<head>", '<head><link rel="canonical" href="https://wire.example/troops">'
    )
    reprint = raw_page("https://herald.example/troops", reprint_html)

    ingest([original, reprint], store, parser)

    ids = {ref.url: ref.id for ref in store.articles()}
    story = store.story(ids["https://herald.example/troops"])
    assert story is not None
    assert story.canonical_id == ids["https://wire.example/troops"]
    assert {ref.id for ref in story.members} == set(ids.values())


# -- working ahead, one transaction per article, run records (issue 12) -------------------------


def _linked_view(store):
    """What the run made: statements with their speakers, question sizes and conflict flags."""
    statements = sorted((s.statement.speaker, s.statement.content) for s in store.statements())
    sizes = sorted(q.size for q in store.questions())
    return statements, sizes, sorted(c.conflict.kind for c in store.conflicts())


def test_working_ahead_stores_what_an_in_order_run_stores(store_url, tmp_path, parser):
    from watchdesk.lookahead import Lookahead
    from watchdesk.pipeline import InProcess
    from watchdesk.store import open_store

    pages = [
        _herald_page("crossings", "The interior ministry said the crossings would reopen."),
        raw_page("https://wire.example/troops"),
        _herald_page("troops", "Some 4,500 soldiers remain near Lisma, the ministry said."),
        _herald_page("referendum", "The president called a referendum for March 14."),
    ]
    in_order = open_store(f"sqlite:///{tmp_path}/in-order.db")
    ingest(pages, in_order, parser)

    ahead = open_store(store_url)
    with Lookahead([InProcess(parser), InProcess(parser)]) as lookahead:
        report = ingest(pages, ahead, lookahead)

    try:
        assert report.stored == 4
        assert report.refreshed >= 2  # a site learned meanwhile: its pages are done again, in order
        assert _linked_view(ahead) == _linked_view(in_order)
        assert [a.url for a in ahead.articles()] == [a.url for a in in_order.articles()]
    finally:
        ahead.close()
        in_order.close()


def test_a_run_is_recorded_with_the_time_of_each_stage(store, parser):
    ingest([raw_page("https://a.example/1"), EmptyDocument("empty.txt")], store, parser)

    run = store.last_run()

    assert run is not None
    assert (run.command, run.documents, run.stored, run.failed) == ("ingest", 2, 1, 1)
    assert list(run.stages) == ["annotate", "store", "stories", "link", "boilerplate"]
    assert run.stages["annotate"] > 0
    assert run.seconds >= sum(run.stages.values()) - 0.01


def test_a_run_that_did_nothing_leaves_no_record(store, parser):
    ingest([raw_page()], store, parser)
    first = store.last_run()

    ingest([raw_page()], store, parser)  # unchanged: a quiet poll of `watch` looks like this

    assert store.last_run() == first


def test_an_article_and_its_links_are_stored_together_or_not_at_all(store, parser, monkeypatch):
    import watchdesk.pipeline as pipeline

    def story_fails(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline, "_group_story", story_fails)

    with pytest.raises(RuntimeError):
        ingest([raw_page()], store, parser)

    counts = store.counts()
    assert counts["documents"] == 1  # the raw bytes were stored first, in their own transaction
    assert counts["articles"] == 0
    assert counts["statements"] == 0


def test_a_page_worked_ahead_stands_when_the_blocks_learned_since_are_none_of_its_own():
    # Stripping is by paragraph: a model that only adds blocks the page does not keep strips
    # the page as the model it was worked with did, so the page is not done again.
    from watchdesk.extract.boilerplate import BoilerplateModel, block_fingerprint
    from watchdesk.pipeline import _unaffected

    def model(*blocks: str) -> BoilerplateModel:
        return BoilerplateModel("herald", frozenset(block_fingerprint(b) for b in blocks))

    article = Article(
        "https://h.example/a", "A", "The vote is on Sunday.\n\nTurnout was low.", "en"
    )
    before = model("Share this story")

    assert _unaffected(article, before, model("Share this story", "Subscribe to our letters"))
    assert _unaffected(article, None, model("Subscribe to our letters"))
    assert not _unaffected(article, before, model("Share this story", "Turnout was low."))
    assert not _unaffected(article, before, model("Subscribe to our letters"))  # one dropped
    credited = replace(article, syndicated_from="Wire")  # its credit line may be a new block
    assert not _unaffected(credited, before, model("Share this story", "Subscribe to our letters"))
