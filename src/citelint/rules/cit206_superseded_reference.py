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
    # the articles by first author, each title folded once: a long list costs no more than a short one per entry
    by_author: dict = {}
    for r in doc.references:
        p = r.parsed
        if p.type == "journal" and p.authors and p.title:
            by_author.setdefault(first_author(p), []).append((r, fold(p.title), p.year))
    for a in early:
        pa = a.parsed
        ta = fold(core_title(pa.title or ""))
        if len(ta.split()) < 4:
            continue
        year = pa.year
        cands = [(b, tb) for b, tb, by in by_author.get(first_author(pa), ()) if not (year and by and by < year)]
        if not cands:
            continue
        from rapidfuzz import fuzz, process  # only when the author has an article to compare with

        # the first article (in list order) whose title is close enough; the comparisons run in rapidfuzz
        hit = next(process.extract_iter(ta, [tb for _, tb in cands], scorer=fuzz.token_set_ratio, score_cutoff=60),
                   None)
        if hit is not None:
            b = cands[hit[2]][0]
            pb = b.parsed
            src = f"{pb.journal} {pb.year}" if pb.journal and pb.year else "a journal article"
            yield Hit(entry_span(doc, a),
                      f"Reference {a.key} is {_KINDS[pa.type]}; its full publication is reference {b.key} "
                      f"({src}): cite the article", reference=a.key)
