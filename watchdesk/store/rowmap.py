"""Records to rows and back: how articles and their annotations are written and read."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    CursorResult,
    RowMapping,
    Table,
)

from watchdesk.records import (
    Article,
    ArticleRef,
    Entity,
    Frame,
    ProcessedArticle,
    Quantity,
    Span,
    Statement,
    TimeMention,
)
from watchdesk.store import schema

ANNOTATION_TABLES = (
    schema.entities,
    schema.statements,
    schema.quantities,
    schema.times,
    schema.commitments,
)

REF_COLUMNS = (
    schema.articles.c.id,
    schema.articles.c.url,
    schema.articles.c.title,
    schema.articles.c.site,
    schema.articles.c.published,
    schema.articles.c.language,
)


def by_date(published: Any, row_id: Any, *, oldest_first: bool = False) -> tuple[Any, Any]:
    """Order by publication date, then id; an undated article counts as the oldest.

    SQLite sorts NULL below every date and PostgreSQL above: without saying where undated
    articles go, the same store listed them first on one and last on the other.
    """
    if oldest_first:
        return published.asc().nulls_first(), row_id.asc()
    return published.desc().nulls_last(), row_id.desc()


def new_id(result: CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None  # an INSERT of one row always reports its key
    return int(key[0])


def utc_now() -> datetime:
    return datetime.now(UTC)


def insert_annotations(conn: Connection, article_id: int, processed: ProcessedArticle) -> None:
    for table, batch in annotation_rows(article_id, processed):
        if batch:
            conn.execute(table.insert(), batch)


def annotation_rows(
    article_id: int, processed: ProcessedArticle
) -> list[tuple[Table, list[dict[str, object]]]]:
    """The rows of every annotation table for one article, table by table."""
    rows: dict[str, list[dict[str, object]]] = {
        "entities": [
            {"text": e.text, "label": e.label, "canonical": e.canonical, **span_columns(e.span)}
            for e in processed.entities
        ],
        "statements": [statement_row(s) for s in processed.statements],
        "quantities": [
            {
                "text": q.text,
                "value": q.value,
                "unit": q.unit,
                "approximate": q.approximate,
                "extra": extra_fields(q, {"text", "value", "unit", "approximate", "span"}),
                **span_columns(q.span),
            }
            for q in processed.quantities
        ],
        "times": [
            {
                "text": t.text,
                "value": t.value,
                "end_value": t.end,
                "grain": t.grain,
                "relation": t.relation,
                **span_columns(t.span),
            }
            for t in processed.times
        ],
    }
    found: list[tuple[Table, list[dict[str, object]]]] = [
        (
            table,
            [{"article_id": article_id, "idx": i, **row} for i, row in enumerate(rows[table.name])],
        )
        for table in ANNOTATION_TABLES[:-1]
    ]
    commitments: list[dict[str, object]] = [
        {
            "article_id": article_id,
            "statement_idx": c.statement,
            "due": c.due,
            "condition": c.condition,
        }
        for c in processed.commitments
    ]
    found.append((schema.commitments, commitments))
    return found


def span_columns(span: Span) -> dict[str, int]:
    return {"start_char": span.start, "end_char": span.end}


def extra_fields(record: object, known: set[str]) -> dict[str, object]:
    """Fields a record has beyond the table's columns, kept as JSON so no data is dropped."""
    slots: Iterable[str] = getattr(record, "__slots__", ())
    return {name: getattr(record, name) for name in slots if name not in known}


def statement_row(s: Statement) -> dict[str, object]:
    return {
        "speaker": s.speaker,
        "speakers": list(s.speakers),
        "speaker_mention": s.speaker_mention,
        "speaker_role": s.speaker_role,
        "speaker_org": s.speaker_org,
        "speaker_kind": s.speaker_kind,
        "cue": s.cue,
        "cue_start": s.cue_span.start if s.cue_span else None,
        "cue_end": s.cue_span.end if s.cue_span else None,
        "kind": s.kind,
        "content": s.content,
        "polarity": s.polarity,
        "modality": s.modality,
        "frame": frame_json(s.frame),
        **span_columns(s.span),
    }


def frame_json(frame: Frame | None) -> dict[str, object] | None:
    if frame is None:
        return None
    return {
        "predicate": frame.predicate,
        "negated": frame.negated,
        "subject": frame.subject,
        "objects": list(frame.objects),
    }


def frame_record(value: dict[str, Any] | None) -> Frame | None:
    """The stored frame, or None (rows stored before frames, or a parse that gave none)."""
    if not value or not value.get("predicate"):
        return None
    return Frame(
        predicate=str(value["predicate"]),
        negated=bool(value.get("negated", False)),
        subject=value.get("subject"),
        objects=tuple(value.get("objects") or ()),
    )


def article_ref(row: RowMapping, id_key: str = "id") -> ArticleRef:
    return ArticleRef(
        id=row[id_key],
        url=row["url"],
        title=row["title"],
        site=row["site"],
        published=row["published"],
        language=row["language"],
    )


def article_record(row: RowMapping) -> Article:
    return Article(
        url=row["url"],
        title=row["title"],
        text=row["text"],
        language=row["language"],
        published=row["published"],
        author=row["author"],
        site=row["site"],
        canonical_url=row["canonical_url"],
        syndicated_from=row["syndicated_from"],
    )


def entity_record(row: RowMapping) -> Entity:
    return Entity(row["text"], row["label"], row_span(row), row["canonical"])


def statement_record(row: RowMapping) -> Statement:
    cue_span = None
    if row["cue_start"] is not None and row["cue_end"] is not None:
        cue_span = Span(row["cue_start"], row["cue_end"])
    return Statement(
        speaker=row["speaker"],
        speakers=tuple(row["speakers"]),
        speaker_mention=row["speaker_mention"],
        speaker_role=row["speaker_role"],
        speaker_org=row["speaker_org"],
        speaker_kind=row["speaker_kind"],
        cue=row["cue"],
        cue_span=cue_span,
        kind=row["kind"],
        content=row["content"],
        span=row_span(row),
        polarity=row["polarity"],
        modality=row["modality"],
        frame=frame_record(row["frame"]),
    )


def quantity_record(row: RowMapping) -> Quantity:
    extra = {k: v for k, v in (row["extra"] or {}).items() if k in Quantity.__slots__}
    return Quantity(
        text=row["text"],
        value=row["value"],
        unit=row["unit"],
        span=row_span(row),
        approximate=row["approximate"],
        **extra,
    )


def time_record(row: RowMapping) -> TimeMention:
    return TimeMention(
        text=row["text"],
        value=row["value"],
        span=row_span(row),
        end=row["end_value"],
        grain=row["grain"],
        relation=row["relation"],
    )


def row_span(row: RowMapping) -> Span:
    return Span(row["start_char"], row["end_char"])
