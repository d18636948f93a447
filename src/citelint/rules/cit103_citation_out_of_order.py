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


def _late(markers, *, with_floats: bool) -> dict:
    """For each marker (by index) that first cites references numbered below one already
    cited: those numbers, and the highest number cited before it."""
    seen: set[int] = set()
    highest = 0
    out = {}
    for i, m in enumerate(markers):
        if m.problems or (m.in_float and not with_floats):
            continue
        new = sorted(k for k in set(m.keys) if k not in seen)
        late = [k for k in new if k < highest]
        if late and not m.in_float:
            out[i] = (late, highest)
        seen.update(m.keys)
        if new:
            highest = max(highest, max(new))
    return out


def _unless_in_tables_elsewhere(doc, late_in_text: dict) -> dict:
    """A page whose tables are on pages of their own (BMC, Hindawi) numbers a table's
    references where the text first links to the table. A reference first cited late in
    the text may have been first cited in such a table: it is late only if its number is
    below the highest cited before every table link that precedes it."""
    # each link: where it stands and the highest number cited in the text before it
    links = [(link.start, max((k for m in doc.markers if m.span.start < link.start and not m.problems
                               and not m.in_float for k in m.keys), default=0)) for _, link in doc.elsewhere]
    keep = {}
    for i, (late, highest) in late_in_text.items():
        pos = doc.markers[i].span.start
        left = [k for k in late if all(k < bound for at, bound in links if at < pos)]
        if left:
            keep[i] = (left, highest)
    return keep


@rule("CIT103", "citation-out-of-order", Severity.WARNING)
def citation_out_of_order(doc, ctx):
    """
    ## What it does
    In numbered (Vancouver) styles references are numbered in the order they
    are first cited. This rule flags a marker that cites a reference for the
    first time after a higher-numbered reference was already cited: `[4]` as
    the first marker, then `[2,3]`.

    A number that is never cited is not an order problem (CIT201 reports it).
    Journals number the references of a figure or table (its caption and
    cells, where a reader tells them apart: JATS and HTML) either where the
    float stands or after the text; a first citation in the text is reported
    only if it is out of order both ways, and callouts in floats are not
    reported themselves. On a page that prints its tables on pages of their
    own (linked, not in the file), a reference whose number could have been
    given in such a table is not reported.
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
    late_in_text = _late(doc.markers, with_floats=False)
    if not late_in_text:
        return  # (most documents)
    if any(m.in_float for m in doc.markers):
        # Journals number a figure's or table's references either where the float stands or
        # after the text: a first citation is late only if it is late both ways.
        with_floats = _late(doc.markers, with_floats=True)
        both = {}
        for i, (late, highest) in late_in_text.items():
            other = with_floats.get(i)
            if other is not None:
                keep = [k for k in late if k in other[0]]
                if keep:
                    both[i] = (keep, min(highest, other[1]))
        late_in_text = both
    if doc.elsewhere:
        late_in_text = _unless_in_tables_elsewhere(doc, late_in_text)
    hits = []
    late_total = 0
    for i, (late, highest) in sorted(late_in_text.items()):
        late_total += len(late)
        nums = ", ".join(map(str, late))
        noun = "Reference" if len(late) == 1 else "References"
        verb = "is" if len(late) == 1 else "are"
        hits.append(Hit(
            doc.markers[i].span,
            f"{noun} {nums} {verb} first cited here, after reference {highest} was already cited; "
            "numbered styles number references in order of first citation",
            reference=str(late[0]),
        ))
    if not hits or alphabetical(doc.references):
        return  # in order, or an alphabetical list (checked only when needed: it costs)
    seen = {k for m in doc.markers if not m.problems for k in m.keys} if len(hits) > 3 else ()
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
