"""The bracket grammar: which ``[...]`` groups are citation markers.

Examples (``classify`` on the text between the brackets)::

    "1"            citation 1
    "2,3" "2, 3"   citation 2 and 3
    "4-7" "4–7"    citation 4, 5, 6, 7 (hyphen, en dash, em dash, minus)
    "8,10-12"      citation 8, 10, 11, 12
    "2,,3"         malformed: an empty item
    "3-2"          malformed: a range that runs backwards
    "3-"           malformed: a range without an end
    "0"            malformed: references are numbered from 1
    "1;2"          malformed where the house style separates with commas
    "sic" "see below" "n = 12" "HR 0.71, 95% CI 0.55-0.92" "Table 1" "A"
                   not a citation (letters, decimals, symbols)
    "0, 1" "-100, 100" "1, 0, 0"
                   not a citation: an interval or vector (a zero or a sign)
    "2013"         not a citation: a year

In context (``find_markers``), a readable group is still not a citation when it
is index notation glued to a short symbol (``t[1]``, ``F[1,36]``), is followed
by ``=``, has a word glued after it (``[1,2,4]triazolo``; a small word such as
``[43]and`` is a typo and stays a citation), is a descending interval after an
estimate (``1087 [1610–649] years``), or is a list of plain numbers after ``=``
or ``∈``; a pair after "range"/"interval" is a citation only if both numbers
are entries of the reference list.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, NamedTuple, Optional

from .._lazy import lazy
from ..model import Marker, Span
from .._rxcache import compile as rx_compile

DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_DASH_CLASS = re.escape(DASHES)

# One bracket group; the content may wrap onto one more line (plain-text reprints wrap).
BRACKET_RE = rx_compile(r"\[([^\[\]\n]{0,160}(?:\r?\n[^\[\]\n]{0,160})?)\]")
_ALLOWED_RE = lazy(rf"[^\d\s,;{_DASH_CLASS}]")
_SIGNED_RE = lazy(rf"(?:^|[,;])\s*[{_DASH_CLASS}+]\s*\d")
_NUM_RE = lazy(r"\d+")
_SINGLE_RE = lazy(r"\d+")
_RANGE_RE = lazy(rf"(\d+)\s*[{_DASH_CLASS}]\s*(\d+)")
_OPEN_END_RE = lazy(rf"(\d+)\s*[{_DASH_CLASS}]")
_SPACED_RE = lazy(r"\d+(?:\s+\d+)+")
# Just before a bracket, these make a pair of numbers an interval, not a citation:
# "x = [2, 5]", "t ∈ [1, 3]", "in the range [2, 5]", "on the interval [1, 4]".
_SYMBOL_CONTEXT_RE = lazy(r"[=\u2208\u2209\u2282\u2286]\s*$")
_WORD_CONTEXT_RE = lazy(r"\b(?:intervals?|ranges?|range of)\s*$", re.IGNORECASE)

MAX_NUMBER = 9999
MAX_RANGE_WIDTH = 1000


class MarkerStyle(NamedTuple):
    """House style for marker groups (from the packs' ``[markers]`` table)."""

    separator: str = ","  # "," | ";" | "any"
    range_dash: str = "any"  # "-" | "–" | "any"
    collapse_runs: int = 3  # runs of this many consecutive numbers are written as a range; 0 = never required


DEFAULT_STYLE = MarkerStyle()


class Classified(NamedTuple):
    """What a bracket's content is: ``None`` from ``classify`` means not a citation."""

    keys: tuple[int, ...]
    items: tuple[tuple[int, int], ...]
    separator: str
    problems: tuple[str, ...]


def classify(content: str, style: MarkerStyle = DEFAULT_STYLE) -> Optional[Classified]:
    if style.separator != ";":
        fast = _classify_simple(content)
        if fast is not None:
            return fast
    s = content.strip()
    if not s or _ALLOWED_RE.search(s):
        return None  # empty, or letters/decimals/symbols: prose, statistics, labels
    if _SIGNED_RE.search(s):
        return None  # a signed number: an interval or vector such as [-100, 100]
    numbers = [int(n) for n in _NUM_RE.findall(s)]
    if not numbers:
        return None  # only punctuation, e.g. "[-]" or "[, ]"
    if any(n > MAX_NUMBER for n in numbers):
        return None
    if all(1800 <= n <= 2100 for n in numbers) and all(len(x) == 4 for x in _NUM_RE.findall(s)):
        return None  # a year or years: [2013]
    if 0 in numbers and len(numbers) > 1:
        return None  # an interval or vector: [0, 1], [1, 0, 0], [0-1]

    has_comma = "," in s
    has_semi = ";" in s
    if has_comma and has_semi:
        separator = "mixed"
    elif has_semi:
        separator = ";"
    else:
        separator = ","
    problems: list[str] = []
    if separator == "mixed":
        problems.append("mixes ',' and ';' between numbers")
    elif separator == ";" and style.separator == ",":
        problems.append("separates numbers with ';' where the house style uses ','")
    elif separator == "," and has_comma and style.separator == ";":
        problems.append("separates numbers with ',' where the house style uses ';'")

    items: list[tuple[int, int]] = []
    keys: list[int] = []
    for part in re.split(r"[,;]", s):
        item = part.strip()
        if not item:
            problems.append("has an empty item between separators")
            continue
        if _SINGLE_RE.fullmatch(item):
            n = int(item)
            if n == 0:
                problems.append("cites 0; references are numbered from 1")
                continue
            items.append((n, n))
            keys.append(n)
            continue
        m = _RANGE_RE.fullmatch(item)
        if m:
            lo, hi = int(m.group(1)), int(m.group(2))
            if lo == 0:
                problems.append(f"range {item} starts at 0; references are numbered from 1")
            elif hi < lo:
                problems.append(f"range {_norm(item)} runs backwards")
            elif hi - lo > MAX_RANGE_WIDTH:
                problems.append(f"range {_norm(item)} spans more than {MAX_RANGE_WIDTH} numbers")
            else:
                items.append((lo, hi))
                keys.extend(range(lo, hi + 1))
            continue
        m = _OPEN_END_RE.fullmatch(item)
        if m:
            problems.append(f"range {_norm(item)} has no end")
            continue
        if _SPACED_RE.fullmatch(item):
            problems.append(f"numbers {' '.join(item.split())!r} are not separated by '{style.separator if style.separator != 'any' else ','}'")
            keys.extend(int(n) for n in item.split())
            continue
        problems.append(f"cannot read {item!r}")
    return Classified(tuple(keys), tuple(items), separator, tuple(problems))


def _classify_simple(content: str) -> Optional[Classified]:
    """The common shapes, "12" and "2,3,9", without the general path; None: not this shape."""
    if content.isdigit() and content.isascii():
        n = int(content)
        if 1 <= n <= MAX_NUMBER and not (len(content) == 4 and 1800 <= n <= 2100):
            return Classified((n,), ((n, n),), ",", ())
        return None
    if "," in content and content.replace(",", "").isdigit() and content.isascii():
        parts = content.split(",")
        if "" in parts or any(len(p) == 4 for p in parts):
            return None  # empty items and possible years take the general path
        nums = tuple(int(p) for p in parts)
        if 0 in nums or max(nums) > MAX_NUMBER:
            return None
        return Classified(nums, tuple((n, n) for n in nums), ",", ())
    return None


def _norm(item: str) -> str:
    return re.sub(rf"\s*[{_DASH_CLASS}]\s*", "-", item.strip())


_GLUED_WORDS = frozenset(
    "a an and as at by for from in is of on or that the to was were which with".split()
)
# one letter, or two lower-case letters other than "al" (et al[15] is a citation): t[1], to[1]
_INDEX_BEFORE_RE = lazy(r"(?:^|[^\w])(?:[A-Za-z]|(?!al)[a-z]{2})\Z")
_NUMBER_BEFORE_RE = lazy(r"\d(?:[.,]\d+)?\s*$")
_WORD_AFTER_RE = lazy(r"[^\W\d_]+")


def _not_a_citation(text: str, start: int, end: int, c: Classified, valid: Optional[frozenset]) -> bool:
    """Context that makes a readable bracket something else (see the module docs)."""
    prev = text[start - 1] if start else " "
    nxt = text[end] if end < len(text) else " "
    # index or subscript notation glued to a short symbol: t[1], to[1], F[1,36], x[2]
    if prev.isalpha() and _INDEX_BEFORE_RE.search(text, max(0, start - 3), start):
        return True
    if nxt.isalpha():
        # a word glued on after: chemical names ([1,2,4]triazolo); "[43]and" stays a citation
        w = _WORD_AFTER_RE.match(text, end)
        return w.group(0).lower() not in _GLUED_WORDS
    # an assignment or statistic: F[1,36]=66.8, p[2] = 0.5
    if nxt == "=" or (nxt == " " and text[end : end + 8].lstrip(" ").startswith("=")):
        return True
    if c.problems:
        # an estimate's interval, descending: "1087 [1610–649] years"
        return any("backwards" in p for p in c.problems) and bool(_NUMBER_BEFORE_RE.search(text[max(0, start - 24):start]))
    if len(c.items) < 2 or any(lo != hi for lo, hi in c.items):
        return False
    before = text[max(0, start - 24) : start]
    if _SYMBOL_CONTEXT_RE.search(before):
        return True  # x = [1, 2, 3], t ∈ [1, 4]
    if len(c.items) == 2 and _WORD_CONTEXT_RE.search(before):
        # "in the range [2, 5]" -- unless both numbers are entries of the list
        return valid is None or not all(k in valid for k in c.keys)
    return False


def find_markers(
    text: str,
    regions: Iterable[Span],
    style: MarkerStyle = DEFAULT_STYLE,
    valid: Optional[Iterable[int]] = None,
) -> Iterator[Marker]:
    """Yield the citation markers in ``regions`` of ``text``, in order.

    ``valid`` (the reference list's numbers, when known) settles ambiguous
    brackets such as "range [2, 5]": a citation only if both are entries.
    """
    valid_set = frozenset(valid) if valid is not None else None
    for region in regions:
        for m in BRACKET_RE.finditer(text, region.start, region.end):
            c = classify(m.group(1), style)
            if c is None or _not_a_citation(text, m.start(), m.end(), c, valid_set):
                continue
            yield Marker(
                raw=m.group(0),
                span=Span(m.start(), m.end()),
                keys=c.keys,
                items=c.items,
                separator=c.separator,
                problems=c.problems,
            )


def canonical(keys: Iterable[int], style: MarkerStyle = DEFAULT_STYLE) -> str:
    """House form of a group: sorted, unique, runs collapsed to ranges."""
    nums = sorted(set(keys))
    dash = "-" if style.range_dash == "any" else style.range_dash
    sep = ";" if style.separator == ";" else ","
    parts: list[str] = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        run = j - i + 1
        if style.collapse_runs and run >= style.collapse_runs:
            parts.append(f"{nums[i]}{dash}{nums[j]}")
        else:
            parts.extend(str(n) for n in nums[i : j + 1])
        i = j + 1
    return "[" + sep.join(parts) + "]"


def canonical_problems(marker: Marker, style: MarkerStyle = DEFAULT_STYLE) -> list[str]:
    """Why a well-formed group is not in house form (empty: it is)."""
    if marker.problems or not marker.keys:
        return []
    out: list[str] = []
    keys = marker.keys
    if len(set(keys)) != len(keys):
        dup = sorted({k for k in keys if keys.count(k) > 1})
        out.append("repeats " + ", ".join(map(str, dup)))
    firsts = [lo for lo, _ in marker.items]
    if any(b < a for a, b in zip(firsts, firsts[1:])):
        out.append("is not in ascending order")
    if style.collapse_runs:
        nums = sorted(set(keys))
        # a run written out in full that the house style writes as a range
        singles = {lo for lo, hi in marker.items if lo == hi}
        i = 0
        while i < len(nums):
            j = i
            while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
                j += 1
            run = nums[i : j + 1]
            if len(run) >= style.collapse_runs and sum(1 for n in run if n in singles) >= 2:
                out.append(f"writes out {run[0]} to {run[-1]} where the house style uses a range")
            i = j + 1
        for lo, hi in marker.items:
            if hi - lo + 1 < style.collapse_runs and hi != lo:
                out.append(f"writes {lo}-{hi} as a range where the house style lists the numbers")
    if style.range_dash != "any":
        inner = marker.raw[1:-1]
        other = [d for d in DASHES if d != style.range_dash and d in inner]
        if other:
            out.append(f"uses {other[0]!r} in a range where the house style uses {style.range_dash!r}")
    return out
