"""GitLab code-quality report (a JSON array of issues)."""

from __future__ import annotations

import json
from typing import TextIO

from ..findings import Severity

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def build(result, fingerprints: list[str]) -> list:
    return [
        {
            "description": f"{f.code} {f.message}",
            "check_name": f"{f.code} {f.name}",
            "fingerprint": fp,
            "severity": _SEVERITY[f.severity],
            "location": {"path": f.path, "lines": {"begin": f.line, "end": f.end_line}},
        }
        for f, fp in zip(result.findings, fingerprints)
    ]


def write(result, out: TextIO, fingerprints: list[str]) -> None:
    json.dump(build(result, fingerprints), out, indent=2, ensure_ascii=False)
    out.write("\n")
