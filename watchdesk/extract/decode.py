"""Stage 1a: the bytes of a RawDocument → text, or a clear error naming the document."""

from __future__ import annotations

import codecs
import re

from watchdesk.errors import BinaryDocument, EmptyDocument, UndecodableDocument
from watchdesk.records import RawDocument

# Checked longest first: the UTF-32-LE BOM begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Formats people drop into an inbox folder by mistake; naming them makes the error useful.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "GZIP archive"),
    (b"\xfd7zXZ\x00", "XZ archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"\x7fELF", "executable"),
)

SNIFF_BYTES = 8_192  # enough to judge a file by its opening, cheap on a 20 MB one
MAX_CONTROL_SHARE = 0.10  # real text has tabs and newlines, almost never other C0 bytes
META_BYTES = 2_048  # HTML requires a charset declaration within the first 1024 bytes; allow slack

# Bytes 0x00–0x1F that text does not use; tab, LF, VT, FF, CR and ESC (ISO-2022) are left out.
_CONTROL_BYTES = bytes(set(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B})

# Both `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`,
# and the XML declaration XHTML pages open with.
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.+-]+)"""
    rb"""|<\?xml\b[^>]*?\bencoding\s*=\s*["']([a-z0-9_:.+-]+)""",
    re.IGNORECASE,
)

# Browsers read these labels as windows-1252 (WHATWG Encoding Standard), and servers that say
# "iso-8859-1" usually send windows-1252 curly quotes in 0x80–0x9F.
_WINDOWS_1252_LABELS = {"ascii", "latin-1", "iso8859-1", "cp1252"}


def decode_document(raw: RawDocument) -> str:
    """Return the document's text: by its BOM, else the declared, meta-declared or UTF-8 charset."""
    content = raw.content
    if not content.strip():
        raise EmptyDocument(raw.uri)
    for magic, kind in _MAGIC:
        if content.startswith(magic):
            raise BinaryDocument(raw.uri, kind)

    for bom, encoding in _BOMS:
        if content.startswith(bom):
            # A BOM is the strongest signal there is (WHATWG lets it override the transport).
            text = _decode(content[len(bom) :], encoding)
            if text is None:
                raise UndecodableDocument(raw.uri, f"invalid {encoding} after its byte order mark")
            return _checked(text, raw)

    # Without a BOM, UTF-16/32 text is the only text with NUL bytes, so NULs mean binary.
    _refuse_binary(content, raw)

    candidates: list[tuple[str, str]] = []
    if raw.encoding:
        candidates.append((raw.encoding, "declared by the transport"))
    if raw.content_type == "text/html":
        declared = _meta_charset(content)
        if declared:
            candidates.append((declared, "declared in the page"))
    candidates.append(("utf-8", "the default"))

    tried: list[str] = []
    for label, origin in candidates:
        codec = _codec_name(label)
        if codec is None:
            tried.append(f"unknown charset {label!r} {origin}")
            continue
        text = _decode(content, codec)
        if text is not None:
            return _checked(text, raw)
        tried.append(f"{label} {origin}")
    raise UndecodableDocument(raw.uri, "tried " + "; ".join(tried))


def _refuse_binary(content: bytes, raw: RawDocument) -> None:
    """Raise BinaryDocument for NUL bytes or an opening thick with control bytes."""
    if b"\x00" in content:
        raise BinaryDocument(raw.uri, "contains NUL bytes")
    sample = content[:SNIFF_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise BinaryDocument(raw.uri, f"{controls / len(sample):.0%} control bytes")


def _meta_charset(content: bytes) -> str | None:
    """Return the charset an HTML page declares in its opening bytes, if any."""
    match = _META_CHARSET.search(content[:META_BYTES])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii")
    # A declaration readable as ASCII cannot be in UTF-16/32; WHATWG says read it as UTF-8.
    if label.lower().replace("_", "-").startswith(("utf-16", "utf-32", "ucs-2")):
        return "utf-8"
    return label


def _codec_name(label: str) -> str | None:
    """Return Python's codec for a charset label, or None for labels it does not know."""
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return "cp1252" if name in _WINDOWS_1252_LABELS else name


def _decode(content: bytes, encoding: str) -> str | None:
    """Decode strictly: a wrong guess must fail rather than produce mojibake."""
    try:
        text = content.decode(encoding)
    except UnicodeDecodeError:
        # windows-1252 leaves five bytes undefined; browsers map them to C1 controls, as latin-1.
        return content.decode("latin-1") if encoding == "cp1252" else None
    # A UTF-8 BOM left in by a transport-declared "utf-8" is not text.
    return text.removeprefix("\ufeff")


def _checked(text: str, raw: RawDocument) -> str:
    """Refuse decoded text that is blank or still carries NULs (binary behind a UTF-16 BOM)."""
    if not text.strip():
        raise EmptyDocument(raw.uri)
    if "\x00" in text:
        raise BinaryDocument(raw.uri, "contains NUL characters")
    return text
