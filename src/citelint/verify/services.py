"""Crossref, doi.org and PubMed: requests through ``Lookup`` and their answers read.

Only identifiers (and, for matching, reference strings) leave the machine; never
document text.
"""

from __future__ import annotations

import json
from typing import Optional
from urllib.parse import quote

from .session import Lookup, Unavailable


def _doi_path(doi: str) -> str:
    return quote(doi.strip().lower(), safe="/")


def _crossref(lookup: Lookup, path: str, pick, what: str = "answer", params: Optional[dict] = None,
              not_found_is_none: bool = True):
    """``pick(json)`` of a Crossref answer; None for a 404 when ``not_found_is_none``. An
    answer that cannot be read is dropped from the cache and raises Unavailable."""
    resp = lookup.get(f"{lookup.settings.crossref_url.rstrip('/')}{path}", params=params)
    if resp.status_code == 404 and not_found_is_none:
        return None
    if resp.status_code != 200:
        raise Unavailable(f"Crossref answered {resp.status_code}")
    try:
        return pick(json.loads(resp.content))
    except (ValueError, KeyError, TypeError):
        lookup.forget(resp)
        raise Unavailable(f"Crossref sent an unreadable {what}") from None


def crossref_work(lookup: Lookup, doi: str) -> Optional[dict]:
    """The Crossref record's ``message``, or None when Crossref does not know the DOI."""
    return _crossref(lookup, f"/works/{_doi_path(doi)}", lambda data: data["message"])


def crossref_agency(lookup: Lookup, doi: str) -> Optional[str]:
    return _crossref(lookup, f"/works/{_doi_path(doi)}/agency", lambda data: data["message"]["agency"]["id"],
                     "agency answer")


def handle_exists(lookup: Lookup, doi: str) -> bool:
    """Whether doi.org knows the DOI (any registration agency)."""
    resp = lookup.get(f"{lookup.settings.doi_url.rstrip('/')}/api/handles/{_doi_path(doi)}")
    try:
        code = json.loads(resp.content).get("responseCode")
    except (ValueError, AttributeError):
        code = None
    if code == 1 or code == 200:
        return True
    if code == 100 or resp.status_code == 404:
        return False
    lookup.forget(resp)
    raise Unavailable(f"doi.org answered {resp.status_code}")


def _year(msg: dict) -> Optional[int]:
    for key in ("issued", "published", "published-print", "published-online", "created"):
        parts = (msg.get(key) or {}).get("date-parts") or []
        if parts and parts[0] and parts[0][0]:
            return int(parts[0][0])
    return None


def record_from_crossref(msg: dict) -> dict:
    authors = [a.get("family") or a.get("name") or "" for a in msg.get("author", [])]
    first = next((a for a in msg.get("author", []) if a.get("sequence") == "first"), None)
    page = msg.get("page") or msg.get("article-number") or ""
    return {
        "doi": (msg.get("DOI") or "").lower(),
        "title": (msg.get("title") or [""])[0],
        "journal": (msg.get("container-title") or [""])[0],
        "short_journal": (msg.get("short-container-title") or [""])[0],
        "year": _year(msg),
        "volume": msg.get("volume"),
        "first_page": page.split("-")[0] if page else None,
        "first_author": (first.get("family") if first else (authors[0] if authors else "")) or "",
        "updates": [(u.get("type", ""), u.get("DOI"), u.get("source")) for u in msg.get("updated-by", [])],
        "type": msg.get("type"),
        "issn": sorted({i.replace("-", "").upper() for i in msg.get("ISSN", []) if i}),
    }


def pubmed_summary(lookup: Lookup, pmid: str) -> Optional[dict]:
    """EFetch (PubMed XML) for one PMID: title, journal, year, volume, first page, first
    author, DOI, publication types and linked notices; None when PubMed does not know it."""
    from lxml import etree

    resp = lookup.get(f"{lookup.settings.ncbi_url.rstrip('/')}/efetch.fcgi",
                      params={"db": "pubmed", "id": pmid, "retmode": "xml"}, accept="application/xml")
    if resp.status_code != 200:
        raise Unavailable(f"PubMed answered {resp.status_code}")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(resp.content, parser)
    except etree.XMLSyntaxError:
        lookup.forget(resp)
        raise Unavailable("PubMed sent an unreadable answer") from None
    if root.tag != "PubmedArticleSet":
        lookup.forget(resp)
        raise Unavailable("PubMed sent an unexpected answer")
    for art in root.iter("PubmedArticle"):
        if (art.findtext("MedlineCitation/PMID") or "").strip() != str(pmid):
            continue

        def text(path):
            el = art.find(path)
            return " ".join("".join(el.itertext()).split()) if el is not None else ""

        first = art.find("MedlineCitation/Article/AuthorList/Author")
        first_author = ""
        if first is not None:
            first_author = first.findtext("LastName") or first.findtext("CollectiveName") or ""
        year = text("MedlineCitation/Article/Journal/JournalIssue/PubDate/Year") or \
            text("MedlineCitation/Article/Journal/JournalIssue/PubDate/MedlineDate")[:4]
        doi = next((a.text for a in art.iterfind("PubmedData/ArticleIdList/ArticleId") if a.get("IdType") == "doi"), None)
        notices = [(c.get("RefType") or "", (c.findtext("RefSource") or "").strip(), (c.findtext("PMID") or "").strip())
                   for c in art.iterfind("MedlineCitation/CommentsCorrectionsList/CommentsCorrections")]
        pages = text("MedlineCitation/Article/Pagination/MedlinePgn")
        return {
            "title": text("MedlineCitation/Article/ArticleTitle"),
            "journal": text("MedlineCitation/Article/Journal/ISOAbbreviation")
            or text("MedlineCitation/MedlineJournalInfo/MedlineTA"),
            "full_journal": text("MedlineCitation/Article/Journal/Title"),
            "year": int(year) if year.isdigit() else None,
            "volume": text("MedlineCitation/Article/Journal/JournalIssue/Volume") or None,
            "first_page": pages.split("-")[0] or None,
            "first_author": first_author,
            "doi": (doi or "").strip().lower() or None,
            "pubtypes": [p.text or "" for p in art.iterfind("MedlineCitation/Article/PublicationTypeList/PublicationType")],
            "notices": notices,
            "issn": sorted({(i.text or "").replace("-", "").strip().upper()
                            for i in art.iterfind("MedlineCitation/Article/Journal/ISSN") if i.text}
                           | {(i.text or "").replace("-", "").strip().upper()
                              for i in art.iterfind("MedlineCitation/MedlineJournalInfo/ISSNLinking") if i.text}),
        }
    return None


QUERY_SELECT = "DOI,title,author,issued,published,container-title,short-container-title,volume,page,article-number,type,score"


def crossref_candidates(lookup: Lookup, reference: str, rows: int = 5) -> list[dict]:
    """Crossref ``query.bibliographic`` for a reference string: (record, score) candidates,
    best first. Only the reference string is sent."""
    return _crossref(
        lookup, "/works",
        lambda data: [dict(record_from_crossref(it), score=float(it.get("score") or 0)) for it in data["message"]["items"]],
        params={"query.bibliographic": reference, "rows": rows, "select": QUERY_SELECT}, not_found_is_none=False)


def ecitmatch(lookup: Lookup, journal: str, year, volume: str, first_page: str, author: str) -> Optional[str]:
    """PubMed ECitMatch: the PMID of journal + year + volume + first page (+ author), or None
    when PubMed finds none or several."""
    key = "citelint_1"
    fields = [journal, str(year or ""), volume or "", first_page or "", author, key]
    bdata = "|".join(f.replace("|", " ").lower() for f in fields) + "|"
    resp = lookup.get(f"{lookup.settings.ncbi_url.rstrip('/')}/ecitmatch.cgi",
                      params={"db": "pubmed", "retmode": "xml", "bdata": bdata}, accept="text/plain")
    if resp.status_code != 200:
        raise Unavailable(f"PubMed answered {resp.status_code}")
    for line in resp.text.splitlines():
        parts = line.strip().split("|")
        if len(parts) >= 7 and parts[5] == key:
            pmid = parts[6].strip()
            return pmid if pmid.isdigit() else None
    return None
