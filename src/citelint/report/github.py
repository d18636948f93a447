"""GitHub Actions workflow commands: one annotation per finding."""

from __future__ import annotations

from typing import TextIO

from ..findings import Severity

_KIND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def write(result, out: TextIO) -> None:
    for f in result.findings:
        props = f"file={_escape_prop(f.path)},line={f.line},col={f.column}"
        if (f.end_line, f.end_column) > (f.line, f.column):
            props += f",endLine={f.end_line},endColumn={f.end_column}"
        props += f",title={_escape_prop(f.code + ' ' + f.name)}"
        out.write(f"::{_KIND[f.severity]} {props}::{_escape_data(f.message)}\n")
