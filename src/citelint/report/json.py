"""The JSON contract of rules.md."""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from .. import __version__


def build(result) -> dict:
    findings = result.findings
    index_of = {r.path: (r.document.line_index if r.document is not None else None) for r in result.files}
    return {
        "version": __version__,
        "files": [{"path": r.path, "format": r.format, "findings": len(r.findings)} for r in result.files],
        "findings": [f.to_json(index_of.get(f.path)) for f in findings],
        "summary": {
            "files": len(result.files),
            "findings": len(findings),
            "by_code": dict(sorted(Counter(f.code for f in findings).items())),
        },
    }


def write(result, out: TextIO) -> None:
    json.dump(build(result), out, indent=2, ensure_ascii=False)
    out.write("\n")
