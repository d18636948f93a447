"""CIT501-CIT508: online verification. They run only with --verify (or ``verify = true``);
one verification pass per document (``citelint.verify.checks``) feeds them all."""

from ..engine import Hit, rule
from ..findings import Severity
from ..model import Span
from ._util import first_line


def _verdicts(doc, ctx, code):
    if ctx.lookup is None:
        return
    from ..verify.checks import verify_document

    for c, ref, message in verify_document(doc, ctx.lookup):
        if c == code:
            yield Hit(Span(ref.span.start, first_line(doc.text, ref.span.start, ref.span.end)), message, reference=ref.key)


@rule("CIT501", "doi-not-found", Severity.ERROR, needs="verify")
def doi_not_found(doc, ctx):
    """
    ## What it does
    Reports a DOI that no registration agency knows: Crossref answers 404 for
    the work and for its agency, and the doi.org handle service does not
    know the handle either (a DataCite or mEDRA DOI is found there, so it is
    never called missing).

    ## Why is this bad?
    A DOI that resolves nowhere sends readers and tools to an error page;
    it is usually mistyped.

    ## Example
    ```text
    12. Torok JA, et al. Clin Lung Cancer 2017;18:e57. doi:10.1016/j.cllc.2016.0O7.008
    ```

    ## Options
    `--verify`; service addresses and the cache in `[tool.citelint.verify]`.
    """
    return _verdicts(doc, ctx, "CIT501")


@rule("CIT502", "metadata-mismatch", Severity.WARNING, needs="verify")
def metadata_mismatch(doc, ctx):
    """
    ## What it does
    Compares an entry with its registry record (Crossref for a DOI, PubMed
    for a PMID): first-author surname, year (±1 for online-first), journal
    (abbreviation or full name, diacritics and punctuation ignored),
    volume, first page and title similarity. The message names each field
    that disagrees, with both values.

    ## Why is this bad?
    A citation that disagrees with the record of its own identifier points
    at one work and describes another; one of the two is wrong.

    ## Example
    ```text
    5. Niibe Y, Hayakawa K. Oligometastases and oligo-recurrence. Jpn J Clin Oncol 2010;41:107.
    ```
    The record says volume 40.

    ## Options
    `--verify`.
    """
    return _verdicts(doc, ctx, "CIT502")


@rule("CIT503", "retracted", Severity.ERROR, needs="verify")
def retracted(doc, ctx):
    """
    ## What it does
    Reports a cited work that is retracted or withdrawn: Crossref
    `updated-by` of type retraction, withdrawal or removal (from any source,
    Retraction Watch included), a title beginning "RETRACTED", or PubMed's
    "Retracted Publication". Corrections and expressions of concern are
    CIT504, never this rule.

    ## Why is this bad?
    Evidence that has been withdrawn cannot support a clinical statement.

    ## Example
    An entry whose DOI's Crossref record carries
    `updated-by: [{"type": "retraction", "source": "retraction-watch"}]`.

    ## Options
    `--verify`.
    """
    return _verdicts(doc, ctx, "CIT503")


@rule("CIT504", "correction-or-concern", Severity.INFO, needs="verify")
def correction_or_concern(doc, ctx):
    """
    ## What it does
    Reports that a correction, erratum or expression of concern exists for a
    cited work (Crossref `updated-by`, or PubMed's `ErratumIn` and
    `ExpressionOfConcernIn` links).

    ## Why is this bad?
    The corrected version may change the numbers a topic quotes; an
    expression of concern warns that the work may not hold.

    ## Example
    `10.1371/journal.pone.0033693` carries a correction.

    ## Options
    `--verify`.
    """
    return _verdicts(doc, ctx, "CIT504")


@rule("CIT505", "newer-version-available", Severity.INFO, needs="verify")
def newer_version_available(doc, ctx):
    """
    ## What it does
    Reports an ahead-of-print or preprint entry whose work now has a final
    published version with volume and pages; the message gives the final
    citation.

    ## Why is this bad?
    Readers should be sent to the version of record.

    ## Example
    ```text
    27. Lewis SL, et al. Definitive SBRT for extracranial oligometastases. Am J Clin Oncol 2015.
    ```

    ## Options
    `--verify`.
    """
    return _verdicts(doc, ctx, "CIT505")


@rule("CIT506", "identifier-suggestion", Severity.INFO, needs="verify")
def identifier_suggestion(doc, ctx):
    """
    ## What it does
    For an entry without a DOI or PMID, searches the registries and gives
    the identifier when exactly one record matches with high confidence:
    PubMed ECitMatch on journal, year, volume, first page and first author
    (a PMID), and Crossref `query.bibliographic` on the reference string (a
    DOI). A Crossref candidate must score at least 0.40 per character of
    the reference (Crossref Labs' threshold) and then agree with the entry
    on year (±1), first-author surname, and volume and first page (or,
    without them, the title); when two candidates pass, nothing is
    suggested.

    ## Why is this bad?
    An identifier lets readers and tools reach the cited work directly, and
    lets citelint check it for retractions and mismatches.

    ## Example
    ```text
    4. Mann BJ, Torian BE, Vedvick TS, Petri WA Jr. Sequence of a cysteine-rich galactose-specific lectin of Entamoeba histolytica. Proc Natl Acad Sci U S A 1991; 88:3248.
    ```
    PubMed gives PMID 2014248.

    ## Options
    `--verify`. Only the reference string and its fields are sent.
    """
    return _verdicts(doc, ctx, "CIT506")


@rule("CIT507", "verification-unavailable", Severity.INFO, needs="verify")
def verification_unavailable(doc, ctx):
    """
    ## What it does
    Reports that a lookup could not be made: offline with nothing in the
    cache, a time-out, a rate limit, a server error, an unreadable answer.
    It never counts as the entry being wrong.

    ## Why is this bad?
    It is not: it says honestly what was not checked, so a clean run is not
    mistaken for a verified one.

    ## Example
    `citelint check --verify --offline` on a topic never verified before.

    ## Options
    `--offline`, `--cache`.
    """
    return _verdicts(doc, ctx, "CIT507")


@rule("CIT508", "identifier-conflict", Severity.ERROR, needs="verify")
def identifier_conflict(doc, ctx):
    """
    ## What it does
    Reports an entry whose DOI and PMID name different works (PubMed's
    record of the PMID carries another DOI).

    ## Why is this bad?
    At least one identifier is wrong, and tools following either will find
    a different paper.

    ## Example
    ```text
    3. Smith J. A trial. Lancet 2001;357:1. doi:10.1016/S0140-6736(01)00001-1. PMID: 11850928
    ```

    ## Options
    `--verify`.
    """
    return _verdicts(doc, ctx, "CIT508")
