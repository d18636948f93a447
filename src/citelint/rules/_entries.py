"""Helpers shared by the reference-entry rules (CIT203-CIT209)."""

from __future__ import annotations

import re
import unicodedata

from .._lazy import lazy  # (compiled when first used: most runs never need these)
from ..model import Span
from ._util import first_line

_PART_RE = lazy(r"\b(?:part|pt)\.?\s*([ivx]+|\d+)\b", re.IGNORECASE)
_MEETING_TAIL_RE = lazy(
    r"[.,;]\s*(?:Paper presentation|Oral presentation|Poster|Presented at|Abstract|\d+(?:st|nd|rd|th)\s+Annual).*$",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Case, accents and punctuation folded away, for comparing names and titles."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", text.casefold()).strip()


def part_of(title: str):
    m = _PART_RE.search(title or "")
    return m.group(1).lower() if m else None


def core_title(title: str) -> str:
    """A title without the meeting details a presentation carries after it."""
    return _MEETING_TAIL_RE.sub("", title or "")


def entry_span(doc, ref) -> Span:
    return Span(ref.span.start, first_line(doc.text, ref.span.start, ref.span.end))


def first_author(parsed) -> str:
    return fold(parsed.authors[0].family) if parsed.authors else ""
