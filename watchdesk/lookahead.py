"""Annotate the next documents on other cores while this process stores and links the last.

Linking compares each article with what is already stored, so it runs in order, in one process.
Extraction and annotation need nothing stored: `Lookahead` hands them to processors (budgeted
worker processes, `budget.Worker`) from threads that only wait on their worker's pipe, so the
GIL stays with the linking. On two cores one worker annotates while this process links.
"""

from __future__ import annotations

import os
import queue
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from types import TracebackType
from typing import TYPE_CHECKING

from watchdesk.budget import Budget, Worker
from watchdesk.nlp.parse import Parser

if TYPE_CHECKING:
    from watchdesk.extract.boilerplate import BoilerplateModel
    from watchdesk.pipeline import Processor
    from watchdesk.records import ProcessedArticle, RawDocument
    from watchdesk.settings import Settings

MAX_WORKERS = 4  # linking in one process keeps up with about this many annotating cores


class Lookahead:
    """A `pipeline.Processor` that also takes documents ahead, one in flight per processor."""

    def __init__(self, processors: Sequence[Processor]) -> None:
        if not processors:
            raise ValueError("a lookahead needs at least one processor")
        self.processors = tuple(processors)
        self.depth = len(processors)
        self._free: queue.SimpleQueue[Processor] = queue.SimpleQueue()
        for processor in processors:
            self._free.put(processor)
        self._pool = ThreadPoolExecutor(self.depth, thread_name_prefix="watchdesk-annotate")

    def __enter__(self) -> Lookahead:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def submit(
        self, raw: RawDocument, boilerplate: BoilerplateModel | None = None
    ) -> Future[tuple[ProcessedArticle, float]]:
        """Start processing `raw`; the future holds the article and the seconds it took."""
        return self._pool.submit(self._run, raw, boilerplate)

    def process(
        self, raw: RawDocument, boilerplate: BoilerplateModel | None = None
    ) -> ProcessedArticle:
        return self.submit(raw, boilerplate).result()[0]

    def close(self) -> None:
        """Drop what was not started; wait for the documents being processed."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _run(
        self, raw: RawDocument, boilerplate: BoilerplateModel | None
    ) -> tuple[ProcessedArticle, float]:
        processor = self._free.get()
        start = time.perf_counter()
        try:
            return processor.process(raw, boilerplate), time.perf_counter() - start
        finally:
            self._free.put(processor)


def annotation_workers() -> int:
    """Annotating workers beside this process's linking: one per core but the one that links."""
    return max(1, min((os.cpu_count() or 2) - 1, MAX_WORKERS))


@contextmanager
def annotators(settings: Settings, workers: int | None = None) -> Iterator[Parser | Lookahead]:
    """What a long command hands the pipeline: budgeted workers annotating ahead of the
    linking, or a bare parser in this process when workers are turned off."""
    if not settings.annotate_in_worker:
        yield Parser(settings.spacy_model_en)
        return
    with ExitStack() as stack:
        budget = Budget.from_settings(settings)
        pool = [
            stack.enter_context(Worker(budget, settings.spacy_model_en))
            for _ in range(workers or annotation_workers())
        ]
        yield stack.enter_context(Lookahead(pool))
