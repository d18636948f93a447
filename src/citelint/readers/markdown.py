"""Markdown topics: markers in prose (never in code), the numbered list under a
References heading, footnote markers ``[^n]`` with their ``[^n]:`` definitions, and
front-matter dates (``reviewed``, ``last_updated`` ...).

Code blocks, inline code and HTML blocks are blanked out (same length, newlines
kept) before the plain-text reader runs, so every offset still points into the file;
markdown-it-py finds the blocks. Footnotes are read on top of that.
"""

from __future__ import annotations

import re
from typing import Optional

from ..model import DateStamp, Document, Marker, Reference, Section, Span
from ..packs import PackSettings
from .text import read_text
from .._rxcache import compile as rx_compile

_INLINE_CODE_RE = rx_compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_COMMENT_RE = rx_compile(r"<!--.*?-->", re.S)
_FOOTNOTE_REF_RE = rx_compile(r"\[\^([^\]\s]{1,40})\]")  # definitions are skipped by position
_FOOTNOTE_DEF_RE = rx_compile(r"^ {0,3}\[\^([^\]\s]{1,40})\]:[ \t]?", re.M)
_FRONT_RE = rx_compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_KEYS = {
    "reviewed": "review-through", "last_reviewed": "review-through", "review_date": "review-through",
    "literature_review": "review-through", "reviewed_through": "review-through", "last-reviewed": "review-through",
    "last_updated": "last-updated", "last-updated": "last-updated", "updated": "last-updated",
    "date_updated": "last-updated", "published": "published", "date_published": "published",
}
_FRONT_LINE_RE = rx_compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*['\"]?([^'\"\r\n]*?)['\"]?[ \t]*\r?$", re.M)


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with [start, end) blanked, newlines kept."""
    seg = text[start:end]
    return text[:start] + re.sub(r"[^\n\r]", " ", seg) + text[end:]


def mask_code(text: str) -> str:
    """Code blocks, HTML blocks, comments and inline code blanked out, offsets unchanged."""
    from markdown_it import MarkdownIt

    masked = text
    lines = text.splitlines(keepends=True)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln))
    for tok in MarkdownIt("commonmark").parse(text):
        if tok.type in ("fence", "code_block", "html_block") and tok.map:
            a, b = tok.map
            masked = _blank(masked, starts[a], starts[min(b, len(lines))])
    for m in _COMMENT_RE.finditer(masked):
        masked = _blank(masked, m.start(), m.end())
    for m in _INLINE_CODE_RE.finditer(masked):
        masked = _blank(masked, m.start(), m.end())
    return masked


def _front_matter(text: str) -> list[DateStamp]:
    from ..parsing.dates import DATE_VALUE, parse_date_match

    m = _FRONT_RE.match(text)
    if not m:
        return []
    out: list[DateStamp] = []
    value_re = rx_compile(rf"(?:{DATE_VALUE})", re.IGNORECASE)
    for line in _FRONT_LINE_RE.finditer(text, m.start(1), m.end(1)):
        kind = _FRONT_KEYS.get(line.group(1).lower())
        if kind is None:
            continue
        v = value_re.match(line.group(2).strip())
        parsed = parse_date_match(v) if v else None
        if parsed is None:
            continue
        span = Span(line.start(), line.end(2))
        out.append(DateStamp(kind=kind, value=parsed[0], precision=parsed[1], span=span,
                             label=f"{line.group(1)} (front matter)", raw=text[span.start:span.end]))
    return out


def _footnotes(text: str, masked: str) -> tuple[list[Reference], list[Marker], Optional[Span]]:
    defs = list(_FOOTNOTE_DEF_RE.finditer(masked))
    refs: list[Reference] = []
    def_spans: list[Span] = []
    for i, m in enumerate(defs):
        label = m.group(1)
        # the definition runs to the next definition, or to the first blank line followed
        # by an unindented line
        end = defs[i + 1].start() if i + 1 < len(defs) else len(text)
        body = text[m.end():end]
        stop = re.search(r"\n[ \t]*\n(?![ \t])", body)
        if stop:
            body = body[: stop.start()]
        body = body.rstrip()
        start_text = m.end()
        span = Span(m.start() + (len(m.group(0)) - len(m.group(0).lstrip())), start_text + len(body))
        def_spans.append(span)
        refs.append(Reference(
            key="^" + label, number=None, raw=text[start_text:start_text + len(body)],
            span=span, text_span=Span(start_text, start_text + len(body)),
        ))
    inside = [(s.start, s.end) for s in def_spans]
    markers: list[Marker] = []
    for m in _FOOTNOTE_REF_RE.finditer(masked):
        if any(a <= m.start() < b for a, b in inside):
            continue
        markers.append(Marker(raw=m.group(0), span=Span(m.start(), m.end()), keys=(), items=(),
                              ids=("^" + m.group(1),)))
    list_span = Span(def_spans[0].start, def_spans[-1].end) if def_spans else None
    return refs, markers, list_span


def read_markdown(path: str, text: str, packs: PackSettings, *, encoding: str = "utf-8") -> Document:
    masked = mask_code(text)
    front = _FRONT_RE.match(masked)
    if front:  # front matter is data, not prose
        masked = _blank(masked, front.start(), front.end())
    doc = read_text(path, masked, packs, encoding=encoding)
    # the text reader saw the masked text: give entries and the document their own text back
    refs = [r._replace(raw=text[r.text_span.start:r.text_span.end]) for r in doc.references]
    fn_refs, fn_markers, fn_span = _footnotes(text, masked)
    # footnote definitions are not numbered entries, even when the text reader took them for a list
    refs = [r for r in refs if not any(f.span.start <= r.span.start < f.span.end for f in fn_refs)] + fn_refs
    markers = sorted(list(doc.markers) + fn_markers, key=lambda m: m.span.start)
    sections = list(doc.sections)
    if fn_span is not None:
        sections.append(Section("references", fn_span))
    reference_list = doc.reference_list or fn_span
    if doc.reference_list is not None and fn_span is not None:
        reference_list = Span(min(doc.reference_list.start, fn_span.start), max(doc.reference_list.end, fn_span.end))
    return doc._replace(
        format="markdown", text=text, references=tuple(refs), markers=tuple(markers),
        dates=tuple(sorted(list(doc.dates) + _front_matter(text), key=lambda d: d.span.start)),
        sections=tuple(sorted(sections, key=lambda s: s.span.start)), reference_list=reference_list,
    )
