"""The engine of declarative pack rules (kinds ``existence`` and ``substitution``)."""

from __future__ import annotations

import re

from ..engine import Hit
from ..findings import Edit, Fix
from ..model import Span

_TIMEOUT = 1.0  # seconds per pattern per region: a bad pack pattern cannot hang a run


def _regions(doc, scope):
    if scope == "document":
        return [Span(0, len(doc.text))]
    kind = "references" if scope == "references" else scope
    return [s.span for s in doc.sections if s.kind == kind]


def make_pattern_check(pr):
    def check(doc, ctx):
        hits = []
        for rx, repl in pr.compiled():
            for region in _regions(doc, pr.scope):
                try:
                    if isinstance(rx, re.Pattern):
                        matches = rx.finditer(doc.text, region.start, region.end)
                    else:  # a regex-module pattern: bounded in time
                        matches = rx.finditer(doc.text, region.start, region.end, timeout=_TIMEOUT)
                    for m in matches:
                        if m.end() == m.start():
                            continue
                        span = Span(m.start(), m.end())
                        values = {"match": m.group(0), "replacement": repl or ""}
                        try:
                            msg = pr.message.format(**values)
                        except (KeyError, IndexError, ValueError):
                            msg = pr.message
                        fix = Fix(f"Replace with '{repl}'", (Edit(span, repl),)) if repl is not None else None
                        hits.append(Hit(span, msg, fix=fix))
                except TimeoutError:
                    hits.append(Hit(Span(region.start, region.start), f"pattern {rx.pattern!r} of {pr.code} timed out; rule skipped in this region"))
        hits.sort(key=lambda h: h.span.start)
        return hits

    check.__doc__ = pr.docs
    return check
