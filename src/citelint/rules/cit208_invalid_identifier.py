import re

from ..engine import Hit, rule
from ..findings import Edit, Fix, Severity
from ..model import Span
from .._rxcache import compile as rx_compile

_DOI_OK = rx_compile(r"10\.\d{4,9}/\S+")
# deprecated resolver forms of a DOI link (Crossref's display guidelines: https://doi.org/...)
_OLD_DOI_URL = rx_compile(r"(?:https?://)?dx\.doi\.org/|http://doi\.org/", re.IGNORECASE)
_TRIAL_FORMS = {  # registry prefix -> (canonical form, description)
    "NCT": (rx_compile(r"NCT\d{8}"), "NCT followed by 8 digits"),
    "ISRCTN": (rx_compile(r"ISRCTN\d{8}"), "ISRCTN followed by 8 digits"),
    "ACTRN": (rx_compile(r"ACTRN\d{14}"), "ACTRN followed by 14 digits"),
}


@rule("CIT208", "invalid-identifier", Severity.WARNING)
def invalid_identifier(doc, ctx):
    """
    ## What it does
    Flags a malformed identifier in a reference entry: a DOI that is not
    `10.<registrant>/<suffix>`, a PMID that is not 1 to 8 digits, a PMCID
    that is not `PMC` and digits, and a trial registration number in the
    wrong form (`Nct01282450` should read `NCT01282450`). A DOI link through
    a deprecated resolver (`http://dx.doi.org/…`) is reported with a fix to
    `https://doi.org/…`.

    ## Why is this bad?
    Identifiers are how readers and tools find a source; a malformed one
    resolves to nothing, and registries are case-sensitive in practice.

    ## Example
    ```text
    16. De Ruysscher D, et al. Radical treatment ... phase II trial (Nct01282450).
        J Thorac Oncol 2012; 7:1547.
    ```

    ## Fix safety
    Upper-casing a trial registration prefix and rewriting a DOI link to
    `https://doi.org/` are safe fixes: both name the same identifier.

    ## Options
    None.
    """
    from ..parsing.references import TRIAL_RE  # the parser loads only when entries are checked

    for r in doc.references:
        p = r.parsed
        raw = r.raw
        if p.doi and not _DOI_OK.fullmatch(p.doi):
            span = r.field_span("doi") or Span(r.span.start, r.span.start)
            yield Hit(span, f"Reference {r.key} has a malformed DOI '{p.doi}' (a DOI reads 10.<registrant>/<suffix>)",
                      reference=r.key)
        if p.doi and r.raw_in_text:
            for m in _OLD_DOI_URL.finditer(raw):
                if raw.startswith(p.doi, m.end()):
                    span = r.locate(m.start(), m.end())
                    fix = Fix("Write https://doi.org/", (Edit(span, "https://doi.org/"),))
                    yield Hit(span, f"Reference {r.key} links its DOI through a deprecated resolver "
                              f"({raw[m.start():m.end()]}); write https://doi.org/{p.doi}", reference=r.key, fix=fix)
        if p.pmid and not (1 <= len(p.pmid) <= 8 and p.pmid.isdigit() and p.pmid != "0" * len(p.pmid)):
            yield Hit(r.field_span("pmid") or Span(r.span.start, r.span.start),
                      f"Reference {r.key} has a malformed PMID '{p.pmid}' (1 to 8 digits)", reference=r.key)
        if p.pmcid and not re.fullmatch(r"PMC\d{4,9}", p.pmcid):
            yield Hit(r.field_span("pmcid") or Span(r.span.start, r.span.start),
                      f"Reference {r.key} has a malformed PMCID '{p.pmcid}'", reference=r.key)
        if not any(k in raw.lower() for k in ("nct", "isrctn", "actrn")):
            continue
        for m in TRIAL_RE.finditer(raw):
            tid = m.group(0)
            prefix = next((k for k in _TRIAL_FORMS if tid.upper().startswith(k)), None)
            if prefix is None:
                continue
            form, desc = _TRIAL_FORMS[prefix]
            if form.fullmatch(tid):
                continue
            span = r.locate(m.start(), m.end())
            want = tid.upper()
            fix = Fix(f"Write {want}", (Edit(span, want),)) if form.fullmatch(want) and r.raw_in_text else None
            yield Hit(span, f"Reference {r.key} has the trial registration number {tid}, which should "
                      f"read {want} ({desc})", reference=r.key, fix=fix)
