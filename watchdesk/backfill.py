"""Back-fill archives on Ray: the same stages on every worker, the same store loop at the end.

Ray Data reads the archives (one read task per file, so a cluster reads them in parallel), runs
`process` in an actor pool where each actor loads the models once, and streams the processed
articles back to this process, which stores and links them through `pipeline.ingest` exactly as
a local ingest would. Linking stays here because it compares each article with what is already
stored; it is the one part that must see the articles in order.

A back-fill is resumable: documents already processed by this pipeline version are left out before
any worker sees them, and `ingest` skips anything stored meanwhile, so a second run after a crash
finishes the rest and stores nothing twice.

On a cluster (`address="ray://head:10001"`) the archive paths must be readable from every node
(a shared file system or the same path everywhere) and the store URL must be PostgreSQL reachable
from this process; workers never touch the store.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from watchdesk.analysis.embeddings import Embedder
from watchdesk.errors import InputError, WatchdeskError
from watchdesk.extract.boilerplate import BoilerplateModel
from watchdesk.ingest.files import read_inputs
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import PIPELINE_VERSION, IngestReport, ingest, process
from watchdesk.records import ProcessedArticle, RawDocument
from watchdesk.store import Store

BLOCK_ROWS = 64  # documents per block a read task hands to Ray: small blocks keep actors busy
BATCH_ROWS = 8  # documents per call of an actor: a long batch would delay the first results

_RAW_FIELDS = ("uri", "content_type", "source", "title", "language", "encoding")


@dataclass(frozen=True)
class BackfillOptions:
    """How a back-fill runs: where Ray is, how many workers, and what the readers accept."""

    max_bytes: int
    spacy_model_en: str
    address: str | None = None  # None starts a local Ray inside this command
    workers: int | None = None  # actors in the pool; None: one per CPU Ray reports
    published: date | None = None
    source: str | None = None


def backfill(
    paths: Sequence[Path],
    store: Store,
    options: BackfillOptions,
    *,
    on_item: Callable[[str], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
    embedder: Embedder | None = None,
    analyze: bool = True,
) -> IngestReport:
    """Process every document of the archives on Ray and store them here; resumable.

    `on_plan` is told how many records this run will process (a progress bar's end, so that it
    can show the time left) when the archives are readable here.
    """
    try:
        import ray
    except ImportError:
        raise WatchdeskError(
            "the Ray engine needs Ray: pip install 'watchdesk[ray]' (or use --engine local)"
        ) from None
    done = store.processed_documents(PIPELINE_VERSION)
    files = archive_files(paths)
    if on_plan is not None and all(f.exists() for f in files):
        on_plan(_still_to_do(files, done, options))
    started = not ray.is_initialized()
    if started:
        ray.init(address=options.address, include_dashboard=False, log_to_driver=False)
    try:
        rows = _processed_rows(ray, paths, done, options)
        precomputed = Precomputed(Parser(options.spacy_model_en))
        report = ingest(
            precomputed.feed(rows),
            store,
            precomputed,
            on_item=on_item,
            embedder=embedder,
            analyze=analyze,
            command="backfill",
        )
        report.unchanged += precomputed.already_done
        return report
    finally:
        if started:
            ray.shutdown()


def _still_to_do(
    files: Sequence[Path], done: frozenset[tuple[str, str]], options: BackfillOptions
) -> int:
    """The records of the archives not yet processed, bad ones included: one more read of the
    archives, little next to annotating them, for an ETA on a run of hours."""
    items = read_inputs(
        files, published=options.published, source=options.source, max_bytes=options.max_bytes
    )
    return sum(
        1 for item in items if isinstance(item, InputError) or (item.uri, item.sha256) not in done
    )


def archive_files(paths: Sequence[Path]) -> list[Path]:
    """The files under the paths, in the order a local ingest would read them."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.parts)
            )
        else:
            files.append(path)
    return files


def _processed_rows(
    ray: Any, paths: Sequence[Path], done: frozenset[tuple[str, str]], options: BackfillOptions
) -> Iterator[dict[str, Any]]:
    workers = options.workers or max(int(ray.available_resources().get("CPU", 1)), 1)
    # Reading is light next to annotation: it takes no CPU of its own, or the actors, holding
    # every CPU, would wait for blocks that a starved reader never makes.
    dataset = ray.data.read_datasource(
        _archive_source(archive_files(paths), done, options), num_cpus=0
    ).map_batches(
        _Annotator,
        fn_constructor_args=(options.spacy_model_en,),
        batch_size=BATCH_ROWS,
        batch_format="pyarrow",
        num_cpus=1,
        compute=ray.data.ActorPoolStrategy(size=workers),
    )
    yield from dataset.iter_rows()


def _archive_source(
    files: Sequence[Path], done: frozenset[tuple[str, str]], options: BackfillOptions
) -> Any:
    from ray.data.block import BlockMetadata
    from ray.data.context import DataContext
    from ray.data.datasource import Datasource, ReadTask

    class ArchiveSource(Datasource):
        """One read task per archive file; each yields the documents not yet processed."""

        def estimate_inmemory_data_size(self) -> int | None:
            return sum(f.stat().st_size for f in files if f.exists())

        def get_read_tasks(
            self,
            parallelism: int,
            per_task_row_limit: int | None = None,
            data_context: DataContext | None = None,
        ) -> list[ReadTask]:
            return [
                ReadTask(
                    partial(_read_blocks, file, done, options),
                    BlockMetadata(
                        num_rows=None,
                        size_bytes=file.stat().st_size if file.exists() else None,
                        exec_stats=None,
                        input_files=(str(file),),
                    ),
                )
                for file in files
            ]

    return ArchiveSource()  # type: ignore[no-untyped-call]  # Datasource's own __init__


def _read_blocks(
    file: Path, done: frozenset[tuple[str, str]], options: BackfillOptions
) -> Iterator[Any]:
    import pyarrow as pa  # comes with ray[data]

    rows: list[dict[str, Any]] = []
    items = read_inputs(
        [file], published=options.published, source=options.source, max_bytes=options.max_bytes
    )
    for item in items:
        if isinstance(item, InputError):
            rows.append({"uri": item.item, "failure": _why(item), "raw": None})
        elif (item.uri, item.sha256) in done:
            rows.append({"uri": item.uri, "failure": None, "raw": None})  # counted, not sent
        else:
            rows.append({"uri": item.uri, "failure": None, "raw": _raw_row(item)})
        if len(rows) >= BLOCK_ROWS:
            yield pa.Table.from_pylist(rows)
            rows = []
    if rows:
        yield pa.Table.from_pylist(rows)


class _Annotator:
    """A Ray actor: loads the models once, then runs `process` on every batch it is given."""

    def __init__(self, spacy_model_en: str) -> None:
        self.parser = Parser(spacy_model_en)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        processed: list[bytes | None] = []
        failures: list[str | None] = list(batch.column("failure").to_pylist())
        for i, raw_row in enumerate(batch.column("raw").to_pylist()):
            if raw_row is None:
                processed.append(None)
                continue
            try:
                processed.append(pickle.dumps(process(_raw_document(raw_row), self.parser)))
            except InputError as exc:
                processed.append(None)
                failures[i] = _why(exc)
            except Exception as exc:  # a stage's bug on one odd text: this document fails alone
                processed.append(None)
                failures[i] = f"processing failed ({type(exc).__name__}: {exc})"
        return pa.table(
            {
                "uri": batch.column("uri"),
                "raw": batch.column("raw"),
                "failure": pa.array(failures, pa.string()),
                "processed": pa.array(processed, pa.binary()),
            }
        )


@dataclass
class Precomputed:
    """A `pipeline.Processor` that hands back what the workers made for each document.

    A page that `ingest` asks for again (re-extraction once its site's boilerplate is learned)
    was not made by a worker with that boilerplate: it is processed here, as a local ingest would.
    """

    parser: Parser
    already_done: int = 0
    _made: dict[tuple[str, str], ProcessedArticle | InputError] = field(default_factory=dict)

    def feed(self, rows: Iterable[dict[str, Any]]) -> Iterator[RawDocument | InputError]:
        """The documents of the processed rows, in order, remembering what was made of each."""
        for row in rows:
            if row["raw"] is None and row["failure"] is None:
                self.already_done += 1  # processed by an earlier run of this pipeline version
                continue
            if row["raw"] is None:
                yield InputError(row["uri"], row["failure"])
                continue
            raw = _raw_document(row["raw"])
            key = (raw.uri, raw.sha256)
            if row["processed"] is not None:
                self._made[key] = pickle.loads(row["processed"])  # made by our own workers
            else:
                self._made[key] = InputError(raw.uri, row["failure"] or "processing failed")
            yield raw

    def process(
        self, raw: RawDocument, boilerplate: BoilerplateModel | None = None
    ) -> ProcessedArticle:
        made = self._made.pop((raw.uri, raw.sha256), None)
        if made is None:
            return process(raw, self.parser, boilerplate)
        if isinstance(made, InputError):
            raise made
        return made


def _why(error: InputError) -> str:
    return f"{error.reason} ({error.detail})" if error.detail else error.reason


def _raw_row(raw: RawDocument) -> dict[str, Any]:
    row = {name: getattr(raw, name) for name in _RAW_FIELDS}
    row["content"] = raw.content
    row["fetched_at"] = raw.fetched_at.isoformat()
    row["published"] = raw.published.isoformat() if raw.published else None
    return row


def _raw_document(row: dict[str, Any]) -> RawDocument:
    published = row.get("published")
    return RawDocument(
        uri=row["uri"],
        content=row["content"],
        content_type=row["content_type"],
        fetched_at=datetime.fromisoformat(row["fetched_at"]),
        source=row.get("source"),
        published=date.fromisoformat(published) if published else None,
        title=row.get("title"),
        language=row.get("language"),
        encoding=row.get("encoding"),
    )
