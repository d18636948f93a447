"""Plain-text topic reprints: title, byline, body, date lines, boilerplate,
paywall text and the numbered reference list, each with its character span.

The reference list is found under a heading ("References", from the packs) or,
without one, as the last run of numbered lines (``1.``, ``1)`` or ``[1]``,
indented or not) that reads like references; an entry runs until the next
numbered line, so wrapped entries are joined.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple, Optional

from .._anchors import anchor_groups
from ..model import Document, LineIndex, Reference, Section, Span, Truncation
from ..packs import PackSettings
from ..parsing.dates import find_copyright, find_date_lines
from ..parsing.markers import find_markers
from .._rxcache import compile as rx_compile

_ENTRY_RE = rx_compile(
    r"(?P<indent>[ \t]*)(?:(?P<num>\d{1,4})(?P<punct>[.)])|\[(?P<bnum>\d{1,4})\])(?P<gap>[ \t]+)(?P<rest>\S)"
)
_YEAR_IN_ENTRY = rx_compile(r"(?<!\d)(?:1[6-9]\d\d|20\d\d)(?!\d)")
DEGREES = frozenset(
    "MD M.D. PhD Ph.D. DO MBBS MBChB MBBCh BM BCh FRCP FRCPC FRCS FRCR FACP FACS FACC FCCP FAAP "
    "FASCO FASTRO FAHA FRACP MPH MSc MS MA BSc BS BA RN NP PA PA-C PharmD DrPH DMD DDS DPhil MRCP "
    "MSCE MHS MBA MEd ScD DSc DNP CNM FNP APRN JD FACOG FACEP FASN FIDSA FCAP FRCOG DCH MRCPCH MSPH".split()
)
# "Michael T Milano, MD, PhD": a name of up to six words, then degrees (checked against DEGREES).
_PERSON_RE = rx_compile(r"[ \t]*(?:Dr\.?\s+)?[A-Z][\w'’.\-]*(?:\s+[\w'’.\-]+){0,5},\s*([^,]+(?:,[^,]+)*?)[ \t]*\r?$")


def _is_person(line: str) -> bool:
    m = _PERSON_RE.match(line)
    return m is not None and all(d.strip() in DEGREES for d in m.group(1).split(","))
_ROLE_RE = rx_compile(
    r"[ \t]*(?:(?:Section|Deputy|Senior|Associate|Contributing|Managing)\s+)?"
    r"(?:Author|Authors|Editor|Editors|Editor-in-Chief|Contributor|Contributors|Reviewer|Reviewers)[ \t]*:?[ \t]*\r?$",
    re.IGNORECASE,
)
_SENTENCE_END = tuple(".!?:;)]\"'”’»…")


class _Line(NamedTuple):
    start: int
    end: int  # without the newline (and without a trailing \r)
    text: str
    blank: bool


def split_lines(text: str, index: Optional[LineIndex] = None) -> list[_Line]:
    index = index or LineIndex(text)
    make = tuple.__new__  # (the named tuple's own __new__ costs a Python call per line)
    out = []
    for start, raw in zip(index._starts, index.lines):
        if raw[-1:] == "\r":
            raw = raw[:-1]
        out.append(make(_Line, (start, start + len(raw), raw, not raw or raw.isspace())))
    return out


@lru_cache(maxsize=32)
def _phrases(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(" ".join(p.lower().split()) for p in phrases)


@lru_cache(maxsize=32)
def _headings(headings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(" ".join(h.lower().split()) for h in headings)


_HEADING_DECOR_RE = rx_compile(r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\d+\.?[ \t]+)?(?:\*\*|__)?(.*?)(?:\*\*|__)?[ \t]*:?[ \t]*$")


def _is_heading(line: str, headings: frozenset[str]) -> bool:
    if len(line) > 80:
        return False
    t = line.strip()
    if t[:1].isalpha() and t[-1:] not in ("*", "_", ":"):  # no decoration to remove: no regex needed
        return " ".join(t.lower().split()) in headings
    m = _HEADING_DECOR_RE.match(line)
    return m is not None and " ".join(m.group(1).lower().split()) in headings


_START_CHARS = frozenset("0123456789[ \t")


def _lines_with(phrases: tuple[str, ...], low: str, index: LineIndex) -> set[int]:
    """0-based numbers of the lines holding one of the (lowercased) phrases."""
    out: set[int] = set()
    for piece, group in anchor_groups(phrases):
        if piece not in low:
            continue
        for p in group:
            pos = low.find(p)
            while pos != -1:
                out.add(index.position(pos)[0] - 1)
                pos = low.find(p, pos + len(p))
    return out


class _Entry:
    """An entry being collected: its number, first and last line, and where its text starts."""

    __slots__ = ("number", "first", "last", "label_end")

    def __init__(self, number: int, first: int, last: int, label_end: int) -> None:
        self.number = number
        self.first = first
        self.last = last  # grows as continuation lines are found
        self.label_end = label_end  # offset just after "12. " / "[12] "


def _entry_start(line: _Line) -> Optional[tuple[int, int, str, int]]:
    """(number, indent width, label style, offset of the entry text) for a numbered line."""
    m = _ENTRY_RE.match(line.text)
    if not m:
        return None
    num = m.group("num") or m.group("bnum")
    style = m.group("punct") or "[]"
    return int(num), len(m.group("indent").expandtabs(4)), style, line.start + m.start("rest")


def _collect_entries(lines: list[_Line], first: int, stop_at: set[int], starts: list) -> list[_Entry]:
    """Entries from line ``first`` on: numbered lines of the first entry's style start
    entries; other non-blank lines continue the current one, until a blank line is
    followed by text that is no entry (then the list has ended)."""
    head = starts[first]
    if head is None:
        return []
    _, indent0, style0, _ = head
    entries: list[_Entry] = []
    max_num = 0
    i = first
    pending_blank = False
    while i < len(lines):
        line = lines[i]
        if i in stop_at:
            nxt = starts[i]
            if not (entries and nxt is not None and nxt[0] == max_num + 1 and nxt[2] == style0 and nxt[1] <= indent0 + 2):
                break
            # (the next entry, which holds a phrase that ends a list elsewhere: UpToDate's drug database cited as
            # "5. Lexicomp Online. Copyright © 1978-2021 Lexicomp, Inc. All Rights Reserved.")
        if line.blank:
            pending_blank = True
            i += 1
            continue
        start = starts[i]
        is_start = False
        if start is not None:
            num, indent, style, label_end = start
            if style == style0 and indent <= indent0 + 2 and 1 <= num <= max_num + 25 and num >= max_num - 25:
                is_start = True
        if is_start:
            entries.append(_Entry(num, i, i, label_end))
            max_num = max(max_num, num)
        elif entries and not pending_blank:
            entries[-1].last = i
        elif entries and pending_blank:
            # after a blank line, a non-numbered line continues the entry only when
            # another numbered entry follows (a blank line between entries is fine)
            j = i + 1
            follows = False
            while j < len(lines) and j not in stop_at:
                s = starts[j]
                if s is not None and s[2] == style0 and not lines[j - 1].blank:
                    break  # a numbered line glued to this text: not an entry boundary we trust
                if s is not None and s[2] == style0:
                    follows = True
                    break
                if lines[j].blank:
                    # text, blank, numbered entry -> the text belongs to the entry above
                    k = j + 1
                    while k < len(lines) and lines[k].blank:
                        k += 1
                    s2 = starts[k] if k < len(lines) else None
                    follows = s2 is not None and s2[2] == style0
                    break
                j += 1
            if not follows:
                break
            entries[-1].last = i
        else:
            break
        pending_blank = False
        i += 1
    return entries


def _looks_like_references(entries: list[_Entry], lines: list[_Line]) -> bool:
    if not entries:
        return False
    with_year = sum(
        1 for e in entries
        if any(_YEAR_IN_ENTRY.search(lines[k].text) for k in range(e.first, e.last + 1))
    )
    return with_year * 2 >= len(entries)


def _find_reference_list(
    lines: list[_Line], heading_lines: list[int], stop_at: set[int], starts: list
) -> tuple[Optional[int], list[_Entry]]:
    """(index of the list's first line — its heading if any —, entries)."""
    # Under a heading: the last heading followed (within a few lines) by a numbered entry.
    for i in reversed(heading_lines):
        j = i + 1
        while j < len(lines) and j < i + 6 and (lines[j].blank or starts[j] is None):
            j += 1
        if j < len(lines) and starts[j] is not None:
            entries = _collect_entries(lines, j, stop_at, starts)
            if entries:
                return i, entries
    # No heading: split the numbered lines into runs, keep the last that reads like references.
    runs: list[list[_Entry]] = []
    i = 0
    while i < len(lines):
        if starts[i] is None:
            i += 1
            continue
        entries = _collect_entries(lines, i, stop_at, starts)
        if not entries:
            i += 1
            continue
        runs.append(entries)
        i = entries[-1].last + 1
    for entries in reversed(runs):
        if _looks_like_references(entries, lines) and (entries[0].number <= 3 or len(entries) >= 3):
            return entries[0].first, entries
    return None, []


# a figure's or table's caption: "Figure 2. Changes in…", "Table 1: Studies…", "Fig. S3 —"
_CAPTION_RE = rx_compile(
    r"(?:Figure|Fig\.?|Table|Box|Supplementa(?:ry|l)\s+(?:Figure|Table))[ \t]+S?\d{1,3}[A-Za-z]?[ \t]*[.:|\u2014\u2013]\s")
_CAPTION_WORDS = ("\nFig", "\nTable", "\nBox", "\nSupplementa")


def _caption_spans(text: str, lines, kind, index: LineIndex) -> list:
    """The paragraphs (to the next blank line) that open with a float's label."""
    starts = [0] if _CAPTION_RE.match(text) else []
    for word in _CAPTION_WORDS:  # (str.find of the word at a line start: no pattern scans the text)
        pos = text.find(word)
        while pos != -1:
            if _CAPTION_RE.match(text, pos + 1):
                starts.append(pos + 1)
            pos = text.find(word, pos + 1)
    out = []
    n = len(lines)
    after = -1
    for pos in sorted(starts):
        k = index.position(pos)[0] - 1
        if k <= after or kind[k] not in ("body", "boilerplate") or (k and not lines[k - 1].blank):
            continue
        j = k
        while j + 1 < n and not lines[j + 1].blank and kind[j + 1] == kind[k]:
            j += 1
        out.append(Span(lines[k].start, lines[j].end))
        after = j
    return out


def read_text(path: str, text: str, packs: PackSettings, *, encoding: str = "utf-8") -> Document:
    index = LineIndex(text)
    lines = split_lines(text, index)
    n = len(lines)
    kind: list[Optional[str]] = [None] * n

    low = text.lower()
    if len(low) != len(text):  # a lowercase that changes length: match per character
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)

    # 1. Paywall / login-wall lines and publisher boilerplate (one scan of the text each).
    trunc_lines = sorted(_lines_with(_phrases(packs.truncation_phrases), low, index))
    for i in trunc_lines:
        kind[i] = "truncation"
    for i in _lines_with(_phrases(packs.boilerplate_phrases), low, index):
        if kind[i] is None:
            kind[i] = "boilerplate"

    # 2. Date lines (anywhere they stand as their own line or clause).
    whole = [Span(0, len(text))]
    date_stamps = list(find_date_lines(text, packs.date_labels, whole, folded=low))
    date_line_idx = set()
    for d in date_stamps:
        li = index.position(d.span.start)[0] - 1
        date_line_idx.add(li)
        if kind[li] is None:
            kind[li] = "dates"

    # 3. The reference list; boilerplate, date and paywall lines end it.
    stop_at = {i for i, k in enumerate(kind) if k in ("boilerplate", "dates", "truncation")}
    starts = [_entry_start(ln) if ln.text[:1] in _START_CHARS else None for ln in lines]
    heads = _headings(packs.reference_headings)
    longest = min(80, 2 * max(map(len, heads), default=0) + 20)  # (longer lines are no heading: not tested)
    heading_lines = [i for i, ln in enumerate(lines)
                     if not ln.blank and len(ln.text) <= longest and _is_heading(ln.text, heads)]
    list_line, entries = _find_reference_list(lines, heading_lines, stop_at, starts)
    # Date stamps inside the list are entries' text, not the document's dates.
    if list_line is not None:
        list_start = lines[list_line].start
        date_stamps = [d for d in date_stamps if d.span.start < list_start or _outside_entries(d.span, entries, lines)]
    references: list[Reference] = []
    make = tuple.__new__  # (key, number, raw, span, text_span, fields): built directly, a list holds dozens
    for e in entries:
        first = lines[e.first]
        start = first.start + (len(first.text) - len(first.text.lstrip()))
        end = lines[e.last].end
        references.append(make(Reference, (str(e.number), e.number, text[e.label_end:end], make(Span, (start, end)),
                                           make(Span, (e.label_end, end)), None)))
        kind[e.first:e.last + 1] = ["references"] * (e.last + 1 - e.first)
    body_end_line = list_line if list_line is not None else n
    if list_line is not None and list_line in heading_lines:
        kind[list_line] = "references"

    # 4. Title and byline at the top.
    title_idx = None
    for i in range(min(n, body_end_line)):
        if lines[i].blank or kind[i] is not None:
            continue
        if i < 30 and _looks_like_title(lines[i].text):
            title_idx = i
            kind[i] = "title"
        break
    if title_idx is not None:
        i = title_idx + 1
        saw_person = False
        last_person = title_idx
        while i < body_end_line and i < title_idx + 60:
            t = lines[i].text
            if lines[i].blank:
                i += 1
                continue
            if _is_person(t) or _ROLE_RE.match(t):
                kind[i] = "byline"
                saw_person = True
                last_person = i
                i += 1
                continue
            break
        if saw_person:
            for k in range(title_idx + 1, last_person + 1):
                if kind[k] is None and not lines[k].blank:
                    kind[k] = "byline"

    # 5. Copyright years (in boilerplate or anywhere outside the list).
    outside_list = _regions(lines, kind, lambda k: k != "references")
    copyrights = list(find_copyright(text, outside_list))

    # 6. Body: everything else before the list.
    for i in range(body_end_line):
        if kind[i] is None and not lines[i].blank:
            kind[i] = "body"
    # markers are read in the body and in boilerplate lines (a figure's permission line
    # may cite its source: "reproduced from [45] with permission. © 2007 ...")
    body_regions = _regions(lines, kind, lambda k: k in ("body", "boilerplate"))
    markers = tuple(find_markers(text, body_regions, packs.marker_style,
                                 valid=[r.number for r in references] if references else None))
    if markers and ("Fig" in text or "Table" in text or "Box" in text):
        captions = _caption_spans(text, lines, kind, index)
        if captions:  # a caption's callouts are numbered where the float stands or after the text
            at = [m.span.start for m in markers]  # (in order)
            marked = list(markers)
            for c in captions:
                for i in range(bisect_left(at, c.start), bisect_left(at, c.end)):
                    marked[i] = marked[i]._replace(in_float=True)
            markers = tuple(marked)

    # 7. Truncation: paywall lines; else a body that stops mid-sentence.
    truncation = None
    if trunc_lines:
        first = trunc_lines[0]
        last = first
        for k in trunc_lines[1:]:
            if all(lines[j].blank or kind[j] == "truncation" for j in range(last + 1, k)) and k - last <= 4:
                last = k
            else:
                break
        span = Span(lines[first].start, lines[last].end)
        truncation = Truncation(span=span, reason="login wall", evidence=lines[first].text.strip())
    else:
        truncation = _ends_mid_sentence(lines, kind, body_end_line)

    sections = _sections(lines, kind)
    reference_list = None
    if list_line is not None and entries:
        reference_list = Span(lines[list_line].start, lines[entries[-1].last].end)
    return Document(
        path=path,
        format="text",
        text=text,
        line_index=index,
        markers=markers,
        references=tuple(references),
        dates=tuple(sorted(date_stamps + copyrights, key=lambda d: d.span.start)),
        sections=sections,
        truncation=truncation,
        reference_list=reference_list,
        numbered=True,
        encoding=encoding,
        packs=packs.names,
    )


_MARKERISH_RE = rx_compile(r"\[\s*\d")


def _looks_like_title(line: str) -> bool:
    """A short first line without sentence punctuation or citations: a title, not prose."""
    t = line.strip()
    return len(t) <= 200 and not t.endswith((".", ",", ";")) and not _MARKERISH_RE.search(t)


def _outside_entries(span: Span, entries: list[_Entry], lines: list[_Line]) -> bool:
    for e in entries:
        if lines[e.first].start <= span.start < lines[e.last].end + 1:
            return False
    return True


def _regions(lines: list[_Line], kind: list, pred) -> list[Span]:
    out: list[Span] = []
    cur_start = None
    cur_end = 0
    for i, ln in enumerate(lines):
        k = kind[i]
        if k is not None and pred(k):
            if cur_start is None:
                cur_start = ln.start
            cur_end = ln.end
        elif k is None and ln.blank and cur_start is not None:
            continue  # blank lines inside a region keep it open
        else:
            if cur_start is not None:
                out.append(Span(cur_start, cur_end))
                cur_start = None
    if cur_start is not None:
        out.append(Span(cur_start, cur_end))
    return out


def _sections(lines: list[_Line], kind: list) -> tuple[Section, ...]:
    """One pass: runs of lines of one kind (blank lines inside a run keep it open)."""
    out: list[Section] = []
    cur: Optional[str] = None
    start = end = 0
    for i, ln in enumerate(lines):
        k = kind[i]
        if k is None and ln.blank:
            continue
        if k != cur:
            if cur is not None:
                out.append(Section(cur, Span(start, end)))
            cur, start = k, ln.start
        end = ln.end
    if cur is not None:
        out.append(Section(cur, Span(start, end)))
    return tuple(s for s in out if s.kind is not None)


def _ends_mid_sentence(lines: list[_Line], kind: list, body_end_line: int) -> Optional[Truncation]:
    last = None
    for i in range(body_end_line - 1, -1, -1):
        if kind[i] == "body":
            last = i
            break
        if kind[i] not in (None, "boilerplate", "dates"):
            break
    if last is None:
        return None
    t = lines[last].text.rstrip()
    words = t.split()
    if len(words) < 12:
        return None  # a heading, a caption, a short line: not evidence
    if t.endswith(_SENTENCE_END) or t[-1].isdigit() and t.endswith(("]", ")")):
        return None
    if "://" in words[-1] or words[-1].startswith("www.") or "@" in words[-1]:
        return None  # ends with a link or an address, as reference-like notes do
    if t[-1].isalpha() or t.endswith((",", "-", "–")):
        return Truncation(
            span=Span(lines[last].start, lines[last].end),
            reason="ends mid-sentence",
            evidence=" ".join(words[-6:]),
        )
    return None
