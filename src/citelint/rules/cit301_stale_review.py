from ..engine import rule
from ..findings import Severity
from ._age import MAX_AGE, stale


@rule("CIT301", "stale-review", Severity.WARNING, options=(MAX_AGE,))
def stale_review(doc, ctx):
    """
    ## What it does
    Flags a literature-review date ("Literature review current through:
    Nov 2017.") older than the allowed age, measured in whole months from
    today (or from `--today`).

    ## Why is this bad?
    The review date promises readers that the evidence was searched up to
    then. Years later, newer trials, guidelines and retractions are missing,
    and clinical decisions rest on an outdated summary.

    ## Example
    ```text
    Literature review current through: Nov 2017. | This topic last updated: Aug 15, 2017.
    ```
    On 2026-11-26: "Literature review current through Nov 2017 is 108 months
    old (limit 12)".

    ## Options
    - `max-age-months` (integer, default 12), e.g.
      `[tool.citelint.rules.CIT301] max-age-months = 24`.
    - The labels that introduce the date come from the packs'
      `[dates] review-through` list.
    """
    return stale(doc, ctx, "review-through")
