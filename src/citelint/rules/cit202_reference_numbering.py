from ..engine import Hit, rule
from ..findings import Severity
from ..model import Span
from ._util import first_line


@rule("CIT202", "reference-numbering", Severity.ERROR)
def reference_numbering(doc, ctx):
    """
    ## What it does
    Checks that a numbered reference list runs 1, 2, 3 … N: it flags a list
    that does not start at 1, a gap (an entry missing), a number used twice,
    and a number out of sequence.

    ## Why is this bad?
    Markers point at entries by number. With a gap or a repeat, markers point
    at the wrong source or at none, and every later number is suspect.

    ## Example
    ```text
    3. Rubin P, Green J. Solitary Metastases. 1968.
    4. Goldstraw P, et al. J Thorac Oncol 2016; 11:39.
    6. Mehta N, et al. Int J Oncol 2004; 25:1677.
    ```
    Entry 5 is missing.

    ## Options
    None.
    """
    refs = [r for r in doc.references if r.number is not None]
    if not refs:
        return

    def at(r):
        return Span(r.span.start, first_line(doc.text, r.span.start, r.span.end))

    first = refs[0]
    if first.number != 1:
        yield Hit(at(first), f"The reference list starts at {first.number}, not 1", reference=first.key)
    seen: set[int] = set()
    prev = None
    for r in refs:
        n = r.number
        if n in seen:
            yield Hit(at(r), f"Reference number {n} is used twice", reference=r.key)
        elif prev is not None and n < prev:
            yield Hit(at(r), f"Reference {n} comes after {prev}; the list is out of sequence", reference=r.key)
        elif prev is not None and n > prev + 1:
            missing = f"{prev + 1}" if n == prev + 2 else f"{prev + 1}–{n - 1}"
            noun = "Entry" if n == prev + 2 else "Entries"
            verb = "is" if n == prev + 2 else "are"
            yield Hit(at(r), f"{noun} {missing} {verb} missing: the list jumps from {prev} to {n}", reference=r.key)
        seen.add(n)
        prev = n if prev is None else max(prev, n)
