from ..engine import Hit, rule
from ..findings import Severity
from ..model import Span
from ._util import first_line

_EXAMPLES = {
    "review-through": ("literature-review date", "Literature review current through: Nov 2017."),
    "last-updated": ("last-updated date", "This topic last updated: Aug 15, 2017."),
    "published": ("publication date", "Published: 12 March 2015."),
}


@rule("CIT304", "missing-review-date", Severity.INFO)
def missing_review_date(doc, ctx):
    """
    ## What it does
    Reports that a date a pack requires is not in the document. The
    `uptodate` pack, which applies to UpToDate reprints, requires both the
    literature-review and the last-updated date; the core pack requires
    none.

    ## Why is this bad?
    Without the date, readers cannot judge how current the topic is, and
    CIT301/CIT302 cannot check it.

    ## Example
    An UpToDate reprint whose date line was cut off when it was saved.

    ## Options
    A pack's `[dates] require` list (`"review-through"`, `"last-updated"`,
    `"published"`); the labels recognised are the pack's date labels.
    """
    for kind in ctx.packs.require_dates:
        if doc.dates_of(kind):
            continue
        name, example = _EXAMPLES.get(kind, (kind, ""))
        span = Span(0, first_line(doc.text, 0, len(doc.text)))
        yield Hit(span, f"No {name} found (a line such as '{example}'); the {', '.join(ctx.packs.names)} packs require one")
