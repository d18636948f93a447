from ..engine import rule
from ..findings import Severity
from ._age import MAX_AGE, stale


@rule("CIT302", "stale-update", Severity.WARNING, options=(MAX_AGE,))
def stale_update(doc, ctx):
    """
    ## What it does
    Flags a last-updated date ("This topic last updated: Aug 15, 2017.")
    older than the allowed age, in whole months from today (or `--today`).

    ## Why is this bad?
    A topic not updated for years is likely to miss changes in practice;
    editors use this rule to find topics due for revision.

    ## Example
    ```text
    This topic last updated: Aug 15, 2017.
    ```
    On 2026-11-26: "This topic last updated Aug 15, 2017 is 111 months old
    (limit 12)".

    ## Options
    - `max-age-months` (integer, default 12).
    - Labels come from the packs' `[dates] last-updated` list.
    """
    return stale(doc, ctx, "last-updated")
