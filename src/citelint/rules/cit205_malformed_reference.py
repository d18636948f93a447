from ..engine import Hit, rule
from ..findings import Severity
from ._entries import entry_span
from .._rxcache import compile as rx_compile

_NUM = rx_compile(r"([A-Za-z]*)(\d+)")
_RANGE = rx_compile(r"([A-Za-z]?\d+)\s*[-–]\s*([A-Za-z]?\d+)")


def _backwards(first: str, last: str) -> bool:
    """A range that ends before it starts, read as printed ("589-587"; an abbreviated end, "1677-80", is read whole)."""
    from ..parsing.references import expand_pages  # the parser loads only when entries are checked
    a, b = _NUM.match(first), _NUM.match(expand_pages(first, last) or last)
    return bool(a and b and a.group(1).lower() == b.group(1).lower() and int(b.group(2)) < int(a.group(2)))


@rule("CIT205", "malformed-reference", Severity.ERROR)
def malformed_reference(doc, ctx):
    """
    ## What it does
    Flags an entry whose values are impossible or whose structure cannot be
    read. Impossible values: a publication year in the future or before 1600
    (a year read where a year belongs, `2099;48:578` or `(2099)`, not any
    four digits), a page range that ends before it starts (`589-587`; and
    the ranges of a discussion printed after the paper's pages, as MEDLINE
    cites symposium volumes: `277: 3-16; discussion 16-22, 71-13`).
    Unreadable: an entry with no year, title or source at all.

    ## Why is this bad?
    Impossible values are typing errors; nobody can find the source they
    describe.

    ## Example
    ```text
    7. Rusthoven KE, et al. Consolidative SBRT. Acta Oncol 2099; 48:578-12.
    ```

    ## Options
    None. "In the future" means after next year (an article in press may
    carry next year's date).
    """
    from ..parsing.references import DISCUSSION_RE  # the parser loads only when entries are checked

    for r in doc.references:
        p = r.parsed
        problems: list[str] = []
        sure = p.year_source in ("block", "paren")  # a year read from "1995;13:8" or "(1995)"
        if sure and p.year > ctx.today.year + 1:
            problems.append(f"the year {p.year} is in the future")
        if sure and p.year < 1600:
            problems.append(f"the year {p.year} is before 1600")
        if p.first_page and p.last_page and _backwards(p.first_page, p.last_page):
            problems.append(f"the page range {p.first_page}-{p.last_page} ends before it starts")
        # the pages of a discussion printed after the paper's, as MEDLINE cites symposium volumes: "277: 3-16;
        # discussion 16-22, 71-13, 251-253" (each range checked as the paper's own are; the parser finds them)
        d = DISCUSSION_RE.search(r.raw) if "discussion" in r.raw else None
        for first, last in _RANGE.findall(d.group(0)) if d is not None else ():
            if _backwards(first, last):
                problems.append(f"the discussion's page range {first}-{last} ends before it starts")
        if p.type == "unknown" and p.year is None and not p.title and not p.journal and not p.url and len(r.raw.split()) >= 3:
            problems.append("it cannot be read: no year, title or source was found")
        if problems:
            yield Hit(entry_span(doc, r), f"Reference {r.key} is malformed: " + "; ".join(problems), reference=r.key)
