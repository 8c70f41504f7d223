"""Every page and text of every public set through extraction and annotation, under the budget.

    .venv/bin/python benchmarks/sweep.py                    # every set, every document
    .venv/bin/python benchmarks/sweep.py --limit 20         # the first 20 of each set
    .venv/bin/python benchmarks/sweep.py --set factru --workers 2 --json sweep.json

Each document goes through `budget.Worker.process` exactly as `watchdesk ingest` runs it: the
budget's time and memory limits kill and replace a runaway worker. Printed: documents per second,
the peak resident memory of each worker, the slowest documents (set and id only: no text of these
sets is ever printed or copied), refusals by class (no main text, empty: a clear error, not a
failure) and failures by class (a budget exceeded, a stage that raised, a worker lost). The goal
is 0 failures and a peak under 1.5 GB a worker; `--check` exits 1 when either is missed.

Sets (in `../shared/eval-data/`, read-only): `aeb` (181 news pages), `trafeval` (990 pages),
`polnear` (84 English news texts), `factru` (factRuEval-2016 test, Russian news texts),
`adaq` (208 Russian sentences).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, without installing

from watchdesk.budget import Budget, Worker  # noqa: E402
from watchdesk.errors import BudgetExceeded, InputError, StageFailed  # noqa: E402
from watchdesk.nlp.parse import DEFAULT_MODEL_EN  # noqa: E402
from watchdesk.records import RawDocument  # noqa: E402

EVAL_DATA = ROOT.parent / "shared" / "eval-data"
SETS = ("factru", "adaq", "polnear", "aeb", "trafeval")  # the runaway-prone Russian texts first
PEAK_GOAL_MB = 1536
_FETCHED = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Item:
    """One document of a set: its id for the report, and the raw document the pipeline reads."""

    set_name: str
    id: str
    raw: RawDocument


@dataclass
class Tally:
    seconds: dict[str, float] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # id → class
    refusals: Counter[str] = field(default_factory=Counter)
    statements: int = 0
    peaks_mb: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _raw(uri: str, content: bytes, kind: str, language: str | None = None) -> RawDocument:
    return RawDocument(
        uri=uri,
        content=content,
        content_type=kind,  # type: ignore[arg-type]
        fetched_at=_FETCHED,
        language=language,
    )


def load(set_name: str) -> Iterator[Item]:
    """The documents of one set, in a stable order."""
    if set_name == "aeb":
        folder = EVAL_DATA / "article-extraction-benchmark"
        truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        for key in sorted(truth):
            content = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
            yield Item(set_name, key, _raw(truth[key].get("url") or key, content, "text/html"))
    elif set_name == "trafeval":
        folder = EVAL_DATA / "trafilatura-eval"
        gold = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
        for url, entry in sorted(gold.items()):
            content = gzip.decompress((folder / "html" / f"{entry['file']}.gz").read_bytes())
            yield Item(set_name, entry["file"], _raw(url, content, "text/html"))
    elif set_name == "polnear":
        for path in sorted((EVAL_DATA / "polnear-test" / "text").glob("*.txt")):
            yield Item(set_name, path.stem, _raw(path.as_uri(), path.read_bytes(), "text/plain"))
    elif set_name == "factru":
        for path in sorted((EVAL_DATA / "factRuEval-2016-test" / "testset").glob("*.txt")):
            raw = _raw(path.as_uri(), path.read_bytes(), "text/plain", "ru")
            yield Item(set_name, path.stem, raw)
    elif set_name == "adaq":
        path = EVAL_DATA / "ru-quotes-adaq" / "ru_sentences.tsv"
        with path.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows, delimiter="\t"):
                uri = f"adaq:{row['sentence_id']}"
                yield Item(
                    set_name,
                    row["sentence_id"],
                    _raw(uri, row["sentences"].encode(), "text/plain", "ru"),
                )
    else:
        raise ValueError(f"unknown set {set_name!r}")


def failure_class(error: InputError) -> str | None:
    """None for a refusal (the pipeline's clear answer to unusable input), else the failure kind."""
    if isinstance(error, BudgetExceeded):
        return "time budget" if "time budget" in str(error) else "memory budget"
    if isinstance(error, StageFailed):
        detail = error.detail or ""
        return "worker lost" if detail.startswith("the worker died") else detail.split(":")[0]
    return None


def work(queue: list[Item], budget: Budget, tally: Tally, progress: bool, log: Path | None) -> None:
    """One worker's share: take items off the shared queue until it is empty."""
    with Worker(budget, DEFAULT_MODEL_EN) as worker:
        while True:
            with tally.lock:
                if not queue:
                    break
                item = queue.pop()
            key = f"{item.set_name}:{item.id}"
            started = time.perf_counter()
            kind: str | None = None
            statements = 0
            try:
                statements = len(worker.process(item.raw).statements)
            except InputError as exc:
                kind = failure_class(exc)
                if kind is None:
                    with tally.lock:
                        tally.refusals[type(exc).__name__] += 1
            elapsed = time.perf_counter() - started
            with tally.lock:
                tally.seconds[key] = elapsed
                tally.statements += statements
                if kind is not None:
                    tally.failures[key] = kind
                done = len(tally.seconds)
                if log is not None:  # a line a document: a long sweep cut short still reports
                    line = {
                        "id": key,
                        "s": round(elapsed, 2),
                        "failure": kind,
                        "mb": worker.peak_mb,
                    }
                    with log.open("a", encoding="utf-8") as lines:
                        lines.write(json.dumps(line) + "\n")
            if progress and (done % 50 == 0 or kind is not None):
                note = f" FAILED ({kind})" if kind else ""
                print(f"  {done} done; {key} {elapsed:.1f} s{note}", file=sys.stderr, flush=True)
        worker.close()
        with tally.lock:
            tally.peaks_mb.append(worker.peak_mb)


def sweep(
    sets: Sequence[str],
    limit: int | None,
    budget: Budget,
    workers: int,
    progress: bool,
    log: Path | None = None,
) -> tuple[Tally, int, float]:
    items = [
        item for name in sets for n, item in enumerate(load(name)) if limit is None or n < limit
    ]
    queue = list(reversed(items))  # popped from the end: sets in the order given
    tally = Tally()
    started = time.perf_counter()
    threads = [
        threading.Thread(target=work, args=(queue, budget, tally, progress, log))
        for _ in range(workers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally, len(items), time.perf_counter() - started


def report(tally: Tally, total: int, wall_s: float, slowest: int) -> dict[str, object]:
    ranked = sorted(tally.seconds.items(), key=lambda pair: pair[1], reverse=True)
    return {
        "documents": total,
        "wall_s": round(wall_s, 1),
        "documents_per_s": round(total / wall_s, 2) if wall_s else 0.0,
        "statements": tally.statements,
        "peak_mb_per_worker": [round(peak) for peak in tally.peaks_mb],
        "slowest": [[key, round(seconds, 1)] for key, seconds in ranked[:slowest]],
        "refusals": dict(sorted(tally.refusals.items())),
        "failures": len(tally.failures),
        "failures_by_class": dict(Counter(tally.failures.values()).most_common()),
        "failed": sorted(tally.failures),
    }


def main(argv: Sequence[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    arguments.add_argument("--set", action="append", choices=SETS, help="only this set (repeat)")
    arguments.add_argument("--limit", type=int, help="only the first N documents of each set")
    arguments.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    arguments.add_argument("--timeout-s", type=float, default=120.0, help="time budget a document")
    arguments.add_argument("--memory-mb", type=int, default=2048, help="memory budget a worker")
    arguments.add_argument("--slowest", type=int, default=10, help="how many slowest ids to list")
    arguments.add_argument("--json", type=Path, help="also write the figures to this file")
    arguments.add_argument("--progress", action="store_true", help="a line every 50 documents")
    arguments.add_argument("--log", type=Path, help="append one JSON line per document here")
    arguments.add_argument(
        "--check", action="store_true", help="exit 1 on a failure or peak >1.5 GB"
    )
    options = arguments.parse_args(argv)
    budget = Budget(options.timeout_s, options.memory_mb)
    tally, total, wall_s = sweep(
        options.set or SETS, options.limit, budget, options.workers, options.progress, options.log
    )
    figures = report(tally, total, wall_s, options.slowest)
    print(
        f"sweep: {total} documents in {wall_s:.0f} s, {figures['documents_per_s']} documents/s"
        f" with {options.workers} worker(s); {tally.statements} statements"
    )
    print(f"peak memory per worker: {', '.join(f'{p:.0f} MB' for p in tally.peaks_mb)}")
    print("slowest: " + ", ".join(f"{key} {seconds} s" for key, seconds in figures["slowest"]))  # type: ignore[attr-defined]
    print(f"refused (clear errors): {figures['refusals']}")
    print(f"failures: {figures['failures']} {figures['failures_by_class']}")
    for key in figures["failed"]:  # type: ignore[attr-defined]
        print(f"  failed: {key} ({tally.failures[key]})")
    if options.json:
        options.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    missed = bool(tally.failures) or any(peak > PEAK_GOAL_MB for peak in tally.peaks_mb)
    return 1 if options.check and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
