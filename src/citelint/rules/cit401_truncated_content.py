from ..engine import Hit, rule
from ..findings import Severity


@rule("CIT401", "truncated-content", Severity.WARNING)
def truncated_content(doc, ctx):
    """
    ## What it does
    Reports a document that is a paywall or login stub ("To continue reading
    this article, you must log in…") or whose body stops mid-sentence.

    ## Why is this bad?
    A truncated copy is not the topic: whatever follows the cut is missing,
    so checks of the text are incomplete and readers see half an argument.
    Replace it with the full text.

    ## Example
    ```text
    To continue reading this article, you must log in with your personal,
    hospital, or group practice subscription.

    Subscribers log in here
    ```

    ## Options
    The phrases that mark a paywall come from the packs' `[truncation]
    phrases` list.
    """
    t = doc.truncation
    if t is None:
        return
    if t.reason == "ends mid-sentence":
        msg = f"The text ends mid-sentence ('…{t.evidence}'); the rest of the document may be missing"
    else:
        evidence = t.evidence if len(t.evidence) <= 70 else t.evidence[:70].rsplit(" ", 1)[0].rstrip(",;:") + "…"
        msg = f"The document is truncated by a {t.reason} ('{evidence}'); the text after it is missing"
    yield Hit(t.span, msg)
