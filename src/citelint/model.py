"""The document model: every reader produces it, every rule reads it.

All positions are character offsets into the decoded text (``Span``); a
``LineIndex`` turns them into 1-based line and column numbers of the file as
given. Readers know formats and nothing about rules; rules know this model and
nothing about formats.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from itertools import accumulate
from typing import NamedTuple, Optional


class Span(NamedTuple):
    """Half-open range ``[start, end)`` of character offsets into the text.

    A named tuple rather than a dataclass: documents hold thousands of spans and a
    tuple is the cheapest immutable value Python builds.
    """

    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def shift(self, offset: int) -> "Span":
        return Span(self.start + offset, self.end + offset)


class LineIndex:
    """Maps character offsets to 1-based (line, column) pairs.

    Lines end at ``\\n``; a ``\\r`` before it belongs to the line (columns are
    counted in characters, so a CRLF file reports the same columns as its LF
    twin).
    """

    __slots__ = ("_starts", "_length", "lines", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self.lines = text.split("\n")  # each line without its "\n" (a CRLF line keeps its "\r")
        self._starts = [0, *accumulate(len(line) + 1 for line in self.lines[:-1])]
        self._length = len(text)

    def __reduce__(self):  # pickle the text only (worker processes); rebuilt on arrival
        return (LineIndex, (self._text,))

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        return self._starts[line - 1]

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, self._length))
        i = bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1

    def span_position(self, span: Span) -> tuple[int, int, int, int]:
        """(line, column, end_line, end_column); the end is exclusive."""
        line, col = self.position(span.start)
        end_line, end_col = self.position(span.end)
        return line, col, end_line, end_col


class Marker(NamedTuple):
    """A bracketed citation group such as ``[2,3]`` or ``[4-7]``.

    ``keys`` holds every cited number with ranges expanded, in the order
    written. ``items`` keeps the group as written, one ``(low, high)`` pair per
    list item (``high == low`` for a single number). ``problems`` is non-empty
    for a malformed attempt (CIT102), in which case ``keys`` holds whatever
    could still be read. (A named tuple: documents hold many.)
    """

    raw: str
    span: Span
    keys: tuple[int, ...]
    items: tuple[tuple[int, int], ...] = ()
    separator: str = ","
    problems: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()  # id-keyed callouts (JATS rid) for non-numbered styles
    # in a float (a figure or table and its caption): printed apart from the running text,
    # so its callouts say nothing of the order of first citation
    in_float: bool = False

    @property
    def is_malformed(self) -> bool:
        return bool(self.problems)


_parse_normalized = None  # the entry parser, imported when a rule first asks for fields


class Reference(NamedTuple):
    """One entry of the reference list (a named tuple: documents hold many)."""

    key: str  # printed number in numbered styles, id otherwise
    number: Optional[int]
    raw: str  # the entry text without its number label
    span: Span  # the whole entry including its label
    text_span: Span  # the entry text without its label
    fields: Optional[object] = None  # parsed entry (reference-entry parser), when available

    # Entries are parsed on demand (the reference-entry parser, cached by text): rules
    # that need fields ask for them; a document nobody asks about costs nothing.
    @property
    def parsed(self):
        """The entry's fields: those a reader took from markup (JATS), else the parser's."""
        if self.fields is not None:
            return self.fields
        global _parse_normalized
        if _parse_normalized is None:  # (imported on first use, then kept: rules ask millions of times)
            from .parsing.references import parse_normalized as _parse_normalized
        return _parse_normalized(self.raw)[0]

    @property
    def raw_in_text(self) -> bool:
        """Whether ``raw`` is the document's own text at ``text_span`` (plain text, Markdown),
        not text gathered from markup (JATS, HTML)."""
        return self.text_span.end - self.text_span.start == len(self.raw)

    def locate(self, start: int, end: int) -> Span:
        """The document span of ``raw[start:end]``; for gathered text, the entry's start."""
        if self.raw_in_text:
            return Span(self.text_span.start + start, self.text_span.start + end)
        return Span(self.span.start, self.span.start)

    def field_span(self, name: str) -> Optional[Span]:
        """Where a parsed field stands in the document, or None."""
        if self.fields is not None or not self.raw_in_text:
            return Span(self.span.start, self.span.start) if name in self.parsed.spans else None
        from .parsing.references import parse_normalized

        parsed, offsets = parse_normalized(self.raw)
        span = parsed.spans.get(name)
        if span is None:
            return None
        start = offsets[span.start] if span.start < len(offsets) else len(self.raw)
        end = offsets[span.end - 1] + 1 if 0 < span.end <= len(offsets) else start
        return Span(self.text_span.start + start, self.text_span.start + end)

    @property
    def year(self) -> Optional[int]:
        return self.parsed.year

    @property
    def year_span(self) -> Optional[Span]:
        return self.field_span("year")


class DateStamp(NamedTuple):
    """A date the document states about itself."""

    kind: str  # review-through | last-updated | copyright | published
    value: _dt.date
    precision: str  # day | month | year
    span: Span
    label: str
    raw: str

    def display(self) -> str:
        if self.precision == "year":
            return f"{self.value.year}"
        if self.precision == "month":
            return self.value.strftime("%b %Y")
        return f"{self.value.strftime('%b')} {self.value.day}, {self.value.year}"


class Section(NamedTuple):
    kind: str  # title | byline | body | dates | boilerplate | truncation | references
    span: Span


class Truncation(NamedTuple):
    """Evidence that the document is a paywall/login stub or ends early."""

    span: Span
    reason: str  # "login wall", "paywall", "ends mid-sentence", ...
    evidence: str


class Suppression(NamedTuple):
    codes: tuple[str, ...]
    span: Span
    scope: str = "line"  # line | file


class Document(NamedTuple):
    """One read document. The value types here are named tuples: cheap to define at
    start-up and to build by the thousand."""

    path: str
    format: str  # text | html | jats | markdown
    text: str
    line_index: LineIndex
    markers: tuple[Marker, ...] = ()
    references: tuple[Reference, ...] = ()
    dates: tuple[DateStamp, ...] = ()
    sections: tuple[Section, ...] = ()
    truncation: Optional[Truncation] = None
    suppressions: tuple[Suppression, ...] = ()
    reference_list: Optional[Span] = None  # where the list is (None: no list found)
    numbered: bool = True  # numbered (Vancouver) citation style
    encoding: str = "utf-8"
    packs: tuple[str, ...] = ()  # names of the packs that apply
    metadata: tuple[tuple[str, str], ...] = ()  # the document's own identifiers: ("doi", ...), ("title", ...)
    # parts printed on other pages, whose citations this text cannot show: ("Table 1", where the text
    # first links to it) for a publisher page that puts its tables on pages of their own
    elsewhere: tuple[tuple[str, Span], ...] = ()

    def section(self, kind: str) -> Optional[Section]:
        for s in self.sections:
            if s.kind == kind:
                return s
        return None

    def dates_of(self, kind: str) -> tuple[DateStamp, ...]:
        return tuple(d for d in self.dates if d.kind == kind)
