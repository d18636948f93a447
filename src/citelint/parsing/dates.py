"""Date lines ("Literature review current through: Nov 2017."), copyright years,
and a simple publication-year read for reference entries."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Iterator, Optional

from ..model import DateStamp, Span

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"(?:1[6-9]\d\d|2\d\d\d)"
DATE_VALUE = (
    rf"(?P<mdy>(?P<m1>{_MON})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>{_YEAR}))"
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})\s+(?P<m2>{_MON}),?\s+(?P<y2>{_YEAR}))"
    rf"|(?P<my>(?P<m3>{_MON}),?\s+(?P<y3>{_YEAR}))"
    rf"|(?P<iso>(?P<y4>{_YEAR})[-/](?P<mo4>\d{{1,2}})(?:[-/](?P<d4>\d{{1,2}}))?)"
    rf"|(?P<y5>{_YEAR})"
)


def parse_date_match(m: "re.Match[str]") -> Optional[tuple[dt.date, str]]:
    """(date, precision) from a match of DATE_VALUE, or None for an impossible date."""
    g = m.groupdict()
    try:
        if g["mdy"]:
            return dt.date(int(g["y1"]), MONTHS[g["m1"].rstrip(".").lower()], int(g["d1"])), "day"
        if g["dmy"]:
            return dt.date(int(g["y2"]), MONTHS[g["m2"].rstrip(".").lower()], int(g["d2"])), "day"
        if g["my"]:
            return dt.date(int(g["y3"]), MONTHS[g["m3"].rstrip(".").lower()], 1), "month"
        if g["iso"]:
            if g["d4"]:
                return dt.date(int(g["y4"]), int(g["mo4"]), int(g["d4"])), "day"
            return dt.date(int(g["y4"]), int(g["mo4"]), 1), "month"
        if g["y5"]:
            return dt.date(int(g["y5"]), 1, 1), "year"
    except (ValueError, KeyError):
        return None
    return None


@lru_cache(maxsize=64)
def _label_regex(labels: tuple[tuple[str, tuple[str, ...]], ...]) -> "re.Pattern[str]":
    alts = []
    for kind, phrases in labels:
        if not phrases:
            continue
        group = kind.replace("-", "_")
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
        alts.append(f"(?P<{group}>{body})")
    if not alts:
        return re.compile(r"(?!x)x")
    # A label starts a line or follows a separator ("|", "." or ";"), is followed by an
    # optional colon and the date, and the date ends the line or its clause.
    return re.compile(
        rf"(?:^|(?<=[|.;])|(?<=[|.;]\s)|(?<=\s\s))[ \t]*(?P<label>{'|'.join(alts)})(?:\s+on)?[ \t]*:?[ \t]*"
        rf"(?P<value>{DATE_VALUE})(?P<tail>\.?)(?=[ \t]*(?:[|;]|\r?$|\.[ \t]|\.?[ \t]+\|))",
        re.IGNORECASE | re.MULTILINE,
    )


def find_date_lines(text: str, labels: dict, regions: list[Span]) -> Iterator[DateStamp]:
    key = tuple((k, tuple(v)) for k, v in sorted(labels.items()))
    rx = _label_regex(key)
    for region in regions:
        for m in rx.finditer(text, region.start, region.end):
            kind = next(k for k in labels if m.group(k.replace("-", "_")))
            parsed = parse_date_match(m)
            if parsed is None:
                continue
            value, precision = parsed
            start = m.start("label")
            end = m.end("tail")
            yield DateStamp(
                kind=kind, value=value, precision=precision, span=Span(start, end),
                label=m.group("label"), raw=text[start:end],
            )


_COPYRIGHT_RE = re.compile(
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
_ENTRY_YEAR_RE = re.compile(rf"(?<![\d/.:-])(?P<y>{_YEAR})[a-z]?(?![\d/-]|\.\d)(?P<after>\s*[;).,:]?)")


def entry_year(raw: str) -> Optional[tuple[int, Span]]:
    """A simple read of an entry's publication year: the strongest-looking year, else the last.

    The reference-entry parser replaces this where it runs; it is enough for
    CIT303 (a reference published after the literature-review date).
    """
    best: Optional[tuple[int, int, Span]] = None
    for m in _ENTRY_YEAR_RE.finditer(raw):
        after = m.group("after").strip()
        before = raw[max(0, m.start() - 1) : m.start()]
        score = 1
        if after == ";" or (before == "(" and after == ")"):
            score = 3
        elif after in (".", ",", ":"):
            score = 2
        y = int(m.group("y"))
        if y > 2100:
            continue
        cand = (score, y, Span(m.start("y"), m.end("y")))
        if best is None or score >= best[0]:
            best = cand
    if best is None:
        return None
    return best[1], best[2]
