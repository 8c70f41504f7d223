"""Edge: local files, folders and JSONL exports → RawDocuments, one error value per bad item.

This module reads the filesystem and nothing else; decoding and extraction happen in the stages.
Errors are yielded, not raised, so that one bad file never stops a folder of good ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal

from watchdesk.errors import BadRecord, BinaryDocument, DocumentTooLarge, InputError
from watchdesk.ingest.warc import is_warc, read_warc
from watchdesk.records import RawDocument

ContentType = Literal["text/html", "text/plain"]

_SUFFIX_TYPES: dict[str, ContentType] = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/plain",
}
# Files a folder of articles tends to also hold (images, attachments, archives). In a folder they
# are skipped silently; named on the command line they are an error, since the user asked for them.
_NOT_TEXT_SUFFIXES = frozenset(
    {
        *(".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico", ".heic"),
        *(".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".ppt", ".pptx"),
        *(".epub", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar"),
        *(".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".mov", ".avi", ".mkv", ".webm"),
        *(".exe", ".dll", ".so", ".bin", ".dat", ".db", ".sqlite", ".pyc", ".woff", ".woff2"),
    }
)
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# A leading "<" then a tag name, "!" (doctype, comment) or "?" (XML declaration), after any BOM.
_LOOKS_LIKE_HTML = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<[!?a-zA-Z]")
SNIFF_BYTES = 1_024
READ_CHUNK = 1 << 20  # skipping past an over-long JSONL line reads it in 1 MiB steps


def read_inputs(
    paths: Sequence[Path],
    *,
    published: date | None = None,
    source: str | None = None,
    max_bytes: int,
) -> Iterator[RawDocument | InputError]:
    """Yield a RawDocument for every readable input and an InputError for every other one.

    Folders are walked recursively in sorted order, skipping hidden entries and files that are
    plainly not text. `published` and `source` apply where the input itself says nothing.
    """
    reader = _Reader(published=published, source=source, max_bytes=max_bytes)
    for path in paths:
        if path.is_dir():
            yield from reader.folder(path)
        elif path.exists():
            yield from reader.file(path, named=True)
        else:
            yield InputError(str(path), "no such file or directory")


class _Reader:
    """The options of one `read_inputs` call, shared by the readers of each kind of input."""

    def __init__(self, *, published: date | None, source: str | None, max_bytes: int) -> None:
        self.published = published
        self.source = source
        self.max_bytes = max_bytes

    def folder(self, folder: Path) -> Iterator[RawDocument | InputError]:
        try:
            entries = sorted(folder.iterdir())
        except OSError as error:
            yield InputError(str(folder), error.strerror or str(error))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue  # .git, .DS_Store, editor swap files
            if entry.is_dir():
                # A symlinked folder can point at an ancestor; following it would never end.
                if not entry.is_symlink():
                    yield from self.folder(entry)
            elif is_warc(entry) or entry.suffix.lower() not in _NOT_TEXT_SUFFIXES:
                yield from self.file(entry, named=False)

    def file(self, path: Path, *, named: bool) -> Iterator[RawDocument | InputError]:
        suffix = path.suffix.lower()
        if is_warc(path):  # .warc and .warc.gz: checked before .gz counts as "not text"
            yield from read_warc(
                path, published=self.published, source=self.source, max_bytes=self.max_bytes
            )
            return
        if suffix in _NOT_TEXT_SUFFIXES:
            if named:
                yield BinaryDocument(str(path), f"a {suffix} file")
            return
        if suffix in _JSONL_SUFFIXES:
            yield from self.jsonl(path)
            return
        try:
            # stat before reading: a 5 GB file is refused without being read into memory.
            size = path.stat().st_size
            if size > self.max_bytes:
                yield self._too_large(str(path), size)
                return
            with path.open("rb") as handle:
                # One byte more than allowed catches a file that grew after the stat.
                content = handle.read(self.max_bytes + 1)
        except OSError as error:
            yield InputError(str(path), error.strerror or str(error))
            return
        if len(content) > self.max_bytes:
            yield self._too_large(str(path), len(content))
            return
        yield RawDocument(
            uri=path.resolve().as_uri(),
            content=content,
            content_type=_SUFFIX_TYPES.get(suffix) or _sniff(content),
            fetched_at=datetime.now(UTC),
            source=self.source,
            published=self.published,
        )

    def jsonl(self, path: Path) -> Iterator[RawDocument | InputError]:
        """Yield one RawDocument per record line; a bad line is an error and the rest go on."""
        try:
            with path.open("rb") as handle:
                for lineno, line in enumerate(_bounded_lines(handle, self.max_bytes), start=1):
                    item = f"{path}:{lineno}"
                    if line is None:
                        yield DocumentTooLarge(
                            item, f"line over the limit of {self.max_bytes:,} bytes"
                        )
                    elif line.strip():
                        yield self._record(path, lineno, line)
        except OSError as error:
            yield InputError(str(path), error.strerror or str(error))

    def _record(self, path: Path, lineno: int, line: bytes) -> RawDocument | InputError:
        item = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except UnicodeDecodeError:
            return BadRecord(item, "not UTF-8")
        except json.JSONDecodeError as error:
            return BadRecord(item, f"invalid JSON: {error.msg} at column {error.colno}")
        if not isinstance(record, dict):
            return BadRecord(item, f"a JSON {type(record).__name__}, not an object")
        try:
            fields = {name: _optional_str(record, name) for name in _STRING_FIELDS}
            published = _parse_published(fields["published"])
        except ValueError as error:
            return BadRecord(item, str(error))
        # A record may carry the page as fetched or the text alone; the page, when given, wins,
        # since extraction gets its metadata from it.
        content_type: ContentType = "text/html" if fields["html"] else "text/plain"
        body = fields["html"] or fields["text"]
        if not body:
            return BadRecord(item, "neither 'html' nor 'text' holds any content")
        content = body.encode("utf-8")
        if len(content) > self.max_bytes:
            return self._too_large(item, len(content))
        return RawDocument(
            uri=fields["url"] or f"{path.resolve().as_uri()}#L{lineno}",
            content=content,
            content_type=content_type,
            fetched_at=datetime.now(UTC),
            source=fields["source"] or self.source,
            published=published or self.published,
            title=fields["title"],
            language=fields["language"],
            encoding="utf-8",  # JSON text is Unicode; we encoded it ourselves
        )

    def _too_large(self, item: str, size: int) -> DocumentTooLarge:
        return DocumentTooLarge(item, f"{size:,} bytes; the limit is {self.max_bytes:,}")


_STRING_FIELDS = ("url", "title", "published", "html", "text", "language", "source")


def _optional_str(record: dict[str, Any], name: str) -> str | None:
    """Return a string field, None when absent, null or blank; refuse any other type."""
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"field {name!r} is a {type(value).__name__}, not a string")
    return value.strip() or None


def _parse_published(value: str | None) -> date | None:
    """Accept YYYY-MM-DD or an ISO 8601 date-time; the date is the one the publisher wrote."""
    if value is None:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise ValueError(f"field 'published' is {value!r}, not YYYY-MM-DD or ISO 8601") from None


def _sniff(content: bytes) -> ContentType:
    """Call a file of unknown suffix HTML when it opens with a tag, plain text otherwise."""
    return "text/html" if _LOOKS_LIKE_HTML.match(content[:SNIFF_BYTES]) else "text/plain"


def _bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Yield the file's lines, or None for a line over max_bytes (never held in memory whole)."""
    while line := handle.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            # Skip the rest of the over-long line without reading it into memory.
            while (rest := handle.readline(READ_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line
