from .._lazy import lazy  # (compiled when first used: most runs never need these)
from ..engine import Hit, rule
from ..findings import Severity
from ._entries import entry_span
from .._rxcache import compile as rx_compile


# an organisation named in the entry is its publisher, even where the parser did not tag it
_PUBLISHER_WORD = lazy(
    r"\b(?:Organi[sz]ation|Institute|Agency|Ministry|Department|University|Press|Publishers?|Society|"
    r"Association|Council|Office|Commission|Foundation|Centers?|Centres?|Company|Co\.|Inc\.?|Ltd\.?|GmbH|"
    r"Verlag|Wiley|Springer|Elsevier|McGraw-Hill|Saunders|Lippincott|Mosby|Blackwell|Karger|Thieme|Associates|"
    r"Museum|Corporation|Cooperation|Union|Authority|Government|Govt|WHO)\b"
    r"|\b[A-Z][a-z]+(?:,? (?:[A-Z]{2}|\([A-Z]{2}\)))?: [A-Z]"  # "City: Publisher", "Sunderland (MA): Sinauer"
)
# an article number printed where the parser does not look: "article 8852", "Article ID 125258", "e23699"
_ARTICLE_NUMBER = lazy(r"\b(?:[Aa]rticle(?:\s+(?:ID|[Nn]o\.?|[Nn]umber))?|[Aa]rt\.\s*[Nn]o\.?)\s*:?\s*[A-Za-z]?\d+\b|\be\d{4,}\b")
# a Cochrane review is found by its number: "Cochrane Database Syst Rev. 2010;(3):CD006198"
_COCHRANE_NUMBER = rx_compile(r"CD\d{6}")
# NLM's form for a journal with neither volume nor issue, the pages after the date: "HRSA Careaction. 2002 Jun:1-6."
_DATE_THEN_PAGES = rx_compile(r"\b(?:19|20)\d\d\s+[A-Z][a-z]{2,8}:\s*[A-Za-z]?\d")
_ANY_YEAR = rx_compile(r"(?<![\d/.])(?:18|19|20)\d\d(?![\d/])")
# what an entry says it is, when a publisher tagged it a journal article anyway: a thesis, a
# software package, a blog post, a preprint server ("Nature Precedings")
_NOT_AN_ARTICLE = lazy(
    r"\b(?:[Tt]hesis|[Dd]issertation|R package|[Pp]ackage version|Stata module|Statistical Software Components|"
    r"[Bb]log|Precedings)\b"
    r"|(?<![\d:;,(])\s\d{2,4}\s?p\.?\s*$"  # a report's page count at the end: "World Health Organization 247 p."
    r"|;\s*Sect\.\s*[A-Z0-9]{1,3}\s*:\s*\d"  # a newspaper's section and page (NLM): "The Washington Post. 2002 Aug 12;Sect. A:2"
    # ... and its date, then its page (AMA): "Washington Post. August 12, 2002:A2."
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s[0-3]?\d,\s(?:19|20)\d\d:\s?[A-Z]?\d"
    # ... and a magazine's date in parentheses, then its pages (Chicago): "New York Review of Books (March 1, 1990): 8–12"
    r"|(?<![\d\s])\s\((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s[0-3]?\d)?,?\s|[0-3]?\d\s"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)(?:19|20)\d\d\)\s*:\s*[A-Z]?\d"
    # ... or after commas, then "p."/"pp." and its pages, ending the entry (Chicago's and French magazines): "Mercure de
    # France, 15 novembre 1925, pp. 11-18", "IEEE Pers. Commun., Feb. 1997, pp. 36–45."
    # ... or its date in figures in parentheses after its name, day first, then the title and the page: "Tempo (17/11/85)
    # ‘Delegação Moçambicana …’ pp1-2"
    r"|^[^()]{1,60}\s\([0-3]?\d/[01]?\d/(?:\d\d|(?:19|20)\d\d)\)\s"
    r"|,\s(?:[0-3]?\d\s)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|janv|févr|mars|avr|mai|juin|juil|août|sept|"
    r"oct|nov|déc)[a-zéû]*\.?(?:\s[0-3]?\d,)?\s(?:19|20)\d\d,\s*pp?\.\s*\d+(?:\s*[-\u2013]\s*\d+)?\.?\s*$"
)
# a program cited by its version, which a parser may read as a book: "ClogP Version 4.72. Daylight Chemical
# Information Systems Inc." (its date is its version)
_SOFTWARE_VERSION = rx_compile(r"\b(?:[Vv]ersion|[Vv]er\.|[Rr]elease)\s+\d+(?:\.\d+)+")
_STRAY_NUMBER = rx_compile(r"(?<=\s)[A-Za-z]?\d{1,6}(?!\w)")
# APA's mark for an article printed with no pages, after its volume and issue: "Gestalt!, 4(2), NP.", "…, 12(3), n.p."
_NO_PAGES_MARK = rx_compile(r"\)\s*,\s*(?:NP|n\.\s?p\.)\.?\s*$")
# a volume, issue or pages left as a placeholder: "Vol. xx", "No. Xx", "xx-xx"
_PLACEHOLDER = rx_compile(r"\b(?:[Vv]ol|[Nn]o|[Nn]r|pp?)\.?\s*[Xx]x\b|\b[Xx]x\s*[-\u2013]\s*[Xx]x\b")


@rule("CIT204", "incomplete-reference", Severity.WARNING)
def incomplete_reference(doc, ctx):
    """
    ## What it does
    Flags an entry that lacks what its type needs: a journal article
    without year, volume or pages; a book without publisher or year. An
    issue given without a volume (NLM's form for journals numbered by issue
    alone, `Clin Orthop 1995;(320):110-4`), a Cochrane review number
    (`CD006198`) and an article number (`article 41`, `e0123456`) are
    accepted, as is NLM's form for a journal with neither volume nor issue,
    the pages after the date (`HRSA Careaction. 2002 Jun:1-6.`), and APA's mark for an article printed with no pages
    (`Gestalt!, 4(2), NP.`). Only
    entries read to the end, with title and journal (for a book, publisher or
    year), are judged, so a string the parser misreads is not blamed. An article marked "Epub ahead of print" is reported with that
    reason (as is one cited "in press"), so the entry can be updated once the final version is out.
    Meeting abstracts, web pages, preprints and entries of unknown type are
    not checked here, nor is an entry that says it is a thesis, a software
    package (or names a program's version, `ClogP Version 4.72`) or a blog post, or that ends with a report's page count
    (`World Health Organization 247 p.`): publishers tag some of those as
    journal articles. A newspaper article, cited by its section and page as
    NLM prints it (`The Washington Post. 2002 Aug 12;Sect. A:2 (col. 4).`)
    or by its date and page as AMA does (`Washington Post. August 12,
    2002:A2.`), and a magazine cited by its date in parentheses and its pages as
    Chicago prints it (`New York Review of Books (March 1, 1990): 8–12.`) or by its date after commas and its pages
    (`Mercure de France, 15 novembre 1925, pp. 11-18`), and a newspaper named first with its date in figures
    (`Tempo (17/11/85) ‘Title’ pp1-2`), has no volume to give and is not flagged for one. A volume, issue or pages left as a placeholder (`Vol. xx`, `No. xx`,
    `xx-xx`) is missing, and the message quotes the placeholder.

    ## Why is this bad?
    Readers cannot find a source from an incomplete citation, and an
    ahead-of-print citation goes stale when the article is published.

    ## Example
    ```text
    27. Lewis SL, Porceddu S, Nakamura N, et al. Definitive SBRT for extracranial
        oligometastases. Am J Clin Oncol 2015.
    ```
    No volume or pages.

    ## Options
    None.
    """
    for r in doc.references:
        p = r.parsed
        missing: list[str] = []
        # Only what the parser read with confidence is judged: an entry whose journal
        # (or, for a book, publisher) it could not find, or that goes on after the last
        # field read, may simply be misread.
        if p.rest:
            continue
        stray = _STRAY_NUMBER.findall(p.journal or "")
        if len(stray) >= 2:
            continue  # "J. Appl. Phys. 106 024903": numbers the parser did not place, so not missing
        trailing_volume = bool(stray) and (p.journal or "").rstrip(" .").endswith(stray[-1])  # "PLoS Genet 6."
        if p.type == "journal" and p.journal and p.title and not _NOT_AN_ARTICLE.search(p.raw):
            if p.year is None and not _ANY_YEAR.search(p.raw):  # "…, 10.1016/…, 2003.": a year after the DOI
                missing.append("year")
            # NLM's "issue with no volume" (`Clin Orthop 1995;(320):110-4`): journals
            # numbered by issue alone have no volume to give
            if not p.volume and not trailing_volume and not p.issue and not _COCHRANE_NUMBER.match(p.first_page or "") \
                    and not (p.first_page and _DATE_THEN_PAGES.search(p.raw)):
                missing.append("volume")
            # an online journal's article number is often tagged or printed as the issue
            # ("J Transl Med 10(154)"): a large issue number stands in for the pages
            article_number = bool(p.issue and p.issue.isdigit() and int(p.issue) > 24)
            article_number = article_number or bool(_ARTICLE_NUMBER.search(p.raw))
            if not p.first_page and not article_number and not _NO_PAGES_MARK.search(p.raw):
                missing.append("pages")
            what = "journal article"
        elif p.type == "book" and p.title and (p.publisher or p.year) and not _SOFTWARE_VERSION.search(p.raw):
            if not p.publisher and not _PUBLISHER_WORD.search(p.raw):
                missing.append("publisher")
            if p.year is None and not _ANY_YEAR.search(p.raw):  # (a year the parser did not place is no year missing:
                # UpToDate's "SEER Cancer Statistics Review, 1975-2014, … https://…, posted to the SEER web site, April 2017.")
                missing.append("year")
            what = "book"
        else:
            continue
        if not missing:
            continue
        listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " or " + missing[-1]
        msg = f"Reference {r.key} ({what}) has no {listed}"
        if p.epub_ahead:
            msg += "; it is cited ahead of print: cite the final version once published"
        elif p.in_press:
            msg += "; it is cited as in press: cite the final version once published"
        else:
            ph = _PLACEHOLDER.search(p.raw) if "xx" in p.raw or "Xx" in p.raw else None
            if ph is not None:
                msg += f'; "{ph.group(0)}" is a placeholder left unfilled'
        yield Hit(entry_span(doc, r), msg, reference=r.key)
