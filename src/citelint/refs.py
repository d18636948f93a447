"""`citelint refs`: documents' reference lists (or pasted strings) parsed into fields."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable, Iterator

from .api import plan_for, read_document
from .config import Settings
from .decode import Unreadable, decode
from .packs import settings_for
from .parsing.references import parse_reference
from .readers.detect import detect_format


class RefsError(Exception):
    pass


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except IsADirectoryError:
        raise RefsError(f"{path}: is a directory") from None
    except OSError as exc:
        raise RefsError(f"{path}: {exc.strerror or exc}") from None


def parse_lines(path: str) -> list[dict]:
    """One reference string per input line; one row per line, in order (blank lines too)."""
    try:
        text = decode(_read(path)).text
    except Unreadable as exc:
        raise RefsError(f"{path}: {exc.reason}") from None
    rows = []
    for i, line in enumerate(text.splitlines(), 1):
        raw = line.strip()
        row = parse_reference(raw).to_json(number=None, line=i) if raw else {
            **parse_reference("").to_json(number=None, line=i), "type": "empty"}
        rows.append(row)
    return rows


def parse_documents(paths: Iterable[str]) -> Iterator[tuple[str, list[dict]]]:
    plan = plan_for(Settings())
    for path in paths:
        data = _read(path)
        try:
            decoded = decode(data)
        except Unreadable as exc:
            raise RefsError(f"{path}: {exc.reason}") from None
        fmt = detect_format(path, data[:4096])
        packs = settings_for(decoded.text, plan.pack_names, plan.pack_dirs)
        try:
            doc = read_document(path, fmt, decoded, packs, data)
        except Unreadable as exc:
            raise RefsError(f"{path}: {exc.reason}") from None
        rows = []
        for ref in doc.references:
            parsed = ref.parsed  # a JATS reader's fields from markup, else the parser's
            line = doc.line_index.position(ref.span.start)[0]
            rows.append(parsed.to_json(number=ref.number, line=line))
        yield path, rows
