from ..engine import Hit, rule
from ..findings import Severity


@rule("CIT102", "malformed-citation-marker", Severity.ERROR)
def malformed_citation_marker(doc, ctx):
    """
    ## What it does
    Flags bracket groups that are an attempt at a citation but cannot be
    read: an empty item (`[2,,3]`), a range that runs backwards (`[3-2]`) or
    has no end (`[3-]`), a zero (`[0]`), numbers run together (`[2 3]`), or
    the wrong separator for the house style (`[1;2]` where the style uses
    commas).

    Brackets that are not citations are never flagged: `[sic]`,
    `[see below]`, `[n = 12]`, `[HR 0.71, 95% CI 0.55-0.92]`, `[Table 1]`,
    `[A]`, years (`[2013]`), and numeric intervals or vectors (`[0, 1]`,
    `[-100, 100]`, `[1, 0, 0]`).

    ## Why is this bad?
    Nobody can tell which sources such a marker means, so the claim cannot be
    traced, and the references it was meant to cite may be reported as
    uncited.

    ## Example
    ```text
    ... aggressively treated for many decades [2,,3].
    ```

    Use instead:
    ```text
    ... aggressively treated for many decades [2,3].
    ```

    ## Options
    The separator comes from the packs' `[markers] separator` (`","`, `";"`
    or `"any"`).
    """
    for m in doc.markers:
        if m.problems:
            yield Hit(m.span, f"Citation marker {m.raw} is malformed: it " + "; it ".join(m.problems))
