"""How `db status` shows the last ingest, reprocess or back-fill: rate and time per stage."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from watchdesk.store.runs import RunRecord


def run_lines(run: RunRecord) -> list[str]:
    """The run's summary line, then one line per stage with its share of a document."""
    seconds = max(run.seconds, 1e-9)
    lines = [
        f"{'last run':12} {run.command} {run.started_at:%Y-%m-%d %H:%M} UTC: {run.documents}"
        f" documents, {run.stored} stored, {run.failed} failed in {run.seconds:.1f} s"
        f" ({run.stored / seconds:.2f} articles/s)"
    ]
    per = max(run.stored, 1)
    for stage, spent in run.stages.items():
        lines.append(f"  {stage:10} {spent:8.1f} s {1000 * spent / per:8.0f} ms/article")
    return lines


def run_json(run: RunRecord) -> dict[str, object]:
    return {
        "command": run.command,
        "started_at": run.started_at.isoformat(),
        "finished_at": run.finished_at.isoformat(),
        "documents": run.documents,
        "stored": run.stored,
        "failed": run.failed,
        "seconds": round(run.seconds, 3),
        "stages": run.stages,
    }
