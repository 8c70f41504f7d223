"""Edge: raw documents and the articles made from them, as functions over one connection.

`Store` exposes these as methods; this module holds the SQL, as `sources.py` does for watched
sources. How records become rows and back is `rowmap.py`'s business.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from watchdesk.records import Commitment, ProcessedArticle, RawDocument, StoredArticle
from watchdesk.stems import search_terms
from watchdesk.store import rowmap, schema


def find_document(conn: Connection, raw: RawDocument) -> int | None:
    """The id of the stored document with the same URI and bytes, if any."""
    d = schema.documents
    key = (d.c.uri == raw.uri) & (d.c.sha256 == raw.sha256)
    found = conn.execute(select(d.c.id).where(key)).scalar()
    return None if found is None else int(found)


def insert_document(conn: Connection, raw: RawDocument, source_id: int | None) -> int:
    """Store the raw bytes; IntegrityError when the same document is already stored."""
    row = {
        "uri": raw.uri,
        "sha256": raw.sha256,
        "content": raw.content,
        "content_type": raw.content_type,
        "encoding": raw.encoding,
        "source_id": source_id,
        "fetched_at": raw.fetched_at,
        "published_hint": raw.published,
        "title_hint": raw.title,
        "language_hint": raw.language,
        "site_key": raw.site_key,
    }
    return rowmap.new_id(conn.execute(schema.documents.insert().values(row)))


def document(conn: Connection, document_id: int) -> RawDocument | None:
    d = schema.documents
    row = conn.execute(
        select(d, schema.sources.c.name.label("source_name"))
        .select_from(d.outerjoin(schema.sources))
        .where(d.c.id == document_id)
    ).first()
    if row is None:
        return None
    return RawDocument(
        uri=row.uri,
        content=row.content,
        content_type=row.content_type,
        fetched_at=row.fetched_at,
        source=row.source_name,
        published=row.published_hint,
        title=row.title_hint,
        language=row.language_hint,
        encoding=row.encoding,
    )


def record_error(conn: Connection, document_id: int, message: str | None) -> None:
    d = schema.documents
    conn.execute(d.update().where(d.c.id == document_id).values(error=message))


def pipeline_version(conn: Connection, document_id: int) -> str | None:
    a = schema.articles
    return conn.execute(select(a.c.pipeline_version).where(a.c.document_id == document_id)).scalar()


def processed_documents(conn: Connection, version: str) -> frozenset[tuple[str, str]]:
    d, a = schema.documents, schema.articles
    query = (
        select(d.c.uri, d.c.sha256)
        .select_from(d.join(a, a.c.document_id == d.c.id))
        .where(a.c.pipeline_version == version)
    )
    return frozenset((str(uri), str(sha)) for uri, sha in conn.execute(query))


def finish_article(conn: Connection, article_id: int, version: str) -> None:
    a = schema.articles
    conn.execute(a.update().where(a.c.id == article_id).values(pipeline_version=version))


def stale_documents(
    conn: Connection, version: str, since: date | None, source: str | None
) -> list[int]:
    d, a, src = schema.documents, schema.articles, schema.sources
    query = (
        select(d.c.id)
        .select_from(d.outerjoin(a, a.c.document_id == d.c.id).outerjoin(src))
        .where((a.c.id.is_(None)) | (a.c.pipeline_version != version))
        .order_by(d.c.id)
    )
    if since is not None:
        query = query.where((a.c.published >= since) | (a.c.id.is_(None)))
    if source is not None:
        query = query.where(src.c.name == source)
    return [int(row[0]) for row in conn.execute(query)]


def save_article(conn: Connection, document_id: int, processed: ProcessedArticle) -> int:
    """Insert or update the document's article and replace its annotations; the id is kept."""
    article = processed.article
    values = {
        "url": article.url,
        "title": article.title,
        "text": article.text,
        "language": article.language,
        "published": article.published,
        "author": article.author,
        "site": article.site,
        "canonical_url": article.canonical_url,
        "syndicated_from": article.syndicated_from,
        "pipeline_version": processed.pipeline_version,
        "processed_at": rowmap.utc_now(),
        "search_terms": search_terms(f"{article.title}\n{article.text}"),
    }
    article_id = article_of_document(conn, document_id)
    if article_id is None:
        article_id = _insert_article(conn, document_id, values)
    else:
        _replace_article(conn, article_id, values)
    rowmap.insert_annotations(conn, article_id, processed)
    record_error(conn, document_id, None)
    return article_id


def _insert_article(conn: Connection, document_id: int, values: Mapping[str, object]) -> int:
    insert = schema.articles.insert().values(document_id=document_id, **values)
    try:
        # A savepoint: on PostgreSQL a refused insert aborts the whole transaction unless nested.
        # (SQLite's savepoints are sound since the store begins its own transactions: pysqlite
        # left SAVEPOINT outside any, and RELEASE then committed the caller's work.)
        with conn.begin_nested():
            inserted = conn.execute(insert)
    except IntegrityError:
        # Another process (two ingests of one folder) saved this document's article between our
        # look-up and insert: ours replaces it, as re-processing does, and nothing is doubled.
        article_id = article_of_document(conn, document_id)
        assert article_id is not None  # the unique key that refused ours is theirs
        _replace_article(conn, article_id, values)
        return article_id
    return rowmap.new_id(inserted)


def _replace_article(conn: Connection, article_id: int, values: Mapping[str, object]) -> None:
    a = schema.articles
    conn.execute(a.update().where(a.c.id == article_id).values(**values))
    for table in rowmap.ANNOTATION_TABLES:
        conn.execute(table.delete().where(table.c.article_id == article_id))


def article_of_document(conn: Connection, document_id: int) -> int | None:
    a = schema.articles
    found = conn.execute(select(a.c.id).where(a.c.document_id == document_id)).scalar()
    return None if found is None else int(found)


def article(conn: Connection, article_id: int) -> StoredArticle | None:
    a = schema.articles
    row = conn.execute(select(a).where(a.c.id == article_id)).first()
    if row is None:
        return None
    annotations = {
        table.name: conn.execute(
            select(table).where(table.c.article_id == article_id).order_by(table.c.id)
        ).all()
        for table in rowmap.ANNOTATION_TABLES
    }
    processed = ProcessedArticle(
        article=rowmap.article_record(row._mapping),
        entities=tuple(rowmap.entity_record(r._mapping) for r in annotations["entities"]),
        statements=tuple(rowmap.statement_record(r._mapping) for r in annotations["statements"]),
        quantities=tuple(rowmap.quantity_record(r._mapping) for r in annotations["quantities"]),
        times=tuple(rowmap.time_record(r._mapping) for r in annotations["times"]),
        commitments=tuple(
            Commitment(r.statement_idx, r.due, r.condition) for r in annotations["commitments"]
        ),
        pipeline_version=row.pipeline_version,
    )
    return StoredArticle(rowmap.article_ref(row._mapping), processed, row.document_id)
