"""Stage 1a: the bytes of a RawDocument → text, decoded the way browsers decode it.

The order is the WHATWG Encoding / HTML standards': a byte order mark, then the transport's
charset, then a `<meta>` declaration (the standard's 1,024-byte prescan, and like a browser that
re-parses on a late declaration, anywhere in the head), then UTF-8 when the bytes are UTF-8, and
only then a guess from the bytes. Bytes the chosen encoding cannot read become U+FFFD, as on
screen: one stray byte in a UTF-8 page costs one character, never the article. A document is
refused as binary only on real evidence: a known file signature or an opening thick with
control bytes; a few NUL bytes in a web page are dropped, as browsers drop them.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from watchdesk.errors import BinaryDocument, EmptyDocument
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
PRESCAN_BYTES = 1_024  # WHATWG's prescan: where a page must declare its charset
HEAD_BYTES = 262_144  # a late declaration still counts inside the head; a head is never longer
GUESS_BYTES = 65_536  # enough text to tell one legacy charset from another
UTF16_NUL_SHARE = 0.4  # ASCII-range text in UTF-16 has a NUL in every other byte

# Bytes 0x00–0x1F that text does not use; tab, LF, VT, FF, CR and ESC (ISO-2022) are left out.
_CONTROL_BYTES = bytes(set(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B})

# Both `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`,
# and the XML declaration XHTML pages open with.
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.+-]+)"""
    rb"""|<\?xml\b[^>]*?\bencoding\s*=\s*["']([a-z0-9_:.+-]+)""",
    re.IGNORECASE,
)
_HEAD_END = re.compile(rb"</head\s*>|<body\b", re.IGNORECASE)

# Browsers read these labels as windows-1252 (WHATWG Encoding Standard), and servers that say
# "iso-8859-1" usually send windows-1252 curly quotes in 0x80–0x9F.
_WINDOWS_1252_LABELS = {"ascii", "latin-1", "iso8859-1", "cp1252"}


def decode_document(raw: RawDocument) -> str:
    """Return the document's text; raise EmptyDocument or BinaryDocument when it has none."""
    content = raw.content
    if not content.strip():
        raise EmptyDocument(raw.uri)
    for magic, kind in _MAGIC:
        if content.startswith(magic):
            raise BinaryDocument(raw.uri, kind)

    for bom, encoding in _BOMS:
        if content.startswith(bom):
            # A BOM is the strongest signal there is (WHATWG lets it override the transport).
            return _checked(content[len(bom) :].decode(encoding, "replace"), raw)

    utf16 = _utf16_without_bom(content[:SNIFF_BYTES])
    if utf16 is not None:
        return _checked(content.decode(utf16, "replace"), raw)
    _refuse_binary(content, raw)

    declared = _codec_name(raw.encoding) if raw.encoding else None
    if declared is None and raw.content_type == "text/html":
        declared = _codec_name(_meta_charset(content) or "")
    if declared is not None and declared != "utf-8":
        return _checked(_decode(content, declared), raw)
    try:
        return _checked(content.decode("utf-8"), raw)
    except UnicodeDecodeError:
        pass
    if declared == "utf-8" or _mostly_utf8(content):
        # A stray byte from a legacy include or a cut-off character: the rest is UTF-8.
        return _checked(content.decode("utf-8", "replace"), raw)
    return _checked(_decode(content, _guess(content)), raw)


def _refuse_binary(content: bytes, raw: RawDocument) -> None:
    """Raise BinaryDocument when the opening is thick with control bytes (NUL included)."""
    sample = content[:SNIFF_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > MAX_CONTROL_SHARE * len(sample):
        detail = "contains NUL bytes" if b"\x00" in sample else "control bytes"
        raise BinaryDocument(raw.uri, f"{detail}: {controls / len(sample):.0%} control bytes")


def _utf16_without_bom(sample: bytes) -> str | None:
    """Return "utf-16-le"/"-be" when NULs fill every other byte, as in UTF-16 Latin text."""
    if len(sample) < 4 or sample.count(0) < UTF16_NUL_SHARE * len(sample) / 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 2 * UTF16_NUL_SHARE * len(sample[1::2]) and even == 0:
        return "utf-16-le"
    if even >= 2 * UTF16_NUL_SHARE * len(sample[0::2]) and odd == 0:
        return "utf-16-be"
    return None


def _meta_charset(content: bytes) -> str | None:
    """Return the charset an HTML page declares: in the prescan window, else in its head."""
    match = _META_CHARSET.search(content[:PRESCAN_BYTES])
    if match is None:
        head_end = _HEAD_END.search(content, 0, HEAD_BYTES)
        match = _META_CHARSET.search(content, 0, head_end.start() if head_end else HEAD_BYTES)
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


def _mostly_utf8(content: bytes) -> bool:
    """Say whether most non-ASCII characters form valid UTF-8 (so the odd bad byte is noise)."""
    text = content.decode("utf-8", "replace")
    bad = text.count("\ufffd") - content.count("\ufffd".encode())
    return sum(ord(char) > 0x7F for char in text) - bad > bad


def _guess(content: bytes) -> str:
    """Name the legacy charset the bytes read best in; windows-1252 as browsers default to."""
    best = from_bytes(content[:GUESS_BYTES]).best()
    codec = _codec_name(best.encoding) if best is not None else None
    return codec or "cp1252"


def _decode(content: bytes, encoding: str) -> str:
    """Decode as browsers do: bytes the encoding cannot read become U+FFFD."""
    # windows-1252 leaves five bytes undefined; browsers map them to C1 controls, as latin-1.
    return content.decode(encoding, _C1_CONTROLS if encoding == "cp1252" else "replace")


def _checked(text: str, raw: RawDocument) -> str:
    """Drop a stray BOM and NULs; refuse text that is blank or mostly controls (binary)."""
    text = text.removeprefix("\ufeff")  # left in by a transport-declared "utf-8"
    sample = text[:SNIFF_BYTES]
    controls = len(sample) - len(sample.translate(_DELETE_CONTROLS))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise BinaryDocument(raw.uri, f"contains NUL characters: {controls} in {len(sample)}")
    text = text.replace("\x00", "")  # browsers drop NUL from a page's text, so do we
    if not text.strip():
        raise EmptyDocument(raw.uri)
    return text


_DELETE_CONTROLS = dict.fromkeys(_CONTROL_BYTES)  # str.translate table: code points → None


def _as_c1_control(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: an undefined windows-1252 byte reads as the C1 control it numbers."""
    assert isinstance(error, UnicodeDecodeError)
    undefined = error.object[error.start : error.end]
    return "".join(map(chr, undefined)), error.end


_C1_CONTROLS = "watchdesk-c1-controls"
codecs.register_error(_C1_CONTROLS, _as_c1_control)
