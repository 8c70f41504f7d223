"""Edge: WARC archives (.warc, .warc.gz) → one RawDocument per archived HTML or text response.

Web archives hold everything a crawl saw: requests, images, redirects, error pages. Only successful
responses with an HTML or plain-text body become documents; the rest is skipped without noise. A
broken record is an error for that record, and a broken archive stops at the break with an error,
keeping what came before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from watchdesk.errors import DocumentTooLarge, InputError
from watchdesk.records import RawDocument

WARC_SUFFIXES = (".warc", ".warc.gz")
_TYPES: dict[str, Literal["text/html", "text/plain"]] = {
    "text/html": "text/html",
    "application/xhtml+xml": "text/html",
    "text/plain": "text/plain",
}
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:+-]+)""", re.IGNORECASE)


def is_warc(path: Path) -> bool:
    """Whether the file is named like a WARC archive."""
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(
    path: Path,
    *,
    published: date | None = None,
    source: str | None = None,
    max_bytes: int,
) -> Iterator[RawDocument | InputError]:
    """Yield the archive's HTML and text responses as RawDocuments, and errors for bad records."""
    try:
        with path.open("rb") as handle:
            # warcio reads gzip per record, so a .warc.gz is streamed, never inflated whole.
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                item = _document(record, path, number, published, source, max_bytes)
                if item is not None:
                    yield item
    except OSError as error:
        yield InputError(str(path), error.strerror or str(error))
    except (ArchiveLoadFailed, ValueError, EOFError) as error:
        yield InputError(str(path), f"not a readable WARC archive: {error}")


def _document(
    record: Any,
    path: Path,
    number: int,
    published: date | None,
    source: str | None,
    max_bytes: int,
) -> RawDocument | InputError | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    header = record.http_headers.get_header("Content-Type") or ""
    content_type = _TYPES.get(header.split(";", 1)[0].strip().lower())
    if content_type is None:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path.resolve().as_uri()}#{number}"
    # content_stream() undoes the HTTP transfer and content encodings the server used.
    content = record.content_stream().read(max_bytes + 1)
    if len(content) > max_bytes:
        return DocumentTooLarge(uri, f"over the limit of {max_bytes:,} bytes")
    charset = _CHARSET.search(header)
    return RawDocument(
        uri=uri,
        content=content,
        content_type=content_type,
        fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
        source=source,
        published=published,
        encoding=charset.group(1).lower() if charset else None,
    )


def _warc_date(value: str | None) -> datetime:
    """The capture time the archive records; now, if it records none that can be read."""
    if value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return datetime.now(UTC)
