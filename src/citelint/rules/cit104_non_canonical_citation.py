from ..engine import Hit, rule
from ..findings import Edit, Fix, Severity
from ..parsing.markers import canonical, canonical_problems


@rule("CIT104", "non-canonical-citation", Severity.INFO)
def non_canonical_citation(doc, ctx):
    """
    ## What it does
    Flags a well-formed marker group that is not written in the house form:
    numbers out of order (`[3,2]`), repeated (`[2,2]`), or a run written out
    where the style wants a range (`[1,2,3]` for `[1-3]`).

    ## Why is this bad?
    Consistent markers are easier to read and to check; a repeated or
    unsorted group often hides a copy-and-paste slip.

    ## Example
    ```text
    ... for many decades [3,2,2].
    ```

    Use instead:
    ```text
    ... for many decades [2,3].
    ```

    ## Fix safety
    The fix rewrites the group in house form and is always safe: it cites
    the same set of references.

    ## Options
    From the packs' `[markers]` table: `collapse-runs` (default 3; 0 never
    asks for ranges), `range-dash` (`"-"`, `"–"` or `"any"`), `separator`.
    """
    style = ctx.packs.marker_style
    for m in doc.markers:
        problems = canonical_problems(m, style)
        if problems:
            want = canonical(m.keys, style)
            fix = Fix(f"Rewrite as {want}", (Edit(m.span, want),))
            yield Hit(m.span, f"Citation {m.raw} " + "; ".join(problems) + f"; write {want}", fix=fix)
