"""Date lines ("Literature review current through: Nov 2017."), copyright years,
and a simple publication-year read for reference entries."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Iterator, Optional

from .._anchors import present
from ..model import DateStamp, Span
from .._rxcache import compile as rx_compile

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_YEAR = r"(?:1[6-9]\d\d|2\d\d\d)"
# "Aug 15, 2017", "15 August 2017", "Nov 2017", "Nov. 2017", "2017-08-15", "2017-08", "2017".
# Month words are checked against MONTHS in Python, which keeps the pattern small.
DATE_VALUE = (
    r"(?:(?P<d1>\d{1,2})\s+)?(?P<mon>[A-Za-z]{3,9})\.?(?:\s+(?P<d2>\d{1,2}))?,?\s+(?P<y>" + _YEAR + ")"
    r"|(?P<iy>" + _YEAR + r")[-/](?P<im>\d{1,2})(?:[-/](?P<id>\d{1,2}))?"
    r"|(?P<yo>" + _YEAR + ")"
)


def parse_date_match(m: "re.Match[str]") -> Optional[tuple[dt.date, str]]:
    """(date, precision) from a match of DATE_VALUE, or None for an impossible date."""
    g = m.groupdict()
    try:
        if g["mon"]:
            month = MONTHS.get(g["mon"].lower())
            if month is None or (g["d1"] and g["d2"]):
                return None
            day = g["d1"] or g["d2"]
            if day:
                return dt.date(int(g["y"]), month, int(day)), "day"
            return dt.date(int(g["y"]), month, 1), "month"
        if g["iy"]:
            if g["id"]:
                return dt.date(int(g["iy"]), int(g["im"]), int(g["id"])), "day"
            return dt.date(int(g["iy"]), int(g["im"]), 1), "month"
        if g["yo"]:
            return dt.date(int(g["yo"]), 1, 1), "year"
    except ValueError:
        return None
    return None


# After a label: an optional colon, the date, and the end of the line or of its clause.
_VALUE_RE = rx_compile(
    rf"(?:[ \t]+on)?[ \t]*(?::[ \t]*)?(?P<value>{DATE_VALUE})(?P<tail>\.?)(?=[ \t]*(?:[|;]|\r?$|\.[ \t]|\.?[ \t]+\|))",
    re.IGNORECASE | re.MULTILINE,
)
SHORT_LINE = 300  # a label may follow '.' or ';' only in a line this short


@lru_cache(maxsize=64)
def _labels(labels: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, ...], dict[str, str]]:
    """(lowercased labels, longest first; label -> kind)."""
    kind_of: dict[str, str] = {}
    for kind, phrases in labels:
        for p in phrases:
            kind_of.setdefault(" ".join(p.lower().split()), kind)
    return tuple(sorted(kind_of, key=len, reverse=True)), kind_of


def _starts_clause(low: str, pos: int, after: int) -> bool:
    """A label starts its line or follows '|'; after '.' or ';' (in a short line) it must
    be followed by a colon: "Reviewed: Jan 2020. Updated: Feb 2021." but not a
    citation's "... Medical Xpress. Published December 2023."."""
    k = pos
    while k > 0 and low[k - 1] in " \t":
        k -= 1
    if k == 0 or low[k - 1] in "\r\n|":
        return True
    if low[k - 1] in ".;" and k < pos and low.startswith(":", after):
        line_start = low.rfind("\n", 0, k) + 1
        line_end = low.find("\n", pos)
        return (len(low) if line_end == -1 else line_end) - line_start <= SHORT_LINE
    return False


def find_date_lines(
    text: str, labels: dict, regions: list[Span], folded: Optional[str] = None
) -> Iterator[DateStamp]:
    """Date lines in ``regions``: a label (from the packs) that starts a line or a clause of
    it, then the date. ``folded`` is ``text.lower()`` of equal length, when known."""
    ordered, kind_of = _labels(tuple((k, tuple(v)) for k, v in sorted(labels.items())))
    low = folded if folded is not None else text.lower()
    if not ordered or len(low) != len(text):
        return
    found: list[DateStamp] = []
    taken: list[tuple[int, int]] = []
    candidates = present(ordered, low)  # (one search per group of labels, not per label)
    ordered = tuple(label for label in ordered if label in candidates)
    for region in regions:
        for label in ordered:  # longest first, so "this topic last updated" beats "updated"
            pos = low.find(label, region.start, region.end)
            while pos != -1:
                after = pos + len(label)
                nxt = low.find(label, after, region.end)
                if (
                    (pos == 0 or not low[pos - 1].isalnum())
                    and (after >= len(low) or not low[after].isalnum())
                    and not any(a <= pos < b for a, b in taken)
                    and _starts_clause(low, pos, after)
                ):
                    line_end = low.find("\n", after)
                    v = _VALUE_RE.match(text, after, len(text) if line_end == -1 else line_end)
                    parsed = parse_date_match(v) if v is not None else None
                    if parsed is not None:
                        end = v.end("tail")
                        taken.append((pos, end))
                        found.append(DateStamp(
                            kind=kind_of[label], value=parsed[0], precision=parsed[1], span=Span(pos, end),
                            label=text[pos:after], raw=text[pos:end],
                        ))
                pos = nxt
    found.sort(key=lambda d: d.span.start)
    yield from found


_COPYRIGHT_RE = rx_compile(
    rf"(?:©|\(c\)|&copy;|\bcopyright\b)\s*(?:©\s*)?(?:{_YEAR}\s*[-–]\s*)?(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)


def find_copyright(text: str, regions: list[Span]) -> Iterator[DateStamp]:
    for region in regions:
        for m in _COPYRIGHT_RE.finditer(text, region.start, region.end):
            year = int(m.group("year"))
            yield DateStamp(
                kind="copyright", value=dt.date(year, 1, 1), precision="year",
                span=Span(m.start(), m.end()), label=m.group(0)[: m.start("year") - m.start()].strip(),
                raw=m.group(0),
            )


# A publication year in a reference entry: "J Clin Oncol 1995; 13:8." or "(2012)" or "2012."
_Y = rf"(?<![\d/.:-])(?P<y>{_YEAR})[a-z]?(?![\d/-]|\.\d)"
_YEAR_SEMI_RE = rx_compile(rf"{_Y}\s*;")  # Vancouver: "1995;"
_YEAR_PAREN_RE = rx_compile(rf"(?<=\(){_Y}\)")  # author-year: "(2012)"
_YEAR_PUNCT_RE = rx_compile(rf"{_Y}\s*[.,:]")
_YEAR_ANY_RE = rx_compile(_Y)


@lru_cache(maxsize=8192)
def entry_year(raw: str) -> Optional[tuple[int, Span]]:
    """A simple read of an entry's publication year: the first year before ';', else in
    parentheses, else the last year followed by '.', ',' or ':', else the last year.

    The reference-entry parser replaces this where it runs; it is enough for
    CIT303 (a reference published after the literature-review date).
    """
    m = _YEAR_SEMI_RE.search(raw) or _YEAR_PAREN_RE.search(raw)
    if m is None:
        for m in _YEAR_PUNCT_RE.finditer(raw):
            pass
    if m is None:
        for m in _YEAR_ANY_RE.finditer(raw):
            pass
    if m is None:
        return None
    return int(m.group("y")), Span(m.start("y"), m.end("y"))
