from __future__ import annotations

import pytest

from citelint.decode import Unreadable, decode


def test_utf8_and_bom():
    assert decode("Tönnies [1]".encode()).encoding == "utf-8"
    d = decode(b"\xef\xbb\xbf" + "Tönnies".encode())
    assert d.text == "Tönnies" and d.note is None


def test_utf16_with_bom():
    d = decode("Tönnies [1]\n".encode("utf-16"))
    assert d.text == "Tönnies [1]\n"


def test_cp1252_fallback_is_noted():
    d = decode("Tönnies “quoted” – 2017".encode("cp1252"))
    assert d.encoding == "cp1252" and d.text == "Tönnies “quoted” – 2017"
    assert "not valid UTF-8" in d.note and "cp1252" in d.note


def test_latin1_fallback():
    # 0x81 is undefined in cp1252, so only latin-1 reads it
    d = decode(b"Caf\xe9 \x81 [1]")
    assert d.encoding == "latin-1"


@pytest.mark.parametrize(
    "data,words",
    [
        (b"%PDF-1.4\n%\xe2\xe3", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"abc\x00def", "NUL byte"),
        (bytes(range(1, 9)) * 50, "control characters"),
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
    ],
)
def test_refused(data, words):
    with pytest.raises(Unreadable) as exc:
        decode(data)
    assert words in exc.value.reason


def test_size_cap():
    with pytest.raises(Unreadable) as exc:
        decode(b"x" * 101, max_bytes=100)
    assert "size cap" in exc.value.reason
