"""The verification pass: one per document, its verdicts shared by the CIT501-CIT508 rules."""

from __future__ import annotations

import re
import unicodedata
from typing import Optional

from .. import verify as verify_pkg
from .services import (
    crossref_agency,
    crossref_candidates,
    crossref_work,
    ecitmatch,
    handle_exists,
    pubmed_summary,
    record_from_crossref,
)
from .session import Unavailable

RETRACTED = {"retraction", "withdrawal", "removal", "partial_retraction"}
PUBMED_NOTICES = {"ErratumIn": "an erratum", "ExpressionOfConcernIn": "an expression of concern",
                  "CorrectedandRepublishedIn": "a corrected and republished version"}
CONCERNS = {"correction", "erratum", "expression_of_concern", "corrigendum", "addendum"}


def fold(text: Optional[str]) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", text.casefold()).strip()


_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
           "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
           "vol", "volume", "no", "issue", "suppl", "pp", "de"}


def _journal_words(name: str) -> list[str]:
    """Folded words of a journal name, without dates or numbers a loose entry ran into it."""
    words = [w for w in fold(name).split() if not any(c.isdigit() for c in w) and w not in _MONTHS]
    return words[1:] if words[:1] == ["in"] else words  # "In: Proceedings of …"


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Each word of ``short`` starts a word of ``full``, in order (skipping "of", "the" …)."""
    i = 0
    for w in full:
        if i < len(short) and w.startswith(short[i]):
            i += 1
    return i == len(short)


def _journal_matches(entry: str, record: dict) -> bool:
    e = _journal_words(entry)
    cands = [c for c in (record.get("journal"), record.get("short_journal"), record.get("full_journal"),
                         *record.get("alt_journals", ())) if fold(c)]
    if not e or not cands:
        return True  # nothing to compare
    for cand in cands:
        c = _journal_words(cand)
        if e == c or "".join(e) == "".join(c):
            return True
        if _abbreviates(e, c) or _abbreviates(c, e):
            return True
    return False


def _glued_initials(x: str, y: str) -> bool:
    """The same surname, one of them printed with its initials glued on ("ChanC-KK", "MammenMPJr")."""
    for longer, shorter in ((x, y), (y, x)):
        if len(shorter) >= 3 and longer.startswith(shorter) and re.fullmatch(r"(?:[A-Z]-?){1,4}\.?(?:Jr\.?)?", longer[len(shorter):]):
            return True
    return False


def _lead(value) -> str:
    """The number a volume or page starts with ("8(10)" -> "8", "e0033693" -> "e33693",
    "S105" -> "s105"), so an issue or supplement printed with it is not a disagreement."""
    m = re.match(r"\s*([A-Za-z]?)0*(\d+)", str(value))
    return (m.group(1).lower() + m.group(2)) if m else fold(str(value))


def compare(parsed, record: dict) -> list[str]:
    """The fields where the entry disagrees with the registry record, each with both values."""
    from rapidfuzz import fuzz

    out: list[str] = []
    if parsed.authors and record.get("first_author"):
        a, b = fold(parsed.authors[0].family), fold(record["first_author"])
        head = f" {fold(parsed.raw[:80])} "
        same = (a == b or a in b.split() or b in a.split() or f" {b} " in head  # the record's name opens the entry
                or _glued_initials(parsed.authors[0].family, record["first_author"]))
        if a and b and not same:
            out.append(f"first author {parsed.authors[0].family!r} vs {record['first_author']!r}")
    if parsed.year and record.get("year") and abs(parsed.year - record["year"]) > 1:
        out.append(f"year {parsed.year} vs {record['year']}")
    if parsed.journal and record.get("type") in (None, "journal-article") and not _journal_matches(parsed.journal, record):
        out.append(f"journal {parsed.journal!r} vs {record.get('journal') or record.get('short_journal')!r}")
    if parsed.volume and record.get("volume") and _lead(parsed.volume) != _lead(record["volume"]):
        out.append(f"volume {parsed.volume} vs {record['volume']}")
    if parsed.first_page and record.get("first_page") and _lead(parsed.first_page) != _lead(record["first_page"]):
        out.append(f"first page {parsed.first_page} vs {record['first_page']}")
    if parsed.title and record.get("title"):
        if fuzz.token_set_ratio(fold(parsed.title), fold(record["title"])) < 80:
            out.append(f"title {parsed.title[:60]!r} vs {record['title'][:60]!r}")
    return out


def _first_names(parsed) -> set[str]:
    """The entry's first author, and its first person when a group is named before its writers ("ALICE
    Collaboration, K. Aamodt et al."): registries list either one first (Crossref's record of that paper lists
    Aamodt first and the collaboration last)."""
    names = {fold(parsed.authors[0].family)}
    if parsed.authors[0].collective:
        person = next((a for a in parsed.authors if not a.collective), None)
        if person is not None:
            names.add(fold(person.family))
    return names


MIN_NORMALIZED_SCORE = 0.40  # Crossref Labs' candidate gate: score / len(reference string)


def validates(parsed, cand: dict) -> bool:
    """A search candidate agrees with the entry: year (±1), first-author surname, and the
    volume and first page; the title only when the entry gives no volume and page."""
    from rapidfuzz import fuzz

    if not parsed.year or not cand.get("year") or abs(parsed.year - cand["year"]) > 1:
        return False
    if not parsed.authors or fold(cand.get("first_author")) not in _first_names(parsed):
        return False
    numbers = 0
    for mine, theirs in ((parsed.volume, cand.get("volume")), (parsed.first_page, cand.get("first_page"))):
        if mine and theirs:
            if fold(mine).lstrip("0") != fold(str(theirs)).lstrip("0"):
                return False
            numbers += 1
    if numbers == 2:
        return True
    if parsed.volume and parsed.first_page:  # the entry's numbers must be confirmed, not just its title
        return False
    return bool(parsed.title and cand.get("title")
                and fuzz.token_set_ratio(fold(parsed.title), fold(cand["title"])) >= 90)


def suggest(r, lookup) -> list[tuple]:
    """CIT506 for an entry without identifiers, or CIT507 when the search could not be made."""
    p = r.parsed
    if p.type not in ("journal", "preprint", "unknown") or not p.year or not p.authors or len(r.raw) < 40:
        return []
    found = []
    try:
        if p.journal and p.volume and p.first_page:
            a = p.authors[0]
            author = f"{a.family} {''.join(c for c in a.given if c.isupper())}".strip()
            pmid = ecitmatch(lookup, p.journal, p.year, p.volume, p.first_page, author)
            if pmid:
                found.append(f"PMID: {pmid}")
        cands = [c for c in crossref_candidates(lookup, r.raw)
                 if c["score"] / max(len(r.raw), 1) >= MIN_NORMALIZED_SCORE and c.get("doi")]
        valid = [c for c in cands if validates(p, c)]
        match = valid[0] if len(valid) == 1 else None
        if match:
            found.append(f"doi:{match['doi']}")
    except Unavailable as exc:
        return [("CIT507", r, f"Reference {r.key}: no identifier search could be made ({exc.reason})")]
    if not found:
        return []
    out = [("CIT506", r, f"Reference {r.key} has no identifier; the registry record matching it is " + " and ".join(found))]
    newer = match and _newer_version(r, match)
    if newer:
        out.append(newer)
    return out


def _newer_version(r, record: dict):
    """CIT505 when the entry lacks volume or pages and the record has both."""
    p = r.parsed
    if (p.volume and p.first_page) or p.type not in ("journal", "preprint", "unknown"):
        return None
    if not (record.get("volume") and record.get("first_page")):
        return None
    final = f"{record.get('short_journal') or record.get('journal')} {record.get('year')};{record['volume']}:{record['first_page']}"
    return ("CIT505", r, f"Reference {r.key} is cited without volume or pages; the published version is {final}"
                         + (f" (doi:{record['doi']})" if record.get("doi") else ""))


def verify_document(doc, lookup) -> list[tuple]:
    """(code, reference, message) verdicts for every entry with a DOI or PMID."""
    memo = lookup.__dict__.setdefault("_verdicts", {})
    key = (doc.path, len(doc.text), hash(doc.text))
    if key in memo:
        return memo[key]
    out: list[tuple] = []
    for r in doc.references:
        if verify_pkg.ON_REFERENCE is not None:
            verify_pkg.ON_REFERENCE(1)
        p = r.parsed
        record = None
        if p.doi:
            try:
                msg = crossref_work(lookup, p.doi)
                if msg is None:
                    agency = crossref_agency(lookup, p.doi)
                    if agency is None and not handle_exists(lookup, p.doi):
                        out.append(("CIT501", r, f"Reference {r.key}: the DOI {p.doi} is registered with no agency "
                                                 "(Crossref and doi.org do not know it)"))
                else:
                    record = record_from_crossref(msg)
            except Unavailable as exc:
                out.append(("CIT507", r, f"Reference {r.key}: the DOI {p.doi} could not be checked ({exc.reason})"))
        if not p.doi and not p.pmid:
            out.extend(suggest(r, lookup))
            continue
        pm = None
        if p.pmid:
            try:
                pm = pubmed_summary(lookup, p.pmid)
            except Unavailable as exc:
                out.append(("CIT507", r, f"Reference {r.key}: the PMID {p.pmid} could not be checked ({exc.reason})"))
        if record is not None and pm is not None and set(record.get("issn", ())) & set(pm.get("issn", ())):
            # the same journal by ISSN: PubMed's abbreviation is another name for it
            record = dict(record, alt_journals=(pm.get("journal"), pm.get("full_journal")))
        if record is not None:
            kinds = {t for t, _, _ in record["updates"]}
            title_says = (record.get("title") or "").upper().startswith(("RETRACTED", "WITHDRAWN"))
            if kinds & RETRACTED or title_says:
                notice = next((d for t, d, _ in record["updates"] if t in RETRACTED), None)
                sources = sorted({s for t, _, s in record["updates"] if t in RETRACTED and s})
                extra = f" (notice {notice}" + (f"; source {', '.join(sources)}" if sources else "") + ")" if notice else ""
                out.append(("CIT503", r, f"Reference {r.key} (DOI {p.doi}) is retracted or withdrawn{extra}"))
            for t, d, _ in record["updates"]:
                if t in CONCERNS:
                    label = t.replace("_", " ")
                    out.append(("CIT504", r, f"Reference {r.key} (DOI {p.doi}) has a {label}" + (f": {d}" if d else "")))
            diffs = compare(p, record)
            if diffs:
                out.append(("CIT502", r, f"Reference {r.key} disagrees with the Crossref record for {p.doi}: " + "; ".join(diffs)))
            newer = _newer_version(r, record)
            if newer:
                out.append(newer)
        if pm is not None:
            retraction_in = [n for n in pm["notices"] if n[0] == "RetractionIn"][:1]
            if ("Retracted Publication" in pm["pubtypes"] or retraction_in) and \
                    not any(c == "CIT503" and rr is r for c, rr, _ in out):
                where = f" (retraction notice: {retraction_in[0][1] or 'PMID ' + retraction_in[0][2]})" if retraction_in else ""
                out.append(("CIT503", r, f"Reference {r.key} (PMID {p.pmid}) is marked retracted in PubMed{where}"))
            if not any(c == "CIT504" and rr is r for c, rr, _ in out):
                for kind, source, ref_pmid in pm["notices"]:
                    label = PUBMED_NOTICES.get(kind)
                    if label:
                        out.append(("CIT504", r, f"Reference {r.key} (PMID {p.pmid}) has {label}: "
                                                 f"{source or 'PMID ' + ref_pmid}"))
            if p.doi and pm.get("doi") and pm["doi"] != p.doi.lower():
                out.append(("CIT508", r, f"Reference {r.key}: its DOI {p.doi} and its PMID {p.pmid} name different works "
                                         f"(PubMed gives the DOI {pm['doi']})"))
            if record is None and not p.doi:
                diffs = compare(p, pm)
                if diffs:
                    out.append(("CIT502", r, f"Reference {r.key} disagrees with the PubMed record for PMID {p.pmid}: " + "; ".join(diffs)))
    memo[key] = out
    return out
