from ..engine import Hit, rule
from ..findings import Severity
from ._entries import core_title, entry_span, first_author, fold

_KINDS = {"abstract": "a meeting abstract or presentation", "preprint": "a preprint"}


@rule("CIT206", "superseded-reference", Severity.INFO)
def superseded_reference(doc, ctx):
    """
    ## What it does
    Flags a meeting abstract, presentation or preprint whose full
    publication is also in the list: the same first author, a similar title,
    and a journal article of the same year or later.

    ## Why is this bad?
    The full paper is the citable, peer-reviewed record; citing both counts
    one study twice and points readers to the preliminary version.

    ## Example
    ```text
    9. Torok J, Kelsey CR, Salama JK. Patterns of Distant Metastases in Surgically
       Managed Early Stage NSCLC. Paper presentation, 55th Annual ASTRO Meeting. 2013.
    12. Torok JA, Gu L, Tandberg DJ, et al. Patterns of Distant Metastases After Surgical
        Management of NSCLC. Clin Lung Cancer 2017; 18:e57.
    ```

    ## Options
    None. Titles are compared with rapidfuzz `token_set_ratio` (60 or more)
    after meeting details are removed.
    """
    early = [r for r in doc.references if r.parsed.type in _KINDS and r.parsed.authors]
    if not early:
        return
    from rapidfuzz import fuzz

    journals = [r for r in doc.references if r.parsed.type == "journal" and r.parsed.authors and r.parsed.title]
    for a in early:
        pa = a.parsed
        ta = fold(core_title(pa.title or ""))
        if len(ta.split()) < 4:
            continue
        for b in journals:
            pb = b.parsed
            if first_author(pb) != first_author(pa):
                continue
            if pa.year and pb.year and pb.year < pa.year:
                continue
            if fuzz.token_set_ratio(ta, fold(pb.title)) >= 60:
                src = f"{pb.journal} {pb.year}" if pb.journal and pb.year else "a journal article"
                yield Hit(entry_span(doc, a),
                          f"Reference {a.key} is {_KINDS[pa.type]}; its full publication is reference {b.key} "
                          f"({src}): cite the article", reference=a.key)
                break
