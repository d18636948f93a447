"""Findings: immutable values produced by rules and sorted for output."""

from __future__ import annotations

import enum
from typing import NamedTuple, Optional

from .model import Span


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected error, warning or info)"
            ) from None

    @property
    def label(self) -> str:
        return self.name.lower()


class Edit(NamedTuple):
    span: Span
    content: str


class Fix(NamedTuple):
    """A safe fix: replace each span with its content."""

    message: str
    edits: tuple[Edit, ...]


class Finding(NamedTuple):
    """One finding; immutable, sorted by ``sort_key`` for output."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: Severity
    message: str
    reference: Optional[str] = None
    fix: Optional[Fix] = None
    span: Optional[Span] = None

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.message)

    def to_json(self, line_index=None) -> dict:
        fix = None
        if self.fix is not None:
            edits = []
            for e in self.fix.edits:
                entry = {"start": e.span.start, "end": e.span.end, "content": e.content}
                if line_index is not None:
                    l1, c1, l2, c2 = line_index.span_position(e.span)
                    entry.update(line=l1, column=c1, end_line=l2, end_column=c2)
                edits.append(entry)
            fix = {"message": self.fix.message, "edits": edits}
        ref = self.reference
        if ref is not None and ref.isdigit():
            ref_value: object = int(ref)
        else:
            ref_value = ref
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.label,
            "message": self.message,
            "reference": ref_value,
            "fix": fix,
        }
