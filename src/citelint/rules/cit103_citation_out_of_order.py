from ..engine import Hit, rule
from ..findings import Severity


@rule("CIT103", "citation-out-of-order", Severity.WARNING)
def citation_out_of_order(doc, ctx):
    """
    ## What it does
    In numbered (Vancouver) styles references are numbered in the order they
    are first cited. This rule flags a marker that cites a reference for the
    first time after a higher-numbered reference was already cited: `[4]` as
    the first marker, then `[2,3]`.

    A number that is never cited is not an order problem (CIT201 reports it).

    ## Why is this bad?
    Out-of-order first citations usually mean the text was rearranged or a
    reference inserted without renumbering; the list no longer follows the
    text and readers look for sources in the wrong place.

    ## Example
    ```text
    First described in 1995 [4], long after surgical series [2,3].
    ```

    ## Options
    None. Applies only to numbered styles.
    """
    if not doc.numbered:
        return
    seen: set[int] = set()
    highest = 0
    for m in doc.markers:
        if m.problems:
            continue
        new = sorted(k for k in set(m.keys) if k not in seen)
        late = [k for k in new if k < highest]
        if late:
            nums = ", ".join(map(str, late))
            noun = "Reference" if len(late) == 1 else "References"
            verb = "is" if len(late) == 1 else "are"
            yield Hit(
                m.span,
                f"{noun} {nums} {verb} first cited here, after reference {highest} was already cited; "
                "numbered styles number references in order of first citation",
                reference=str(late[0]),
            )
        seen.update(m.keys)
        if new:
            highest = max(highest, max(new))
