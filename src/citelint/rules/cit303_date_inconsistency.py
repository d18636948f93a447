from ..engine import Hit, rule
from ..findings import Severity

_NAMES = {
    "review-through": "literature-review date",
    "last-updated": "last-updated date",
    "published": "publication date",
    "copyright": "copyright year",
}


@rule("CIT303", "date-inconsistency", Severity.WARNING)
def date_inconsistency(doc, ctx):
    """
    ## What it does
    Flags contradictions between the document's own dates, such as a
    reference published after the literature-review date. It checks for:

    - a stated date in the future;
    - a reference published after the literature-review date (the review
      cannot have covered it);
    - a copyright year after the last-updated date;
    - a publication date after the last-updated date.

    ## Why is this bad?
    Contradictory dates mean one of them is wrong, and readers can no longer
    tell how current the topic is.

    ## Example
    ```text
    Literature review current through: Nov 2017.
    ...
    12. Torok JA, et al. Clin Lung Cancer 2019; 18:e57.
    ```
    Reference 12 (2019) is later than the review date.

    ## Options
    None. The years of references come from a simple read of each entry
    (the year before `;`, in parentheses, or the last year in the entry).
    """
    today = ctx.today
    for d in doc.dates:
        if d.value > today and not (d.precision != "day" and d.value.year == today.year and (d.precision == "year" or d.value.month == today.month)):
            yield Hit(d.span, f"The {_NAMES.get(d.kind, d.kind)} {d.display()} is in the future (today is {today.isoformat()})")
    reviews = doc.dates_of("review-through")
    if reviews:
        review = max(reviews, key=lambda d: d.value)
        for r in doc.references:
            if r.year is not None and r.year > review.value.year and r.year <= today.year + 1:
                span = r.year_span or r.span
                yield Hit(
                    span,
                    f"Reference {r.key} was published in {r.year}, after the literature-review date "
                    f"({review.display()}), so the review cannot have covered it",
                    reference=r.key,
                )
    updates = doc.dates_of("last-updated")
    if updates:
        update = max(updates, key=lambda d: d.value)
        for c in doc.dates_of("copyright"):
            if c.value.year > update.value.year:
                yield Hit(c.span, f"The copyright year {c.value.year} is after the last-updated date ({update.display()})")
        for p in doc.dates_of("published"):
            if p.value > update.value and p.precision == "day" and update.precision == "day":
                yield Hit(p.span, f"The publication date {p.display()} is after the last-updated date ({update.display()})")
