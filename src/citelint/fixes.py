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
