from ..engine import Hit, rule
from ..findings import Severity


@rule("CIT101", "unresolved-citation", Severity.ERROR)
def unresolved_citation(doc, ctx):
    """
    ## What it does
    Flags a citation marker that cites a number with no entry in the
    reference list. Every number inside a list or range counts: `[58-61]` in
    a 59-entry list cites 60 and 61, which do not exist. In JATS, a callout
    whose `rid` names no `<ref>` is reported the same way.

    ## Why is this bad?
    A reader who follows the marker finds nothing, or the wrong source: the
    claim is unsupported as printed. It usually means an entry was deleted
    or the list was renumbered without updating the text.

    ## Example
    ```text
    ... treated for many decades [2,60].

    1. Hellman S, Weichselbaum RR. Oligometastases. J Clin Oncol 1995; 13:8.
    2. Rosenberg SA. Surgical treatment of metastatic cancer. 1987.
    ```
    `[2,60]` cites reference 60, which the list does not have.

    ## Options
    None. When a document has markers but no reference list at all, CIT402
    reports that instead.
    """
    if doc.reference_list is None or not doc.references:
        return
    have = {r.number for r in doc.references if r.number is not None}
    keys = {r.key for r in doc.references}
    last = max(have) if have else 0
    for m in doc.markers:
        if m.problems:
            continue
        for rid in m.ids:  # id-keyed callouts (JATS rid)
            if rid not in keys:
                yield Hit(m.span, f"Citation {m.raw} points at '{rid}', which names no reference entry", reference=rid)
        seen = set()
        for k in m.keys:
            if k in have or k in seen:
                continue
            seen.add(k)
            where = f"the list ends at {last}" if k > last else f"the list has no entry {k}"
            yield Hit(m.span, f"Citation {m.raw} cites reference {k}, but {where}", reference=str(k))
