import re

from .._lazy import lazy  # (compiled when first used: most runs never need these)
from ..engine import Hit, rule
from ..findings import Severity
from ..model import Span
from ._entries import fold
from ._util import first_line
from .._rxcache import compile as rx_compile

# "Mason et al., 1994", "Mason and Smith (1994)", "(Nriagu, 1989; Pirrone et al., 1996)",
# "Gustin et al., 1999, 2000", "Lindberg et al. 2007a": a capitalised surname, then years
_AUTHOR_YEAR_RE = lazy(
    r"(?P<a>[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)*)"
    r"(?:\s+(?:and|&)\s+[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)*|\s+et\s+al\.?)?"
    r",?\s*\(?\s*(?P<years>(?:1[6-9]|20)\d\d[a-z]?(?:\s*[,;]\s*(?:1[6-9]|20)\d\d[a-z]?)*)(?!\d)"
)
_YEAR_RE = rx_compile(r"(?:1[6-9]|20)\d\d[a-z]?")
_TAG_RE = rx_compile(r"<[^<>]{0,500}>")


def _author_year_citations(doc) -> set:
    """(folded surname, year as written) pairs the text outside the list cites."""
    text = doc.text
    if doc.reference_list is not None:
        text = text[:doc.reference_list.start] + " " + text[doc.reference_list.end:]
    if doc.format in ("jats", "html"):  # the file as written: "Gustin <italic>et al.</italic>, 1999"
        text = _TAG_RE.sub("", text)
    out: set = set()
    for m in _AUTHOR_YEAR_RE.finditer(text):
        name = fold(m.group("a"))
        for y in _YEAR_RE.findall(m.group("years")):
            out.add((name, y))
            out.add((name, y[:4]))
    return out


def _cited_in_text(ref, written: set) -> bool:
    p = ref.parsed
    if not p.authors or not p.year:
        return False
    family = fold(p.authors[0].family)
    if not family:
        return False
    last = family.split()[-1]
    m = re.search(rf"(?<![\w/.-]){p.year}([a-z])?(?!\w)", ref.raw)  # "2002a", never "10.1029/1999jd…"
    year = f"{p.year}{m.group(1) or ''}" if m else str(p.year)
    return any((name, year) in written for name in {family, last, family.replace(" ", "")})


def _tables(labels: list[str]) -> str:
    """["Table 1", "Table 2", "Table 3"] -> "Tables 1–3"; ["Table 1", "Table 4"] -> "Tables 1 and 4"."""
    nums = [int(x.split()[-1]) for x in labels]
    if nums == list(range(nums[0], nums[0] + len(nums))):
        return f"Tables {nums[0]}–{nums[-1]}"
    return "Tables " + ", ".join(map(str, nums[:-1])) + f" and {nums[-1]}"


@rule("CIT201", "uncited-reference", Severity.WARNING)
def uncited_reference(doc, ctx):
    """
    ## What it does
    Flags a reference-list entry that no marker in the text cites.

    In author-year documents (and in documents with no markers at all), a
    citation written in plain text with no link, such as "(Mason et al.,
    1994)" or "Gustin (2003)", cites the entry whose first author and year
    it names ("2005a" and "2005b" are told apart).

    When the document is truncated (a login wall or a text that stops
    mid-sentence, see CIT401), the message says so: the citation may be in
    the part of the text that is missing, so the entry is not necessarily
    wrong. A run of consecutive uncited entries is then reported once
    (`References 4–59 …`, with `reference` set to `"4-59"`), since one cause
    explains them all. The same holds for a publisher page that prints its
    tables on pages of their own and only links to them (BMC, Hindawi): the
    message names the tables the entries may be cited in.

    ## Why is this bad?
    An uncited entry is either a leftover from an earlier version of the
    topic or a citation that was deleted from the text by mistake. Either
    way the list no longer describes the evidence the text relies on.

    ## Example
    ```text
    Oligometastases were described in 1995 [1].

    1. Hellman S, Weichselbaum RR. Oligometastases. J Clin Oncol 1995; 13:8.
    2. Rosenberg SA. Surgical treatment of metastatic cancer. 1987.
    ```
    Reference 2 is never cited.

    ## Options
    None.
    """
    if not doc.references:
        return
    cited: set[int] = set()
    cited_ids: set[str] = set()
    for m in doc.markers:
        cited.update(m.keys)
        cited_ids.update(m.ids)
    uncited = [r for r in doc.references
               if r.key not in cited_ids and (r.number is None or r.number not in cited)]
    if uncited and (not doc.numbered or not doc.markers):
        # author-year text that no link ties to the list ("(Mason et al., 1994)", "Gustin (2003)"):
        # an entry whose first author and year are written in the text is cited
        written = _author_year_citations(doc)
        uncited = [r for r in uncited if not _cited_in_text(r, written)]
    numbered = [r for r in uncited if r.number is not None]
    if doc.truncation is None and not doc.elsewhere:
        for r in uncited:
            span = Span(r.span.start, first_line(doc.text, r.span.start, r.span.end))
            yield Hit(span, f"Reference {r.number if r.number is not None else r.key} is never cited in the text",
                      reference=r.key)
        return
    # Truncated, or tables on other pages: one finding per run of consecutive uncited entries; they
    # share one cause.
    if doc.truncation is not None:
        line = doc.line_index.position(doc.truncation.span.start)[0]
        why = f"the text is truncated ({doc.truncation.reason} at line {line}), so "
        where = "in the part that is missing"
    else:
        labels = [label for label, _ in doc.elsewhere]
        if len(labels) == 1:
            why = f"{labels[0]} is on a page of its own (linked, not in this file), so "
        else:
            why = f"{_tables(labels)} are on pages of their own (linked, not in this file), so "
        where = "there"
    runs: list[list] = []
    for r in numbered:
        if runs and runs[-1][-1].number + 1 == r.number:
            runs[-1].append(r)
        else:
            runs.append([r])
    runs += [[r] for r in uncited if r.number is None]
    for run in runs:
        a, b = run[0], run[-1]
        span = Span(a.span.start, first_line(doc.text, b.span.start, b.span.end))
        if a is b:
            name = a.number if a.number is not None else a.key
            msg = f"Reference {name} is never cited in the text; {why}it may be cited {where}"
            ref = a.key
        else:
            msg = (f"References {a.number}–{b.number} ({len(run)} entries) are never cited in the text; "
                   f"{why}they may be cited {where}")
            ref = f"{a.number}-{b.number}"
        yield Hit(span, msg, reference=ref)
