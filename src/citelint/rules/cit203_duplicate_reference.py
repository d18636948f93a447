from ..engine import Hit, rule
from ..findings import Severity
from ._entries import core_title, entry_span, first_author, fold, part_of

# the pairwise comparison is quadratic in a group of entries sharing first author and year;
# a group larger than this (no real list has one) is matched on identical titles only
_PAIRWISE_LIMIT = 200


def _same_id_message(r, other, kind: str, value: str) -> str:
    from rapidfuzz import fuzz

    a, b = fold(core_title(r.parsed.title or "")), fold(core_title(other.parsed.title or ""))
    if a and b and (fuzz.token_sort_ratio(a, b) < 90 or part_of(r.parsed.title) != part_of(other.parsed.title)):
        return (f"Reference {r.number} has the same {kind} as reference {other.number} ({value}) but a different "
                f"title: one of the two identifiers is wrong")
    return f"Reference {r.number} duplicates reference {other.number}: the same {kind} {value}"


@rule("CIT203", "duplicate-reference", Severity.WARNING)
def duplicate_reference(doc, ctx):
    """
    ## What it does
    Flags the same work listed under two numbers: the same DOI or PMID, or
    the same first author and year with a near-identical title (fuzzy
    comparison). Entries with different DOIs are never taken as one work,
    and "Part I" and "Part II" of a series are different works. Two entries
    with one DOI but different titles are reported as such: one of the DOIs
    is wrong.

    ## Why is this bad?
    A duplicate splits the citations of one source over two numbers, makes
    the list longer than the evidence, and usually means two versions of the
    list were merged.

    ## Example
    ```text
    5. Niibe Y, Hayakawa K. Oligometastases and oligo-recurrence. Jpn J Clin Oncol 2010; 40:107.
    9. Niibe Y, Hayakawa K. Oligometastases and oligo-recurrence: the new era. Jpn J Clin Oncol 2010;40:107-11.
    ```

    ## Options
    None. Titles match at a similarity of 90 out of 100 or more
    (rapidfuzz `token_sort_ratio` on folded text). In the unlikely list where
    more than 200 entries share one first author and year, only identical
    titles are matched there, so the check stays linear.
    """
    refs = [r for r in doc.references if r.number is not None]
    if len(refs) < 2:
        return
    seen_doi: dict = {}
    seen_pmid: dict = {}
    by_author_year: dict = {}
    reported: set = set()
    for r in refs:
        p = r.parsed
        doi = (p.doi or "").lower()
        if doi:
            if doi in seen_doi:
                other = seen_doi[doi]
                reported.add(r.number)
                yield Hit(entry_span(doc, r), _same_id_message(r, other, "DOI", p.doi), reference=r.key)
                continue
            seen_doi[doi] = r
        if p.pmid:
            if p.pmid in seen_pmid:
                other = seen_pmid[p.pmid]
                reported.add(r.number)
                yield Hit(entry_span(doc, r), _same_id_message(r, other, "PMID", p.pmid), reference=r.key)
                continue
            seen_pmid[p.pmid] = r
        key = (first_author(p), p.year)
        if key[0] and key[1] and p.title:
            by_author_year.setdefault(key, []).append(r)
    for group in by_author_year.values():
        if len(group) < 2:
            continue
        # each entry's title folded once (not once per pair)
        titles = [fold(core_title(r.parsed.title)) for r in group]
        parts = [part_of(r.parsed.title) for r in group]
        if len(group) > _PAIRWISE_LIMIT:  # hundreds of entries with one first author and year: identical titles only
            first_of: dict = {}
            for b, tb, part in zip(group, titles, parts):
                a = first_of.setdefault((tb, part), b)
                pa, pb = a.parsed, b.parsed
                if a is b or b.number in reported or (pa.doi and pb.doi and pa.doi.lower() != pb.doi.lower()):
                    continue
                reported.add(b.number)
                yield _title_hit(doc, a, b)
            continue
        from rapidfuzz import fuzz  # only when two entries share first author and year

        for i, a in enumerate(group):
            ta = titles[i]
            for j in range(i + 1, len(group)):
                b = group[j]
                if b.number in reported:
                    continue
                pa, pb = a.parsed, b.parsed
                if pa.doi and pb.doi and pa.doi.lower() != pb.doi.lower():
                    continue  # different DOIs: different works, whatever the titles say
                if parts[i] != parts[j]:
                    continue
                if fuzz.token_sort_ratio(ta, titles[j], score_cutoff=90):
                    reported.add(b.number)
                    yield _title_hit(doc, a, b)



def _title_hit(doc, a, b) -> Hit:
    return Hit(entry_span(doc, b), f"Reference {b.number} duplicates reference {a.number}: the same first author, "
                                   f"year ({b.parsed.year}) and title", reference=b.key)
