"""SARIF 2.1.0 (validated in the tests against the official schema)."""

from __future__ import annotations

import json
import re
from typing import TextIO

from .. import __version__
from ..findings import Severity

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
URI = "https://github.com/citelint/citelint"


def _camel(name: str) -> str:
    return "".join(p.capitalize() for p in re.split(r"[-_]", name))


def build(result, rules: dict, fingerprints: list[str]) -> dict:
    findings = result.findings
    used = sorted({f.code for f in findings} | set(rules))
    index = {code: i for i, code in enumerate(used)}
    rule_objs = []
    for code in used:
        r = rules.get(code)
        doc = r.doc if r else ""
        summary = r.summary if r else code
        rule_objs.append({
            "id": code,
            "name": _camel(r.name) if r else code,
            "shortDescription": {"text": summary},
            "fullDescription": {"text": doc.split("## Why is this bad?")[0].replace("## What it does", "").strip() or summary},
            "help": {"text": doc or summary, "markdown": doc or summary},
            "helpUri": f"{URI}#rules",
            "defaultConfiguration": {"level": _LEVEL[r.severity] if r else "warning"},
        })
    results = []
    for f, fp in zip(findings, fingerprints):
        region = {"startLine": f.line, "startColumn": f.column}
        if (f.end_line, f.end_column) > (f.line, f.column):
            region.update(endLine=f.end_line, endColumn=f.end_column)
        res = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": f.path.replace("\\", "/")},
                                                "region": region}}],
            "partialFingerprints": {"citelint/v1": fp},
        }
        if f.fix is not None:
            res["fixes"] = [{
                "description": {"text": f.fix.message},
                "artifactChanges": [{"artifactLocation": {"uri": f.path.replace("\\", "/")}, "replacements": [
                    {"deletedRegion": {"charOffset": e.span.start, "charLength": e.span.end - e.span.start},
                     "insertedContent": {"text": e.content}} for e in f.fix.edits]}],
            }]
        results.append(res)
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "citelint", "version": __version__, "semanticVersion": __version__,
                                "informationUri": URI, "rules": rule_objs}},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }


def write(result, out: TextIO, rules: dict, fingerprints: list[str]) -> None:
    json.dump(build(result, rules, fingerprints), out, indent=2, ensure_ascii=False)
    out.write("\n")
