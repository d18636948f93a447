from ..engine import rule
from ..findings import Severity


@rule("CIT002", "unused-suppression", Severity.WARNING, origin="engine")
def unused_suppression(doc, ctx):
    """
    ## What it does
    Reports a suppression that suppressed nothing: an inline
    `<!-- citelint: ignore CODE -->` comment with no finding under it, an
    entry of the configuration's `allow` list that matched no finding, or a
    baseline entry whose finding is gone. An inline suppression that names
    no codes is refused and reported too.

    ## Why is this bad?
    Stale suppressions hide nothing today but will hide a new problem
    tomorrow; a baseline that only shrinks keeps legacy findings from
    coming back unnoticed.

    ## Example
    ```html
    <!-- citelint: ignore CIT201 -->
    <p>Every reference here is cited [1].</p>
    ```

    ## Options
    None. Baselines: `citelint check --write-baseline FILE`, then
    `--baseline FILE`; the `allow` list: `allow = [{path = "legacy/*.txt",
    code = "CIT201", reference = "4-59", reason = "truncated reprint"}]`.
    """
    return ()
