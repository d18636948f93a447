from ..engine import Hit, rule
from ..findings import Severity


@rule("CIT402", "missing-reference-list", Severity.ERROR)
def missing_reference_list(doc, ctx):
    """
    ## What it does
    Reports a document whose text has citation markers but no reference list
    could be found.

    ## Why is this bad?
    Every marker points nowhere. The list was probably lost when the topic
    was exported or pasted.

    ## Example
    ```text
    Oligometastases were described in 1995 [1] and treated surgically [2,3].
    ```
    ...and the document ends there.

    ## Options
    The headings that open a list come from the packs' `[references]
    headings`; a list without a heading is found as a final run of numbered
    entries.
    """
    if doc.reference_list is not None:
        return
    cites = [m for m in doc.markers if m.keys and not m.problems]
    if not cites:
        return
    first = cites[0]
    yield Hit(
        first.span,
        f"The text has {len(cites)} citation marker{'s' if len(cites) != 1 else ''} "
        "but no reference list was found",
    )
