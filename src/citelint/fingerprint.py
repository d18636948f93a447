"""Finding fingerprints that survive unrelated edits.

A fingerprint hashes the path, the code, the reference the finding is about, and
the text the finding points at (the marker, the entry's first line, the date line),
whitespace folded, plus the finding's rank among identical ones. Line numbers and
messages (which carry ages that change with the date) are left out, so a finding
keeps its fingerprint when lines are added above it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Iterable


def _snippet(finding, text: str) -> str:
    if finding.span is not None and finding.span.end > finding.span.start and text:
        return " ".join(text[finding.span.start:finding.span.end].split())[:200]
    return finding.message


def fingerprints(findings: Iterable, texts: dict) -> list[str]:
    """One fingerprint per finding, in order; ``texts`` maps a path to its document text."""
    seen: Counter = Counter()
    out: list[str] = []
    for f in findings:
        base = "\x1f".join((f.path, f.code, f.reference or "", _snippet(f, texts.get(f.path, ""))))
        seen[base] += 1
        out.append(hashlib.sha1(f"{base}\x1f{seen[base]}".encode("utf-8")).hexdigest()[:20])
    return out
