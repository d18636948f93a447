from ..engine import Hit, rule
from ..findings import Severity


@rule("CIT209", "author-list-style", Severity.INFO)
def author_list_style(doc, ctx):
    """
    ## What it does
    Checks each entry's author list against the house rule for `et al.`:
    list up to `max` authors in full, else the first `keep` followed by
    `et al.`. UpToDate lists up to 4 authors, else 3 + `et al.`; ICMJE up
    to 6, else 6 + `et al.`.

    ## Why is this bad?
    A consistent list is part of a consistent style; a list cut at the
    wrong place either drops authors the style wants or pads the entry.

    ## Example
    With the UpToDate rule (up to 4, else 3 + et al.):
    ```text
    4. Goldstraw P, Chansky K, Crowley J, Rami-Porta R, et al. The IASLC ... 2016; 11:39.
    ```
    Four names before `et al.` where the style keeps three.

    ## Options
    From the packs' `[authors]` table: `max` and `keep` (the `uptodate` pack
    sets 4 and 3, the opt-in `icmje` pack 6 and 6; the core pack sets no
    rule, `max = 0`).
    """
    most, keep = ctx.packs.authors_max, ctx.packs.authors_keep
    if most <= 0:
        return
    for r in doc.references:
        p = r.parsed
        n = len(p.authors)
        if n == 0 or any(a.collective for a in p.authors) or p.type in ("unknown", "webpage", "report"):
            continue
        span = r.field_span("authors") or r.span
        if p.etal and n != keep:
            yield Hit(span, f"Reference {r.key} lists {n} author{'s' if n != 1 else ''} before 'et al.'; the house "
                      f"style lists up to {most} authors, else {keep} + 'et al.'", reference=r.key)
        elif not p.etal and n > most:
            yield Hit(span, f"Reference {r.key} lists all {n} authors; the house style lists up to {most}, "
                      f"else {keep} + 'et al.'", reference=r.key)
