"""The stages in order (`process`) and the one loop over input, parser and store (`ingest`)."""

from __future__ import annotations

import logging
import random
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Protocol

from watchdesk.analysis.commitments import find_commitments
from watchdesk.analysis.duplicates import DuplicateIndex, band_keys, signature
from watchdesk.analysis.embeddings import Embedder
from watchdesk.errors import InputError
from watchdesk.extract.article import PARAGRAPH_SEPARATOR, extract_article
from watchdesk.extract.boilerplate import BoilerplateModel, learn_boilerplate
from watchdesk.link import analyze_article
from watchdesk.lookahead import Lookahead
from watchdesk.nlp.entities import find_entities
from watchdesk.nlp.frames import add_frames
from watchdesk.nlp.parse import Parser
from watchdesk.nlp.quantities import find_quantities
from watchdesk.nlp.ru.entities import find_entities_ru
from watchdesk.nlp.ru.frames import add_frames_ru
from watchdesk.nlp.ru.quantities import find_quantities_ru
from watchdesk.nlp.ru.statements import find_statements_ru
from watchdesk.nlp.ru.times import find_times_ru
from watchdesk.nlp.statements import find_statements
from watchdesk.nlp.times import find_times
from watchdesk.records import (
    Article,
    Entity,
    ProcessedArticle,
    Quantity,
    RawDocument,
    Statement,
    TimeMention,
)
from watchdesk.store import Store
from watchdesk.store.runs import RunRecord
from watchdesk.store.store import is_contention

# Stored with every article. Bump it when a stage's output changes, so that re-processing knows
# which articles an older pipeline made.
PIPELINE_VERSION = "0.2.0"
PENDING = "+pending"  # appended while an article's later steps (story, analysis) are not stored

log = logging.getLogger(__name__)


def process(
    raw: RawDocument, parser: Parser, boilerplate: BoilerplateModel | None = None
) -> ProcessedArticle:
    """Run every stage on one raw document; `boilerplate` is what its site repeats."""
    article = extract_article(raw, boilerplate)  # 1. main text + metadata
    return annotate(article, parser)


class Processor(Protocol):
    """Something that runs `process` on one document: in this process, or in a budgeted worker."""

    def process(
        self, raw: RawDocument, boilerplate: BoilerplateModel | None = None
    ) -> ProcessedArticle: ...


@dataclass(frozen=True)
class InProcess:
    """`process` in this process with no budget: for tests, benchmarks and one-off scripts."""

    parser: Parser

    def process(
        self, raw: RawDocument, boilerplate: BoilerplateModel | None = None
    ) -> ProcessedArticle:
        return process(raw, self.parser, boilerplate)


def processor(parser: Parser | Processor) -> Processor:
    """A parser runs in this process; a `budget.Worker` (or any processor) is used as it is."""
    return InProcess(parser) if isinstance(parser, Parser) else parser


def annotate(article: Article, parser: Parser) -> ProcessedArticle:
    """Annotate an extracted article; languages without an annotator are kept unannotated."""
    if not parser.supports(article.language):
        return ProcessedArticle(
            article,
            pipeline_version=PIPELINE_VERSION,
            warnings=(f"{article.url}: no annotator for language {article.language!r} yet",),
        )
    if article.language == "ru":
        return _annotate_ru(article, parser)
    doc = parser.parse(article)  # 2. one parse per article
    entities = find_entities(doc)  # 3. people, organisations, places
    statements = find_statements(doc, entities)  # 4. who said what
    statements = add_frames(doc, statements)  # 4b. each statement's predicate, from the parse
    times = find_times(doc, article.published)  # 5. dates resolved against publication
    quantities = find_quantities(doc)  # 6. numbers with units
    return _with_commitments(article, entities, statements, times, quantities)


def _annotate_ru(article: Article, parser: Parser) -> ProcessedArticle:
    """The same stages for Russian, on natasha's parse."""
    doc = parser.parse_ru(article)  # 2. one parse per article
    entities = find_entities_ru(doc)  # 3. people, organisations, places
    statements = find_statements_ru(doc, entities)  # 4. who said what
    statements = add_frames_ru(doc, statements)  # 4b. each statement's predicate, from the parse
    times = find_times_ru(doc, article.published)  # 5. dates resolved against publication
    quantities = find_quantities_ru(doc)  # 6. numbers with units
    return _with_commitments(article, entities, statements, times, quantities)


def _with_commitments(
    article: Article,
    entities: Sequence[Entity],
    statements: Sequence[Statement],
    times: Sequence[TimeMention],
    quantities: Sequence[Quantity],
) -> ProcessedArticle:
    """7. Promises with due dates, then the record: the same last steps in every language."""
    commitments = find_commitments(statements, times, published=article.published)
    return ProcessedArticle(
        article=article,
        entities=tuple(entities),
        statements=tuple(statements),
        quantities=tuple(quantities),
        times=tuple(times),
        commitments=tuple(commitments),
        pipeline_version=PIPELINE_VERSION,
    )


STAGES = ("annotate", "store", "stories", "link", "boilerplate")  # as `db status` lists them


@dataclass
class IngestReport:
    """What one ingest run did; `errors` holds one line per item that failed."""

    stored: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    refreshed: int = 0  # stored articles re-extracted after their site's boilerplate was learned
    # Seconds spent in each stage (STAGES): "annotate" is extraction and annotation as the
    # processor ran them (on other cores when it works ahead), the rest this process's work.
    stage_seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))


def ingest(
    items: Iterable[RawDocument | InputError],
    store: Store,
    parser: Parser | Processor,
    *,
    on_item: Callable[[str], None] | None = None,
    embedder: Embedder | None = None,
    analyze: bool = True,
    command: str = "ingest",
) -> IngestReport:
    """Store each raw document, then process it; a bad item is reported and the run goes on.

    `parser` processes in this process; a `budget.Worker` bounds each document's time and memory,
    and a `Lookahead` of workers annotates the next documents while this one is linked.

    The raw bytes are saved before processing, so a crash or a failed stage loses nothing, and a
    document already processed by this pipeline version is skipped: re-running is always safe.
    What the run did and each stage's time are recorded in the store (`db status`).
    """
    run = _Run(store, processor(parser), IngestReport(), _embedder(embedder, analyze), analyze)
    with _recorded(run, command):
        _in_order((_job_of(item, run) for item in items), run, on_item)
    return run.report


def reprocess(
    store: Store,
    parser: Parser | Processor,
    *,
    since: date | None = None,
    source: str | None = None,
    on_item: Callable[[str], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
    embedder: Embedder | None = None,
    analyze: bool = True,
) -> IngestReport:
    """Re-annotate stored documents that an older pipeline version (or none) processed.

    Each document is saved as soon as it is done, so an interrupted run resumes where it stopped.
    Articles keep their ids, so links and analysts' work that refer to them stay valid.
    """
    run = _Run(store, processor(parser), IngestReport(), _embedder(embedder, analyze), analyze)
    stale = store.stale_documents(PIPELINE_VERSION, since=since, source=source)
    if on_plan is not None:
        on_plan(len(stale))
    with _recorded(run, "reprocess"):
        jobs = (_stored_job(document_id, run) for document_id in stale)
        _in_order((job for job in jobs if job is not None), run, on_item)
    return run.report


@dataclass
class _Run:
    """What one pass over documents works with, and what it reports."""

    store: Store
    processor: Processor
    report: IngestReport
    embedder: Embedder | None
    analyze: bool
    documents: int = 0

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.report.stage_seconds[stage] += time.perf_counter() - start


@dataclass
class _Job:
    """One document on its way through a run, possibly being processed ahead."""

    name: str
    raw: RawDocument | None = None  # None: nothing to process (failed input, or done already)
    document_id: int = 0
    is_new: bool = False
    error: InputError | None = None
    boilerplate: str | None = None  # the site's model (JSON) the document was processed with
    ahead: Future[tuple[ProcessedArticle, float]] | None = None


def _embedder(embedder: Embedder | None, analyze: bool) -> Embedder | None:
    return embedder if embedder is not None or not analyze else Embedder.load()


@contextmanager
def _recorded(run: _Run, command: str) -> Iterator[None]:
    """Record the run in the store when it ends, if it did anything (a quiet poll leaves none)."""
    started = datetime.now(UTC)
    try:
        yield
    finally:
        report = run.report
        if report.stored or report.errors:
            run.store.save_run(
                RunRecord(
                    command=command,
                    started_at=started,
                    finished_at=datetime.now(UTC),
                    documents=run.documents,
                    stored=report.stored,
                    failed=len(report.errors),
                    stages=dict(report.stage_seconds),
                )
            )


def _job_of(item: RawDocument | InputError, run: _Run) -> _Job:
    """Store the raw document and start processing it unless this pipeline version did."""
    run.documents += 1
    if isinstance(item, InputError):
        return _Job(item.item, error=item)
    document_id, is_new = run.store.add_document(item)
    if not is_new and run.store.pipeline_version(document_id) == PIPELINE_VERSION:
        return _Job(item.uri, document_id=document_id)
    return _started(_Job(item.uri, item, document_id, is_new), run)


def _stored_job(document_id: int, run: _Run) -> _Job | None:
    raw = run.store.document(document_id)
    if raw is None:
        return None
    run.documents += 1
    return _started(_Job(raw.uri, raw, document_id), run)


def _started(job: _Job, run: _Run) -> _Job:
    assert job.raw is not None
    stored = run.store.boilerplate(job.raw.site_key)
    job.boilerplate = stored[0] if stored else None
    if isinstance(run.processor, Lookahead):
        job.ahead = run.processor.submit(job.raw, _model(job.boilerplate))
    return job


def _in_order(jobs: Iterable[_Job], run: _Run, on_item: Callable[[str], None] | None) -> None:
    """Finish the jobs in their order, keeping the processor's depth of them in flight ahead."""
    depth = run.processor.depth if isinstance(run.processor, Lookahead) else 0
    window: deque[_Job] = deque()
    try:
        for job in jobs:
            window.append(job)
            if len(window) > depth:
                _finish(window.popleft(), run, on_item)
        while window:
            _finish(window.popleft(), run, on_item)
    finally:
        for job in window:  # an interrupted run: what was taken ahead is dropped
            if job.ahead is not None:
                job.ahead.cancel()


def _finish(job: _Job, run: _Run, on_item: Callable[[str], None] | None) -> None:
    report = run.report
    if job.error is not None:
        report.errors.append(str(job.error))
    elif job.raw is None:
        report.unchanged += 1
    elif job.ahead is not None and run.store.pipeline_version(job.document_id) == PIPELINE_VERSION:
        report.unchanged += 1  # the same document twice in one run: its first copy made it
    else:
        processed = _made(job, run)
        if processed is not None and _store(job.document_id, processed, run) is not None:
            report.stored += 1
        if job.is_new:
            with run.timed("boilerplate"):
                _learn_site(job.raw.site_key, run)
    _notify(on_item, job.name)


def _made(job: _Job, run: _Run) -> ProcessedArticle | None:
    """The job's article, processed ahead where its site's boilerplate is still the same."""
    assert job.raw is not None
    stored = run.store.boilerplate(job.raw.site_key)
    current = stored[0] if stored else None
    ahead = job.ahead
    if ahead is not None and not _same_blocks(current, job.boilerplate):
        # Learned meanwhile from the pages before it: done again, as a run in order would,
        # unless the blocks learned since are none of this page's and none were dropped.
        worked = ahead if not ahead.cancel() and ahead.exception() is None else None
        before, after = _model(job.boilerplate), _model(current)
        if worked is None or not _unaffected(worked.result()[0].article, before, after):
            ahead = None
    if ahead is None:
        return _processed(job.document_id, job.raw, run, lambda: _timed_process(job.raw, run))
    return _processed(job.document_id, job.raw, run, ahead.result)


def _timed_process(raw: RawDocument | None, run: _Run) -> tuple[ProcessedArticle, float]:
    assert raw is not None
    start = time.perf_counter()
    processed = run.processor.process(raw, _boilerplate(run.store, raw.site_key))
    return processed, time.perf_counter() - start


def _processed(
    document_id: int,
    raw: RawDocument,
    run: _Run,
    result: Callable[[], tuple[ProcessedArticle, float]],
) -> ProcessedArticle | None:
    """What processing gave, or None when it failed (and why is kept with the document)."""
    store = run.store
    try:
        processed, seconds = result()
    except InputError as exc:
        store.record_error(document_id, str(exc))
        run.report.errors.append(str(exc))
        return None
    except Exception as exc:
        # A bug or a library failure on one odd page must not stop the run; the raw document is
        # stored, so fixing the bug and re-ingesting recovers it.
        log.exception("processing %s failed", raw.uri)
        message = f"{raw.uri}: processing failed ({type(exc).__name__}: {exc})"
        store.record_error(document_id, message)
        run.report.errors.append(message)
        return None
    run.report.stage_seconds["annotate"] += seconds
    return processed


def _process_stored(document_id: int, raw: RawDocument, run: _Run) -> int | None:
    """Process a stored document and save its article; None when it failed (and why is kept)."""
    processed = _processed(document_id, raw, run, lambda: _timed_process(raw, run))
    return None if processed is None else _store(document_id, processed, run)


# An article's transaction is run again this often when another writer is in its way (a lock
# held past the wait, a deadlock, a key filled meanwhile); a pause of about RETRY_PAUSE_S × try.
STORE_ATTEMPTS = 5
RETRY_PAUSE_S = 0.5


def _store(document_id: int, processed: ProcessedArticle, run: _Run) -> int:
    """Save the article, its story and its links as one transaction, run again on contention."""
    attempt = 1
    while True:
        try:
            return _store_once(document_id, processed, run)
        except Exception as exc:
            if attempt == STORE_ATTEMPTS or not is_contention(exc):
                raise
            log.info("document %s met another writer (try %d): %s", document_id, attempt, exc)
        time.sleep(RETRY_PAUSE_S * attempt * (0.5 + random.random()))  # apart, not in step
        attempt += 1


def _store_once(document_id: int, processed: ProcessedArticle, run: _Run) -> int:
    store = run.store
    with store.transaction():
        # Saved as pending and marked with this pipeline's version only after its story and
        # analysis are stored: a store that cannot hold it all in one transaction still finds
        # the article stale after a crash in between, and does it again, whole.
        with run.timed("store"):
            article_id = store.save_article(
                document_id, replace(processed, pipeline_version=PIPELINE_VERSION + PENDING)
            )
        with run.timed("stories"):
            _group_story(store, article_id, processed.article)
        if run.analyze:
            with run.timed("link"):
                _analyze(article_id, run)
        with run.timed("store"):
            store.finish_article(article_id, processed.pipeline_version)
    run.report.article_ids.append(article_id)
    run.report.warnings.extend(processed.warnings)
    return article_id


# -- sites and stories (issue 3) --------------------------------------------------------------

LEARN_AFTER_PAGES = 3  # a site's boilerplate is first learned when it has this many pages
RELEARN_GROWTH = 1.5  # and again each time its page count grows by half: amortised O(1) a page


def _boilerplate(store: Store, site_key: str) -> BoilerplateModel | None:
    stored = store.boilerplate(site_key)
    return _model(stored[0] if stored else None)


def _model(model_json: str | None) -> BoilerplateModel | None:
    return BoilerplateModel.from_json(model_json) if model_json else None


def _unaffected(
    article: Article, before: BoilerplateModel | None, after: BoilerplateModel | None
) -> bool:
    """Say whether extracting with `after` gives the article extracted with `before`: stripping
    is by paragraph, so it does when `after` only adds blocks and none of them is a paragraph
    the article kept. A credit line found after stripping may have been one: done again."""
    old = before.fingerprints if before else frozenset()
    new = after.fingerprints if after else frozenset()
    if not old <= new or article.syndicated_from is not None:
        return False
    added = BoilerplateModel(site=None, fingerprints=new - old)
    return not any(paragraph in added for paragraph in article.text.split(PARAGRAPH_SEPARATOR))


def _same_blocks(first: str | None, second: str | None) -> bool:
    """Say whether two stored models strip the same blocks: extraction reads a model's
    fingerprints alone (none is no model), so a relearning that only counted more pages changes
    no page processed with the model before it."""
    if first == second:
        return True
    fingerprints = [m.fingerprints if m else frozenset() for m in (_model(first), _model(second))]
    return fingerprints[0] == fingerprints[1]


def _learn_site(site_key: str, run: _Run) -> None:
    """Learn the site's boilerplate again once it has grown enough, and clean its articles.

    Articles stored before a block was learned still carry it; they are re-extracted from their
    raw bytes, which is why learning waits for the site to grow by half each time.
    """
    store = run.store
    pages = store.site_page_count(site_key)
    stored = store.boilerplate(site_key)
    if pages < LEARN_AFTER_PAGES or (stored and pages < stored[1] * RELEARN_GROWTH):
        return
    model = learn_boilerplate(store.site_pages(site_key), site=site_key)
    store.save_boilerplate(site_key, model.to_json(), pages)
    if not model.fingerprints:
        return
    for document_id in store.site_documents(site_key):
        stored_article = store.article_of_document(document_id)
        if stored_article is None or not _carries(stored_article.processed.article, model):
            continue
        raw = store.document(document_id)
        if raw is not None and _process_stored(document_id, raw, run) is not None:
            run.report.refreshed += 1


def _carries(article: Article, model: BoilerplateModel) -> bool:
    return any(paragraph in model for paragraph in article.text.split(PARAGRAPH_SEPARATOR))


def _group_story(store: Store, article_id: int, article: Article) -> None:
    """Join the article to the story it copies, found through the store's LSH band index."""
    signature_bytes = signature(article)
    keys = band_keys(signature_bytes)
    store.save_signature(article_id, signature_bytes, keys)
    urls = [url for url in (article.url, article.canonical_url) if url]
    candidates = store.story_candidates(article_id, keys, urls)
    if not candidates:
        return
    index = DuplicateIndex()
    for c in candidates:
        # The index reads only these fields back; the text is represented by the signature.
        known = Article(
            url=c.url,
            title="",
            text="",
            language="",
            published=c.published,
            site=c.site,
            canonical_url=c.canonical_url,
            syndicated_from=c.syndicated_from,
        )
        index.add(c.article_id, known, c.signature)
    match = index.add(article_id, article, signature_bytes)
    if match is not None:
        store.join_story(article_id, match.matched_ids, match.canonical_id, match.evidence)


# -- link and analyze (issue 5) ---------------------------------------------------------------


def _analyze(article_id: int, run: _Run) -> None:
    """Link and analyse a stored article; a failure is a warning, the article stays."""
    try:
        with run.store.transaction():  # a savepoint: a failed analysis undoes only its own writes
            analyze_article(run.store, article_id, run.embedder)
    except Exception as exc:
        if is_contention(exc):
            raise  # not the analysis's fault: the whole article is stored again
        log.exception("analysing article %s failed", article_id)
        run.report.warnings.append(f"article {article_id}: analysis failed ({type(exc).__name__})")


def _notify(on_item: Callable[[str], None] | None, name: str) -> None:
    if on_item is not None:
        on_item(name)
