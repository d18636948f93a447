from .._lazy import lazy
from ..engine import Hit, rule
from ..findings import Severity

_FIRST_WORD = lazy(r"[^\W\d_][\w'’-]*")


def _sort_key(raw: str) -> str:
    import unicodedata  # only when a list is checked for alphabetical order

    m = _FIRST_WORD.search(raw)
    word = m.group(0) if m else raw
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def alphabetical(references) -> bool:
    """A list numbered in alphabetical order of first author (a style of its own, in
    which citation order is not expected): 90% of neighbours in order, 5 entries or more."""
    keys = [_sort_key(r.raw) for r in references]
    if len(keys) < 5:
        return False
    ordered = sum(1 for a, b in zip(keys, keys[1:]) if a <= b)
    return ordered >= 0.9 * (len(keys) - 1)


@rule("CIT103", "citation-out-of-order", Severity.WARNING)
def citation_out_of_order(doc, ctx):
    """
    ## What it does
    In numbered (Vancouver) styles references are numbered in the order they
    are first cited. This rule flags a marker that cites a reference for the
    first time after a higher-numbered reference was already cited: `[4]` as
    the first marker, then `[2,3]`.

    A number that is never cited is not an order problem (CIT201 reports it).
    A list numbered alphabetically by first author (90% of neighbouring
    entries in order) is a style of its own, and is not checked. When more
    than a quarter of the cited references are first cited out of order, the
    list follows some other order: one finding says so, at the first case.

    ## Why is this bad?
    Out-of-order first citations usually mean the text was rearranged or a
    reference inserted without renumbering; the list no longer follows the
    text and readers look for sources in the wrong place.

    ## Example
    ```text
    First described in 1995 [4], long after surgical series [2,3].
    ```

    ## Options
    None. Applies only to numbered styles.
    """
    if not doc.numbered:
        return
    seen: set[int] = set()
    highest = 0
    hits = []
    late_total = 0
    for m in doc.markers:
        if m.problems:
            continue
        new = sorted(k for k in set(m.keys) if k not in seen)
        late = [k for k in new if k < highest]
        if late:
            late_total += len(late)
            nums = ", ".join(map(str, late))
            noun = "Reference" if len(late) == 1 else "References"
            verb = "is" if len(late) == 1 else "are"
            hits.append(Hit(
                m.span,
                f"{noun} {nums} {verb} first cited here, after reference {highest} was already cited; "
                "numbered styles number references in order of first citation",
                reference=str(late[0]),
            ))
        seen.update(m.keys)
        if new:
            highest = max(highest, max(new))
    if not hits or alphabetical(doc.references):
        return  # in order, or an alphabetical list (checked only when needed: it costs)
    if len(hits) > 3 and late_total > 0.25 * len(seen):
        # Not a reference slipped in without renumbering: the list follows another order.
        first = hits[0]
        yield Hit(
            first.span,
            f"{late_total} of {len(seen)} cited references are first cited after a higher-numbered one; "
            "the list does not follow the order of first citation (first case here)",
            reference=first.reference,
        )
        return
    yield from hits
