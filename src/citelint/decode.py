"""Bytes to text: BOM-aware UTF-8, then cp1252, then latin-1; binary is refused.

The decoded text keeps the file's line endings so offsets map back to the file
byte for character.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple, Optional

from .config import DEFAULT_MAX_BYTES
from ._rxcache import compile as rx_compile

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (e.g. .docx or .epub)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document (e.g. .doc)"),
    (b"\x7fELF", "an executable"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 controls other than tab, LF, FF, CR; and DEL.
_CONTROL_RE = rx_compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes(b for b in range(256) if b <= 8 or b == 11 or 14 <= b <= 31 or b == 127)


NOT_AN_ARTICLE = "not a JATS article"  # how a reason for XML of another kind (TEI, datasets) begins


class Unreadable(Exception):
    """The bytes are not a text document; ``reason`` says why, for CIT001."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Decoded(NamedTuple):
    text: str
    encoding: str
    note: Optional[str] = None  # set when a fallback was used


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    if len(data) > max_bytes:
        raise Unreadable(
            f"file is {len(data):,} bytes, over the size cap of {max_bytes:,} bytes "
            "(raise max-file-size to lint it)"
        )
    if not data.strip():
        raise Unreadable("file is empty; there is nothing to lint")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise Unreadable(
                    f"starts with a {enc.upper()} byte-order mark but byte {exc.start} "
                    f"is not valid {enc.upper()}"
                ) from None
            _refuse_binary_text(text)
            return Decoded(text, enc if enc != "utf-8-sig" else "utf-8-sig")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise Unreadable(f"binary file: looks like {what}, not a text document")
    nul = data.find(b"\x00", 0, 65536)
    if nul != -1:
        raise Unreadable(f"binary file: NUL byte at offset {nul}")
    # control characters counted on the bytes (one C pass): in UTF-8, cp1252 and latin-1 a byte
    # below 0x20 or 0x7f is that character and nothing else
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(sample) // 20):
        raise Unreadable(f"binary file: {controls} control characters in the first {len(sample):,} bytes")
    try:
        text = data.decode("utf-8")
        encoding, note = "utf-8", None
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02X} at offset {exc.start}"
        try:
            text = data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            encoding = "latin-1"
        note = f"not valid UTF-8 ({where}); decoded as {encoding}"
    return Decoded(text, encoding, note)


def _refuse_binary_text(text: str) -> None:
    sample = text[:65536]
    if not sample or _CONTROL_RE.search(sample) is None:
        return
    controls = len(_CONTROL_RE.findall(sample))
    if controls > max(8, len(sample) // 20):
        raise Unreadable(
            f"binary file: {controls} control characters in the first {len(sample):,} characters"
        )
