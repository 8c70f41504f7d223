"""read_inputs: local files, folders and JSONL → RawDocuments, with an error value per bad item."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from watchdesk.errors import BadRecord, BinaryDocument, DocumentTooLarge, InputError
from watchdesk.ingest.files import read_inputs
from watchdesk.records import RawDocument
from watchdesk.settings import Settings

LIMIT = 1024 * 1024
HTML = b"<!DOCTYPE html><html><body><p>Troops stay.</p></body></html>"


def read(*paths: Path, **options: object) -> list[RawDocument | InputError]:
    options.setdefault("max_bytes", LIMIT)
    return list(read_inputs(paths, **options))  # type: ignore[arg-type]


def documents(items: list[RawDocument | InputError]) -> list[RawDocument]:
    assert all(isinstance(item, RawDocument) for item in items), items
    return [item for item in items if isinstance(item, RawDocument)]


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("a.html", HTML, "text/html"),
        ("a.HTM", HTML, "text/html"),
        ("a.txt", b"Troops stay.", "text/plain"),
        ("a.text", b"Troops stay.", "text/plain"),
        ("a.md", b"# Troops stay", "text/plain"),
        ("a.txt", b"<p>even if it looks like HTML</p>", "text/plain"),
        ("page", HTML, "text/html"),
        ("page.xml", b"\xef\xbb\xbf  <?xml version='1.0'?><html/>", "text/html"),
        ("notes", b"Troops stay < 3 months.", "text/plain"),
        ("notes.csv", b"troops,12000", "text/plain"),
    ],
)
def test_content_type_comes_from_the_suffix_or_a_sniff(
    tmp_path: Path, name: str, content: bytes, content_type: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [document] = documents(read(path))
    assert document.content_type == content_type
    assert document.content == content


def test_document_records_uri_time_and_operator_hints(tmp_path: Path) -> None:
    path = tmp_path / "troops stay.html"
    path.write_bytes(HTML)
    [document] = documents(read(path, published=date(2026, 2, 18), source="Ledger"))
    assert document.uri == path.resolve().as_uri()
    assert document.uri.startswith("file:///")
    assert document.uri.endswith("troops%20stay.html")
    assert document.fetched_at.utcoffset() == timedelta(0)
    assert (document.published, document.source) == (date(2026, 2, 18), "Ledger")


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a.html", "sub/c.txt", "sub/deeper/d.txt", "e.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"text")
    names = [Path(doc.uri).name for doc in documents(read(tmp_path))]
    assert names == ["a.html", "b.txt", "e.md", "c.txt", "d.txt"]


def test_folder_skips_hidden_entries_and_files_that_are_not_text(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_bytes(b"text")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_bytes(b"ref: refs/heads/main")
    (tmp_path / "photo.JPG").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "bundle.zip").write_bytes(b"PK\x03\x04")
    assert [Path(doc.uri).name for doc in documents(read(tmp_path))] == ["article.txt"]


@pytest.mark.parametrize("name", ["photo.png", "report.pdf", "bundle.zip"])
def test_named_file_that_is_not_text_is_an_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    [error] = read(path)
    assert isinstance(error, BinaryDocument)
    assert str(error).startswith(f"{path}: binary content")


def test_missing_path_is_an_error_and_the_rest_go_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(b"text")
    missing = tmp_path / "missing.html"
    error, document = read(missing, good)
    assert isinstance(error, InputError)
    assert str(error) == f"{missing}: cannot be read (no such file or directory)"
    assert isinstance(document, RawDocument)


def test_unreadable_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Patched rather than chmod-ed: permissions do not stop root, which CI containers often are.
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    path = tmp_path / "locked.txt"
    path.write_bytes(b"text")
    monkeypatch.setattr(Path, "open", refuse)
    [error] = read(path)
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: cannot be read (Permission denied)"


@pytest.mark.parametrize(("size", "refused"), [(100, False), (101, True)])
def test_file_over_the_limit_is_refused_with_its_size(
    tmp_path: Path, size: int, refused: bool
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(b"x" * size)
    [item] = read(path, max_bytes=100)
    assert isinstance(item, DocumentTooLarge) == refused
    if refused:
        assert str(item) == f"{path}: too large (101 bytes; the limit is 100)"


def test_50_mb_file_is_refused_under_the_default_limit_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:  # sparse: no 50 MB is written to disk
        handle.truncate(50 * 1024 * 1024)
    [item] = read(path, max_bytes=Settings().max_document_bytes)
    assert isinstance(item, DocumentTooLarge)
    assert str(item) == f"{path}: too large (52,428,800 bytes; the limit is 20,971,520)"


def write_jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_records_become_documents(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "export.jsonl",
        json.dumps(
            {
                "url": "https://ledger.example/a",
                "title": "Troops stay",
                "published": "2026-02-18",
                "html": "<p>Войска останутся.</p>",
                "language": "ru",
                "source": "Ledger",
            },
            ensure_ascii=False,
        ),
        "",
        json.dumps({"text": "Troops stay.", "published": "2026-02-18T23:30:00-05:00"}),
    )
    first, second = documents(read(path, source="operator", published=date(2026, 1, 1)))
    assert first.uri == "https://ledger.example/a"
    assert first.content == "<p>Войска останутся.</p>".encode()
    assert (first.content_type, first.encoding) == ("text/html", "utf-8")
    assert (first.title, first.language, first.source) == ("Troops stay", "ru", "Ledger")
    assert first.published == date(2026, 2, 18)
    assert second.uri == f"{path.resolve().as_uri()}#L3"
    assert second.content_type == "text/plain"
    assert second.published == date(2026, 2, 18)  # the publisher's own calendar day
    assert (second.source, second.title) == ("operator", None)


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "a JSON list, not an object"),
        ('{"url": "https://x.example/"}', "neither 'html' nor 'text'"),
        ('{"text": "  "}', "neither 'html' nor 'text'"),
        ('{"text": 42}', "field 'text' is a int, not a string"),
        ('{"text": "x", "published": "18/02/2026"}', "field 'published' is '18/02/2026'"),
    ],
)
def test_bad_jsonl_line_is_an_error_naming_the_line_and_the_rest_go_on(
    tmp_path: Path, line: str, why: str
) -> None:
    good = json.dumps({"text": "Troops stay."})
    path = write_jsonl(tmp_path / "export.jsonl", good, line, good)
    first, error, third = read(path)
    assert isinstance(first, RawDocument)
    assert isinstance(third, RawDocument)
    assert isinstance(error, BadRecord)
    assert error.item == f"{path}:2"
    assert why in str(error)
    assert "\n" not in str(error)


def test_jsonl_line_that_is_not_utf8_is_a_bad_record(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_bytes('{"text": "Войска"}\n'.encode("windows-1251"))
    [error] = read(path)
    assert isinstance(error, BadRecord)
    assert str(error) == f"{path}:1: bad record (not UTF-8)"


def test_jsonl_record_over_the_limit_is_refused_and_the_rest_go_on(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "export.jsonl",
        json.dumps({"text": "x" * 500}),
        json.dumps({"text": "short"}),
    )
    error, document = read(path, max_bytes=200)
    assert isinstance(error, DocumentTooLarge)
    assert error.item == f"{path}:1"
    assert isinstance(document, RawDocument)
    assert document.content == b"short"
