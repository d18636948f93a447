"""``path:line:col: CODE message`` lines and a summary; colour only on a terminal."""

from __future__ import annotations

import os
from collections import Counter
from typing import TextIO

from ..findings import Severity

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_SEV = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[1;33m", Severity.INFO: "\x1b[1;36m"}


def use_color(mode: str, stream: TextIO) -> bool:
    if mode == "always":
        return True
    if mode == "never" or os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def write(result, out: TextIO, color: bool) -> None:
    b, d, r = (_BOLD, _DIM, _RESET) if color else ("", "", "")
    findings = result.findings
    for f in findings:
        code = f"{_SEV[f.severity]}{f.code}{r}" if color else f.code
        fix = " [*]" if f.fix is not None else ""
        out.write(f"{b}{f.path}{r}{d}:{r}{f.line}{d}:{r}{f.column}{d}:{r} {code}{fix} {f.message}\n")
    n_files = len(result.files)
    files = f"{n_files} file" + ("s" if n_files != 1 else "")
    if findings:
        by = Counter(f.severity for f in findings)
        parts = [f"{by[s]} {s.label}{'s' if by[s] != 1 and s is not Severity.INFO else ''}"
                 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if by[s]]
        n = len(findings)
        out.write(f"Found {n} finding{'s' if n != 1 else ''} in {files} ({', '.join(parts)}).\n")
        fixable = sum(1 for f in findings if f.fix is not None)
        if fixable:
            out.write(f"[*] {fixable} fixable with --fix.\n")
        if n_files > 1:  # an audit: where the findings are
            by_rule = Counter((f.code, f.name) for f in findings)
            out.write("By rule: " + ", ".join(f"{c} {name} {k}" for (c, name), k in by_rule.most_common()) + "\n")
            by_file = Counter(f.path for f in findings)
            top = by_file.most_common(5)
            more = f", and {len(by_file) - 5} more files" if len(by_file) > 5 else ""
            out.write("Most findings: " + ", ".join(f"{p} {k}" for p, k in top) + more + "\n")
    elif n_files:
        out.write(f"All checks passed ({files}).\n")
