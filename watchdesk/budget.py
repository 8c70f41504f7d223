"""A per-document budget: each document is extracted and annotated in a worker process that is
killed and replaced when it runs past its time or memory budget, so one runaway document fails
alone, with a one-line error naming it, and the run goes on.

The stages stay pure and unaware of this: the worker runs `pipeline.process` as it is. The
parent watches the worker's resident memory (Linux /proc) while it waits, and the worker's address
space is capped (RLIMIT_AS) at twice the memory budget as a backstop against one huge allocation
that a watchdog polling every few milliseconds could miss.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection
from types import TracebackType
from typing import TYPE_CHECKING, Any

from watchdesk.errors import BudgetExceeded, InputError, StageFailed
from watchdesk.nlp.parse import Parser

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from spacy.language import Language

    from watchdesk.extract.boilerplate import BoilerplateModel
    from watchdesk.records import Article, ProcessedArticle, RawDocument
    from watchdesk.settings import Settings

POLL_S = 0.02  # memory grows at most ~50 MB/s on runaway text: 20 ms lets it overshoot ~1 MB
READY_TIMEOUT_S = 300.0  # a worker starting or loading models: never counted against a document
_PROC = "/proc/{pid}/status"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Budget:
    """What one document may cost: wall-clock seconds and resident megabytes of its worker."""

    seconds: float
    memory_mb: int

    @classmethod
    def from_settings(cls, settings: Settings) -> Budget:
        return cls(settings.document_timeout_s, settings.document_memory_mb)


class Worker:
    """One worker process that loads the models once and processes documents one at a time.

    `process` has the signature of `pipeline.process` less the parser; past the budget it raises
    `BudgetExceeded` and the next call starts a fresh worker. Use it as a context manager.
    """

    def __init__(self, budget: Budget, model_en: str) -> None:
        self.budget = budget
        self._model_en = model_en
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self.peak_mb = 0.0  # the highest resident memory any of this object's workers reached
        self.started = 0  # workers started: one, plus one for each killed or lost

    def __enter__(self) -> Worker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def process(
        self, raw: RawDocument, boilerplate: BoilerplateModel | None = None
    ) -> ProcessedArticle:
        """Extract and annotate `raw` in the worker, within the budget."""
        conn = self._ready()
        conn.send((raw, boilerplate))
        deadline = time.monotonic() + self.budget.seconds
        while True:
            if not conn.poll(POLL_S):
                self._check(raw, deadline)
                continue
            kind, payload = self._receive(raw)
            if kind != "loading":
                break
            # A worker loads each language's models once, on first use: never a document's cost.
            paused = time.monotonic()
            conn.poll(READY_TIMEOUT_S)
            self._receive(raw)
            deadline += time.monotonic() - paused
        self._note_peak()
        if kind == "ok":
            return payload  # type: ignore[no-any-return]
        if kind == "input":
            raise payload
        if kind == "memory":  # the address-space backstop; the worker's state is suspect
            self._kill()
            raise BudgetExceeded(raw.uri, self._over_memory())
        raise StageFailed(raw.uri, str(payload))

    def _receive(self, raw: RawDocument) -> tuple[str, Any]:
        assert self._conn is not None
        try:
            kind, payload = self._conn.recv()
        except (EOFError, OSError):
            code = self._kill()
            raise StageFailed(raw.uri, f"the worker died, exit code {code}") from None
        return kind, payload

    def _check(self, raw: RawDocument, deadline: float) -> None:
        """Kill the worker and fail the document once it is over either budget."""
        if _memory_mb(self._pid(), "VmRSS") > self.budget.memory_mb:
            self._kill()
            raise BudgetExceeded(raw.uri, self._over_memory())
        if time.monotonic() > deadline:
            self._kill()
            raise BudgetExceeded(
                raw.uri,
                f"over the {self.budget.seconds:g} s time budget, WATCHDESK_DOCUMENT_TIMEOUT_S",
            )

    def _over_memory(self) -> str:
        return f"over the {self.budget.memory_mb} MB memory budget, WATCHDESK_DOCUMENT_MEMORY_MB"

    def rss_mb(self) -> float:
        """The live worker's resident memory now (started if need be)."""
        self._ready()
        return _memory_mb(self._pid(), "VmRSS")

    def close(self) -> None:
        """Stop the worker (it finishes nothing; callers close between documents)."""
        if self._conn is not None and self._process is not None:
            self._note_peak()
            with suppress(OSError):
                self._conn.send(None)
            self._process.join(5)
        self._kill()

    # -- the worker's life -------------------------------------------------------------------

    def _ready(self) -> Connection:
        if self._conn is not None and self._process is not None and self._process.is_alive():
            return self._conn
        self._kill()  # one that died on its own
        self.started += 1
        context: Any = multiprocessing.get_context(_START_METHOD)  # typeshed lacks .Process
        parent, child = multiprocessing.Pipe()
        process = context.Process(
            target=_serve,
            args=(child, parent, self._model_en, self.budget.memory_mb * 2),
            name="watchdesk-annotate",
            daemon=True,
        )
        process.start()
        child.close()
        self._process, self._conn = process, parent
        if not parent.poll(READY_TIMEOUT_S):
            self._kill()
            raise RuntimeError("the annotation worker did not start")
        try:
            parent.recv()
        except EOFError:
            code = self._kill()
            raise RuntimeError(f"the annotation worker failed to start, exit code {code}") from None
        return parent

    def _pid(self) -> int:
        assert self._process is not None
        assert self._process.pid is not None
        return self._process.pid

    def _note_peak(self) -> None:
        if self._process is not None and self._process.pid is not None:
            self.peak_mb = max(self.peak_mb, _memory_mb(self._process.pid, "VmHWM"))

    def _kill(self) -> int | None:
        """Kill the worker at once (SIGKILL: it may be stuck in C code) and reap it."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is None:
            return None
        if process.is_alive():
            if process.pid is not None:
                self.peak_mb = max(self.peak_mb, _memory_mb(process.pid, "VmHWM"))
            process.kill()
        process.join()
        code = process.exitcode
        process.close()
        return code


@contextmanager
def annotator(settings: Settings) -> Iterator[Parser | Worker]:
    """What a command hands the pipeline: a budgeted worker, or a bare parser when turned off."""
    if not settings.annotate_in_worker:
        yield Parser(settings.spacy_model_en)
        return
    with Worker(Budget.from_settings(settings), settings.spacy_model_en) as worker:
        yield worker


# fork starts a worker in milliseconds with the parent's imports; elsewhere spawn is the safe one.
_START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"


def _memory_mb(pid: int, field: str) -> float:
    """A /proc memory figure of `pid` in MB; 0 where /proc is missing (the backstop still holds)."""
    try:
        with open(_PROC.format(pid=pid), encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _serve(
    conn: Connection,
    parent_end: Connection,
    model_en: str,
    address_space_mb: int,
) -> None:
    """The worker's loop: one document at a time until told to stop or the parent goes away."""
    parent_end.close()  # a forked child holds both ends; the parent's going away must read as EOF
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from watchdesk.pipeline import process

    parser = _Announcing(model_en, conn)
    _limit_address_space(address_space_mb)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        raw, boilerplate = message
        answer: tuple[str, Any]
        try:
            answer = ("ok", process(raw, parser, boilerplate))
        except InputError as exc:
            answer = ("input", exc)
        except MemoryError:
            answer = ("memory", None)
        except Exception as exc:
            log.exception("processing %s failed", raw.uri)
            answer = ("bug", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return
        if answer[0] == "memory":
            return


class _Announcing(Parser):
    """The worker's parser: it tells the parent while it loads models, so the budget pauses."""

    def __init__(self, model_en: str, conn: Connection) -> None:
        super().__init__(model_en)
        self._conn = conn
        self._loading = False

    def pipeline(self, language: str) -> Language:
        self._announce(language)
        return super().pipeline(language)

    def parse_ru(self, article: Article) -> Any:
        self._announce("ru")
        return super().parse_ru(article)

    def _announce(self, language: str) -> None:
        if self._loading or not self.supports(language) or self.is_loaded(language):
            return
        self._loading = True
        self._conn.send(("loading", language))
        try:
            self.load(language)
        finally:
            self._loading = False
            self._conn.send(("loaded", language))


def _limit_address_space(megabytes: int) -> None:
    """Cap the worker's virtual memory above what it already maps, as a backstop to the watchdog."""
    try:
        import resource
    except ImportError:  # not on this platform: the watchdog alone bounds memory
        return
    mapped = _memory_mb(os.getpid(), "VmSize")
    limit = int((max(megabytes, mapped + megabytes // 2)) * 1024 * 1024)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
