"""`citelint refs`: documents' reference lists (or pasted strings) parsed into fields."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable, Iterator

from .api import plan_for, read_document, skipped_xml_warning
from .config import Settings
from .decode import NOT_AN_ARTICLE, Unreadable, decode
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


def _targets(paths: Iterable[str], warn) -> Iterator[tuple[str, bool]]:
    """(path, found by walking a directory): directories are walked as `citelint check`
    walks them (the same include and exclude globs)."""
    from .api import RunResult, discover
    from .config import ConfigFinder

    result = RunResult()
    for display, _fs_path, found in discover(paths, ConfigFinder(), result):
        yield display, found
    for w in result.warnings:
        warn(w)
    if result.errors:
        raise RefsError(result.errors[0])


def parse_documents(paths: Iterable[str], warn=lambda line: None) -> Iterator[tuple[str, list[dict]]]:
    """Each document's parsed list. A file named on the command line that cannot be read
    is an error; one found in a walked directory (an image, XML that is no article) is
    skipped with a warning."""
    plan = plan_for(Settings())
    other_xml: list[str] = []
    for path, found in _targets(paths, warn):
        try:
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
        except RefsError as exc:
            if not found:
                raise
            if NOT_AN_ARTICLE in str(exc):
                other_xml.append(path)  # a directory's data XML (TEI, datasets): said once, below
            else:
                warn(f"{exc} (skipped)")
            continue
        rows = []
        for ref in doc.references:
            parsed = ref.parsed  # a JATS reader's fields from markup, else the parser's
            line = doc.line_index.position(ref.span.start)[0]
            rows.append(parsed.to_json(number=ref.number, line=line))
        yield path, rows
    if other_xml:
        warn(skipped_xml_warning(other_xml, "read"))
