"""The stable JSON of `watchdesk analyze` (DESIGN.md): scripts outside the project rely on it.

Fields may be added; none may be renamed, removed or change meaning.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from watchdesk.records import (
    ArticleRef,
    Brief,
    Dossier,
    Frame,
    LinkedStatement,
    ProcessedArticle,
    PublishedBrief,
    Quantity,
    SourcedStatement,
    Statement,
    StoredStatement,
    TimeMention,
    TrendReason,
)
from watchdesk.snippets import Snippet


def analysis_json(processed: ProcessedArticle) -> dict[str, Any]:
    """Return the contract object for one processed article."""
    article = processed.article
    return {
        "title": article.title,
        "language": article.language,
        "published": article.published.isoformat() if article.published else None,
        "text": article.text,
        "url": article.url,
        "author": article.author,
        "site": article.site,
        "entities": [
            {
                "text": e.text,
                "label": e.label,
                "canonical": e.canonical,
                "start": e.span.start,
                "end": e.span.end,
            }
            for e in processed.entities
        ],
        "statements": [_statement(s) for s in processed.statements],
        "quantities": [_quantity(q) for q in processed.quantities],
        "times": [_time(t) for t in processed.times],
        "commitments": [
            {"statement": c.statement, "due": c.due, "condition": c.condition}
            for c in processed.commitments
        ],
        "pipeline_version": processed.pipeline_version,
    }


def stored_statement_json(item: StoredStatement) -> dict[str, Any]:
    """A stored statement with its id and the article it came from (`statements --json`, API)."""
    return {"id": item.id, **_statement(item.statement), "article": article_ref_json(item.article)}


def article_ref_json(ref: ArticleRef) -> dict[str, Any]:
    """Enough of an article to cite and link it."""
    return {
        "id": ref.id,
        "title": ref.title,
        "url": ref.url,
        "site": ref.site,
        "published": ref.published.isoformat() if ref.published else None,
        "language": ref.language,
    }


def _statement(s: Statement) -> dict[str, Any]:
    return {
        "speaker": s.speaker,
        "speakers": list(s.speakers),
        "speaker_mention": s.speaker_mention,
        "speaker_role": s.speaker_role,
        "speaker_org": s.speaker_org,
        "speaker_kind": s.speaker_kind,
        "cue": s.cue,
        "kind": s.kind,
        "content": s.content,
        "start": s.span.start,
        "end": s.span.end,
        "polarity": s.polarity,
        "modality": s.modality,
        # Added with statement frames (issue 9): what the reported clause says happens, or null.
        "frame": _frame(s.frame),
        # Added in issue 9: where the words naming the speaker lie in the text, or null (a
        # statement read back from the store does not keep them).
        "speaker_start": s.speaker_span.start if s.speaker_span else None,
        "speaker_end": s.speaker_span.end if s.speaker_span else None,
    }


def _frame(frame: Frame | None) -> dict[str, Any] | None:
    if frame is None:
        return None
    return {
        "predicate": frame.predicate,
        "negated": frame.negated,
        "subject": frame.subject,
        "objects": list(frame.objects),
    }


def _quantity(q: Quantity) -> dict[str, Any]:
    return {
        "text": q.text,
        "value": _number(q.value),
        "unit": q.unit,
        "approximate": q.approximate,
        "start": q.span.start,
        "end": q.span.end,
    }


def _time(t: TimeMention) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": t.text,
        "value": t.value,
        "start": t.span.start,
        "end": t.span.end,
    }
    if t.end is not None:
        out["end_value"] = t.end  # "end" is taken by the character offset
    out["grain"] = t.grain
    out["relation"] = t.relation
    return out


# -- the week's dossier (issue 10): `watchdesk brief dossier --json` and /api/v1/dossier ---------


def dossier_json(
    dossier: Dossier,
    trend: str,
    reasons: Sequence[TrendReason],
    describe: Callable[[TrendReason], str],
) -> dict[str, Any]:
    """A theme's dossier for a period with the suggested trend and its reasons in words."""
    period = dossier.period
    return {
        "theme": dossier.theme,
        "week": period.label if "-W" in period.label else None,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "statements": [
            {
                **_sourced(r.source),
                "weight": r.weight,
                "official": r.official,
                "outlets": r.outlets,
                "restated": r.restated,
            }
            for r in dossier.statements
        ],
        "conflicts": [
            {
                "key": c.flag.conflict.key,
                "kind": c.flag.conflict.kind,
                "reason": c.flag.conflict.reason,
                "status": c.flag.status,
                "new": c.new,
                "official_voices": c.officials,
                "first": _sourced(c.first) if c.first else _linked(c.flag.pairs[0][0]),
                "second": _sourced(c.second) if c.second else _linked(c.flag.pairs[0][1]),
                "pairs": [[a.key, b.key] for a, b in c.flag.pairs],
            }
            for c in dossier.conflicts
        ],
        "commitments": [
            {
                **_sourced(c.promise),
                "due": c.status.due,
                "status": c.status.status,
                # The same speaker's promise for that day, said again elsewhere (merged here).
                "restated": [_sourced(o) for o in c.others],
                "evidence": [
                    {"key": e.statement, "verdict": e.verdict, "reason": e.reason}
                    for e in c.status.evidence
                ],
            }
            for c in dossier.commitments
        ],
        # A promise first made in the period with a later date on a question whose earlier
        # promised date passed unkept: the new date, and the one it replaces.
        "moved_deadlines": [
            {
                **_sourced(m.promise),
                "due": m.status.due,
                "status": m.status.status,
                "earlier": {
                    **_sourced(m.earlier),
                    "due": m.earlier_status.due,
                    "status": m.earlier_status.status,
                },
            }
            for m in dossier.moved
        ],
        # Reports of what happened, on the day they say it happened (the week it belongs to).
        "events": [
            {**_sourced(e.source), "day": e.day.isoformat(), "reports": e.reports}
            for e in dossier.events
        ],
        "numbers": [
            {
                "unit": n.unit,
                "value": _number(n.figure.value),
                "text": n.figure.text,
                "bound": n.figure.bound,
                "statement": _sourced(n.source),
                "before": None
                if n.before is None
                else {
                    "value": _number(n.before.value),
                    "text": n.before.text,
                    "bound": n.before.bound,
                    "statement": _sourced(n.before_source) if n.before_source else None,
                },
            }
            for n in dossier.numbers
        ],
        "questions": [
            {
                "id": q.question.id,
                "name": q.question.name,
                "statements": q.statements,
                "before": q.before,
            }
            for q in dossier.questions
        ],
        "volume": [
            {"week": w.week, "start": w.start.isoformat(), "statements": w.statements}
            for w in dossier.volume
        ],
        "suggested_trend": trend,
        "trend_reasons": [
            {
                "direction": r.direction,
                "code": r.code,
                "count": r.count,
                "weight": r.weight,
                "examples": list(r.examples),
                "text": describe(r),
            }
            for r in reasons
        ],
    }


def _linked(s: LinkedStatement) -> dict[str, Any]:
    return {
        "key": s.key,
        "speaker": s.speaker,
        "content": s.content,
        "language": s.language,
        "published": s.published.isoformat() if s.published else None,
        "url": s.article_url,
    }


def _sourced(item: SourcedStatement) -> dict[str, Any]:
    return {
        **_linked(item.statement),
        "statement_id": item.statement_id,
        "article_id": item.article_id,
        "index": item.index,
        "title": item.title,
        "site": item.site,
        "speaker_role": item.speaker_role,
        "outlet_names": list(item.outlets),
    }


def _number(value: float) -> float | int:
    # JSON readers expect 12000, not 12000.0, for whole counts.
    return int(value) if float(value).is_integer() else value


def paging_headers(total: int, next_url: str | None, previous_url: str | None) -> dict[str, str]:
    """How a paged `/api/v1` list tells where it goes on (issue 11).

    The body stays the JSON array it always was, so no reader breaks; the headers carry the rest:
    `X-Total-Count` (rows in the whole list) and an RFC 8288 `Link` with rel="next" and
    rel="prev" URLs, each a `limit`/`offset` pair; no `next` on the last page.
    """
    headers = {"X-Total-Count": str(total)}
    links = [
        f'<{url}>; rel="{rel}"' for rel, url in (("next", next_url), ("prev", previous_url)) if url
    ]
    if links:
        headers["Link"] = ", ".join(links)
    return headers


def search_hit_json(ref: ArticleRef, found: Snippet) -> dict[str, Any]:
    """An article a search found: its reference, and the snippet with the words found marked
    as [start, end] offsets into `snippet` (added in issue 11)."""
    return {
        **article_ref_json(ref),
        "snippet": found.text,
        "snippet_marks": [[start, end] for start, end in found.marks],
    }


def brief_json(brief: Brief) -> dict[str, Any]:
    """A brief with its state and versions (`brief list --json`); bodies are Markdown."""
    return {
        "id": brief.id,
        "theme": brief.theme,
        "week": brief.week,
        "status": brief.status,
        "trend": brief.trend,
        "citations": list(brief.citations),
        "missing": list(brief.missing()),
        "behind": list(brief.behind()),
        "published_at": brief.published_at.isoformat() if brief.published_at else None,
        "versions": [
            {
                "language": v.language,
                "headline": v.headline,
                "lead": v.lead,
                "body": v.body,
                "revision": v.revision,
                "updated_at": v.updated_at.isoformat(),
                "updated_by": v.updated_by,
                "published_at": v.published_at.isoformat() if v.published_at else None,
            }
            for v in brief.versions
        ],
    }


def published_brief_json(brief: PublishedBrief) -> dict[str, Any]:
    """One published language version (`/api/v1/public/briefs`); the body is Markdown."""
    return {
        "id": brief.id,
        "theme": brief.theme,
        "week": brief.week,
        "language": brief.language,
        "headline": brief.headline,
        "lead": brief.lead,
        "body": brief.body,
        "trend": brief.trend,
        "published_at": brief.published_at.isoformat(),
    }
