"""WARC archives: HTML and text responses become documents; everything else is skipped."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from watchdesk.errors import DocumentTooLarge, InputError
from watchdesk.ingest.files import read_inputs
from watchdesk.records import RawDocument

PAGE = "<html><body><p>Войска остаются.</p></body></html>".encode("cp1251")
RECORDS = [
    ("https://north.example/a", "200 OK", "text/html; charset=windows-1251", PAGE),
    ("https://north.example/b.txt", "200 OK", "text/plain", b"Troops stay."),
    ("https://north.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
    ("https://north.example/old", "301 Moved Permanently", "text/html", b""),
    ("https://north.example/gone", "404 Not Found", "text/html", b"<p>gone</p>"),
]


def write_warc(path: Path, *, gzip: bool, records=RECORDS) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for uri, status, content_type, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], "HTTP/1.1")
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2026-02-20T09:00:00Z"},
            )
            writer.write_record(record)
    return path


@pytest.mark.parametrize(("name", "gzip"), [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_html_and_text_responses_become_documents(tmp_path: Path, name: str, gzip: bool) -> None:
    path = write_warc(tmp_path / name, gzip=gzip)
    items = list(read_inputs([path], source="archive", max_bytes=1_000_000))
    assert all(isinstance(item, RawDocument) for item in items)
    first, second = items
    assert isinstance(first, RawDocument)
    assert isinstance(second, RawDocument)
    assert (first.uri, first.content, first.content_type, first.encoding) == (
        "https://north.example/a",
        PAGE,
        "text/html",
        "windows-1251",
    )
    assert first.fetched_at == datetime(2026, 2, 20, 9, 0, tzinfo=UTC)
    assert first.source == "archive"
    assert (second.uri, second.content_type) == ("https://north.example/b.txt", "text/plain")


def test_warc_files_in_a_folder_are_read(tmp_path: Path) -> None:
    write_warc(tmp_path / "crawl.warc.gz", gzip=True)
    (tmp_path / "other.gz").write_bytes(b"\x1f\x8b junk")
    items = list(read_inputs([tmp_path], max_bytes=1_000_000))
    assert [item.uri for item in items if isinstance(item, RawDocument)] == [
        "https://north.example/a",
        "https://north.example/b.txt",
    ]


def test_an_oversized_record_is_an_error_and_the_rest_go_on(tmp_path: Path) -> None:
    records = [
        ("https://north.example/big", "200 OK", "text/html", b"<p>" + b"x" * 5000 + b"</p>"),
        *RECORDS,
    ]
    path = write_warc(tmp_path / "crawl.warc", gzip=False, records=records)
    items = list(read_inputs([path], max_bytes=1000))
    assert isinstance(items[0], DocumentTooLarge)
    assert "https://north.example/big" in str(items[0])
    assert [item.uri for item in items[1:] if isinstance(item, RawDocument)] == [
        "https://north.example/a",
        "https://north.example/b.txt",
    ]


def test_a_file_that_is_not_a_warc_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(b"<html><body>not an archive</body></html>\n")
    [item] = list(read_inputs([path], max_bytes=1000))
    assert isinstance(item, InputError)
    assert "not a readable WARC archive" in str(item)
