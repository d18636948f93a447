"""Applying safe fixes to text (used by ``--fix`` and by the rule tests)."""

from __future__ import annotations

from typing import Iterable

from .findings import Finding


def apply_fixes(text: str, findings: Iterable[Finding]) -> tuple[str, int]:
    """Apply every non-overlapping fix, first come first served; returns (text, applied)."""
    edits = []
    for f in findings:
        if f.fix is not None:
            edits.extend(f.fix.edits)
    edits.sort(key=lambda e: (e.span.start, e.span.end))
    out: list[str] = []
    pos = 0
    applied = 0
    for e in edits:
        if e.span.start < pos:
            continue  # overlaps an edit already taken
        out.append(text[pos : e.span.start])
        out.append(e.content)
        pos = e.span.end
        applied += 1
    out.append(text[pos:])
    return "".join(out), applied


def planned_fixes(result) -> list[tuple[str, str, str, str]]:
    """(path, old text, new text, encoding) for each file a safe fix would change."""
    out = []
    for rep in result.files:
        doc = rep.document
        if doc is None or rep.path == "-" or not any(f.fix is not None for f in rep.findings):
            continue
        new, applied = apply_fixes(doc.text, rep.findings)
        if applied and new != doc.text:
            out.append((rep.path, doc.text, new, doc.encoding))
    return out


def unified_diff(path: str, old: str, new: str) -> str:
    import difflib

    return "".join(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))


def write_atomic(path: str, text: str, encoding: str) -> None:
    """Replace the file in one step, in its own encoding (a BOM kept), its mode kept.
    Line endings are the text's own: citelint never normalises them."""
    import os

    from ._atomic import replace_file

    target = os.path.realpath(path)  # (through a symlink: the file it points to is edited)
    replace_file(target, text.encode(encoding), mode_from=target)
