"""The stages in order (`process`) and the one loop over input, parser and store (`ingest`)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from watchdesk.analysis.commitments import find_commitments
from watchdesk.analysis.embeddings import Embedder
from watchdesk.errors import InputError
from watchdesk.extract.article import extract_article
from watchdesk.link import analyze_article
from watchdesk.nlp.entities import find_entities
from watchdesk.nlp.parse import Parser
from watchdesk.nlp.quantities import find_quantities
from watchdesk.nlp.ru.entities import find_entities_ru
from watchdesk.nlp.ru.quantities import find_quantities_ru
from watchdesk.nlp.ru.statements import find_statements_ru
from watchdesk.nlp.ru.times import find_times_ru
from watchdesk.nlp.statements import find_statements
from watchdesk.nlp.times import find_times
from watchdesk.records import Article, ProcessedArticle, RawDocument
from watchdesk.store import Store

# Stored with every article. Bump it when a stage's output changes, so that re-processing knows
# which articles an older pipeline made.
PIPELINE_VERSION = "0.1.0"

log = logging.getLogger(__name__)


def process(raw: RawDocument, parser: Parser) -> ProcessedArticle:
    """Run every stage on one raw document."""
    article = extract_article(raw)  # 1. main text + metadata
    return annotate(article, parser)


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
    times = find_times(doc, article.published)  # 5. dates resolved against publication
    quantities = find_quantities(doc)  # 6. numbers with units
    commitments = find_commitments(statements, times, published=article.published)  # 7. promises
    return ProcessedArticle(
        article=article,
        entities=tuple(entities),
        statements=tuple(statements),
        quantities=tuple(quantities),
        times=tuple(times),
        commitments=tuple(commitments),
        pipeline_version=PIPELINE_VERSION,
    )


def _annotate_ru(article: Article, parser: Parser) -> ProcessedArticle:
    """The same stages for Russian, on natasha's parse."""
    doc = parser.parse_ru(article)  # 2. one parse per article
    entities = find_entities_ru(doc)  # 3. people, organisations, places
    statements = find_statements_ru(doc, entities)  # 4. who said what
    times = find_times_ru(doc, article.published)  # 5. dates resolved against publication
    quantities = find_quantities_ru(doc)  # 6. numbers with units
    commitments = find_commitments(statements, times, published=article.published)  # 7. promises
    return ProcessedArticle(
        article=article,
        entities=tuple(entities),
        statements=tuple(statements),
        quantities=tuple(quantities),
        times=tuple(times),
        commitments=tuple(commitments),
        pipeline_version=PIPELINE_VERSION,
    )


@dataclass
class IngestReport:
    """What one ingest run did; `errors` holds one line per item that failed."""

    stored: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    analyzed: set[int] = field(default_factory=set)


def ingest(
    items: Iterable[RawDocument | InputError],
    store: Store,
    parser: Parser,
    *,
    on_item: Callable[[str], None] | None = None,
    embedder: Embedder | None = None,
    analyze: bool = True,
) -> IngestReport:
    """Store each raw document, then process it; a bad item is reported and the run goes on.

    The raw bytes are saved before processing, so a crash or a failed stage loses nothing, and a
    document already processed by this pipeline version is skipped: re-running is always safe.
    """
    report = IngestReport()
    if analyze and embedder is None:
        embedder = Embedder.load()
    for item in items:
        if isinstance(item, InputError):
            report.errors.append(str(item))
            _notify(on_item, item.item)
            continue
        _ingest_one(item, store, parser, report)
        if analyze and report.article_ids:
            _analyze(store, report, embedder)
        _notify(on_item, item.uri)
    return report


def reprocess(
    store: Store,
    parser: Parser,
    *,
    since: date | None = None,
    source: str | None = None,
    on_item: Callable[[str], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
) -> IngestReport:
    """Re-annotate stored documents that an older pipeline version (or none) processed.

    Each document is saved as soon as it is done, so an interrupted run resumes where it stopped.
    Articles keep their ids, so links and analysts' work that refer to them stay valid.
    """
    report = IngestReport()
    stale = store.stale_documents(PIPELINE_VERSION, since=since, source=source)
    if on_plan is not None:
        on_plan(len(stale))
    for document_id in stale:
        raw = store.document(document_id)
        if raw is not None:
            _process_stored(document_id, raw, store, parser, report)
            _notify(on_item, raw.uri)
    return report


def _ingest_one(raw: RawDocument, store: Store, parser: Parser, report: IngestReport) -> None:
    document_id, is_new = store.add_document(raw)
    if not is_new and store.pipeline_version(document_id) == PIPELINE_VERSION:
        report.unchanged += 1
        return
    _process_stored(document_id, raw, store, parser, report)


def _process_stored(
    document_id: int, raw: RawDocument, store: Store, parser: Parser, report: IngestReport
) -> None:
    try:
        processed = process(raw, parser)
    except InputError as exc:
        store.record_error(document_id, str(exc))
        report.errors.append(str(exc))
        return
    except Exception as exc:
        # A bug or a library failure on one odd page must not stop the run; the raw document is
        # stored, so fixing the bug and re-ingesting recovers it.
        log.exception("processing %s failed", raw.uri)
        message = f"{raw.uri}: processing failed ({type(exc).__name__}: {exc})"
        store.record_error(document_id, message)
        report.errors.append(message)
        return
    report.article_ids.append(store.save_article(document_id, processed))
    report.warnings.extend(processed.warnings)
    report.stored += 1


# -- link and analyze (issue 5) ---------------------------------------------------------------


def _analyze(store: Store, report: IngestReport, embedder: Embedder | None) -> None:
    """Link and analyse the article just stored; a failure is a warning, the article stays."""
    article_id = report.article_ids[-1]
    if article_id in report.analyzed:
        return
    report.analyzed.add(article_id)
    try:
        analyze_article(store, article_id, embedder)
    except Exception as exc:
        log.exception("analysing article %s failed", article_id)
        report.warnings.append(f"article {article_id}: analysis failed ({type(exc).__name__})")


def _notify(on_item: Callable[[str], None] | None, name: str) -> None:
    if on_item is not None:
        on_item(name)
