"""Suppressions: inline comments, the config allow list, and baselines; CIT002 for unused ones.

Inline (formats with comments: Markdown, HTML, JATS)::

    <!-- citelint: ignore CIT201 -->          the next line (or this line, after text on it)
    <!-- citelint: ignore CIT101,CIT104 -->    several codes (codes, prefixes or names)
    <!-- citelint: ignore-file CIT3 -->        the whole file

A suppression must name what it suppresses; one without codes is refused (CIT002).
Plain text has no comments: its suppressions live in the configuration's ``allow``
list (``{path, code, reference?, reason}``).
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path
from typing import Iterable, Optional

from .findings import Finding, Severity
from .model import Span
from ._rxcache import compile as rx_compile

_INLINE_RE = rx_compile(r"<!--\s*citelint\s*:\s*(?P<kind>ignore-file|ignore)\b(?P<codes>[^>]*?)\s*-->", re.I)
_CODES_RE = rx_compile(r"[\w-]+")


def _matches(selector: str, f: Finding) -> bool:
    s = selector.strip()
    return s.upper() == "ALL" or f.code.startswith(s.upper()) or s.lower() == f.name


def _cit002(path: str, line_index, span: Optional[Span], message: str, severity: Severity) -> Finding:
    if line_index is not None and span is not None:
        l1, c1, l2, c2 = line_index.span_position(span)
    else:
        l1 = c1 = l2 = c2 = 1
    return Finding(path=path, line=l1, column=c1, end_line=l2, end_column=c2, code="CIT002",
                   name="unused-suppression", severity=severity, message=message, span=span)


def apply_inline(findings: list[Finding], doc, severity: Optional[Severity]) -> list[Finding]:
    """Drop what inline comments suppress; add CIT002 (if ``severity``) for unused or empty ones."""
    text = doc.text
    if "citelint" not in text:
        return findings
    index = doc.line_index
    rules = []  # (kind, selectors, lines or None, span)
    for m in _INLINE_RE.finditer(text):
        selectors = [c for c in _CODES_RE.findall(m.group("codes"))]
        line = index.position(m.start())[0]
        if m.group("kind").lower() == "ignore-file":
            lines = None
        else:
            # the comment's own line if text precedes it there, else the next non-blank line
            before = text[index.line_start(line):m.start()].strip()
            if before:
                lines = {line}
            else:
                nxt = index.position(m.end())[0] + 1
                while nxt <= index.line_count and not index.lines[nxt - 1].strip():
                    nxt += 1
                lines = {nxt}
        rules.append([m.group("kind").lower(), selectors, lines, Span(m.start(), m.end()), 0])
    kept = []
    for f in findings:
        hit = None
        for r in rules:
            if r[1] and (r[2] is None or f.line in r[2]) and any(_matches(s, f) for s in r[1]):
                hit = r
                break
        if hit is None:
            kept.append(f)
        else:
            hit[4] += 1
    if severity is not None:
        for kind, selectors, _, span, used in rules:
            raw = text[span.start:span.end]
            if not selectors:
                kept.append(_cit002(doc.path, index, span, f"The suppression {raw} names no codes, so it is refused; "
                                    "name the codes it suppresses", severity))
            elif not used:
                kept.append(_cit002(doc.path, index, span, f"The suppression {raw} suppressed nothing; remove it",
                                    severity))
    return kept


def apply_allow(findings: list[Finding], path: str, allow: Iterable, root: Optional[str]) -> tuple[list[Finding], set]:
    """Drop what the config's allow entries suppress; returns (kept, indexes of entries used)."""
    rel = _relative(path, root)
    used: set = set()
    kept = []
    for f in findings:
        hit = False
        for i, entry in enumerate(allow):
            d = dict(entry)
            if not (fnmatch.fnmatchcase(rel, d["path"]) or fnmatch.fnmatchcase(Path(path).name, d["path"])):
                continue
            if not _matches(d["code"], f):
                continue
            if d.get("reference") is not None and str(d["reference"]) != (f.reference or ""):
                continue
            used.add(i)
            hit = True
            break
        if not hit:
            kept.append(f)
    return kept, used


def _relative(path: str, root: Optional[str]) -> str:
    try:
        return Path(path).resolve().relative_to(Path(root or ".").resolve()).as_posix()
    except (ValueError, OSError):
        return Path(path).as_posix()


# ---------------------------------------------------------------- baselines

BASELINE_VERSION = 1


def write_baseline(path: Path, findings: list[Finding], fps: list[str]) -> int:
    entries = [{"fingerprint": fp, "path": f.path, "code": f.code, "reference": f.reference, "message": f.message}
               for f, fp in zip(findings, fps)]
    data = {"citelint-baseline": BASELINE_VERSION, "findings": entries}
    import json

    from ._atomic import replace_file

    replace_file(str(path), (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return len(entries)


from .config import BaselineError  # noqa: E402  (defined with ConfigError: the CLI catches it without importing this module)


def read_baseline(path: Path) -> list[dict]:
    try:
        import json  # (baselines only: every run imports this module)

        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"{path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise BaselineError(f"{path}: not a citelint baseline (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("citelint-baseline") != BASELINE_VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a citelint baseline (write one with --write-baseline)")
    return data["findings"]


def apply_baseline(findings: list[Finding], fps: list[str], entries: list[dict], checked: set,
                   baseline_path: str, severity: Optional[Severity]) -> list[Finding]:
    known = {e["fingerprint"] for e in entries}
    kept = [f for f, fp in zip(findings, fps) if fp not in known]
    present = set(fps)
    if severity is not None:
        for e in entries:
            if e["fingerprint"] not in present and e.get("path") in checked:
                kept.append(Finding(path=e["path"], line=1, column=1, end_line=1, end_column=1, code="CIT002",
                                    name="unused-suppression", severity=severity,
                                    message=f"The baseline entry for {e['code']} ({e['message'][:80]}) in {baseline_path} "
                                            "matched nothing: the finding is gone; rewrite the baseline to drop it"))
    return kept
