"""decode_document: bytes → text, or an error naming the document."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime
from typing import Literal

import pytest

from watchdesk.errors import BinaryDocument, EmptyDocument
from watchdesk.extract.decode import decode_document
from watchdesk.records import RawDocument

URI = "file:///inbox/page"
RUSSIAN = "Министерство обороны заявило, что войска останутся до марта."


def raw(
    content: bytes,
    content_type: Literal["text/html", "text/plain"] = "text/plain",
    encoding: str | None = None,
) -> RawDocument:
    return RawDocument(
        uri=URI,
        content=content,
        content_type=content_type,
        fetched_at=datetime(2026, 2, 20, tzinfo=UTC),
        encoding=encoding,
    )


def russian_page(declaration: str) -> bytes:
    return (
        f"<html><head>{declaration}<title>Войска</title></head><body><p>{RUSSIAN}</p></body></html>"
    ).encode("windows-1251")


def test_utf8_text_is_decoded_as_is() -> None:
    assert decode_document(raw("Zelenskyy — «мир»".encode())) == "Zelenskyy — «мир»"


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_byte_order_mark_picks_the_encoding_and_is_dropped(bom: bytes, encoding: str) -> None:
    assert decode_document(raw(bom + RUSSIAN.encode(encoding))) == RUSSIAN


def test_byte_order_mark_wins_over_declared_encoding() -> None:
    document = raw(codecs.BOM_UTF8 + RUSSIAN.encode(), encoding="windows-1251")
    assert decode_document(document) == RUSSIAN


def test_transport_declared_encoding_is_used() -> None:
    assert decode_document(raw(RUSSIAN.encode("koi8-r"), encoding="koi8-r")) == RUSSIAN


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="windows-1251">',
        "<meta charset=windows-1251>",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=CP1251'>",
    ],
)
def test_html_page_declaring_windows_1251_is_decoded(declaration: str) -> None:
    text = decode_document(raw(russian_page(declaration), "text/html"))
    assert RUSSIAN in text
    assert "<title>Войска</title>" in text


def test_transport_encoding_wins_over_meta_charset() -> None:
    page = '<meta charset="koi8-r"><p>Войска</p>'.encode("windows-1251")
    text = decode_document(raw(page, "text/html", encoding="windows-1251"))
    assert "Войска" in text


def test_charset_declared_later_in_the_head_is_seen_like_a_browser_reparse() -> None:
    styles = "<style>" + "p { margin: 0 }\n" * 200 + "</style>"  # 3 KB before the declaration
    page = russian_page(styles + '<meta charset="windows-1251">')
    assert RUSSIAN in decode_document(raw(page, "text/html"))


def test_charset_named_only_in_the_body_is_not_a_declaration() -> None:
    body = f"<p>{RUSSIAN}</p>" * 20  # past the 1,024-byte prescan
    page = f"<html><head></head><body>{body}<meta charset=koi8-r></body>".encode()
    assert RUSSIAN in decode_document(raw(page, "text/html"))


def test_meta_charset_is_ignored_in_plain_text() -> None:
    text = f'A page may show <meta charset="koi8-r"> as an example.\n{RUSSIAN}'
    assert decode_document(raw(text.encode())) == text


def test_windows_1251_text_without_declaration_is_read_by_its_bytes() -> None:
    assert decode_document(raw(RUSSIAN.encode("windows-1251"))) == RUSSIAN


def test_one_bad_byte_in_a_page_declaring_utf8_costs_one_character() -> None:
    page = f'<meta charset="utf-8"><p>Caf\xe9 Pushkin. {RUSSIAN}</p>'
    content = page.replace("\xe9", "\x00").encode().replace(b"\x00", b"\xe9")
    text = decode_document(raw(content, "text/html"))
    assert "Caf\ufffd Pushkin." in text
    assert RUSSIAN in text


def test_undeclared_utf8_with_a_stray_legacy_byte_stays_utf8() -> None:
    content = RUSSIAN.encode() + b" \x96 " + RUSSIAN.encode()
    assert decode_document(raw(content)) == f"{RUSSIAN} \ufffd {RUSSIAN}"


def test_unknown_declared_charset_falls_back_to_utf8() -> None:
    assert decode_document(raw(RUSSIAN.encode(), encoding="x-no-such-charset")) == RUSSIAN


def test_latin1_label_is_read_as_windows_1252_like_browsers_do() -> None:
    curly = "“Quoted” – said".encode("cp1252")
    assert decode_document(raw(curly, encoding="iso-8859-1")) == "“Quoted” – said"


@pytest.mark.parametrize(
    "content",
    [b"", b"   ", b"\n\r\n\t  \n", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"  \n"],
    ids=["empty", "spaces", "newlines", "bom-only", "bom-and-spaces"],
)
def test_blank_document_is_refused(content: bytes) -> None:
    with pytest.raises(EmptyDocument) as caught:
        decode_document(raw(content))
    assert str(caught.value) == "/inbox/page: empty document"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP archive"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "GZIP archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    ],
)
def test_known_binary_formats_are_refused_by_name(content: bytes, kind: str) -> None:
    with pytest.raises(BinaryDocument) as caught:
        decode_document(raw(content))
    assert caught.value.detail == kind


def test_text_thick_with_nul_bytes_is_binary() -> None:
    with pytest.raises(BinaryDocument, match="NUL"):
        decode_document(raw(b"looks like text\x00\x00\x00 but is not"))


def test_a_few_nul_bytes_in_a_long_page_are_dropped_as_browsers_do() -> None:
    paragraph = f"<p>{RUSSIAN}</p>\n" * 20
    content = f"<html><body>{paragraph}".encode() + b"\x00\x00" + paragraph.encode()
    text = decode_document(raw(content, "text/html"))
    assert "\x00" not in text
    assert text.count(RUSSIAN) == 40


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_read_not_called_binary(encoding: str) -> None:
    text = "The ministry said the troops would stay until March. " * 3
    assert decode_document(raw(text.encode(encoding))) == text


def test_undefined_windows_1252_byte_reads_as_its_c1_control() -> None:
    content = "“Quoted”".encode("cp1252") + b" \x81 said"
    assert decode_document(raw(content, encoding="windows-1252")) == "“Quoted” \x81 said"


def test_many_control_bytes_mean_binary() -> None:
    content = bytes(range(1, 32)) * 20 + b"some text"
    with pytest.raises(BinaryDocument, match="control bytes"):
        decode_document(raw(content))


def test_tabs_form_feeds_and_escape_sequences_are_text() -> None:
    content = b"col\tcol\n\x0cpage two\n\x1b$B escape\n" * 5
    assert decode_document(raw(content)) == content.decode()
