"""The reference-entry parser: one printed reference string in, fields with spans out.

Styles: Vancouver/NLM/ICMJE (``Hellman S, Weichselbaum RR. Title. J Clin Oncol
1995;13(1):8-10.``), AMA (``... J Clin Oncol. 1995;13:8.``), the UpToDate variant
(``J Clin Oncol 1995; 13:8.``), and author-year variants (``Scarpella E, Marcos D
(2006) Title. Genes Dev 20: 1015–1027.``, ``Otani, T. and Takeichi, M. (2006).
Title. J. Cell Biol. 175, 135–146.``, ``Putt ED. 1940. Title. Sci Agric 21:167.``).

The parser never raises: what it cannot read becomes type "unknown" with
whatever fields it found. Every field carries its span in the entry string.

Order of work: identifiers (DOI, PMID, PMCID, URL, trial ids) are found and
masked; then the block of year, volume, issue and pages; then the authors from
the start; title and journal are what lies between.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Final, NamedTuple, Optional, Sequence

from .._lazy import lazy as _Lazy
from ..model import Span
from .markers import DASHES


def lazy(pattern: str, flags: int = 0) -> Any:
    """A pattern compiled on first use (``_lazy.lazy``), typed as any value: _materialize later binds its name to
    the compiled pattern itself, and the compiled parser (mypyc, hatch_build.py) checks a name's type where it is
    read."""
    return _Lazy(pattern, flags)


_new = tuple.__new__  # a named tuple's own __new__ is a Python call; the parser builds its spans directly

_YEAR: Final = r"(?:1[5-9]\d\d|20\d\d)"
_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_NAMES: Final = ("jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch|s)?|märz|apr(?:il)?|avr(?:il)?|may|mai|"
                "june?|juin|juli?|july|juil(?:let)?|aug(?:ust)?|août|sept?(?:ember|embre)?|oct(?:ober|obre)?|"
                "okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|déc(?:embre)?|dez(?:ember)?|enero|febrero|marzo|abril|"
                "mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|spring|summer|autumn|fall|winter")
_MON_OR_SEASON: Final = rf"(?:{_MONTH}|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)"
_DASH = DASHES  # (first in every class it is put in: "-" there is literal)
# (possessive: what follows a page is never a digit or a letter it gave back, so a failed try ends at once)
_PAGE: Final = r"[A-Za-z]{0,4}+\d++(?:[A-Za-z]{1,2}\d++)?[A-Za-z]?"  # "e57", "S780", "1677", AGU "D19S25", "80re82", Science's "eabh1623"
# an article number named as one: "10, article 2", "2012;Article ID 379738", "7(1): Article No. 41"
_ARTICLE_NO: Final = r"(?:[Aa]rticle(?:\s+(?:ID|[Nn]o\.?|[Nn]umber))?|ARTN)\s*:?"  # (ARTN: Web of Science's)
# a volume (and issue), then an article number named as such: looked for only when the text says "article"
_COCHRANE_BLOCK_RE = lazy(rf"(?P<year>{_YEAR}),?\s*Issue\s+(?P<issue>\d{{1,2}})\.?\s*Art\.\s*No\.?\s*:?\s*(?P<pages>CD\d{{6}})")
_ASCO_BLOCK_RE = lazy(
    rf"(?<![\w.])(?P<vol>\d{{1,3}})S?,\s*(?P<year>{_YEAR})\s*\(\s*(?P<supp>suppl[^;)]{{0,12}})\s*;\s*abstr\.?\s*(?P<pages>[A-Z]{{0,4}}\d{{1,6}})\s*\)"
    rf"|(?P<year2>{_YEAR})\s*;\s*(?P<vol2>\d{{1,3}}S?)\s*:\s*abstr\.?\s*(?P<pages2>[A-Z]{{0,4}}\d{{1,6}})"
    # (and the supplement's number before the abstract's: "J Clin Oncol 2019;37:15_suppl, 9001")
    rf"|(?P<year3>{_YEAR})\s*;\s*(?P<vol3>\d{{1,3}})\s*:\s*(?P<supp3>\d{{1,2}}_suppl)\s*,\s*(?P<pages3>[A-Z]{{0,4}}\d{{1,6}})"
    # (and the supplement and abstract in the volume's parentheses: "J Clin Oncol 2019;37(suppl; abstr 9001)",
    # "2017;35(15_suppl; abstr 8502)")
    rf"|(?P<year4>{_YEAR})\s*;\s*(?P<vol4>\d{{1,3}})\s*\(\s*(?P<supp4>(?:\d{{1,2}}[_\s])?suppl[^;)]{{0,12}}?)\s*;\s*abstr\.?\s*"
    rf"(?P<pages4>[A-Z]{{0,4}}\d{{1,6}})\s*\)"
)
_ARTICLE_BLOCK_RE = lazy(
    rf"(?P<vol>\d(?<![\w.]\d)\d{{0,4}})\s*(?:\((?!\s*{_YEAR}\s*\))(?P<issue>[^()]{{1,30}})\))?\s*"
    # (Elsevier: the year in parentheses before the number, "31 (3) (2008), Article 102345")
    rf"(?:\(\s*(?P<ayear>{_YEAR})\s*\)\s*)?[:,;]?\s*{_ARTICLE_NO}\s*"
    rf"(?P<pages>[A-Za-z]{{0,3}}\d+[A-Za-z]?)(?![\w-])"
)


class Author(NamedTuple):
    family: str
    given: str
    span: Span
    suffix: str = ""
    collective: bool = False


class ParsedReference(NamedTuple):
    raw: str
    type: str  # journal | book | chapter | abstract | preprint | webpage | report | unknown
    authors: tuple[Author, ...] = ()
    etal: bool = False
    editors: tuple[Author, ...] = ()
    title: Optional[str] = None
    journal: Optional[str] = None
    year: Optional[int] = None
    month: Optional[str] = None
    volume: Optional[str] = None
    issue: Optional[str] = None
    supplement: Optional[str] = None
    first_page: Optional[str] = None
    last_page: Optional[str] = None
    doi: Optional[str] = None
    pmid: Optional[str] = None
    pmcid: Optional[str] = None
    url: Optional[str] = None
    trial_ids: tuple[str, ...] = ()
    publisher: Optional[str] = None
    place: Optional[str] = None
    epub_ahead: bool = False
    accessed: Optional[str] = None
    year_source: Optional[str] = None  # block ("1995;13:8") | paren ("(1995)") | bare: how sure the year is
    rest: str = ""  # text after the last field read (identifiers and "Epub ahead of print" aside)
    spans: dict = {}  # noqa: RUF012 - field name -> Span; never mutated

    @property
    def in_press(self) -> bool:
        """The entry says the work is not yet published ("in press", "to appear", "forthcoming", "accepted"):
        read when asked (few callers ask; every parse would pay for the scan)."""
        return says_in_press(self.raw)

    def to_json(self, number=None, line=None) -> dict:
        return {
            "number": number,
            "raw": self.raw,
            "type": self.type,
            "authors": [{"family": a.family, "given": a.given} for a in self.authors],
            "etal": self.etal,
            "title": self.title,
            "journal": self.journal,
            "year": self.year,
            "volume": self.volume,
            "issue": self.issue,
            "first_page": self.first_page,
            "last_page": self.last_page,
            "doi": self.doi,
            "pmid": self.pmid,
            "pmcid": self.pmcid,
            "url": self.url,
            "publisher": self.publisher,
            "place": self.place,
            "line": line,
        }


# ---------------------------------------------------------------- identifiers

# (a pattern whose branches or optional lead give the engine's search no first character to skip to tries every place
# in the entry: a look ahead for the first characters its matches can open with, "(?=[dDh1])", turns the other places
# away at once; measured on the parser's own calls, a third less time for the DOI's, the IEEE block's, et al's and
# the trial ids' patterns, and no match changed)
_DOI_RE = lazy(
    r"(?=[dDh1])(?:\b(?:doi|DOI)\s*:?\s*|https?://(?:dx\.)?doi\.org/|\bdoi\.org/)?(?P<doi>10\.\d{4,9}/[^\s\"<>\]]+)",
)
_PMID_RE = lazy(r"\b(?:PMID|PubMed\s*ID|PubMed)\s*:?\s*(?P<pmid>\d+)\b", re.IGNORECASE)
_PMCID_RE = lazy(r"\b(?:PMCID\s*:?\s*)?(?P<pmcid>PMC(?:\d{4,9}|\s\d{5,9}))\b", re.IGNORECASE)  # (Wikipedia: "PMC 1234567")
_URL_RE = lazy(r"(?=[hw])(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
TRIAL_RE = lazy(r"(?=[NIAEC])\b(?:NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|EudraCT\s*\d{4}-\d{6}-\d{2}|ChiCTR[-\w]{6,20})\b", re.IGNORECASE)
# MEDLINE's pages of a discussion printed after a paper's ("277: 3–16; discussion 16–22, 71–13"): CIT205 checks its ranges
DISCUSSION_RE = lazy(r";\s*discussion\s+[A-Za-z]?\d[\d\s,;A-Za-z\-–]*", re.IGNORECASE)
# an erratum's citation after the paper's (physics): "Phys. Rev. D85 (2012) 014035, Erratum ibid. D86 (2012) 079901,
# arXiv:…", "Phys. Lett. B191 (1987) 442, [Erratum-ibid. B448 (1999) 320]": no part of the paper's own citation
_ERRATUM_RE = lazy(r"\s*\[\s*[Ee]rratum[^\[\]]*+\]|[,;]\s*+[Ee]rratum(?:[^,\[\]]|,(?!\s*arXiv))*+")
# a later printing of the same paper after its citation (German): "In: betrifft: erziehung 12/1976, S. 57-61. Auch in
# Endstation Sonderschule …", "… (1998) 2, 15-28. Erneut in: Marxistische Blätter 36 (1998) 2, 50-61"
# AMA's meeting presentation after the title: ". Presented at: ASCO Annual Meeting; June 1-5, 2018; Chicago, IL." (the
# meeting is the source; what follows it, its date and place)
_PRESENTED_RE = lazy(r"[.,]\s*(?:(?:Paper|Poster|Oral)\s+)?[Pp]resented\s+at:?\s+(?:the\s+)?(?P<meeting>[^;.]{3,160}?)\s*(?:[;.,]\s*[^;]*)*$")
# MEDLINE's notes after a citation: ". Erratum in: J Clin Oncol. 2015;33(5):567.", ". Comment in: …", ". Retraction in:
# …" (after the block: not a letter's title, "Smith J. Comment on: …")
# a note on the work's later fate in brackets after its title (AMA, reference managers): "[published correction appears in
# J Clin Oncol. 2020;38(1):100]", "[retracted in: …]", "[Erratum in: …]", "[Expression of concern in: …]"
# (a comment or an update only with its colon: "[Update in arrhythmogenic right ventricular cardiomyopathy …]" is a
# translated title)
_BRACKET_NOTE_RE = lazy(r"\s*\[\s*(?:(?:published correction appears in|retracted in|retraction (?:in|of)|erratum (?:in|for)|"
                        r"expression of concern (?:in|for))\b:?|(?:comment(?:ed)? (?:in|on)|updated? in)\s*:)[^\[\]]{0,160}\]",
                        re.IGNORECASE)
_MEDLINE_NOTE_RE = lazy(r"(?<=[\d)\]])\.?\s+(?:Erratum|Comment|Retraction|Retracted|Update|Corrected and republished|"
                        r"Republished|Expression of concern)\s+(?:in|for|on|of)\s*:.*$")
_REPRINT_RE = lazy(r"[.;,]\s*(?:(?:[Aa]uch|[Ee]rneut)\s+in\b:?|[Ee]rneuter\s+(?:Ab|Nach)druck\b|[Nn]achdruck\s+in\b).*$")
# (and PubMed's wording since 2020, "Online ahead of print."; not AMA's "[published online ahead of print …]")
_EPUB_RE = lazy(r"\[?\s*(?:Epub|(?<!published )Online) ahead of print\s*\]?\.?|\bEpub\s+(?:ahead\s+of\s+print\b|\d{4}[/\s]\w+[/\s]?\d*)\.?",
                re.IGNORECASE)


def _words_by_first_letter(words: tuple[str, ...]) -> str:
    """The words (each a pattern opening with a letter of its own) as one alternation grouped by their first letters,
    each group led by its letter and a word boundary checked behind it: "\\b(?:Office|Ordre|Centre)" reads as
    "(?:O(?<=\\bO)(?:ffice|rdre)|C(?<=\\bC)(?:entre))", which matches the same text at the same places (words with
    other first letters never match at one place; each group keeps its words' order) but lets the engine's search skip
    to the first letters, instead of trying every word at every character (a third of the time)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(rf"{c}(?<=\b{c})(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


# a word an organisation's name holds ("Centers for Disease Control and Prevention", "US Food and Drug
# Administration", "Direction des Affaires Sanitaires et Sociales")
_ORG_WORD_RE = lazy(_words_by_first_letter((
    "Organi[sz]ation", "Cent(?:er|re)s?", "Department", "Institutes?", "Society", "Association", "Agency",
    "Administration", "Ministry", "Council", "Foundation", "Network", "Group", "Project", "Commission", "Board", "College",
    "University", "Services?", "Office", "Bureau", "Programme", "Program", "Direction", "Committee", "Academy", "Federation",
    "Library",
    # (Portuguese, Spanish and French: "Brasil. Ministério da Saúde.", "Organización Mundial de la Salud.")
    "Ministério", "Ministerio", "Ministère", "Secretaria", "Organización", "Organização", "Sociedade", "Sociedad", "Société",
    "Instituto", "Institut", "Asociación", "Associação", "Departamento", "Universidade", "Universidad", "Université",
    "Fundação", "Fundación", "Conselho", "Consejo", "Agência", "Agencia", "Comissão", "Comisión", "Comité", "Autorité",
    "Agence",
    # (German, Italian, Dutch: "Deutsche Gesellschaft für Kardiologie.", "Istituto Superiore di Sanità.")
    "Gesellschaft", "Arbeitsgemeinschaft", "Ministerium", "Bundesministerium", "Verband", "Vereinigung", "Stiftung",
    "Akademie", "Kommission", "Ministero", "Istituto", "Società", "Associazione", "Vereniging", "Genootschap",
    r"Task\s+Force", r"Expert\s+Panel")) + r"\b")  # ("Canadian Task Force on Preventive Health Care.", "Expert Panel on
# Detection, Evaluation, and Treatment of High Blood Cholesterol in Adults.")
# the words of _ORG_WORD_RE that open an organisation's name, a set to look the first word up in
_ORG_FIRST_WORDS: Final = frozenset(("Ministry", "Department", "Ministério", "Ministerio", "Ministère", "Ministerium",
                                     "Bundesministerium", "Ministero", "Secretaria", "Departamento", "Office", "Bureau",
                                     "Agency", "Commission", "Council", "Committee", "Expert"))
# the date an article went online, after its block (PubMed's AMA citation): ". Published 2017 Mar 10."
_PUBLISHED_AFTER_RE = lazy(rf"(?<=[\d)])\.\s+Published\s+{_YEAR}(?:\s+{_MONTH}(?:\s+\d{{1,2}})?)?\.?")
_VOL_AFTER_CITED_RE = lazy(r"\s*;\s*\d")  # (the volume after NLM's "[cited …]" inside the block)


def _org_author(name: str, start: int) -> Optional[Author]:
    """A web page's organisation as its collective author, where ``name`` (at ``start``) reads as one: capitalised
    words, two at least, one of them an organisation's ("Centers for Disease Control and Prevention")."""
    name = name.rstrip()
    bare = name[:name.rfind(" (")] if name[-1:] == ")" and " (" in name else name  # (its acronym after it: "American
    # Heart Association (AHA)")
    if len(bare.split()) >= 2 and _capitalised_words(bare, 10) and _ORG_WORD_RE.search(bare):
        return Author(name, "", _new(Span, (start, start + len(name))), collective=True)
    return None


# a web page's own date before its access date (AMA): ". Updated March 3, 2021. Accessed March 5, 2021. https://…"
_UPDATED_RE = lazy(r"[.,]\s*(?:[Pp]age\s+)?(?:[Ll]ast\s+)?(?:[Uu]pdated|[Rr]eviewed|[Rr]evised|[Mm]odified|[Pp]ublished(?!\s+online))(?:\s+on)?:?\s+[^.;]{0,30}?(?P<year>(?:19|20)\d\d)\.?")
_ACCESSED_RE = lazy(
    # (NLM's access date in Portuguese, Spanish and French as SciELO and LILACS print it: "[citado 2016 maio 10]", "[acesso
    # em 29 de setembro de 2014]", "[consultado 10 ene 2020]", "[cité le 3 mars 2020]")
    r"(?:\[\s*(?:(?P<upd>(?:updated|modified|revised|reviewed|atualizado|actualizado)\s[^\];]{1,40})[;,]\s*)?"
    r"(?:cited|accessed|citado|acesso\s+em|acessado\s+em|consultado|accedido|cité\s+le)\s+(?P<a1>[^\]]+)\]"
    # (and German's and French's, outside brackets: "(Zugriff am 01.03.2023)", "consulté le 3 mars 2020")
    r"|\b(?:Accessed|Last accessed|Retrieved|Zugriff\s+am|Abgerufen\s+am|Consulté\s+le)(?:\s+on)?\s*:?\s*"
    r"(?P<a2>[0-3]?\d\.\s?[01]?\d\.\s?\d{4}|[^.;]+\d{4}))",
    re.IGNORECASE,
)
# an article not yet out, at the entry's end: ", in press.", "(to appear)", ". In press. *†"
_NOT_YET: Final = r"in\s+press|to\s+appear|forthcoming|à\s+paraître|sous\s+presse|im\s+Druck|en\s+prensa"  # (French, German,
# Spanish: "Tetrahedron. À paraître.")
_ACCEPTED: Final = r"accepted(?:\s+for\s+publication)?"
# (blanks possessive, the bracket's own blanks after it: a run of blanks is read one way only, not split between two
# "\s*" at every start, which took seconds on 2 kB of blanks)
_IN_PRESS_END_RE = lazy(rf"[,.;]?\s*+(?:[(\[]\s*+)?\b(?:{_NOT_YET}|{_ACCEPTED})(?:\s+(?:19|20)\d\d)?\s*[)\]]?[\s.*†‡]*$",
                        re.IGNORECASE)  # (a word: not the end of "Corwin Press."; NLM's year may follow it: "Proc Natl
# Acad Sci U S A. In press 2002.")
# ... or anywhere in it ("PLOS ONE. In press Vol. 10", "Smith J (in press) Title"); "accepted" only at the end (in a
# title it is no status: "Accepted practice in …")
_IN_PRESS_RE = lazy(rf"\b(?:{_NOT_YET})\b|\b{_ACCEPTED}\W*$", re.IGNORECASE)


def says_in_press(raw: str) -> bool:
    """The entry says the work is not yet published: "in press", "to appear", "forthcoming", "accepted"
    (``ParsedReference.in_press``; one reading for the parser and the rules)."""
    low = raw.lower()
    return (_not_yet_word(low) or "accepted" in low[-40:]) and _IN_PRESS_RE.search(raw) is not None


def _not_yet_word(low: str) -> bool:
    """A word of _NOT_YET's in the lowercased text (a literal scan before the pattern, which needs one)."""
    return "press" in low or "appear" in low or "forthcoming" in low or "paraître" in low or "druck" in low or \
        "prensa" in low


# (or the year after them: "Lunar and Planetary Science XXIII, pp. 976-977. 1992.", "NERC News, pp. 24-25, 1996")
_END_PAGES_RE = lazy(rf"(?<![\w.])(?:pp?\.|pp(?=\s+[A-Z]?\d{{1,6}}\s*[{_DASH}])|pages)\s*(?P<first>[A-Z]?\d{{1,6}})(?:\s*[{_DASH}]\s*(?P<last>[A-Z]?\d{{1,6}})|\+?(?=\s*[.,]|\s*$))"
                     rf"(?:\s*[.,]\s*\(?(?:{_MONTH}\s+)?{_YEAR}[a-z]?\)?)?\s*\.?\s*$")  # (", October 1966"; or one page,
# a stop or a comma after it: "… - A Workshop, pp. 20. 1995."; a letter before the numbers, "pp. B219-B239"; the
# article going on further in the issue, "pp. 164+."; Springer's "pp 238–247", no stop, a range only: "pp 106" after a
# thesis is its length)
# APA's chapter pages in parentheses after the book's title: "Cancer: Principles and practice (4th ed., pp. 238–247)."
_PAREN_PAGES_RE = lazy(rf"\((?:[^()]{{0,30}},\s*)?pp?\.\s*(?P<first>[A-Z]?\d{{1,6}})(?:\s*[{_DASH}]\s*(?P<last>[A-Z]?\d{{1,6}}))?\)")
_AMA_AHEAD_RE = lazy(r"\[\s*published online (?:ahead of print)?[^\]]{0,40}\]", re.IGNORECASE)  # (or the date alone:
# "[published online July 7, 2015]. Br J Sports Med")
# a book's length after its publisher (PLOS): ". Chicago: University of Chicago Press. 444 p.", "1382p (in Chinese)."
_EDITION_ORDINAL: Final = r"(?:\d{1,2}(?:st|nd|rd|th)|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Rr]evised)"  # ("2nd", "Second", …)
_EDITION_WORDS_RE = lazy(rf"\b{_EDITION_ORDINAL}\s+(?:[Ee]dition|[Ee]dn|[Ee]d)\b(?:\s+ed\b)?")  # ("Second Edition ed")
_BOOK_EXTENT_RE = lazy(r"(?<=\.)\s+\d{1,5}\s?pp?\.?(?:\s*\((?:in\s+)?[A-Z][a-z]+\))?\.?\s*$")  # (after a stop: after a comma
# it may be a page, "Law Review, Vol. 62, 1994, 546 pp.")
_PAGE_COUNT_RE = lazy(rf",\s*\d{{1,4}}\s+pages(?=\s*(?:,\s*{_YEAR})?\s*\.?\s*$)")
# a preprint number printed after the block: "( Preprint1609 .07416)", "[arXiv:1005.0539[hep-lat]]"
_ARXIV_TRAILER_RE = lazy(r"[(\[]\s*(?:Preprint|arXiv)[^()\[\]]{0,40}(?:\[[^\[\]]{0,20}\])?\s*[)\]]\s*\.?\s*$"
                         r"|,?\s*arXiv\s*:\s*\d{4}\s*\.\s*\d{4,5}(?:v\d+)?\s*(?:\[[^\[\]]{0,20}\])?\s*\.?\s*$"
                         # an old-style number: "[ hep-th/0305132].", "[hep - lat/0401002];"
                         r"|[(\[]\s*(?:hep|astro|gr|nucl|cond|math|quant)\s*-\s*[a-z]{2,5}\s*/\s*\d{7}\s*[)\]]\s*[.;,]?\s*$")
_ISSN_RE = lazy(r"\bE?ISSN\s*:?\s*\d{4}-?\d{3}[\dXx](?:\s*[,;]\s*\d{4}-?\d{3}[\dXx])*")
# ("Available at: URL", "available from https://…"; not a title's "energies available at the BNL Relativistic Heavy Ion
# Collider", nor PDF text's "available atthe")
# (and APA 6's "Retrieved from URL", no date: an online article's link, not its access date)
_AVAILABLE_RE = lazy(r"\b(?:Available|AVAILABLE)\s+(?:from|at|From|At|FROM|AT)\b\s*:?|\bavailable\s+(?:from|at)(?:\s*:|\s+(?=https?:|www\.|<|\[))"
                     r"|\bRetrieved\s+from\s*:?(?=\s*(?:https?:|www\.|<))"
                     # (Portuguese, Spanish, French, German: "Disponível em: URL", "Disponible en:", "Disponible sur :")
                     r"|\b(?:Disponível\s+em|Disponivel\s+em|Disponible\s+en|Disponible\s+sur|Verfügbar\s+unter)\s*:?")

# the words that introduce a link, no site's name: "Available", "Retrieved from", "Accessed", "URL", "[Link]"
_LINK_WORD_RE = lazy(r"\b(?:Available|Retrieved|Accessed|Online|URL|Link|From|Cited|Internet)\b", re.IGNORECASE)

def _strip_id(value: str) -> str:
    value = value.rstrip(".,;:'\"")
    # a closing bracket belongs to the DOI only if the DOI opened one
    while value and value[-1] in ")]" and value.count(value[-1]) > value.count("(" if value[-1] == ")" else "["):
        value = value[:-1].rstrip(".,;:")
    return value


# (a pattern that begins with a literal is found by the engine's literal scan, then checked: one scan where the
# substring tests it replaces read the entry two to five times)
_TRIAL_GATE_RE = lazy(r"ct(?:(?<=nct)|(?<=isrct)n|(?<=act)rn|(?<=eudract)|(?<=chict)r)")  # nct isrctn actrn eudract chictr
_NO_GATE_RE = lazy(r", (?:[Nn]o|n°|Nr\.)")  # ", no", ", No", ", n°", ", Nr."


def _from_word(raw: str, low: str, a: str, b: str = "") -> int:
    """Where the first of one or two words stands in ``low`` (``raw`` lowered), the place in ``raw`` a case-blind search
    for them may start from; 0 where the two texts' places may differ (a letter lowered to two) or a dotless i would
    match an "i" of theirs (the only letters besides their own that a case-blind "i", "k" or "s" matches: "ı", "İ",
    "K", "ſ"; none of the words holds a "k" or an "s")."""
    if len(low) != len(raw) or "\u0131" in raw:
        return 0
    i, j = low.find(a), low.find(b) if b else -1
    return j if i == -1 else i if j == -1 else min(i, j)


def _epub_from(raw: str, low: str) -> int:
    """Where the search for "Epub ahead of print" may start (_from_word), with the bracket and blanks _EPUB_RE reads
    before its words."""
    k = _from_word(raw, low, "epub", "online ahead")
    while k > 0 and raw[k - 1].isspace():
        k -= 1
    return k - 1 if k > 0 and raw[k - 1] == "[" else k


def find_identifiers(raw: str, low: Optional[str] = None) -> dict:
    """DOI, PMID, PMCID, URL and trial ids with their spans (the URL of a DOI is the DOI).
    ``low`` is ``raw.lower()``; cheap substring tests skip the patterns that cannot match."""
    low = raw.lower() if low is None else low
    out: dict = {}
    i = raw.find("10.")
    # the search starts just before the first "10." (room for "https://dx.doi.org/"), not at 0
    m = _DOI_RE.search(raw, max(0, i - 24)) if i != -1 and "/" in raw else None
    if m:
        doi = _strip_id(m.group("doi"))
        out["doi"] = (doi, _new(Span, (m.start(), m.start("doi") + len(doi))))
    # (PubMed's and PMC's ids and "Epub ahead of print" are searched from the first place their words stand in the lowered
    # text, not from the start: the patterns, blind to case, try every character, and cannot match before those
    # words. Exact where the lowered text is as long as the text, so that its places are the text's, and holds no
    # dotless i, which a pattern's "i" matches too: _from_word)
    m = _PMID_RE.search(raw, _from_word(raw, low, "pmid", "pubmed")) if "pmid" in low or "pubmed" in low else None
    if m:
        out["pmid"] = (m.group("pmid"), _new(Span, (m.start(), m.end())))
    m = _PMCID_RE.search(raw, _from_word(raw, low, "pmc")) if "pmc" in low else None
    if m:
        out["pmcid"] = (m.group("pmcid").upper().replace(" ", ""), _new(Span, (m.start(), m.end())))
    for m in (_URL_RE.finditer(raw) if "http" in low or "www." in low else ()):
        if "doi" in out and out["doi"][1].start <= m.start() < out["doi"][1].end:
            continue
        if "doi.org/" in m.group(0).lower():
            continue
        url = _strip_id(m.group(0))
        span = _new(Span, (m.start(), m.start() + len(url)))
        if "\u200b" in url:  # PLOS's places to break a long link ("…/publicat\u200bions/…"): no part of it
            url = url.replace("\u200b", "")
        out["url"] = (url, span)
        break
    # (every registry's prefix holds "ct": one scan first, half the entries stop there)
    has_trial = _TRIAL_GATE_RE.search(low) is not None
    trials = [(m.group(0), _new(Span, (m.start(), m.end()))) for m in TRIAL_RE.finditer(raw)] if has_trial else []
    if trials:
        out["trial_ids"] = trials
    return out


def _mask(text: str, spans) -> str:
    """``text`` with each span blanked (same length, so offsets still hold); built once,
    so thousands of spans (markup tags) cost linear time."""
    out = []
    pos = 0
    n = len(text)
    for s in sorted(spans):
        start = max(s.start, pos)
        end = min(s.end, n)
        if end > start:
            out.append(text[pos:start])
            out.append(" " * (end - start))
            pos = end
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------- source block

# "1995;13(1):8-10", "1995 Mar;13:8", "2012 ; 40(2): 500-3", "2016; 11:39", "2015."
_VANC_RE = lazy(
    rf"(?P<year>{_YEAR})[a-z]?(?:\s+(?P<month>{_MON_OR_SEASON})(?:\s*(?:\d{{1,2}}|[{_DASH}]\s*{_MON_OR_SEASON}))?|\s+1?\d(?:\s+[0-3]?\d)?(?=;))?\s*"
    # (a season for a month: "2017 Spring;12(3):423-30")
    # (the Bone & Joint Journal's volume with its series: "2016;98-B:1672-80")
    # (NLM's newspaper first, its section and page: "The Washington Post. 2002 Aug 12;Sect. A:2 (col. 4).")
    rf"(?:;\s*Sect\.\s*(?P<sect>[A-Z0-9]{{1,3}})\s*:\s*(?P<npage>\d{{1,4}})(?:\s*\(col\.\s*\d{{1,2}}\))?"
    rf"|(?:;|:(?=\s*\d+\s*\())\s*(?P<vol>[A-Za-z]?\d+(?:[A-Za-z](?![a-z]))?(?:[{_DASH}]\d+|-[A-C](?!\w))?)?\s*(?:\((?P<issue>[^()]{{1,30}})\))?"
    rf"(?:\s*(?P<supp>Suppl\.?\s*\w*))?"
    rf"(?:\s*:\s*(?:(?:p|pp)\.?\s*|[Aa]bstr(?:act)?\.?\s*(?:nr\.?\s*|no\.?\s*|#\s*)?)?(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)"
    # (a meeting abstract's number: "2019;79(13 Suppl):Abstract nr 1234", "37(15 suppl):abstr 9001")
    rf"|,\s*(?:(?:p|pp|pages)\.?\s*)?(?P<cpages>{_PAGE}\s*[{_DASH}]\s*{_PAGE})(?=\s*(?:[.;]|$)))?"  # ("2014; 32, 892-900.",
    # "1998; 47, pages 752-6.")
    # NLM's journal with neither volume nor issue, the pages after the date: "HRSA Careaction. 2002 Jun:1-6."
    # (or after the day, PubMed's article ahead of print: "J Clin Oncol. 2021 Jan 5:JCO2001234.")
    rf"|(?:(?<=[a-z])|(?<=[a-z]\s\d)|(?<=[a-z]\s\d\d)):\s*(?P<mpages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)(?=\.?\s*$))"
)
_MONTH_PAGES_END_RE = lazy(rf"{_YEAR}\s+{_MON_OR_SEASON}(?:\s+[0-3]?\d)?:\s*{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?\.?\s*$")
_DATE_PAGE_RE = lazy(rf",\s*(?:pp?\.\s*)?(?P<pages>[A-Z]?\d{{1,5}}(?:\s*[{_DASH}]\s*\d{{1,5}})?)(?=\.?\s*$)")  # (", A36.")
_COLON_VOL_PAREN_RE = lazy(r":\s*\d++\s*\(")
# a lone volume or page range left at the end of a journal's name when no block was read ("Sci. Rep. 3", "J. Vis. Exp. 1–7")
_TRAILING_NUMBERS_RE = lazy(rf"(?:(?<=[A-Za-z.)])|(?<=[A-Za-z.)],))\s+(?P<a>[0-9]{{1,5}})(?:\s*[{_DASH}]\s*(?P<b>[0-9]{{1,5}}))?$")
# a page range read where a volume stands ("2000;393–399"): three digits at least before the dash, so that a
# double volume ("2012;12-13") stays one
_VOL_AS_PAGES_RE = lazy(rf"\d{{3,}}[{_DASH}]\d+")
# "20: 1015–1027", "175, 135–146", "21:167–179", "6(10): e26619", "30 Suppl 1: p. i99–100", "22, GB4012"
# (written once for both patterns below; "{supp}" is what may stand before a supplement)
_VOLPAGE: Final = (
    # (the look-behind after the first digit, so the engine skips to digits fast)
    # (an ASCII digit first: the engine's scan for it then reads a byte range, not the Unicode digit table, at each
    # character; a volume in other digits would need other punctuation around it too, which this pattern never reads)
    # (the volume's digits possessive: a digit never follows them, so giving one back never helps a match)
    # ("Lett .106 ,021302": a stop after a space, as PDF text prints it, may come before the volume)
    # (and a series letter or abbreviation glued on: "Phys. Rev. B40 ,4621", "J. Reine Angew. Math.674 ,43";
    # never digits or a lowercase letter before it, nor a decimal "1.5", nor "NCT01")
    # (a lowercase letter before it only where PDF text glued it and spaced the comma, "Mechanics24 ,172", or where a
    # colon and a blank follow it, "Trans R Soc Trop Med Hyg46: 509–520")
    rf"(?P<vol>[0-9](?<![0-9_][0-9])(?:(?<![a-z]\d)|(?=\d{{0,4}}(?:\s+[,:]|:\s)))(?<![A-Za-z][A-Z]\d)(?<!\d\.\d)\d{{0,4}}+[A-Za-z]?)\s*(?:\((?P<issue>[^()]{{1,30}})\)|\(\s*\))?(?:{{supp}}(?P<supp>Suppl\.?\s*\w*))?\s*"
    rf"(?:[:,]\s*(?:(?:[Pp]|[Pp]p|pages?)\.?\s*)?)(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)(?=\s*(?:[.;,\[]|$|\s|\(\s*{_YEAR}))"
)
_VOLPAGE_RE = lazy(_VOLPAGE.replace("{supp}", r"\s*"))
# (and "14: Suppl 2:99": the supplement after the volume's colon, looked for where "Suppl" stands)
_VOLPAGE_SUPP_RE = lazy(_VOLPAGE.replace("{supp}", r"\s*:?\s*"))
# the pages after "Vol, Issue" in ACS style ("23, 25, 6072-6077")
_ACS_PAGES_RE = lazy(rf"\s*,\s*(?:[Pp]p?\.\s*)?(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)(?=\s*(?:[.;]|,?\s*$))")  # (",": a DOI cut off
# (or a page mark before them: "Vingtième Siècle, revue d’histoire, 58, 1, p. 190‑191")
# after it, "153: 4, 399-587, DOI: …")
# after "45, 1966": ", 368-391." / ", p. 47-61" / ", pp. 24-35 (il manque …)": a page range closes the block
# (or one page after "p.": "BCH 99, 1975, p.660."; the mark may lack its stop, "pp 241-245", or be Cyrillic, "с. 5-6";
# a blank alone may stand before a range: "Annales E.S.C., 39, 1984 529-569.")
_PAGE_MARK: Final = r"(?:[Pp]p?|с)\.?\s*"
_YEAR_THEN_PAGES_RE = lazy(rf"(?:\s*[,.]\s*|\s+(?=\d))(?:{_PAGE_MARK}(?P<page>{_PAGE})(?!\s*[{_DASH}])|(?:{_PAGE_MARK})?"
                           rf"(?P<pages>{_PAGE}\s*[{_DASH}]\s*{_PAGE})"
                           # (one page with no mark where it ends the entry: "Revue belge de philologie et d’histoire, 81,
                           # 2003, 90")
                           rf"|(?<=,\s)(?P<epage>\d{{1,5}})(?=\s*\.?\s*$))(?=\s*(?:[.;,(]|$))")
# German journals: the volume year ("Jahrgang"), the issue ("Heft"), the pages ("Seite"): "Zeitschrift für Inklusion.
# 19.Jg. H.3, 146-151", "84. Jg. H. 4, S.47", "10. Jg. (2004), Heft 4, S. 192-195", "Jg. 51, Heft 3/2000, S. 90-94"
# German journals after "In:" (_find_block): "(13) H. 3/2011, 39-41", "3/1973", "4/1973, S. 147 f.", "51-52/1996", a date
# or a number after the year ("27/1989 (September), S. 27-32", "1/1995, H. 208, S. 145"); or "66
# (2011), S. 32-50" (a soft hyphen may stand before the range's dash, as PDF text keeps it)
_HEFT_RE = lazy(
    rf"(?:\((?P<vol>\d{{1,4}})\)\s*)?(?:(?:H\.|Heft|Nr\.)\s*)?(?<![\d/.,])(?P<issue>\d{{1,3}}(?:[{_DASH}]\d{{1,3}})?)/(?P<year>{_YEAR})"
    rf"(?![\d/])(?:\s*\([^()]{{1,24}}\))?(?:\s*,\s*(?:H\.|Heft|Nr\.)\s*\d{{1,4}})?(?:\s*,\s*(?:S\.\s*)?(?P<pages>\d{{1,5}}(?:\s*\xad?[{_DASH}]\s*\d{{1,5}})?)(?!\d)(?:\s*ff?\.)?)?"
    rf"|(?<![\d/.,])(?P<vol2>\d{{1,4}})\s*\((?P<year2>{_YEAR})\)\s*,\s*S\.\s*(?P<pages2>\d{{1,5}}(?:\s*\xad?[{_DASH}]\s*\d{{1,5}})?)"
)
_JAHRGANG_RE = lazy(
    rf"(?:(?P<vol>\d{{1,4}})\.\s*Jg\.|\bJg\.\s*(?P<vol2>\d{{1,4}}))\s*(?:\(\s*(?P<year>{_YEAR})\s*\))?\s*,?\s*"
    rf"(?:(?:H\.|Heft|Nr\.)\s*(?P<issue>\d{{1,3}})(?:\s*/\s*(?P<iyear>{_YEAR}|\d\d)\b)?)?\s*,?\s*"
    rf"(?:S\.\s*)?(?P<pages>\d{{1,5}}(?:\s*[{_DASH}]\s*\d{{1,5}})?)?(?:\s*ff?\.)?"
)
# Chicago: "104, no. 1 (winter 2005): 12-38", "33, no. 1 (Fall 2001), pp. 23-34" (German "Nr.": "6, Nr. 1 (1986): 386–97",
# "Band 20, Nr. 9 (1996), Seiten 986-990")
_PHYS_NO_RE = lazy(
    rf"(?<![\d.])(?P<vol>[A-Z]?\d{{1,4}})\s*,?\s*no\s*\.?\s*(?P<issue>\d{{1,3}})\s*,\s*"
    rf"(?:\(\s*(?P<year>{_YEAR})\s*\)\s*(?P<pages>[A-Z]?\d{{1,7}})|(?P<pages2>[A-Z]?\d{{1,7}})\s*\(\s*(?P<year2>{_YEAR})\s*\))"
)
_CHICAGO_BLOCK_RE = lazy(
    rf"(?:(?<=\s)(?:Band|Bd\.)\s*)?(?P<vol>\d(?<![\w.]\d)\d{{0,4}})\s*(?:,\s*|\s(?=no\.\s))(?:[Nn]o\.?|n°|Nr\.)\s*(?P<issue>\d+(?:\s*[{_DASH}/]\s*\d+)?)\s*"
    rf"(?:,?\s*\(\s*(?:(?:\d{{1,2}}\s+)?[^\W\d_]{{3,12}}\.?(?:/[^\W\d_]{{3,12}})?\s*(?:\d{{1,2}}\s*)?,?\s*)?(?P<year>{_YEAR})\s*\)"
    # (", (2007) :", "no 2 (2 janvier 1978): 393-400", "no. 1 (Spring/Summer 2006)"; and Zotero's issue date, no pages
    # after it: "Daedalus 111, no. 1 January 1, 1982")
    rf"|(?<=\s){_MONTH}\s+\d{{1,2}},\s*(?P<dyear>{_YEAR})(?=\.?\s*$))?\s*[,:]?\s*"
    rf"(?:pp?\s*\.?\s*|S\.\s*|Seiten\s+)?(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)?"
)
# "Complex Systems, 2(4) 463-484", "Parallel Computing, 7 387-393": a volume, then a page range after a space (or glued
# to the issue's parenthesis: "Education for Health 17(1)73-84"; or after "pp.": "Journal of Logic Programming 1 pp. 35-50")
_VOLRANGE_RE = lazy(
    rf"(?P<vol>\d(?<![\w.]\d)\d{{0,4}}+)\s*(?:\((?P<issue>[^()]{{1,30}})\)\s*|\s)(?:pp?\.\s*+)?(?P<pages>\d{{1,6}}+\s*[{_DASH}]\s*\d{{1,6}}+)"
    rf"(?=\s*(?:[.;,]|$|\(\s*(?:{_MONTH}\w*\.?\s*)?{_YEAR}\s*\)))"  # (or the year: "5 207-229 (1988).")
)
# the Unified Style Sheet for Linguistics, last resort: a volume (and issue), a stop, a page range, the end
_VOLDOT_RE = lazy(
    rf"(?P<vol>\d(?:(?<=[^\W\d_]\s\d)|(?<=[^\W\d_][,.]\s\d))\d{{0,3}}(?:[{_DASH}]\d{{1,4}})?)(?:\s*\((?P<issue>\d{{1,4}})\))?\.\s+"
    rf"(?P<pages>\d{{1,6}}\s*[{_DASH}]\s*\d{{1,6}})\.?(?:\s+[A-Z][^\W\d_]+(?:,\s*[A-Z][^\W\d_]+){{0,3}}\.)?\s*$"
)  # (and the languages the paper is about, as Bantu tone bibliographies add them: "… 35. 330-341. Ganda.")
# last resorts at the end of an entry, each read only where nothing else was found (each starts with a digit and
# looks behind it, so the engine skips to digits), with the mark it needs in the entry's last characters:
_BARE_PAGES_END_RE = lazy(rf"(?=[1-9])(?<=[^\W\d_],\s)(?P<pages>(?P<fp>[1-9]\d{{0,4}})\s*[{_DASH}]\s*\d{{1,5}})\.?\s*$")
_TAIL_BLOCKS = (
    # MLA "Linguistic Inquiry 13.3. pp. 435 – 482.", "Behavior Science Notes 1.4: 227-261"
    # (and the issue's month: "The American Journal of Philology 85.2 (Apr.): 136-154")
    (".", lazy(rf"(?P<vol>\d(?<=[^\W\d_]\s\d)(?<!pp\s\d)(?<![Pp]\.\s\d)(?<![Vv]ersion\s\d)\d{{0,3}})\.(?P<issue>\d{{1,3}})(?:\s*\([^()\d]{{2,14}}\))?[.:]\s*(?:pp?\.\s*)?"
               rf"(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)\.?\s*$")),
    # "Trans. Amer. Math. Soc. 347, (1995), 2235-2243.", "Yad Vashem Studies 1, (2008): 111-143.",
    # "Annales E.S.C. 50 1995 947-960."
    ("", lazy(rf"(?P<vol>\d(?:(?<=[^\W\d_]\s\d)|(?<=[^\W\d_]\.\s\d))\d{{0,3}})(?:,?\.?\s*\(\s*{_YEAR}\s*\)[,:]|\s+{_YEAR},?)\s+(?:pp?\.\s*)?"
              rf"(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)\.?\s*$")),
    # French magazines, numbered by issue: "L’Aide-Soignante, mars 2014, n°155. p. 9-21."
    ("n", lazy(rf",\s*n[°o]\s*(?P<issue>\d{{1,5}}(?:-\d{{1,3}})?)\.?\s*,?\s*pp?\.\s*(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)\.?\s*$")),
    # ... or by issue and its date, then the pages or nothing: "Le Point, n° 496, mars 1982, p. 129.", "Action, n°9,
    # octobre 1921.", "Revue Histoire de l’art, n°35/36, octobre 1996, pp. 9-14." (they had been read as no block)
    ("n°", lazy(rf",\s*n°\s*(?P<issue>\d{{1,5}}(?:[-/]\d{{1,4}})?)\s*,\s*(?:[0-3]?\d\s+)?(?:{_MONTH_NAMES}|printemps|été|automne|"
                rf"hiver)\.?(?:\s*[-–/]\s*(?:{_MONTH_NAMES})\.?)?\s+(?P<year>{_YEAR})\s*"
                rf"(?:,\s*pp?\.\s*(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?))?\.?\s*$", re.IGNORECASE)),
    # ... or by the date of its issue alone, or a volume and that date, then the pages: "Actes de la recherche en sciences
    # sociales, mars 2007, pp.30-37.", "Archéopages, 17, décembre 2005, p. 6-21."
    ("p.", lazy(rf",\s*(?:(?P<vol>\d{{1,4}}),\s*)?(?:[0-3]?\d\s+)?(?:{_MONTH_NAMES}|printemps|été|automne|hiver)\.?"
                rf"(?:\s*[-–/]\s*(?:{_MONTH_NAMES})\.?)?\s+(?P<year>{_YEAR})\s*,\s*pp?\.\s*(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)"
                rf"\.?\s*$", re.IGNORECASE)),
    # ... or by the year of its run, then the year: "Revue savoisienne, III° année, 1862." (the run's year is the volume)
    ("année", lazy(rf",\s*(?P<vol>[IVXLC]{{1,7}}|\d{{1,3}})\s?(?:°|e|ème)\s+année\s*,\s*(?P<year>{_YEAR})"
                   rf"(?:\s*,\s*pp?\.\s*(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?))?\.?\s*$")),
    # ... or by its date in figures, then the issue: "ASH, 29/10/2010, n°2680." (a year in two figures is not read)
    ("n°", lazy(rf",\s*[0-3]?\d/[01]?\d/(?:(?P<year>{_YEAR})|\d\d)\s*,\s*n°\s*(?P<issue>\d{{1,5}})\.?\*?\s*$")),
    # stops alone between the parts: the year, then the pages, no volume, "Current Drug Delivery. 2011. 290-298,"; the
    # volume and issue, the pages, then the year, "Canadian Acoustics. 37(3). 144-145. 2009."
    (". ", lazy(rf"(?<=[^\W\d_])\.\s+(?P<year>{_YEAR})\.\s+(?:pp?\.\s*)?(?P<pages>\d{{1,6}}\s*[{_DASH}]\s*\d{{1,6}})[.,]?\s*$")),
    (").", lazy(rf"(?<=[^\W\d_]\.\s)(?P<vol>\d{{1,4}})\s?\((?P<issue>\d{{1,4}})\)\.\s+(?:pp?\.\s*)?"
                rf"(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)\.\s+(?P<year>{_YEAR})\.?\s*$")),
    # a volume and issue, no pages (online journals): "Voices: A World Forum for Music Therapy 17(1). doi: …"
    # (or after the year: "張家口醫學院學報. 2003. 20(6).")
    # (or after the journal's comma: "Sensor Review, 26(3).", "Gestalt!, 4(2), NP.")
    (")", lazy(r"(?P<vol>\d(?:(?<=[^\W\d_]\s\d)|(?<=\d\.\s\d)|(?<=[^\W\d_],\s\d)|(?<=!,\s\d))\d{0,3})\s*\((?P<issue>(?!(?:1[5-9]|20)\d\d\))\d{1,4})\)\s*:?\s*\.?\s*$")),  # (not "8 (1942)"; "7(1): .": pages left out)
    # Cochrane reviews numbered by review, after the year (BMC): "Cochrane Database Syst Rev 2005, CD000335.",
    # "… 2012., 9. CD008880" (the issue, then the review's number)
    ("CD", lazy(rf"{_YEAR}\.?,\s*(?:(?P<issue>\d{{1,2}})\.\s*)?(?P<pages>CD\d{{6}})\.?\s*$")),
    # a journal's name and its volume, then only the identifiers (online first): "Nat Biotechnol 31
    # doi:…", "Front Neural Circuits 3. doi:" (not "pp 106", "Unit 15D 2", "Chapter 3", "No 4")
    ("@", lazy(r"(?P<vol>\d(?<=[A-Za-z]\s\d)(?<!\bp\s\d)(?<!pp\s\d)(?<!Unit\s\d)(?<!Part\s\d)(?<![Nn]o\s\d)(?<!Chapter\s\d)"
              r"(?<!Phase\s\d)(?<!Type\s\d)\d{0,3})\.?\s*$")),
    # German: the issue and its year, then "S." and the pages: "In: betrifft: erziehung 12/1976, S. 57-61."
    ("S.", lazy(rf"(?:(?P<vol>\d(?<=\s\d)\d{{0,2}})/(?:{_YEAR}|\d\d)\s*(?:\([^()]{{0,20}}\))?\s*,\s*)?(?<![^\s,])S\.\s*"
                rf"(?P<pages>\d{{1,5}}(?:\s*[{_DASH}]\s*\d{{1,5}})?)(?:\s*ff?\.)?\.?\s*$")),
    # a supplement series named by the journal, no volume, then the pages: "Arch Virol Suppl: 65–84."
    ("Suppl", lazy(rf":(?:(?<=Suppl:)|(?<=Suppl\.:))\s*(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)\.?\s*$")),
    # a journal's name, one number and the year, the end: "Phys. Rev. Lett. 65 (1990).", "Nature 169 (1952)" (the
    # volume: its pages left out); "J. Chem. Soc. 1656 (1937).", "Tetrahedron Lett.1139(1967)" (four digits and more:
    # the page of a journal that numbered no volumes then)
    ("(", lazy(rf"(?:(?P<vol>\d(?:(?<=[^\W\d_]\s\d)|(?<=\.\s\d)|(?<=[^\W\d_],\s\d))\d{{0,2}})|(?P<pages>\d(?:(?<=[^\W\d_]\s\d)"
               rf"|(?<=\.\s\d)|(?<=\.\d)|(?<=[^\W\d_],\s\d)|(?<=\),\s\d))\d{{3,4}}))\s*+,?\s*\(\s*{_YEAR}\s*\)\s*[.;,]?\s*$")),
    # (a comma after the volume, the pages left out: "J. Appl. Phys. 98, (2005).")
    # IOP's article numbers in a journal with no volumes (the year stands for one): "J. Stat. Mech. 2004, P06002 (2004).",
    # "J. Stat. Mech.: Theor. Exp. (2013), P07010.", "J. Stat. Mech. P06007 (2006)."
    # (the year is the volume there, as Crossref records it)
    ("P", lazy(rf"(?:(?:\(\s*)?(?P<yv>{_YEAR})\s*\)?\s*,\s*|(?<=[A-Za-z.:]\s)|(?<=[A-Za-z.]))(?P<pages>[PL]\d{{5}})(?!\d)\s*"
               rf"(?:\(\s*(?P<ya>{_YEAR})\s*\))?\s*\.?\s*$")),
    # the year, the volume, then the pages after "P.": "Attention, Perception, & Psychophysics. 2013, 75. P. 216–228."
    ("P. ", lazy(rf"(?<=[^\W\d_]\.\s)(?P<year>{_YEAR}),\s*(?P<vol>\d{{1,4}})\.\s*P\.\s*(?P<pages>\d{{1,6}}(?:\s*[{_DASH}]\s*\d{{1,6}})?)\.?\s*$")),
    # a journal, a colon, a page range, no volume: "Scandinavian journal of statistics: 65–70.", "Physical Review:
    # 186–188. doi: …"
    (":", lazy(rf":(?<=[^\W\d_]:)\s*(?P<pages>\d{{1,6}}\s*[{_DASH}]\s*\d{{1,6}})\.?\s*$")),
    # a journal, the year, a page range, no volume (humanities): "Journal des Savants, 1967, 193-215."
    # (the issue's months before the year: "Journal des savants, juillet-décembre 1996, 291-337.")
    (",", lazy(rf",\s*(?:[^\W\d_]{{3,12}}\.?(?:[{_DASH}/][^\W\d_]{{3,12}}\.?)?\s+)?{_YEAR},\s*(?:pp?\.\s*)?"
               rf"(?P<pages>\d{{1,6}}\s*[{_DASH}]\s*\d{{1,6}})\.?\s*$")),
    # ACS as EndNote prints it: the year, the volume, the issue in parentheses, the pages if any: "Acs Nano 2010, 4, (3),
    # 1377-1384.", "Physical Review B 2001, 63, (16)."
    (", (", lazy(rf"(?<=\d),\s*(?P<vol>\d{{1,4}}),\s*\((?P<issue>\d{{1,4}}(?:[{_DASH}]\d{{1,4}})?)\)(?:,\s*(?P<pages>{_PAGE}"
                 rf"(?:\s*[{_DASH}]\s*{_PAGE})?))?\.?\s*$")),
    # APA's magazine with a comma before the issue's parentheses and a page's mark: "Wake Forest University magazine, 41,
    # (1), p. 3"
    (", (", lazy(rf"(?<=[^\W\d_]),\s*(?P<vol>\d{{1,4}}),\s*\((?P<issue>\d{{1,4}})\),\s*pp?\.\s*(?P<pages>\d{{1,6}}"
                 rf"(?:\s*[{_DASH}]\s*\d{{1,6}})?)\.?\s*$")),
    # the year between title and journal, then the volume alone at the end (no pages): "Collective dynamics of small
    # world networks 1998 Nature 393" (the block is the volume; the year is read as in "… 1996 Machine Learning 24")
    (" ", lazy(rf"(?=[12])\b{_YEAR}\s+(?!{_MONTH}\s)(?P<jn>[A-Z][^\d,;:()\[\]]{{1,60}}?)\s(?P<vol>\d(?<=[A-Za-z]\s\d)\d{{0,3}})\.?\s*$")),
    # (not a date: "Clin Ther 2012 Apr 16. [Epub ahead of print]")
    # volume/issue, year, pages: "Cahiers du monde russe, 44/2-3, 2003, p. 369-399"
    ("/", lazy(rf"(?P<vol>\d(?<=,\s\d)\d{{0,3}})/(?P<issue>\d{{1,3}}(?:-\d{{1,3}})?),\s*{_YEAR},\s*pp?\.\s*"
               rf"(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)\.?\s*$")),
    # NLM's issue with no volume after the journal's stop, no year before it: "J Antimicrob Chemother. (8): 1562–6."
    ("(", lazy(rf"(?<=[A-Za-z]\.\s)\((?P<issue>\d{{1,4}})\)\s*:\s*(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)\.?\s*$")),
    # a journal, a comma, a page range, no volume nor year after it (APA without a volume): "(1990). Title. Revue
    # française de pédagogie, 57-77." (the journal's name is checked as for the colon's)
    (",", lazy(rf"(?<=[^\W\d_]),\s*(?:pp?\.\s*)?(?P<pages>\d{{1,6}}\s*[{_DASH}]\s*\d{{1,6}})\.?\s*$")),
    # APA, a journal's volume and nothing after it (online journals): "McDermott, J. (1982). R1: A rule-based configurer
    # of computer systems. Artificial Intelligence, 19." (only after the names' "(year)", the journal's words checked)
    (", ", lazy(r"(?<=[^\W\d_]),\s(?P<vol>\d{1,4})\.?\s*$")),
    # after a word: the volume and the page in parentheses, "Science (84: 2188)."
    ("(", lazy(rf"(?:(?<=[^\W\d_]\s)|(?<=[^\W\d_],\s))\((?P<vol>\d{{1,4}})\s*:\s*(?P<pages>\d{{1,6}}(?:\s*[{_DASH}]\s*\d{{1,6}})?)\)"
               rf"\s*\.?\s*$")),
    # ... "Tome (1): 253-263.", the volume in parentheses; MLA's year alone there, "Journal of Psycholinguistic Research
    # (2015): 1–10."; APA's issue alone there, for a journal numbered by issue, "Media et information (28), 141-148."
    # (a roman volume before either: "Studia Phaenomenologica X (2010) 333-357")
    ("Tome", lazy(rf"(?<=\bTome\s)\((?P<vol>\d{{1,4}})\)\s*[,:]?\s*(?P<pages>\d{{1,6}}\s*[{_DASH}]\s*\d{{1,6}})\s*\.?\s*$")),
    ("(", lazy(rf"(?:(?<=[^\W\d_]\s)|(?<=[^\W\d_],\s))(?:(?P<vol>[IVXLC]{{1,7}})\s+)?\((?P<year>{_YEAR})\)\s*[,:]?\s*"
               rf"(?P<pages>\d{{1,6}}\s*[{_DASH}]\s*\d{{1,6}})\s*\.?\s*$")),
    ("(", lazy(rf"(?:(?<=[^\W\d_]\s)|(?<=[^\W\d_],\s)|(?<=[^\W\d_]'\s))(?:(?P<vol>[IVXLC]{{1,7}})\s+)?\((?P<issue>(?!{_YEAR}\))\d{{1,4}})\)\s*[,:]?\s*"
               rf"(?:pp?\.?\s+)?(?P<pages>\d{{1,6}}\s*[{_DASH}]\s*\d{{1,6}})\s*\.?\s*$")),
    # ... a roman volume, a colon and the pages, "J Pharmacie et de Chimie XII:757."
    ("", lazy(rf"(?=[IVXLC])(?:(?<=[^\W\d_]\s)|(?<=[^\W\d_],\s))(?P<vol>[IVXLC]{{1,7}})\s*:\s*(?P<pages>\d{{1,6}}(?:\s*[{_DASH}]\s*\d{{1,6}})?)"
               rf"\s*\.?\s*$")),
    # a page range alone after the journal's comma: "Evolutionary Anthropology, 22-37" (its name checked apart from the
    # colon's: see _bare_pages_after)
    ("", _BARE_PAGES_END_RE),
    # PDF text: the volume glued to the journal's last word, its pages and the year in parentheses, "Physical Re
    # -view66, 118- 130(1944 )", "Proc .Natl Acad .Sci .USA113 , 9463- 9468(2016 )", "Astron-omy10 (4),439 -456( 2000)"
    (")", lazy(rf"(?:(?<=[a-z]{{2}})|(?<=[a-z][A-Z])|(?<=USA))(?P<vol>[1-9]\d{{0,3}})(?:\s*\((?P<issue>\d{{1,3}})\))?\s*,\s*"
               rf"(?P<pages>\d{{1,6}}(?:\s*[{_DASH}]\s*\d{{1,6}})?)\s*\(\s*(?P<year>{_YEAR})\s*\)[\s.;,]*$")),
    # a newspaper's or magazine's volume and issue, then the day and month and the page (Russian, Bulgarian): "Ведомости.
    # 180 (2450). 24 сентября: 4."; or the page alone after them, "Литературна мисъл, 29 (2) 170."
    (" (", lazy(rf"(?<=[^\W\d_]\.\s)(?P<vol>\d{{1,4}})\s\((?P<issue>\d{{1,5}})\)\.\s*[0-3]?\d\s+[^\W\d_]{{3,10}}\.?"
                rf":\s*(?P<pages>\d{{1,5}}(?:\s*[{_DASH}]\s*\d{{1,5}})?)\.?\s*$")),
    (" (", lazy(rf"(?<=[^\W\d_],\s)(?P<vol>\d{{1,4}})\s\((?P<issue>\d{{1,4}})\)\s(?P<pages>\d{{1,5}}(?:\s*[{_DASH}]\s*\d{{1,5}})?)"
                rf"\.?\s*$")),
    # NLM's block with blanks for its marks: "Medicine & Science in Sports & Exercise. 2011 43(5) Suppl S368.", "Clinical
    # biomechanics (Bristol, Avon). 2014 29(10) 1186-92."
    ("(", lazy(rf"(?<=\.\s)(?P<year>{_YEAR})\s(?P<vol>\d{{1,4}})\((?P<issue>[^()]{{1,12}})\)\s(?:Suppl\.?\s)?"
               rf"(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)\.?\s*$")),
    # a volume and the months and year of its issue in parentheses, no pages: "Federal Reserve Bank of St. Louis Review
    # 93(September/October 2011)."; a volume and its serial number: "Monographs of the Society for Research in Child
    # Development 54 (serial no. 220)."
    (")", lazy(rf"(?<=[^\W\d_]\s)(?P<vol>\d{{1,4}})\s?\((?:{_MONTH}(?:\s*[{_DASH}/]\s*{_MONTH})?\s+(?P<year>{_YEAR})|"
               rf"(?:serial\s+)?no\.\s*(?P<issue>\d{{1,4}}))\)\.?\s*$")),
    # the year glued to the volume by a stop, the pages after a semicolon (the issue's month before the year is the block's):
    # "J Gynecol Obstet Biol Reprod (Paris) Décembre 2016.45(10);1205-1206."
    (";", lazy(rf"(?<=\s)(?:(?i:{_MONTH_NAMES})\.?\s+)?(?P<year>{_YEAR})\.(?P<vol>\d{{1,4}})\((?P<issue>\d{{1,4}})\);\s*(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)"
               rf"\.?\s*$")),
    # a volume, then the pages after their mark in parentheses: "L’école des parents, 593, (pp. 30-31)."; French's "tome"
    # and "n°" at the end, no pages: "…, 31 janvier 2008, tome 58, n°2"
    (", (", lazy(rf"(?<=[^\W\d_]),\s*(?P<vol>\d{{1,4}}),\s*\(pp?\.\s*(?P<pages>\d{{1,6}}(?:\s*[{_DASH}]\s*\d{{1,6}})?)\)\.?\s*$")),
    ("tome", lazy(r",\s*tome\s+(?P<vol>\d{1,4}),\s*n°\s*(?P<issue>\d{1,4})\.?\s*$")),
    # a Roman volume, the months and year of its issue in parentheses, the pages: "Chroniques féministes (Bruxelles), LX
    # (novembre-décembre 1996), 5-6."
    ("(", lazy(rf"(?<=,\s)(?P<vol>[IVXLC]{{1,7}})\s*\((?:(?i:{_MONTH_NAMES})\.?(?:\s*[{_DASH}/]\s*(?i:{_MONTH_NAMES})\.?)?\s+)?"
               rf"(?P<year>{_YEAR})\),\s*(?P<pages>\d{{1,6}}\s*[{_DASH}]\s*\d{{1,6}})\.?\s*$")),
    # French magazines: the issue after "n°", the place, then the season or month and the year: "Marges, n° 9, Paris,
    # printemps 2009."
    ("n°", lazy(rf",\s*n°\s*(?P<issue>\d{{1,5}}),\s*[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?,\s*(?:(?i:{_MONTH_NAMES}|printemps|été|"
                rf"automne|hiver)\.?\s+)?(?P<year>{_YEAR})\.?\s*$")),
    # the year, then the issue after the numero sign, nothing after it (Russian): "СА. 1964. № 1.", "Уфа, 1953. № 38."
    ("№", lazy(rf"(?<=[\s,.])(?P<year>{_YEAR})\.\s*№\s*(?P<issue>\d{{1,4}})\.?\s*$")),
    # the volume and issue with a slash, the year in parentheses, no pages: "Journal of Digital Humanities 1/4 (2012)."
    ("/", lazy(rf"(?<=[^\W\d_]\s)(?P<vol>\d{{1,4}})/(?P<issue>\d{{1,3}})\s*\(\s*(?P<year>{_YEAR})\s*\)\.?\s*$")),
    # a magazine's volume, then the month or months of its issue and the year, no pages: "New Left Review 53, Sep-Oct 2008."
    (",", lazy(rf"(?<=[^\W\d_]\s)(?P<vol>\d{{1,4}}),\s*{_MONTH}(?:\s*[{_DASH}/]\s*{_MONTH})?\s+(?P<year>{_YEAR})\.?\s*$")),
    # MLA's volume and issue, then the year and the pages after their mark: "L'Information géographique 75.1, 2011, p. 15 -
    # 36."
    (".", lazy(rf"(?P<vol>\d(?<=[^\W\d_]\s\d)\d{{0,3}})\.(?P<issue>\d{{1,3}}),\s*(?P<year>{_YEAR}),\s*pp?\.\s*"
               rf"(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)\.?\s*$")),
)
# IOP and Harvard physics, last resort: "... Phys. Rev. Lett. 80 5243", "Class. Quantum Grav. 27 084023",
# "JINST 6 P11002": a volume and a page after a journal word, ending the entry
_IOP_RE = lazy(
    # (or after the year: "J Biomech Eng. 2014 136(9) 091001."; or before the year and its month: "Phys. Rev. D 52
    # 4747, June 1995."; the blank looked behind first, one test at the many positions that follow none)
    rf"(?<=\s)(?:(?<=[A-Za-z.]\s)|(?<=[A-Za-z.],\s)|(?<=[A-Za-z.]\s[12]\d\d\d\s))(?P<vol>[A-Z]?\d{{1,4}})(?:\s*\((?P<issue>\d{{1,4}})\))?\s+(?P<pages>[A-Z]?\d{{1,7}}[A-Z]?(?:\s*[{_DASH}]\s*\d{{1,7}})?)\s*[.;,]?\s*"
    rf"(?:\(\s*{_YEAR}\s*\)\s*[.;,]?\s*|(?<=,\s)(?:{_MONTH}\s+)?{_YEAR}\.?\s*)?$"
)
# physics and mathematics: "69 (2004) 061301", "228 (2011), no. 3, 1315-1376", "C65 ( 2002)064904"
# (a capital glued before the volume belongs to the journal: "Phys. Rev. C")
# (searched from the parenthesis, which the regex engine finds fast; the volume is checked before it)
_SCI_RE = lazy(
    # (glued to a volume and followed by a colon it is an issue: "273(1598):2159-2168")
    rf"\(\s*(?:{_MON_OR_SEASON}(?:\s*[{_DASH}/]\s*{_MON_OR_SEASON})?\s*,?\s*)?(?P<year>{_YEAR})[a-z]?\s*\)\s*(?:[,:]\s*)?"  # ("(January–February 2004)", "(Fall 2007)")
    rf"(?:(?:no|H|Heft|Nr)\s*\.?\s*(?P<issue>\d+(?:\s*[{_DASH}]\s*\d+)?)\s*(?:,\s*|\s(?=\d+\s*[{_DASH}]\s*\d))"  # (German: "44 (2012), H. 4, 321–325"; "8 (2004) no. 6 939-954")
    # (German journals: the issue after the year, a comma, then a page range: "12 (1973) 4, 38-45", "21(1970)9, 486";
    # or an article number: "Phys. Rev. Lett. 111 (2013) 14, 141601")
    rf"|(?:(?<=\))|(?<=\)\s))(?P<gissue>\d{{1,2}}(?:/\d{{1,2}})?)\s*,\s*(?=\d{{1,5}}\s*[{_DASH}]\s*\d|\d{{5,6}}(?!\d)))?(?:(?:p|pp)\s*\.?\s*)?"
    rf"(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)(?=\s*(?:[.;,\[)]|$|\s))"  # (")": a note's bracket closing after it)
)
# IEEE and others: "Vol. 39, No. 9, 1990, pp. 1175-1185", "vol. 24, No. 11, pp. 963-967"
_IEEE_RE = lazy(
    # (each branch opens with "\b": one that does not, as "(?<=,\s)v" for geology's "…, v 194, p 17-29", makes every search
    # four times slower)
    # ("v. 33 , n. 4 , p. 293-296": SciELO; "Vol. 50. No. 2. P. 425–437": GOST; French: "Tome 82, fasc. 1-2, 2011, p.
    # 5-36", "Tome 26, numéro 4, 1910, p. 781-810"; not a journal's section, "Journal of Bone and Joint Surgery, American
    # Volume 98 (2017)"; the look ahead first: see _DOI_RE)
    rf"(?=[VvTB])(?:\b[Vv]ol(?:ume)?(?<!American Volume)(?<!British Volume)\s*\.?|\bv\.|\bv(?<=,\sv)(?:\s?\.)?(?=\s?\d)|\bTome\b|\bBd\.)\s*(?P<vol>\d{{1,5}}(?:[{_DASH}]\d{{1,5}}(?!\d*\s*[{_DASH}]))?|[IVXLC]{{1,7}}(?=\s*,|\s\(No))(?:/(?P<sissue>\d{{1,5}}))?\s*(?:,|\.(?=\s*(?:No|P\.)))?\s*(?:\d{{1,2}}(?:ère|er|e|ème)\s+partie\s*,\s*)?(?:(?:[Nn]os?|[Ii]ssue|[Ii]ss(?=\.)|[Nn](?=\s*[.°])|numéro|[Ff]asc(?=\.)|Heft|H(?=\.)|Nr(?=\.))\s*[.°]?\s*(?P<issue>\d+(?:\s*[{_DASH}/]\s*\d+)?)\s*[,.]?\s*"
    rf"(?:\(\s*{_MON_OR_SEASON}\s*\)\s*:?\s*)?"  # ("No. 2 (Apr): 181-208")
    rf"|\((?:No\.\s?)?(?P<pissue>(?!{_YEAR}\))\d+(?:\s*[{_DASH}]\s*\d+)?)\)\s*[,:]?\s*)?"  # "Vol. 15 (5-6), 385 – 394" (not a year:
    # "Vol. 16 (1998), pp. 1-51")
    rf"(?:\(?\s*(?:(?:\d{{1,2}}\s+)?[^\W\d_]{{3,12}}\.?(?:\s*/\s*[^\W\d_]{{3,12}}\.?)?\s*(?:\d{{1,2}}\s*)?,?\s*)?(?P<year>{_YEAR})\s*\)?\s*[,:]?\s*)?"
    # ("June, 1979", "gennaio 1967", "(Fall 2001)", "21 gennaio 1960", "September / October 1995"; a colon before the
    # pages: "vol. 4, no 9 (septembre 1967) : 38-52")
    rf"(?:(?:(?:[Pp]p?|[Pp]ages?|S(?=\.))\s*\.?\s*|{_ARTICLE_NO}\s*)?(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)(?![{_DASH}\d]*\s*:)(?![^\W\d_]))?"  # Elsevier: "Issue 1, …, Pages
    # 138-146"; German "S. 133-143" (not an ordinal's figure: "t. XXVI, 1ère partie")
)
# ("Phys.337 ( 2015)429", "Phys., 59, (2009)1363"; not "2.5", "A.3")
# (after a comma only where no number and comma come before it: not "Review. 94, 3, (September 2013)")
_SCI_VOL_RE = lazy(r"(?<!\d)(?<!\d\.)(?<!\b[A-Za-z]\.)(?:(\d{1,5})\s*|(?<!\d,\s)(?<!\d,)(\d{1,5})\s*,\s*)$")
_ARXIV_NO_RE = lazy(r"\s*\.\d{4,5}\b")  # (",1611 .03184"; not ". 2013.", a year after the pages)
# ("94, 3, (September 2013)", "35, 11/12 (2007)")
_VOL_PAGE_BEFORE_RE = lazy(r"(?<![\d.])(\d{1,5})\s*,\s*([A-Za-z]?\d{1,7}(?:[/–-]\d{1,4})?)\s*,?\s*$")  # ("141, 1–2 (2009)")
_QMARK_DASH_RE = lazy(r"(?<=\d)\?(?=\d)")
_UNDERSCORE_DASH_RE = lazy(r"(\bpp?\.\s?\d{1,5})_(?=\d)")  # (after a page's mark only: genetics' "c.68_69delAG" is no range)
# a journal's abbreviation (two capitals at least: not a place, "Berlin 2003, 77"), the year and the first page (or
# the pages), closing the entry: "MedR 2003, 77."
_YEAR_PAGE_END_RE = lazy(rf"(?<![^\s.,;:'’\"”])[A-Z][a-z]{{0,4}}[A-Z][A-Za-z]{{0,4}}\s(?P<year>{_YEAR})\s*,\s*"
                         rf"(?P<pages>[1-9]\d{{0,4}}(?:\s*[{_DASH}]\s*\d{{1,5}})?)\s*\.?\s*$")
# French law's and the humanities' journals cited by year and pages, no volume, closing the entry: "R.F.D.A., 2008, p.
# 13", "R.C.J.B., 2012, pp. 185 et s." (and following), "D., 1956, chron., p. 23", "Annales E.S.C., 1985, 661-686."
_YEAR_PPAGE_END_RE = lazy(rf",\s*(?P<year>{_YEAR})\s*,\s*(?:chron\.\s*,\s*)?(?:pp?\.\s*(?P<pages>{_PAGE}(?:\s*[{_DASH}]\s*{_PAGE})?)"
                          rf"(?:\s+et\s+s(?:uiv)?\.?)?|(?P<pages2>\d{{1,5}}\s*[{_DASH}]\s*\d{{1,5}}))\s*\.?\s*$")
_DOUBLE_DASH_RE = lazy(r"(?<=\d)--(?=\s*[A-Za-z]?\d)")
# law reviews. The McGill Guide's (and French transport law's) form: the title in quotes, the year in parentheses, the
# volume (or volume-issue, or "n°" and the issue's number alone), the journal, the first page: "« Title », (2004) 46 Scand.
# Stud. Law 136.", "(2000) 27-3 Transp. Law J. p.317", "(1968) J. Bus. Law p.311." (a quote before the year: an
# author-year entry's "(1968)" is followed by its title, not by a journal and a page alone)
_MCGILL_RE = lazy(rf"[»”\"],?\s*\((?P<year>{_YEAR})\)\s+(?:(?:n°\s*(?P<nissue>\d{{1,5}})|(?P<vol>\d{{1,5}})(?:-(?P<issue>\d{{1,3}}))?)\s+)?"
                  rf"(?P<jn>[A-Z][^()\d»”\"]{{1,80}}?),?\s+(?:p\.\s*)?(?P<pages>\d{{1,5}}(?:\s*[{_DASH}]\s*\d{{1,5}})?)\.?\s*$")
# ... and the Bluebook's: after the title's comma, the volume, the journal, the first page (a pinpoint page after it),
# the year in parentheses: "Title, 59 American Journal of Comparative Law 859, 902 (2011).", "33 No. 1 ACC Docket 38
# (2015)" (no digit nor comma in the journal's name: not physics' "Phys. Rev. Lett. 84, 5224 (2000)")
_BLUEBOOK_RE = lazy(rf",\s+(?P<vol>[1-9]\d{{0,3}})(?:\s+No\.\s*(?P<issue>\d{{1,3}}))?\s+(?P<jn>[A-Z][^()\d,;:]{{1,100}}?)\s+"
                    rf"(?P<pages>\d{{1,5}})(?:,\s*\d{{1,5}}(?:\s*[{_DASH}]\s*\d{{1,5}})?)?\s+\((?:[A-Z][a-z]{{2,8}}\.?\s+)?"
                    rf"(?P<year>{_YEAR})\)\.?\s*$")
_ROMAN_VOL_TAIL_RE = lazy(r",\s*(?:[Vv]ol\.?\s*)?([IVXLC]{1,7})$")  # (a roman volume left at a journal's end)
# (an ASCII digit first, the look-behind after it: the engine's scan then reads a byte range, not the Unicode digit
# table, at each character of an entry that has no other block)
_VOL_YEAR_RANGE_RE = lazy(rf"(?P<vol>[0-9](?<![\d.,:;(/][0-9])\d{{0,3}}+) (?P<year>{_YEAR}) (?P<pages>\d{{1,6}}[{_DASH}]\d{{1,6}})(?![{_DASH}\d])")
_VOL_ISSUE_TAIL_RE = lazy(r"(?:,\s*|\s+)(?P<vol>\d{1,4}|[IVXLC]{1,7})\s*(?:\((?P<iss>\d{1,3}(?:[-/]\d{1,3})?)\)|/(?P<iss2>\d{1,3}))$")
_VOL_ISSUE_TAIL_ENDS: Final = frozenset(")0123456789")
# astronomy's year and journal after names whose end was not found ("Inutsuka S.-i., 2008,ApJ", "Beck R .,1998 ,Astron
# .& Astrophys."): an initial and its comma, the year (its letter, "(a)"), a comma, a journal's name with no comma or
# digit (not a journal's own year: "Off. J. Eur. Commun. 2006, L364")
_ASTRO_JOURNAL_TAIL_RE = lazy(r"(?:\b[A-Z]|-[a-z])\s?\.\s*,\s*(?P<y>(?:1[6-9]|20)\d\d)[a-z]?\s*(?:\([a-z]\)\s*)?,\s*"
                              r"(?P<j>[A-Z][^\d,;()\[\]]{1,40}?)\s*$")
# Proceedings of Science: its volume is the conference's acronym and year, printed after "PoS" ("PoS LATTICE 2014 (2015)
# 002", "PoS LAT2009 (2009) 011", "PoSLATTICE 2011"); read as a journal "PoS LATTICE" and the year as the volume
_POS_CONF_RE = lazy(r"PoS\s*(?P<conf>[A-Z][A-Za-z]*(?:-[A-Za-z]+)?)")
_PAREN_VOL_BEFORE_RE = lazy(r"(?:(?<=[^\W\d_],\s)|(?<=[^\W\d_]\s))\((\d{1,3})\)\s*$")
_VOL_BLANK_BEFORE_RE = lazy(r"(?:(?<=[A-Za-z.],\s)|(?<=[A-Za-z.]\s))(\d{1,3}) $")
_VOL_COMMA_BEFORE_RE = lazy(r"(?<![\d.])(\d{1,4}),\s*$")
_VOL_DASH_BEFORE_RE = lazy(rf"(?<![\d./])(\d{{1,4}})[{_DASH}]$")  # (not "44/2-3": volume/issue)
_VOL_COLON_ISSUES_RE = lazy(rf"(?<![\d.:])(\d{{1,4}}):(\d{{1,3}})[{_DASH}]$")
_VOL_COLON_BEFORE_RE = lazy(r"(?<![\d.:])(\d{1,4}): ?$")
_ISSUE_PAIR_BEFORE_RE = lazy(r"(?:n°|N°|\bno\.?|\bNo\.?|\bNr\.?)\s*(\d{1,4})/$")
_VOL_SLASH_BEFORE_RE = lazy(r"(?<![\d./°])(?<!\bn°\s)(?<!Nr\.\s)(?<!\bno\s)(?<!No\.\s)(?<!no\.\s)(\d{1,4})/$")
_VOL_COLON_ISSUE_RE = lazy(r"(?<![\d.:])(\d{1,4})\s*:\s*(\d{1,3})$")
_SCI_VOL_ISSUE_RE = lazy(r"(?<![\d.])(\d{1,5})\s*\(\s*(\d{1,4}(?:[-–/]\d{1,4})?|[A-Z]\d{1,3}|Suppl\.?\s?\d{1,3})\s*\)\s*$")  # "21 ( 2 )",
# "92( D8 )", "106 (1/2)"; Elsevier's supplement, "102 (Suppl. 1) (2005), pp. 6581–6586"
_MLA_VOL_RE = lazy(r"(?<![\d.])(\d{1,5})\.(\d{1,3})\s*$")
_YEAR_PAREN_RE = lazy(rf"\(\s*(?P<year>{_YEAR})[a-z]?(?:\s*/\s*(?:\d\d){{1,2}}|[{_DASH}]\d\d)?\s*\)")  # ("(1988/1989)", "(1988-89)"; not a period "(1990–1995)")
# (the look-behind after the first digit, so the engine skips to "1" and "2" fast)
# (no dash of any kind on either side: "1663–1677" is a page range, not two years)
# (Chinese and Japanese write 年 after it: "上海法治報, 2020年 1月 3日")
# GOST's block after the journal (Russian and its English form): "2010. Т. 50, № 3. С. 45-50.", "2010. Vol. 50, N 3.
# P. 45-50." (the volume and the issue each may be left out)
_GOST_BLOCK_RE = lazy(
    rf"(?P<year>{_YEAR})\.\s*(?:[{_DASH}]\s*)?(?:(?:Т|Том|T|Vol|V)\.\s*(?P<vol>\d{{1,4}})[,.]\s*(?:[{_DASH}]\s*)?)?"
    rf"(?:(?:№\.?|N|No\.?|Вып\.)\s*(?P<issue>\d{{1,4}}(?:\s*[{_DASH}/]\s*\d{{1,4}})?)[,.]\s*(?:[{_DASH}]\s*)?)?"  # ("№. 1."; the
    # older GOST's ".-" between its parts: "2006.- N 4.- С. 11-20.")
    rf"(?:С|C|P|Pp|Р|S)\.\s*(?P<pages>\d{{1,6}}(?:\s*[{_DASH}]\s*\d{{1,6}})?)\.?\s*$")
_IN_BOOK_RE = lazy(r"(?:^|[\s.,;”\"])[Ii]n:?\s")  # (a chapter's "In:", "in The World’s Water")
_PAGES_IN_RE = lazy(rf"\bPages\s+(?P<pages>\d{{1,5}}\s*[{_DASH}]\s*\d{{1,5}})\s+in\s+(?=[A-Z])")
_YEAR_RANGE_START_RE = lazy(rf"({_YEAR})[{_DASH}]\d")
_YEAR_BARE_RE = lazy(rf"(?P<year>(?:1(?<![{_DASH}\w/.:]1)[5-9]|2(?<![{_DASH}\w/.:]2)0)\d\d)[a-z]?(?![{_DASH}\w/](?<!年))")
_ABSTRACT_RE = lazy(r"\bAbs(?:tr(?:act)?\.?|\.)\s*(?:#\s*|No\.?\s*|nr\.?\s*)?(?P<num>[A-Z]{0,3}\d+)", re.IGNORECASE)  # ("Abstract #4839",
# "Abs. 1262")
def _words_at_start(*alternatives: str) -> str:
    """``\b(?:w1|w2|...)`` written with each word-start check after the word's first letter, so
    the regex engine can skip straight to those letters (about twice as fast on long text)."""
    return "(?:" + "|".join(f"{a[0]}(?<=\\b{a[0]}){a[1:]}" for a in alternatives) + ")"


# (the keyword tests run on lowercased text: case-sensitive search is about twice as fast)
_MEETING_RE = lazy(
    _words_at_start(r"annual\s+meeting", "congress", "symposium", "conference", "presentation", "poster", r"abstracts?\b",
                    r"abstr\b", r"meeting\s+abstracts", "proceedings", r"meeting\b", r"technical\s+digest"),
)
def _meeting_words(low: str) -> bool:
    """Whether ``low`` holds a word _MEETING_RE looks for (substring tests cost far less than its scan)."""
    return ("meeting" in low or "abstr" in low or "conference" in low or "congress" in low or "symposium" in low
            or "proceedings" in low or "presentation" in low or "poster" in low or "digest" in low)


_PREPRINT_RE = lazy(_words_at_start("biorxiv", "medrxiv", "arxiv", r"research\s+square", "ssrn", "preprints?") + r"\b")  # lowercased
_PREPRINT_SERVER_TAIL_RE = lazy(r"((?:bio|med|chem|Psy|Soc)Rxiv|bioRxiv|medRxiv|arXiv|Research Square|SSRN)\s+(?:20\d\d\.\d\d\.\d\d\.\d{6,9}"
                                r"(?:v\d+)?\s*)?(?:\[Preprint\])?\s*$", re.IGNORECASE)
_RXIV_ID_RE = lazy(r"\b20\d\d\.\d\d\.\d\d\.\d{6,9}\b")  # bioRxiv's and medRxiv's own identifier
# (what every match of the pattern below holds, from its "In"; each branch opening with a character, not a class of
# them, so that the engine's search skips to those characters: half the time)
_IN_FAST_RE = lazy(r"In\s*:?\s+[A-Z]|” in\s+[A-Z]|\" in\s+[A-Z]|, in:\s+[^\W\d_]")
_IN_RE = lazy(r"(?:^|[.,?!]\s*)In\s*:?\s+(?=[A-Z])(?!Silico\b|Vivo\b|Vitro\b)|(?<=[a-z] )In:\s+(?=[A-Z])"  # (or "of Compositae In: Funk VA")
              r"|(?<=[,.][”\"] )in\s+(?=[A-Z])|(?<=, )in:\s+(?=[^\W\d_])")  # (German, lowercase: "…, in: Zeitschrift für …", "…, in: prolegomena 8")  # (or after a quoted title: '“Title,” in Book Title, eds …'; not
# 'Genetic perspectives on “Lion Conservation Units” in Eastern and Southern Africa', quoted words inside a title)
# a periodical's date after its name, then its page or nothing ("IEEE Data Engineering Bulletin, September 1996. Page 15")
_JOURNAL_DATE_AFTER_RE = lazy(rf",\s*(?:[0-3]?\d\s+)?{_MONTH}\.?\s+(?:[0-3]?\d,?\s+)?{_YEAR}\b")
_REPORT_RE = lazy(_words_at_start("report", r"technical\s+report", r"working\s+paper", "guidelines?", "bulletin", r"fact\s+sheet")
                   + r"\b")  # lowercased text
_WEB_HINT_RE = lazy(r"\[\s*Internet\s*\]|\bAvailable\s+(?:from|at)\b|\bAccessed\b|\[\s*cited\b|\bRetrieved\b|\[Link\]\("
                    r"|\bDispon[ií]vel\s+em\b|\bDisponible\s+(?:en|sur)\b|\[\s*(?:citado|acesso|consultado)\b"
                    r"|\bZugriff\s+am\b|\bAbgerufen\s+am\b|\bConsulté\s+le\b",
                    re.IGNORECASE)  # (and a Markdown link labelled as one: "Cleveland Clinic. 2024. [Link](https://…)")
# a source that reads like a journal's name: "Am J Clin Oncol", "Lancet", "Revue de Chirurgie"
_JOURNALISH_RE = lazy(
    r"\b(?:J|Journal|Rev|Revue|Res|Am|Ann|Annals|Arch|Proc|Bull|Acta|Int|Eur|Clin|Med|Sci|Lett|Trans|Rep|Biol|"
    r"Chem|Phys|Oncol|Lancet|Nature|Science|Cell|BMJ|JAMA|PLoS|PLOS|Radiology|Cancer|Blood|Circulation|"
    r"Pediatrics|Neurology|Surg|Gastroenterology|Hepatology|Thorax|Chest|Gut|Brain|Heart|Diabetes|Dis)\b"
)
# a year before a capitalised word: "2011 Eur. J. Phys. 32", "…microscope, 2007 JINST 2"
_LEAD_YEAR_COLON_RE = lazy(rf"{_YEAR}:\s+(?=[A-Z])")  # ("1976: Ulf Preuss-Lausitz: …")
_LEAD_YEAR_RE = lazy(rf"\s*{_YEAR}[a-z]?\s+(?=[A-Z])")
# what follows a journal's name in an entry printed ahead of print: ". 2026 Jan." and nothing more
# (a Markdown link's label may be left before the cut identifier: ". 2026 Jan. [DOI](")
_AHEAD_DATE_END_RE = lazy(rf"\.\s+{_YEAR}(?:\s+{_MONTH}(?:\s+\d{{1,2}})?)?\.?(?:\s*\[\w+\]\(?)?\s*$")
# the last word of many journals' names ("Stem Cells", "Antiviral Research", "Biology Letters"), where it ends
# the name (not "Zotero: The Next-Generation Research Tool", "… Chemistry (RSC) Prospect Project")
_JOURNAL_LAST_NOUN_RE = lazy(
    r"\b(?:Research|Reports|Letters|Reviews|Medicine|Biology|Cells|Technology|Sciences|Genetics|Immunology|"
    r"Physiology|Microbiology|Virology|Oncology|Therapeutics|Pharmacology|Neuroscience|Psychiatry|Epidemiology|"
    r"Ecology|Chemistry|Physics|Bulletin)\.?$"
)
_PUBLISHER_WORDS = lazy(
    r"\b(?:Press|Publish\w*|Wiley|Elsevier|Springer|Lippincott|Saunders|Mosby|Thomas|McGraw|Blackwell|"
    r"Oxford|Cambridge|Academic|Books?|Verlag|Williams|Wilkins|Churchill|Livingstone|Raven|Karger|Thieme|"
    r"CRC|Routledge|Taylor|Francis|Norton|Sons|Co\.|Inc\.?|Ltd\.?|Editora|University|Hall|"
    # (a university abbreviated after NLM's place: "St. Louis (MO): Washington Univ.")
    r"(?<=:\s)(?:[A-Z][\w'’-]*\s){0,3}Univ(?=\.?$)|"
    # (medicine's: "Wolters Kluwer", "Appleton & Lange", "Grune & Stratton", "Lea & Febiger", "Jones and Bartlett")
    r"Kluwer|Lange|Dekker|Humana|Jaypee|Pergamon|Plenum|Stratton|Febiger|Bartlett|Butterworths?|Heinemann|Futura|"
    r"Amirsys|Belfus)\b"
)


_PAGE_PARTS_RE = lazy(r"([A-Za-z]*)(\d+)([A-Za-z]?)")
_E_DASH_RE = lazy(r"(\d{2,})e(\d+)")
_PAGE_DASH_RE = lazy(rf"\s*\xad?[{_DASH}]\s*")  # (a soft hyphen before the dash: PDF text keeps it)
# (no two runs of spaces side by side where one is optional: on a long run of blanks, masked
# markup or links, such a pattern backtracks quadratically)
# (APA prints a newspaper's or a report's date with the year: "(1992, August 27).", "(2013, March).", "(1987 January 30).",
# "(2012, Novembre-Décembre).", "(21 September 1984),")
_YEAR_AFTER_AUTHORS_RE = lazy(rf"\s*(?:(?:\(\s*(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?)?{_YEAR}(?-i:[a-z])?(?:\s*/\s*\d{{2,4}}|[{_DASH}]\d{{2,4}}(?=\s*\)|\.\s))?"
                              rf"(?:(?:,\s*|\s+)[^\W\d_]{{3,12}}\.?(?:[{_DASH}/][^\W\d_]{{3,12}}\.?)?(?:\s+\d{{1,2}})?(?=\s*\)))?(?:\s*\))?|\(in press\))\s*[.,:]?\s*",
                              re.IGNORECASE)  # (or the month first: "Douglas, Kimberly (December 1998). "Title""; the
# year's letter in lowercase only: "2013Interferometer design …", a title glued to the year, keeps its "I")
# (the year after the publisher as NLM and AMA print it, "Sage; 1990", "Abacus, 1995"; not a sentence's, "Zotero:
# The Next-Generation Research Tool. 2008.")
# AMA's book (11th edition): the publisher alone, then "; year." at the end ("The 8-Week Cholesterol Cure. Harper & Row;
# 1987.")
_AMA_PUBLISHER_YEAR_END_RE = lazy(rf";\s*{_YEAR}\.?\s*$")
_DOMAIN_RE = lazy(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|int|info|io|co|uk|de|fr|nl|au|ca)")
_YEAR_AFTER_PUB_RE = lazy(rf"\s*[;,]\s*(?:c\s*)?{_YEAR}")
_PAGES_AFTER_RE = lazy(r"[\s,.;]*pp?\.?\s*\d")  # (a newspaper's page after its name: "The Age: Extra, p. 6.")
# NLM's medium after a title, in brackets, where no author stands before it
_MEDIUM_TITLE_RE = lazy(r"[^.\[\]]{3,200}\[(?:package insert|prescribing information|product monograph|database[^\]]{0,30}|"
                        r"computer program|software|CD-ROM|DVD)\]\.\s", re.IGNORECASE)
_ANONYMOUS: Final = ("Anonymous. ", "Anon. ", "[Anonymous]. ", "Anonymous, ")
_NO_AUTHORS: Final = ("[No authors listed]. ", "[No authors listed] ")
_MONTH_YEAR_PAREN_RE = lazy(rf"{_MONTH}\s+{_YEAR}\)")
_UPTODATE_EDS_RE = lazy(rf"\([Ee]ds?\.?\),\s*(?P<pub>[A-Z](?:[^,;().]|(?<=\b[A-Z])\.|\.(?=\S)){{0,59}}?),\s*(?P<place>[A-Z][^,;()]{{1,40}}?(?:,\s*[A-Z]{{2}})?)"
                        rf"(?:,?\s+{_YEAR}|\.?\s*(?=\(|$))")  # (UpToDate's own topics: "UpToDate, Waltham, MA, 2020.",
# "UpToDate, Waltham, MA. (Accessed on …)")
_EDS_FIRST: Final = ("e", "E", " e", " E")
_PAREN_EDS_RE = lazy(r"(?<=[A-Za-z.])\s\(((?:[Ee]ds?|[Ee]ditors?))\.?\)\.(?=\s)")  # the names' "(editors)."
_NAMES_ONLY_RE = lazy(r"[^\d()\[\]:;\"“”‘«»?!]+")  # (no date, bracket, colon or quote: names alone, so far)
_EDS_LEAD_RE = lazy(r"\s*(?:eds?|editors?)\.?,?\s+(?=[A-Z0-9“\"‘])")
# a book's place and publisher as NLM and AMA print them: "Philadelphia: Wolters Kluwer", "New York, NY: McGraw-Hill"
# ("Philadelphia", "New York", "Mount Pleasant"; a small word between the words: "Rio de Janeiro", "Frankfurt am Main")
_PLACE_NAME: Final = r"[A-Z][\w.'’-]*(?:\s(?:(?:de|do|da|del|di|am|an|sur|upon)\s)?[A-Z][\w.'’-]*){0,2}"
_PLACE_PUBLISHER: Final = (rf"(?P<place>{_PLACE_NAME}(?:,\s*[A-Z][\w.]{{1,14}}|\s\([A-Z][A-Za-z.]{{1,14}}\))?)\s*:\s*"  # ("White
                    # Plains (NY): March of Dimes")
                    r"(?P<pub>[A-Z][\w.&'’-]*(?:\s(?:[A-Z&][\w.&'’-]*|of|and|for|the|de|und|da|do|del|la|y|e|für)){0,6})")
_PLACE_PUBLISHER_RE = lazy(_PLACE_PUBLISHER)
# ... a report's, after a stop and before its year: "Geneva: World Health Organization; 2019."
_REPORT_PUBLISHER_RE = lazy(rf"(?<=\.\s){_PLACE_PUBLISHER}\s*[;,]\s*{_YEAR}\b")
_THESIS_TAIL_RE = lazy(r"\.\s+(?:(?:Doctoral|PhD|Ph\.D\.|Master['’]?s|MD|MSc|Bachelor['’]?s)\s+)?(?:[Dd]issertation|[Tt]hesis)$")
_EDITION_TAIL_RE = lazy(rf"[.,]\s*{_EDITION_ORDINAL}\s+(?:ed|edn|edition)\.?$")
_MEETING_NAME_RE = lazy(r"\b(?:Science|Sciences|Conference|Meeting|Congress|Symposium|Workshop|Proceedings|Abstracts|"
                        r"Journal|Society|Assembly|Forum|LPSC)\b")
_ABSTRACT_JOURNAL_RE = lazy(r"([A-Z][\w .&]+?)\s+\d+\s*:\s*Abstr")
_BOOK_TAIL_RE = lazy(r",\s*[A-Z][\w .&-]+,\s*[A-Z][\w .]+(?:,\s*[A-Z]{2})?\s*$")  # ("McGraw-Hill", "Lea & Febiger")
_APA_GAP_RE = lazy(r"[\s,;]*+(?:(?:\.\.\.|…)[\s,]*+)?(?:and\s+|&\s*)?")  # (APA 7's "Hensley, K. L., ... & Nadon, N. L."; "&"
# glued to the name, "Lapan, R.T., &Whiston, S. C.")
# a reference manager's "et al." read as one more name, "al, e.", and written back: "…, Parker, K., & al., e. (2006)."
_MANGLED_ETAL: Final = r"&\s*al\.?,\s*e\."
_APA_ETAL_RE = lazy(rf"[\s,]*(?:et\.?\s*(?:al|coll)\.?|(?:and|&)\s+others\b|{_MANGLED_ETAL})")  # ("…, Milner, K., and
# others (2010).")
_APA_YEAR_RE = lazy(rf"(?:,|\.)\s*(?:\({_YEAR}[a-z]?,\s*[^\W\d_]{{3,12}}\.?(?:[{_DASH}/][^\W\d_]{{3,12}}\.?)?(?:\s+\d{{1,2}})?\)|"
                    rf"\(?(?P<y>{_YEAR})[a-z]?\)?)[.,]\s+")  # (APA's date in its parentheses: "Title. (1993, September).")
_TAIL_SPLIT_RE = lazy(r",|\band\b|&")


def expand_pages(first: str, last: Optional[str]) -> Optional[str]:
    """'1677','80' -> '1680'; 'i99','100' -> 'i100'; 'S780','S786' unchanged."""
    if not last:
        return last
    if first.isdigit() and last.isdigit() and first.isascii() and last.isascii():  # the common "1677", "80"
        if len(last) < len(first) and int(first[: len(first) - len(last)] + last) >= int(first):
            return first[: len(first) - len(last)] + last
        return last
    mf = _PAGE_PARTS_RE.fullmatch(first)
    ml = _PAGE_PARTS_RE.fullmatch(last)
    if not mf or not ml:
        return last
    pf, df, _ = mf.groups()
    pl, dl, sl = ml.groups()
    if len(dl) < len(df) and int(df[: len(df) - len(dl)] + dl) >= int(df):
        dl = df[: len(df) - len(dl)] + dl
    return (pl or pf) + dl + sl


_CJK_BLOCK_RE = lazy(
    # (and Korean: "제4권, 제1호, pp.4-8": 권 volume, 호 issue)
    # (輯, a numbered collection, is its volume: "北京仲裁, 第100輯, 2017")
    r"(?:[第제]?\s*(?P<vol>\d{1,4})\s*[卷권輯辑]\s*[,，]?\s*)?(?:[第제]?\s*(?P<issue>\d{1,4})\s*(?:[期호号]|月号)\s*[,，]?\s*)?"
    # (or the volume after the issue: "2017年第5期, 第57卷")
    r"(?:(?<=[期호])\s*[,，]?\s*[第제]\s*(?P<vol2>\d{1,4})\s*[卷권])?"
    r"(?:(?:第|pp?\.?)?\s*(?P<pages>\d{1,6}(?:\s*[-–~]\s*\d{1,6})?)\s*[页頁])?"  # (頁 as Taiwan writes it)
    r"(?<=[卷期页頁권호輯辑号])"  # (one of them at least; "3月号", the March issue, as Japanese and Chinese write it)
    # pages after the issue without "页": "第3期.: 164-175", "第15期, pp.79-80", "제1호, pp.4-8", "第26期 pp.297~314"
    r"(?:(?<=[期호号])(?:\s*[.,，:：]{1,2}\s*|\s+(?=pp?\.))(?:pp?\.?\s*(?P<pages3>\d{1,6}(?:\s*[-–~]\s*\d{1,6})?)|"
    r"(?P<pages2>\d{1,6}\s*[-–~]\s*\d{1,6})))?"  # (one page only after its mark: "1949号, p. 101.")
)


_ROMAN_PAGES_RE = lazy(rf":\s*(?P<pages>[ivxlc]{{1,7}}(?:\s*[{_DASH}]\s*[ivxlc]{{1,7}})?)(?=\.?\s*$|[.;]\s)")


# AMA's newspaper or magazine: "Washington Post. August 12, 2002:A2.", "New York Times. October 25, 1995:A1, A22."
_AMA_DATE_PAGES_RE = lazy(rf"(?<=\.\s)(?P<month>{_MONTH})\s+[0-3]?\d,\s+(?P<year>{_YEAR}):\s*(?P<pages>[A-Z]?\d{{1,4}})"
                          rf"(?P<more>(?:,\s*[A-Z]?\d{{1,4}})*)\.?\s*$")
# AMA's chapter: its publisher, then "; year:pages" ("McGraw-Hill; 2002:93-113.")
_AMA_CHAPTER_PAGES_RE = lazy(rf"(?<=[\w.]);\s*(?P<year>{_YEAR}):\s*(?P<pages>\d{{1,5}}(?:\s*[{_DASH}]\s*\d{{1,5}})?)\.?\s*$")


class _Block(NamedTuple):
    start: int
    end: int
    year: Optional[int]
    year_span: Optional[Span]
    volume: Optional[tuple]
    issue: Optional[tuple]
    supplement: Optional[tuple]
    pages: Optional[tuple]
    month: Optional[str]
    kind: str  # vancouver | volpage | year




def _glued_issue(text: str, start: int, close: int) -> bool:
    """"273(1598):2159": a year-like number in brackets glued to the volume, a colon after
    them, is the issue (rare: checked on the few matches, not in the patterns)."""
    return start > 0 and text[start - 1].isdigit() and text[close + 1:close + 4].lstrip()[:1] == ":"


def _paren_year(text: str):
    """The first "(2011)" that is a year."""
    m = _YEAR_PAREN_RE.search(text)
    while m is not None and _glued_issue(text, m.start(), m.end() - 1):
        m = _YEAR_PAREN_RE.search(text, m.end())
    return m


def _named(m, name):
    """``_group`` for a group the pattern may not have (the last-resort blocks differ in theirs)."""
    return _group(m, name) if name in m.re.groupindex else None


def _group(m, name):
    g = m.group(name)
    if g is None:
        return None
    return (g.strip(), _new(Span, m.span(name)))


def _initials(given: str) -> str:
    """The initials of given names written out: "Markus M. J." -> "MMJ", "M. Cristina" -> "MC"."""
    return "".join(w[0] for w in given.replace(".", " ").split())


def _moved(authors, off: int) -> list:
    """The authors read from a text ``off`` characters further on: their spans moved by ``off``."""
    return [a._replace(span=_new(Span, (a.span.start + off, a.span.end + off))) for a in authors]


def _year_like(s: str) -> bool:
    """Four digits from 1500 to 2099: a number that may be a year rather than a volume or a page."""
    return len(s) == 4 and s.isdigit() and 1500 <= int(s) <= 2099


def _bare_pages_after(text: str, m) -> bool:
    """Whether a page range alone after a comma (_BARE_PAGES_END_RE) follows a journal: not a month's days ("June,
    12-15"), nor years, nor a book's place and publisher before a chapter's pages ("Sunderland, MA: Sinauer, 38–61.",
    "in The World’s Water, Springer, 73–96.")."""
    if ", " not in text[-14:]:
        return False  # (the comma among the text's last characters, blanked trailers counted)
    jn = text[max(text.rfind(". ", 0, m.start()) + 2, text.rfind(", ", 0, m.start() - 2) + 2):m.start()]
    return not _year_like(m.group("fp")) and text[:m.start()].rstrip(" ,").rpartition(" ")[2].rstrip(".") not in \
        _MONTH_WORDS and ":" not in jn and _PUBLISHER_WORDS.search(jn) is None and \
        _IN_BOOK_RE.search(text, 0, m.start()) is None


def _legal_block(text: str) -> Optional[_Block]:
    """A law review's volume, journal and page, as the McGill Guide or the Bluebook print them (the journal's name inside
    the block: read back from between its volume, or its year, and its page)."""
    end = text[-1:]
    if end == ".":
        end = text[-2:-1]
    elif end == " ":
        end = text.rstrip(" .")[-1:]
    if end == ")":
        m = _BLUEBOOK_RE.search(text, max(0, len(text) - 180))  # (its first character a literal: a fast scan)
        if m is not None:
            return _new(_Block, (m.start("vol"), m.end(), int(m.group("year")), _new(Span, m.span("year")),
                                 _group(m, "vol"), _group(m, "issue"), None, _group(m, "pages"), None, "legal"))
    elif end.isdigit() and ") " in text and ('"' in text or "”" in text or "»" in text):
        # (a title's closing quote before the year: the pattern opens with a class of them, which the engine would try
        # at every character of every author-year entry, "… (2010) Title. Journal 10: 2519")
        m = _MCGILL_RE.search(text, max(0, len(text) - 200))
        if m is not None:
            ys = m.start("year") - 1
            return _new(_Block, (ys, m.end(), int(m.group("year")), _new(Span, m.span("year")),
                                 _group(m, "vol"), _group(m, "issue") or _group(m, "nissue"), None, _group(m, "pages"),
                                 None, "legal"))
    return None


def _legal_title_journal(body: str, block: _Block, t, j):
    """A law review's title and journal (``_legal_block``): the journal between the volume (its issue, or the year)
    and the page; the title all that was read before the block."""
    a = block.start
    pe: int = block.pages[1].start if block.pages is not None else block.end  # (a legal block always has its page)
    for f in (block.volume, block.issue):
        if f is not None and f[1].end < pe:
            a = max(a, f[1].end)
    if block.volume is None and block.issue is None and block.year_span is not None and block.year_span.end < pe:
        a = block.year_span.end + 1  # ("(1968) J. Bus. Law p.311": after the year's parenthesis)
    name = body[a:pe]
    js = a + len(name) - len(name.lstrip())
    name = name.strip()
    if name.endswith("p."):
        name = name[:-2].rstrip()
    name = name.rstrip(" ,")
    if t is not None and j is not None and j[1].end <= block.start:
        t = (body[t[1].start:j[1].end], _new(Span, (t[1].start, j[1].end)))  # (a comma piece of the title read as a journal)
    elif t is None and j is not None and j[1].end <= block.start:
        t = j
    return t, ((name, _new(Span, (js, js + len(name)))) if name else None)


def _find_block(text: str, ids_follow: bool = False) -> Optional[_Block]:
    """The year/volume/pages block: the last Vancouver-style one, else a bare volume:pages."""
    if "Art. No" in text or "abstr" in text or "_suppl" in text:
        cm = _COCHRANE_BLOCK_RE.search(text) if "Art. No" in text else None
        if cm is not None:  # Cochrane's own citation: "Cochrane Database of Systematic Reviews 2019, Issue 3. Art. No.:
            # CD012345." (the issue, and the review's number for its pages)
            return _new(_Block, (cm.start(), cm.end(), int(cm.group("year")), _new(Span, cm.span("year")), None,
                                 _group(cm, "issue"), None, _group(cm, "pages"), None, "volpage"))
        am = _ASCO_BLOCK_RE.search(text) if "abstr" in text or "_suppl" in text else None
        if am is not None:  # ASCO's meeting abstracts: "J Clin Oncol 37, 2019 (suppl; abstr 9001)", "J Clin Oncol
            # 2019; 37S: abstr 9001" (the abstract's number for its page)
            ys: Any = "year" if am.group("year") else "year2" if am.group("year2") else "year3" if am.group(
                "year3") else "year4"
            return _new(_Block, (am.start(), am.end(), int(am.group(ys)), _new(Span, am.span(ys)),
                                 _group(am, "vol") or _group(am, "vol2") or _group(am, "vol3") or _group(am, "vol4"), None,
                                 _group(am, "supp") or _group(am, "supp3") or _group(am, "supp4"),
                                 _group(am, "pages") or _group(am, "pages2") or _group(am, "pages3") or _group(am, "pages4"),
                                 None, "volpage"))
    if "rticle" in text or "ARTN" in text:  # "10, article 2", "7(1): Article No. 41", "2012;Article ID 379738"
        art = None
        for art in _ARTICLE_BLOCK_RE.finditer(text):
            pass
        if art is not None:
            ay = art.group("ayear")
            return _new(_Block, (art.start(), art.end(), int(ay) if ay else None, _new(Span, art.span("ayear")) if ay
                                 else None, _group(art, "vol"), _group(art, "issue"), None, _group(art, "pages"), None,
                                 "volpage"))
    lg = _legal_block(text)
    if lg is not None:
        return lg
    best = None
    # (a Vancouver block has ";" or ":" after its year: without them the scan can find nothing)
    # (the year must be followed by ";" or by ":" before "vol(": without either the scan can find nothing)
    for m in _VANC_RE.finditer(text) if ";" in text or ":" in text and (_COLON_VOL_PAREN_RE.search(text) or (
            (kc := text.find(":", len(text) - 20)) > 14 and (not text[kc - 1].isdigit() or text[kc - 2] == " " or text[
                kc - 3] == " ") and _MONTH_PAGES_END_RE.search(text, kc - 14))) else ():  # (the date's year at most 14
    # before the colon, "2021 Sept 15:"; a month before it, "2002 Jun:1-6", or a day, "Jan 5:JCO2001234")
        if (m.group("vol") or m.group("pages") or ";" in m.group(0) or m.group("mpages")) and not (
                m.start() and text[m.start() - 1] in _DASH and text[m.start() - 2:m.start() - 1].isdigit()):
            best = m  # (not the end of a page range before a ";": "Leukemia (2009) 23, 1587–1597;")
    if best is not None:
        m = best
        if not m.group("vol") and not m.group("pages") and text[max(0, m.start() - 2):m.start()] == ", ":
            # "Creation 23(1): 54–55, 2000; creation.com/…": the volume and pages come before the year
            vp = _VOLPAGE_RE.search(text, max(0, m.start() - 40), m.start() - 2)
            if vp is not None and vp.end() == m.start() - 2:
                return _new(_Block, (vp.start(), m.end(), int(m.group("year")), _new(Span, m.span("year")),
                                     _group(vp, "vol"), _group(vp, "issue"), _group(vp, "supp"), _group(vp, "pages"),
                                     None, "volpage"))
        vol: Any
        pages: Any
        vol, pages = _group(m, "vol"), _group(m, "pages") or _group(m, "cpages") or _group(m, "mpages")
        if m.group("npage"):  # (a newspaper's page: its section's letter and number, "A2")
            pages = (m.group("sect") + m.group("npage"), _new(Span, (m.start("sect"), m.end())))  # (its column too)
        if vol is not None and pages is None and not m.group("issue") and not m.group("supp") and \
                _VOL_AS_PAGES_RE.fullmatch(vol[0]):
            vol, pages = None, vol  # "Wildl Soc Bull. 2000;393–399.": no volume, the pages after the year
        end = m.end()
        if pages is None and vol is not None and text[end:end + 1] == ":":
            rp = _ROMAN_PAGES_RE.match(text, end)
            if rp is not None:  # an issue's front matter, paged in roman numerals: "Bioethics. 2002;16(2):iii-v."
                pages, end = (rp.group("pages"), _new(Span, rp.span("pages"))), rp.end("pages")
        return _new(_Block, (m.start(), end, int(m.group("year")), _new(Span, (m.start("year"), m.end("year"))),
                      vol, _group(m, "issue"), _group(m, "supp"), pages, m.group("month"), "vancouver"))
    if "//" in text:
        m = _GOST_BLOCK_RE.search(text, max(0, len(text) - 60))
        if m is not None:  # GOST (Russian): "… // Кардиология. 2010. Т. 50, № 3. С. 45-50."
            return _new(_Block, (m.start(), m.end(), int(m.group("year")), _new(Span, m.span("year")), _group(m, "vol"),
                                 _group(m, "issue"), None, _group(m, "pages"), None, "gost"))
    if "Jg" in text:
        m = _JAHRGANG_RE.search(text)
        if m is not None and (m.group("issue") or m.group("pages")):  # German: "84. Jg. H. 4, S.47", "Jg. 51, Heft 3/2000"
            ys = "year" if m.group("year") else "iyear" if m.group("iyear") and len(m.group("iyear")) == 4 else None
            return _new(_Block, (m.start(), m.end(), int(m.group(ys)) if ys else None, _new(Span, m.span(ys)) if ys else None,
                                 _group(m, "vol") or _group(m, "vol2"), _group(m, "issue"), None, _group(m, "pages"),
                                 None, "volpage"))
    if "In:" in text and ("/" in text or "S." in text):
        ki = text.find("In:")
        m = _HEFT_RE.search(text, ki)
        if m is not None and not text[ki + 3:m.start()].rstrip(" ,.")[-1:].isdigit():
            # German journals after "In:", cited by issue and year ("Heft/Jahr") and pages: "In: Katechetische Blätter
            # 3/1973", "In: Gesamtschul-Informationen 4/1973, S. 147 f.", "In: SchulVerwaltung spezial, (13) H.
            # 3/2011, 39-41"; or by volume, (year) and pages: "In: Italienisch 66 (2011), S. 32-50"
            ys = "year" if m.group("year") else "year2"
            return _new(_Block, (m.start(), m.end(), int(m.group(ys)), _new(Span, m.span(ys)),
                                 _group(m, "vol") or _group(m, "vol2"), _group(m, "issue"), None,
                                 _group(m, "pages") or _group(m, "pages2"), None, "heft"))
    tome = ", t. " in text
    if "ol" in text and ("Vol" in text or "vol" in text) or "v." in text or "Tome " in text or "Bd." in text or \
            ", v" in text or tome:
        # (French "t." for the volume, "Revue de Gascogne, t. XI, 1870", searched as "v.": same length; a "t" among
        # the pattern's first letters would have it tried at every "t" of every entry)
        m = _IEEE_RE.search(text.replace(", t. ", ", v. ") if tome else text)
        if m is not None and (m.group("pages") or m.group("issue") or m.group("pissue") or m.group("year")):
            year = m.group("year")
            vol, issue = _group(m, "vol"), _group(m, "issue") or _group(m, "pissue") or _group(m, "sissue")
            if not vol[0].isdigit() and not vol[0].isalpha() and issue is None:  # (a roman volume: "v. XXIII,")
                # "Vol. 3-4", "v.5-6", "vol. 339-340": a double volume, one number after the other; "vol 79-3": the
                # volume, then its issue
                a, b = _PAGE_DASH_RE.split(vol[0], 1)
                if int(b) != int(a) + 1:
                    vs = vol[1].start
                    vol, issue = (a, _new(Span, (vs, vs + len(a)))), (b, _new(Span, (vol[1].end - len(b), vol[1].end)))
            return _new(_Block, (m.start(), m.end(), int(year) if year else None,
                          _new(Span, (m.start("year"), m.end("year"))) if year else None,
                          vol, issue, None, _group(m, "pages"), None, "ieee"))  # ("vol.159/3810": the issue after a slash)
    no_dot = "no." in text
    if no_dot or "no ." in text:
        m = _PHYS_NO_RE.search(text)
        if m is not None:  # physics: "Phys. Rev. C90no . 6, (2014 )064914", "Grav. 33 ,no .5 ,055008 ( 2016)"
            pages = _group(m, "pages") or _group(m, "pages2")
            ys = "year" if m.group("year") else "year2"
            return _new(_Block, (m.start(), m.end(), int(m.group(ys)), _new(Span, m.span(ys)), _group(m, "vol"),
                                 _group(m, "issue"), None, pages, None, "volpage"))
    if _NO_GATE_RE.search(text) is not None or no_dot and " no. " in text:
        m = _CHICAGO_BLOCK_RE.search(text)
        if m is not None and (m.group("pages") or m.group("year") or m.group("dyear")) and not _year_like(m.group("vol")):
            # ("Travail, 2009, n° 1": a year)
            ys = "year" if m.group("year") else "dyear"
            year = m.group(ys)
            return _new(_Block, (m.start(), m.end(), int(year) if year else None,
                                 _new(Span, m.span(ys)) if year else None,
                                 _group(m, "vol"), _group(m, "issue"), None, _group(m, "pages"), None, "ieee"))
    if "(" in text:
        sci: Any = None
        for m in _SCI_RE.finditer(text):
            if _glued_issue(text, m.start(), text.find(")", m.end("year"))):
                continue
            if sci is not None and (text.find(";", sci[0].end(), m.start()) != -1 or text.rfind(
                    "[", sci[0].end(), m.start()) > text.rfind("]", sci[0].end(), m.start())):
                break  # (a second citation after ";" or a translation's in brackets: "J. Phys. A: Math. Gen. 24, L73
                # (1991); 24, 3311( 1991)", "Zh. Fiz. Khim. 78, 1621 (2004) [Russ.J .Phys .Chem .A 78 ,1423 ( 2004)]")
            w = max(0, m.start() - 12)
            before = text[w:m.start()]
            two = _VOL_PAGE_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()) if "," in before else None
            if two is not None:
                if _ARXIV_NO_RE.match(text, m.end("pages")):
                    continue  # "Astrophys. J. 834, 110( 2017),1611 .03184": volume, page, year, then an arXiv number
                # "American Anthropologist 22,2 (1920): 111–126": Chicago's volume, issue (year): pages
                sci = (m, two.start(1), two.end(1), (two.group(2), _new(Span, (two.start(2), two.end(2)))))
                continue
            v = _SCI_VOL_RE.search(before)
            vi = _SCI_VOL_ISSUE_RE.search(text, max(0, m.start() - 24), m.start()) if v is None and \
                text[:m.start()].rstrip().endswith(")") else None
            if v is not None:
                g = 1 if v.group(1) is not None else 2
                sci = (m, w + v.start(g), w + v.end(g), None)
                vc = _VOL_COLON_ISSUE_RE.search(text, max(0, m.start() - 16), w + v.end(g)) if \
                    text[w + v.start(g) - 2:w + v.start(g)].strip() == ":" else None
                if vc is not None:  # "British Cultures 9: 2 (2002): 135-148": volume, colon, issue, (year): pages
                    sci = (m, vc.start(1), vc.end(1), (vc.group(2), _new(Span, vc.span(2))))
                elif text[w + v.start(g) - 1:w + v.start(g)] == "/":
                    vs = _VOL_SLASH_BEFORE_RE.search(text, max(0, w + v.start(g) - 12), w + v.start(g))
                    if vs is not None:  # "Music Theory Spectrum 33/2 (Fall 2011): 226-28": volume/issue (date): pages
                        sci = (m, vs.start(1), vs.end(1), (text[w + v.start(g):w + v.end(g)],
                                                          _new(Span, (w + v.start(g), w + v.end(g)))))
            elif vi is not None:  # "Geophysics 21 ( 2 )(2014 )379- 392" (Elsevier, as PDF text prints it)
                sci = (m, vi.start(1), vi.end(1), (vi.group(2), _new(Span, (vi.start(2), vi.end(2)))))
            else:
                v = _MLA_VOL_RE.search(before)  # MLA "Novum Testamentum 23.4 (1981): 349–360"
                if v is not None:
                    sci = (m, w + v.start(1), w + v.end(1), (v.group(2), _new(Span, (w + v.start(2), w + v.end(2)))))
        if sci is not None:
            m, vs, ve, mla_issue = sci
            return _new(_Block, (vs, m.end(), int(m.group("year")), _new(Span, (m.start("year"), m.end("year"))),
                          (text[vs:ve], _new(Span, (vs, ve))), mla_issue or _group(m, "issue") or _group(m, "gissue"), None,
                          _group(m, "pages"), None, "sci"))
    k = text.rfind(":", len(text) - 24)  # (AMA's ", 2002:A2" or "; 2002:93-113": a year right before the colon)
    if k > 6 and text[k - 4:k].isdigit() and text[k - 6:k - 4] in (", ", "; "):
        m = _AMA_DATE_PAGES_RE.search(text, max(0, len(text) - 48)) if text[-1:] != ")" else None
        if m is not None:  # AMA's newspaper or magazine, its date then its page: "Washington Post. August 12, 2002:A2."
            return _new(_Block, (m.start(), m.end(), int(m.group("year")), _new(Span, m.span("year")), None, None, None,
                                 (m.group("pages"), _new(Span, (m.start("pages"), m.end("more")))), m.group("month"),
                                 "volpage"))  # (the first page its value, its span the pages after it too: "A1, A22")
        m = _AMA_CHAPTER_PAGES_RE.search(text, max(0, len(text) - 32)) if "In:" in text else None
        if m is not None:  # AMA's chapter, its publisher, year and pages: "In: Vogelstein B, Kinzler KW, eds. The Genetic
            # Basis of Human Cancer. McGraw-Hill; 2002:93-113." (the year is no volume)
            return _new(_Block, (m.start(), m.end(), int(m.group("year")), _new(Span, m.span("year")), None, None, None,
                                 _group(m, "pages"), None, "volpage"))
    vp = None
    search = (_VOLPAGE_SUPP_RE if "Suppl" in text else _VOLPAGE_RE).search
    paren: Any = False  # the entry's "(2011)": (year, end) or None, looked for only when a volume looks like a year
    date_block = None
    m = search(text)
    while m is not None:
        vol_s = m.group("vol")
        if len(vol_s) <= 2 and text[m.start() - 1:m.start()] == " " and _year_like(m.group("pages")) and \
                not m.group("issue") and \
                text[max(0, m.start() - 11):m.start() - 1].rpartition(" ")[2].rstrip(".") in _MONTH_WORDS:
            # a magazine's or a newspaper's date, not a volume and a page: "Publishers Weekly, June 11, 1982, 19.",
            # "Wired, December 18, 2001, http://…" (the page after it, if any: "…, February 11, 2005, A36.")
            # (read only where no block follows: "Reactions of young adults to September 11, 2001. Archives …, 157")
            if date_block is None:
                ms = text.rfind(" ", 0, m.start() - 1) + 1
                dp = _DATE_PAGE_RE.match(text, m.end("pages"))
                date_block = _new(_Block, (ms, dp.end() if dp else m.end("pages"), int(m.group("pages")),
                                           _new(Span, m.span("pages")), None, None, None,
                                           _group(dp, "pages") if dp else None, text[ms:m.start()].strip(), "volpage"))
            m = search(text, m.end("pages"))
            continue
        if _year_like(vol_s) and not m.group("issue") and text[m.end("vol"):m.end("vol") + 1] == ":":
            # (Hindawi numbers volumes by year: "J Allergy 2012:316049"; but after a number and a comma it is the year)
            vb = _VOL_COMMA_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) if \
                text[m.start() - 2:m.start()] == ", " else None
            if vb is not None:  # "Ont. Health Technol. Assess. Ser., 9, 2009: 1–45": the volume, then the year
                return _new(_Block, (vb.start(1), m.end(), int(vol_s), _new(Span, m.span("vol")),
                                     (vb.group(1), _new(Span, vb.span(1))), None, None, _group(m, "pages"), None,
                                     "volpage"))
        elif _year_like(vol_s) and not m.group("issue"):
            if paren is False:
                py = _paren_year(text) if "(" in text else None
                paren = (py.group("year"), py.end()) if py is not None else None
            y0 = None
            if paren is None and m.start() >= 2 and text[m.start() - 1] == " " and text[m.start() - 2].isalpha():
                y0 = _YEAR_BARE_RE.search(text, 0, m.start() - 1)
            if not (paren is not None and paren[0] != vol_s and (
                    m.start() > paren[1] or text[m.end():m.end() + 3].lstrip()[:1] == "(")) and not (
                    y0 is not None and y0.group("year") != vol_s) and not (
                    paren is not None and paren[0] == vol_s and paren[1] > m.end() and
                    text[m.end():paren[1]].strip(" ()") == vol_s and text[m.end("vol"):m.start("pages")].strip() == ","):
                # (nor after an earlier bare year, the journal's name right before it: "LombardoD 2001 Bile salt-dependent
                # lipase … Biochim. Biophys. Acta 1533, 1–28.")
                # (nor before "(2017)" right after its page: JHEP numbers volumes by year and month, "JHEP 1703, 101 (2017)";
                # nor before the same year in parentheses: Hindawi numbers volumes by year, "Adv. High Energy Phys. 2013,
                # 1( 2013).")
                # "2005, 12" is a year, not a volume; what follows it may be the block
                # ("Mol. Ther. 2015, 23, 1416-1417": ACS and MDPI print the year first). But after
                # "(2011)" another year-like number is the volume: "Biochim. Biophys. Acta 1812, 592-601"
                m = search(text, m.end("vol"))
                continue
        if m.start() and (text[m.start() - 1] in _DASH or text[m.start() - 2] in _DASH and text[m.start() - 1] == " " and
                          text[m.start() - 4:m.start() - 3].isdigit()) and _year_like(m.group("pages")) and not (
                m.start() >= 2 and text[m.start() - 2].isdigit() and text[m.end():m.end() + 2].lstrip()[:1] == ","
                and _YEAR_THEN_PAGES_RE.match(text, m.end())
                and _VOL_DASH_BEFORE_RE.search(text, max(0, m.start() - 6), m.start())):  # (but "57-6, 2007, p. 759-774": volume-issue, year)
            m = search(text, m.end())
            continue  # "463-484, 1988": the end of a page range, then the year (not "464-465:320")
        pg = m.group("pages")
        if _year_like(pg) and (not (after_pg := text[m.end():].strip(" .,;)")) or after_pg[0] in "([" and not any(
                ch.isdigit() for ch in after_pg)) and \
                text.find(",", m.end("vol"), m.start("pages")) != -1 and \
                text.find("p", m.end("vol"), m.start("pages")) == -1 and _YEAR_BARE_RE.search(text, 0, m.start("pages")) is None:
            # "ACM SIGPLAN Notices, 27(5), 1992", "New Generation Computing, 1(1), 1983": the entry ends with its only
            # year after the volume's comma; no pages (not "Nano Lett. 2010, 10, 1979": a year came first there); a note
            # may follow it: "Le Médiéviste et l’ordinateur, 44, 2006 (Les systèmes d’information géographique)"
            vb = _VOL_BLANK_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) if \
                text[m.start() - 1:m.start()] == " " and not m.group("issue") else None
            if vb is not None:  # "Appl. Numer. Math., 1 273, 1985.", "Phys. Rev. D 52 4747, 1995.": the volume, a
                # blank, the only page, the year
                return _new(_Block, (vb.start(1), m.end(), int(pg), _new(Span, m.span("pages")),
                                     (vb.group(1), _new(Span, vb.span(1))), None, None, _group(m, "vol"), None,
                                     "volpage"))
            return _new(_Block, (m.start(), m.end(), int(pg), _new(Span, m.span("pages")), _group(m, "vol"),
                                 _group(m, "issue"), _group(m, "supp"), None, None, "volpage"))
        vp = m
        e = m.end()
        # (another block needs a ":" or "," after its volume: with neither left, the search would find nothing)
        m = search(text, e) if text.find(",", e) != -1 or text.find(":", e) != -1 else None
        if m is not None and (text.find(";", e, m.start()) != -1 or text.find("[", e, m.start()) != -1):
            m = None  # (a second citation after ";" or a translation's in brackets: "J. Phys. A: Math. Gen. 24, L73
            # (1991); 24, 3311( 1991)", "Zh. Fiz. Khim. 78, 1621 (2004) [Russ.J .Phys .Chem .A 78 ,1423 ( 2004)]")
    if vp is None and date_block is not None:
        return date_block
    if vp is not None:
        vst: int = vp.start()  # (an int, asked once: the checks below compare and slice with it)
        if vst >= 2 and text[vst - 1] == "/" and text[vst - 2].isdigit() and not vp.group("issue") \
                and not _year_like(vp.group("pages")):  # (a year after it is read below: "5/2, 1964, pp. 154-187")
            vi = _VOL_SLASH_BEFORE_RE.search(text, max(0, vst - 12), vst)
            if vi is not None:  # volume/issue: "Clin Chem 40/2: 245–249", "… Studies 54/1, 172–76" (not an issue pair
                # after its mark: "n° 9/10", "Nr. 34/35")
                return _new(_Block, (vi.start(1), vp.end(), None, None, (vi.group(1), _new(Span, vi.span(1))),
                                     _group(vp, "vol"), None, _group(vp, "pages"), None, "volpage"))
            ip2 = _ISSUE_PAIR_BEFORE_RE.search(text, max(0, vst - 12), vst)
            if ip2 is not None:  # ... an issue pair after its mark, no volume: "Dr. soc., 2008, n° 9/10, pp. 981-985"
                return _new(_Block, (ip2.start(), vp.end(), None, None, None,
                                     (text[ip2.start(1):vp.end("vol")], _new(Span, (ip2.start(1), vp.end("vol")))),
                                     None, _group(vp, "pages"), None, "volpage"))
        if vst >= 2 and (text[vst - 1] == ":" and text[vst - 2].isdigit() or text[
                vst - 2:vst] == ": " and text[vst - 3:vst - 2].isdigit()) and not vp.group("issue"):
            vi = _VOL_COLON_BEFORE_RE.search(text, max(0, vst - 7), vst)
            if vi is not None:  # AWWA: "Jour. AWWA, 75:1: 51": volume, issue, pages, each after a colon; ACM's
                # article number as PLOS prints it: "ACM Computing Surveys 45: 42:1–31"
                return _new(_Block, (vi.start(), vp.end(), None, None, (vi.group(1), _new(Span, vi.span(1))),
                                     _group(vp, "vol"), None, _group(vp, "pages"), None, "volpage"))
        elif vst >= 4 and text[vst - 1] in _DASH and not vp.group("issue"):
            vi = _VOL_COLON_ISSUES_RE.search(text, max(0, vst - 10), vst)
            if vi is not None:  # ... and a double issue: "Water Sci. & Technol., 36:8-9: 289"
                return _new(_Block, (vi.start(), vp.end(), None, None, (vi.group(1), _new(Span, vi.span(1))),
                                     (text[vi.start(2):vp.end("vol")], _new(Span, (vi.start(2), vp.end("vol")))), None,
                                     _group(vp, "pages"), None, "volpage"))
        if not vp.group("issue") and text[vp.end():vp.end() + 3].lstrip(" ")[:1] == ",":
            acs = _ACS_PAGES_RE.match(text, vp.end())
            ap = acs.group("pages") if acs is not None else ""
            if acs is not None and vp.group("pages").isdigit() and len(vp.group("pages")) <= 3 and not (
                    _year_like(ap)):  # (not "12, 34, 2001.")
                # "Biochemistry 1984, 23, 25, 6072-6077": ACS prints volume, issue, pages
                return _new(_Block, (vst, acs.end(), None, None, _group(vp, "vol"), _group(vp, "pages"),
                                     None, _group(acs, "pages"), None, "volpage"))
        pg = vp.group("pages")
        if _year_like(pg) and (
                text[vp.end():vp.end() + 3].lstrip(" ")[:1] in (",", ".") or text[vp.end():vp.end() + 2].lstrip(" ")[:1].isdigit()):
            yp = _YEAR_THEN_PAGES_RE.match(text, vp.end())
            if yp is not None:  # "Speculum, 66, 1991, 27-42.", "6(3), 1993, pp. 141-154", "30(4), 2008. pp. 84-97":
                # volume, year, pages
                vs, vol, iss = vst, _group(vp, "vol"), _group(vp, "issue")
                if vs >= 2 and (text[vs - 1] in _DASH or text[vs - 1] == "/") and text[vs - 2].isdigit() and iss is None:
                    vi = (_VOL_DASH_BEFORE_RE if text[vs - 1] != "/" else _VOL_SLASH_BEFORE_RE).search(
                        text, max(0, vs - 6), vs)
                    ip2 = _ISSUE_PAIR_BEFORE_RE.search(text, max(0, vs - 12), vs) if vi is None and \
                        text[vs - 1] == "/" else None
                    if vi is not None:  # French: "Revue française de science politique, 57-6, 2007, p. 759-774";
                        # German: "Politische Vierteljahresschrift, 5/2, 1964, pp. 154-187"
                        vs, vol, iss = vi.start(), (vi.group(1), _new(Span, vi.span(1))), vol
                    elif ip2 is not None:  # an issue pair after its mark, no volume: "Dr. soc., n° 9/10, 2008, pp. 981"
                        vs, vol, iss = ip2.start(), None, (text[ip2.start(1):vp.end("vol")],
                                                           _new(Span, (ip2.start(1), vp.end("vol"))))
                return _new(_Block, (vs, yp.end(), int(pg), _new(Span, vp.span("pages")), vol,
                                     iss, _group(vp, "supp"), _group(yp, "pages") or _group(yp, "page") or _group(yp, "epage"),
                                     None, "volpage"))
        vs, vol = vst, _group(vp, "vol")
        if vs >= 2 and text[vs - 1] in _DASH and text[vs - 2].isdigit() and not vp.group("issue") and \
                text[vp.end("vol"):vp.start("pages")].strip()[:1] in (":", ","):  # ("Toxicol. Lett. 82–83, 969–974")
            vi = _VOL_DASH_BEFORE_RE.search(text, max(0, vs - 6), vs)
            colon = text[vp.end("vol"):vp.start("pages")].strip()[:1] == ":"
            if vi is not None and vol[0].isdigit() and int(vi.group(1)) < int(vol[0]) and (
                    colon and text[:vi.start()].rstrip(" ,")[-1:].isalpha() or not colon and int(vol[0]) == int(
                        vi.group(1)) + 1 and text[:vi.start()].rstrip(" ")[-1:] in ".abcdefghijklmnopqrstuvwxyz"):
                # (after the journal's name: not "1987, 5-9: 5-7"; before a comma only two volumes that follow each
                # other after an abbreviation or a word: "Toxicol. Lett. 82–83, 969–974", not "0–50,000 years")
                # a double volume before the colon: "Science of The Total Environment 524-525: 269–279"
                vs, vol = vi.start(), (text[vi.start():vp.end("vol")], _new(Span, (vi.start(), vp.end("vol"))))
        issue = _group(vp, "issue")
        if issue is None and (text[vs - 1] == ")" or text[vs - 2] == ")"):
            pv = _PAREN_VOL_BEFORE_RE.search(text, max(0, vs - 8), vs)
            if pv is not None:  # "South African Journal of Philosophy (30)4: 405": the volume in parentheses, the issue
                vs, vol, issue = pv.start(), (pv.group(1), _new(Span, pv.span(1))), vol
        return _new(_Block, (vs, vp.end(), None, None, vol, issue,
                             _group(vp, "supp"), _group(vp, "pages"), None, "volpage"))
    vr = None
    for m in _VOLRANGE_RE.finditer(text, max(0, len(text) - 80)):  # the block closes the entry
        if not (_year_like(m.group("vol")) and not m.group("issue")):
            vr = m
    if vr is not None:
        return _new(_Block, (vr.start(), vr.end(), None, None, _group(vr, "vol"), _group(vr, "issue"), None,
                             _group(vr, "pages"), None, "volpage"))
    m = _IOP_RE.search(text, max(0, len(text) - 40))
    if m is not None and not _year_like(m.group("vol")) and (m.group("issue") or not text[m.start() - 2].isdigit()):
        # (after a year only with its issue: "2014 136(9) 091001", not a date, "[Internet]. 2011 2 22")
        return _new(_Block, (m.start(), m.end(), None, None, _group(m, "vol"), _group(m, "issue"), None,
                             _group(m, "pages"), None, "volpage"))
    m = _VOLDOT_RE.search(text, max(0, len(text) - 50)) if ". " in text else None
    if m is not None and not _year_like(m.group("vol")):
        # linguistics: "Natural Language and Linguistic Theory 7. 217–259.", "Българска реч 19 (2). 5–14"
        return _new(_Block, (m.start(), m.end(), None, None, _group(m, "vol"), _group(m, "issue"), None,
                             _group(m, "pages"), None, "volpage"))
    t = text.rstrip(" .,;:")
    end = t[-1:]
    # (each ends with a number or a parenthesis, with a space or a parenthesis in its last characters: not the
    # run-together "…Emerg Infect Dis201218608614")
    if (end.isdigit() or end == ")") and (" " in t[-14:] or ")" in t[-14:]):
        tail = max(0, len(text) - 60)
        window = text[tail:]
        for mark, rx in _TAIL_BLOCKS:
            # ("@": only where the entry goes on with its identifiers, cut off before this text)
            m = rx.search(text, tail) if (ids_follow if mark == "@" else mark in window or mark == " ") else None
            if m is None:
                continue
            if mark == ", " and (_paren_year(text) is None or not (_capitalised_words(
                    jn := text[text.rfind(". ", 0, m.start()) + 2:m.start()], 6) or _COLON_PAGES_JOURNAL_RE.search(jn.title()))
                                 or ":" in jn or "Press" in jn):  # (or a journal's word in it: "Cardiovascular journal of
                # Africa, 28.")
                continue  # (not a book's place and publisher, then its length: "New York, NY: The Overlook Press, 287.")
            if mark == ". " and (not _capitalised_words(jn := text[text.rfind(". ", 0, m.start()) + 2:m.start()], 6) or
                                 ":" in jn or _PUBLISHER_WORDS.search(jn)):
                continue  # (a journal's name in the sentence before the year: not a title's last words, nor a book's
                # place and publisher, "New York: McGraw-Hill. 2011. 290-298.")
            if mark == " " and (not _capitalised_words(m.group("jn"), 5) or "Abstr" in m.group("jn")):
                continue  # (a journal's capitalised words: not a book's "Modern algebraic theories Chicago Sanborn 273",
                # nor an abstract's number, "Paris Abstr B 64")
            if mark in (":", ",") and not _COLON_PAGES_JOURNAL_RE.search(
                    text[max(0, text.rfind(". ", 0, m.start()), text.rfind(", ", 0, m.start())):m.start()].title()):
                continue  # (a journal's name before the colon, not a book's place or publisher, "Dundee: 154–202", nor a
                # meeting's proceedings, "Proceedings of the Meeting Report Washington, DC, USA 28–29 May: 1–53")
            if mark == "@" and text[max(0, m.start() - 12):m.start()].split()[-1:] and \
                    text[max(0, m.start() - 12):m.start()].split()[-1].rstrip(".") in _MONTH_WORDS:
                continue  # (a day after its month: "Clin Ther 2012 Apr 16. [Epub ahead of print]")
            if rx is _BARE_PAGES_END_RE and not _bare_pages_after(text, m):
                continue
            if mark == "P":
                return _new(_Block, (m.start(), m.end(), None, None, _named(m, "yv") or _named(m, "ya"), None, None,
                                     _named(m, "pages"), None, "volpage"))
            vol = _named(m, "vol")
            if vol is None or not _year_like(vol[0]):
                yr = _named(m, "year")
                return _new(_Block, (m.start("vol") if mark == " " else m.start(), m.end(), int(yr[0]) if yr else None,
                                     yr[1] if yr else None, vol, _named(m, "issue"), None, _named(m, "pages"), None,
                                     "volpage"))
    if "Pages " in text:
        m = _PAGES_IN_RE.search(text)
        if m is not None:  # Chicago and SBL: a chapter's pages before its book, "Pages 250-64 in Rhetoric and …"
            return _new(_Block, (m.start(), m.end("pages"), None, None, None, None, None, _group(m, "pages"), None,
                                 "pagesin"))
    if ", " in text[-16:]:
        m = _YEAR_PAGE_END_RE.search(text, max(0, len(text) - 40))
        if m is not None:  # German law's journals, cited by year and first page: "NJW 1984, 1802.", "MedR 2012, 576-583."
            return _new(_Block, (m.start("year"), m.end(), int(m.group("year")), _new(Span, m.span("year")), None, None,
                                 None, _group(m, "pages"), None, "yearpage"))
        m = _YEAR_PPAGE_END_RE.search(text, max(0, len(text) - 48)) if "In:" not in text and "(ed" not in text else None
        if m is not None:  # ... and French law's, "R.F.D.A., 2008, p. 13", "R.C.J.B., 2012, pp. 185 et s." (not a
            # chapter's book, its place and year: "In: Garrity GM, … (eds), Bergey's Manual …, Springer, New York, 2005,
            # p. 1.")
            return _new(_Block, (m.start("year"), m.end(), int(m.group("year")), _new(Span, m.span("year")), None, None,
                                 None, _group(m, "pages") or _group(m, "pages2"), None, "yearpage"))
    m = _VOL_YEAR_RANGE_RE.search(text)
    if m is not None:  # "American Journal of Physical Anthropology 114 2001 146-155": volume, year, pages, blanks alone
        return _new(_Block, (m.start(), m.end(), int(m.group("year")), _new(Span, m.span("year")), _group(m, "vol"),
                             None, None, _group(m, "pages"), None, "volpage"))
    if text[-1:] in ".．" and "\u3040" <= text[:1]:
        m = _CJK_TAIL_RE.search(text, max(0, len(text) - 24))
        if m is not None:  # Chinese journals as CNKI prints them: "中國中醫基礎醫學雜志. 2001. 6.", "大韓原典醫史學會誌.
            # 12(2). 1999." (a number alone is the issue: most such journals number issues within a year)
            ys = "year" if m.group("year") else "year2" if m.group("year2") else None
            vol, issue = _group(m, "vol"), _group(m, "iss")
            if issue is None:
                vol, issue = None, vol
            return _new(_Block, (m.start() + 1, m.end(), int(m.group(ys)) if ys else None,
                                 _new(Span, m.span(ys)) if ys else None, vol, issue, None, None, None, "volpage"))
    if "页" in text or "頁" in text or "期" in text or "卷" in text or "권" in text or "호" in text or "輯" in text or \
            "辑" in text or "号" in text:
        # Chinese: "第23卷第4期, 第791-795页", "北方文物 3期"
        m = next((c for c in _CJK_BLOCK_RE.finditer(text) if c.end() > c.start()), None)
        if m is not None:
            return _new(_Block, (m.start(), m.end(), None, None, _group(m, "vol") or _group(m, "vol2"), _group(m, "issue"),
                                 None, _group(m, "pages") or _group(m, "pages2") or _group(m, "pages3"), None, "volpage"))
    if "):" in text[-24:] and text.rstrip(" .")[-1:].isdigit():
        m = _MAGAZINE_DATE_PAGES_RE.search(text, max(0, len(text) - 48))
        if m is not None and not text[:m.start()].rstrip()[-1:].isdigit():
            # Chicago's magazine, its date in parentheses and no volume, then the pages: "New York Review of Books (March
            # 1, 1990): 8–12" (no block had been read: the pages were left over)
            return _new(_Block, (m.start(), m.end(), int(m.group("year")), _new(Span, m.span("year")), None, None, None,
                                 _group(m, "pages"), m.group("month"), "volpage"))
    if " p" in text[-20:] and (gp := _GLUED_P_END_RE.search(text, max(0, len(text) - 20))) is not None:
        # a newspaper's page glued to its mark at the end (the pages had been left unread, the mark with them in the title
        # or journal: _GLUED_P_END_RE)
        return _new(_Block, (gp.start(), gp.end(), None, None, None, None, None, _group(gp, "pages"), None, "volpage"))
    return None


_ISSUE_WORDS: Final = frozenset(("Issue", "Isuue", "issue"))
_SERIES_BEFORE_RE = lazy(r",\s*(?:\d{1,2}\s?(?:°|e|ème|d|nd|rd|th|st)\.?\s*(?:série|sér\.|ser\.|[Ss]eries)|n\.\s?s\.)\s*,?\s*$")
# the volume before the number the block read as its volume, which is the issue (_marks_before_block): "Word & World
# XIV:4 (1994), 409-418", "Urban History Review, XVII, 3, 1989, 148-160", "NACADA Journal 25,2: 74-83", "Iconography,
# XXXVI/1-2 (2011)", "vol. 8,1-2: 90-93", "Science, v 33, n 4, p A101-102", "Southern Africa (21)1-2: 78 - 96", "Weekly,
# 28, 3/4 (Jan. 16-23, 1993)" (the date in parentheses had been read as the issue); not a year, "Proc SPIE 2003, 5000:
# 12-19", nor a series' number or letter, "Ser. 2, 1: 686-687", "Ser. C, 278, 129"
_VOL_END_CHARS: Final = "0123456789IVXLC"  # (the last character of a volume before the block's number: a gate for the search)
_ISSUE_MARKS_BEFORE: Final = (" n ", " no ", " n. ", " no. ", " n° ")  # (geology's "v 33, n 4": the issue's mark before the block)
# a double number after its mark, the block's volume its second half: "Annales de Géographie, n° 609-610, pp. 648-650"
_NUMBER_RANGE_BEFORE_RE = lazy(r"(?<![\w.])(?:n°|[Nn]o\.|[Nn]r\.)\s?(?P<first>\d{1,4})[-–]$")
_VOL_BEFORE_ISSUE_RE = lazy(r"(?:(?<=[^\W\d_]\s)|(?<=[^\W\d_],\s)|(?<=[^\W\d_]\.\s)|(?<=\b[Vv]ol\.)|(?<=\b[Vv]ol))"
                            r"(?<!Ser\.\s)(?<!Series\s)(?<!Issue\s)(?<!No\.\s)"
                            r"(?:(?P<vol>(?!(?:1[5-9]|20)\d\d\b)\d{1,4}|[IVXLC]{2,7})(?:,\s?|:|/)(?P<lead>\d{1,3}[-/–])?"
                            r"|[Vv]\.?\s?(?P<vol2>\d{1,4}),\s?n[o°]?\.?\s?|\((?P<vol3>\d{1,4})\)(?P<lead3>\d{1,3}[-/–]))$")


def _marks_before_block(text: str, block: _Block) -> _Block:
    """``block`` (``_find_block``'s, at 8 characters at least into ``text``) with the mark before it that is its own,
    which had closed the title, no journal read before it: Scopus's issue with no volume, as it exports a series'
    number ("…, Special Paper of the Geological Society of America, Issue 465, pp. 609-618, 2010", "Isuue 140": the
    number the issue's), or a journal's numbered series before its volume ("Revue archéologique, 2° série, t. XIV, 1866",
    "The Economic History Review, 2d ser. 10, 1957 15-29", "Acta Univ. Lund, n. s. 21: 1–15")."""
    bs = block.start
    if block.kind == "volpage" and block.issue is None and block.volume is not None and text[bs - 1:bs] == " " and \
            text[bs - 6:bs - 1] in _ISSUE_WORDS and text[bs - 8:bs - 6] == ", ":
        block = block._replace(start=bs - 6, issue=block.volume, volume=None)
        bs = block.start
    # (the two characters before the block, read once: each reading below asks them first, a slice or a search costing
    # more than a character)
    c1 = text[bs - 1] if bs >= 3 else "x"
    c2 = text[bs - 2] if bs >= 3 else "x"
    if bs >= 8 and (sc := text.find(",", max(0, bs - 24), bs)) != -1 and text.find("s", sc, bs) != -1 and \
            (sm := _SERIES_BEFORE_RE.search(text, max(0, bs - 24), bs)) is not None:
        block = block._replace(start=sm.start())
    elif (c1 == "°" or c1 == " " and (c2 == "." or c2 == "°")) and (
            text[bs - 4:bs] == "No. " or text[bs - 3:bs] == "n° " or text[bs - 2:bs] == "n°") and block.kind == "volpage" \
            and block.issue is not None and block.volume is not None and block.volume[0].isdigit() and \
            block.issue[0].isdigit() and int(block.issue[0]) == int(block.volume[0]) + 1 and \
            text[block.volume[1].end:block.volume[1].end + 1] == "-" and block.issue[1].start == block.volume[1].end + 1:
        # a double number after its mark ("Bauwelt, No. 26-27, 2010, 12-19"): one number, as "No. 83" alone is read (it had
        # been read as a volume and its issue)
        block = block._replace(volume=(text[bs:block.issue[1].end], _new(Span, (bs, block.issue[1].end))), issue=None)
    elif (block.kind == "volpage" or block.kind == "sci") and block.issue is None and block.volume is not None and \
            block.volume[1].start == bs and (c1 == "-" or c1 == "–") and block.volume[0].isdigit() and \
            (nr := _NUMBER_RANGE_BEFORE_RE.search(text, max(0, bs - 12), bs)) is not None and \
            int(nr.group("first")) < int(block.volume[0]):
        # (the number whole, as "n° 609" alone is read: the first half had stayed in the journal's name)
        block = block._replace(start=nr.start(), volume=(text[nr.start("first"):block.volume[1].end],
                                                          _new(Span, (nr.start("first"), block.volume[1].end))))
    # (the search only after the separators it ends with, a digit or a Roman numeral's letter before them: a blank alone
    # is no volume's end, save after an issue's mark or a comma, "XVII, 3", "v 33, n 4"; searched at every block, it had
    # cost 3.6% of a parse)
    elif (block.kind == "volpage" or block.kind == "sci") and block.volume is not None and \
            block.volume[1].start == bs and (c1 in ",:/-–" and c2 in _VOL_END_CHARS or c1 == " " and (
                c2 == "," and text[bs - 3] in _VOL_END_CHARS or c2 in "no°." and text.endswith(_ISSUE_MARKS_BEFORE, 0, bs))) and \
            not _year_like(block.volume[0]) and (block.issue is None or any(
                _year_like(w.strip(",.")) for w in block.issue[0].split())) and \
            (vb := _VOL_BEFORE_ISSUE_RE.search(text, max(0, bs - 16), bs)) is not None:
        vgroup = "vol" if vb.group("vol") else "vol2" if vb.group("vol2") else "vol3"  # (a name of its own: mypyc types a
        # local by its first value)
        istart = vb.start("lead") if vb.group("lead") else vb.start("lead3") if vb.group("lead3") else bs
        block = block._replace(start=vb.start(), volume=(vb.group(vgroup), _new(Span, vb.span(vgroup))),
                               issue=(text[istart:block.volume[1].end], _new(Span, (istart, block.volume[1].end))))
    return block


# (_marks_after_block) the pages after the block's "P." or in parentheses
_P_PAGES_AFTER_RE = lazy(rf"(?:\.?\s+P\.\s*(?P<pages>\d{{1,6}}(?:\s*[{_DASH}]\s*\d{{1,6}})?)|\s?\((?P<pages2>\d{{1,6}}\s*[{_DASH}]\s*\d{{1,6}})\))"
                         rf"\.?\s*$")
# the year and the pages after a volume and issue the block read as its volume and pages (French: "Bulletin de
# correspondance hellénique, 83, 1, 1959, p. 288-335.")
_YEAR_P_PAGES_AFTER_RE = lazy(rf",\s*(?P<year>{_YEAR})\s*,\s*pp?\.\s*(?P<pages>\d{{1,6}}(?:\s*[{_DASH}]\s*\d{{1,6}})?)\.?\s*$")
# ... or the page range alone after them (German: "Behindertenpädagogik 31 (1991), 1, 11-25")
_RANGE_AFTER_ISSUE_RE = lazy(rf",\s*(?P<pages>\d{{1,6}}\s*[{_DASH}]\s*\d{{1,6}})\.?\s*$")
# a newspaper's page glued to its mark at the entry's end, a place after it or none: "Lete Raha March 17-23, 2002 p6",
# "‘Estabelecido Programa …’ p7 Maputo", "Tempo (17/11/85) ‘…’ pp1-2"
_GLUED_P_END_RE = lazy(rf"(?<=\s)pp?(?P<pages>\d{{1,5}}(?:\s*[{_DASH}]\s*\d{{1,5}})?)(?:\s+[A-Z][a-z]+)?\.?\s*$")


def _marks_after_block(text: str, block: _Block) -> _Block:
    """``block`` (``_find_block``'s) with what follows it that is its own: the pages after the mark "P." (Russian and East
    European styles, in English) or in parentheses, "Behavioural Brain Research, Vol 250, 2013. P. 91-101.", "…, Vol. 18
    (2017) (1-42)" (they had been left over); the year and pages, or the range, after a number the block read as its
    page, which is the issue: French "…, 83, 1, 1959, p. 288-335.", German "Behindertenpädagogik 31 (1991), 1, 11-25" (the
    issue had been read as the first page)."""
    if block.pages is None and block.volume is not None and (
            text.find(" P.", block.end) != -1 or text[block.end:block.end + 2].lstrip()[:1] == "(") and \
            (pa := _P_PAGES_AFTER_RE.match(text, block.end)) is not None:
        pgroup = "pages" if pa.group("pages") else "pages2"  # (a name of its own: mypyc types a local by its first value)
        return block._replace(end=pa.end(), pages=(pa.group(pgroup), _new(Span, pa.span(pgroup))))
    if block.issue is None and block.pages is not None and block.volume is not None and \
            text[block.end:block.end + 1] == "," and block.pages[0].isdigit() and len(block.pages[0]) <= 2:
        if block.kind == "volpage" and block.year is None and \
                (yp := _YEAR_P_PAGES_AFTER_RE.match(text, block.end)) is not None:
            return block._replace(end=yp.end(), issue=block.pages, pages=(yp.group("pages"), _new(Span, yp.span("pages"))),
                                  year=int(yp.group("year")), year_span=_new(Span, yp.span("year")))
        if block.year is not None and (ra := _RANGE_AFTER_ISSUE_RE.match(text, block.end)) is not None:
            return block._replace(end=ra.end(), issue=block.pages, pages=(ra.group("pages"), _new(Span, ra.span("pages"))))
    return block


# Chicago's magazine: "(March 1, 1990): 8–12", "(June 2019): 34", "(12 May 2003): 4-7" (_find_block)
_MAGAZINE_DATE_PAGES_RE = lazy(
    rf"\((?:(?P<month>{_MONTH})(?:\s+[0-3]?\d)?,?\s+|[0-3]?\d\s+(?P<month2>{_MONTH})\s+)?(?P<year>{_YEAR})\)\s*:\s*"
    rf"(?P<pages>[A-Z]?\d{{1,5}}(?:\s*[{_DASH}]\s*[A-Z]?\d{{1,5}})?)\.?\s*$")


# ---------------------------------------------------------------- authors

_SUFFIX_RE = lazy(r"^(?:Jr|Sr|II|III|IV|2nd|3rd|2d|3d)\.?$")  # (MEDLINE's older "3d": "Gretz HF 3d.")
_PARTICLES = {"de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "van", "von", "le", "la", "st", "ter", "ten", "vander", "mac", "al", "el", "bin", "ibn"}
_ETAL_RE = lazy(r"(?=[eE][tT])\bet\.?\s*(?:al|coll)\b\.?", re.IGNORECASE)  # (French and Italian "et coll." too)
# one Vancouver author: "Weichselbaum RR", "De Ruysscher D", "Blumenschein GR Jr", "Patane' D"
# never an initials-like token; combining accents belong to the word ("Sua\u0301rez", as NFD text prints it)
# (possessive: a blank or a comma follows it in every pattern, so giving back letters never helps a match)
_FAMILY_WORD: Final = r"(?![A-Z]{1,4}(?:\s|$|[,.;:]))[^\W\d_][\w'’\-\u0300-\u036f]*+"
# (a country's or state's code after a publisher's place is no surname: "Oxon, UK E.W. Classey", "Md, USA U.S. Department")
_PLACE_CODES: Final = frozenset(("UK", "US", "USA", "UAE", "NY", "NJ", "MD", "MA", "CA", "DC", "PA", "IL", "TX"))
_PLACE_CODE: Final = rf"(?:{'|'.join(sorted(_PLACE_CODES, key=lambda c: (-len(c), c)))})\b"  # (longest first; sorted: the same text each run)
_VANC_AUTHOR_RE = lazy(
    # (a surname of 2-4 capitals before one or two dotted initials: a list printed in capitals, "MENU M., WOOD R."; or
    # before spaced ones, as GB/T 7714 prints them: "KIM E S")
    rf"(?P<family>(?!{_PLACE_CODE})[A-Z]{{2,4}}(?=\s+(?:[A-Z]\.(?:\s?[A-Z]\.?)?|[A-Z](?:\s[A-Z]){{1,2}})$)|{_FAMILY_WORD}(?:\s+(?!(?:and|et|und)\s){_FAMILY_WORD}){{0,3}}?)\s+(?P<given>[A-Z]{{1,4}}(?:-[A-Z])?|[A-Z]\.(?:\s?-?[A-Z][a-z]?\.){{0,3}}"  # ("J.-F.", "J.-Cl.")
    rf"|[A-Z]\.(?:\s?[A-Z]\.){{0,2}}\s?[A-Z]|[A-Z](?:\s[A-Z]){{1,3}})(?:\s+(?P<suffix>Jr|Sr|II|III|IV|2nd|3rd|2d|3d)\.?)?$"  # (IOP: "Bender C M"; PubMed's "2nd")
)
# one APA author: "Graessl, M.", "Jungkurth, J. K.", "Johnston, R.J., Jr."
# one initials-first author: "K. Miyamichi", "C. Desplan"
_FIRST_INITIALS_RE = lazy(r"(?P<given>(?:[A-Z]\.\s?){1,3})\s*(?P<family>(?:(?:de|del|della|da|di|dos|das|du|van|von|der|den|la|le)\s+)"
                          r"{0,2}[^\W\d_][\w'’\-]+(?:\s+[^\W\d_][\w'’\-]+)?)$")  # (and the particles before the family name:
# "J. de la Fuente", "A. van der Berg")


def _author_from(token: str, start: int) -> Optional[Author]:
    t = token.strip().rstrip(".,;")
    if not t:
        return None
    lead = len(token) - len(token.lstrip())
    span = _new(Span, (start + lead, start + lead + len(t)))
    q = _quick_vancouver(t) if t.isascii() else None
    if q is not None:  # the common "Weichselbaum RR", read without the big pattern (as the list reader reads it)
        return _new(Author, (q[0], q[1], span, "", False))
    m = _VANC_AUTHOR_RE.match(t)
    if m:
        return Author(m.group("family"), m.group("given").replace(".", "").replace(" ", ""), span, m.group("suffix") or "")
    m = _FIRST_INITIALS_RE.match(t)
    if m:
        return Author(m.group("family"), m.group("given").replace(".", "").replace(" ", ""), span)
    # glued "LeeHK", "AdaljaAA": a surname run into its initials
    m = _GLUED_SPLIT_RE.fullmatch(t)
    if m:
        return Author(m.group("family"), m.group("given"), span)
    if t.endswith((" Jr", " Sr")):  # ... and its suffix after a blank: "SmithDL Jr, MattisonJA, …" (PLOS)
        m = _GLUED_SPLIT_RE.fullmatch(t[:-3])
        if m:
            return Author(m.group("family"), m.group("given"), span, t[-2:])
    words = t.split()
    if len(words) >= 2 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
        if len(words) >= 3 or any(len(w) > 3 and w.isupper() for w in words) or any(
            w.lower() in ("group", "committee", "consortium", "investigators", "society", "association",
                          "organization", "collaboration", "network", "team", "council", "board", "panel",
                          "institute", "study", "trial", "program", "programme", "working")
            for w in words
        ):
            return Author(t, "", span, collective=True)
    if len(words) == 1 and (t.isupper() and len(t) > 4 or t[:1].isupper() and len(t) > 1):
        return Author(t, "", span, collective=t.isupper())
    return None


def _unnamed(pattern: str) -> str:
    """``pattern`` with its groups unnamed, to repeat it in one pattern (a name may appear once in a pattern)."""
    return re.sub(r"\?P<\w+>", "", pattern)


# capitals that begin initials ("KuruczÉ"), Cyrillic's among them ("Крушинский Л.В.", "Мурдаров, Владко.")
_UP_EXTRA: Final = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŁŚŠŽČĆŘŻŹŞĞİŐŰȘȚŢĐŇŤĎĽĹŔŃŒĀĂĄĒĖĘĚĪĮŌŪŮŲ\u0400-\u042f"  # (and the
# macrons and ogoneks: "E. Ōsawa", "Ā. Ozols", "Ą")
_APA_PAIR_RE = lazy(
    rf"(?<![\w'’\-\u0300-\u036f])(?P<family>{_FAMILY_WORD}(?:\s+(?!(?:and|et|und)\s){_FAMILY_WORD}){{0,3}}|[A-Z]{{2,4}}(?=,\s[A-Z]\.))(?:\s(?P<fsuffix>Jr|Sr)\.?)?,(?:\s+|(?=[A-Z][a-z]?\.|[A-Z]\s[A-Z]\.))(?P<given>(?:[A-Z]\s(?=[A-Z]\.))?(?:[A-Z{_UP_EXTRA}][a-z]?\.\s?-?){{1,4}}(?:[A-Z](?=\s?[,;&]|\s(?:and|&)\s|\s\(\s*{_YEAR}))?"  # ("S.A and", "C. R, &",
    # "Zalaquett, C. R (2005).")
    # (a short family name in capitals before its initials: "READER, A., NIST, R., BECK, M.")
    # ("Helsen, WF.": initials run together; "Lagnaoui, A, 2004": the last initial's stop left out before the year)
    rf"|[A-Z]{{2,3}}\.(?=[\s,])|[A-Z](?=,\s+{_YEAR}\b|$|,\s(?:&\s?)?[A-Z][a-z]+,\s?[A-Z]\.))"  # (the end: the list cut
    # before its year; or an initial's stop left out before the next name, "Carey, J. C, Dimmitt, C, Hatch,T. A.")
    r"(?:,?\s+(?P<suffix>Jr|Sr|II|III|IV)(?!\w)\.?)?"  # (a suffix, not "Sriram")
    r"(?:\s?(?:v\.|von)(?=,))?"  # (a particle after the initials: "Engelhardt, W. v., Title")
)
_PARTICLE_PREFIX: Final = r"(?:(?:[Dd]e|[Dd]a|[Dd]i|[Dd]u|[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Ll]e|[Ll]a|[Ll]as|[Ll]os|[Dd]os|[Dd]el|[Tt]en|[Tt]er)\s+)*"
_LOW: Final = rf"[^\W\d_A-Z{_UP_EXTRA}]"  # a letter that is not a capital
# (possessive lowercase runs: a capital or a blank follows each)
_GLUED: Final = (  # "TallmonDA", "de SilvaAM", "O'BrienCA", "Ben YahiaS", "RajuKSRK", "EllwoodM. J.", "MammenMPJr"
    rf"{_PARTICLE_PREFIX}(?:[A-Z]{_LOW}++\s+){{0,2}}[A-Z](?:['’][A-Z])?{_LOW}(?:{_LOW}|['’\-])*+(?:[A-Z]{_LOW}++)?"
    rf"(?:(?:[A-Z]\.\s?-?){{1,3}}|[A-Z{_UP_EXTRA}]{{1,4}}(?:-[A-Z]{{1,2}})?)(?:Jr|Sr)?"  # ("ChenI-MA", "Abd El WahedA")
)
# "et al. Title" after the last name (what _LAST_AUTHOR_RE reads for it, without compiling that)
_LEAD_ETAL_END_RE = lazy(r"\s*(?P<a>et\.?\s*(?:al|coll))\.?\s*[.:]\s*")
_CAP_FAMILY_WORD: Final = rf"(?:{_PARTICLE_PREFIX}(?=[A-Z]){_FAMILY_WORD})"  # "Shaw", "de Souza"; never "outbreak"
_LAST_AUTHOR_RE = lazy(
    # the last name of a list and what ends it: "RR. ", "MR: ", "AppersonCS (2008)", "BassilNV 2011",
    # "GuptaP et al. (2013)", "de SilvaAM. ", "Wake MH ( 2003 )", "ROWE M. I. " (a short surname in capitals before
    # dotted initials)
    # (the blanks before it read from their first: a search inside a long run of them starts nowhere else, so it stays
    # linear; the parser matches a piece from its start)
    rf"(?<!\s)\s*(?P<a>(?:(?:(?!{_PLACE_CODE})[A-Z]{{2,4}}(?=\s+[A-Z]\.)|{_FAMILY_WORD}(?:\s+(?!(?:and|et|und)\s){_FAMILY_WORD}){{0,3}}?)\s+(?:[A-Z]\.(?:\s?[A-Z]\.){{1,3}}|[A-Z]{{1,4}}(?:-[A-Z])?|[A-Z]\."
    rf"|[A-Z](?:\s[A-Z]){{1,3}}(?![\w.]))"
    rf"(?:\s+(?:Jr|Sr|II|III|IV|2nd|3rd|2d|3d)(?!\w))?|{_GLUED}|(?:et\.?\s*(?:al|coll))"  # (PubMed's "Eger EI 2nd. Title")
    rf"|{_CAP_FAMILY_WORD}(?=,?\s+et\.?\s*al\b))"  # (a surname alone before "et al": "…, ScurrahM, Alcázar et al. (2012)")
    rf"(?:,?\s+et\.?\s*(?:al|coll))?)\.?\s*(?:[.:]\s*|(?=\(\s*(?:{_YEAR}|in press))|(?={_YEAR}\b)|(?<=\.)\s*(?=[A-Z]))"
)
# after at least one name, the last may run straight into the title: "..., Vorndam AV Rapid detection", "…, DickJE A
# human colon cancer cell …"
_LAST_AUTHOR_BARE_RE = lazy(
    rf"(?<!\s)\s*(?P<a>{_CAP_FAMILY_WORD}(?:\s+{_CAP_FAMILY_WORD}){{0,3}}?\s+[A-Z]{{1,4}}|{_GLUED}|et\.?\s*(?:al|coll))\.?\s+(?=[A-Z0-9][\w-]|A\s[a-z])"
)
# a sole author glued to its initials and run straight into the title: "FelsensteinJ Confidence limits ..."
_SOLE_GLUED_RE = lazy(rf"\s*(?P<a>{_GLUED})\s+(?!(?:Jr|Sr)\b)(?=[A-Z][a-z])")
# (?<!...) at the start: a scan never restarts inside a word, so a long run of glued
# names stays linear instead of quadratic
_NAME_RUN_RE = lazy(rf"(?<![\w'’\-])({_FAMILY_WORD}(?:\s+{_FAMILY_WORD})?)\s+([A-Z]{{1,4}})\b")


_AUTHOR_SEP_RE = lazy(r"(,|;|\band\b|&)")


_AND_LEADS: Final = ("and ", "& ")
_AND_OTHERS_END_RE = lazy(r"[\s,]*(?:and|&)\s+others[\s,.]*$")
_MANGLED_ETAL_END_RE = lazy(rf",?\s*{_MANGLED_ETAL}$")


def _split_authors(seg: str, base: int) -> tuple[list[Author], bool]:
    """Authors of the author segment ``seg`` (at offset ``base`` in the entry)."""
    etal = False
    m = _ETAL_RE.search(seg)
    if m is None and seg[-9:].rstrip(" ,.").endswith(" others"):  # (APA's "…, Milner, K., and others (2010).": the list
        # ends with it)
        m = _AND_OTHERS_END_RE.search(seg)
    if m is None and seg[-2:] == "e." and "al" in seg[-9:]:  # (a reference manager's "et al." written back as a name,
        # "…, Parker, K., & al., e.")
        m = _MANGLED_ETAL_END_RE.search(seg)
    if m:
        etal = True
        seg = seg[: m.start()]
    authors: list[Author] = []
    # APA: "Surname, I., Surname, I. and Surname, I."
    pairs = list(_APA_PAIR_RE.finditer(seg))
    covered = sum(len(p.group(0)) for p in pairs)
    if pairs and covered >= 0.6 * len(seg.strip(" ,.&and")):
        for p in pairs:
            family, start = p.group("family"), p.start()
            if family.startswith(("and ", "& ")):  # "Dressler, B.O. and Schuraytz,B.C."
                cut = family.index(" ") + 1
                family, start = family[cut:].lstrip(), start + cut
            authors.append(Author(family, p.group("given").replace(".", "").replace(" ", ""),
                                  _new(Span, (base + start, base + p.end())), p.group("suffix") or p.group("fsuffix") or ""))
        # trailing initials-first names after "and": "..., K. Miyamichi, and H. Sakano"
        tail = seg[pairs[-1].end():]
        for piece in _TAIL_SPLIT_RE.split(tail):
            a = _FIRST_INITIALS_RE.match(piece.strip().rstrip("."))
            if a:
                off = base + pairs[-1].end() + tail.find(piece)
                authors.append(Author(a.group("family"), a.group("given").replace(".", "").replace(" ", ""),
                                      _new(Span, (off, off + len(piece.strip())))))
        return authors, etal
    pos = 0
    for piece in _AUTHOR_SEP_RE.split(seg):
        if piece in (",", ";", "and", "&"):
            pos += len(piece)
            continue
        if piece.strip():
            if _SUFFIX_RE.match(piece.strip().rstrip(".")) and authors:
                a = authors[-1]
                authors[-1] = a._replace(suffix=piece.strip().rstrip("."))
            else:
                run = list(_NAME_RUN_RE.finditer(piece))
                if len(run) >= 2 and sum(len(r.group(0)) for r in run) >= 0.7 * len(piece.strip()):
                    # space-separated Vancouver names without commas: "Clyne PJ Warr CG Freeman MR"
                    for r in run:
                        authors.append(Author(r.group(1), r.group(2), _new(Span, (base + pos + r.start(), base + pos + r.end()))))
                else:
                    a = _author_from(piece, base + pos)
                    if a is not None:
                        authors.append(a)
        pos += len(piece)
    return authors, etal


# (_author_segment: a Vancouver list's last name in full, given name first, then its stop and a capitalised word)
_LAST_FULL_NAME_RE = lazy(r"\s(?P<given>[A-Z][a-z]{2,})\s(?P<family>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\.\s+(?=[A-Z][a-z])")
# (_author_segment: a person's name, given name first, its family name capitalised or in capitals, then a stop and a quote)
_NAME_STOP_QUOTE_RE = lazy(r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s[A-Z]\.)?\s(?P<fam>(?:[A-Z][a-z]+|[A-Z]{2,})(?:-[A-Z][a-z]+|-[A-Z]{2,})?))"
                           r"\.\s+[\"“]")
_AUTHOR_END_RE = lazy(
    # end of a Vancouver author list: initials (or et al) then ". " or ": "
    # (each word boundary checked after the first letter; a look ahead for a capital or "et" first, which turns
    # every other place away before the branches are tried, and the branches in one list: a quarter of the time)
    r"(?=[A-Z]|et)(?:[A-Z](?<=\b[A-Z])[A-Z]{0,3}+|e(?<=\be)t\.?\s*al|J(?<=\bJ)r|S(?<=\bS)r|I(?<=\bI)I|I(?<=\bI)II|I(?<=\bI)V"
    r"|[A-Z]\.(?:\s?[A-Z]\.)*+)\s*(?:\.|:)\s+(?=\S)"  # (possessive: a stop or a colon, never a capital, follows)
)


_GLUED_SPLIT_RE = lazy(
    rf"(?P<family>{_PARTICLE_PREFIX}(?:(?:[A-Z]{_LOW}+(?:-[A-Z]{_LOW}+)?|St\.|de|da|do|dos|van|von|der|den|del|di|du|le|la)\s+){{0,3}}"
    rf"(?:de|van|von|da|di|du|le|la)?[A-Z](?:['’][A-Z])?{_LOW}(?:{_LOW}|['’\-])*(?:[A-Z]{_LOW}+)?)"
    # ("Pinto de OliveiraCL", "Van Konijnenburg-Van CittertJHA", "St. ClairCC", "deWaardJR")
    rf"(?P<given>(?:[A-Z]\.\s?-?){{1,3}}[A-Z]?|[A-Z{_UP_EXTRA}]{{1,4}}(?:-[A-Z]{{1,2}})?)(?:(?P<suffix>Jr|Sr)\.?)?"  # ("MammenMPJr.",
    # "ChenI-MA", "Abd El WahedA")
)


_ASCII_UPPER: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _quick_glued(core: str) -> Optional[tuple[str, str]]:
    """"SmithJA" (fields tagged without a space) without a regex: a capitalised ASCII word
    and 1-4 capital initials; None: not this simple shape."""
    if not (core.isalpha() and core.isascii()):
        return None
    k = len(core.rstrip(_ASCII_UPPER))  # (ASCII checked above: these are the trailing capitals)
    if not (2 <= k and 1 <= len(core) - k <= 4 and core[0].isupper() and core[1:k].islower()):
        return None
    return core[:k], core[k:]


def _quick_vancouver(core: str) -> Optional[tuple[str, str]]:
    """The common "Hellman S" / "De Ruysscher D" without a regex; None: not this simple shape."""
    sp = core.rfind(" ")
    if sp <= 0:
        return _quick_glued(core) if sp == -1 else None
    given = core[sp + 1:]
    # (initials may be any capital letters: "Lie ØH", "Åberg Å")
    if not (0 < len(given) <= 4 and given.isalpha() and given.isupper()) and not (
            given[1:2] == "-" and 3 <= len(given) <= 5 and given.count("-") == 1 and given.isupper()
            and given.replace("-", "").isalpha()):  # ("Chen Y-CD": hyphenated initials)
        # PubMed's transliterated Russian initials: "Sorokina EIu", "Aleshko-Ozhevskii IuP"
        if not (given.isascii() and given.isalpha() and len(given) <= 6 and given[:1].isupper() and (
                "Iu" in given or "Ia" in given) and given.replace("Iu", "I").replace("Ia", "I").isupper()):
            return None
    family = core[:sp]
    if not family.isascii() and ("\u00ad" in family or "\u2010" in family or "\u2011" in family):
        family = family.replace("\u00ad", "").replace("\u2010", "-").replace("\u2011", "-")  # soft and Unicode hyphens
        if "--" in family:
            family = family.replace("--", "-")
    if " " not in family:  # the common one-word surname, checked without a loop
        if not (family[:1].isupper() or family.lower() in _PARTICLES) or (family.isupper() and len(family) <= 4) and not (
                len(family) >= 2 and len(given) <= 3 and len(family) >= len(given) and family.isalpha() and
                family not in _PLACE_CODES):
            # (a short word in capitals is initials, not a surname, but before initials as short or shorter: the
            # surnames of a list printed in capitals, "KIM JH, PARK SY, LEE K", "GO LL, ROWE MI"; not "JH LEE")
            return None
        if not family.isalpha() and not family.replace("-", "").replace("'", "").replace("’", "").isalpha():
            return None
        return family, given
    words = family.split(" ")
    if len(words) > 3 and not (len(words) <= 5 and words[0] in _PARTICLES):  # (a Portuguese name of five words after its
        # particle: "de Avelar Figueiredo Mafra Magalhães M")
        return None
    for i, w in enumerate(words):
        if not w or not (w[0].isupper() or w.lower() in _PARTICLES) or (w.isupper() and len(w) <= 4) and not (
                i < len(words) - 1 and w.lower() in _PARTICLES):  # (a particle in capitals: "DE HEERING A.")
            return None
        # letters, apostrophes and hyphens only (w starts with a letter, so what is left is never empty)
        if not w.isalpha() and not w.replace("-", "").replace("'", "").replace("’", "").isalpha():
            return None
    return family, given


_VANC_ETAL_RE = lazy(r"(?P<a>.+?)(?<!\s)\s+et\.?\s*(?:al|coll)\.?")  # ((?<!\s): one try per run of blanks, not one per blank)
_SUFFIX_PIECE_RE = lazy(r"\s*(?P<s>Jr|Sr|II|III|IV|2nd|3rd|2d|3d)\.?(?:\s*$|(?P<end>\s+(?=[A-Z]))|(?P<etal>\s+et\.?\s*al\b\.?))")
_BARE_SURNAME: Final = rf"{_PARTICLE_PREFIX}[A-Z]{_LOW}+(?:-[A-Z]{_LOW}+)?"
_BARE_SURNAME_RE = lazy(_BARE_SURNAME)
# (the last name's initials end the list before a title, or before the year: "Neves, N 2011 Using …")
_INITIALS_PIECE_RE = lazy(r"\s*(?P<i>[A-Z]{1,3})(?:\s*$|(?P<end>\.\s+(?=[A-Z])|\.?\s+(?=(?:1[5-9]|20)\d\d[a-z]?\b)))")


_ODD_NAME_WORD_RE = lazy(r"[A-Z][\w'’\-]*\.?|[a-z]{1,3}\.?")  # (a name's words: capitalised, or a particle or initial)


def _odd_name(core: str, head: str, nxt: int, lead: int) -> Optional[Author]:
    """A piece of a Vancouver list that reads as no common name but sits between two names ("Costa D da S", "Webb A a
    R", "Van Konijnenburg-Van CittertJHA", "Levin Sa" before "et al."): read as a name when the piece after it is one.
    None otherwise (a title's words end the list)."""
    words = core.split()
    if not 1 <= len(words) <= 5 or not core[:1].isupper() or any(c.isdigit() for c in core) or not all(
            _ODD_NAME_WORD_RE.fullmatch(w) for w in words) or sum(1 for w in words if len(w) >= 4) > 3:
        return None
    nc = [i for i in (head.find(",", nxt), head.find(";", nxt)) if i != -1]
    after = head[nxt:min(nc) if nc else len(head)].strip()
    if not (_quick_vancouver(after) is not None or after[:2] == "et" and _ETAL_RE.match(after)):
        return None
    fam = [words[0]]
    for w in words[1:]:
        if len(w) >= 3 and w[:1].isupper() and not w.isupper() and not w.endswith("."):
            fam.append(w)
        else:
            break
    given = "".join(w[0] for w in words[len(fam):] if w[:1].isupper())
    family = " ".join(fam)
    g = _GLUED_SPLIT_RE.fullmatch(fam[-1]) if len(fam[-1]) > 3 and fam[-1][-1].isupper() else None
    if g is not None and not given:  # "Van Konijnenburg-Van CittertJHA"
        family, given = " ".join(fam[:-1] + [g.group("family")]), g.group("given")
    return Author(family, given, _new(Span, (lead, lead + len(core))))


def _two_vancouver(core: str) -> Optional[tuple[tuple[str, str], tuple[str, str], int]]:
    """Two Vancouver names of one word each with no comma between them, "Ishizaki S Tabata R": the two and where the
    second starts (less one)."""
    k = core.find(" ", core.find(" ") + 1)
    a, b = _quick_vancouver(core[:k]), _quick_vancouver(core[k + 1:])
    return (a, b, k) if a is not None and b is not None and b[0][:1].isupper() else None  # (not "Costa D da S")


def _spaced_vancouver(core: str) -> Optional[tuple[str, str]]:
    """A Vancouver name whose initials are spaced, after other names in the list: "Gu F X" (read as "Gu FX")."""
    words = core.split(" ")
    k = len(words)
    while k > 1 and len(words[k - 1]) == 1 and words[k - 1].isupper():
        k -= 1
    if len(words) - k < 2 or len(words) - k > 3:
        return None
    return _quick_vancouver(" ".join(words[:k]) + " " + "".join(words[k:]))


def _greedy_authors_end(head: str, first: Optional[tuple] = None, first_end: int = -1) -> Optional[tuple[int, int, list, bool]]:
    """Vancouver lists read name by name: "Duffy MR, Chen TH, Lanciotti RS, Title ...",
    "Hellman S, Weichselbaum RR. Title", "RichardsSL, AppersonCS (2008) Title".
    Returns (end of the list, start of what follows, the authors read, et al) or None."""
    pos = 0
    authors: list[Author] = []
    etal = False
    n = len(head)
    semi = ";" in head
    while pos < n:
        c = head.find(",", pos)
        sc = head.find(";", pos) if semi else -1
        end = c if sc == -1 else sc if c == -1 else min(c, sc)
        m = None if end == -1 else True
        if end == -1:
            end = n
        piece = head[pos:end]
        core = piece.lstrip()
        lead = end - len(core)
        core = core.rstrip()
        if authors and core.startswith(_AND_LEADS):
            # the last name after "and" or "&" and a comma: "Rocha LEC, Liljeros F, and Holme P (2010)" (not a family
            # name "and Holme")
            pos = lead + (4 if core[0] == "a" else 2)
            fi = _IF_NAME_RE.match(head, pos) if head[pos + 1:pos + 2] == "." else None
            if fi is not None and head[fi.end():fi.end() + 1] == "." and _APA_AFTER_IF_RE.match(head, fi.end()):
                # ... initials first, closing the list: "Bernhardt E. S., M. A. Palmer, …, and O. Sudduth. 2005."
                authors.append(Author(fi.group("family"), fi.group("given").replace(".", "").replace(" ", "").replace(
                    "-", ""), _new(Span, (fi.start(), fi.end()))))
                return fi.end(), fi.end() + 1 + len(head[fi.end() + 1:]) - len(head[fi.end() + 1:].lstrip()), authors, etal
            continue
        quick = first if pos == 0 and end == first_end else _quick_vancouver(core)  # (the caller read the first)
        if quick is None and authors and core[-2:-1] == " ":
            quick = _spaced_vancouver(core)
            if quick is None and m is not None and core.count(" ") == 3:
                two = _two_vancouver(core)
                if two is not None:  # two names, the comma between them left out: "…, Ishizaki S Tabata R, Ishii S."
                    k2 = two[2]
                    authors.append(_new(Author, (two[0][0], two[0][1], _new(Span, (lead, lead + k2)), "", False)))
                    quick = two[1]
                    lead += k2 + 1
                    core = core[k2 + 1:]
        if quick is not None:
            authors.append(_new(Author, (quick[0], quick[1], _new(Span, (lead, lead + len(core))), "", False)))
            if m is None:
                return None
            pos = end + 1
            continue
        if not core and authors and m is not None:  # a doubled comma between two names: "Staples JE,, Kubota KA,,"
            pos = end + 1
            continue
        tail = core[-1:]
        if (tail.isupper() or tail == "." or tail == "r" or tail == "d" and (core[-3:] in ("2nd", "3rd") or core[-3:] in (" 2d", " 3d"))) and \
                core.count(" ") < 10:
            # (both end with initials, or Jr/Sr, 2nd/3rd; a name has a few words, a title piece many)
            v = _VANC_AUTHOR_RE.match(core)
            g = None if v else _GLUED_SPLIT_RE.fullmatch(core)
        else:
            v = g = None
        if v or g:
            a: Any = v or g
            authors.append(_new(Author, (a.group("family"), a.group("given").replace(".", "").replace(" ", ""),
                                         _new(Span, (lead, lead + len(core))), a.group("suffix") or "", False)))
            if m is None:
                return None
            pos = end + 1
            continue
        if authors and m is not None:
            fi = _FIRST_INITIALS_RE.fullmatch(core)
            if fi and len(fi.group("family")) > 1 and fi.group("family").split()[-1][:1].isupper():
                # "Coleman B, L. Piponniau, J. Patel, et al.": initials first, inside a Vancouver list
                authors.append(Author(fi.group("family"), fi.group("given").replace(".", "").replace(" ", ""),
                                      _new(Span, (lead, lead + len(core)))))
                pos = end + 1
                continue
            ve = _VANC_ETAL_RE.fullmatch(core)
            if ve:  # "Pei JP et al, Title": et al ends the list, even before a comma
                v2 = _VANC_AUTHOR_RE.match(ve.group("a"))
                if v2:
                    authors.append(Author(v2.group("family"), v2.group("given").replace(".", "").replace(" ", ""),
                                          _new(Span, (lead, lead + len(ve.group("a")))), v2.group("suffix") or ""))
                    return pos + (len(piece) - len(piece.lstrip())) + ve.end(), end + 1, authors, True
        if authors and _ETAL_RE.fullmatch(core):
            etal = True
            if m is None:
                return None
            pos = end + 1
            continue
        if authors and core[1:2] == "." and (fl := _IF_NAME_RE.match(head, lead)) is not None and \
                head[fl.end():fl.end() + 2] == " (" and _YEAR_PAREN_RE.match(head, fl.end() + 1) is not None:
            # the last name initials first, then the year in parentheses: "Lamarque J.F., T. C. Bond, …, D. P. Van
            # Vuuren (2010). Historical …" (it had opened the title)
            authors.append(Author(fl.group("family"), fl.group("given").replace(".", "").replace(" ", ""),
                                  _new(Span, (fl.start(), fl.end()))))
            return fl.end(), fl.end() + 1, authors, etal
        sfx = _SUFFIX_PIECE_RE.match(piece) if authors else None
        if sfx:  # "Mason EO, Jr., Baker CJ" / "Faulconer A, Jr. Title"
            authors[-1] = authors[-1]._replace(suffix=sfx.group("s"))
            if sfx.group("end"):
                stop = pos + sfx.end("s") + (piece[sfx.end("s"):sfx.end("s") + 1] == ".")
                return stop, pos + sfx.end(), authors, etal
            if sfx.group("etal"):  # "…, Yates JR, III et al (2006) Title" (PLOS): et al. after the suffix ends the list
                nxt = pos + sfx.end()
                while nxt < n and head[nxt].isspace():
                    nxt += 1
                return pos + sfx.end("s"), nxt, authors, True
            if m is None:
                return None
            pos = end + 1
            continue
        if m is not None and _BARE_SURNAME_RE.fullmatch(core):
            # "Looger, LL, Sprengel R" / "Khakh, BS. Title": a comma between surname and initials
            nc = [i for i in (head.find(",", end + 1), head.find(";", end + 1)) if i != -1]
            nend = min(nc) if nc else n
            nxt = _INITIALS_PIECE_RE.match(head, end + 1, nend)
            if nxt:
                authors.append(Author(core, nxt.group("i"), _new(Span, (lead, nxt.end("i")))))
                if nxt.group("end"):
                    return nxt.end("i"), nxt.end(), authors, etal
                if nend == n:
                    return None
                pos = nend + 1
                continue
        k = core.find(" and ") if authors else -1
        joint = 5
        if k == -1:  # (or with "&": "Canizares C.R. & Harris D.E., 2002, ApJ, 564, 683", MNRAS; the first two names too)
            k, joint = core.find(" & "), 3
            if k == -1 and (authors or " et " in core):  # (or French "et": "Barrère C., Bonnard Q. et Delaplace M.,
                # 2014, Title"; the first two names, each read as one: "Carrington J.C. et Freed D.D, Journal of …")
                k, joint = core.find(" et "), 4
                if core[k + 4:k + 6] == "al" or core[k + 4:k + 8] == "coll" or not authors and (
                        _quick_vancouver(core[k + 4:]) is None and _VANC_AUTHOR_RE.match(core[k + 4:]) is None):
                    k = -1
            if k == -1 and authors and (k2 := core.find(" and")) > 0 and core[k2 + 4:k2 + 5].isupper() and \
                    core[k2 + 5:k2 + 6].islower():  # (PDF text: "Goßler S andDanzmann K 2012")
                k, joint = k2, 4
        if k > 0 and core.count(" ", 0, k) < 10:  # "Bartal G and Zhang X 2008 Nature 455": IOP joins the last two
            # names with "and" (a name has a few words: a title's " and " is not looked at)
            pair = _quick_vancouver(core[:k]) or (lambda v: v and (v.group("family"), v.group("given")))(
                _VANC_AUTHOR_RE.match(core[:k]))
            if pair:
                authors.append(Author(pair[0], pair[1].replace(".", "").replace(" ", ""), _new(Span, (lead, lead + k))))
                pos = lead + k + joint
                continue
        k = core.find(" (")
        if k > 0 and (core[k + 2:k + 6].isdigit() or core[k + 2:k + 3].isupper() and _MONTH_YEAR_PAREN_RE.match(
                core, k + 2) is not None):  # (Wikipedia: "Jones K (March 2017).")
            q = _quick_vancouver(core[:k])  # "Chen TH (2009) Title" (PLOS): the last name, without the big pattern
            if q is not None:
                authors.append(Author(q[0], q[1], _new(Span, (lead, lead + k))))
                return lead + k, lead + k + 1, authors, etal
        k = piece.find(".")
        if k > 0:  # "Weichselbaum RR. Title": the common last name, read without the big pattern (same result)
            after_dot = piece[k + 1:k + 2]
            nm = piece[:k].strip()
            rest = piece[k + 1:].strip()
            if not authors and m is not None and rest[:1].isupper() and rest.isalpha() and nm[:1].isupper() and \
                    nm[1:nm.find(" ")].islower():
                return None  # a given name, an initial and the family name before a comma: "Joseph A. Kechichian, …"
            q = _quick_vancouver(nm) if " " in nm and after_dot[:1] not in (".", ":") and not (
                piece[k + 1:k + 4].lstrip()[:1].isupper() and piece[k + 1:k + 4].lstrip()[1:2] == ".") else None
            if q is None and authors and nm[-2:-1] == " " and after_dot[:1] not in (".", ":"):
                q = _spaced_vancouver(nm)
            if q is None and len(authors) >= 2 and m is None and " " not in nm and 3 <= len(nm) and nm[:1].isupper() and \
                    nm[1:].islower() and nm.isalpha() and nm not in _COLLECTIVE_LAST_WORDS and after_dot == " " and \
                    piece[k + 2:k + 3].isupper() and piece.count(" ", k + 2) >= 3:
                q = (nm, "")  # the last name without its initials, after Vancouver names: "…, Burkart F, Buhler. Title"
            # (not glued "BhatK. P.", nor "Logan J.A. (1999)": another initial follows)
            if q is not None:
                start = pos + len(piece) - len(piece.lstrip())
                a_end = start + len(nm)
                nxt = pos + k + 1
                while nxt < n and head[nxt].isspace():
                    nxt += 1
                if nxt < n and head[nxt] not in ".:":
                    authors.append(_new(Author, (q[0], q[1], _new(Span, (start, a_end)), "", False)))
                    return a_end, nxt, authors, etal
        # (after the common last names' readings above: most lists end there without this test)
        if authors and core[:1] in "oOfF" and (core[:13].lower() == "on behalf of " or core[:4].lower() == "for "):
            bh = _BEHALF_RE.match(core)
            if bh is not None and bh.group("name")[:1].isupper():  # "…, Harrow S, on behalf of the X investigators. Title"
                authors.append(Author(bh.group("name"), "", _new(Span, (lead + bh.start("name"), lead + bh.end("name"))),
                                      collective=True))
                if bh.end() == len(core) and m is not None:
                    pos = end + 1
                    continue
                return lead + bh.end("name"), lead + bh.end(), authors, etal
        if authors and (core[:1].isupper() or core[:1] in "tof") and _collective_end_word(core):
            # "...; the Italian Multicentre Study (SMIRA) Group. Title", "…, Miller MD; ACCORD Study Group. Title" (NLM),
            # "…, Miller MD, Study 903 Team (2006) Title" (PLOS), "…, Jones K; for the KEYNOTE-189 Investigators. Title"
            # (NEJM)
            lowc = core[:17].lower()  # (the longest lead, "on behalf of the ", whole)
            skip = 0
            for pre in ("on behalf of the ", "on behalf of ", "for the ", "the "):
                if lowc.startswith(pre):
                    skip = len(pre)
                    break
            cm = _LIST_COLLECTIVE_RE.match(core, skip)
            if cm is not None:
                name = cm.group("name")
                authors.append(Author(name, "", _new(Span, (lead + cm.start("name"), lead + cm.end("name"))), collective=True))
                if cm.end() == len(core) and m is not None:
                    pos = end + 1  # (the list goes on after it: "…, van Tulder M, Editorial Board, Cochrane Back
                    continue  # Review Group: Title")
                return lead + cm.end("name"), lead + cm.end(), authors, etal
        if authors and core[:2] == "et":
            le = _LEAD_ETAL_END_RE.match(piece)
            if le is not None:  # "..., Crowley J, et al. The IASLC ...": et al ends the list
                if head[pos + le.end():pos + le.end() + 1] in "oOfF":
                    bh = _BEHALF_RE.match(head, pos + le.end())
                    if bh is not None and bh.group("name")[:1].isupper():  # "…, et al. on behalf of the X Group. Title"
                        authors.append(Author(bh.group("name"), "", _new(Span, bh.span("name")), collective=True))
                        return bh.end("name"), bh.end(), authors, True
                return pos + le.end("a"), pos + le.end(), authors, True
        last = _LAST_AUTHOR_RE.match(piece) or (_LAST_AUTHOR_BARE_RE.match(piece) if authors
                                                 else _SOLE_GLUED_RE.match(piece))
        if last:  # the list ends inside this piece: "Weichselbaum RR. Title", "AppersonCS (2008)"
            name = last.group("a")
            e = _ETAL_RE.search(name)
            if e:
                etal = True
                name = name[: e.start()].rstrip(" ,")
            if name:
                a = _author_from(name, pos + last.start("a"))
                if a is not None:
                    authors.append(a)
            return pos + last.end("a"), pos + last.end(), authors, etal
        if authors and m is not None:
            odd = _odd_name(core, head, end + 1, lead)
            if odd is not None:  # a name of an unusual shape between two names: "Amorim MD, Costa D da S, Krahl DRP"
                authors.append(odd)
                pos = end + 1
                continue
        if authors:  # a piece that is no name: the list ended at the previous separator
            s0 = piece.lstrip()
            if s0[:2] == "& " or s0[:4] == "and ":  # "Sutton S, & Fendorf S (2005) Title": the last name after "&"
                pos += len(piece) - len(s0) + (2 if s0[0] == "&" else 4)
                continue
            cut = max(head.rfind(",", 0, pos), head.rfind(";", 0, pos))
            return (cut, pos, authors, etal) if cut > 0 else None
        return None
    return None


_APA_END_RE = lazy(
    rf"(?:\(\s*(?:{_YEAR}[a-z]?|in press)\s*\)[.:]?|,?\s*{_YEAR}[a-z]?\.)", re.IGNORECASE
)


# what may follow an initials-first name inside an APA list: a separator, "et al", or the year
# (or, for the last name, a stop and the title: "Mayer, C., Gick, B. and E. Ferch. Talking while chewing")
_APA_LAST_VANC_RE = lazy(rf"(?P<family>[A-Z{_UP_EXTRA}][\w'’\-]+(?:\s[A-Z{_UP_EXTRA}][\w'’\-]+)?)\s+(?P<given>(?:[A-Z]\.\s?){{1,3}}|[A-Z]{{1,3}}(?![\w.]))")
_APA_AFTER_IF_RE = lazy(rf"\s*(?:[,;&]|and\b|et\.?\s*(?:al|coll)|(?:\.\s*)?(?:\(\s*)?{_YEAR}[a-z]?\b|\.,?\s+(?=[A-Z][a-z]))")  # (",":
# "Milkereit, B. and A. Davidson., Geoscience impact")


def _apa_authors_end(head: str) -> Optional[tuple]:
    """APA lists: "Lee, M. J., Thangada, S. and Hla, T. (1999). Title", "Borst, P., Title",
    "Le Gros, M.A., et al., Title". The chain of "Family, I." pairs ends the list, with a
    year marker right after it when there is one."""
    end = 0
    pos = len(head) - len(head.lstrip())  # (a list number masked before the names: "7. Yao, L., Y.G. Tak, …")
    names = []  # (match, whether the family name comes first)
    mixed = False  # some names have their initials first
    last_other = None  # (family, given, span, end) of a last name in another form, after "and" or "&"
    while True:
        p: Any = _APA_PAIR_RE.match(head, pos)
        family_first: Any = p is not None
        if p is None and end:
            # CSE and AGU: the names after the first are initials first, "Despins, J. L., and R. C. Axtell. 1994."
            p = _IF_NAME_RE.match(head, pos)
            if p is not None and not _APA_AFTER_IF_RE.match(head, p.end()):
                p = None
            mixed = mixed or p is not None
            if p is None and not ("and" in head[end:pos] or "&" in head[end:pos]):
                # one name in Vancouver's form inside the list, another "Family, I." after it: "Luengo, J., Derrac J.,
                # Garcia, S., …" (anystyle-parser)
                v = _APA_LAST_VANC_RE.match(head, pos)
                if v is not None and head[v.end():v.end() + 1] == "," and (
                        _APA_PAIR_RE.match(head, (g := _APA_GAP_RE.match(head, v.end())).end()) is not None or
                        "and" in g.group(0) and _APA_LAST_VANC_RE.match(head, g.end()) is not None):
                    # (or another in Vancouver's form after "and": "Witten, I. H., Neal R. M., and Cleary J. G.")
                    p, mixed, family_first = v, True, "v"
            if p is None and ("and" in head[end:pos] or "&" in head[end:pos]):
                # the last name in another form after "and" or "&": Vancouver's ("Bigot, T., & Ferrand I. (1998).",
                # "Siebold, F.P. and Zuccarini J. G. 1846.") or written out ("Hendrickson, G. L. & Eugene C.
                # McCartney. 1948.", "… Haycraft, C. J., and Bradley K Yoder (2009).")
                v = _APA_LAST_VANC_RE.match(head, pos)
                if v is not None and _APA_AFTER_IF_RE.match(head, v.end()):
                    last_other = (v.group("family"), v.group("given").replace(".", "").replace(" ", ""),
                                  _new(Span, (v.start(), v.end())), v.end())
                else:
                    fn = _ONE_FULL_NAME_RE.match(head, pos)
                    if fn is not None and _APA_AFTER_IF_RE.match(head, fn.end()):
                        a = _full_name_author(fn.group(0), fn.start())
                        last_other = (a.family, a.given, a.span, fn.end())
                if last_other is not None:
                    mixed = True
                    end = last_other[3]
        if p is None and not end and head[pos:pos + 1].isupper():
            # the first name in Vancouver's form, the others APA's: "Maerz U., Stöffler, D., Title", "Wynn J.C.,
            # Shoemaker, E. M., Title"
            v = _APA_LAST_VANC_RE.match(head, pos)
            if v is not None and head[v.end():v.end() + 1] in (",", ";") and \
                    _APA_PAIR_RE.match(head, _APA_GAP_RE.match(head, v.end()).end()) is not None:
                p, mixed, family_first = v, True, "v"
        if p is None:
            break
        names.append((p, family_first))
        end = p.end()
        pos = _APA_GAP_RE.match(head, end).end()
    if not end:
        return None
    e = _APA_ETAL_RE.match(head, end)
    if e:
        end = e.end()
    y = _APA_END_RE.match(head, end + len(head[end:]) - len(head[end:].lstrip(" ,")))
    nxt = y.end() if y else end + len(head[end:]) - len(head[end:].lstrip(" ,.;:"))
    if not mixed:
        return end, nxt  # (the caller splits a plain APA list)
    authors = [Author(m.group("family"), m.group("given").replace(".", "").replace(" ", "").strip("-"),
                      _new(Span, (m.start("family") if fam_first else m.start("given"), m.end())),
                      "" if fam_first == "v" else m.group("suffix") or (m.group("fsuffix") if fam_first else None) or "")
               for m, fam_first in names]  # (fam_first "v": a Vancouver name, family first, no suffix group)
    if last_other is not None:
        authors.append(Author(last_other[0], last_other[1], last_other[2]))
    return end, nxt, authors, bool(e)


# the words that end a collective author's name ("IASLC Staging Committee", "NCBI Resource Coordinators")
_COLLECTIVE_ENDS: Final = (
    "Committee", "Group", "Consortium", "Collaboration", "Collaborative", "Investigators", "Society", "Association",
    "Organisation", "Organization", "Network", "Panel", "Council", "Institute", "Team", "Programme", "Program",
    "Agency", "Foundation", "Center", "Centre", "Board", "Commission", "Task Force", "Working Party", "Coordinators",
    "Collaborators", "Trialists", "Initiative", "Registry", "Workgroup", "Alliance")
_COLLECTIVE_RE = lazy(
    r"\s*(?P<name>(?:(?:[A-Z][\w&'’\-]*|\([A-Z][\w&'’\-]*\))\s+(?:(?:of|for|on|and|the|de|to|in|against|&)\s+)*){0,8}?"
    rf"(?:{'|'.join(_COLLECTIVE_ENDS)}))[.:]\s+"
)


_COLLECTIVE_LAST_WORDS: Final = frozenset(name.split()[-1] for name in _COLLECTIVE_ENDS)
# a group named after the people in a list: its words may hold numbers ("Study 903 Team"); a stop, a colon, the year in
# parentheses or the list's end after it
_LIST_COLLECTIVE_RE = lazy(
    r"\s*(?P<name>(?:(?:[A-Z][\w&'’\-]*|\d+|\([A-Z][\w&'’\-]*\))\s+(?:(?:of|for|on|and|the|de|to|in|against|&)\s+)*){0,8}?"
    rf"(?:{'|'.join(_COLLECTIVE_ENDS)}))(?:[.:]\s+|\s*(?=\(\s*{_YEAR}\s*\))|\s*$)"
)


# a group the authors wrote for, after the names or their "et al.": "…, Harrow S, et al. on behalf of the SABR-COMET
# investigators. Title", "…, Jones K, for the KEYNOTE-189 Investigators. Title" (its last word in either case)
_BEHALF_RE = lazy(
    r"\s*(?:[Oo]n behalf of|[Ff]or)\s+(?:the\s+)?(?P<name>(?:(?:[A-Z][\w&'’\-]*|\d+|\([A-Z][\w&'’\-]*\))\s+(?:(?:of|for|on|and|the|de|"
    rf"to|in|against|&)\s+)*){{0,8}}?(?:{'|'.join(_COLLECTIVE_ENDS)}|{'|'.join(e.lower() for e in _COLLECTIVE_ENDS)}))(?:[.:]\s+|\s*$)"
)


def _collective_end_word(core: str) -> bool:
    """Whether a group's last word ends the piece's first sentence, or stands before a colon, its year or the piece's
    end ("ACCORD Study Group. Title", "Cochrane Back Review Group: Title", "Study 903 Team (2006)", "Editorial
    Board"): plain string tests, run on every piece that ends a list."""
    for stop in (". ", ": ", " ("):
        k = core.find(stop, 0, 100)  # (a group's name is short)
        if k > 0 and core[:k].rpartition(" ")[2] in _COLLECTIVE_LAST_WORDS:
            return True
    return len(core) < 100 and core.rpartition(" ")[2].rstrip(".:") in _COLLECTIVE_LAST_WORDS


def _collective_word_before_stop(head: str) -> bool:
    """Whether the word before the first stop or colon is one that ends _COLLECTIVE_RE's names (its words hold
    neither, so it can match nowhere else): a substring test where the pattern would scan."""
    d, k = head.find("."), head.find(":")
    i = d if k == -1 or -1 < d < k else k
    if i <= 0:
        return False
    words = head[max(0, i - 40):i].split()
    return bool(words) and words[-1] in _COLLECTIVE_LAST_WORDS


_CAP: Final = rf"[A-Z{_UP_EXTRA}]"
# "V.S. Bhasin", "S.-W. Chou", "Yu. M. Sinyukov", "J. L. Hirshfield", "A. de Roeck", "M .G.Endres"; the last initial's
# stop left out, "H.M Baskonus", "J.J Giambiagi", "Yu.I Manin"; a transliterated initial in capitals, "V. YA. SHTERN";
# "G. 't Hooft"
_IF_NAME_RE = lazy(
    rf"(?P<given>(?:{_CAP}(?:[a-z]|(?<=Y)[AU]|(?<=[CKSZ])H)?\s?\.\s*-?\s*){{1,4}}|(?:[A-Z][a-z]?\.){{1,2}}[A-Z]\s(?=[A-Z][a-z]))"
    rf"(?P<family>(?:['’]t\s)?{_PARTICLE_PREFIX}{_CAP}(?:['’]{_CAP})?"
    rf"(?:{_LOW}[\w'’\-]*(?:\s+(?!Jr\b|Sr\b)(?:(?:degli|della|dei|de|da|di|del|van|von|der|den|du)\s+)?{_CAP}{_LOW}[\w'’\-]*(?![\w'’\-])(?!\.\s*[A-Z][a-z]{{0,9}}\.))?"
    rf"|{_CAP}+(?:-{_CAP}+)?(?:(?<=\bVAN|\bVON|\bDER|\bDEN|\bDEL)\s{_CAP}{{2,}}|(?<=\bDE|\bDA|\bDI|\bDU|\bLE|\bLA)\s{_CAP}{{2,}})?(?!\w)))"
    # "Bhasin", "GIVEN", "Ciofi degli Atti" (not "Bahcall Phys. Rev."), a particle in capitals, "N. VAN HAÏ"
    r"(?:,?\s+(?P<suffix>Jr|Sr)(?!\w)\.?)?"  # "A. A. Alves Jr.", "A. A. Alves, Jr. et al."
)
_ABBREV_AHEAD_RE = lazy(r"[A-Z][a-z]{0,9}\.\s")  # (a journal's first abbreviation: "… and J. Bahcall Phys. Rev. D59")
# (a journal's name in whole words, then its volume: "Nature, 121, 580", "Physical Review 12"; the list is read up to
# its block: the name may end what is read)
_WORDS_THEN_VOLUME_RE = lazy(rf"{_CAP}{_LOW}{{3,}}(?:\s(?:{_CAP}{_LOW}+|of|and|&))*(?:,?\s+\d|[,\s]*$)")
_DOT_SEP_RE = lazy(r"\.\s+")
_IF_SEP_RE = lazy(r"\s*(?:,|;)\s*(?:and\s+|&\s*)?|\s+(?:and|&|et)\s+")
_IF_ETAL_RE = lazy(r"\s*+(?:,\s*+)?(?:et\.?\s*(?:al|coll)\.?|and\s++others\b)")  # (possessive blanks: linear on a run of them)
# ("and others": "G. H. Klem, H. O. Lüders, H. Jasper, C. Elger, and others, “The ten-twenty electrode system …”")


_JOURNAL_FIRST_WORDS: Final = frozenset(("Journal", "Proceedings", "Annals", "Transactions", "Annual", "Bulletin", "Review",
                                  "Revue", "Archives", "Acta", "Advances", "International", "American", "European",
                                  "British", "Zeitschrift", "Physical", "Nature", "Science", "IEEE", "ACM"))


def _title_follows(head: str, pos: int) -> bool:
    """Whether a sentence of title words starts at ``pos`` ("Dynamic patterns of adaptive
    radiation."), not a journal abbreviation ("Phys. A: Math. Gen. 23"); or a title in quotes ('R. M. Karp.
    "Reducibility Among Combinatorial Problems".')."""
    if head[pos:pos + 2].lstrip()[:1] in _OPEN_QUOTES:
        return True
    end = head.find(". ", pos)
    words = head[pos:end if end != -1 else len(head)].split()
    if len(words) < 3:
        # two words of a sentence, then a stop: "N. J. Nilsson. Probabilistic logic. Artificial Intelligence, 28"
        return len(words) == 2 and end != -1 and words[0][:1].isupper() and words[0].isalpha() and len(words[0]) >= 4 \
            and words[1].isalpha() and words[1].islower() and len(words[1]) >= 4
    words = [w.rstrip(",;:") for w in words]
    if any(len(w) >= 4 and w.isalpha() and w.islower() for w in words):
        return True
    # a title in title case: "Hyperdimensional Data Analysis Using Parallel Coordinates.", "On the Complex
    # Backpropagation Algorithm." (not a journal's name: "Journal of Applied Physics 23")
    return sum(1 for w in words if len(w) >= 4 and w.isalpha()) >= 3 and words[0] not in _JOURNAL_FIRST_WORDS


def _initials_first_end(head: str):
    """Lists with the initials first ("V. Arora, I. Mazumdar, V.S. Bhasin, Phys. Rev. C ...",
    "M. T. Batchelor and C. J. Hamer, J. Phys. A ...", "A. G. Riess et al., Astron. J. ..."):
    (end, next, authors, etal, "initials-first") or None. A name must be followed by a
    separator ("," ";" "and" "&" "et al"), except the one after "and", so that a journal
    abbreviation ("J. Phys.") after the list is not read as one more name."""
    lead = len(head) - len(head.lstrip())
    pos = lead
    authors: list = []
    last_and = False
    n = len(head)
    while pos < n:
        m = _IF_NAME_RE.match(head, pos)
        if m is None:
            if last_and and head[pos:pos + 1].isupper() and (fn := _ONE_FULL_NAME_RE.match(head, pos)) is not None and (
                    head[fn.end():fn.end() + 2] == ", " or head[fn.end():fn.end() + 2] == ". " and (
                        _title_follows(head, fn.end() + 1) or _ABBREV_AHEAD_RE.match(head, fn.end() + 2) is not None)) and \
                    fn.group(0).count(" ") == 1:
                # the last name after "and" written out: "H.M. Baskonus, H. Bulut and Abdon Atangana, On the Complex …",
                # "F. Jahanian and Al Mok. Safety analysis of …"
                authors.append(_full_name_author(fn.group(0), fn.start()))
                return fn.end(), fn.end() + 2, authors, False, "initials-first"
            break
        fam_end = m.end()  # (after a suffix: "Alves Jr.")
        after = head[fam_end:fam_end + 1]
        e = _IF_ETAL_RE.match(head, fam_end)
        sep = None if e else _IF_SEP_RE.match(head, fam_end)
        if sep is None and e is None and not authors and after == "." and head[fam_end + 1:fam_end + 2] == " " and \
                (nm := _IF_NAME_RE.match(head, fam_end + 2)) is not None and head.startswith((", ", " and "), nm.end()):
            sep = _DOT_SEP_RE.match(head, fam_end)  # a stop for the first comma (PDF text): "J. C. Leuliet. J. F.
            # Mangonnat and M. Lalande, Etude de …"
        gap = 0
        if after == " " and head[fam_end + 1:fam_end + 3] == ": ":  # a colon set apart: "C. G. Bollini and M. C.
            after, gap = ":", 1  # Rocca : Int. J. of Theor. Phys. 43"
        if e is None and sep is None and not (last_and and after in ".,:") and not (
                last_and and after == " " and _ABBREV_AHEAD_RE.match(head, fam_end + 1)) and not (
                after == "." and _title_follows(head, fam_end + 1)) and not (after == ":" and pos == lead) and not (
                after == " " and head[fam_end + 1:fam_end + 2] == "(" and _YEAR_PAREN_RE.match(head, fam_end + 1)) and not (
                pos == lead and after == "." and head[fam_end + 1:fam_end + 2] == " " and m.group("given").strip() != "J."
                and m.group("family") not in _JOURNAL_LEAD_ABBREVS and _WORDS_THEN_VOLUME_RE.match(head, fam_end + 2)) and not (
                pos == lead and (after == " " or after == "." and head[fam_end + 1:fam_end + 2] == " " and
                                 m.group("given").strip() != "J.") and
                _ABBREV_AHEAD_RE.match(head, fam_end + 1 + (after == "."))):
            # (a sole author before a colon: "T. Endo: J. Phys. Soc. Jpn. 56 (1987) 1684", or before a journal named in
            # words, no title: "N. Bohr. Nature, 121, 580 (1928)", "H. WEIL. Beilstein, 43"; the last name before
            # the year: "V. Faber (1993): Global communication …"; a sole author, then the journal's first
            # abbreviation and no title: "R. Bernabei. Riv. Nuov. Cim. 18", "K. Mannheim Astropart. Phys. 3"; but "J.
            # Cell. Biochem. 90:339" is a journal, no name)
            break
        given = m.group("given").replace(".", "").replace(" ", "")
        authors.append(Author(m.group("family"), given, _new(Span, (m.start(), fam_end)), m.group("suffix") or ""))
        if e is not None:
            nxt = e.end()
            rest = head[nxt:nxt + 3].lstrip()
            if rest[:1] in (",", ":", ";"):
                nxt = head.index(rest[0], nxt) + 1
            while nxt < n and head[nxt].isspace():
                nxt += 1
            return e.end(), nxt, authors, True, "initials-first"
        if last_and or sep is None:
            nxt = fam_end + gap + (1 if after in ".,:" else 0)
            while nxt < n and head[nxt].isspace():
                nxt += 1
            if after == "." and sep is None and (not last_and or _title_follows(head, nxt)):
                return fam_end, nxt, authors, False  # "L. G. Valiant. A Bridging Model …. Communications of the ACM"
            return fam_end, nxt, authors, False, "initials-first"
        last_and = "and" in sep.group(0) or "&" in sep.group(0) or " et " in sep.group(0)
        pos = sep.end()
    if not authors:
        return None
    end = authors[-1].span.end
    nxt = end
    while nxt < n and (head[nxt].isspace() or head[nxt] in ",;:."):
        nxt += 1
    return end, nxt, authors, False, "initials-first"


# Chicago and MLA: the first author surname first with the given name written out, the others given
# name first: "Levitz, Tamara. “Title”", "MONTGUILLON, Dominique. L’offre…", "Perrin, Charles-Edmond.
# Une étape…", "van der Veen, Marijke, and Glynis Jones 2006 A re-analysis…". What follows must be
# a quoted title, a capitalised word after a full stop, or the year.
# (a middle initial with its stop or without: "Campbell, John L, Catherine Corson, Noella J Gray, …")
_CM_GIVEN: Final = rf"{_CAP}{_LOW}+(?:-{_CAP}?{_LOW}+)?(?:\s{_CAP}{_LOW}+)?(?:\s{_CAP}(?:\.|(?=,)))?"  # ("Yao-ming")
_CM_OTHER: Final = rf"{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?(?:\s{_CAP}\.?)?\s{_PARTICLE_PREFIX}{_CAP}{_LOW}[\w'’\-]*"
_CHICAGO_ONE_RE = lazy(
    rf"\s*(?P<family>{_PARTICLE_PREFIX}{_CAP}(?:{_LOW}[\w'’\-]*(?:\s{_CAP}{_LOW}[\w'’\-]*)?|[A-Z{_UP_EXTRA}'’\-]{{2,}}))"
    rf"(?:\s(?:Jr|Sr)\.)?,"  # ("Wimsatt Jr., William Kurtz.")
    rf"\s+(?P<given>{_CM_GIVEN})(?:,\s(?P<sfx>Jr|Sr)(?=[.,]))?"  # ("Ferdon, Edwin N., Jr. "A Mountain Colony …"")
    rf"(?P<more>(?:,?\s+(?:and|&|et|und)\s+{_CM_OTHER}|,\s+{_CM_OTHER}(?=,|\s+(?:and|&)\s|\.\s+[“\"«‘„”]))*)"  # (", Manuel
    # Hurtado and Kevin O. Pope"; or no "and" before the last, a quoted title after it: "Schubert, Peter, Julie Cumming.
    # “Another Lesson …”")
    rf"(?P<etal>,\s+et\s+al(?=\.))?"  # (MLA: "Smith, John, et al. "Title.""
    rf"(?:[.,]\s+(?=[“\"«‘„”]|'[A-Z{_UP_EXTRA}])|\.\s+(?=[A-Z{_UP_EXTRA}])|(?P<dotcomma>\.,\s+(?=[A-Z{_UP_EXTRA}]))|[.,]?\s+(?=\(?{_YEAR}[a-z]?\b|\((?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?{_YEAR}\))"  # ("Jameson, Fredric.
    # 1971b.", "Chapman, Harriet. (12 February 1988).")
    rf"|(?<=[A-Z]\.)\s+(?=[“\"«‘„])|\s+(?=[“«„])"  # ("Jacobs, Donald P. "Title,""; a comma after the stop that closes a list of
    # names: "Kevin O. Pope., Detection of …"; a curly quote or a guillemet after a blank alone: "Mbalose, Doris “Title”")
    rf"|:\s+(?=[“\"«‘„A-Z{_UP_EXTRA}]))"  # ("Catsoulis, Jeanette: "On the Street…"", "Schöler, Jutta: Leistung…")
)
_CM_OTHER_RE = lazy(_CM_OTHER)
# French humanities: the family name, then the initials in parentheses: "Cayot (F.), Les maisons …", "Passard-Urlacher
# (Fr.), Urlacher (J.-P.), Contribution …", "Blancquaert (G.), Deschodt (L.). Le site …"
_PAREN_INITIALS_NAME: Final = rf"(?P<f>{_PARTICLE_PREFIX}{_CAP}[\w'’\-]+(?: {_CAP}[\w'’\-]+)?) \((?P<g>[A-Z][a-z]?\.(?:\s?-?[A-Z][a-z]?\.){{0,3}})\)"
_PAREN_INITIALS_NAME_RE = lazy(_PAREN_INITIALS_NAME)
_PAREN_INITIALS_LIST_RE = lazy(
    rf"\s*(?P<list>{_PAREN_INITIALS_NAME}(?:,\s*{_unnamed(_PAREN_INITIALS_NAME)})*)"
    rf"(?:(?P<comma>,)\s+|\.\s+)(?=[^\W\d_]|[«“\"‘])")


_BRACKET_GROUP_ETAL_RE = lazy(r"\s*\[[^\]\[]{3,80}\],?\s*et\.?\s+al\.?\s*[:.,]?\s*")
_PARTICLE_FIRSTS: Final = frozenset("vdlt")
_TRAILING_PARTICLE_RE = lazy(r",?\s*(?:van\s+de[rn]?|von\s+der|van|von|de\s+la|de|du|da|del|della|di|le|la|ten|ter)\.?"
                             r"(?=,?\s+\(?(?:1[6-9]|20)\d\d)")
_LEAD_ETAL_RE = lazy(r"\s*+(?:,\s*+)?et\.?\s*(?:al|coll)\b\.?\s*+(?:[,:;]\s*+)?")
# "Shen et al., Plant. Mol. Biol.", "Datla R. et al., Biotechnology": a surname (initials optional), then et al.
_SURNAME_ETAL_RE = lazy(
    rf"\s*(?P<f>{_PARTICLE_PREFIX}(?:Mc|Mac)?{_CAP}{_LOW}+(?:[-'’]{_CAP}?{_LOW}+)*(?:\s{_CAP}{_LOW}+(?:[-'’]{_CAP}?{_LOW}+)*)?)"  # never
    # "NakamuraT"; a particle: "von Dullemen, et al., Gastroenterology"
    rf"(?:\s(?P<g>[A-Z]\.?(?:\s?[A-Z]\.?){{0,2}}))?,?"
    r"\s+et\.?\s*(?:al|coll)\b\.?\s*[,:;]?\s*"
)


# ISO 690 as Czech and Slovak theses print it: the first family name in capitals, a comma, the given names; the others
# given names first, family names in capitals; "a" (and) before the last ("a OTHERS": et al.); a comma and the year: "NIELEN, Markus M. J.,
# Dirkjan VAN SCHAARDENBURG, … a Ben A. C. DIJKMANS, 2004. Title", "TAK, Paul P., Peter C. TAYLOR, TJ SMEETS, …"
_ISO_CAPS: Final = rf"[A-Z{_UP_EXTRA}][A-Z{_UP_EXTRA}'’\-]+(?:\.?\s[A-Z{_UP_EXTRA}][A-Z{_UP_EXTRA}'’\-]+)*+"  # ("ST. CLAIR")
_ISO_OTHER: Final = rf"(?:{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?|{_CAP}\.)(?:\s(?:{_CAP}{_LOW}+|{_CAP}(?:\.|(?=\s))))*+\s{_ISO_CAPS}|[A-Z]{{1,3}}\s{_ISO_CAPS}"
# (an initial with no stop inside the given names: "Michael A BOWES", "SMOLEN, Josef S,")
_ISO690_CAPS_RE = lazy(
    rf"\s*(?P<family>{_ISO_CAPS}),\s+(?P<given>{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?(?:\s{_CAP}{_LOW}+)?(?:\s{_CAP}(?:\.|(?=,)))*+)"
    rf"(?P<more>(?:,\s+(?:{_ISO_OTHER}))*(?:,?\s+(?:a|and|et|und|&)\s+(?!OTHERS,)(?:{_ISO_OTHER}|{_ISO_CAPS}))?)"
    rf"(?P<etal>\s+(?:et\sal\.|a\sOTHERS))?,\s+(?={_YEAR}[a-z]?\.)")  # (the generator's "a OTHERS" for "et al."
# after capitalised names, "… Marc FELDMANN a OTHERS, 2005. Title", and a group in capitals last: "… Alan J. SILMAN a
# BRITISH SOCIETY FOR RHEUMATOLOGY BIOLOGICS REGISTER, 2007.")
_ISO690_OTHER_RE = lazy(rf"(?P<g>(?:{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?|{_CAP}\.)(?:\s(?:{_CAP}{_LOW}+|{_CAP}(?:\.|(?=\s))))*+|[A-Z]{{1,3}})"
                        rf"\s(?P<f>{_ISO_CAPS})")


# family name, comma, given names, each name set apart by a semicolon (linguistics, Wikipedia): "Capirci, Olga; Contaldo,
# Annarita; Caselli, M. Cristina; & Volterra, Virginia. 2005. Title", "Davidson, Lloyd A.; Douglas, Kimberly (December 1998)"
_SEMI_FG_NAME: Final = (rf"(?P<f>{_PARTICLE_PREFIX}{_CAP}{_LOW}[\w'’\-]*(?:\s{_CAP}{_LOW}[\w'’\-]*)?),\s"
                 rf"(?P<g>(?:{_CAP}\.\s?)*{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?(?:\s{_CAP}\.)*)")  # (a given name written out:
# with initials alone, "Urfer, D.; Huck, P.M.; & Coffey, B.M., 1997.", the APA reader reads the list)
_SEMI_FG_NAME_RE = lazy(_SEMI_FG_NAME)
_SEMI_FG_LIST_RE = lazy(
    rf"\s*(?P<list>{_SEMI_FG_NAME}(?:;\s+(?:&\s+|and\s+)?{_unnamed(_SEMI_FG_NAME)})+)"
    rf"(?:(?<!\.)\.|(?<=\.)|(?=\s+\())\s*")
# ... or two such names joined by "and" or "&" (CSE, Chicago variants): "Haidt, Jonathan and Graham, Jesse. 2007.",
# "Boyd, Douglas A., and Asi, Morad. "Title"", "Hemwall, Martha and Trachte, Kent C. 2005." (they read as four names);
# or more, commas between them: "Marghalani, Khalid, Palmgreen, Philip, and Boyd, Douglas A. “Title"
_PAIR_FG_LIST_RE = lazy(
    rf"\s*(?P<list>{_SEMI_FG_NAME}(?:,\s+{_unnamed(_SEMI_FG_NAME)})*+,?\s+(?:and|&)\s+{_unnamed(_SEMI_FG_NAME)})"
    rf"(?:[.,]?\s+(?=\(?{_YEAR}\b|[“\"‘'«])|(?:(?<!\.)\.|(?<=\.))\s+(?=[A-Z{_UP_EXTRA}])|[.,]?\s*$)")


def _family_given_names(head: str, end: int) -> list:
    """The names "Family, Given Names" of a list that ends at ``end`` ("Capirci, Olga; Contaldo, Annarita", "Haidt,
    Jonathan and Graham, Jesse")."""
    return [Author(n.group("f"), _initials(n.group("g")), _new(Span, n.span())) for n in _SEMI_FG_NAME_RE.finditer(head, 0, end)]


# given names written out, two or more authors joined by "and": "Micah Hodosh, Peter Young, and Julia
# Hockenmaier. Title" (computer science); the family name is each name's last word
# (each word read one way only: "[A-Z][a-z]*[A-Z]?[a-z]+" split "Sterling" at every letter, and a
# failed list of ten names took 40 s)
# (letters beyond ASCII: "Tristan Hübsch", "Émile Borel")
_FULL_NAME: Final = (rf"(?:[A-Z]\.?\s)?{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?(?:\s[A-Z]\.(?:\s?[A-Z]\.){{0,2}}|\s[A-Z](?![\w.]))?"  # ("Paul M. B.
              # Vitányi", "Ruthven N.A.H. Lewis"; not "MB" undotted: "Waddington JL Schizophrenia, …" is a Vancouver name
              # and a title)
              rf"(?:\s(?:{_CAP}(?:{_LOW}*{_CAP})?{_LOW}+)(?:-{_CAP}{_LOW}+)?){{1,2}}")
# (after the list a stop, or a comma where the last two names are joined: "Tudor Dimofte, Davide Gaiotto,
# and Sergei Gukov, 3-manifolds and 3d indices, Adv. Theor. Math. Phys.")
# (in a list joined by "and", a middle name's two initials may be undotted: "Rudi Cilibrasi and Paul MB Vitányi.", "Adam
# DI Kramer, Jamie E Guillory, and Jeffrey T Hancock.")
_FULL_NAME_AND: Final = _FULL_NAME.replace(r"|\s[A-Z](?![\w.]))?", rf"|\s[A-Z](?![\w.])|\s[A-Z]{{2}}(?=\s{_CAP}{_LOW}+(?:[,.]|$)))?", 1)
# (one family name after them, then the list's comma or stop: not "Lohr JB Oxygen Radicals and Neuropsychiatric Ilness,",
# a Vancouver name and a title)
_FULL_NAMES_RE = lazy(rf"\s*(?P<list>{_FULL_NAME_AND}(?:,\s+{_FULL_NAME_AND})*,?\s+(?:and(?:\s+|(?=[A-Z]))|&\s+){_FULL_NAME_AND})"
                      r"(?:[.,]\s+|\s\.(?=[A-Z]))")  # (PDF text's "…, andEric Lutz .Experimental verification")
_ONE_FULL_NAME_RE = lazy(_FULL_NAME)
_ONE_FULL_NAME_STOP_RE = lazy(rf"\s*(?P<list>{_FULL_NAME})\.\s+")
_ONE_WORD_SENTENCE_RE = lazy(rf"\.\s+{_CAP}{_LOW}+\.\s+(?={_CAP})")  # (". Cherry. S-R Machines")
_OPEN_QUOTES: Final = frozenset("“\"‘«„")
_ONE_FAMILY_RE = lazy(rf"{_CAP}{_LOW}*[’']?{_CAP}?{_LOW}+(?:-{_CAP}{_LOW}+)?")  # ("O’Neill", "Fonlupt-Espéraber")
_PARTICLE_FULL_NAME_RE = lazy(rf"(?P<g>{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?)\s+(?P<f>(?:de|du|da|di|van|von|del|van der|de la)\s+"
                              rf"{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?),\s+(?=[^\W\d_])")
_VOLUME_PLACE_TAIL_RE = lazy(r",\s*(?P<v>\d{1,4}),\s*(?P<pl>[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?)$")
_TITLE_ARTICLES: Final = frozenset(("The", "A", "An", "Le", "La", "Les", "Il", "Lo", "Der", "Die", "Das", "El", "Los", "Las",
                                    "Un", "Une", "Ein", "Eine"))
_FAMILY_THEN_COMMA_RE = lazy(rf"{_CAP}{_LOW}*[’']?{_CAP}?{_LOW}+(?:-{_CAP}{_LOW}+)?,\s")
_ONE_FULL_NAME_COMMA_RE = lazy(rf"\s*(?P<list>{_FULL_NAME}),\s+(?=[^\W\d_])")  # (a title must follow: see _full_names)
# (one name alone before its year: a given name's second part may be lowercase, "Jin-yi Cai (1990)"; not in a list,
# where "Reiter P. Climate Change and Mosquito-borne Disease." would read as two names)
_FULL_NAME_LH = _FULL_NAME.replace(rf"(?:-{_CAP}{_LOW}+)?", rf"(?:-{_CAP}?{_LOW}+)?", 1)
# (a list's names, once the list is read: a middle name's two initials may be undotted there)
_ONE_FULL_NAME_SPLIT_RE = lazy(_FULL_NAME_AND.replace(rf"(?:-{_CAP}{_LOW}+)?", rf"(?:-{_CAP}?{_LOW}+)?", 1))
_ONE_FULL_NAME_SIGNAL_RE = lazy(
    rf"\s*(?P<list>{_FULL_NAME_LH})(?:,\s*(?=[“\"‘«„]|'(?=[A-Z]))|\s+(?=[“«„])|\s*\(\s*{_YEAR}[a-z]?\s*\)\s*[.,:]?\s*|,\s*(?={_YEAR}\b)|:\s+(?:{_YEAR}[a-z]?\s*[.:,]?\s+)?(?={_CAP}))")  # ("Irmtraud Schnell: 2011. Die …", "…: Über",
# "Irmtraud Schnell: 2014 Dank an …")


# the names set apart by " , ", the last one by a comma alone, then the title (the ACM Digital Library's export)
_ACM_NAMES_RE = lazy(rf"\s*(?P<list>{_FULL_NAME}(?: ,\s*{_FULL_NAME})+),\s+(?=[^\W\d_])")


# the same without "and": "Irda Fidrianny, Dian Ayu, Rika Hartati. Antioxidant capacities …" (a title must follow)
_FULL_NAMES_COMMA_RE = lazy(rf"\s*(?P<list>{_FULL_NAME}(?:,\s+{_FULL_NAME})+)(?:(?P<etal>,?\s+et\.?\s+al\.)|\.)\s+")
# (names set apart by commas, then a comma and the title or the journal: "James F. Babb, Renato Higa, Mahir S.
# Hussein, Eur. Phys. J. A 53")
_FULL_NAMES_THEN_COMMA_RE = lazy(rf"\s*(?P<list>{_FULL_NAME}(?:,\s+{_FULL_NAME})+),\s+")


# words of an institution, never of a person's name ("World Health Organization, Regional Office.")
_INSTITUTION_WORD_RE = lazy(
    r"\b(?:Organi[sz]ation|Committee|Group|Association|Society|Institute|Office|Agency|Council|Foundation|"
    r"Cent(?:er|re)|Department|Ministry|University|College|Hospital|Service|Network|Board|Commission|Health|"
    r"National|World|International|Federal|Regional|Programme|Program)\b"
)


def _full_name_author(name: str, start: int) -> Author:
    """A name written given names first ("Paul M. B. Vitányi", "Paul MB Vitányi"): the last word is the family name,
    the others give their initials (an initial group whole: "MB" is M. B.)."""
    words = name.split()
    given = "".join(w.replace(".", "") if w.replace(".", "").isupper() else w[0] for w in words[:-1])
    return Author(words[-1], given, _new(Span, (start, start + len(name))))


def _full_names(head: str, rx=None, people_only: bool = False, journal_may_follow: bool = False):
    """Given names first: "Micah Hodosh, Peter Young, and Julia Hockenmaier." ``journal_may_follow``: a list joined
    by "and" may be followed by a journal's abbreviations and no title (physics)."""
    if rx is None:
        rx = _FULL_NAMES_RE
    m = rx.match(head)
    if m is None:
        return None
    if head[m.end():m.end() + 1] not in ("“", '"', "‘", "«", "„") and not _title_follows(head, m.end()):
        # (a quote opening there begins the title: 'Mark Srednicki, "Entropy and area," Phys. Rev. Lett.')
        # (or a name and a colon, then two words of a sentence: "Wolfgang Jantzen: Definition von Lernbehinderung.")
        stop = head.find(". ", m.end())
        rest = head[m.end():].strip(" ,")
        if not (head[m.end("list"):m.end("list") + 1] == ":" and stop != -1 and len(head[m.end():stop].split()) >= 2) \
                and not (journal_may_follow and "." in rest and _short_abbrevs(rest, 9)):
            # (or the journal's abbreviations and no title: "Mehran Bagheri and Farshad Ebrahimi, Phys. Rev. B 78")
            return None
    if people_only and _INSTITUTION_WORD_RE.search(m.group("list")) or \
            any(w.strip(",") in _DOCUMENT_WORDS for w in m.group("list").split()):
        return None  # (nor a title's words: "Cancer Stat Facts: Lung Cancer. National Cancer Institute. https://…")
    authors = []
    for n in _ONE_FULL_NAME_SPLIT_RE.finditer(m.group("list")):
        authors.append(_full_name_author(n.group(0), m.start("list") + n.start()))
    return m.end("list"), m.end(), authors, bool(m.groupdict().get("etal"))


# "ATLAS Collaboration, Title, Journal": a collaboration named first, then a comma; "ATLAS Collab. (G. Aad et al.),
# Phys. Lett. B 716": a collaboration with its writers in parentheses
_COLLAB_COMMA_RE = lazy(r"\s*(?P<name>(?:[A-Z][\w&'’\-]*,?\s+){1,4}(?:[Cc]ollabo?ration|[Gg]roup)),\s+(?=[A-Z])")  # ("Virgo, LIGO
# Scientific collaboration, B.P. Abbott et al.,", "CKMfitter group, J. Charles et al.,"; and the misspelt "ATLAS
# Collabration, Measurement of …")
_COLLAB_PAREN_RE = lazy(r"\s*(?P<name>(?:[A-Z][\w&'’\-]*\s+){1,4}(?:[Cc]ollaboration|Collab\.|Group))\s*"
                        r"\((?P<people>[A-Z][^()]{2,200})\),?\s+(?=[A-Z])")


_DOTLESS_IF_NAME: Final = r"[A-Z]{1,2}(?:-[A-Z])? " + rf"{_CAP}{_LOW}[\w'’-]*"
_DOTLESS_IF_LIST_RE = lazy(rf"(?P<list>{_DOTLESS_IF_NAME}(?:(?:, (?:and )?| and ){_DOTLESS_IF_NAME})+)(?P<sep>[,:.])\s+")
_DOTLESS_IF_ONE_RE = lazy(rf"(?P<g>[A-Z]) (?P<f>{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?)\.\s+(?={_CAP}{_LOW}+ {_LOW})")  # (not "A Study.",
# "I Remember."; a title of two words at least after it)
_DOTLESS_IF_NAME_RE = lazy(rf"(?P<g>[A-Z]{{1,2}}(?:-[A-Z])?) (?P<f>{_CAP}{_LOW}[\w'’-]*)")
_CAPS_FAMILY_GIVEN_RE = lazy(
    rf"\s*(?P<family>[A-Z{_UP_EXTRA}][A-Z{_UP_EXTRA}'’\-]{{2,}}(?:\s[A-Z{_UP_EXTRA}]{{2,}})?),\s+"
    rf"(?P<given>{_CAP}{_LOW}+(?:[- ]{_CAP}{_LOW}+)?),\s+(?=[^\W\d_]|[„“\"«‘])"
    rf"|\s*(?P<family2>[A-Z{_UP_EXTRA}][A-Z{_UP_EXTRA}'’\-]{{2,}}),\s+(?P<given2>[A-Z{_UP_EXTRA}]{{2,}})\s+(?=[„“\"«])")  # (or both
# in capitals, the title in quotes after them: "RIDLEY, FRANK "Huron and Lalonde Occupations of Ontario". American …")
_FAMILY_GIVEN_COMMA_RE = lazy(rf"\s*(?P<family>{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?),\s+(?P<given>{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+|\s{_CAP}\.)?),\s+"
                              rf"(?={_CAP})")  # ("Cheon, Hyun-Soon, Vom …")
# a journal's series alone, which may follow its name after a comma: "Serie D", "Serien C", "Series A", "New Series",
# "Nouvelle série", "N. S."
_SERIES_ALONE_RE = lazy(r"(?:Seri[ea][sn]?|Series|New Series|Nouvelle [Ss]érie|N\.\s?S\.?)(?:\s+[A-Z0-9]{1,3})?")
# a French list that gives each name as "FAMILY, Given." (_author_segment): one name, its stop and the blanks after it; what
# follows opens with a capital
_CAPS_FG_STOP_RE = lazy(rf"(?P<f>[A-Z{_UP_EXTRA}][A-Z{_UP_EXTRA}'’\-]+(?: [A-Z{_UP_EXTRA}][A-Z{_UP_EXTRA}'’\-]+)?), "
                        rf"(?P<g>{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?)\.\s+(?={_CAP})")
_CAPS_AUTHOR_RE = lazy(r"\s*(?P<name>(?![IVXLC]+\.)[A-Z]{3,}(?:[-'’][A-Z]+)?)\.\s+(?=[A-ZÀ-Ý«\"“])")
# family names alone, "and" before the last, a comma, then a journal's first abbreviation (biology's and patents' short
# citations, no title): "Yamada and Araki, J. Cell Sci. 114: 2375", "Smith, Jones & Brown, Proc. Natl. Acad. Sci. USA";
# or a journal's name, a comma and its volume: "Beavo and Reitsnyder, Trends in Pharm., 11"
_SURNAMES_THEN_JOURNAL_RE = lazy(
    rf"(?P<list>{_BARE_SURNAME}(?:,\s{_BARE_SURNAME})*,?\s(?:and|&)\s{_BARE_SURNAME}),\s+(?=[A-Z][a-z]{{0,9}}\.\s*[A-Z]"
    rf"|[A-Z][\w. ]{{2,48}}?,\s*(?:\d|$))")  # (the list is read up to the block: the volume may be cut off)
# (initials may be spaced: "Lawrie E A and Shirinda O 2010")
_IOP_PAIR_RE = lazy(rf"(?P<a>[A-Z][\w'’-]+ [A-Z](?: ?[A-Z]){{0,2}}) and (?P<b>[A-Z][\w'’-]+ [A-Z](?: ?[A-Z]){{0,2}})(?= {_YEAR}[a-z]?\b)")


_GUILLEMET_JOINERS: Final = frozenset(("et", "and", "&", "und", "y", "e"))
_GUILLEMET_ETAL: Final = frozenset(("coll.", "coll", "al.", "al"))


def _guillemet_authors(head: str, g: int):
    """French and Romance styles: the names, then the title in guillemets ("MICHEL Hélène, « Title »",
    "O’KEEFFE, Jamie, WILLINSKY, John et MAGGIO, Lauren, « Title »", "Joseph Grinnell, « Title »"):
    everything before "«" is the names (no digits, a dozen words at most), read in the form its first
    name shows: family names in capitals, "Family, Given" pairs, or given names first."""
    pre = head[:g].rstrip(" ,")
    words = pre.split()
    if not words or len(words) > 12 or any(ch.isdigit() for ch in pre) or not pre[:1].isupper() or \
            any(w[:1].islower() and w not in _GUILLEMET_JOINERS and w.rstrip(".") not in _PARTICLES and
                w not in _GUILLEMET_ETAL for w in words):
        return None
    if ". " in pre and any(len(w) > 3 and w.endswith(".") for w in words[:-1]):
        return None  # a sentence ends before "«": a title with a quotation in it, not the names
    parts = [p.strip() for p in _GUILLEMET_SPLIT_RE.split(pre) if p.strip()]
    if any(_INITIAL_END_RE.search(p) for p in parts):
        return None  # initials ("DUCLERT V.", "Jaffe A.B., Peterson S.R.", "Smith J"): the other readings know these
    start = len(head) - len(head.lstrip())
    etal = False
    people: list[tuple[str, str]] = []
    first = words[0].strip(",;")
    if len(first) >= 2 and first.replace("’", "").replace("'", "").replace("-", "").isalpha() and first.isupper():
        fam: list[str] = []
        giv: list[str] = []
        for w in words:  # capitals run = a family name; what follows it, its given names
            bare = w.strip(",;")
            if bare in _GUILLEMET_JOINERS:
                continue
            if bare in _GUILLEMET_ETAL:
                etal = True
                continue
            if len(bare) >= 2 and bare.isupper() and any(ch.isalpha() for ch in bare):
                if giv:
                    people.append((" ".join(fam), " ".join(giv)))
                    fam, giv = [], []
                fam.append(bare)
            elif fam:
                giv.append(bare)
        if fam:
            people.append((" ".join(fam), " ".join(giv)))
    else:
        if "," in words[0] or ";" in words[0]:  # "Carvalho, Paulo Archer de", "Silva, Dalva; Bayeux, Gloria"
            for i in range(0, len(parts) - 1, 2):
                people.append((parts[i], parts[i + 1]))
        else:  # given names first: "Michael Watson et Anthony RT Emery"
            for p in parts:
                ws = p.split()
                if ws[-1] in _GUILLEMET_ETAL:
                    etal = True
                    continue
                people.append((ws[-1], " ".join(ws[:-1])))
    if not people:
        return None
    span = _new(Span, (start, start + len(pre.strip())))  # (one span, the names' run, for each name)
    authors = [Author(f, "".join(x[0] for x in gv.replace("-", " ").replace(".", " ").split() if x[:1].isupper()), span)
               for f, gv in people]
    return start + len(pre.strip()), g, authors, etal


_GUILLEMET_SPLIT_RE = lazy(r"\s*(?:[,;]|\s(?:et|and|&|und|y|e)\s)\s*")
_INITIAL_END_RE = lazy(r"(?:^|\s|\.|-)[A-Z][a-z]?\.$|\s[A-Z]{1,3}$")  # a name part ending with initials: "V.", "A.B.", "J.-Cl.", "J"


_SOLE_NO_STOP_RE = lazy(rf"(?P<family>{_CAP}{_LOW}+(?:-{_CAP}{_LOW}+)?) (?P<given>[A-Z]{{2,3}}) (?={_CAP}{_LOW}+ [a-z]{{2,}} )")
_NAME_INITIALS_IN_RE = lazy(rf"\b{_CAP}{_LOW}+ [A-Z]{{1,3}}\b")  # ("… De Biasio F Qiao HL": another author)
# capitals that are no initials: roman numerals, acronyms
_NOT_INITIALS: Final = frozenset(("II", "III", "IV", "VI", "VII", "IX", "XI", "XII", "XV", "XX", "DNA", "RNA", "HIV", "USA"))


# names run together, each family name glued to its dotted initials, then the year in parentheses (Frontiers' mixed
# citations printed without separators): "IlinskayaA.DerseyD.HillS.PrinclerG.HeideckerG. (2013). Title",
# "LagleraL. M.van den BergC. M. G. (2009)", "TingJ. P.-Y.WillinghamS. B. (2008)"
# (each name atomic: a family name and its initials can be told apart one way only)
_GLUED_DOTTED_NAME: Final = (r"(?>(?P<f>(?:(?:van|von|de|der|den|da|di|del|della|du|le|la)\s){0,3}[^\W\d_][\w'’\-]{0,40}?)"
                      r"(?P<g>(?:[A-Z]\.(?:\s?-\s?[A-Z]\.)?\s?){1,4}))")
_GLUED_DOTTED_NAME_RE = lazy(_GLUED_DOTTED_NAME)
_GLUED_SUFFIX_RE = lazy(r"(III|II|IV|Jr|Sr)(?=[A-Z][a-z]|$)")  # (not "IVANOVA")
_GLUED_DOTTED_LIST_RE = lazy(rf"(?P<list>(?:{_unnamed(_GLUED_DOTTED_NAME)}){{2,}}+)(?=\(\s*{_YEAR})")


# what names a document rather than the body that wrote it ("American College of Cardiology Foundation Appropriate
# Use Criteria. …" is a title)
_DOCUMENT_WORDS: Final = frozenset((
    "Guideline", "Guidelines", "Report", "Reports", "Recommendation", "Recommendations", "Statement", "Classification",
    "Standards", "Manual", "Handbook", "Update", "Review", "Survey", "Policy", "Consensus", "Criteria", "Statistics",
    "Bulletin", "Summary", "Facts", "Sheet", "Plan", "Strategy", "Framework", "Toolkit", "Abstracts", "Proceedings",
    "Journal", "Dictionary", "Encyclopedia", "Yearbook", "Atlas"))


_SITE_NAME_RE = lazy(r"[A-Z][A-Za-z-]+\.(?:gov|org|com|net)")
_COUNTRY_TAGS: Final = frozenset(("(US)", "(U.S.)", "(UK)", "(U.K.)", "(USA)", "(Canada)", "(Australia)"))
# the countries and nations whose name ends a public body's or a charity's ("Public Health England", "Cancer Research UK",
# "Health Canada", "NHS Scotland")
_JURISDICTIONS: Final = frozenset(("UK", "England", "Scotland", "Wales", "Ireland", "Canada", "Australia", "Zealand",
                                   "Europe", "Ontario", "Quebec", "India", "Africa"))


_CJK: Final = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"  # kana, ideographs (and their compatibility forms), Hangul
_CJK_NAME: Final = (rf"(?:[{_CJK}]{{2,4}}|[\u3400-\u9fff\uf900-\ufaff](?=\s))"  # (a family name of one character
             rf"(?:\s[{_CJK}]{{1,3}}(?![{_CJK}]))?")  # before a given name: "西 康晴")
# names in Chinese, Japanese or Korean opening an entry: a list joined by commas, closed by a stop, a comma or the year
# in parentheses ("安玲, 張國泰, 楊建宇, 李惠民. 張子和補法…", "刘春, 舞蹈新媒体初探, …"), or one joined by stops before the
# year ("郭春華. 劉小冬. 餘盤滿(2012).", "周向永.趙俊偉.李亞氷, 1996,")
_CJK_COMMA_NAMES_RE = lazy(rf"{_CJK_NAME}(?:\s*[,，、/]\s*{_CJK_NAME}){{0,9}}(?=\s*(?:[.．,，]|\(\s*{_YEAR})|\s+{_YEAR}\b)")
# ... two names at least, the title after a blank ("黃昭明，謝聰烈，魏漢昇 感應馬達之…")
_CJK_LIST_BLANK_RE = lazy(rf"{_CJK_NAME}(?:\s*[,，、]\s*{_CJK_NAME}){{1,9}}(?=\s+[{_CJK}])")
_CJK_DOT_NAMES_RE = lazy(rf"{_CJK_NAME}(?:\s*[.．]\s*{_CJK_NAME}){{1,9}}(?=\s*(?:\(\s*{_YEAR}|[,，]\s*{_YEAR}))")
_CJK_NAME_RE = lazy(_CJK_NAME)
_CYRILLIC_NAME: Final = r"(?P<f>[\u0400-\u042f][\u0430-\u045f]+(?:-[\u0400-\u042f][\u0430-\u045f]+)?)\s+(?P<g>(?:[\u0400-\u042f]\.\s?-?){1,3})"
_CYRILLIC_NAME_RE = lazy(_CYRILLIC_NAME)
_CYRILLIC_NAMES_RE = lazy(rf"(?P<list>{_CYRILLIC_NAME}(?:,\s*{_unnamed(_CYRILLIC_NAME)}){{0,30}})"
                         r"(?:,?\s*(?P<etal>и\s+др\.|et\s+al\.))?\s*(?=[\w«\"„“])")
# a Chinese journal's tail as CNKI prints it: "雜志. 2001. 6.", "學報. 2003. 20(6).", "學會誌. 12(2). 1999."
_CJK_TAIL_RE = lazy(rf"(?<=[{_CJK}])[.．]\s*(?:(?P<year>{_YEAR})[.．]\s*)?(?P<vol>\d{{1,4}})(?:\s*\((?P<iss>\d{{1,3}})\))?"
                    rf"[.．](?:\s*(?P<year2>{_YEAR})[.．])?\s*$")


def _cjk_names(head: str):
    m = _CJK_DOT_NAMES_RE.match(head) or _CJK_COMMA_NAMES_RE.match(head)
    mb = _CJK_LIST_BLANK_RE.match(head) if "，" in head[:40] or "、" in head[:40] or ", " in head[:40] else None
    if mb is not None and (m is None or mb.end() > m.end()):
        m = mb  # (the longer reading: "黃昭明，謝聰烈，魏漢昇 感應…" has three names, not two)
    if m is None:
        return None
    authors = []
    for n in _CJK_NAME_RE.finditer(head, 0, m.end()):
        family, _, given = n.group(0).partition(" ")  # (Japanese: the family name, a blank, the given name)
        authors.append(Author(family, given, _new(Span, n.span()), collective=False))
    nxt = m.end() + len(head[m.end():]) - len(head[m.end():].lstrip(" .．,，"))
    if head[m.end():].lstrip()[:1] == "(":
        nxt = m.end() + len(head[m.end():]) - len(head[m.end():].lstrip())  # (the year in parentheses read after them)
    return m.end(), nxt, authors, False


_DOTTED_COUNTRY_LEADS: Final = ("U.S. ", "U.K. ")


# APA's date after an author: "(2020).", "(2020, May 14).", "(2018, March).", "(n.d.)." (the day: a web page's or a
# newspaper's)
_APA_DATE_RE = lazy(rf"\(\s*(?:{_YEAR}[a-z]?(?:,\s*{_MONTH}(?:\s+(?P<day>[0-3]?\d))?)?|n\.\s?d\.)\s*\)\.\s+")


def _place_and_publisher(m, base: int, spans: dict) -> tuple[str, str]:
    """The place and the publisher ``m`` (a match of _PLACE_PUBLISHER_RE in a piece at ``base``) read, their spans
    recorded in ``spans``."""
    spans["place"] = _new(Span, (base + m.start("place"), base + m.end("place")))
    spans["publisher"] = _new(Span, (base + m.start("pub"), base + m.end("pub")))
    return m.group("place"), m.group("pub")


def _org_lead(head: str):
    """An organisation as the sole author, named first, then a stop and the title (NLM, AMA, UpToDate): "Institute of
    Medicine. Dietary Reference Intakes …", "Society of Critical Care Medicine. Guidelines …", "American College of
    Obstetricians and Gynecologists. ACOG Practice Bulletin …": capitalised words (the small words of names between
    them), an organisation's word among the first three, no initials, no comma before the stop. A second organisation
    after it, its committee, is an author too ("American College of Obstetricians and Gynecologists. Committee on Health
    Care for Underserved Women. Committee opinion no. 518: …", as PubMed lists it)."""
    # (a country's dotted initials open the name: "U.S. Preventive Services Task Force. Lung Cancer: Screening. …")
    d = head.find(". ", 5 if head[:5] in _DOTTED_COUNTRY_LEADS else 0, 120)
    cd = head.find(": ", 8, 120 if d == -1 else d)
    if cd != -1 and head[cd + 2:cd + 3].isupper():
        # (or a colon, F1000Research's mark after the authors: "Expert Committee on Drug Dependence: Cannabidiol (CBD) -
        # Critical review report. World Health Organization: Genf, Schweiz,2018."; not a colon inside the name, read
        # to the stop: "Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group. KDIGO 2012 …")
        org = _org_lead_at(head, cd)
        if org is not None or d == -1:
            return org
    org = _org_lead_at(head, d)
    if org is None and 3 <= d <= 15 and head[:d].isalpha() and head[:1].isupper():
        # a country before its agency, one name (Brazil's and Spain's way): "Brasil. Ministério da Saúde. Política …"
        sub = _org_lead_at(head, head.find(". ", d + 2, d + 122), d + 2)
        if sub is not None:
            org = sub[0], sub[1], [Author(head[:sub[0]], "", _new(Span, (0, sub[0])), collective=True)], False
    for _ in range(3):  # (its divisions, each a sentence opening with an organisation's word: "Ministério da Saúde (BR).
        # Secretaria de Atenção à Saúde. Departamento de Atenção Básica. Envelhecimento e saúde …")
        if org is None or not (head.startswith(_SUBORG_LEADS, org[1]) or _ORG_WORD_RE.match(head, org[1]) is not None):
            break
        sub = _org_lead_at(head, head.find(". ", org[1], org[1] + 120), org[1])
        if sub is None:
            break
        org = sub[0], sub[1], org[2] + sub[2], False
    return org


# the last words of a group that wrote a guideline or a trial's paper, whatever words come before them
_GROUP_NAME_ENDS: Final = ("Work Group", "Working Group", "Writing Group", "Study Group", "Task Force", "Collaborative Group",
                           "Steering Committee", "Writing Committee", "Expert Panel", "Guideline Panel", "Consensus Panel",
                           "Investigators", "Collaborators", "Consortium", "Collaboration")
# the first words of a body inside an organisation, named after it ("… Gynecologists. Committee on Health Care for
# Underserved Women."): a division is looked for only after these or an organisation's word
_SUBORG_LEADS: Final = ("Task Force", "Working Group", "Work Group", "Writing Group", "Expert Panel", "Subcommittee",
                        "Steering Committee", "Section on", "Panel on")


def _org_lead_at(head: str, d: int, s0: int = 0):
    """_org_lead's reading of head[s0:d] as an organisation's name, ``d`` the stop (or colon) after it."""
    nxt = d + 2
    if d > 0 and head[d + 2:d + 3] == "(":
        ad = _APA_DATE_RE.match(head, d + 2)
        if ad is None:
            return None
        nxt = ad.end()  # APA: the date after the organisation, "Centers for Disease Control and Prevention. (2020, May
        # 14). Coronavirus disease 2019 (COVID-19): Symptoms. https://…" (the title after it)
    if d < s0 + 8 or not head[nxt:nxt + 1].isupper() and not head[nxt:nxt + 1].isdigit() or \
            head.find(",", s0, d) != -1 and _ORG_WORD_RE.match(head, s0) is None:
        return None  # (a comma only in a name that opens with an organisation's word: "Ministry of Health, Labour and
        # Welfare."; not a list of names, "Smith J, Jones K.")
    name = head[s0:d]
    lw = name[name.rfind(" ") + 1:]
    land = lw in _JURISDICTIONS and (3 if lw == "UK" else 2) <= name.count(" ") + 1 <= 4  # ("Public Health England",
    # "Cancer Research UK", "Health Canada": a body named by its country, no organisation's word in its name; not a
    # Vancouver name and its initials, "Smith UK")
    if _ORG_WORD_RE.search(name) is None and not name.endswith((".gov", ".org", ".com", ".net")) and not land:
        return None  # (the cheapest test first: most entries read here open with a person's name or a title)
    words = name.split()
    if len(words) == 1 and _SITE_NAME_RE.fullmatch(words[0]):  # a registry's site: "ClinicalTrials.gov. A Study of …"
        start = s0 + len(name) - len(name.lstrip())
        return start + len(words[0]), d + 2, [Author(words[0], "", _new(Span, (start, start + len(words[0]))),
                                                     collective=True)], False
    if words and words[-1] in _COUNTRY_TAGS:
        words = words[:-1]  # "National Library of Medicine (US). A Study …" (AMA and NLM, for ClinicalTrials.gov)
    lead = 1 if words and words[0] + " " in _DOTTED_COUNTRY_LEADS else 0
    acr_org = len(words) >= 3 and words[-1][:1] == "(" and words[-1][-1:] == ")" and \
        _ORG_WORD_RE.fullmatch(words[-2]) is not None
    if land and not all(w[:1].isupper() for w in words) and _ORG_WORD_RE.search(name) is None:
        return None  # (a title's words before the country: "Smoking in England"; not "Council of Europe")
    if not 2 <= len(words) <= 14 or not _capitalised_words(" ".join(w.lstrip("(") for w in words), 14) or \
            _ORG_WORD_RE.search(" ".join(words[lead:lead + 3] if not lead else words[1:])) is None and \
            not name.endswith(_GROUP_NAME_ENDS) and not acr_org and not land:
        return None  # (after a country's initials, anywhere: "U.S. Food and Drug Administration"; or a guideline's
        # group named last: "Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group"; or an organisation's word
        # last, before its acronym: "Scottish Intercollegiate Guidelines Network (SIGN)")
    group = name.endswith(_GROUP_NAME_ENDS)
    for i, w in enumerate(words):
        if i < lead:
            continue
        # (initials: a Vancouver name, "Rosenberg SA."; but an acronym inside a group's name is none, "… (KDIGO) CKD Work
        # Group")
        initials = len(w) <= 3 and w.isupper() and w not in ("US", "UK", "EU", "USA", "WHO") and (
            i == len(words) - 1 or not group and not land)
        letters = w.replace("-", "").replace("—", "").replace("–", "").replace("&", "").replace("'", "").replace("’", "")
        if w in _DOCUMENT_WORDS and not acr_org or initials or not letters.strip("():,").isalpha():
            return None  # (a number or a document's word: a title; a dash is a name's, "Committee on Practice
            # Bulletins—Gynecology")
    start = s0 + len(name) - len(name.lstrip())
    end = s0 + len(name.rstrip())  # ("World Health Organization . World malaria report 2011.")
    return end, nxt, [Author(head[start:end], "", _new(Span, (start, end)), collective=True)], False


def _last_full_name(head: str, greedy: tuple) -> tuple:
    """A Vancouver list (``_greedy_authors_end``'s) with its last name written in full, given name first, after its comma:
    "Ashok Kumar M, Rajalakshmi AR, Monica Kumbhat. Effect of yoga …" (the list had ended at the comma, the name opening
    the title)."""
    if head[greedy[0]:greedy[0] + 1] == "," and len(greedy[2]) >= 2 and \
            (ln := _LAST_FULL_NAME_RE.match(head, greedy[0] + 1)) is not None:
        return (ln.end("family"), ln.end("family") + 1, greedy[2] + [Author(ln.group("family"), ln.group("given"), _new(
            Span, (ln.start("given"), ln.end("family"))))], greedy[3])
    return greedy


# Italian's and Spanish's "various authors" where the names would stand: "AA. VV., Le Centre Beaubourg, …", "VV.AA."
_VARIOUS_AUTHORS_RE = lazy(r"(?P<n>(?:AA\.?\s?VV|VV\.?\s?AA)\.?)(?:\s*[,:]|(?<=\.))\s+")


# "Family, II" names between semicolons with no stop after the last one's initials (_author_segment): two names at
# least, then a title's capitalised word and a lowercase one
_SEMI_NAME_RE = lazy(rf"(?P<f>[A-Z{_UP_EXTRA}][\w'’\-]+(?: [A-Z{_UP_EXTRA}][\w'’\-]+)?), (?P<g>[A-Z]{{1,3}})")
_SEMI_LIST_NO_STOP_RE = lazy(rf"(?P<list>(?:[A-Z{_UP_EXTRA}][\w'’\-]+(?: [A-Z{_UP_EXTRA}][\w'’\-]+)?, [A-Z]{{1,3}}; ){{1,60}}"
                             rf"[A-Z{_UP_EXTRA}][\w'’\-]+(?: [A-Z{_UP_EXTRA}][\w'’\-]+)?, [A-Z]{{1,3}})\s+(?=[A-Z][a-z][\w\-]*\s+[a-z(])")


def _author_segment(text: str, limit: int) -> tuple:
    """(end of the author segment, start of what follows it) within text[:limit]."""
    first: Any  # (names kept while the segment is read: each holds more than one kind of value)
    g: Any
    nm: Any
    head = text[:limit]
    if not head.isascii() and "«" in head:  # (rare: an ASCII string, most entries, is known to hold none)
        g = head.find("«")
        if 0 < g < 160:
            gq = _guillemet_authors(head, g)
            if gq is not None:
                return gq
    if "\u0400" <= head[:1] <= "\u042f":
        cy = _CYRILLIC_NAMES_RE.match(head)
        if cy is not None:  # GOST's names in Cyrillic, the initials after the family name: "Иванов И.И., Петров П.П. Title"
            authors = [Author(n.group("f"), n.group("g").replace(".", "").replace(" ", ""), _new(Span, n.span()))
                       for n in _CYRILLIC_NAME_RE.finditer(head, 0, cy.end("list"))]
            return cy.end("list"), cy.end(), authors, bool(cy.group("etal"))
    if "\u3040" <= head[:1] <= "\ud7af" or "\uf900" <= head[:1] <= "\ufaff":
        cjk = _cjk_names(head)
        if cjk is not None:
            return cjk
    if head[:2] in ("AA", "VV") and (va := _VARIOUS_AUTHORS_RE.match(head)) is not None:
        # "various authors" for the names (a collective author): "AA. VV., Piano & Rogers: Centre Beaubourg, Architectural
        # Design, Vol. 42, 1972, 407-410" (it had been read as one author "AA", the title opening with "VV.")
        return va.end("n"), va.end(), [Author(va.group("n"), "", _new(Span, va.span("n")), "", True)], False
    if head.find("; ", 0, 24) != -1 and (sl := _SEMI_LIST_NO_STOP_RE.match(head)) is not None:
        # names as "Family, II" between semicolons, no stop after the last one's initials, the title next: "Audu, M;
        # Gartman, SJ; Nataraj, R; Triolo, R Posture-dependent control of …" (the last name had opened the title)
        return sl.end("list"), sl.end(), [
            Author(n.group("f"), n.group("g"), _new(Span, n.span())) for n in _SEMI_NAME_RE.finditer(head, 0, sl.end("list"))
        ], False
    c = head.find(",")  # (an int throughout: the compiled parser compares and slices with it as one)
    if (c == -1 or head.find(". ", 8, c) != -1 or head[:head.find(" ")] in _ORG_FIRST_WORDS) and head[:1].isupper():
        # (no comma before the first stop: not a Vancouver list, "Smith J, …"; or an organisation's word first, a comma
        # in its name: "Ministry of Health, Labour and Welfare.")
        org = _org_lead(head)
        if org is not None:
            return org
    d = head.find(".", 0, 48)  # (the first stop closes the first name's initials: "IlinskayaA.", "LagleraL. M.")
    gd = _GLUED_DOTTED_LIST_RE.match(head) if d >= 2 and head[d - 1].isupper() and head[d - 2].islower() and \
        head[:1].isupper() else None
    if gd is not None:  # "IlinskayaA.DerseyD.HillS. (2013). Title": names run together, each with its dotted initials
        authors = []
        for n in _GLUED_DOTTED_NAME_RE.finditer(head, 0, gd.end("list")):
            f, g, ns = n.group("f").strip(), n.group("g").replace(".", "").replace(" ", ""), n.start()
            sx = _GLUED_SUFFIX_RE.match(f + g) if authors and f[:1] in "IJS" else None
            if sx is not None:  # the previous name's suffix glued on: "LutherG. W.IIIRickardD. T.", "LutherG. W.III."
                authors[-1] = authors[-1]._replace(suffix=sx.group(1), span=_new(Span, (authors[-1].span.start,
                                                                                         ns + len(sx.group(1)))))
                if sx.end() == len(f + g):
                    continue
                f, ns = f[len(sx.group(1)):], ns + len(sx.group(1))
            authors.append(Author(f, g, _new(Span, (ns, n.end() - (n.group("g")[-1:] == " ")))))
        end = len(head[:gd.end("list")].rstrip())
        return end, gd.end(), authors, False
    cp = _COLLAB_PAREN_RE.match(head) if (head.find("Collab", 0, 40) != -1 or head.find("Group", 0, 40) != -1) and \
        head.find("(", 0, 50) != -1 else None
    if cp:  # "ATLAS Collab. (G. Aad et al.), Phys. Lett. B 716, 1 (2012)."
        people = _initials_first_end(cp.group("people"))
        if people is not None and not cp.group("people")[people[0]:].strip(" ,."):
            name = cp.group("name")
            start = cp.start("name")
            group = Author(name, "", _new(Span, (start, start + len(name))), collective=True)
            o = cp.start("people")
            return cp.end("people") + 1, cp.end(), [group] + _moved(people[2], o), people[3], "comma"
    if 0 < c < 80 and head[c - 1].islower() and (head.find(" and ", 0, 80) != -1 or head.find(" & ", 0, 80) != -1):
        sj = _SURNAMES_THEN_JOURNAL_RE.match(head)
        if sj is not None:  # "Yamada and Araki, J. Cell Sci.": "Araki, J." had read as APA's name and initial, "Yamada"
            # was lost, the journal cut to "Cell Sci"
            return sj.end("list"), sj.end(), [Author(n.group(0), "", _new(Span, n.span())) for n in
                                              _BARE_SURNAME_RE.finditer(head, 0, sj.end("list")) if n.group(0) != "and"], False
    if 0 < c < 40 and head[c - 1].islower() and head[c + 3:c + 4].islower() and head[c + 1:c + 2] == " " and (
            head.find(" and ", c, c + 100) != -1 or head.find(" & ", c, c + 100) != -1):
        pf = _PAIR_FG_LIST_RE.match(head)
        if pf is not None:  # "Haidt, Jonathan and Graham, Jesse. 2007. Title"
            return pf.end("list"), pf.end(), _family_given_names(head, pf.end("list")), False
    # (PLOS's mixed-citations print a space before each comma: "Karlsson FH , Tremaroli V , …")
    first = _quick_vancouver(head[:c].strip()) if c > 0 and (
        head[c - 1:c].isupper() or head[c - 1:c] == " " and head[c - 2:c - 1].isupper()) else None
    if first is not None:
        greedy = _greedy_authors_end(head, first, c)  # "Hellman S, ...": neither a collective name nor APA pairs
        if greedy is not None:
            return _last_full_name(head, greedy)
    else:
        if c > 0 and head[c - 1] == "." and head.find(" & ", 0, c) > 0:
            greedy = _greedy_authors_end(head)  # "Bruggen M. & Kaiser C.R., 2002, Nature, 418, 301": two names, "&"
            if greedy is not None and len(greedy[2]) >= 2:
                return greedy
        d = head.find(". ")
        if d > 0 and (c == -1 or d < c):  # a sole Vancouver author, "Rosenberg SA. Title, Publisher": read directly
            nm = head[:d].strip()
            # (two initials at least: "Alon Y. Levy, ..." is a given name and an initial, not "Alon Y")
            if " " in nm and len(nm) - nm.rfind(" ") > 2 and _quick_vancouver(nm) is not None:
                greedy = _greedy_authors_end(head)
                if greedy is not None:
                    return greedy
            sole = _SOLE_NO_STOP_RE.match(head) if d > 0 and head[:1].isupper() else None
            if sole is not None and (c == -1 or c > sole.end()) and sole.group("given") not in _NOT_INITIALS and \
                    sole.group("family") not in ("The", "A", "An") and not _NAME_INITIALS_IN_RE.search(head, sole.end(), d):
                # a sole Vancouver author, the stop after the initials left out: "Simpson DI Zika virus infection
                # in man. Trans R Soc Trop Med Hyg. 1964" (two initials at least: not "Vitamin D Deficiency …")
                return sole.end("given"), sole.end("given") + 1, [
                    Author(sole.group("family"), sole.group("given"), _new(Span, (sole.start("family"), sole.end("given"))))], False
        if head[c - 2:c] == ".)" and c < 60:
            pl = _PAREN_INITIALS_LIST_RE.match(head)
            if pl is not None:  # "Cayot (F.), Les maisons …"
                authors = [Author(nm.group("f"), nm.group("g").replace(".", "").replace(" ", ""), _new(Span, nm.span()))
                           for nm in _PAREN_INITIALS_NAME_RE.finditer(head, 0, pl.end("list"))]
                if pl.group("comma"):
                    return pl.end("list"), pl.end(), authors, False, "initials-first"
                return pl.end("list"), pl.end(), authors, False
    if (c == -1 or c > 12) and " and " in head[:60] and (c == -1 or head.find(" and ") < c):
        pair = _IOP_PAIR_RE.match(head)  # (a comma may come later: "Bohr A and Mottelson B R 1975 … (Reading,MA …)")
        if pair is not None:  # IOP: "Matichard F and Evans M 2015 Review: …" (two names, no comma)
            a, b = (_quick_vancouver(f"{fam} {ini.replace(' ', '')}")
                    for fam, _, ini in (pair.group("a").partition(" "), pair.group("b").partition(" ")))
            if a is not None and b is not None:
                return pair.end("b"), pair.end("b") + 1, [
                    Author(a[0], a[1], _new(Span, pair.span("a"))), Author(b[0], b[1], _new(Span, pair.span("b")))], False
    if head[1:2] == " " and head[:1].isupper() and head[2:3].isupper() or \
            head[2:3] == " " and head[:2].isupper() and head[3:4].isupper():  # ("AM Trinkoff, JA Lipscomb, …")
        dl = _DOTLESS_IF_LIST_RE.match(head)
        if dl is not None:  # initials first, no stops: "S Ando, Y Ono, M Shimaoka and Y Takeuchi: Title"
            authors = []
            for nm in _DOTLESS_IF_NAME_RE.finditer(head, 0, dl.end("list")):
                authors.append(Author(nm.group("f"), nm.group("g").replace("-", ""), _new(Span, nm.span())))
            if dl.group("sep") == ",":
                return dl.end("list"), dl.end(), authors, False, "initials-first"
            return dl.end("list"), dl.end(), authors, False
        d1 = _DOTLESS_IF_ONE_RE.match(head) if head[1:2] == " " and head[:1] not in "AI" else None
        if d1 is not None:  # one such name, a stop, the title: "M Berry. Singular limits. Physics Today, 55:10-11"
            return d1.end("f"), d1.end(), [Author(d1.group("f"), d1.group("g"), _new(Span, (0, d1.end("f"))))], False
    stripped = head.lstrip()
    if stripped[:1].isupper() and (stripped[1:2] == "." or stripped[2:3] == "." and stripped[1:2].islower()
                                   or stripped[1:3] == " ."):
        first = _initials_first_end(head)
        if first is not None:
            return first
    sp = head.find(" ", 0, 20)
    # "Micah Hodosh, …": a capitalised given name, then another capitalised word
    given1 = head[1:sp]  # ("Charles-Edmond Perrin, …": a hyphenated given name too)
    full_name_first = sp > 2 and head[sp + 1:sp + 2].isupper() and (given1.isalpha() and given1.islower() or (
        "-" in given1 and given1.replace("-", "").isalpha() and given1.split("-")[0].islower()))
    if full_name_first:
        window = head[:200]  # "Micah Hodosh, Peter Young, and Julia Hockenmaier."
        fn = _full_names(head, journal_may_follow=True) if " and " in window or " & " in window else None
        if fn is None and " , " in head[:60]:  # the ACM Digital Library: "Ben Martini , Kim-Kwang Raymond Choo, Title"
            fn = _full_names(head, _ACM_NAMES_RE, people_only=True)
        if fn is not None:
            return fn
    se = _SURNAME_ETAL_RE.match(head) if "et" in head[:48] else None
    if se is not None:
        given = (se.group("g") or "").replace(".", "").replace(" ", "")
        return se.end("g") if se.group("g") else se.end("f"), se.end(), [
            Author(se.group("f"), given, _new(Span, (se.start("f"), se.end("g") if se.group("g") else se.end("f"))))], True
    sm = head.find(";", 0, 80)
    sl = _SEMI_FG_LIST_RE.match(head) if sm != -1 and 0 < head.find(",") < sm else None
    if sl is not None:  # "Capirci, Olga; Contaldo, Annarita; & Volterra, Virginia. 2005."
        return sl.end("list"), sl.end(), _family_given_names(head, sl.end("list")), False
    ch = _CHICAGO_ONE_RE.match(head) if "," in head[:40] else None
    if ch is not None and ch.group("dotcomma") is not None and not ch.group("more"):
        ch = None  # (one name, then ".,": an abbreviated given name before the next author, "Holker, Th., Deutsch, A.")
    if ch is not None:  # "Levitz, Tamara. “Title,” Journal"
        authors = [Author(ch.group("family"), ch.group("given").rstrip("."),
                          _new(Span, (ch.start("family"), ch.end("sfx") if ch.group("sfx") else ch.end("given"))),
                          ch.group("sfx") or "")]
        # ", and Glynis Jones": the other names, given names first and the family name last
        for o in _CM_OTHER_RE.finditer(head, ch.start("more"), ch.end("more")):
            given, _, family = o.group(0).rpartition(" ")
            authors.append(Author(family, given.rstrip("."), _new(Span, o.span())))
        end = ch.end("more") if ch.group("more") else ch.end("sfx") if ch.group("sfx") else ch.end("given")
        after_names = ch.end()  # (not "nxt": a value of another kind below, and mypyc types a local by its first value)
        if not ch.group("more") and ch.group("family").isupper() and head[end:end + 1] == ".":
            # a French list that gives each name as "FAMILY, Given." with its stop: "BOUDIER, Bruno. TUNESI, Thérèse. Les
            # entretiens …" (the names after the first had opened the title)
            while (fgm := _CAPS_FG_STOP_RE.match(head, after_names)) is not None:
                authors.append(Author(fgm.group("f"), fgm.group("g"), _new(Span, (fgm.start("f"), fgm.end("g")))))
                end, after_names = fgm.end("g"), fgm.end()
        return end, after_names, authors, ch.group("etal") is not None
    cm = _COLLECTIVE_RE.match(head) if _collective_word_before_stop(head) else None
    if cm:  # "IASLC Staging Committee. Title"
        name = cm.group("name")
        start = len(head) - len(head.lstrip())
        return cm.end("name"), cm.end(), [Author(name, "", _new(Span, (start, start + len(name))), collective=True)], False
    if head[:3].isupper():  # names in capitals
        iso = _ISO690_CAPS_RE.match(head) if ", " in head[:40] else None
        if iso is not None:
            authors = [Author(iso.group("family"), _initials(iso.group("given")),
                              _new(Span, (iso.start("family"), iso.end("given"))))]
            for o in _ISO690_OTHER_RE.finditer(head, iso.start("more"), iso.end("more")):
                g = o.group("g")
                authors.append(Author(o.group("f"), g if g.isupper() and "." not in g else _initials(g),
                                      _new(Span, o.span())))
            end = iso.end("more") if iso.group("more") else iso.end("given")
            return end, iso.end(), authors, iso.group("etal") is not None
        caps = _CAPS_AUTHOR_RE.match(head)
        if caps is not None and _title_follows(head, caps.end()):  # "COLLECTIF. Travailler en binôme (dossier). …",
            # "MNH. Architecture et risque infectieux. Soins …": one name in capitals, then the title
            name = caps.group("name")
            return caps.end("name"), caps.end(), [Author(name, "", _new(Span, caps.span("name")), collective=True)], False
        cf = _CAPS_FAMILY_GIVEN_RE.match(head)
        if cf is not None and not _CAPS_FAMILY_GIVEN_RE.match(head, cf.end()) and not any(
                len(w) >= 2 and w.isupper() and w.isalpha() for w in head[cf.end():head.find(",", cf.end())].split()):
            # "VIDMANOVÁ, Anežka, K textové tradici …": one family name in capitals, the given name, then the title
            # (not a list of such names)
            two = "" if cf.group("family") else "2"  # (the other form: both in capitals, the title in quotes)
            return cf.end("given" + two), cf.end(), [Author(cf.group("family" + two), cf.group("given" + two), _new(
                Span, (cf.start("family" + two), cf.end("given" + two))))], False
    cc = _COLLAB_COMMA_RE.match(head) if "ollab" in head[:40] or "roup," in head[:40] else None
    if cc:  # "ATLAS Collaboration, Measurement of ..., Phys. Lett. B 746": physics, with commas
        name = cc.group("name")
        start = cc.start("name")
        group = Author(name, "", _new(Span, (start, start + len(name))), collective=True)
        rest = cc.end()
        nxt: Any = head.find(",", rest)
        if nxt > 0 and _quick_vancouver(head[rest:nxt].strip()) is not None:
            # "ACCORD Study Group, Ginsberg HN, Elam MB, et al. Effects …": the group, then its writers
            more = _greedy_authors_end(head[rest:])
            if more is not None:
                return more[0] + rest, more[1] + rest, [group] + _moved(more[2], rest), more[3]
        people = _initials_first_end(head[rest:]) if head[rest + 1:rest + 2] == "." else None
        if people is not None and head[rest + people[0]:rest + people[1]].strip() in (",", ""):
            # "ALICE Collaboration, K. Aamodt et al., “Title,” Phys. Rev. Lett.", "ATLAS collaboration, P. Berta,
            # Title": the group, then its writers with their initials first (then a comma, not a journal)
            return people[0] + rest, people[1] + rest, [group] + _moved(people[2], rest), people[3], "comma"
        return cc.end("name"), cc.end(), [group], False, "comma"
    comma = head.find(",")
    # ("Family, I.": at most four words before the first comma, so a longer run before it cannot match)
    sep = head.find(";", 0, comma) if comma > 0 else -1
    sep = comma if sep == -1 else sep
    if comma != -1 and head.count(" ", 0, comma) <= 8 and (_APA_PAIR_RE.match(head, len(head) - len(head.lstrip())) or (
            head[sep - 1:sep] == "." and _APA_PAIR_RE.match(head, _APA_GAP_RE.match(head, sep).end()) is not None)):
        # (or the first name in Vancouver's form with its initials' stops, the next APA's: "Maerz U., Stöffler, D.,",
        # "Hussain I.; Abu Rizaiza, O.S.;")
        apa = _apa_authors_end(head)
        if apa is not None:
            return apa
    greedy = _greedy_authors_end(head)
    if greedy is not None:
        greedy = _last_full_name(head, greedy)
        if full_name_first and len(greedy[2]) == 1 and _FAMILY_THEN_COMMA_RE.match(head, greedy[1]) is not None:
            # "Todd P.W. McMullen, Ruthven N.A.H. Lewis, Ronald N. McElhaney. Title": given names first, a family name
            # after the initials, then the next name (not the Vancouver name "Todd PW" and a title "McMullen, …")
            fn = _full_names(head, _FULL_NAMES_COMMA_RE, people_only=True)
            if fn is not None and len(fn[2]) >= 2:
                return fn
        if full_name_first and len(greedy[2]) == 1 and len(greedy[2][0].given) == 1 and \
                _ONE_WORD_SENTENCE_RE.match(head, greedy[0]):
            # "George W. Cherry. S-R Machines: …": a given name, an initial and the family name, not the
            # Vancouver name "George W" and a title "Cherry."
            fn = _full_names(head, _ONE_FULL_NAME_STOP_RE, people_only=True)
            if fn is not None:
                return fn
        return greedy  # (end, next, authors, etal)
    if full_name_first:
        fn = _full_names(head, _FULL_NAMES_COMMA_RE, people_only=True)  # (late: a collective or Vancouver reading comes first)
        if fn is None:  # one author: "Alan Borning. The programming language aspects of ThingLab, …"
            fn = _full_names(head, _ONE_FULL_NAME_STOP_RE, people_only=True)
        if fn is None:  # ... or before a quoted title, the year or a colon: "José Luis Pardo, ‘Filosofía …’",
            # "Neil Immerman (1989), Expressibility …", "Filippo Fonio, 2006, «…»", "Wolfgang Jantzen: Title"
            fn = _full_names(head, _ONE_FULL_NAME_SIGNAL_RE, people_only=True)
        if fn is None:  # ... or before a comma and a title: "Walter Schlesinger, Herrschaft und Gefolgschaft in …"
            # (or a journal's abbreviations and no title: "Steven C. Pieper, Phys. Rev. Lett. 90, 252501 (2003)")
            fn = _full_names(head, _ONE_FULL_NAME_COMMA_RE, people_only=True, journal_may_follow=True)
            if fn is not None:
                nxt = head[fn[1]:head.find(",", fn[1]) if "," in head[fn[1]:] else len(head)].strip()
                if _quick_vancouver(nxt) is not None or _ONE_FULL_NAME_RE.fullmatch(nxt) and \
                        nxt.split(None, 1)[0] not in _TITLE_ARTICLES or "Journal" in nxt:
                    # (a title's article opens no name: "Saxby Pridmore, The Centre Pompidou, Quadrant, Vol. 60")
                    fn = None  # (another name follows: a list, "Manolio Ta, Collins FS, …", "Margaret A Shipp, Ken N Ross")
                    if _ONE_FULL_NAME_RE.fullmatch(nxt):  # a list of such names, then a title or a journal
                        fn = _full_names(head, _FULL_NAMES_THEN_COMMA_RE, people_only=True, journal_may_follow=True)
                        if fn is not None:
                            piece: Any = head[fn[1]:head.find(",", fn[1]) if "," in head[fn[1]:] else len(head)].split()
                            if len(piece) <= 4 and all(w[:1].isupper() for w in piece) and "." not in "".join(piece):
                                fn = None  # (a name this reader cannot read follows: "…, Ricardo CT Aguiar, …")
        if fn is not None:
            return fn
    if sp > 2 and head[sp + 1:sp + 3] in ("de", "du", "da", "di", "va", "vo") and \
            (pn := _PARTICLE_FULL_NAME_RE.match(head)) is not None and _title_follows(head, pn.end()):
        # a given name and a family name with its particle, then a comma and the title: "Michel de Waha, À propos
        # d’un article récent. …, Byzantion, 46"
        return pn.end("f"), pn.end(), [Author(pn.group("f"), pn.group("g")[0], _new(Span, (0, pn.end("f"))))], False
    fg = _FAMILY_GIVEN_COMMA_RE.match(head) if "," in head[:40] else None
    if fg is not None and not _FAMILY_GIVEN_COMMA_RE.match(head, fg.end()):
        nxt = head[fg.end():]
        piece = nxt[:min([i for i in (nxt.find(","), nxt.find(". ")) if i != -1] or [len(nxt)])].split()
        if len(piece) >= 2 and any(len(w) >= 3 and w.isalpha() and w.islower() for w in piece):
            # "Turing, Alan, Computing Machinery and Intelligence, Mind 59": one author, family name first, the
            # given name, then a title set apart by a comma alone (a title's small words tell it from a name)
            return fg.end("given"), fg.end(), [Author(fg.group("family"), fg.group("given").rstrip("."),
                                                      _new(Span, (fg.start("family"), fg.end("given"))))], False
    if 2 < comma < 30 and head[comma + 1:comma + 3].lstrip()[:1] in _OPEN_QUOTES and \
            _ONE_FAMILY_RE.fullmatch(head, 0, comma):
        return comma, comma + 1  # a family name alone before a quoted title: "O’Neill, ‘The Localization of …’, YClS 8 (1942)"
    if head[:1].isupper() and (". \"" in head[:48] or ". “" in head[:48]) and (nq := _NAME_STOP_QUOTE_RE.match(head)):
        # one name, given name first, then a stop and a quoted title: "Junguo ZHANG. "A Critical Examination …."
        # Frontiers of Philosophy in China. 2017, 12 (1)" (the year after the journal had been read as the end of the
        # names, the quoted title and the journal among them)
        fam_at = nq.start("fam")
        return nq.end("name"), nq.end("name") + 1, [Author(nq.group("fam"), head[:fam_at].strip(),
                                                           _new(Span, (0, nq.end("name"))))], False
    m = _paren_year(head)
    m_apa = _APA_YEAR_RE.search(head)
    candidates = []
    if m and m.start() < 400:
        candidates.append((m.start(), m.end()))
    if m_apa and m_apa.start() < 400:
        candidates.append((m_apa.start() + 1, m_apa.end()))
    am = _AUTHOR_END_RE.search(head)  # (the first end only)
    if am is not None and am.start() < 500 and not head[max(0, am.start() - 12):am.start()].rstrip(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ.").endswith(": "):  # (not a publisher's initials after its place: "Dorland's
        # illustrated medical dictionary. 29th ed. Philadelphia: W.B. Saunders; 2000.", no author)
        # the list must read as names: mostly capitalised words and initials
        candidates.append((am.end() - len(am.group(0)) + len(am.group(0).rstrip().rstrip(".:").rstrip()), am.end()))
    if not candidates:
        return 0, 0
    end, nxt = min(candidates)
    if head[end:end + 1] == "(":
        k = head.rfind(", ", 0, end)
        piece = head[k + 2:end].strip()
        if k > 0 and "." in piece and _all_journal_words(piece, 6) and (_short_abbrevs(piece, 9) or (
                "," not in head[:k] and _word_then_abbrevs(piece) and len(piece.split()[-1].rstrip(".")) >= 3)):
            # "Shiojima and Walsh, Circ. Res. (2002) 90:1243-1250": the abbreviations before the year name the
            # journal (chemistry and physics print no title), not a last author; or a word, then abbreviations, after
            # two names with no comma among them: "Mischel and Cloughesy, Brain Pathol. (2003) 13(1): 52-61"
            return k, k + 1
    return end, nxt


# ---------------------------------------------------------------- title / journal

# sentence ends: ". Next", a full stop glued to a capitalised word ("Spain.Botanical"),
# or a language note ("[in French] Bull Soc")
# (starts with the punctuation itself, so the scan skips ahead; conditions checked below)
def _particle_ahead(s: str, pos: int) -> bool:
    """A name's particle as a whole word at ``pos`` ("de Saulcy", "van Doorn"; not "design", "vanished")."""
    word, space, _ = s[pos:pos + 8].partition(" ")
    return bool(space) and (word in _PARTICLES or word == "des")


_SENT_END_RE = lazy(r"[.?!\]](?:[’”](?=\s))?(?:\s+(?=\S)|(?=[A-Z][A-Za-z]|[A-Z]\s[A-Z][a-z]|[A-Z]\d{2,}[A-Z]))")  # (glued: "origin.EFSA J",
# "Spain.Botanical", "therapy.J Clin Oncol", F1000Research's "review.F1000Res.2017")


_ABBREV_WORD_RE = lazy(r"^(?:[A-Z][a-zA-Z]{0,9}\.?|of|and|&|the|de|der|für|[A-Z]{1,5}|[-–]|(?:[A-Z]\.)+[A-Z]\.?)$")  # ("Acta - Mol.",
# "Ann N.Y. Acad Sci")


_EDITOR_PIECE_RE = lazy(r"[^.]{1,80},\s*editors?\.?\s*")
_LANG_NOTE_RE = lazy(r"\s*\[(?:in|article in) [A-Z][a-z]+(?: with [^\]]+)?\]\s*$", re.IGNORECASE)


# the last sentence of a title that names the kind of piece or its part, not a journal's abbreviation: "… NSCLC.
# Reply. N Engl J Med", "Oligometastatic disease. Part II. N Engl J Med" (CIT203 tells parts apart by their titles)
_TITLE_TAIL_WORDS: Final = frozenset((
    "Reply", "Letter", "Editorial", "Comment", "Commentary", "Correction", "Erratum", "Corrigendum", "Addendum",
    "Response", "Review", "Abstract", "Rebuttal", "Update", "Guideline", "Guidelines", "Protocol", "Viewpoint",
    "Perspective", "Preface", "Foreword", "Discussion", "Overview", "Introduction", "Summary", "Retraction",
    "Obituary", "Interview",
))
_PART_RE = lazy(r"(?:Part|Chapter) (?:[IVX]{1,5}|\d{1,2}|[A-H]|One|Two|Three|Four)")
_PART_NUMERALS: Final = frozenset(("II", "III", "IV", "VI", "VII", "VIII"))  # (a part's bare number, "Fourier integral
# operators. II. Acta Mathematica"; not "I", "V" or "X", which may be initials)


def _title_tail(piece: str) -> bool:
    """A title's last sentence that is a kind of piece or a part of a work ("Reply.", "Part II.")."""
    p = piece.strip().rstrip(".")
    return p in _TITLE_TAIL_WORDS or p[:1] in "PC" and _PART_RE.fullmatch(p) is not None or p in _PART_NUMERALS


def _name_after_initials(s: str, p: int, a: int, b: int) -> bool:
    """s[a:b] is a family name after its initials, which end the sentence before it (s[p:a]), a title's: "… as edited
    by J. Benzing. Zeitschrift …", "… raised by H.H. Nininger. American Journal of Science" (not a journal's abbreviation
    after its first, "… calling. J. Vocat. Behav.", "… climate change J. Trop. Ecol": the initials end a title's words
    after "by", "par", "von" or "of", and the journal's name after them is written out)."""
    w = s[a:b].rstrip(". ")
    return a >= 4 and s[a - 2] == "." and s[a - 3].isupper() and not s[a - 4].isalpha() and len(w) >= 4 and \
        w.isalpha() and w[:1].isupper() and w[1:].islower() and s.count(" ", p, a) >= 4 and \
        s[p:a].rstrip(" .").rsplit(" ", 2)[-2:-1] in (["by"], ["par"], ["von"], ["of"]) and \
        s[p:a].rstrip(" .").rsplit(" ", 1)[-1].replace(".", "").isupper() and w not in _JOURNAL_LEAD_ABBREVS


def _word_before_written_name(piece: str, name: str) -> bool:
    """A title's last word, a sentence of its own, before a journal's name written out (no abbreviation of it): "…
    Coleoptera: fam. Histeridae. Fauna of Saudi Arabia 1: 184" (a long word in lowercase after its capital, that no
    journal's abbreviation is; the name of three words or more, with a small word of names and no stop inside)."""
    w = piece.rstrip(". ")
    if len(w) < 6 or not w.isalpha() or not w[:1].isupper() or not w[1:].islower() or w in _JOURNAL_LEAD_ABBREVS or \
            w in _LONG_ABBREVS:
        return False
    words = name.rstrip(" .").split()
    return len(words) >= 3 and "." not in name.rstrip(" .") and any(x in _NAME_SMALL_WORDS for x in words)


def _is_abbrev_piece(seg: str) -> bool:
    s = seg.strip()
    if "." not in s:  # (the cheap tests first: this runs for most entries)
        return False
    words = s.rstrip(".").split()
    if not 0 < len(words) <= 5:
        return False
    for w in words:
        if w[-1:] == ":" and len(w) > 1:  # a section's letter before its subtitle: "J. Phys. G: Nucl. Part. Phys."
            w = w[:-1]
        if len(w.rstrip(".")) > 10 or not _ABBREV_WORD_RE.match(w):
            if w.rstrip(".") not in _LONG_ABBREVS:  # (or medicine's long ones: "Clin. Gastroenterol. Hepatol.")
                return False
    return True


# (the English names whole, and the French abbreviations PubMed exports print; _MONTH above takes any "Jan…")
_MONTH_NAME: Final = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|"
          r"janv|févr|mars|avr|mai|juin|juil|août|déc|"  # and French, as PubMed exports print them, and whole
          r"[Jj]anvier|[Ff][ée]vrier|[Mm]ars|[Aa]vril|[Mm]ai|[Jj]uin|[Jj]uillet|[Aa]o[uû]t|[Ss]eptembre|[Oo]ctobre|[Nn]ovembre|"
          r"[Dd][ée]cembre)\.?")
# every form _MONTH_NAME matches, as a word (its stop is stripped before the test)
_MONTH_WORDS_EN: Final = frozenset((
    "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July", "Aug",
    "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December"))
_MONTH_WORDS: Final = _MONTH_WORDS_EN | frozenset((
    "janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "déc")) | frozenset(
    w for m in ("janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
                "octobre", "novembre", "décembre", "decembre") for w in (m, m.capitalize()))
_TRAILING_DATE_RE = lazy(
    # (the stop before the date is matched, not looked behind for: the engine then skips to stops; group 1 is the date)
    rf"[.,](\s+(?:{_MONTH_NAME}(?:\s*[{_DASH}]\s*{_MONTH_NAME})?(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d/\d\d/\d\d|\d\d/\d\d/online"
    rf"|(?:19|20)\d\d\s+{_MONTH_NAME}(?:\s*[{_DASH}]\s*{_MONTH_NAME})?(?:\s+\d{{1,2}})?)[\s.,;]*)$"  # ("Clin Orthop Relat Res. 2014 Jun
    # 472(6) 1992-3": PubMed's date before a volume printed without its ";")
)
# an article published online, not yet in an issue, its date after the journal's name: "Nature published online 28
# August doi:…", "Nature Geosci., published online 28 July." (read as ahead of print)
_ONLINE_FIRST_RE = lazy(rf"(?<!\[)[,.]?\s*\b(?:[Pp]ublished|[Pp]reprint\s+posted)\s+online(?:\s+(?:[0-3]?\d\s+{_MONTH_NAME}|{_MONTH_NAME}\s+[0-3]?\d)"
                        rf"(?:,?\s+{_YEAR})?)?\.?(?=\s*(?:$|doi|DOI|https?:|\[|\(|Accessed|Available|PMID|PMCID))")  # (The Lancet's online-first
# citation: "Lancet 2019; published online March 5. DOI:10.1016/…")


# a word of a journal name: a capitalised word or abbreviation ("Phys.", "Rev.", "J.", "A:",
# "Int.J.Mod.Phys.", "A&A"), a connective, or a series letter
_JOURNAL_WORD_RE = lazy(r"(?:[A-Z][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff&]{0,16}(?:-[A-Z][A-Za-z]{0,12})?\.?:?|(?:[A-Z][a-z]{0,5}\.)+"
                        r"|of|and|&|the|de|der|für|in|on|for|la|et|(?:in|of|and)[A-Z][a-z]{2,16}"
                        r"|\([A-Z][A-Za-z]{1,20}\))$")  # (and a place in brackets: "Ann. Phys. (NY)", "(Paris)"; a name:
# "EPL (Europhysics Letters)" as PDF text prints it, "EPL ( EurophysicsLetters )"; Latin-1's letters, "Ann. Henri
# Poincaré"; PDF text's small word glued to the next, "New Trends inMathematical Sciences")


_CLOSING_QUOTE = {"“": "”", '"': '"', "«": "»", "‘": "’", "„": "“", "'": "'", "`": "''", "”": "”"}  # (LaTeX: ``Title,'';
# and a closing quote that opens too: 'Bartholeyns, Gil, ”Representation of the Past in Films”, in Diogenes')


_NAME_LINKS: Final = frozenset(("and", "et", "al", "&", "e", "y", "und", "van", "von", "de", "der", "den", "da", "di", "du",
                         "le", "la", "dos", "del"))


def _names_only(prefix: str) -> bool:
    """What may stand between the authors and a quoted title: names, initials, a year, "and"
    (in other languages too), particles, and the rest of a name broken at a line-end
    hyphen ("M. Fran- cardi")."""
    words = prefix.replace(".", " ").replace(",", " ").replace("(", " ").replace(")", " ").split()
    prev = ""
    peer = bool(words) and words[0] in ("Lord", "Lady", "Baron", "Baroness")  # (a peer's title: "Lord Irving of Lairg")
    for w in words:
        if not (w[:1].isupper() or w.isdigit() or w in _NAME_LINKS or prev.endswith("-") or peer and w == "of"):
            return False
        prev = w
    return True


_PAREN_RANGE_RE = lazy(rf"\(\s*\d+\s*[{_DASH}]\s*\d+\s*\)[\s.,:]*")


_IN_WORDS: Final = frozenset(("in", "en", "im", "dans", "em", "w", "v"))  # ('“Title” in Book': the container follows)


def _quoted_title(text: str, start: int, end: int, closed_by_stop: bool = False):
    """'"Title," Journal' (IEEE, physics, humanities): the quotes say where the title ends.
    The closing quote matches the opening one; a ’ followed by a letter is an apostrophe."""
    i = start
    while i < end and text[i].isspace():
        i += 1
    close = _CLOSING_QUOTE.get(text[i:i + 1])
    if close is None:
        return None
    if close == "''":  # LaTeX's quotes, as BibTeX exports leave them: ``Monotone data flow analysis frameworks,''
        if text[i + 1:i + 2] != "`":
            return None
        i += 1
    j = i + 1
    if close == "“" and text.find("“", j, end) == -1:
        close = "”"  # „…” (German quotes closed the English way: "Mota, Miguel. „Mike Leigh's High Hopes …” Film")
    elif close == '"' and text.find('"', j, end) == -1 and text.find("”", j, end) != -1:
        close = "”"  # (a straight quote closed by a curly one: 'MOORE, Michael S., "Causation and Responsibility,” Social
        # Philosophy and Policy, Vol. 16')
    nested = inner_closed = 0
    while True:
        j = text.find(close, j, end)
        if j == -1:
            return None
        if close in ("’", "'") and text[j + 1:j + 2].isalpha():
            if close == "'" and text[j - 1:j] == " ":
                nested += 1  # a quote inside the title: "'Die 'Wir-Schicht' der Generation,' in Berliner Journal"
            j += 1  # "Fort’s"
            continue
        if close == "»":
            if text.count("«", i + 1, j) > inner_closed:
                inner_closed += 1  # guillemets inside the title: "« La « société civile » dans la « gouvernance
                j += 1  # européenne ». Eléments … », Actes …" (each inner pair closed before the title's own)
                continue
            break
        if nested and text[j - 1:j].isalpha():
            nested -= 1
            j += 1
            continue
        break
    inner = text[i + 1:j]
    if closed_by_stop and inner.rstrip()[-1:] not in (",", ".", "!", "?") and text[j + 1:j + 2] != ",":
        return None  # 'The "obesity paradox" in heart failure': quoted words inside a title
    after = text[j + len(close):j + len(close) + 12]
    if after[:1] == " " and after[1:2].islower() and inner.rstrip()[-1:] not in (",", ".", "!", "?") and \
            after[1:].split(" ", 1)[0] not in _IN_WORDS:
        return None  # '"Sokuluk" virus, a new group B arbovirus …': quoted words open the title, which goes on
    t = inner.strip().rstrip(" ,.").rstrip()
    if len(t) < 3:
        return None
    ts = i + 1 + (len(inner) - len(inner.lstrip()))
    title = (t, _new(Span, (ts, ts + len(t))))
    k = j + len(close)
    while k < end and (text[k].isspace() or text[k] in ",.:"):
        k += 1
    if text[k:k + 1] == "(":
        pr = _PAREN_RANGE_RE.match(text, k, end)
        if pr is not None:  # '“Title” (143-172). Journal, Vol. 18': the pages, printed after the title
            k = pr.end()
    rest = text[k:end]
    jn = rest.strip(" ,.;:")
    if not jn or len(jn) > 120:
        return title, None
    js = k + rest.find(jn)
    return title, (jn, _new(Span, (js, js + len(jn))))


def _quoted_title_goes_on(text: str, quoted: tuple, block_follows: bool) -> tuple:
    """A quoted phrase that only opens the title, a sentence of it after the quote, then the journal (Vancouver):
    '“Mini Mental State”. A practical method of grading the cognitive state of patients for the clinician. J Psychiatr
    Res 1975' (the sentence had been read into the journal's name): the title runs from the quote to the journal."""
    t, j = quoted
    if j is None or not block_follows or ". " not in j[0] or len(j[0]) < 30 or text[t[1].end:t[1].end + 1] == ",":
        return quoted  # (not Chicago's '“Title,” Journal', the comma inside the quotes)
    q = t[1].end
    while q < j[1].start and text[q] in " .?!":
        q += 1
    if text[q + 1:j[1].start].lstrip()[:1] == ",":
        return quoted  # (nor '« Title », Journal. Series': a comma after the quote)
    t2, j2 = _title_and_journal(text, j[1].start, j[1].end, block_follows=block_follows)
    if t2 is None or j2 is None or t2[1].end > j2[1].start or sum(
            1 for w in t2[0].split() if len(w.rstrip(",;:")) >= 4 and w.rstrip(",;:").isalpha() and w.islower()) < 2:
        return quoted  # (a sentence's words, their commas aside: "knowledge production, pedagogy, and …")
    qs = t[1].start - 1 if text[t[1].start - 1:t[1].start] in _CLOSING_QUOTE else t[1].start
    return (text[qs:t2[1].end], _new(Span, (qs, t2[1].end))), j2


_JOURNAL_LEAD_WORDS: Final = frozenset(("Revue", "Revista", "Rivista", "Bulletin", "Bollettino", "Boletín", "Annales",
                                         "Annali", "Anales", "Cahiers", "Archives", "Archivio", "Archivos", "Zeitschrift",
                                         "Mitteilungen", "Journal", "Studi", "Studia", "Acta", "Atti", "Mémoires"))


def _journal_lead_piece(piece: str) -> bool:
    """A journal's name that opens with its kind, then lowercase words and names: "Revue d’histoire et de philosophie
    religieuses", "Bulletin de la Société préhistorique française" (not a sentence: no verb's stop, at most 10 words)."""
    words = piece.split()
    return 2 <= len(words) <= 10 and "." not in piece and ":" not in piece and all(
        w[:1].isupper() or w[:1].islower() and (len(w) <= 3 or w.replace("’", "'").split("'")[-1].isalpha()) for w in words)


def _comma_title_journal(text: str, start: int, end: int):
    """'Title, Journal Abbrev.' (physics and mathematics after an initials-first list): the
    journal is the last comma-separated part when every word of it reads as part of a
    journal name; None when it does not."""
    seg = text[start:end]
    cut = seg.rstrip(" ,.;:(")
    k = cut.rfind(",")
    last = cut[k + 1:] if k != -1 else cut
    # "Phys .Rev .D" (PDF text); and a word a line's end broke, its halves joined: "Applied Mathematics and Com
    # -putation", "Eu -rophys.Lett."
    words = [w for w in (last.replace(" -", "") if " -" in last else last).replace(".", ". ").replace("( ", "(").replace(
        " )", ")").split() if w != "."]
    if not words or len(words) > 10 or not all(_JOURNAL_WORD_RE.match(w) for w in words):
        return None
    while k > 0:  # "Nucl. Instrum. Methods Phys. Res., Sect. A": a journal name with a comma inside
        k2 = cut.rfind(",", 0, k)
        prev = cut[k2 + 1:k]
        pw = [w for w in prev.replace(".", ". ").split() if w != "."]
        if not (pw and len(pw) <= 8 and all(_JOURNAL_WORD_RE.match(w) for w in pw)
                and sum(w.endswith(".") for w in pw) >= 2):
            break
        last = cut[k2 + 1:]
        k = k2
    series = False
    if k > 0 and last.lstrip()[:1] in "SNn" and _SERIES_ALONE_RE.fullmatch(last.strip()) is not None:
        # a journal's series after its name and a comma: the name goes with it, back to the comma or the sentence before
        # it ("… (in French). Academie Sciences (Paris) Comptes Rendus, Serie D, v. 278", "… Millennium. The Metropolitan
        # Museum of Art Bulletin, New Series, Vol. 52"; the series alone had been read as the journal)
        k2 = cut.rfind(",", 0, k)
        name = cut[k2 + 1:k]
        d = name.rfind(". ")
        if _capitalised_words(name[d + 2 if d != -1 else 0:].replace("(", ""), 8) and (k2 != -1 or d != -1):
            last, k, series = cut[k2 + 1:], k2, True
    j = last.strip()
    d = j.rfind(". ")
    if d > 0 and "." not in j[d + 2:] and (series or j[:d].split()[-1] in _PLACE_WORDS):
        # "…Quebec, Canada. Meteoritics": a place, then a stop, ends the title's last part (the journal follows); and a
        # journal's series after its name (above)
        lead_ws = len(last) - len(last.lstrip())
        t_end = (k + 1 if k != -1 else 0) + lead_ws + d
        j = j[d + 2:]
        js = start + t_end + 2
        t = cut[:t_end].strip(" ,.")
        ts = start + seg.find(t)
        return ((t, _new(Span, (ts, ts + len(t)))) if t else None), (j, _new(Span, (js, js + len(j))))
    js = start + (k + 1 if k != -1 else 0) + last.find(j)
    journal = (j, _new(Span, (js, js + len(j))))
    if k == -1:
        d = j.rfind(". ")
        if d > 0 and _JOURNAL_NAME_START_RE.match(j, d + 2) is not None:
            # a title, then a journal named in words, no comma between them: "Nonlocal Anomalies Experiment. The
            # Journal of Parapsychology, Vol. 65, pp. 247-271." (the title had been read as the journal's)
            return (j[:d], _new(Span, (js, js + d))), (j[d + 2:], _new(Span, (js + d + 2, js + len(j))))
        return None, journal
    t = cut[:k].strip(" ,.")
    if not t:
        return None, journal
    ts = start + seg.find(t)
    return (t, _new(Span, (ts, ts + len(t)))), journal


# a source named as a journal: "Journal of …", "The American Journal of …", "Proceedings of …"
# the date a journal's name was printed with: "Critique internationale, 2010, n° 48", "…, Oct-Dec 1995"
_JOURNAL_DATE_TAIL_RE = lazy(rf",\s*(?:[^\W\d_]{{3,9}}\.?(?:\s*[-–/]\s*[^\W\d_]{{3,9}}\.?)?\s+|(?P<dm>\d{{1,2}}/\d{{1,2}}/))?"
                             rf"(?P<y>{_YEAR})\b[^,]*(?:,\s*n[°o]\.?\s*\d+)?\s*$")  # (or the day and month in figures:
# "ASH, 05/09/2014, n°2873": its year is the entry's)
# journals whose name is one word, read after a title's last comma ("…, Nature, 359, 228-230, 1993")
_ONE_WORD_JOURNALS: Final = frozenset((
    "Nature", "Science", "Cell", "Blood", "Lancet", "Neuron", "Gut", "Brain", "Chest", "Cancer", "Circulation",
    "Pediatrics", "Genetics", "Genomics", "Development", "Immunity", "Radiology", "Neurology", "Gastroenterology",
    "Hepatology", "Diabetes", "Hypertension", "Stroke", "Thorax", "Heart", "Leukemia", "Oncogene", "Endocrinology",
    "Biochemistry", "Biometrika", "Biometrics", "Econometrica", "Geology", "Icarus", "Physica", "Langmuir",
    "Macromolecules", "Polymer", "Tetrahedron", "Analyst", "Talanta", "Virology", "Oncotarget", "Nanoscale",
    "Sensors", "Molecules", "Materials", "Water", "Energies", "Sustainability", "Viruses", "Nutrients", "Cells",
    "Cancers", "Genes", "Evolution", "Ecology", "Oikos", "Oecologia", "Parasitology", "Mycologia", "Planta",
    "Electrophoresis", "Proteomics", "Bioinformatics", "Biostatistics", "Automatica", "Neurocomputing", "Cognition",
    "Psychometrika", "Sleep", "Pain", "Epilepsia", "Spine", "Surgery", "Anaesthesia", "Anesthesiology",
    "Transfusion", "Haematologica", "Allergy", "Rheumatology", "Transplantation", "Urology", "Fertility",
    "Reproduction", "Contraception", "Chromosoma", "Chromatographia", "Phytochemistry", "Toxicology",
    "Pharmacology", "Vaccine", "Glia", "Genesis", "Traffic", "Structure", "Tectonophysics",
    "Geoderma", "Catena", "Chemosphere", "Ecotoxicology", "Hydrobiologia", "Limnology", "Ethology", "Behaviour",
    "Primates", "Heredity", "Genome", "Mutagenesis", "Carcinogenesis", "Apoptosis", "Autophagy",
    "Angiogenesis", "Thrombosis", "Atherosclerosis", "Obesity", "Menopause", "Maturitas", "Neuropsychologia",
    "Neuroimage", "NeuroImage", "Psychophysiology", "Addiction", "Econometrics", "Philosophy", "Mind", "Synthese",
    "Language", "Lingua", "Semantics", "Poetics", "Speculum", "Antiquity", "Archaeometry", "Radiocarbon",
    "Quaternary", "Permafrost", "Tellus", "Nonlinearity", "Topology", "Combinatorica",
    "Algorithmica", "Computing", "Informatica", "Cryptologia",
))
# a journal printed with the month of its issue, the year read apart: "Soins, novembre" (2007)
_JOURNAL_MONTH_TAIL_RE = lazy(rf",\s*(?:[0-3]?\d\s+)?(?:{_MONTH_NAMES})\.?(?:\s*[-–/]\s*(?:{_MONTH_NAMES})\.?)?\s*$", re.IGNORECASE)
# the marks that may stand before an issue's or a volume's number, one list for both cuts below
_LOCATOR_MARKS: Final = r"n°|no|nr|n|num|numéro|vol|t|bd|tome|heft"
_LEAD_YEAR_COMMA_RE = lazy(rf"(?:{_YEAR},|\(\s*{_YEAR}[a-z]?\s*\))\s+(?=[A-Z])")  # ("1958, Daedalus", "(2008) The …")
_ISSUE_MARK_TAIL_RE = lazy(rf"(?:,\s*(?:{_LOCATOR_MARKS})\.?|\.\s*n°)\s*$", re.IGNORECASE)  # (or after a stop, the mark
# with its "°" only: "Les Cahiers scientifiques du Parc amazonien de Guyane. N°2(1) : p.56-60")
_JOURNAL_DAY_MONTH_TAIL_RE = lazy(rf"\s+[0-3]?\d\s+{_MONTH_NAME}$")
_JOURNAL_MONTH_RANGE_TAIL_RE = lazy(rf"\s+{_MONTH_NAME}\.?\s*[{_DASH}/]\s*{_MONTH_NAME}\.?$")
_GLUED_ISSUE_TAIL_RE = lazy(r"(?<=[^\W\d_])\((\d{1,4})\)$")
_MONTH_TAILS: Final = frozenset(w[-3:] for w in _MONTH_WORDS_EN)  # (an English month's last letters: a gate before the
# month-tail pattern, which reads English months)
_JOURNAL_YEAR_TAIL_RE = lazy(rf"\s+{_YEAR}(?:\s+{_MONTH_NAME}(?:\s*[{_DASH}/]\s*{_MONTH_NAME}|\s+\d{{1,2}})?)?$")
# what may be left after a journal's name when its number or date was read as the block: an issue or volume
# mark ("Agone, n°", "Information zur politischen Bildung, Nr"), an opened date ("Barron's (July 25")
_JOURNAL_ISSUE_TAIL_RE = lazy(r",\s*(?:n°|N°|no\.?|No\.?|Nr\.?|num(?:éro)?\.?)\s*(?P<iss>\d{1,5}(?:[-/]\d{1,4})?)$")
# (the journal's tail cleanup, in the order it cuts) a newspaper's date in ISO form after or before its name: "Tanzania
# Daima 2009-12-30", "1987-01-02 Uhuru p12"
_ISO_DATE_TAIL_RE = lazy(rf"\s+(?P<y>{_YEAR})-[01]\d-[0-3]\d$")
_ISO_DATE_HEAD_RE = lazy(rf"(?P<y>{_YEAR})-[01]\d-[0-3]\d\s+(?=\S)")
# a newspaper's date in figures after its name, day first, and its page (_newspaper_figures reads the name first): "…
# brainwashed’ The New York Times (16/05/65) pp52, 54"
_FIGURES_DATE_TAIL_RE = lazy(r"\s\([0-3]?\d/[01]?\d/(?:\d\d|(?:19|20)\d\d)\)(?:\s+pp?\.?\s*\d{1,4})?")
# a newspaper's or magazine's date of issue after its name ("Los Angeles Times, 15 March 1985, sec"), tried only where
# the name ends with one of _MONTH_ENDS: a month's name, its stop, a day, a year or a section's "sec"
_MONTH_ENDS: Final = frozenset([m[-3:] for m in _MONTH_WORDS_EN] + [m[-2:] + "." for m in _MONTH_WORDS_EN] + ["sec"])
_NEWSPAPER_DATE_TAIL_RE = lazy(rf"(?:(?P<sep>\s*[,;])\s*|\s+)(?:[0-3]?\d\s+)?(?P<m>[A-Z][a-z]{{2,8}}\.?)"
                               rf"(?P<d>\s+[0-3]?\d(?:\s*[{_DASH}]\s*[0-3]?\d)?)?(?:\s+{_YEAR})?(?:,\s*sec)?$")
# the volume, its year or part and an issue's mark left at the name's end, the block read from a later number
# ("Šolska kronika 13 (37), št" before "2 (2004), 226-241"; _left_volume)
_LEFT_VOLUME_TAIL_RE = lazy(r"(?<=[^\W\d_])(?:,\s*|\s+)(?P<mark>(?:Heft|H\.|Nr\.?|No\.?)\s*)?(?P<v>\d{1,4})"
                            r"(?:\.?\s*Jg\.?|\s*\(\d{1,4}\))?(?:\s*,\s*(?P<i>\d{1,4}))?"
                            r"(?:\s*[,/]\s*(?:Pt|št|Heft|H|Nr|No)\.?)?\s*[,/]?\s*$")
_LEFT_LOCATOR_ENDS: Final = ("Pt", "št", "Heft", "/")
# a dossier quoted after "In" before the journal's name ("In : « Chroniques … », Revue de l’OFCE"); MLA's translator
# ("Trans. Nicholas Rand. Critical Inquiry": a name, not a journal's abbreviations, "Trans. Amer. Math. Soc.")
_IN_QUOTED_LEAD_RE = lazy(r"[Ii]n\s?:?\s*(?:«[^«»]{3,200}»|“[^“”]{3,200}”|\"[^\"]{3,200}\")\s*,\s*(?=[^\W\d_])")
_TRANSLATOR_LEAD_RE = lazy(r"Tra(?:ns|d)\.\s+(?:(?:[A-Z][a-z'’-]+|[A-Z]\.)\s+){1,3}[A-Z][a-z'’-]{2,}\.\s+(?=[A-Z])")
# the year, then the pages, after a journal with no volume ("Infect. Dis. Res. Treat. 2012, 1–13")
_YEAR_PAGES_TAIL_RE = lazy(rf"(?<=[A-Za-z.)])\s+(?P<y>{_YEAR}),\s*(?P<a>\d{{1,5}})\s*[{_DASH}]\s*(?P<b>\d{{1,5}})$")
# a special issue named after the block, a trailer ("985-987. Special Issue on Learning and Discovery in …"); after the
# journal's name ("Computer, Special Issue on Fault-Tolerant Systems"), or the journal named after "Special issue of"
# ("Graphic Narrative. Special issue of Modern Fiction Studies")
_SPECIAL_ISSUE_TRAILER_RE = lazy(r"(?<=\d)\.\s+Special\s+[Ii]ssue\s+(?:on|of)\b[^.]{0,200}\.?\s*$")
_SPECIAL_ISSUE_RE = lazy(r"(?:[,:;.]\s*|\s)Special\s+[Ii]ssue\b(?P<of>\s+of\s+(?=[A-Z]))?")
_JOURNAL_LOCATOR_TAIL_RE = lazy(
    rf"(?:,\s*(?:{_LOCATOR_MARKS})\.?|(?<=\w) n°|\s*\((?:{_MONTH_NAMES})\.?(?:\s*[-–/]\s*(?:{_MONTH_NAMES})\.?)?(?:\s+\d{{1,2}})?,?)\s*$",
    re.IGNORECASE)  # ("(September-October" before "1964)")
_JOURNAL_WORD_IN_RE = lazy(r"\b(?:Journal|Review|Quarterly|Bulletin|Proceedings|Annals|Annales|Letters|Transactions|Revue|"
                           r"Zeitschrift|Archives|Magazine|Gazette|Cahiers|Rivista|Revista|Tijdschrift)\b")
# a journal's name opening inside a segment (after a blank): "American Journal of", "Journal of the", "Annals of"
_JOURNAL_NAME_IN_RE = lazy(
    r"(?<=\s)(?:The\s+)?(?:(?:American|British|European|International|Canadian|Australian|Scandinavian|Chinese|Indian|"
    r"Japanese|Korean|African)\s+)?(?:Journal|Proceedings|Annals|Archives|Transactions)\s+of\s+(?:the\s+)?[A-Z]")
_COLON_PAGES_JOURNAL_RE = lazy(r"\b(?:Journal|Review|Quarterly|Bulletin|Annals|Letters|Transactions|Revue|Zeitschrift|Archives)\b")
_JOURNAL_NAME_START_RE = lazy(
    r"(?:The\s+)?(?:(?:American|British|European|International|Canadian|Australian|Scandinavian|Chinese|Indian|"
    r"Japanese|Korean|African)\s+)?(?:Journal|Proceedings|Annals|Annales|Bulletin|Transactions|Archives)\s+(?:of|de|on|for)\s"
)
_PAREN_YEAR_TAIL_RE = lazy(r"\s*\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)\s*$")


def _short_abbrevs(piece: str, longest: int = 5) -> bool:
    """Only abbreviations: "Phys.", "J.", "Nucl. Instr." (a short title such as "Dengue." or
    "Why Whales Leap." is not)."""
    words = piece.split()
    return bool(words) and all(
        (w.endswith(".") or w.endswith(".:")) and (len(w.rstrip(".:")) <= longest or w.rstrip(".:") in _LONG_ABBREVS)
        or len(w) == 1 and w.isupper()
        for w in words
    )


# medicine's abbreviations longer than a word of a title is let be ("Clin. Gastroenterol. Hepatol.", "Otolaryngol. Head
# Neck Surg.", "Arterioscler. Thromb. Vasc. Biol."): words no title is printed with
_LONG_ABBREVS: Final = frozenset((
    "Gastroenterol", "Neurogastroenterol", "Otolaryngol", "Otorhinolaryngol", "Arterioscler", "Psychopharmacol",
    "Neuropsychopharmacol", "Pharmacoepidemiol", "Endocrinol", "Neuroendocrinol", "Ophthalmol", "Anesthesiol",
    "Anaesthesiol", "Neurophysiol", "Electrophysiol", "Pharmacol", "Neuroradiol", "Neuropsychol", "Immunopharmacol",
    "Pharmacother", "Pharmacokinet", "Neuroimmunol", "Neuropathol", "Histopathol", "Cytopathol", "Dermatopathol",
    "Neurobiol", "Psychophysiol", "Biotechnol", "Bioinformatics", "Microbiol", "Immunobiol", "Radiother", "Endosc",
    "Gerontol", "Geriatr", "Perinatol", "Neonatol", "Traumatol", "Epidemiol", "Rheumatol", "Haematol", "Gynaecol",
    "Toxicol", "Parasitol", "Mycol", "Physiol", "Pathophysiol", "Cardiovasc", "Cerebrovasc", "Musculoskelet",
    "Pulmonol", "Hepatobiliary", "Nephrol", "Neurosurg", "Neurosci", "Psychiatr", "Psychother", "Rehabil",
    "Transplantation", "Ultrastruct", "Crystallogr", "Spectrosc", "Photobiol", "Photochem", "Chemother",
    "Antimicrob", "Antivir", "Ther", "Infect", "Immunol",
))


def _ends_with_abbreviation(piece: str) -> bool:
    """The piece's last word is a journal's abbreviation ("Plasma Phys.", "Eur."), not a word of a title
    ("Phoca Vitulina.")."""
    w = piece.split()[-1].rstrip(".:") if piece.split() else ""
    return w in _JOURNAL_LEAD_ABBREVS or 0 < len(w) <= 5


def _capitalised_words(s: str, most: int) -> bool:
    """A name's words: capitalised ("Alma-Ata"), or the small words of names ("of", "de")."""
    words = s.split()
    return 0 < len(words) <= most and all(w[:1].isupper() or w in _NAME_SMALL_WORDS for w in words)


_JOURNAL_SMALL_WORDS: Final = frozenset(("der", "die", "das", "del", "della", "van", "von", "les", "und", "per", "por", "pour",
                                  "zur", "dei", "degli", "delle", "och", "voor", "sur", "aux"))
_NAME_SMALL_WORDS: Final = frozenset(("of", "and", "&", "the", "de", "der", "für", "in", "on", "for", "la", "et", "des", "du",
                                      "da", "do", "dos", "das", "del", "los", "las", "y", "e", "à", "às", "au",
                                      "aux", "di", "della", "delle", "dei", "i", "och", "og", "zur",
                                      "van", "voor", "en"))  # (Portuguese, Spanish, French, Italian; Swedish, Polish, Czech,
# Norwegian, German and Dutch: "Geologiska Foreningens i Stockholm Forhandlingar", "Tijdschrift voor Entomologie"; not
# German's "und", which joins a name's last parts after its commas: "Zoologische Jahrbucher, Abtheilung fur Systematik,
# Geographie und Biologie der Thiere")


def _elided(w: str) -> bool:
    """A French word after an elided article: "l’École", "d’histoire", "L'Information"."""
    return w[1:2] in ("’", "'") and w[:1] in ("l", "d", "L", "D") and w[2:3].isalpha()


def _journal_name_words(s: str, most: int) -> bool:
    """A journal's name in any language: its words capitalised, or the small words of names and journals ("of", "für",
    "pour"), or elided ("De la Meuse à l’Ardenne"). Not "und": a German name's sections are joined by it after a comma
    ("Zoologische Jahrbucher, Abtheilung fur Systematik, Geographie und Biologie der Thiere" is one name)."""
    words = s.split()
    return 0 < len(words) <= most and all(w[:1].isupper() or w in _NAME_SMALL_WORDS or w != "und" and (
        w in _JOURNAL_SMALL_WORDS or _elided(w)) for w in words)


def _title_word(w: str) -> bool:
    """A title's word in lowercase, not a name's: four letters at least, or three that are no English function word
    ("era", "und", "bis"; not "the", "and")."""
    return (len(w) >= 4 or len(w) == 3 and w not in _FUNCTION_WORDS) and w.isalpha() and w.islower()


def _sentence_case_name(s: str) -> bool:
    """A journal's name in sentence case, two to four words, a comma and the block after it ("Carnets de géographes, n°2,
    2011", "Quaderni storici, 14")."""
    words = s.split()
    return 2 <= len(words) <= 4 and words[0][:1].isupper() and words[0][1:].isalpha() and all(
        w.isalpha() and w.islower() or w in _NAME_SMALL_WORDS or _elided(w) for w in words[1:])


def _word_then_abbrevs(piece: str, first_only: int = 0) -> bool:
    """A journal's word written out before its abbreviations, after the first: "Prog. Energy Combust. Sci.",
    "J. Cent. South Univ. Technol.". ``first_only``: only the first word written out, the others abbreviations
    no longer than that ("Space Sci.", "SIAM J."; not a title's "Why Whales Leap."), or words written out before a
    journal's known abbreviation ("New England J.", "Biotechnology Ann.")."""
    words = piece.split()
    if first_only and 2 <= len(words) <= 3 and words[-1].rstrip(".") in _JOURNAL_LEAD_ABBREVS | {"J"} and \
            words[-1].endswith(".") and all(w[:1].isupper() and w.isalpha() and len(w) <= 14 for w in words[:-1]):
        return True
    return 2 <= len(words) <= 3 and words[-1].endswith(".") and len(words[-1]) <= 9 and all(
        w[:1].isupper() and (w.isalpha() and len(w) <= 10 and (not first_only or not i) or w.endswith(".") and len(w) <= (
            first_only or 9)) for i, w in enumerate(words))


def _word_then_known_abbrev(piece: str) -> bool:
    """A word written out, then a journal's known abbreviation of two letters at least: "Differential Geom.",
    "Biotechnology Ann." (not a name and its initial: "Mañes J.")."""
    words = piece.split()
    return len(words) == 2 and words[1].endswith(".") and len(words[1]) >= 3 and words[1][:-1] in _JOURNAL_LEAD_ABBREVS \
        and words[0][:1].isupper() and words[0].isalpha() and 4 <= len(words[0]) <= 14


def _all_journal_words(s: str, most: int) -> bool:
    if s[-1:] == ")":  # a place in brackets ends a journal's name: "Ann. Phys. (N.Y.)", "CR Acad Sci (Paris)"
        k = s.rfind("(")
        if 0 < k >= len(s) - 14 and s[k + 1:k + 2].isupper():
            s = s[:k]
    words = [w for w in s.replace(".", ". ").split() if w != "." and w != ":"]  # ("J. Phys.: Condens. Matter")
    return 0 < len(words) <= most and all(_JOURNAL_WORD_RE.match(w) for w in words)


_FUNCTION_WORDS: Final = frozenset(("a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from",
                             "into", "over", "under", "than", "via", "versus", "vs", "as", "its", "their", "after",
                             "before", "during", "between", "among", "without", "within", "through", "about"))


# a letter's or a notice's whole title, one word, before the journal: "Stinchcombe TE. Reply. N Engl J Med 2018;
# 379:1395." (not the journal's first abbreviation)
_ONE_WORD_TITLES: Final = frozenset(("Reply", "Response", "Correction", "Corrections", "Erratum", "Errata", "Editorial",
                                     "Retraction", "Comment", "Commentary", "Obituary", "Introduction", "Foreword",
                                     "Preface", "Letter", "Correspondence", "Addendum", "Corrigendum"))
# abbreviations that begin journal names and seldom end a title ("Bull. Seismol. Soc. Am.")
_JOURNAL_LEAD_ABBREVS: Final = frozenset((
    "Bull", "Proc", "Trans", "Ann", "Annu", "Rev", "Phys", "Nucl", "Int", "Eur", "Am", "Amer", "Br", "Brit", "Can",
    "Jpn", "Chin", "Appl", "Astron", "Astrophys", "Mon", "Commun", "Lett", "Acta", "Arch", "Adv", "Biochem",
    "Biophys", "Chem", "Mol", "Geophys", "Clin", "Opt", "Rep", "Res", "Z", "Zh", "Izv", "Dokl", "Compt", "Comptes",
    "Fortschr", "Nuovo", "Rend", "Mem", "Quart", "Q", "Philos", "Phil", "Soc", "Theor", "Exp", "Comput", "Stat",
    "Geol", "Ecol", "Environ", "Biol", "Physiol", "Pharmacol", "Neurosci", "Psychol", "Math", "Comm", "Mech", "Invent",
    "Topol", "Geom", "Class", "Sci",  # ("Class. Quantum Grav.", "Sci. Rep.")
    # medicine's ("Obstet. Gynecol.", "Infect. Immun.", "Nephrol. Dial. Transplant.", "Gastroenterol. Clin. North Am.")
    "Obstet", "Gynecol", "Gynaecol", "Infect", "Immun", "Immunol", "Pediatr", "Paediatr", "Respir", "Nutr", "Epidemiol",
    "Genet", "Hematol", "Haematol", "Pharm", "Vet", "Nephrol", "Rheumatol", "Neurol", "Cardiol", "Radiol", "Dermatol",
    "Urol", "Microbiol", "Pathol", "Gastroenterol", "Endocrinol", "Oncol", "Surg", "Anesth", "Anaesth", "Ophthalmol",
    "Otolaryngol", "Orthop", "Neurosurg", "Toxicol", "Virol", "Parasitol", "Reprod", "Hepatol", "Thromb", "Arterioscler",
    "Psychosom", "Behav", "Cogn", "Biomed", "Nurs", "Transl", "Crit", "Emerg", "Dent", "Curr", "Psychopharmacol",
    "Neuropsychopharmacol", "Neurogastroenterol", "Pharmacoepidemiol", "Psychiatr",
    "Geosci", "Atmos", "Clim",  # ("Geosci. Model Dev.", "Atmos. Chem. Phys.", "Clim. Dynam.")
    "Braz",  # ("Braz. J. Phys.", "Braz J Med Biol Res")
    "Transplant",  # ("Transplant. Proc.", "Transplant Rev")
    "Trop",  # ("Trop. Med. Int. Health", "Trop. Lepid. Res.")
    "Acad", "Rom", "Mitt",  # ("Acad. Roy. Belg. Bull. Cl. Sci.", "Acad Radiol", "Rom. Rep. Phys.", "Mitt. Internat.
    # Verein. Limnol.")
))


# what may open a journal's name before its abbreviations when no title is printed (ACS, reviews' short style):
# "J." above all ("Smith, J.; Jones, K. J. Org. Chem. 2012, 8, 1479"), and words no one is named
_TITLELESS_LEADS: Final = _JOURNAL_LEAD_ABBREVS - frozenset(("Ann", "Can", "Q", "Z", "Class", "Mon", "Am")) | frozenset((
    "J", "Expert", "Semin", "Nat", "Med", "Org"))  # (abbreviations only: a title of one word may be "Cancer.")
_TITLELESS_LEAD_RE = lazy(r"(?:(?<=\s)|(?<=^))(?P<lead>[A-Z][a-z]{0,8})\.$")


def _journal_lead_back(body: str, t, j, authors):
    """A journal cited with no title, its first abbreviation read as something else (ACS and short styles):
    the last author's last initial or given name ("Jones, K. J. Org. Chem. 2012", "Downward, Curr. Opin. Cell Biol.
    10: 262") or the title ("…, E. Beilstein J. Org. Chem."), before a volume and pages (not yet "Dbaibo, et al., J.
    Biol. Chem. 1993, 17782-66", which has no volume block). Returns
    (title, journal, authors), the abbreviation given back to the journal where the rest of the journal is
    abbreviations too."""
    js = j[1].start
    jw = j[0].split()
    words = t[0].split() if t is not None else []
    two_leads = len(words) == 2 and words[0] in _JOURNAL_LEAD_ABBREVS and words[1] in _JOURNAL_LEAD_ABBREVS  # ("Acta
    # Phys. Polonica B": two abbreviations, then a word written out)
    if not jw or not jw[0].endswith(".") and body[js + len(jw[0]):js + len(jw[0]) + 1] != "." and not two_leads or \
            not _all_journal_words(j[0], 6):
        return t, j, authors
    if t is not None:
        if t[1].start < js and body[t[1].end:js].strip() == "." and 0 < len(words) <= 2 and \
                words[-1] in _TITLELESS_LEADS and all(w[:1].isupper() and w.isalpha() for w in words) and (
                    len(words) == 1 or words[-1] == "J" or two_leads or
                    body[t[1].start + len(words[0]):t[1].start + len(words[0]) + 1] == "."):
            return None, (body[t[1].start:j[1].end], _new(Span, (t[1].start, j[1].end))), authors
        return t, j, authors
    if not authors:
        return t, j, authors
    a = authors[-1]
    if a.span.end > js or body[a.span.end:js].strip(" ."):
        return t, j, authors
    raw = body[a.span.start:a.span.end].rstrip()
    if not raw.endswith("."):
        raw = body[a.span.start:js].rstrip()
    m = _TITLELESS_LEAD_RE.search(raw)
    if m is None or m.group("lead") not in _TITLELESS_LEADS:
        return t, j, authors
    lead = m.group("lead")
    given = a.given
    if len(lead) == 1:  # an initial: the author keeps another ("K. J." -> "K")
        if not (given.endswith(lead) and len(given) >= 2 and raw[:m.start()].rstrip()[-1:] == "."):
            return t, j, authors
        given = given[:-1]
    elif given != lead:
        return t, j, authors
    else:
        given = ""
    ls = a.span.start + m.start()
    end = len(body[:ls].rstrip(" ,"))
    authors = list(authors[:-1]) + [a._replace(given=given, span=_new(Span, (a.span.start, end)))]
    return None, (body[ls:j[1].end], _new(Span, (ls, j[1].end))), authors


_LEAD_TAILS: Final = frozenset(w[-3:] for w in _JOURNAL_LEAD_ABBREVS)
_IOP_TAIL_RE = lazy(r"(?:^|(?<=[,.:])\s*)(?P<lead>J\.\s?Phys\.:\s?[A-Z][a-z]{0,8})$")
_TITLE_TAIL_LEAD_RE = lazy(r"(?:[,:]\s*|\.-?\s*|(?P<sp>(?<=[a-z0-9]) ))(?P<lead>[A-Z][a-z]{0,8})$")
# leads that may end a title as words ("… a World Class", "… Int"), not given to the journal when only a space parts them
# from the title (the others are: "…seismometry Bull. Seismol. Soc. Am.", "…a new approach Rom .Rep .Phys")
_WORD_LEADS: Final = frozenset(("Can", "Class", "Rep", "Res", "Mem", "Phil", "Comm", "Exp", "Stat", "Sci", "Int", "Rev",
                                "Am", "Z", "Q", "Mol", "Ann", "Mon", "Invent", "Dent", "Curr", "Crit", "Emerg", "Transl"))


def _title_tail_lead(body: str, t, j):
    """A journal's first abbreviation read as the title's last word, after the title's comma, colon or stop ("…
    sectionnelles constantes, Acad. Roy. Belg. Bull.", "…on shaped tri-angulations,Ann .Henri Poincaré 17", "…
    compactifications.J .Phys Conf .Ser .634", "Knölker, M.: Astrophys. J. Lett. 723"): given back to the journal where
    the rest of the journal's name is abbreviations. Returns (title, journal)."""
    m = _TITLE_TAIL_LEAD_RE.search(t[0], len(t[0]) - 12)
    if m is None or (lead := m.group("lead")) not in _JOURNAL_LEAD_ABBREVS and lead != "J" or \
            not _all_journal_words(j[0], 6):
        return t, j
    spaced = m.group("sp") is not None
    if spaced:  # only a space before it (physics' "2015 Title Bull. Seismol. Soc. Am. 105"): a lead
        # no title ends with, before a journal's next abbreviation
        jw = j[0].split(None, 1)[0]
        if lead in _WORD_LEADS or not (jw.endswith(".") or body[j[1].start + len(jw):j[1].start + len(jw) + 1] == "."):
            return t, j
    ls = t[1].start + m.start("lead")
    tt = t[0][:m.start()].rstrip(" ,:.-")
    if spaced and tt[-2:] in ("'s", "’s") and (k := tt.rfind(". ")) != -1 and \
            " " not in tt[k + 2:] and tt[k + 2:k + 3].isupper():
        ls = t[1].start + k + 2  # a name's possessive opens the journal: "…collagenase. Hoppe-Seyler's Physiol. Chem. 333"
        tt = tt[:k]
    if len(tt) < 8:
        return t, j
    return (tt, _new(Span, (t[1].start, t[1].start + len(tt)))), (body[ls:j[1].end], _new(Span, (ls, j[1].end)))


def _sentence_then_journal(j):
    """A title and its journal parted by a comma, read as the journal where no title was read ("Hegemann, W (1996).
    Neue Entwicklung in der Klaertechnik-Hightech und/oder Einfachtechnik, TU International, Nr. 34/35"): the title is
    what comes before the last comma where it reads as a sentence and the rest as a name. Returns (title, journal)."""
    k = j[0].rfind(", ")
    head, tail = j[0][:k], j[0][k + 2:]
    words = tail.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w in _FUNCTION_WORDS for w in words) or \
            len(head.split()) < 4 or sum(1 for w in head.split() if w.islower()) < 2 or "," in head:
        return None, j
    js = j[1].start + k + 2
    return (head, _new(Span, (j[1].start, j[1].start + len(head)))), (tail, _new(Span, (js, js + len(tail))))


_SPACING_ACUTE_RE = lazy(r"\b[A-Z][a-z]*´[a-z][\w´]*")  # (a capitalised word: a name, not "women´s rights")
_VERSION_APPEARS_RE = lazy(r",\s*(?:[A-Z][a-z]+\s*)?(?:version|translation)\s+appears\s+in\b")
_BARE_CITED_DATE_RE = lazy(
    r"(?<=\d{4}),\s*[0-3]?\d\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\s+de\s+\d{4}"
    r"(?=\s*;)", re.IGNORECASE)
_TRANSLATION_TAIL_RE = lazy(r"\(\s*Engl(?:ish)?\.?\s*transl(?:\.|ation)?\s*\.?\s*\)[\s.]*$")
_CJK_SEP_RE = lazy(r"(?:,\s*|、|，|\.\s+|。|(?<=['’」』]) )(?=[^,、，。]*$)")
_CJK_YEAR_PIECE_RE = lazy(r"(?:,\s*|、|，)(?:(?:19|20)\d\d年|[권卷巻第제])$")  # (a year, or the word for the volume)


def _cjk_title_journal(body: str, t, j):
    """A Chinese, Japanese or Korean title and its journal parted by a comma, "、" or a stop, read as one title where
    no stop closes the title before the block ("陳遵嬀, 二十八宿的演變, 中國天文學史, 권2, 1985.", "漫談嶺南園林. 建築學報. 中國建築學會.
    第3期", "'中国生态补偿研究最新进展与前沿分析' 林业经济 , 第19-29页"): the last piece, in those scripts and with no blank, is the
    journal where none was read or where what was read is one letter or a society (the publisher). Returns (title,
    journal)."""
    s = t[0]
    y = _CJK_YEAR_PIECE_RE.search(s, max(0, len(s) - 8))
    if y is not None:  # ("…, 中山大學學報, 2017年第5期": the year's piece; "…, 中國天文學史, 권2")
        s = s[:y.start()]
    m = _CJK_SEP_RE.search(s)
    if m is None:
        return t, j
    last = s[m.end():].strip()
    if not 2 <= len(last) <= 15 or " " in last or not all(c >= "\u2e80" for c in last) or \
            j is not None and len(j[0]) > 2 and not j[0].endswith(("會", "会", "社")):
        return t, j
    tt = s[:m.start()].strip(" ,.")
    if s[:1] in "'‘" and tt[-1:] in "'’":
        tt = tt[1:-1].strip()
    if len(tt) < 3:
        return t, j
    ts = t[1].start + t[0].find(tt)
    js = t[1].start + m.end() + (len(s) - m.end() - len(s[m.end():].lstrip()))
    return (tt, _new(Span, (ts, ts + len(tt)))), (last, _new(Span, (js, js + len(last))))


# journals whose names hold commas, which a title closed by a comma runs into ("…, Chaos, Solitons and Fractals, 19",
# "…, Brain, Behavior, and Immunity, 45"): the split at a comma cannot tell them from a title's last words; and names
# that a colon splits, whose words after it no journal's name would be read from ("…, Physica A: Statistical Mechanics
# and its Applications 333 (2004)")
_COMMA_JOURNALS: Final = (
    "International Journal of Radiation Oncology, Biology, Physics", "Cancer Epidemiology, Biomarkers & Prevention",
    "Cancer Immunology, Immunotherapy", "Journal of the Royal Society, Interface",
    "Journal of Bone and Joint Surgery, American Volume", "Journal of Bone and Joint Surgery, British Volume",
    "Nephrology, Dialysis, Transplantation", "Knee Surgery, Sports Traumatology, Arthroscopy",
    "Arteriosclerosis, Thrombosis, and Vascular Biology", "Heart, Lung and Circulation",
    "Annals of Allergy, Asthma & Immunology", "Allergy, Asthma & Clinical Immunology", "Surgery, Gynecology & Obstetrics",
    "Ear, Nose & Throat Journal", "Child: Care, Health and Development",
    "Oral Surgery, Oral Medicine, Oral Pathology, Oral Radiology, and Endodontics",
    "Physica A: Statistical Mechanics and its Applications", "Physica C: Superconductivity and its Applications",
    "Physica E: Low-dimensional Systems and Nanostructures", "Journal of Physics A: Mathematical and Theoretical",
    "Journal of Physics A: Mathematical and General", "Biochimica et Biophysica Acta (BBA) - Reviews on Cancer",
    "Biochimica et Biophysica Acta (BBA) - Molecular Cell Research",
    "Biochimica et Biophysica Acta (BBA) - Molecular Basis of Disease",
    "Nuclear Instruments and Methods in Physics Research Section A: Accelerators, Spectrometers, Detectors and "
    "Associated Equipment",
    "Philosophical Transactions of the Royal Society A: Mathematical, Physical and Engineering Sciences",
    "Agriculture, Ecosystems and Environment", "Aging, Neuropsychology, and Cognition", "Anxiety, Stress, and Coping",
    "Applied Physiology, Nutrition, and Metabolism", "Brain, Behavior, and Immunity", "Brain, Behavior and Evolution",
    "Chaos, Solitons and Fractals", "Clinical, Cosmetic and Investigational Dermatology",
    "Computers, Environment and Urban Systems", "Diabetes, Metabolic Syndrome and Obesity: Targets and Therapy",
    "Diabetes, Metabolic Syndrome and Obesity", "Diabetes, Obesity and Metabolism", "Drug Design, Development and Therapy",
    "Earth, Planets and Space", "Gender, Place and Culture", "Gender, Work and Organization", "Genes, Brain and Behavior",
    "Infection, Genetics and Evolution", "Journal of Neurology, Neurosurgery, and Psychiatry",
    "Journal of Physics B: Atomic, Molecular and Optical Physics", "Advances in Atomic, Molecular, and Optical Physics",
    "IEEE Transactions on Systems, Man, and Cybernetics", "Nutrition, Metabolism and Cardiovascular Diseases",
    "Oral Surgery, Oral Medicine, Oral Pathology and Oral Radiology", "Oral Surgery, Oral Medicine, Oral Pathology, Oral Radiology",
    "Oral Surgery, Oral Medicine, Oral Pathology, Oral Radiology, and Endodontology",
    "Palaeogeography, Palaeoclimatology, Palaeoecology", "Pharmacology, Biochemistry and Behavior",
    "Plant, Cell and Environment", "Proceedings of the Royal Society A: Mathematical, Physical and Engineering Sciences",
    "Proceedings of the Royal Society of London A: Mathematical, Physical and Engineering Sciences",
    "Prostaglandins, Leukotrienes and Essential Fatty Acids", "Psychology, Health and Medicine",
    "Reproduction, Fertility and Development", "Science, Technology, and Human Values", "Theory, Culture and Society",
    "Water, Air, and Soil Pollution", "Work, Employment and Society",
)


def _comma_key(s: str) -> str:
    """A name compared whatever its blanks, case, hyphens broken at a line's end and ampersands ("Chaos ,Solitons and
    Fractals", "Chaos, Solitons & Fractals", "Lon-don")."""
    return s.lower().replace("&", "and").replace(", and ", ",").replace(",and ", ",").replace("-", "").replace(" ", "")


_COMMA_JOURNAL_KEYS: Final = frozenset(_comma_key(n) for n in _COMMA_JOURNALS) | frozenset(
    _comma_key(n.replace(", and ", " and ")) for n in _COMMA_JOURNALS)
_COMMA_JOURNAL_LONGEST: Final = max(len(n) for n in _COMMA_JOURNALS) + 4  # (and blanks PDF text adds)
_COMMA_JOURNAL_LAST_WORDS: Final = frozenset(n.rsplit(None, 1)[-1].lower() for n in _COMMA_JOURNALS)


def _comma_journal(body: str, t, j):
    """(title, journal) with a journal whose name holds commas read whole where the title's last commas had taken
    part of it, or all of it ("…, Chaos, Solitons and Fractals, 19": journal "Solitons and Fractals" before; "Journal
    of Physics B: Atomic,Molecular and Optical Physics 35": title "Journal of Physics B: Atomic"); else unchanged."""
    start = t[1].start if t is not None else j[1].start
    end = j[1].end if j is not None else t[1].end
    if body.find(",", start, end) == -1:
        return t, j
    last = body[max(start, end - 16):end].rsplit(None, 1)  # (the names' last words are shorter: no copy of the whole)
    if not last or last[-1].lower().rstrip(".") not in _COMMA_JOURNAL_LAST_WORDS:
        return t, j
    region = body[start:end]
    if j is not None and t is not None and not (t[1].end <= j[1].start and body[t[1].end:j[1].start].strip(" .,;:") == ""):
        return t, j
    first = max(0, len(region) - _COMMA_JOURNAL_LONGEST)  # (no cut further back than the longest name is looked at,
    # so that a long run of commas stays linear)
    cuts = ([0] if first == 0 else []) + [i + 1 for i in range(first, len(region)) if region[i] == ","]
    for c in cuts:
        name = region[c:].strip(" ,")
        if ("," in name or ":" in name or " - " in name) and _comma_key(name) in _COMMA_JOURNAL_KEYS:
            js = start + c + (len(region[c:]) - len(region[c:].lstrip(" ,")))
            je = js + len(name)
            if j is not None and js >= j[1].start:
                return t, j  # (the journal read already holds the whole name)
            head = body[start:js].rstrip(" ,.")
            title = (head, _new(Span, (start, start + len(head)))) if head else None
            return title, (name, _new(Span, (js, je)))
    return t, j


# places that end a title ("…impact structure, Ontario, Canada. Geology, v. 22"), never a journal's abbreviation
_PLACE_WORDS: Final = frozenset((
    "Canada", "Mexico", "USA", "U.S.A", "Australia", "Quebec", "Ontario", "Texas", "Alaska", "Sweden", "Finland",
    "Norway", "Germany", "France", "Italy", "Spain", "China", "India", "Japan", "Brazil", "Russia", "Africa",
    "Siberia", "Libya", "Egypt", "Arizona", "California", "Yucatan", "England", "Scotland", "Ireland"))


def _journal_after_sentence_case(seg: str, one_word: bool = False) -> Optional[tuple[str, int]]:
    """A title in sentence case run into the journal with no stop between them (PDF text):
    "Coeliac disease in a diabetic child Lancet" -> ("Coeliac disease in a diabetic child",
    where "Lancet" starts). The journal is the trailing run of 1-5 capitalised words or
    abbreviations after a lowercase word; the title keeps four words at least. ``one_word``: a title in title case may
    end before a journal of one word ("… an RNA Intermediate Cell"; where the segment is the whole title and journal)."""
    words = seg.rstrip(" .,;").split(" ")
    i = len(words)
    while i > 1 and len(words) - i < 2 and words[i - 1].islower() and len(words[i - 1].rstrip(".")) >= 4 and \
            words[i - 1].rstrip(".").capitalize() in _JOURNAL_LEAD_ABBREVS:
        i -= 1
    if i < len(words) and i >= 5 and words[i - 1][:1].isupper() and words[i - 1].isalpha() and sum(
            1 for w in words[:i - 1] if w.islower() and len(w) >= 4 and w not in _FUNCTION_WORDS) >= 2:
        # a journal's abbreviations typed in lowercase after its first word: "… tail-tip cells Nature genet", "…
        # oligometastatic NSCLC Lancet oncol" (the journal is that word and the run: the title may end in capitals)
        title = " ".join(words[:i - 1])
        return title, len(title) + 1
    i = len(words)
    while i > 0 and len(words) - i < 5 and (words[i - 1][:1].isupper() and words[i - 1].rstrip(".").isalpha() or (
            words[i - 1] in _JOURNAL_JOINERS and i < len(words) and i >= 2 and words[i - 2][:1].isupper())):
        i -= 1  # (a joining word between two capitalised ones: "… endometrial receptivity Fertility and Sterility")
    if (i == len(words) or i < 4 or not words[i - 1].isalnum() or not words[i - 1].islower() or (  # ("mutant p53
        # Oncogene")
            words[i - 1] in _FUNCTION_WORDS)) and not (  # ("…by Bacterial and Fungal Pathogens": title case)
            # (or a place in parentheses ends the title: "… de la baie de Calvi (Corse) Vie Milieu 1994")
            4 <= i < len(words) and len(words) - i <= 3 and words[i - 1][:1] == "(" and words[i - 1][-1:] == ")"):
        # the run may begin with the title's last words: "…fluoroquinolones in Canada N Engl J Med", "…Minus-Strand
        # DNA J Virol": the journal then starts at its first abbreviation ("N", "J", "Proc")
        k = next((n for n in range(i + 1, len(words)) if len(words[n].rstrip(".")) == 1 or
                  words[n].rstrip(".") in _JOURNAL_LEAD_ABBREVS), None) if i < len(words) else None
        if k is None or k < 4 or not all(len(w.rstrip(".")) <= 8 for w in words[k:]):
            last = words[-1].rstrip(".")
            if one_word and len(words) >= 6 and last in _ONE_WORD_JOURNALS and words[-2][:1].isupper() and not words[-2].isupper() \
                    and words[-2] not in _ONE_WORD_JOURNALS and words[-2] not in _TWO_WORD_JOURNAL_LEADS:
                # a title in title case run into a journal of one word: "… by Reverse Transcription of an RNA
                # Intermediate Cell 1982; 29: 403" (not "… Cancer Cell", "… Nature Genetics", "… BMC Genomics": journals
                # of two words)
                title = " ".join(words[:-1])
                return title, len(title) + 1
            return None
        i = k
    if sum(1 for w in words[:i] if w.islower() and len(w) >= 4 and w not in _FUNCTION_WORDS) < 2:
        return None  # (a title in title case gives no sign where it ends)
    title = " ".join(words[:i])
    return title, len(title) + 1


_THESIS_WORDS_RE = lazy(r"\b(?:[Tt]hèse|[Tt]hesis|[Dd]issertation|Université|University)\b")
_JOURNAL_JOINERS: Final = frozenset(("and", "of", "&", "for", "in"))
# words that open a journal's name before a word that may be a journal's whole name: "Cancer Cell", "Molecular Cell",
# "Nature Genetics", "Annual Review of …", "Plant Physiology"
_TWO_WORD_JOURNAL_LEADS: Final = _JOURNAL_FIRST_WORDS | frozenset((
    "Cancer", "Molecular", "Developmental", "Stem", "Plant", "Current", "Trends", "Clinical", "Human", "Applied",
    "Experimental", "Cellular", "Cell", "Translational", "Pediatric", "Paediatric", "Neuro", "Infection", "Global",
    "Public", "Environmental", "Microbial", "Animal", "Veterinary", "Comparative", "Systematic", "Theoretical",
    "Behavioral", "Behavioural", "Biological", "Chemical", "Medical", "Reviews", "Frontiers", "Scientific", "The",
))


# the journal after GOST's "//", and the year that may follow it: " Journal of General Psychology. 1950."
_GOST_JOURNAL_RE = lazy(rf"\s*(?P<j>[^\W\d_][^/]*?)[\s.,;:]*(?:(?<=[.,;:\s]){_YEAR}[\s.,;:]*)?$")


# the journals whose sections NLM's catalog (and so PubMed, and the reference managers that import from it) names
# after a stop: "Nature reviews. Clinical oncology", "The lancet. Respiratory medicine", "Circulation. Heart failure",
# "The Journal of bone and joint surgery. American volume", "Biochimica et biophysica acta. Reviews on cancer"
_SERIES_LEADS: Final = frozenset((
    "lancet", "nature reviews", "circulation", "jacc", "biochimica et biophysica acta", "journal of bone and joint surgery",
    "journal of allergy and clinical immunology", "journals of gerontology", "acta crystallographica",
    "journal of chromatography", "journal of biomedical materials research", "gan to kagaku ryoho", "proceedings",
    "physical review", "ajr", "ajnr", "european journal of nuclear medicine", "zeitschrift fur naturforschung",
    "zeitschrift für naturforschung", "journal of physics", "nihon shokakibyo gakkai zasshi", "archives of disease in childhood",
))


def _series_lead(piece: str) -> bool:
    """The piece before a journal's last sentence is the name of a journal with sections (``_SERIES_LEADS``)."""
    name = piece.rstrip(" .").lower()
    if name.startswith("the "):
        name = name[4:]
    return name in _SERIES_LEADS


# the place a report's title names after a dash (MMWR): "Epidemic typhoid fever--Dushanbe, Tajikistan, 1997", "Measles
# outbreak --- Indiana, 2005"
_REPORT_PLACE_RE = lazy(r"[^\d,]*?[a-z]\s*(?:-{2,3}|—|\s-\s)\s*[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){0,3}(?:,\s*[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){0,3}){0,3},\s*(?:1[89]|20)\d\d\b")


_GLUED_LEAD_RE = lazy(r"(?<=[a-z]{2})([A-Z][a-z]{1,7})\.$")


# a presentation at a meeting named after the title (UpToDate): ". Paper presentation, 55th Annual ASTRO Meeting",
# ". Poster presentation at the 2019 ASCO Annual Meeting"
_PRESENTATION_RE = lazy(r"[.,]\s+(?:Paper|Poster|Oral|Podium|Plenary)\s+presentation(?:\s+at(?:\s+the)?)?\s*[,:]?\s+(?=\S)")
# a city and its state or country, as a book's place is printed: "Atlanta, GA", "Chicago, IL", "Geneva, Switzerland"
_CITY_STATE_RE = lazy(rf"{_PLACE_NAME},\s*[A-Z][\w.]{{1,14}}")


def _sentence_words(s: str) -> int:
    """How many words of ``s`` are a sentence's, not a name's: lowercase, four letters or more, no small word."""
    return sum(1 for w in s.split() if len(w) >= 4 and w.islower() and w.isalpha() and w not in _FUNCTION_WORDS)


def _title_and_journal(text: str, start: int, end: int, comma_style: bool = False,
                       block_follows: bool = False, titleless: bool = False,
                       no_authors: bool = False) -> tuple[Optional[tuple], Optional[tuple]]:
    """Split text[start:end] into (title, journal): the journal is the last sentence,
    with the short abbreviation pieces before it ("J. Cell Biol."). ``block_follows``: the
    volume and pages come next, so a segment that is only a journal name ("ApJ,",
    "Phys. Lett. B", astronomy and physics print no title) is the journal."""
    opener = text[start:start + 40].lstrip()[:1]
    if opener in _CLOSING_QUOTE:  # (an ASCII "'" opens a title only when a stop or comma closes it: 'Hard' and ...)
        quoted = _quoted_title(text, start, end, closed_by_stop=opener == "'")
        if quoted is not None:
            return _quoted_title_goes_on(text, quoted, block_follows)
    else:  # 'Thoenessen, Michael (2013). "Title." Journal': names or a year, then a title in quotes
        window = text[start:min(end, start + 400)]  # (a long author list the reader did not finish)
        q = -1
        if '"' in window or "“" in window or "«" in window or "‘" in window or "„" in window or "`" in window or \
                "”" in window:
            q = min((i for i in (window.find(c) for c in _CLOSING_QUOTE) if i > 0), default=-1)
        elif ", '" in window:  # an ASCII quote after a comma, not an apostrophe: "Catherine Meyor, 'Le sens …,'"
            q = window.find(", '") + 2
        if q > 0 and _names_only(window[:q]):
            quoted = _quoted_title(text, start + q, end, closed_by_stop=True)
            if quoted is not None:
                return _quoted_title_goes_on(text, quoted, block_follows)  # ("Heyman, R. 2007: ‘Who’s going to …?’
                # Democratizing knowledge production, …. Antipode 39: 99-120")
    if comma_style:
        split = _comma_title_journal(text, start, end)
        if split is not None:
            return split
    seg = text[start:end]
    if "//" in seg:  # GOST: "Title // Journal of General Psychology. 1950. Vol. 42. P. 279-297"
        k = seg.rfind("//")
        t = seg[:k].strip(" .,;:/")
        jy = _GOST_JOURNAL_RE.match(seg, k + 2)
        if t and jy is not None:
            ts = start + seg.find(t)
            return (t, _new(Span, (ts, ts + len(t)))), (jy.group("j"), _new(Span, (start + jy.start("j"), start + jy.end("j"))))
    # the date is anchored at the end: search the tail only (the lookbehind still sees before it)
    tail = seg.rstrip(" \t\n.,;")
    # (the date ends with a digit, a month's name or "online": elsewhere the search is skipped)
    g = seg.rstrip()
    while g[-1:] in (".", ",", ";") and g:  # (what `[\s.,;]*$` takes, stripped exactly)
        g = g[:-1].rstrip()
    last_word = g[-12:].split()[-1:]  # (a month's name is shorter; a longer last word is no month)
    date = _TRAILING_DATE_RE.search(seg, max(0, len(tail) - 41)) if g[-1:].isdigit() or (
        last_word and (last_word[0] in _MONTH_WORDS or last_word[0].rpartition("-")[2] in _MONTH_WORDS)) or \
        g.endswith("online") else None  # ("Am J Sports Med. May-Jun 2003 31(3)": a range of months)
    if date and date.start(1) > 0:  # "J Clin Oncol. Jan 20" / "Blood. January 27, 2011": a date, not the journal
        seg = seg[: date.start(1)]
    stripped = seg.strip().strip(",;:")
    if block_follows and stripped.endswith(")"):  # "Atherosclerosis (1998) 138:229": the year, not the journal
        py = _PAREN_YEAR_TAIL_RE.search(stripped)
        if py is not None:
            stripped = stripped[:py.start()].rstrip(" ,;:")
    issue_mark = False
    if block_follows and ("," in stripped[-10:] or stripped[-1:] == "°"):
        lt = _ISSUE_MARK_TAIL_RE.search(stripped)
        if lt is not None and lt.start() > 0:  # "…Hopes and Fear, Zodiac, n" before "11, 1963": the issue's mark
            stripped = stripped[:lt.start()].rstrip(" ,")
            issue_mark = True
    if not stripped:
        return None, None
    lead = seg.find(stripped)
    base = start + lead
    parts: list[tuple[int, int]] = []  # (typed: the compiled parser slices with the ends as ints, not objects)
    pos = 0
    p: int  # (a sentence end's span, typed as the parts are)
    e: int
    for m in _SENT_END_RE.finditer(stripped):  # the sentences' ends
        p, e = m.span()
        if e == p + 1:  # glued: "Spain.Botanical" only after two lowercase letters (or two capitals: "for
            # NSCLC.J Clin Oncol"); never "]X"
            if stripped[p] == "]" or not (p >= 2 and (stripped[p - 1].islower() and stripped[p - 2].islower() or
                                                      stripped[p - 1].isupper() and stripped[p - 2].isupper() or
                                                      # (an acronym's plural: "Cannabis, hemp and CBDs.Soft Drinks Int")
                                                      stripped[p - 1] == "s" and stripped[p - 2].isupper() and p >= 3 and
                                                      stripped[p - 3].isupper() or
                                                      # (or after a bracket or a year: "(Poaceae).New Phytologist", "…
                                                      # [version 2; referees: 4 approved].F1000Res",
                                                      # "1964–68.Lancet")
                                                      stripped[p - 1] in ")]" or stripped[p - 1].isdigit() and
                                                      stripped[p - 2].isdigit() and p >= 4 and (
                                                          stripped[p - 4:p - 2].isdigit() or stripped[p - 3] in _DASH))):
                continue
        elif stripped[p] == "]" and not stripped[e].isupper() or stripped[e] in ":[" and (
                stripped[e] == ":" or stripped.startswith("[et al", e)) or stripped[p - 1] in "SK" and stripped.endswith(
                (": U.S.", ": U.K."), 0, p + 1):  # (a publisher: "Washington, DC: U.S. Government …")
            # (no sentence opens with a colon: NLM's "Journal of applied physiology (Bethesda, Md. : 1985)"; nor with
            # the "[et al]" after its ellipsis, "Strahlentherapie und Onkologie : Organ der Deutschen
            # Rontgengesellschaft ... [et al]")
            continue
        elif p >= 2 and stripped[p - 1] == "." and stripped[p - 2] == "." and stripped[e].islower():
            continue  # an ellipsis inside a title, no sentence's end: "What Democracy Is... and Is Not."
        elif p >= 3 and stripped[p - 1].isdigit() and (stripped[p - 2] == " " or stripped[p - 2].isdigit() and
                                                         stripped[p - 3] == " ") and (
                stripped[e].islower() and stripped[e:e + 4].isalpha() and not stripped.startswith("doi", e) or
                stripped.startswith("Jh", e)):
            continue  # an ordinal (German, Slavic) before its noun: "… des 9. Jhs., Archiv …", "… polovici 19. stoletja"
        elif p >= 5 and stripped[p - 2] == "." and stripped[p - 1].isupper() and stripped[p - 3].isupper() and \
                stripped[p - 5:p - 3] == ": ":
            continue  # a publisher's initials after its place: "Philadelphia: W.B. Saunders", "New York: W.W. Norton"
        elif p >= 2 and stripped[p - 1].isupper() and stripped[p - 2] == " " and stripped[p] == "." and \
                _particle_ahead(stripped, e):
            continue  # a name's initial before its particle, in a title: "Lettre à M. de Saulcy sur la numismatique"
        elif p >= 2 and stripped[p - 1] == "t" and stripped[p - 2] == "S" and stripped[e].isupper() and (p == 2 or stripped[p - 3] == " " and (
                p == 3 or not stripped[p - 4].isalpha() or stripped[:p - 3].split()[-1].islower())):
            continue  # "Saint" ("University of St. Thomas Law Journal"; not a street: "… on Main St. The Atlantic")
        # (a closing quote after the stop is the sentence's: "… will provide ‘safe rides.’ Old Gold and Black, 72(16)")
        parts.append((pos, p + 2 if stripped[p + 1] in "’”" else p + 1))
        pos = e
    parts.append((pos, len(stripped)))
    if block_follows and len(stripped) <= 80 and "," not in stripped and stripped[:parts[0][1]].rstrip(
            ". ") not in _ONE_WORD_TITLES and (_all_journal_words(stripped, 6) and (
            len(parts) > 1 or len(stripped) <= 40) and all(
            # (after the first, longer abbreviations: "Mon. Not. R. Astron. Soc."; a long first one before a
            # short last one: "Astrophys. J.")
            _short_abbrevs(stripped[a:b], (9 if titleless or len(stripped[parts[-1][0]:].rstrip(" .")) <= 4 else 5)
                           if i == 0 else 8) or i and _word_then_abbrevs(stripped[a:b])
            # a year set apart by commas, then no title: "1998, Space Sci. Rev., 85", "1963, SIAM J. Appl. Math., 11"
            or titleless and _word_then_abbrevs(stripped[a:b], 6) for i, (a, b) in enumerate(parts[:-1]))
            or len(parts) == 1 and (_JOURNAL_NAME_START_RE.match(stripped)  # "Journal of Pharmacology and …"
                                    or (titleless or no_authors) and _capitalised_words(stripped, 8)
                                    # one word alone before the volume: no title ("…et P. MARTINET. Tet-rahedron, 36")
                                    or " " not in stripped and stripped[:1].isupper() and stripped.replace("-", "").isalpha())
            # (nor authors: "Current Controlled Trials in Cardiovascular Medicine 2002, 3:10", a title has no volume)
            # no authors either: "Plasma Phys. Control. Fusion 53 (2011) 082001", "2011 Eur. J. Phys. 32 1007"
            or no_authors and len(parts) > 1 and _all_journal_words(stripped, 8) and any(
                w.rstrip(".:") in _JOURNAL_LEAD_ABBREVS for w in stripped.split()[:-1]) and _ends_with_abbreviation(
                stripped[parts[0][0]:parts[0][1]])):
        name = stripped.rstrip(" .,;")  # no title: the whole segment is the journal ("ApJ", "Phys. Lett. B")
        return None, (name, _new(Span, (base, base + len(name))))
    if len(parts) == 1:
        k = stripped.rfind(",")
        if block_follows and k > 0:  # "A critical review of laser Doppler flowmetry, J Med Eng Technol 1990; 14:178"
            last = stripped[k + 1:].strip(" .")
            ly = _LEAD_YEAR_RE.match(last) if last[:1].isdigit() else None
            if ly is not None and _all_journal_words(last[ly.end():], 4):
                # IOP: "…the OPERA experiment using the ESS microscope, 2007 JINST 2 P05004": the year, then the journal
                t = stripped[:k].rstrip(" .,")
                name = last[ly.end():]
                js = base + k + 1 + (len(stripped[k + 1:]) - len(stripped[k + 1:].lstrip())) + ly.end()
                return (t, _new(Span, (base, base + len(t)))), (name, _new(Span, (js, js + len(name))))
            words = last.replace(".", ". ").split()
            if (2 <= len(words) <= 6 and _all_journal_words(last, 6) and any(
                    len(w) == 1 or w.endswith(".") for w in words)) or (
                    len(words) <= 12 and _JOURNAL_NAME_START_RE.match(last)) or (  # "…, Journal of the Air Pollution …"
                    len(words) <= 8 and _JOURNAL_WORD_IN_RE.search(last) and sum(
                        1 for w in words if w[:1].isupper() or _elided(w)) >= len(words) - 2) or (  # "…, Hastings Law
                    # Journal", "…, Revue d’histoire de l’Église de France, 1966"
                    len(words) == 1 and last in _ONE_WORD_JOURNALS) or (  # "…shear fracture, Nature, 359, 228-230"
                    2 <= len(words) <= (11 if ":" not in last or _JOURNAL_WORD_IN_RE.search(last) else 7) and
                    words[0][:1].isupper() and all(
                        w[:1].isupper() or w in _NAME_SMALL_WORDS or w[2:3].isupper() and _elided(w) for w in words) and sum(
                        1 for w in words if w[:1].isupper()) >= 2) or (  # "…, Landscape and Urban Planning, 100",
                    # "…, Bibliothèque de l’École des Chartes, 141", "…, Studies in History and Philosophy of Biological and
                    # Biomedical Sciences, No. 35" (up to 11 words; 7 where a colon, not a journal's word, may end a
                    # place: "Johannesburg, South Africa: South African Institute …")
                    # "…and their Consequences, Francia, 26, 1999": one capitalised word, then a comma and the volume
                    len(words) == 1 and len(last) >= 4 and last[0].isupper() and last[1:].islower() and last.isalpha()
                    and (seg.rstrip().endswith(",") or issue_mark)) or (
                    # "…la Valle Padana, Quaderni storici, 14, 1970", "…, Composites science and technology, Vol.38":
                    # a name in sentence case between the title's last comma and the block's
                    2 <= len(words) <= 5 and words[0][:1].isupper() and words[0].rstrip(".").replace("'", "").replace("’", "").isalpha() and all(
                        w.islower() and w.replace("'", "").replace("’", "").isalpha() or w == "&" for w in words[1:])
                    and (seg.rstrip().endswith(",") or issue_mark) and len(stripped[:k].split()) >= 2):
                t = stripped[:k].rstrip(" .,")
                js = base + k + 1 + (len(stripped[k + 1:]) - len(stripped[k + 1:].lstrip()))
                return (t, _new(Span, (base, base + len(t)))), (last, _new(Span, (js, js + len(last))))
        k = stripped.rfind(": ")
        if block_follows and k > 0 and text[end:end + 2] in ("v.", "vo", "Vo"):
            # USGS: "…urban stream temperatures: Hydrological Processes, v. 28(4), pp. 2427-2438"
            last = stripped[k + 2:].strip(" .,")
            if 2 <= len(last.split()) <= 10 and _capitalised_words(last, 10):
                t = stripped[:k].rstrip(" .,")
                js = base + k + 2
                return (t, _new(Span, (base, base + len(t)))), (last, _new(Span, (js, js + len(last))))
        if block_follows:
            split = _journal_after_sentence_case(stripped, one_word=True)
            if split is not None:  # "Apoptosis induced by anticancer drugs Cancer Metastasis Rev 1992; 11:121"
                t, js = split
                name = stripped[js:].rstrip(" .,;")
                return (t, _new(Span, (base, base + len(t)))), (name, _new(Span, (base + js, base + js + len(name))))
        if block_follows and len(stripped) > 40:
            jm = _JOURNAL_NAME_IN_RE.search(stripped, 20)
            if jm is not None and _capitalised_words(stripped[jm.start():].rstrip(" .,;"), 12):
                # a title in title case run into the journal with no stop: "… Zalavar Revisited American Journal of
                # Physical Anthropology 113 2000 79-84" (the journal's name opens with its words)
                t = stripped[:jm.start()].rstrip(" .,:;")
                name = stripped[jm.start():].rstrip(" .,;")
                return (t, _new(Span, (base, base + len(t)))), (name, _new(Span, (base + jm.start(), base + jm.start() + len(name))))
        return (stripped.rstrip(" .,"), _new(Span, (base, base + len(stripped.rstrip(" .,"))))), None
    j = len(parts) - 1
    # (a subtitle of three words or more that opens with "The" is no abbreviation: "Familial aggregation of stroke.
    # The Framingham Study. Stroke 1993"; a newspaper's "The Times." may be; a word written out before a known
    # abbreviation is one: "Differential Geom. Appl.")
    while j > 1 and not (stripped.startswith("The ", parts[j - 1][0]) and stripped.count(
            " ", parts[j - 1][0], parts[j - 1][1]) >= 2) and (_is_abbrev_piece(
            stripped[parts[j - 1][0]: parts[j - 1][1]]) or _word_then_known_abbrev(
            stripped[parts[j - 1][0]: parts[j - 1][1]])) and len(
            [w for w in stripped[parts[j - 1][0]: parts[j - 1][1]].split() if w not in ("-", "–")]) <= 3 and not (
            _title_tail(stripped[parts[j - 1][0]: parts[j - 1][1]])) and not (
            stripped[parts[j - 1][0]:parts[j - 1][1]].rstrip(". ") in _ONE_WORD_TITLES) and not (
            # (the subtitle after a part's number: "Mixing in Water Storage Tanks. II. With Buoyancy Effects. Journal")
            j >= 3 and stripped[parts[j - 2][0]:parts[j - 2][1]].rstrip(". ") in _PART_NUMERALS) and not (
            not _is_abbrev_piece(stripped[parts[j][0]:parts[j][1]]) and (  # (the journal's name written out after it)
                j >= 2 and _name_after_initials(stripped, parts[j - 2][0], parts[j - 1][0], parts[j - 1][1]) or
                _word_before_written_name(stripped[parts[j - 1][0]:parts[j - 1][1]], stripped[parts[j][0]:parts[j][1]]))):
        j -= 1
    if j >= 2 and stripped.startswith(("Series ", "Section "), parts[j][0]) and _JOURNAL_WORD_IN_RE.search(
            stripped[parts[j - 1][0]:parts[j - 1][1]].title()):
        j -= 1  # a series after the journal's name: "Philosophical transactions of the Royal Society of London. Series B"
    elif j >= 2 and parts[j - 1][1] - parts[j - 1][0] <= 48 and _series_lead(stripped[parts[j - 1][0]:parts[j - 1][1]]):
        j -= 1  # NLM's title of a journal with sections: "Nature reviews. Clinical oncology", "Circulation. Heart failure"
    t0, t1 = parts[0][0], parts[j - 1][1]
    if j >= 2 and "editor" in stripped and _EDITOR_PIECE_RE.fullmatch(stripped, parts[j - 1][0], parts[j - 1][1]):
        t1 = parts[j - 2][1]  # "Title. MoresCN, editor. PLoS ONE": the academic editor PLOS prints, not the title
    j0, j1 = parts[j][0], parts[-1][1]
    if j == 1 and len(parts) >= 2 and block_follows:
        # IOP prints no stop after the title: "…low-noise seismometry Bull. Seismol. Soc. Am. 105": the
        # journal's first abbreviation ends the first sentence
        sp = stripped.rfind(" ", t0, t1 - 1)
        last = stripped[sp + 1:t1]
        pp = stripped.rfind(" ", t0, sp)
        prev = stripped[pp + 1:sp]
        # (a word of the journal's before it, after the title's last comma: "…soils of China, Soil Biol. Biochem., 36",
        # "…in Chongqing, China, Chinese Sci. Bull.")
        word_first = pp > t0 and stripped[pp - 1] == "," and prev[:1].isupper() and prev[1:].isalpha() and prev[1:].islower()
        if sp > t0 and (last[:-1] in _JOURNAL_LEAD_ABBREVS or last == "J." and stripped[t1:t1 + 12].lstrip().partition(
                ".")[0] in _JOURNAL_LEAD_ABBREVS) and last.endswith(".") and (  # ("… decay J. Phys. G: Nucl. Part. Phys. 40")
                prev.islower() or prev[-1:] == "," or word_first or (prev.isdigit() or len(prev) >= 2 and prev.isupper() and
                                                       prev.isalpha()) and stripped.count(" ", t0, sp) >= 1):
            # (or after the title's last comma: "…System Model, Geosci. Model Dev."; or after an acronym or a number,
            # in a title of two words at least: "Advanced LIGO Class. Quantum Grav. 32", "… numbers82 and 126 Eur.
            # Phys. J. A 51"; not a journal's own "ACS Appl. Mater. Interfaces")
            t1, j0 = (pp, pp + 1) if word_first else (sp, sp + 1)
    if j >= 1 and stripped[t1 - 1:t1] == "." and stripped[t1 - 2:t1 - 1].islower() and not stripped[t1 - 9:t1 - 1].islower():
        gl = _GLUED_LEAD_RE.search(stripped, max(t0, t1 - 12), t1)
        if gl is not None and gl.group(1) in _JOURNAL_LEAD_ABBREVS and j0 <= t1 + 2:
            # the journal's first abbreviation glued to the title's last word (PDF text): "…superheavy isotopesBraz .J
            # .Phys .46", "…gravitational wave detectorClass .Quantum Grav .32"
            t1, j0 = gl.start(1), gl.start(1)
    title = stripped[t0:t1]
    title = (_LANG_NOTE_RE.sub("", title) if "]" in title else title).rstrip(" .,")
    if title.endswith(")"):  # "Title. (1987)": the year printed after the title
        py = _PAREN_YEAR_TAIL_RE.search(title)
        if py is not None and title[:py.start()].endswith("."):
            title = title[:py.start()].rstrip(" .,")
    journal = stripped[j0:j1].rstrip(" .,;")
    if block_follows and len(journal) > 24 and ", " in journal:
        k = journal.rfind(", ")
        last = journal[k + 2:]
        lw = last.split()
        frag = journal[:k]
        if 2 <= len(lw) <= 10 and (_JOURNAL_NAME_START_RE.match(last) or _JOURNAL_WORD_IN_RE.match(last) or (
                _JOURNAL_WORD_IN_RE.search(last) and sum(1 for w in lw if w[:1].isupper()) >= len(lw) - 2)) \
                and not _JOURNAL_WORD_IN_RE.search(frag) and not _JOURNAL_NAME_START_RE.match(frag) and (
                frag.startswith(("A ", "An ", "The ")) or any(len(w) >= 4 and w.islower() and w.isalpha()
                                                               for w in frag.split())):
            # (what comes before the comma reads as a title's words, not a journal's: "Computational Biology and
            # Bioinformatics, IEEE/ACM Transactions on", "L'Echange, Revue Linneene" stay whole)
            # the title's last sentence, a comma, then the journal: "Une étape de la seigneurie. L'exploitation de la
            # réserve à Prüm au IXe siècle, Annales d'histoire économique et sociale, 6, 1934", "… French Nobility. A
            # Reassessment, The American Historical Review, 86"
            title = stripped[t0:j0 + k].rstrip(" .,")
            j0 += k + 2
            journal = last
    elif block_follows and journal.count(" ") >= 4 and sum(
            1 for w in journal.split(" ") if len(w) >= 4 and w.islower() and w.isalpha() and w not in _FUNCTION_WORDS) >= 2 \
            and not _JOURNAL_NAME_START_RE.match(journal) and not _JOURNAL_WORD_IN_RE.match(journal):
        split = _journal_after_sentence_case(journal)
        if split is not None and (" " in journal[split[1]:].strip() or journal[split[1]:].strip(" .") in _ONE_WORD_JOURNALS):
            # the title's last sentence run into the journal with no stop (PDF text): "Multiple
            # interactions of PRK1 with RhoA. Functional assignment of the Hr1 repeat motif J Biol Chem 1998; 273:2698"
            title = stripped[t0:j0 + len(split[0])].rstrip(" .,")
            j0 += split[1]
            journal = stripped[j0:j1].rstrip(" .,;")
    k = title.rfind(",")
    sk = k + 1 + (title[k + 1:k + 2] == " ")  # (PDF text may drop the space: "…Strouthos,Phys .Rev .D 69")
    piece = stripped[t0 + sk:t1]
    if k > 0 and journal and (len(title) - sk == 1 and title[-1].isupper() or block_follows and len(journal) <= 12 and (
            _short_abbrevs(piece) and _JOURNALISH_RE.match(stripped, t0 + sk)) or (
            # "From state integrals to q-series, Math. Res. Lett. (2017)", "…,Ann. Phys. (N.Y.) 16"
            piece.endswith(".") and " " not in piece.strip() and piece.strip(" .") in _JOURNAL_LEAD_ABBREVS
            and journal[:1].isupper() and len(journal) <= 40 and ("." in journal or  # "…equations, Geom. Topol.17"
                                                                 " " not in journal and len(journal) <= 8))):
        # "…implications, J. Geophys. Res.-Atmos.": the journal's initial "J." after the title's comma;
        # "Mehran Bagheri and Farshad Ebrahimi, Phys. Rev. B 78": its first abbreviation
        j0 = t0 + sk
        journal = stripped[j0:j1].rstrip(" .,;")
        title = title[:k].rstrip(" .,")
    elif journal[:3] == "of " and title:
        # "J. of Geophysical Research", "SIAM J. of Comput", "Comm. of th e ACM": the stop after the journal's
        # first abbreviation is no sentence end; its abbreviations go back to the journal
        words = title.split(" ")
        n = 0
        while n < len(words) and n < 3 and (len(words[-1 - n]) <= 5 and words[-1 - n][:1].isupper() and
                                             words[-1 - n].isalpha()):
            n += 1
        if n:
            keep = " ".join(words[:len(words) - n]).rstrip(" .,;:")
            j0 = t0 + len(" ".join(words[:len(words) - n])) + (1 if len(words) > n else 0)
            journal = stripped[j0:j1].rstrip(" .,;")
            title = keep
    tspan = _new(Span, (base + t0, base + t0 + len(title)))
    jspan = _new(Span, (base + j0, base + j0 + len(journal)))
    return (title, tspan) if title else None, (journal, jspan) if journal else None


# ---------------------------------------------------------------- the parser


_REST_AFTER: Final = frozenset(("year", "month", "journal", "volume", "issue", "supplement", "first_page", "last_page", "title",
                                "extent", "place", "publisher"))


def _rest(body: str, spans: dict[str, Span]) -> str:
    end = -1
    for k, sp in spans.items():
        e = sp[1]  # (a span's end, read as its tuple's item, the spans typed: the compiled parser compares it as an int)
        if e > end and k in _REST_AFTER:
            end = e
    if end == -1:
        return body.strip()
    return body[end:].strip(" \t\r\n.,;:()[]")


def normalize_space(raw: str) -> tuple[str, list[int]]:
    """Whitespace runs (a wrapped entry's line breaks and indents) as one space, and for
    each character of the result its offset in ``raw``."""
    out: list[str] = []
    offsets: list[int] = []
    space = False
    for i, ch in enumerate(raw):
        if ch.isspace():
            space = True
            continue
        if space and out:
            out.append(" ")
            offsets.append(i - 1)
        space = False
        out.append(ch)
        offsets.append(i)
    return "".join(out), offsets


@lru_cache(maxsize=16384)
def parse_normalized(raw: str) -> tuple["ParsedReference", Sequence[int]]:
    """Parse an entry as printed in a document (possibly wrapped over lines); the offsets
    map the parsed string's positions back to ``raw``."""
    if "\n" not in raw and "  " not in raw and raw == raw.strip() and "\t" not in raw:
        return parse_reference(raw), range(len(raw))
    norm, offsets = normalize_space(raw)
    return parse_reference(norm), offsets


def _materialize() -> None:
    """Each parser pattern compiled so far bound to its name, after the first thousands of parses: later calls go
    straight to the compiled pattern instead of through ``lazy`` (1% of a parse). Not at the first parse: compiling
    every pattern then would cost a first run on a machine, with no pattern cache yet, 30 ms; a pattern not yet
    used stays lazy."""
    g = globals()
    for name, value in list(g.items()):
        if isinstance(value, _Lazy) and value._rx is not None:
            g[name] = value._rx
    g["_TAIL_BLOCKS"] = tuple((mark, rx._rx if isinstance(rx, _Lazy) and rx._rx is not None else rx)
                              for mark, rx in _TAIL_BLOCKS)


# (parse_reference: the pages' mark written out or short, and its stand-in of the same length)
_PAGE_WORD_RE = lazy(r"(?<=[\s,.;(])(?:Pages?|pg\.|¶\s)(?=\s*[A-Z]?\d)(?!\s*\S+\s+(?:<[^<>]{1,12}>\s*)?[Ii]n\b)")  # (not a
# chapter's "Pages 250-64 in")
_PAGE_WORDS: Final = {"Pages": "pp.  ", "Page": "p.  ", "pg.": "p. ", "¶ ": "p."}
_PARSES_BEFORE_BINDING = 2000  # (counted down by parse_reference; 0: bound)
# NLM's report: an author's affiliation in brackets after the name, an organisation's word in it, before the stop
_AFFILIATION_RE = lazy(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s[A-Z]{1,3}(\s\((?=[A-Z][a-z])[^()]{0,80}?\b(?:University|Institute|"
                       r"Department|School|Hospital|College|Cent(?:er|re)|Laborator(?:y|ies)|Agency)\b[^()]{0,160}\))(?=\.\s)")
# GB/T 7714 (China's national standard for references): the document's type in brackets after its title, "题名[J]. 刊名,
# 2019, 99(12): 901-905." ([J] a journal's article, [M] a book, [D] a thesis, [C] a paper in proceedings, [R] a report,
# [S] a standard, [N] a newspaper's article, [EB/OL] a web page; "/OL" online); its own stop follows it, or the
# container's "//" ("题名[C]//会议录. 北京: 出版者, 2018: 12-15.")
_GBT_MARK_RE = lazy(r"\[(?P<code>[JMCDRSPNGAZ]|EB|DB|CP|[JMCDRSPNZ]/OL|EB/OL|DB/OL|CP/DK|[MJ]/CD)\]"
                    r"(?=\s*(?:[.,'’]|//|$))")  # (the bracket first, a literal the engine scans for; a blank before it
# is taken with it where the title's last character stands before that)
_GBT_KINDS: Final = {"M": "book", "D": "book", "G": "book", "C": "chapter", "R": "report", "S": "report",
                     "EB": "webpage", "DB": "webpage", "CP": "webpage"}


# GB/T 7714's place and publisher before the year, in any script: "北京: 人民卫生出版社, 2013", "Geneva: WHO, 2019"
_GBT_PUBLISHER_RE = lazy(r"(?:^|(?<=[.\]]\s)|(?<=[.\]]))\s*(?P<place>[^\s:：,.;\[\]][^:：,.;\[\]]{0,30}?)\s*[:：]\s*"
                         r"(?P<pub>[^\s:：,;\[\]][^:：,;\[\]]{0,60}?)\s*,\s*(?:1[5-9]|20)\d\d\b")
_GBT_JOURNAL_RE = lazy(r"[\s.]*(?P<j>[^\s.,;:\[\]][^.,;:\[\]]{0,80}?)\s*,\s*(?:1[5-9]|20)\d\d\b")
_GBT_EDITION_RE = lazy(r"\.\s+(?:第\s*)?\d+\s*版$")  # a book's edition after its title: "内科学. 8版", "第2版"


def _gbt_typed(p: ParsedReference, kind: str, text: str) -> ParsedReference:
    """A parse given GB/T 7714's type (``text`` the entry read, its marks blanked): a book's, thesis', report's or
    proceedings' "Place: Publisher, Year[: pages]" read as such (it had been read as a journal and its volume, "内科学
    [M]. 北京: 人民卫生出版社, 2013: 100-105.", or not at all), the edition after a book's title cut off."""
    spans = dict(p.spans)
    fields: dict = {"type": kind}
    if kind in ("book", "report", "chapter") and p.publisher is None:
        start = spans["title"].end if "title" in spans else 0
        pm = _GBT_PUBLISHER_RE.search(text, start)
        if pm is not None:
            fields["place"], fields["publisher"] = _place_and_publisher(pm, 0, spans)
            js = spans.get("journal")
            if js is not None and js.end > pm.start("place"):  # the place and publisher had ended the journal's name
                if kind == "chapter" and js.start < pm.start("place") - 2:  # ... after the proceedings' title (and
                    # its editor's or organisation's name before it: "[C]//中国抗癌协会. 第十届全国肺癌学术大会论文集.")
                    name = text[js.start:pm.start("place")].rstrip(" .")
                    k = name.rfind(". ")
                    if k != -1:
                        js = _new(Span, (js.start + k + 2, js.end))
                        name = name[k + 2:]
                    fields["journal"] = name
                    spans["journal"] = _new(Span, (js.start, js.start + len(name)))
                else:
                    fields["journal"] = None
                    del spans["journal"]
                if p.volume is not None and p.year is not None and p.volume == str(p.year):
                    fields["volume"] = None  # (the year read again as the volume: "2013: 100-105")
                    spans.pop("volume", None)
    if kind == "book" and p.title is not None and (ed := _GBT_EDITION_RE.search(p.title)) is not None:
        fields["title"] = p.title[:ed.start()]
        spans["title"] = _new(Span, (spans["title"].start, spans["title"].start + ed.start()))
    fields["spans"] = spans
    return p._replace(**fields)


def _gbt_parse(text: str, gb, g0: int) -> ParsedReference:
    """An entry in GB/T 7714, its type's mark ``gb`` (from ``g0``, a blank before it included) blanked in ``text``:
    parsed, then its title set to the sentence the mark ends and its type to the mark's."""
    p = _parse(text)
    te = len(text[:g0].rstrip())
    ts = max(text.rfind(". ", 0, te), text.rfind("。", 0, te))
    ts = 0 if ts == -1 else ts + 1 + (text[ts + 1:ts + 2] == " ")
    if te - ts >= 2 and ("title" not in p.spans or p.spans["title"].end != te or
                         not p.authors and p.spans["title"].start < ts):
        # the title is the sentence the type ends, what comes before it the authors ("国家卫生健康委员会. 原发性
        # 肺癌诊疗规范(2018年版)[EB/OL]": the year in brackets had ended the title; an organisation named
        # first had been read as part of it)
        spans = dict(p.spans)
        spans["title"] = _new(Span, (ts, te))
        fields: dict = {"title": text[ts:te], "spans": spans}
        if not p.authors and ts >= 4 and text[:ts].rstrip(" .。")[:1].isalpha():
            name = text[:ts].rstrip(" .。")
            fields["authors"] = (Author(name, "", _new(Span, (0, len(name))), collective=True),)
            spans["authors"] = _new(Span, (0, len(name)))
        p = p._replace(**fields)
    kind = _GBT_KINDS.get(gb.group("code").split("/")[0])
    if kind is None and gb.group("code")[0] == "J" and p.journal is None and \
            (gj := _GBT_JOURNAL_RE.match(text, gb.end())) is not None:
        # an article with no volume or pages: the journal's name after the type, up to the year ("…[J]. 中华
        # 放射肿瘤学杂志, 2018.")
        spans = dict(p.spans)
        spans["journal"] = _new(Span, gj.span("j"))
        p = p._replace(type="journal", journal=gj.group("j"), spans=spans)
    if kind is not None:
        p = _gbt_typed(p, kind, text)
    if p.title is not None and "  " in p.title:  # (a value read across the blanks: "…Historic Block, 城市更新 ,")
        p = p._replace(title=" ".join(p.title.split()).rstrip(" ,"))
    return p


# a drug's label and a drug database as UpToDate cites them: "Keytruda (pembrolizumab) injection, for intravenous use. US
# FDA approved product information; Whitehouse Station, NJ: Merck & Co., Inc; Revised June 2020. Available online at: …",
# "Lexicomp Online, Pediatric and Neonatal Lexi-Drugs Online, Hudson, Ohio: Wolters Kluwer Clinical Drug Information,
# Inc.; 2013; April 10, 2013." (no author; the product's or database's name, the place and the maker)
_DRUG_SOURCE_RE = lazy(
    r"(?:(?P<title>[^.;]{3,200}?)\.\s+(?P<kind>(?:US\s+|United\s+States\s+)?(?:FDA[- ]approved\s+|FDA\s+)?(?:approved\s+)?"
    r"(?:product\s+information|prescribing\s+information|package\s+insert|product\s+monograph)[^;.]{0,40})"
    r"|(?P<db>[^.;:]{0,60}?\bOnline\b[^.;:]{0,80}?))"
    r"[;,.]\s*(?P<place>(?![^:;]*\bOnline\b)[A-Z][^:;]{1,40}?)\s*:\s*(?P<pub>[^;]{2,100}?)\s*;\s*(?:(?:Revised|Updated)\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def _drug_source(p: ParsedReference, m) -> ParsedReference:
    """A drug's label (a report, its maker the publisher) or a drug database (a web page) read whole: its name had been
    read as authors ("NJ", "Online") and its maker as the title."""
    spans = {k: v for k, v in p.spans.items() if k in ("doi", "pmid", "pmcid", "url")}
    tk = "title" if m.group("title") is not None else "db"
    for k, g in (("title", tk), ("place", "place"), ("publisher", "pub"), ("year", "year")):
        spans[k] = _new(Span, m.span(g))
    return p._replace(type="report" if tk == "title" else "webpage", authors=(), etal=False, title=m.group(tk).strip(),
                      journal=None, year=int(m.group("year")), volume=None, issue=None, supplement=None, first_page=None,
                      last_page=None, publisher=m.group("pub").rstrip(" ."), place=m.group("place"), epub_ahead=False,
                      year_source="block", rest="", spans=spans)


# "et al." in Chinese ("等"), Japanese ("他", "ほか") and Korean ("외"), after the last name's comma and before the list's
# stop
_CJK_ETAL_RE = lazy(r"(?<=[,，、])\s*(?:等|他|ほか|외)\s*(?=[.。])|(?<=[\u3400-\u9fff])\s+外\s*\d+\s*人(?=[.。])")  # (or "王一童 外 5人.":
# "and five others", after the first name)
# NLM's patent: the inventors' role, then the assignee and its role, before the title
_PATENT_ROLES_RE = lazy(r"(?<=[A-Z]),\s+inventors?;\s+[^;]{1,120}?,\s+assignees?\.")


@lru_cache(maxsize=16384)
def parse_reference(raw: str) -> ParsedReference:
    """Parse one reference string. Never raises."""
    global _PARSES_BEFORE_BINDING
    if _PARSES_BEFORE_BINDING:
        _PARSES_BEFORE_BINDING -= 1
        if not _PARSES_BEFORE_BINDING:
            _materialize()
    try:
        # (the marks are not printable: an entry that is, as most are, holds none, and asking that is a quarter of the
        # search's cost; typed, so that the compiled parser slices it as a string, not as any object)
        text: str = raw if raw.isascii() or raw.isprintable() or _DIRECTION_MARK_RE.search(raw) is None else \
            _DIRECTION_MARK_RE.sub(" ", raw)
        if " ." in text or " ," in text:
            # stops and commas that PDF text moved before the space ("semimetals .Phys .Rev .B 93 ,045101"): read
            # as written; the swap keeps every offset, so spans still point into ``raw`` (and colons, "J. Phys.A :Math
            # .Gen", in such text only: a scan for them in every entry cost 1% of a parse)
            text = _SPACED_STOP_RE.sub(r"\1 ", text)
        if text[-1:] == ")" or text[-2:] in (").", ");"):
            pc = _PAREN_CITATION_RE.fullmatch(text)
            if pc is not None and _names_then_etal(pc.group("names")) and _digit_runs(pc.group("inner")) >= 2:
                # the journal, its volume and pages in parentheses after the names: "Berman et al. (Urology, 1999, 54,
                # 385)" is read as "Berman et al., Urology, 1999, 54, 385" (blanks in their place: same offsets)
                o, e = pc.start("inner") - 1, pc.end("inner")
                text = f"{text[:o]} {text[o + 1:e]} {text[e + 1:]}"
        nonascii = not text.isascii()
        if nonascii and ("\u00c3" in text or "\u00c2" in text or "\u00e2" in text or "\u00ce" in text or "\u00c5" in
                         text or "\u00c4" in text or "\u00cf" in text) and MOJIBAKE_RE.search(text) is not None:
            # UTF-8 read as cp1252 or Latin-1 ("Altschul SF, Madden TL, Sch\u00c3\u00a4ffer AA"; CIT207 flags it): read
            # as the characters it stands for, so that a name or word is not broken at them; the values hold them
            # repaired, the spans point into ``raw`` (found by its lead characters first: a search for the sequences
            # themselves costs 3% of a parse)
            fixed, starts, ends = unmojibake(text)
            if starts:
                p = _parse(fixed)
                return _remapped(p, raw, starts, ends)
        composed: Optional[tuple[list[int], list[int]]] = None
        page_word = False  # (a pages' mark read as "pp.": what is left over is given back as written)
        if nonascii and ("\u0301" in text or "\u0300" in text or "\u0308" in text or "\u0302" in text or "\u0303" in text
                         or "\u0327" in text or "\u030c" in text or "\u030a" in text) and \
                not unicodedata.is_normalized("NFC", text):
            # accents typed as combining marks after their letters (NFD: "Vita\u0301nyi", "Ce\u0301dric"): read as the
            # letters they make (a mark is no word character, so a name was broken at it), the spans put back over
            # ``raw`` at the end (found by the commonest marks first, acute, grave, diaeresis, circumflex, tilde,
            # cedilla, caron and ring: eight substring tests cost half of the NFC check, a search for any mark twice
            # it)
            fixed, starts, ends = compose_marks(text)
            if starts:
                text, composed = fixed, (starts, ends)
        if "*" in text or "†" in text:  # a mark after a name (equal contribution, a corresponding author): "Bao Q *,
            # Zhao Y*, Renner A" (blanked: same length, spans stay put)
            text = _NAME_MARK_RE.sub(lambda m: " " * len(m.group(0)), text)
            if (em := _END_MARKS_RE.search(text, max(0, len(text) - 8))) is not None:
                # ... and a note's mark after the entry ("Canadian Acoustics. 37(3). 144-145. 2009. †": blanked, the
                # entry's last field read as its end)
                text = _mask(text, [_new(Span, em.span())])
        if text[:1] in "AC" and (hm := _CLERGY_TITLE_RE.match(text)) is not None:  # a French cleric's title before his
            # name, as 19th-century bibliographies print it: "Abbé F. CANETO, Épigraphie …" (blanked, same length: the
            # name is the first author, not "Abbé")
            text = " " * hm.end() + text[hm.end():]
            if (cf := _CAPS_FAMILY_COMMA_RE.match(text, hm.end())) is not None:
                # the family name alone after the title: "Abbé DUCIS, Gevrier, Revue savoisienne" (what follows its
                # comma is the title, not a given name: read as "DUCIS." is, same length)
                text = f"{text[:cf.end() - 1]}.{text[cf.end():]}"
        if ("Page" in (tail40 := text[-40:]) or "pg." in tail40 or "¶ " in tail40) and \
                _PAGE_WORD_RE.search(text) is not None:
            # the pages' mark written out or short, or a paragraph's sign: "ACM Multimedia 95, Pages 57-64.", "Bulletin,
            # September 1996. Page 15", "Quarterly; Dec 2000; 45, (4), pg. 837", "Deakin Law Review, 13, ¶ 37–66." (read
            # as "pp." is, its length kept: the pages had been left unread; looked for in the entry's last characters,
            # where the pages stand: three scans of the whole entry had cost 0.8% of a parse)
            text = _PAGE_WORD_RE.sub(lambda m: _PAGE_WORDS[m.group(0)], text)
            page_word = True
        if text[-2:] == ".." and text[-3:] != "...":  # a stop doubled at the end: "Competition and Change, 19 (2).." (read
            # as one, its length kept)
            text = f"{text[:-1]} "
        if " and al" in text:  # French-English "and al." for "et al.": "16-Pasqualino C and al. Title" (read as "et al.",
            # its length kept)
            text = _AND_AL_RE.sub(" et al", text)
        if "+" in text and " more" in text:  # a list cut by a website's export: "…, Croce CM+2 more. 2007. Title" (read as
            # "et al.", its length kept)
            text = _PLUS_MORE_RE.sub(lambda m: " " * (len(m.group(0)) - 7) + " et al.", text)
        ap = text.find(" (", 0, 40)
        if ap != -1 and text[ap + 2:ap + 3].isupper() and text[ap + 3:ap + 4].islower() and (
                af := _AFFILIATION_RE.match(text)) is not None:
            # NLM's report: the author's affiliation after the name, "Yen GG (Oklahoma State University, School of
            # Electrical and Computer Engineering, Stillwater, OK). Health monitoring …" (blanked: same length)
            text = f"{text[:af.start(1)]}{' ' * (af.end(1) - af.start(1))}{text[af.end(1):]}"
        if "inventor" in text:  # NLM's patent: "Pagedas AC, inventor; Ancel Surgical R&D Inc., assignee. Title."
            # (the roles and the assignee blanked, a stop left after the inventors' names: same length)
            text = _PATENT_ROLES_RE.sub(lambda m: "." + " " * (len(m.group(0)) - 1), text)
        cjk_etal = _CJK_ETAL_RE.search(text) if not text.isascii() and ("等" in text or "他" in text or "외" in text or
                                                                        "ほか" in text or "人" in text) else None
        if cjk_etal is not None:  # Chinese', Japanese and Korean "et al." after the names ("张三, 李四, 等. 题名", "田中一郎,
            # 他. 題名"): blanked (same length), the list read as cut short
            text = _mask(text, [_new(Span, cjk_etal.span())])
        gb = _GBT_MARK_RE.search(text) if "]" in text else None
        g0 = -1 if gb is None else gb.start() - (text[gb.start() - 1:gb.start()] == " ")
        if gb is not None and g0 > 0 and not text[g0 - 1].isspace():
            # GB/T 7714's type after the title: blanked (same length), a stop kept where one follows it ("相关性[J].中国
            # 公共卫生,2017": the stop moved before the blanks, so that the journal's name is not glued to it)
            e = gb.end()
            if text[e:e + 1] == ".":
                text = f"{text[:g0]}.{' ' * (e - g0)}{text[e + 1:]}"
            else:
                text = f"{text[:g0]}{' ' * (e - g0)}{text[e:]}"
            p = _new(ParsedReference, (raw,) + _gbt_parse(text, gb, g0)[1:])
        else:
            p = _new(ParsedReference, (raw,) + _parse(text)[1:]) if text != raw else _parse(raw)
            if p.volume is None and ("nformation" in text or "nsert" in text or "onograph" in text or
                                     "Online," in text[:48]) and (dl := _DRUG_SOURCE_RE.match(text)) is not None:
                p = _drug_source(p, dl)  # (no authors: "et al." below cannot apply)
        if cjk_etal is not None and p.authors:
            p = p._replace(etal=True)
        if page_word and p.rest and (ri := text.rfind(p.rest)) != -1:
            p = p._replace(rest=raw[ri:ri + len(p.rest)])
        if composed is not None:
            p = _remapped(p, raw, composed[0], composed[1])
        return p
    except Exception:  # pragma: no cover - the contract is "never raises"
        if not __file__.endswith(".py"):
            # the compiled parser checks the kind of each value its annotations name (hatch_build.py): one they
            # misname raises here, where the source reads on; the source then reads the entry, so that the two
            # never differ
            return _source_parse(raw)
        return ParsedReference(raw=raw, type="unknown")


_SOURCE: Any = None  # the parser's source, loaded beside the compiled parser the first time it is needed
FALLBACKS = 0  # entries the compiled parser handed to its source (tests/test_compiled_parser.py: none)


def _source_parse(raw: str) -> ParsedReference:
    """The source's parse of an entry, in this module's types (the compiled parser's fallback)."""
    global _SOURCE, FALLBACKS
    FALLBACKS += 1
    try:
        if _SOURCE is None:
            import importlib.util
            import os

            spec = importlib.util.spec_from_file_location("citelint.parsing._references_source",
                                                          os.path.join(os.path.dirname(__file__), "references.py"))
            module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
            spec.loader.exec_module(module)  # type: ignore[union-attr]
            _SOURCE = module
        p = _SOURCE.parse_reference.__wrapped__(raw)
        return ParsedReference._make(p)._replace(authors=tuple(Author._make(a) for a in p.authors),
                                                 editors=tuple(Author._make(a) for a in p.editors))
    except Exception:
        return ParsedReference(raw=raw, type="unknown")


# UTF-8 read as cp1252 or Latin-1 (mojibake): a lead byte's character, then its continuation bytes' (0x80-0xbf, as
# cp1252 or Latin-1 shows them): Latin-1's letters and signs ("SchÃ¤ffer", "Â°"), Latin Extended-A ("Å‚ukasz"), Greek
# ("F2Î±"), the dashes, quotes and signs of U+2000-U+22FF ("â€“", "â‰¥"), or "â€" whose last byte was lost (cp1252 has no
# character for 0x9d). After the letters a word may end in (Ä Å Î Ï â), not the signs that may follow a word's
# end: an apostrophe or closing quote, a dash, an ellipsis, a no-break space, a guillemet or a soft hyphen.
# CIT207 reports each, with its repair.
_CONT: Final = ("\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022"
                "\u2026\u2030\u2039\u203a\u20ac\u2122")
_CONT_INNER: Final = ("\u0080-\u009f\u00a1-\u00ac\u00ae-\u00ba\u00bc-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                      "\u02c6\u02dc\u2018\u201a\u201c\u201e\u2020-\u2022\u2030\u2039\u203a\u20ac\u2122")
MOJIBAKE_RE = lazy(f"[\u00c2\u00c3][{_CONT}]|[\u00c4\u00c5\u00ce\u00cf][{_CONT_INNER}]|\u00e2[{_CONT_INNER}][{_CONT}]|\u00e2\u20ac")


def repair_mojibake(seq: str) -> Optional[str]:
    """The one character a mojibake sequence stands for, or None where re-decoding it gives none or several."""
    try:
        fixed = seq.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        try:
            fixed = seq.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return None
    return fixed if len(fixed) == 1 else None


def unmojibake(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` with each mojibake sequence that repairs to one character replaced by it, and for each character of
    the result where it starts and ends in ``text`` (both lists empty where nothing was repaired)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for m in MOJIBAKE_RE.finditer(text):
        if m.end() - m.start() == 2 and text[m.start()] == "\u00e2":
            continue  # ("\u00e2\u20ac", its last byte lost: nothing to read it as)
        ch = repair_mojibake(m.group(0))
        if ch is None:
            continue
        out.append(text[at:m.start()])
        starts.extend(range(at, m.start()))
        ends.extend(range(at + 1, m.start() + 1))
        out.append(ch)
        starts.append(m.start())
        ends.append(m.end())
        at = m.end()
    if not starts:
        return text, starts, ends
    out.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return "".join(out), starts, ends


def compose_marks(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` with each letter and the combining marks after it (U+0300-U+036F) composed where Unicode has one
    character for them (NFC), and for each character of the result where it starts and ends in ``text`` (both lists
    empty where nothing was composed)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n, changed = 0, len(text), False
    while i < n:
        j = i + 1
        while j < n and "\u0300" <= text[j] <= "\u036f":
            j += 1
        if j - i > 1:
            c = unicodedata.normalize("NFC", text[i:j])
            if len(c) < j - i:
                changed = True
            last = len(c) - 1
            for k, ch in enumerate(c):  # (the last character of the group ends where the group does)
                out.append(ch)
                starts.append(i + k)
                ends.append(j if k == last else i + k + 1)
        else:
            out.append(text[i])
            starts.append(i)
            ends.append(i + 1)
        i = j
    if not changed:
        return text, [], []
    return "".join(out), starts, ends


def _remapped(p: ParsedReference, raw: str, starts: list[int], ends: list[int]) -> ParsedReference:
    """``p``, read from a repaired copy of ``raw`` (``unmojibake``), as a reading of ``raw``: each span put back
    over the characters it covers there."""
    def back(s: Span) -> Span:
        a = starts[s.start] if s.start < len(starts) else len(raw)
        return _new(Span, (a, ends[s.end - 1] if s.end > s.start else a))

    spans = {k: back(v) for k, v in p.spans.items()}
    return p._replace(raw=raw, spans=spans, authors=tuple(a._replace(span=back(a.span)) for a in p.authors),
                      editors=tuple(a._replace(span=back(a.span)) for a in p.editors))


# marks of writing direction, read as blanks (one for one: the offsets stay): Wikipedia's citations carry them
# ("The Auk, vol. 34,\u200e 1917, p. 427–433"). (Not a zero-width space: PLOS sets those inside links, where a
# blank would end the link; a link's value leaves them out.)
# (found by one scan first: most entries hold an en dash, so are not ASCII, and none of these)
_DIRECTION_MARK_RE = lazy("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


# names, then a parenthesis that holds a journal and two numbers at least (its volume, pages, year): "Berman et al.
# (Urology, 1999, 54, 385)", "Hall et al (Am. J. Hum. Genet. 61 : 785-789, 1997)"
_PAREN_CITATION_RE = lazy(r"(?P<names>[^()\d]{1,79}?[^()\d\s])\s?\((?P<inner>(?=[A-Z])[^()\d]*+\d[^()]*+)\)[.;]?")


_NAME_MARK_RE = lazy(r"(?<=\b[A-Z])\s?[*†]+(?=\s*[,;.])")
_END_MARKS_RE = lazy(r"(?<=[.\s])[*†‡]+\s*$")  # (a note's mark closing an entry)
_CLERGY_TITLE_RE = lazy(r"(?:Abb[ée]|Chanoine)\s+(?=[A-Z])")
_CAPS_FAMILY_COMMA_RE = lazy(r"[A-Z][A-ZÀ-Ý'’\-]{2,},")
_AND_AL_RE = lazy(r"\band al(?=[.,;]|\s)")
_PLUS_MORE_RE = lazy(r"(?<=[A-Z])\s?\+\d{1,3} more\b")


def _digit_runs(s: str) -> int:
    """How many numbers ``s`` holds ("Urology, 1999, 54, 385": 3)."""
    n, prev = 0, False
    for ch in s:
        d = ch.isdigit()
        if d and not prev:
            n += 1
        prev = d
    return n


def _names_then_etal(names: str) -> bool:
    """A family name or two (initials perhaps) and "et al." alone: "Berman et al.", "Hall et al", "Smith J, et al."."""
    words = names.replace(",", " ").split()
    if not 3 <= len(words) <= 6 or words[-1].rstrip(".") != "al" or words[-2].rstrip(".") != "et":
        return False
    return all(w[:1].isupper() and w.rstrip(".").replace("-", "").replace("'", "").isalpha() for w in words[:-2])


# (the blank first: the engine skips to blanks; a stop and a comma or a colon move together, "Palla F .,1997 ,ApJ ,474",
# "J .Phys .:Conf .Ser", "J. Phys.A :Math .Gen"; after digits only a year's comma: a volume glued to its journal keeps
# its spaced comma, "Mechanics24 ,172", and an arXiv number its stop, "1503 .02641")
_SPACED_STOP_RE = lazy(r" (\.[,:]|[.,:])(?:(?<=[A-Za-z.] [.,:])|(?<=[A-Za-z.] \.[,:])|(?<=[12]\d\d\d ,))(?=[A-Za-z0-9])")


# "95. Rowen" / "17.Creed" / "[4]Valentine" / ". Carey MR" (a stray stop before the entry) / "[ACL30] L Coudrat" (a CV's
# list: letters before the number)
_LABEL_RE = lazy(
    r"\s*(?:\[(?!(?:1[5-9]|20)\d\d\])(?:[A-Z]{1,5})?\d{1,4}\s?\]\s*,?\s*(?=\S)|(?!(?:1[5-9]|20)\d\d\.\s)\d{1,4}[.)](?:\s+(?=\S)|(?=[A-Z][a-z]))|[.,;:•·▪◦‣–-]\s+(?=[A-Z])"
    # a bare number before a name: "16 Gallatin E, Stabile P", "16 GALLATIN, E., STABILE, P." (not "2019 ESC
    # Guidelines", not "3 Tesla MRI": a capitalised word, then initials or a comma and a capital)
    r"|\d{1,3}(?:,\d{1,3})?(?:\s*[-–]\s*|\s+)(?=[A-Z][A-Za-z'’\-]+(?:\s[A-Z][a-z][A-Za-z'’\-]*)?(?:\s[A-Z]{1,3}(?:-[A-Z])?\b(?:[,.]|\s+(?:and|et)\s)|,\s[A-Z]\.))"
    # (or a hyphen: "16-Lindquist TJ, …", "10- Gore PA"; a family name of two words, "5-De Gabory L, …"; two numbers,
    # "5,6-Ando S, …"; "and al." after the name, "16-Pasqualino C and al.")
    # the previous entry's authors again: "———. “Title.”", "--, A. W. Robertson, …", "______. Glossa …"
    r"|(?:[-–—_]\s?){2,}\s*[.,]?\s*(?:and\s+)?"
    # (or one dash before a quoted title: "-, « Enjeux socio-culturels … », Imprévue 2", "—“Food and Spiritual Gifts …,”")
    r"|[-–—]\s?[.,]?\s*(?=[«“\"‘„]))"
)


_LINK_LABELS_RE = lazy(
    r"(?:\s*+(?:[|.·]\s*+)?(?:PubMed Abstract|View Article|CrossRef|Crossref|PubMed(?: Central)?(?: Full Text)?|Google Scholar|"
    r"IOPscience|MathSciNet|Web of Science|Medline|Reference Source|Publisher Full Text|BioMed Central Full Text|Free Full Text|Return to text|\[\s*+INSPIRE\s*+\]"
    r"|View (?:Record )?in Scopus|View PDF|View article|Full Text via CrossRef|Scopus|View at (?:Publisher|Google Scholar|Scopus)"
    r"|\[\s*+(?:QxMD MEDLINE Link|Medline|Full Text|Guideline|Abstract)\s*+\]))++"
    # (F1000Research's "Reference Source"; BMC's "PubMed Abstract | Publisher Full Text . Return to text"; INSPIRE's
    # "[ INSPIRE]." after an arXiv number; ScienceDirect's "View Record in ScopusGoogle Scholar"; Hindawi's "View at
    # Publisher · View at Google Scholar · View at Scopus"; Medscape's "[QxMD MEDLINE Link]. [Full Text].")
    r"[.;]?\s*+$"
)


_LINK_LABEL_ENDS: Final = ("Article", "CrossRef", "Crossref", "PubMed", "Central", "Scholar", "IOPscience", "MathSciNet",
                    "Science", "Medline", "Source", "Text", "text", "Abstract", "Scopus", "PDF", "article",
                    "Link]", "Text]", "Medline]", "Guideline]", "Abstract]", "Link].", "Text].", "Medline].", "Guideline].",
                    "Abstract].")  # (and Medscape's)
_YEAR_TAIL_RE = lazy(rf"[,;]\s*(?P<year>{_YEAR})[a-z]?\.?\s*$")


_MARKUP_RE = lazy(r"</?(?:i|b|u|em|strong|italic|bold|sup|sub|sc|span|font)(?:\s[^<>]{0,80})?>", re.IGNORECASE)


_LABEL_FIRST: Final = frozenset("[0123456789.,;:•·▪◦‣–-—_")  # (and list bullets: "• Rachamimov, Alon", "· Candan, Can.")


# the title first, then the names, the year and the journal (the MIT Joint Program's lists): "Regional climate
# change of the greater Zambezi river basin: A hybrid assessment Schlosser, C.A. and K. Strzepek 2014 Climatic
# Change, 130(1): 9-19"
_TF_INITIALS: Final = rf"[A-Z{_UP_EXTRA}]\.(?:-?[A-Z{_UP_EXTRA}]\.){{0,3}}"
_TF_FAMILY: Final = r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]i|[Dd]u|[Ll]e|[Ll]a|[Dd]a|[Dd]el) )?[A-Z][\w'’\-]+"
# (after the first name: an initial may lose its stop, "J Ström"; a family name may have two words, "I. Sue Wing")
_TF_OTHER: Final = rf"(?P<i>{_TF_INITIALS}|[A-Z](?= )) ?(?P<f>{_TF_FAMILY}(?: [A-Z][a-z]+(?= and |,| {_YEAR}))?)"
_TITLE_FIRST_RE = lazy(
    rf"(?P<title>[A-Z].{{15,300}}?) (?P<names>(?P<f1>{_TF_FAMILY}), (?P<i1>{_TF_INITIALS})"
    rf"(?:,? (?:and |& )?{_unnamed(_TF_OTHER)})*),? (?={_YEAR}[a-z]? [A-Z])"  # (its
    # groups unnamed: a name may not repeat in one pattern; _TF_OTHER_RE reads each name of the run again)
)
_TF_OTHER_RE = lazy(_TF_OTHER)
# (where the first comma begins no name, the first ", I." after it may end a title: "Nonlinearities, feedbacks and …
# system Rial, J., R. Pielke, …")
_TF_GATE_RE = lazy(r", [A-Z][.-]")


def _title_first_authors(tf) -> list:
    first = Author(tf.group("f1"), tf.group("i1").replace(".", "").replace("-", ""),
                   _new(Span, (tf.start("f1"), tf.end("i1"))))
    out = [first]
    for m in _TF_OTHER_RE.finditer(tf.string, tf.end("i1"), tf.end("names")):
        out.append(Author(m.group("f"), m.group("i").replace(".", "").replace("-", ""), _new(Span, m.span())))
    return out


# ScienceDirect's web page as editors copy it: the names with their initials first, then the title with no stop before
# it, then the journal with no stop before it, the volume, "(year)" and the pages: "K. Lorig, P.L. Ritter, F. Villa,
# J.D. Piette Spanish diabetes self-management … two randomized trials Diabetes Care, 31 (2008), pp. 408-414"
_SD_TAIL_RE = lazy(rf"[^\W\d_.]\.?,\s*[A-Za-z]?\d{{1,5}}[A-Za-z]?\s*(?:\(\s*[\w/{_DASH}]{{1,12}}\s*\)\s*)?\(\s*{_YEAR}\s*\)\s*,\s*"
                   rf"(?:pp?\.\s*[A-Za-z]?\d+(?:\s*[{_DASH}]\s*[A-Za-z]?\d+)?|Article\s+[\w.]*\d)[\s.,;]*$")
_SD_GIVEN: Final = r"(?:[A-Z]\.\s?-?){1,4}"  # (not "Li." of "W.-H. Li. Genomic …")
# (inside the list a comma ends each family name; the last has one word, or a particle and one word, before the title)
_SD_NAME_RE = lazy(rf"(?P<g>{_SD_GIVEN})\s?(?P<f>{_PARTICLE_PREFIX}{_CAP}[\w'’\-]+(?:\s{_CAP}[\w'’\-]+)?)(?=,\s)")
_SD_LAST_RE = lazy(rf"(?P<g>{_SD_GIVEN})\s?(?P<f>(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]i|[Dd]u|[Ll]e|[Ll]a|[Dd]a|[Dd]el|[Tt]en|[Tt]er|[Dd]er|[Dd]en)\s+)*"
                   rf"{_CAP}[\w'’\-]+)\s+(?!(?:and|et|und)\s|&)(?=[A-Z{_UP_EXTRA}0-9“\"‘(\[]|[a-z])")  # (not SIAM's "J.-S.
# Pang and S. A. Gabriel, Title, Journal, 60 (1993), pp. 295-337")
_SD_SMALL: Final = _NAME_SMALL_WORDS | {"y", "und"}  # (a name's small words, Spanish and German "and" too)
_SD_WORD_RE = lazy(r"\S+")


def _sd_authors(body: str, limit: int):
    """(end, next, authors, et al) of a ScienceDirect list, or None."""
    pos, authors = 0, []
    while True:
        m = _SD_NAME_RE.match(body, pos, limit)
        if m is None:
            break
        authors.append(Author(m.group("f"), m.group("g").replace(".", "").replace(" ", "").replace("-", ""),
                              _new(Span, m.span())))
        pos = m.end() + 2
        while pos < limit and body[pos] == " ":
            pos += 1
        e = _LEAD_ETAL_RE.match(body, m.end()) if body.startswith("et", pos) else None
        if e is not None:  # "J. Sun, Y. Wang, X. Chen, et al. An integrated …"
            return m.end(), e.end(), authors, True
    last = _SD_LAST_RE.match(body, pos, limit)
    if last is None:
        return None
    authors.append(Author(last.group("f"), last.group("g").replace(".", "").replace(" ", "").replace("-", ""),
                          _new(Span, (last.start(), last.end("f")))))
    return last.end("f"), last.end(), authors, False


def _sd_title_journal(body: str, start: int, end: int):
    """The title and the journal of a ScienceDirect entry, no stop between them: the journal is the run of capitalised
    words (and abbreviations) that ends the segment; with abbreviations, at most one whole word before the first of
    them ("… for Mexican Americans Diabetes Educ."). None where the run is the whole segment (a title in title case)."""
    words = [(m.group(0), m.start(), m.end()) for m in _SD_WORD_RE.finditer(body, start, end)]
    if len(words) < 2:
        return None
    if words[-1][0].endswith(","):
        w, a, b = words[-1]
        words[-1] = (w[:-1], a, b - 1)
    k = len(words)
    while k > 0:
        w = words[k - 1][0]
        if w[:1].isupper() or w in _SD_SMALL and k < len(words) and words[k - 2][0][:1].isupper():
            if w[-1:] in ":?!" or w[-1:] == "." and k < len(words) and not _ends_with_abbreviation(w):
                break  # (a title's last word with its colon or question mark)
            k -= 1
            continue
        break
    while k < len(words) and words[k][0] in _SD_SMALL:
        k += 1
    if k == 0 or k >= len(words) or len(words) - k > 8:
        return None
    abbrevs = [i for i in range(k, len(words)) if words[i][0].endswith(".") and _ends_with_abbreviation(words[i][0])]
    if abbrevs and abbrevs[0] - k > 1:
        k = abbrevs[0] - 1
    if words[k - 1][0][-1:] == ".":
        return None  # (a stop between them: another style, "D. Brawand, et al. Title. Nature, 513 (2014), pp. 375–381")
    ts, te = words[0][1], words[k - 1][2]
    js, je = words[k][1], words[-1][2]
    title = body[ts:te].rstrip(" ,")
    journal = body[js:je].rstrip(" ,.")
    if not title or not journal:
        return None
    return (title, _new(Span, (ts, ts + len(title)))), (journal, _new(Span, (js, js + len(journal))))


_IN_BOOK_WORDS_RE = lazy(r"Proc|Conf|Symp|Workshop|Congress|Meeting|Book|Handbook|Series|Lecture|Hrsg|[Ee]ds?\b")


def _in_journal(body: str, in_m, block) -> bool:
    """"In:" before a journal's name, its volume and pages: "Title. In: Soziale Welt, 46: 369-384" (German); not a
    book's editors, a proceedings volume or a place and publisher."""
    if body.find("In:", in_m.start(), in_m.end()) == -1 or block.pages is None:
        return False
    name = body[in_m.end():block.start].strip(" ,.;")
    return 0 < len(name.split()) <= 6 and not any(c in name for c in "():;") and not any(
        c.isdigit() for c in name) and _IN_BOOK_WORDS_RE.search(name) is None


# PubMed's results page as editors copy it: the title, then the names, then the citation: "Evolution of Design of
# Interbody Cages for Anterior Lumbar Interbody Fusion. Phan K, Mobbs RJ. Orthop Surg. 2016 Aug; 8(3): 270-7."
_PM_NAMES_AHEAD_RE = lazy(r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}\s[A-Z]{1,4}[,.]")  # ("Phan K, Mobbs RJ.")
_PM_TITLE_FIRST_RE = lazy(r"(?P<title>[A-Z][^.]{10,300}?[^\W_)\]?])[.?]\s+(?=[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}\s[A-Z]{1,4}[,.])")


def _pubmed_title_first(body: str, limit: int):
    """(title, its span, the author reading after it) where ``body`` opens with a title and a Vancouver list follows
    it, or None."""
    m = _PM_TITLE_FIRST_RE.match(body, 0, limit)
    if m is None:
        return None
    title = m.group("title")
    c = title.find(",")
    words = title.split()
    if _quick_vancouver(title[:c] if c != -1 else title) is not None or len(words) < 4 or _quick_vancouver(
            f"{words[0]} {words[1]}") is not None or _quick_glued(words[0]) is not None:
        return None  # (names, not a title: "Smith J, Jones K.", "Bohart RM Insect of Micronesia …", "BohartRM Insect …")
    o = m.end()
    g = _greedy_authors_end(body[o:limit])
    if g is None or not g[2] or body[o + g[0]:o + g[0] + 2] != ". " or not body[o + g[1]:o + g[1] + 1].isupper():
        return None
    names = body[o:o + g[0]]
    if any(_quick_vancouver(piece.strip()) is None and not _ETAL_RE.fullmatch(piece.strip())
           for piece in names.replace(";", ",").split(",")):
        return None  # (every piece a Vancouver name)
    return title, _new(Span, m.span("title")), (o + g[0], o + g[1], _moved(g[2], o), g[3])


# a CV's list: the title with no stop after it, the names with their initials first and family names in capitals, the
# journal with no stop before it, then the block: "Soft Oxidation of Single−Walled Carbon Nanotube Samples G. MERCIER,
# J. GLEIZE, J.F. MARÊCHÉ, B. VIGOLO Journal of Physical Chemistry C 117, 8522-8529 (2013)"
_CAPS_NAME: Final = rf"(?P<g>[A-Z]\.(?:-?[A-Z]\.){{0,3}}) ?(?P<f>[A-Z][A-Z{_UP_EXTRA}'’\-]+)(?![\w'’\-])"
_CAPS_NAMES_AFTER_TITLE_RE = lazy(rf"(?P<title>[A-Z][^.]{{15,300}}?[a-z0-9)]) "
                                  rf"(?P<names>{_unnamed(_CAPS_NAME)}(?:, {_unnamed(_CAPS_NAME)}){{1,40}}) (?=[A-Z][a-z])")
_CAPS_NAME_RE = lazy(_CAPS_NAME)  # (each name of the run read again)


def _caps_names_title_first(body: str, limit: int):
    """(title, its span, the author reading after it) for a title then initials and family names in capitals, or
    None (the shape _pubmed_title_first returns)."""
    m = _CAPS_NAMES_AFTER_TITLE_RE.match(body, 0, limit)
    if m is None or len(m.group("title").split()) < 4:
        return None
    authors = [Author(a.group("f"), a.group("g").replace(".", "").replace("-", ""), _new(Span, a.span()))
               for a in _CAPS_NAME_RE.finditer(body, m.start("names"), m.end("names"))]
    return m.group("title"), _new(Span, m.span("title")), (m.end("names"), m.end("names") + 1, authors, False)


def _title_before_in(body: str, t, in_m):
    """A chapter's (or a German article's) title ends where the "In:" of its book or journal begins, stop or no
    stop before it: "Classification of Compositae In: Funk VA, editors. Systematics …"."""
    if t is not None and t[1].start < in_m.start() and in_m.end() < t[1].end:
        te = len(body[:in_m.start()].rstrip(" .,"))
        return (body[t[1].start:te], _new(Span, (t[1].start, te))) if te > t[1].start else None  # (none before ", in:")
    return t


def _shifted(p: ParsedReference, raw: str, off: int) -> ParsedReference:
    """``p``, read from ``raw[off:]``, as a reading of ``raw``: every span moved by ``off``."""
    spans = {k: _new(Span, (v.start + off, v.end + off)) for k, v in p.spans.items()}
    return p._replace(raw=raw, spans=spans, authors=tuple(_moved(p.authors, off)), editors=tuple(_moved(p.editors, off)))


_LEAD_TAG_RE = lazy(r"</?[A-Za-z]{1,10}>\s*")


def _parse(raw: str) -> ParsedReference:
    # a list number pasted with the entry ("95. Rowen D, ...", "[4]Valentine", "———. Title") and blanks before it:
    # the entry after them is read as it would be alone, and its spans moved back (in a loop, not by recursion: a
    # hostile "1. 1. 1. …" is cut in one pass)
    off = 0
    label = _LABEL_RE.match(raw) if raw[:1] in _LABEL_FIRST or raw[:1].isspace() else None
    while True:
        if label is not None and off + label.end() < len(raw) and label.end():
            off += label.end()
        elif raw[off:off + 1].isspace() and not raw[off:].isspace():
            off = len(raw) - len(raw[off:].lstrip())
        elif raw[off:off + 1] == "<" and (tag := _LEAD_TAG_RE.match(raw, off)) is not None and tag.end() < len(raw):
            off = tag.end()  # a markup tag before the entry, a page's tags cut through ("</italic>Wiest, D. J., Wong, E.
            # H., …"): read as the blanks it would be masked to are (the APA names after them had not been read)
        else:
            break
        rest = raw[off:]
        label = _LABEL_RE.match(rest) if rest[:1] in _LABEL_FIRST else None
    if off:
        return _shifted(_parse_entry(raw[off:], label), raw, off)
    return _parse_entry(raw, label)


# a second entry run into the first after its block's last digit and stop: the names in Vancouver's form, then the
# year after a stop or in parentheses, then the title (_parse_entry: "… 3: 473–478. Doyle JJ. 2011. Phylogenetic …",
# "… 27– 47. doi: … Dorward AR (2014) Livelisystems …")
_SECOND_ENTRY_RE = lazy(
    r"(?<=\d)\.?\s+(?:<[^<>]{1,12}>\s*)?(?P<second>[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s[A-Z]{1,3}(?:,\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    r"\s[A-Z]{1,3}){0,12}(?:,?\s+et\s+al)?\.?\s+(?:(?:19|20)\d\d[a-z]?\.|\((?:19|20)\d\d[a-z]?\))\s+[A-Z])")
# a Vancouver block right after a DOI ("… J Clin Oncol. doi:10.1200/JCO.2016.1. 2016;17:1672."): the DOI is no trailer
_BLOCK_AFTER_DOI_RE = lazy(rf"[\s.,;]*{_YEAR}\s*(?:[A-Z][a-z]{{2}}\s*(?:\d{{1,2}}\s*)?)?;\s*\d{{1,4}}\s*(?:\([^()]{{1,12}}\)\s*)?:\s*[A-Za-z]?\d")
# a month and day after a bare year that end what is read of the entry: "J Clin Oncol. 2020 May 5." (ahead of print)
_DATE_TAIL_RE = lazy(rf"\s+(?P<m>{_MONTH})(?:\s+(?P<d>[0-3]?\d))?(?=[\s.,;]*$)")
# (after a link in parentheses: words, then a number further on, the entry's journal and block still to come)
_DIGIT_AFTER_RE = lazy(r"[A-Za-z][^()]{8,}?\d")


# a placeholder for a volume, an issue or pages, with its comma: ", Vol. xx", ", No. Xx", ", xx-xx"
_PLACEHOLDER_RE = lazy(rf",\s*(?:(?:[Vv]ol|[Nn]o|[Nn]r|pp?)\.?\s*[Xx]x|[Xx]x\s*[{_DASH}]\s*[Xx]x)(?=\s*[,.;]|\s*$)")
# an export that lowercased the names, put the year first and the pages before the journal, its volume (and issue)
# last (an archaeology list in anystyle-parser's gold): "2016 waxenbaum e.B., stock m.K. variation in the human
# bicondylar angle 334-340 american journal of physical anthropology 160" (it had been read as a title alone)
_LX_NAME_RE = lazy(r"(?P<f>(?:(?:de|le|la|van|von|du|di|da) )?[a-zà-ÿ][\w'’\-]*) "
                   r"(?P<g>[A-Za-zà-ÿ](?:\.-?[A-Za-zà-ÿ])*\.?(?: [a-z]\.)?)(?=[, ])")
_LX_AFTER_NAMES_RE = lazy(r"(?: et al\.)?(?: \(dir\.?\))? (?=\S)")
# (the pages: the last page range before a word, or else the last number before one, a date standing in the journal's
# name, "… (journée Bronze ) st Germain en Laye 6 mars 2010 8"; then the journal, and the volume and issue at the end)
_LX_PAGES_RE = lazy(r" (?P<fp>\d{1,5})(?:-(?P<lp>\d{1,5}))? (?=[^\d\s])")
_LX_TAIL_RE = lazy(r"(?: (?P<vol>\d{1,3}|[IVXLC]{1,7})(?: (?P<iss>\d{1,3}(?:-\d{1,3})?))?)?\s*$")


def _lower_export(raw: str) -> Optional[ParsedReference]:
    """The lowercased, year-first export above, or None where ``raw`` does not read as one."""
    if "http" in raw or "doi" in raw:
        return None
    pos = 5
    authors = []
    while True:
        m = _LX_NAME_RE.match(raw, pos)
        if m is None:
            return None
        authors.append(Author(m.group("f"), m.group("g").replace(".", "").replace("-", "").replace(" ", "").upper(),
                              _new(Span, (m.start("f"), m.end("g")))))
        pos = m.end()
        if raw.startswith(", ", pos):
            pos += 2
            continue
        break
    if raw[authors[-1].span.end - 1] != ".":
        return None  # (the last name's initials close with their stop: where the title begins is clear)
    a = _LX_AFTER_NAMES_RE.match(raw, pos)
    if a is None:
        return None
    ts = a.end()
    pages = ranged = None
    for pages in _LX_PAGES_RE.finditer(raw, ts):
        if pages.group("lp"):
            ranged = pages
    pages = ranged or pages
    if pages is None or pages.start() - ts < 8:
        return None
    tail = _LX_TAIL_RE.search(raw, pages.end())
    je = tail.start() if tail is not None else len(raw)
    js = pages.end()
    if je - js < 3:
        return None
    title = raw[ts:pages.start()].rstrip(" .,")
    journal = raw[js:je].rstrip(" .,")
    spans = {"year": _new(Span, (0, 4)), "authors": _new(Span, (authors[0].span.start, authors[-1].span.end)),
             "title": _new(Span, (ts, ts + len(title))), "journal": _new(Span, (js, js + len(journal))),
             "first_page": _new(Span, pages.span("fp"))}
    if pages.group("lp"):
        spans["last_page"] = _new(Span, pages.span("lp"))
    volume = issue = None
    if tail is not None and tail.group("vol"):
        volume = tail.group("vol")
        spans["volume"] = _new(Span, tail.span("vol"))
        if tail.group("iss"):
            issue = tail.group("iss")
            spans["issue"] = _new(Span, tail.span("iss"))
    return ParsedReference(raw=raw, type="journal", authors=tuple(authors), etal=" et al." in raw[:ts], title=title,
                           journal=journal, year=int(raw[:4]), volume=volume, issue=issue, first_page=pages.group("fp"),
                           last_page=expand_pages(pages.group("fp"), pages.group("lp")) if pages.group("lp") else None,
                           year_source="bare", spans=spans)


_NO_PAGES_END_RE = lazy(r"(?<=\d\)),\s*(?:NP|n\.\s?p\.)\.?$")  # (after a volume's issue in parentheses only)


# a newspaper's article cited by its name, its date in figures (day first) and its title in quotes, then its pages and
# place (a Mozambican press list in anystyle-parser's gold): "Tempo (17/11/85) ‘Delegação Moçambicana visitou União
# Soviética’ pp1-2", "Notícias (30/06/75) ‘Estabelecido Programa …’ p7 Maputo" (the name, date and title had been read as
# one title)
_NEWSPAPER_FIGURES_RE = lazy(
    r"(?P<j>[A-Z][^\W\d_]*(?:\s[A-Z][^\W\d_]*){0,4})\s\((?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>\d\d|(?:19|20)\d\d)\)\s+"
    r"(?P<t>[‘“\"«].{3,300}?[’”\"»])\s*pp?\.?\s*(?P<fp>\d{1,4})(?:\s*[-–]\s*(?P<lp>\d{1,4}))?"
    r"(?:\s+(?P<place>[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){0,2}))?\s*\.?")


def _newspaper_figures(raw: str, m) -> Optional[ParsedReference]:
    """The newspaper's article ``m`` (_NEWSPAPER_FIGURES_RE) read: the name the journal, the quoted title, the pages;
    the year only where printed in four figures (a year in two is not guessed at: "(16/05/65)")."""
    if not 1 <= int(m.group("m")) <= 12:
        return None
    spans = {"journal": _new(Span, m.span("j")), "title": _new(Span, (m.start("t") + 1, m.end("t") - 1)),
             "first_page": _new(Span, m.span("fp"))}
    year = None
    if len(m.group("y")) == 4:
        year = int(m.group("y"))
        spans["year"] = _new(Span, m.span("y"))
    last = None
    if m.group("lp") is not None:
        last = expand_pages(m.group("fp"), m.group("lp"))
        spans["last_page"] = _new(Span, m.span("lp"))
    if m.group("place") is not None:
        spans["place"] = _new(Span, m.span("place"))
    return ParsedReference(raw, "journal", title=m.group("t")[1:-1].strip(), journal=m.group("j"), year=year,
                           first_page=m.group("fp"), last_page=last, place=m.group("place"),
                           year_source="paren" if year is not None else None, spans=spans)


_SERIES_WORDS: Final = frozenset(("Serie", "Series", "Ser", "Série", "Sect", "Section", "Sec", "Part", "Teil", "Reihe",
                                   "Folge", "Abt", "Ser.", "Sect.", "Suppl", "Supplement", "Volume", "Vol", "Vol.",
                                   "Tome", "Band", "Bd"))  # (and a volume's own mark, read elsewhere)


def _left_volume(body: str, jn: str, lv, js: int, block, volume) -> bool:
    """Whether the number ``lv`` (_LEFT_VOLUME_TAIL_RE) at the journal's name's end is its volume, the block read from a
    later number: not a year ("Majira 1995 December 7"), a series' number ("Boissier, Serie 2 6: 18-22"), a number
    before Vancouver's semicolon ("Crit Care Med 10; 19:275"), nor a smaller number right before the block's volume
    (a day: "BMJ 24 325: 444"; the issue follows the volume: "Complement Ther Med 9 1: 2–11")."""
    v = lv.group("v")
    if _year_like(v) or jn[:lv.start()].rsplit(None, 1)[-1] in _SERIES_WORDS:
        return False
    gap = body[js + lv.end():block.start]
    if ";" in gap or ";" in jn[lv.end("v"):]:
        return False
    if lv.group("mark") is None and not body[js + lv.end("v"):block.start].strip() and volume is not None and \
            volume[0].isdigit() and int(volume[0]) > int(v):
        return False
    return True


def _name_and_numbers_end(body: str, t, j):
    """Where the entry ends with a name of a few capitalised words and two numbers joined by a dash ("Kewa 82-2.",
    "Advanced Imaging 54-7."), read as the last sentence ``j`` or the last comma piece of the one sentence ``t``: the
    title and that journal, else None."""
    if j is None:
        ct = t[0].rfind(", ")
        if ct == -1 or not t[0][-1:].isdigit() or body[t[1].end:].strip(" .") or \
                sum(1 for w in t[0][:ct].split() if len(w) >= 4 and w.isalpha() and w.islower()) < 2:
            return None
        j = (t[0][ct + 2:], _new(Span, (t[1].start + ct + 2, t[1].end)))
        t = (t[0][:ct], _new(Span, (t[1].start, t[1].start + ct)))
    elif not j[0][-1:].isdigit() or body[j[1].end:].strip(" ."):
        return None
    tn = _TRAILING_NUMBERS_RE.search(j[0])
    if tn is None or tn.group("b") is None:
        return None
    words = j[0][:tn.start()].split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() for w in words) or _PUBLISHER_WORDS.search(j[0]):
        return None
    return t, j


# what follows a year that the names' reader left in the title: its letter, bracket or stop, then the title's first word
_YEAR_THEN_TITLE_RE = lazy(r"[a-z]?\)?[.,:]?\s+(?=[A-Z\"“‘«])")
_INITIAL_BEFORE_RE = lazy(r"(?<![^\W\d_])[A-Z]\.,?\s$")  # (the names' reader stopped after an initial)
_LEFT_PARTICLES: Final = frozenset(("de", "da", "di", "do", "dos", "du", "del", "der", "den", "van", "von", "la", "le"))
_LEFT_INITIALS_RE = lazy(r"(?:[A-Za-z]\.?-)?(?:[A-Za-z]\.-?){1,4}[A-Z]?|[A-Z]{1,3}")


def _names_left(lead: str, after_initial: bool = False) -> bool:
    """Whether ``lead``, what stands in the title before the year, is names alone: an initial at least (or a lone
    letter, a last initial), each word an initial, a capitalised name or a conjunction ("W. M Kluwe", "and p.K.
    Sen-Sarma", "andM. Skold", "& O'Leary-Kelly: A. M", "J-M. Fourniau"). ``after_initial``: the names' reader stopped
    after an initial, so a family name alone may be left ("Verkuyl, Henk, J.A. Le Loux-Schuringa. 1985.")."""
    words = lead.replace(",", " ").replace(":", " ").split()
    if len(words) == 1:
        return len(words[0]) == 1 and words[0].isalpha()  # ("Hatch,T, & Chen-Hayes, S. F. (2008).": its last initial)
    if not 2 <= len(words) <= 30:
        return False
    initial = False
    for w in words:
        if w in ("and", "&", "und", "et", "e", "y") or w in _LEFT_PARTICLES:
            continue
        if w[:3] == "and" and len(w) > 3:  # ("andM. Skold", "andj. P. Smol": the conjunction glued to an initial)
            w = w[3:]
        if _LEFT_INITIALS_RE.fullmatch(w):
            initial = initial or "." in w
            continue
        if not (w[:1].isupper() and w[1:].replace("-", "").replace("'", "").replace("’", "").isalpha() and
                (w[1:2].islower() or w[1:2] in "'’" or w.isupper())):  # (or in capitals: "di TADA M. L.")
            return False
    return initial or after_initial or words[-1] in _COLLECTIVE_LAST_WORDS  # (or a group last: "…, Swiss HIV Cohort
    # Study, 2016.")


def _parse_entry(raw: str, label) -> ParsedReference:
    """One entry that opens with no list number (``label``: one that is all there is)."""
    if raw[4:5] == " " and raw[5:6].islower() and raw[:4].isdigit() and (lx := _lower_export(raw)) is not None:
        return lx
    if raw[:1].isupper() and raw.find("/", 3, 40) != -1 and raw.find(")", 6, 48) != -1 and \
            (nf := _NEWSPAPER_FIGURES_RE.fullmatch(raw)) is not None and (news := _newspaper_figures(raw, nf)) is not None:
        return news
    spans: dict = {}
    month_tail: Optional[str] = None  # (a month after a bare year that ends the entry)
    k: Any  # (an index, and a key of ids)
    t: Any  # (title and journal as read: (text, span) or None; a title's text, later)
    j: Any
    seg: Any  # (the authors' segment as read, then a piece of text)
    last: Any
    tname: str  # (the title's text while its ends are read, typed as jn is below)
    pg: str  # (the pages as read, typed: their tests and splits compiled as a string's)
    jn: str  # (the journal's name while its end is read, typed: the compiled parser slices it as a string)
    a_end: int  # (typed, as the others below: the compiled parser then slices with them as ints, not objects)
    after: int
    tail_end: int
    low = raw.lower()
    ids = find_identifiers(raw, low)
    if label:  # (a label and nothing after it)
        ids.setdefault("_label", ("", _new(Span, (0, label.end()))))
    masked_spans = [v[1] for k, v in ids.items() if k not in ("trial_ids", "_label")] if ids else []
    if "url" in ids:
        us = ids["url"][1]
        if raw[us.start - 1:us.start] == "(" and raw[us.end:us.end + 1] == ")" and _DIGIT_AFTER_RE.search(
                raw, us.end + 1) is not None:
            # a link in parentheses inside the title, the entry going on after it: "BOLD: the barcode of life data
            # system (http://www.barcodinglife.org). Molecular Ecology Notes 7:355–364." (read as written, not cut)
            masked_spans.remove(us)
    epub = _EPUB_RE.search(raw, _epub_from(raw, low)) if "epub" in low or "online ahead" in low else None
    online = _ONLINE_FIRST_RE.search(raw) if ("ublished online" in raw or "posted online" in raw) and epub is None else None
    # (AMA's preprint: "medRxiv. Preprint posted online May 1, 2020. doi:…")
    if online is not None:
        epub = online
    # MEDLINE's pages of the discussion printed after a paper's: "277: 3–16; discussion 16–22, 71–13" (a trailer: no
    # block is read in it; CIT205 checks its ranges from the entry's text)
    disc = DISCUSSION_RE.search(raw) if "discussion" in low else None
    errat = _ERRATUM_RE.search(raw) if "rratum" in raw else None
    if " in:" in raw and ("rratum in" in raw or "omment in" in raw or "etraction in" in raw or "pdate in" in raw or
                          "ublished in" in raw or "oncern in" in raw) or (" of:" in raw or " on:" in raw or " for:" in raw) and (
            "etraction of" in raw or "pdate of" in raw or "omment on" in raw or "rratum for" in raw or "oncern for" in raw):
        # (and the notes that name the earlier work: ". Retraction of: Feifel D, …. J Clin Psychiatry. 2000;61(12):909-11",
        # "Comment on: …", "Update of: …", "Erratum for: …": their year and block are no part of the entry's)
        note = _MEDLINE_NOTE_RE.search(raw)
        if note is not None and (errat is None or note.start() < errat.start()):
            errat = note
    if errat is None and ("uch in" in raw or "rneut" in raw or "achdruck in" in raw):
        errat = _REPRINT_RE.search(raw)  # (German: the same paper printed again, "… S. 57-61. Auch in …", "…; erneuter
        # Abdruck im Jahrbuch …", "Nachdruck in: …")
    note_in = None  # a note in brackets inside the entry, before its journal and block: blanked, not cut at
    if "[" in raw and ("orrection" in raw or "etract" in raw or "rratum" in raw or "oncern" in raw or "omment" in raw
                       or "pdate" in raw):
        note_in = _BRACKET_NOTE_RE.search(raw)
        if note_in is not None and _DIGIT_AFTER_RE.search(raw, note_in.end()) is None:
            note_in = None  # (at the entry's end: a trailer, cut at as before)
        if note_in is not None and errat is not None and errat.start() <= note_in.end() and errat.end() >= note_in.start():
            errat = None
    accessed = _ACCESSED_RE.search(raw) if ("accessed" in low or "cited" in low or "retrieved" in low or "url" in ids and (
        "[" in raw and ("citado" in low or "acess" in low or "consultado" in low or "accedido" in low or "cité" in low) or
        "zugriff" in low or "abgerufen" in low or "consulté" in low)) else None
    # (the other languages' dates only with a link, as SciELO and the German and French guidelines' pages print them)
    updated = _UPDATED_RE.search(raw) if accessed is not None and ("pdated" in raw or "eviewed" in raw or "evised" in
                                                                    raw or "odified" in raw or "ublished" in raw) else None
    if updated is not None and updated.start() > accessed.start():  # type: ignore[union-attr]
        updated = None
    avail = _AVAILABLE_RE.search(raw) if "available" in low or "url" in ids and (
        "retrieved from" in low or "ispon" in low or "verfügbar" in low) else None  # (the other labels only with a link)
    links = _LINK_LABELS_RE.search(raw) if raw.endswith(_LINK_LABEL_ENDS) or raw[-1:].isspace() and \
        raw.rstrip().endswith(_LINK_LABEL_ENDS) or raw.find("INSPIRE", len(raw) - 14) != -1 else None
    tail_end = len(raw)  # (a preprint trailer may stand before them: "[arXiv:…][INSPIRE]")
    if links:  # (two statements, not one expression of a match's end or a length: typed int, not any object)
        tail_end = links.start()
    end60 = raw[tail_end - 64:tail_end] if tail_end >= 64 else raw[:tail_end]  # (a preprint trailer closes the entry: its words are
    # looked for there only)
    arxiv = _ARXIV_TRAILER_RE.search(raw, max(0, tail_end - 64), tail_end) if "Preprint" in end60 or "arXiv" in end60 or (
        "/0" in end60 or "/9" in end60) and "]" in end60 else None
    issn = _ISSN_RE.search(raw) if "ISSN" in raw else None  # "… 58 4391-4400 ISSN 1063-651X, 1095-3787 URL …"
    if issn is not None:
        u = raw.find("http", issn.end())
        if any(c.isdigit() for c in raw[issn.end():u if u != -1 else len(raw)]):
            issn = None  # ("e-ISSN: 2278-4861. Volume 6, Issue 1 …": the block follows it: not the end of the entry)
    if updated is None and "Published " in raw:  # PubMed's AMA: "… 2017;12(3):e0173423. Published 2017 Mar 10. doi:…"
        updated = _PUBLISHED_AFTER_RE.search(raw)
    presented = _PRESENTED_RE.search(raw) if "resented at" in raw else None  # (a trailer: the meeting is read back at
    # the end)
    special = _SPECIAL_ISSUE_TRAILER_RE.search(raw) if "pecial" in raw else None  # (the special issue named after the
    # block, a trailer: "… Data Engineering, 985-987. Special Issue on Learning and Discovery in Knowledge-Based Databases.")
    second = _SECOND_ENTRY_RE.search(raw, 60) if len(raw) > 200 and (
        raw.count(". 20") + raw.count(". 19") >= 2 or raw.count(" (20") + raw.count(" (19") >= 2) else None
    if second is not None:  # a second entry run into the first, the line between them lost (PLOS's lists as text gives
        # them): "… Trends in Plant Science 3: 473–478. Doyle JJ. 2011. Phylogenetic …" (the second's block had been
        # read as the entry's: the first is read, the second left over)
        presented = presented if presented is not None and presented.start() < second.start() else None
    if accessed is not None and accessed.group("a1") and _VOL_AFTER_CITED_RE.match(raw, accessed.end()):
        # NLM's online journal: "J Thorac Oncol [Internet]. 2017 [cited 2018 Jan 5];12(3):423-30": the access date
        # inside the block is blanked, not cut at (a tag, below)
        cited, accessed_cut = accessed, False
    else:
        cited, accessed_cut = None, True
    extra = [_new(Span, (m.start(), m.end())) for m in (
        epub, accessed if accessed_cut else None, issn, arxiv, disc, errat, updated, presented if errat is None else None,
        special) if m] if (
        epub or accessed or issn or arxiv or disc or errat or updated or presented or special) else []  # (most have none)
    if second is not None:
        extra.append(_new(Span, (second.start("second"), len(raw))))
    if links:  # "41:283–287View Article", "15813–7CrossRef": link labels a web page glued on
        extra.append(_new(Span, (links.start(), links.end())))
    if avail:
        extra.append(_new(Span, (avail.start(), len(raw))))  # "Available from: URL" to the end
    # inline markup pasted with the entry ("<italic>Counseling and Values, 52</italic>, 211-223"):
    # blanked, not cut at
    tags = [_new(Span, m.span()) for m in _MARKUP_RE.finditer(raw)] if "</" in raw else []
    if cited is not None:
        tags.append(_new(Span, cited.span()))
    if note_in is not None:  # AMA: "Title [published correction appears in J Clin Oncol. 2020;38(1):100]. J Clin Oncol."
        tags.append(_new(Span, note_in.span()))
    ama_ahead = _AMA_AHEAD_RE.search(raw) if "[" in raw and "published online" in low else None
    if ama_ahead is not None:  # AMA: "Title [published online ahead of print September 2, 2015]. J Sports Med"
        tags.append(_new(Span, (ama_ahead.start(), ama_ahead.end())))
    count = _PAGE_COUNT_RE.search(raw) if "pages" in low[-24:] else _BOOK_EXTENT_RE.search(
        raw, max(0, len(raw) - 30)) if "p" in low[-16:] and raw[-1:] in ".p)" else None
    if count is not None:  # Hindawi's "Article ID 379738, 15 pages[, 2012].": the length, not a locator
        tags.append(_new(Span, (count.start(), count.end())))
    if ids or extra or tags:
        text = _mask(raw, masked_spans + extra + tags + ([ids["_label"][1]] if "_label" in ids else []))
        # cut at the first identifier/trailer so "doi: ... 2081..." never reads as a block
        cuts = masked_spans + extra
        if "doi" in ids and _BLOCK_AFTER_DOI_RE.match(text, ids["doi"][1].end) is not None:
            # the DOI between the journal and its block, blanked, not cut at: "J Clin Oncol. doi:10.1200/JCO.… 2016;17:1672."
            cuts = [x for x in cuts if x is not ids["doi"][1]]
        cut = min([s.start for s in cuts] + [len(text)])
        body = text[:cut]
    else:  # nothing to mask or cut (most entries)
        text = body = raw
        cut = len(raw)
    if cut < len(text) and body[-2:] == "](" and (k := body.rfind("[", max(0, len(body) - 40))) != -1:
        body = body[:k]  # a Markdown link's label before the identifier it links to: "…147-50. [DOI](https://doi.org/…)"
    if cut < len(text) and body[-6:].rstrip(" :").endswith("URL"):
        k = len(body.rstrip(" :")) - 3
        if k == 0 or not body[k - 1].isalnum():  # "Physical Review A 33 467-476 URL http://…": the link's label
            body = body[:k]
    acute = not body.isascii() and "´" in body
    if acute:  # a PDF's spacing accent inside a name, "M. Karlick´yKarlick´y, K. Jiřička": read as an apostrophe is, so
        body = _SPACING_ACUTE_RE.sub(lambda m: m.group(0).replace("´", "'"), body)  # that the name stays one word
        # (same length: spans stay put)
    translation = ""
    if "transl" in body[-24:] and (tr := _TRANSLATION_TAIL_RE.search(body, max(0, len(body) - 24))) is not None:
        c = tr.start()  # the work's translation cited after it, then "(Engl. transl.)": "…, Usp. Mat.Nauk 34 ( 1979)13
        while (c := body.rfind(",", 0, c)) > 0:  # ,Russ .Math .Surv .34 ( 1979)11 ( Engl.transl .)." (the
            # translation's block had been read as the work's): the body ends before the translation's journal
            if body[:c].rstrip()[-1:] in ")0123456789" and body[c + 1:c + 3].lstrip()[:1].isupper():
                translation = body[c + 1:].strip(" .")  # (left over: reported with the rest)
                body = body[:c]
                break
    elif "appears in" in body and (tr := _VERSION_APPEARS_RE.search(body)) is not None:
        translation = body[tr.start() + 1:].strip(" .")  # "…, 1194-1205, Russianversion appears in Teoret .Mat .Fiz
        body = body[:tr.start()]  # .181 ,( 2014),no .1 ,73 -85.": the other version left over
    if " de " in body and (cd := _BARE_CITED_DATE_RE.search(body)) is not None:
        # the date it was read, after the year and with no label (SciELO's Spanish and Portuguese): "Enferm. glob. 2014,
        # 8 de abril de 2016; 13(33): 424-439" (the journal had been "2014, 8 de abril de"): blanked, same length
        body = _mask(body, [_new(Span, cd.span())])
    if "--" in body:  # BibTeX's en dash in a range, "40--44": read as one dash (same length: spans stay put)
        body = _DOUBLE_DASH_RE.sub("– ", body)
    if not body.isascii() and body.count("‚ ") >= 2:  # a low quotation mark for each comma (a PDF's): "Lamarque J.F. ‚ T. C.
        body = body.replace("‚ ", ", ")  # Bond‚ V. Eyring‚ …" (same length: spans stay put)
    if body[-1:] in "P." and (body.endswith(("NP", "NP.", "n.p.", "n. p.")) and
                              (npm := _NO_PAGES_END_RE.search(body, max(0, len(body) - 10))) is not None):
        # APA's mark for an article with no pages after its volume and issue: "Gestalt Review, 4(2), NP.", "…, 12(3),
        # n.p." (blanked, same length: the volume and issue end the entry, as they do where no mark is printed)
        body = _mask(body, [_new(Span, npm.span())])
    placeholder = False
    if "xx" in low and (ph := list(_PLACEHOLDER_RE.finditer(body))):  # (one test on the lowered entry: "xx", "Xx")
        # a volume, issue or pages left as "xx" by whoever wrote the entry: "Architectural Design, Vol. xx, No. xx,
        # 1977, xx-xx" (blanked with its comma, same length: the journal's name had run on into "Vol. xx, No"); a
        # journal article still, so that CIT204 names what is missing
        body = _mask(body, [_new(Span, m.span()) for m in ph])
        placeholder = True
    if "?" in body:  # an en dash that a lossy export turned into "?": "Assembly Automation 26 (1) (2006) 28?33"
        body = _QMARK_DASH_RE.sub("–", body)  # (same length: spans stay put)
    if "_" in body:  # ... or into "_": "Revue numismatique, 2° série, t. XII, 1867, pp. 81_86"
        body = _UNDERSCORE_DASH_RE.sub("\\1–", body)  # (same length)
    eds_orig = None  # (the body before "(editors)." was rewritten, and where that ends)
    if "(ed" in body or "(Ed" in body:
        pe = _PAREN_EDS_RE.search(body, 0, 400)
        if pe is not None and _NAMES_ONLY_RE.fullmatch(body, 0, pe.start()):
            # the names' "(editors)." (nothing but names before it: no title, date or quote): the Cochrane Handbook
            # as Cochrane asks it cited, "Higgins JPT, Thomas J, et al (editors). Cochrane Handbook …", read as
            # NLM's ", editors."; APA's "Snyder, C. R. (Ed.). (2000). Handbook …", before its date, as a blank
            # (same length: spans stay put)
            n = pe.end() - pe.start()
            rep = " " * n if body[pe.end():pe.end() + 2].lstrip()[:1] == "(" else f", {pe.group(1).lower()}.".ljust(n)
            eds_orig = (body, pe.end())
            body = body[:pe.start()] + rep + body[pe.end():]
    if ")" in body and body.count(")") > body.count("("):
        # a stray parenthesis, opened nowhere, closing the entry or after a year: "Brain Pathol. (2003) 13(1): 52-61)",
        # "Geschichtsforschung, 60, 1952), 31-59" (read as a blank: same length, spans stay put; a title's own, a
        # footnote's "X.1) synthesis", is left as it is)
        depth, chars, last = 0, list(body), len(body.rstrip(" .")) - 1  # (``last``: an index here, a word below)
        for i, ch in enumerate(chars):
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth:
                    depth -= 1
                elif i == last or _year_like(body[i - 4:i]):
                    chars[i] = " "
        body = "".join(chars)
    fields: dict = {}
    for k, v in ids.items():
        if k in ("trial_ids", "_label"):
            continue
        fields[k] = v[0]
        spans[k] = v[1]

    # (a volume alone at the end is read only where a DOI or PMID follows it: "Nat Biotechnol 31 doi:…")
    block = _find_block(body, cut < len(text) and ("doi" in ids or "pmid" in ids))
    if block is not None and block.start >= 8:
        block = _marks_before_block(body, block)
    if block is not None:
        block = _marks_after_block(body, block)
    if block is not None and block.month is not None and block.volume is None and block.pages is None and \
            body[block.start - 2:block.start] == ". " and "url" in ids and _WEB_HINT_RE.search(raw) is not None:
        # a web page's date, not a periodical's issue: "US Food and Drug Administration. FDA approves osimertinib …
        # News release. April 18, 2018. Accessed May 1, 2018. https://…" (AMA; it had been typed a journal article)
        block = None
    abstract_m = _ABSTRACT_RE.search(body) if "abstr" in low or "abs." in low else None
    limit = block.start if block else len(body)
    tf = None
    c1 = body.find(", ")
    # (few entries get this far: the first comma before an initial, or a comma in a title, "Climate Change, Agriculture
    # and Food Security …", not after a Vancouver name, "Smith J, Jones K", with ", I." somewhere after it)
    if c1 > 20 and body[c1 + 2:c1 + 3].isupper() and body[c1 + 3:c1 + 4] in ".-" or c1 > 0 and (
            body[c1 + 2:c1 + 3].islower() or body[c1 + 3:c1 + 4].islower() and not body[c1 - 1].isupper()) and \
            _TF_GATE_RE.search(body, c1 + 2) is not None:
        tf = _TITLE_FIRST_RE.match(body)
        if tf is not None and len(tf.group("title").split()) < 5 and not any(
                w.islower() for w in tf.group("title").split()):
            tf = None  # (a title has words enough, or small words: "Smith John Paul" before ", J." is no title;
            # "Kyoto’s unfinished business Jacoby, H.D." is one)
    sd = pm = None  # a ScienceDirect list, a PubMed title before the names (below)
    if tf is not None:  # the MIT Joint Program's style: "Title Family, I., I. Family and I. Family 2014 Journal, …"
        seg = (tf.end("names"), tf.end("names"), _title_first_authors(tf), False)
    elif body[4:5] == ":" and (ly := _LEAD_YEAR_COLON_RE.match(body)) is not None:
        o = ly.end()  # "1976: Ulf Preuss-Lausitz: Title": the year first, then the names
        seg = _author_segment(body[o:], limit - o)
        if seg[0]:
            authors0 = _moved(seg[2], o) if \
                len(seg) >= 4 else None
            seg = (seg[0] + o, seg[1] + o) + ((authors0,) + tuple(seg[3:]) if authors0 is not None else ())
        else:
            seg = _author_segment(body, limit)
    else:
        sd = _sd_authors(body, limit) if body[1:2] == "." and body[:1].isupper() and block is not None and \
            body.rstrip(" .,;")[-1:].isdigit() and _SD_TAIL_RE.search(body, max(0, len(body) - 60)) is not None else None
        if sd is None and block is not None and body[:1].isupper() and body[1:2].islower() and not (
                0 < c1 < 40 and body[c1 - 1].isupper()):  # (not a Vancouver list, "Smith J, …": the cheapest test first)
            d = body.find(". ", 12, 320)
            dq = body.find("? ", 12, d if d != -1 else 320) if "?" in body else -1
            if dq != -1:
                d = dq  # (a title that asks: "…? Phan K, Mobbs RJ.")
            # (cheap tests first: the names' initials after the title's stop, "… Fusion. Phan K, Mobbs RJ.", and a
            # title of four words at least; the reader then rules out names in the title's place)
            if d != -1 and _PM_NAMES_AHEAD_RE.match(body, d + 2) is not None and body.count(" ", 0, d) >= 3:
                pm = _pubmed_title_first(body, limit)
            elif d != -1 and body[d - 2:d - 1] == " " and body[d - 1].isupper() and body[d + 2:d + 4].isupper() and \
                    body.count(" ", 0, d) >= 4:  # (an initial, its stop, a family name in capitals after a title)
                pm = _caps_names_title_first(body, limit)
        if pm is not None:
            seg = pm[2]
        elif body.find("[", 0, 200) != -1 and _MEDIUM_TITLE_RE.match(body) is not None:
            # no author: the title and its medium open the entry, "Keytruda (pembrolizumab) [package insert].
            # Whitehouse Station, NJ: Merck & Co; 2020." (the place's "NJ:" had been read as a name)
            seg = (0, 0, [], False)
        elif body.startswith(_ANONYMOUS):  # "Anonymous. Title. Lancet 1990;1:2-5.": the title after it (the word
            # stands where the authors do, as a collective name; it was read into the title)
            k = next(len(a) for a in _ANONYMOUS if body.startswith(a))
            ns = 1 if body[0] == "[" else 0
            ne = ns + len(body[ns:k].rstrip(" .,]"))
            seg = (ne, k, [Author(body[ns:ne], "", _new(Span, (ns, ne)), collective=True)], False)
        elif body.startswith(_NO_AUTHORS):  # PubMed's "[No authors listed]. Title. Lancet …": no author, the title
            # after it
            k = next(len(a) for a in _NO_AUTHORS if body.startswith(a))
            seg = (0, k, [], False)
        elif body[:1] == "," and body[1:2].lstrip()[:1].isupper():  # the names lost, their comma left (PDF text:
            seg = (0, len(body) - len(body[1:].lstrip()), [], False)  # ",Solitons ,links andknots , R .Soc .Lond …")
        else:
            seg = sd or _author_segment(body, limit)
    a_end, after = seg[0], seg[1]
    comma_style = len(seg) == 5  # initials-first lists: "Title, Journal Vol (Year) Pages"
    if len(seg) >= 4:
        authors, etal = seg[2], seg[3]
    else:
        authors, etal = _split_authors(body[:a_end], 0) if a_end else ([], False)
        c = body.find(",", 0, a_end) if authors else -1
        if not authors and a_end > 40 and _sentence_words(body[:a_end]) >= 3 or (not authors or c != -1 and authors[
                0].span.start > c) and a_end and _REPORT_PLACE_RE.match(body, 0, min(after + 1, 300)) is not None:
            # words of a sentence where the names' end was found, no name read in them or a first "name" of them: no
            # authors, the title first ("Hospital acquired pneumonia in adults: diagnosis, … strategies. A Consensus
            # Statement of ATS. Am J Respir Crit Care Med 1995": "ATS." had read as initials ending a list); or a
            # report's place after a dash (MMWR's "Epidemic typhoid fever--Dushanbe, Tajikistan, 1997. MMWR 1998":
            # "Tajikistan" had read as a name)
            authors, etal, a_end, after = [], False, 0, 0
    a0 = after + 1 if body[after:after + 1] == " " else after
    up0 = bool(authors) and body[a0:a0 + 1].isupper()  # (what follows the names opens with a capital)
    if up0 and not etal and not authors[-1].collective and \
            (oq := body.find(")", a0, a0 + 160)) != -1 and body[oq + 1:oq + 3] == ". " and not body[a0:oq].isupper() and \
            len(gwords := body[a0:oq].split()) <= 16 and all(
                w[:1].isupper() or w[:1] == "(" or w in _FUNCTION_WORDS for w in gwords):
        # (a name in title case: most titles with an acronym in brackets are in sentence case, "Reduced lung-cancer
        # mortality with low-dose computed tomographic screening (NLST).")
        grp = _org_lead_at(body, oq + 1, a0)
        if grp is not None and grp[1] < len(body) and not any(w in _DOCUMENT_WORDS for w in gwords):
            # a group after the persons, named with its acronym: "Perk J, Alexanderson K. Swedish Council on Technology
            # Assessment in Health Care (SBU). Chapter 8. Sick leave …" (it had opened the title); not a title naming a
            # group, "Executive Summary of The Third Report of The National Cholesterol Education Program (NCEP)."
            authors = list(authors) + grp[2]
            after = grp[1]
    elif up0 and a0 >= 2 and ";" in body[a0 - 2:a0] and \
            (gd := body.find(". ", a0, a0 + 120)) != -1 and len(gname := body[a0:gd].split()) <= 14 and \
            any(w.strip(",").capitalize() in _COLLECTIVE_LAST_WORDS for w in gname):
        # NLM's group after the persons and a semicolon, where the reader of names had not taken it: "Bougnères P;
        # Isis-Diab, collaborative group. Association of …", "Jones K; Writing Committee for the XYZ Trial. A trial of
        # …" (it had opened the title)
        authors = list(authors) + [Author(body[a0:gd], "", _new(Span, (a0, gd)), collective=True)]
        after = gd + 2
    if authors:
        spans["authors"] = _new(Span, (authors[0].span.start, authors[-1].span.end))

    year = None
    year_source = None
    if block and block.year:
        year = block.year
        year_source = "block"
        spans["year"] = block.year_span
    else:
        ym = _paren_year(body) if "(" in body else None
        year_source = "paren" if ym else "bare"
        if ym is None:
            cands = list(_YEAR_BARE_RE.finditer(body))
            if block is not None and block.issue is not None and block.issue[0].isdigit() and cands:  # "273(1598):2159"
                iss = block.issue[1]
                cands = [c for c in cands if not iss.start <= c.start() < iss.end]
            if block is not None and block.pages is not None and len(cands) > 1:  # ACS: "Nano Lett. 2010, 10, 1979.":
                pspan = block.pages[1]  # a year-like page is no year where a year stands right before the block
                if any(pspan.start <= c.start() < pspan.end for c in cands) and any(
                        block.start - 8 <= c.end() <= block.start for c in cands):
                    cands = [c for c in cands if not pspan.start <= c.start() < pspan.end]
            if len(cands) > 1 and block is None:
                # (year-like page numbers of a block read nowhere are no year: "Science 2007 317 1513 1516",
                # "Bioinformatics (Oxford, England)2009 25 2078 2079": a number before 1600, or two that follow each
                # other with blanks alone between them, a first and a last page)
                pages = {i for i in range(len(cands) - 1) if not body[cands[i].end():cands[i + 1].start()].strip(" -–")
                         and 0 <= int(cands[i + 1].group("year")) - int(cands[i].group("year")) < 300}
                pages |= {i + 1 for i in pages}
                cands = [c for i, c in enumerate(cands) if c.group("year")[:2] >= "16" and i not in pages] or cands
            ym = cands[0] if cands and a_end and cands[0].start() <= after + 2 else (cands[-1] if cands else None)
            if authors and ym is not None and len(cands) > 1 and ym is cands[0] and body[ym.end():ym.end() + 1] == " " and \
                    (ac := body[ym.end() + 1:ym.end() + 3]).isalpha() and ac.isupper() and \
                    body[:ym.start()].rstrip()[-1:] == "." and \
                    body[ym.start() - 1:ym.start()] != "(":
                # a title that opens with a year and a society's acronym, after the authors' stop, the entry's own date
                # later: "European Society of Cardiology (ESC). 2023 ESC Guidelines for the management of
                # cardiomyopathies. 2023. [Link](…)" (not a year before a title: "Pupko T . 2007 Selecton 2007: …")
                ym = cands[1]
        if cut < len(text) and (ym is None or year_source == "bare" and ym.start() > after + 2):
            # "…, doi:10.1016/…, 2003.": Copernicus prints the year last, after the identifiers; a
            # bare year before it that does not follow the authors is in the title ("during January 2000")
            tail_year = _YEAR_TAIL_RE.search(text, cut)
            if tail_year is not None:
                ym = tail_year
        if ym:
            year = int(ym.group("year"))
            spans["year"] = _new(Span, (ym.start("year"), ym.end("year")))
            if block is None and body[ym.end("year"):ym.end("year") + 1] == " ":
                md = _DATE_TAIL_RE.match(body, ym.end("year"))
                if md is not None:  # the date ends the entry, no volume or pages: "J Clin Oncol. 2020 May 5. Online
                    # ahead of print." (its month and day had been left over, so CIT204 did not judge the entry)
                    month_tail = md.group("m").rstrip(".")
                    spans["month"] = _new(Span, (md.start("m"), md.end("d") if md.group("d") else md.end("m")))

    if year is None and (ama_ahead is not None or online is not None or presented is not None or updated is not None):
        od = next(d for d in (ama_ahead, online, presented, updated) if d is not None)
        ya = _YEAR_BARE_RE.search(raw, od.start(), od.end())
        if ya is not None:  # the online date is the entry's only one: "… Games [published online July 7, 2015]. Br J
            year = int(ya.group("year"))  # Sports Med. doi:…", AMA's "J Thorac Oncol. Published online January 5,
            spans["year"] = _new(Span, ya.span("year"))  # 2021. doi:…"
    if year is None and accessed is not None and accessed.group("upd"):
        ya = _YEAR_BARE_RE.search(raw, accessed.start("upd"), accessed.end("upd"))
        if ya is not None:  # NLM's web page dated by its update alone: "Hudson (MA): Bioinformatics Organization
            year = int(ya.group("year"))  # [updated 2010 Oct 20; cited 2013 June 9]."
            spans["year"] = _new(Span, ya.span("year"))
    # where the title starts: after the authors, and after "(2006)" / "2006." that follows them
    le = _LEAD_ETAL_RE.match(body, after) if authors and "et" in body[after:after + 8] else None
    if le is not None:  # "Sherry, et al., J. Cell Biol. 107": the "et al." the author reader left
        etal = True
        after = le.end()
    nx = body[after:after + 2].lstrip()[:1] if authors else ""
    if nx == "[":
        bg = _BRACKET_GROUP_ETAL_RE.match(body, after)
        if bg is not None:  # a collaboration in brackets after the first name: "Abbott, B.P. [LIGO Scientific and Virgo
            etal = True  # Collaborations], et al.: Observation of …"
            after = bg.end()
    elif nx in _PARTICLE_FIRSTS:
        tpm = _TRAILING_PARTICLE_RE.match(body, after)
        if tpm is not None:  # a surname's particle after the initials, before the year: "Wulp, F.M., van der 1880.",
            after = tpm.end()  # "Rochebrune, A.T. de. (1884)"
    tstart = after
    title_first = None
    if tf is not None:
        title_first = (tf.group("title"), _new(Span, tf.span("title")))
    elif pm is not None:
        title_first = (pm[0], pm[1])
    lead_journal = False
    if not authors and 0 < a_end < 40 and block is not None and a_end < block.start:
        lj = _LEAD_YEAR_RE.match(body)
        js0 = lj.end() if lj is not None else 0
        cm = body.find(",", js0, block.start)
        if js0 < a_end and _all_journal_words(body[js0:a_end], 4) and _short_abbrevs(body[js0:a_end].strip(" ,"), 9) \
                and (cm == -1 or _all_journal_words(body[js0:cm].strip(" ."), 8) and _short_abbrevs(
                    body[js0:cm].strip(" ,"), 9)):  # (or a journal's abbreviations before a comma: "J. Pharmacol. Exp.
            # Ther., 1949, 96, 99-113")
            # no authors, only the journal ("2011 Eur. J. Phys. 32 1007", "J. Phys.: Condens. Matter 23"): what the
            # last resort took for a name is the journal's first abbreviation
            after = tstart = js0
        elif js0 == 0 and (ya := _YEAR_AFTER_AUTHORS_RE.match(body, a_end)) is not None and \
                not body[ya.end():block.start].strip(" .,;:") and body[:a_end].strip(" .,")[:1].isupper():
            # ... or the journal's name in words, the year, then the block: "Economic Sociology. 2007. 8 (5): 55-73"
            # (nothing else is left to be the journal)
            after = tstart = 0
            lead_journal = True
    if not authors and a_end > 0 and (block is not None and a_end < block.start or block is None and
                                      body[after - 3:after - 1] == ")." and "," in body[a_end:after]) and tstart != 0:
        # APA without an author: "Good chemistry. (1996, September). Wake Forest University Magazine, 44(1), p. 8":
        # what stands in the authors' place is the title, and the date that follows it is read again from its start
        lead_t = body[:a_end].strip(" .")
        ym_t = _YEAR_AFTER_AUTHORS_RE.match(body, a_end)
        if ym_t is not None and "(" in ym_t.group(0) and " " in lead_t and any(
                _title_word(w) for w in lead_t.split()):  # (a word of the title's: "End of an era. (1998, August/September).")
            ts = body.find(lead_t)
            title_first = (lead_t, _new(Span, (ts, ts + len(lead_t))))
            after = tstart = ym_t.end()
    elif len(authors) == 1 and not authors[0].given and not authors[0].collective and block is not None and \
            body[a_end:after].lstrip(" .")[:1] == "(" and body[after - 3:after - 1] == ")." and "," in body[a_end:after] and \
            body.find(". ", after, block.start) == -1 and body[:a_end].rstrip(".").isalpha():
        # APA with no author, a title of one word where the names stand, a magazine's date after it and one sentence
        # left before the block, the magazine's name: "Almanac. (1994, December). Wake Forest University Magazine,
        # 42(2), p. 7." (the word had been read as a name, and no title)
        title_first = (authors[0].family, authors[0].span)
        authors = []
        del spans["authors"]
        tstart = after
    c0 = body[after:after + 1]  # (the year or "(" comes first, after blanks: elsewhere the pattern cannot match)
    ym2 = _YEAR_AFTER_AUTHORS_RE.match(body, after) if c0 in ("(", "1", "2") or c0.isspace() else None
    if ym2 is not None and authors and body[ym2.end():ym2.end() + 1].islower() and ym2.group(0).rstrip()[-1:].isdigit() \
            and body[:after].rstrip()[-1:] == ":":
        ym2 = None  # (a title that begins with a year after the names' colon: "Cochrane Back Review Group: 2009 updated
        # method guidelines …"; not "Page R 2008 bioGUID: …", nor "Gwatkin R (1966 b)")
    if ym2 is not None and year is None and ("–" in (yg := ym2.group(0)) or "-" in yg):
        yr = _YEAR_RANGE_START_RE.search(body, ym2.start(), ym2.end())
        if yr is not None:  # a year range after the names, its first year the entry's: "Stefanović, Dmitrije. 1984–1985."
            year = int(yr.group(1))  # (the bare-year reader leaves years beside a dash: page ranges look alike)
            year_source = "bare"
            spans["year"] = _new(Span, yr.span(1))
    if ym2 is not None and (block is None and "year" in spans and spans["year"].start >= ym2.end() or
                            block is not None and block.year is not None) and (yt := ym2.group(0).rstrip())[-1:].isdigit() \
            and "(" not in yt and body[:after].rstrip()[-1:] == "." and body[ym2.end():ym2.end() + 1].isupper():
        # a title that opens with a year, the block giving its own: "Arnett DK, …, et al. 2019 ACC/AHA Guideline on the
        # Primary Prevention of Cardiovascular Disease. J Am Coll Cardiol. 2019;74:e177" (the year had been cut off; and
        # with no block, the entry's date read after it: "European Society of Cardiology (ESC). 2023 ESC Guidelines for
        # the management of cardiomyopathies. 2023. [Link](…)")
        ym2 = None
    if ym2 and block is not None and block.kind == "volpage":
        tstart = ym2.end()
    elif ym2 and (block is None or block.start > ym2.end()):
        tstart = ym2.end()
    if authors and body.startswith(_EDS_FIRST, tstart):
        ed = _EDS_LEAD_RE.match(body, tstart)
        if ed is not None:  # AMA and NLM: the names are a book's editors, "Kasper DL, Fauci AS, et al, eds. Title"
            tstart = ed.end()

    title: Any
    journal: Any
    title = journal = None
    ip = None  # an "in press" mark closing an entry without a block
    volume: Any
    issue: Any
    supplement: Any
    first_page: Any
    last_page: Any
    volume = issue = supplement = first_page = last_page = None
    publisher = place = None
    etype = "unknown"
    numbers_end = False  # (the journal's name and two numbers end the entry: _name_and_numbers_end)
    # ("In", blanks or a colon, a capital: a literal scan first, the pattern only where that finds one)
    in_m = _IN_RE.search(body, tstart) if ("In" in body or "” in " in body or '" in ' in body or ", in: " in body) and \
        _IN_FAST_RE.search(body, tstart) else None
    if not authors and body[tstart:tstart + 2] == ". " and body[tstart + 2:tstart + 3] in ("'", '"', "“", "‘", "«"):
        tstart += 2  # (the stop after a date with no names before it: "——— (2005). 'Three factors in language design', …")
    if block is not None:
        jend = block.start
        if block.kind == "volpage":
            # "Science, 2014. 343(6171): p. 661-5." / "J Cell Biol 175, 135" / "Nature 2003 422:633"
            pre = body[tstart:block.start]
            # a year right before the block (only " .,;" after it): searched in the last characters only
            yb = _YEAR_BARE_RE.search(pre, max(0, len(pre.rstrip(" .,;")) - 6))
            if yb and pre[yb.end():].strip(" .,;") == "":
                jend = tstart + yb.start()
                if year is None:
                    year = int(yb.group("year"))
                    spans["year"] = _new(Span, (tstart + yb.start("year"), tstart + yb.end("year")))
        # astronomy: "Einasto J., 1965, Trudy Astrofizicheskogo Instituta Alma-Ata, 5, 87": the year and a
        # comma, then no title, only the journal, before the volume
        titleless = ym2 is not None and block.kind == "volpage" and body[ym2.start():ym2.end()].rstrip().endswith(",") or (
            # "Battraw et al., Plant Mol. Biol., 15 : 527": "et al." and a comma, then the journal (patents and older
            # biology print no title)
            etal and tstart >= 8 and body[:tstart].rstrip()[-1:] == "," and body[:tstart].rstrip(" ,.")[-2:] == "al")
        t, j = _title_and_journal(body, tstart, jend, comma_style or block.kind == "ieee", block_follows=True,
                                  titleless=titleless, no_authors=not authors)
        if sd is not None:  # ScienceDirect: no stop between title and journal
            t, j = _sd_title_journal(body, tstart, jend) or (t, j)
        elif (t is None or not t[0]) and j is None and len(authors) == 1 and not authors[0].given and not etal and \
                block.volume is not None and not body[tstart:jend].strip(" .,;:()0123456789"):
            # one word where the names stand, a year, then the volume: the journal, no author nor title ("Leukemia (2009)
            # 23, 1587–1597", "Biostatistics (2003). 4, 2, pp. 195–206")
            t, j, authors = None, (authors[0].family, authors[0].span), []
            spans.pop("authors", None)
        elif t is None and j is None and comma_style and authors and not etal and block.volume is not None and \
                not body[tstart:jend].strip(" .,;:"):
            # initials first, no title, nothing left between the names and the volume: the last "name" is the journal
            # ("A. Einstein, Z. Physik, 43, 100 (1927)": its abbreviations read as one more author)
            la = authors[-1].span
            j = (body[la.start:la.end], la)
            authors = authors[:-1]
            if authors:
                spans["authors"] = _new(Span, (authors[0].span.start, authors[-1].span.end))
            else:
                spans.pop("authors", None)
        if lead_journal and j is None:
            t, j = None, t  # ("Экономическая социология. 2007. 8 (5): 55-73": the one piece is the journal)
        ttext = ""  # (the title's text, typed: the compiled parser slices it as a string; read only where t is not None)
        if t is not None:
            ttext = t[0]
        if j is not None and t is not None and ttext[-1:].isalpha() and body[t[1].end:t[1].end + 1] == "." and \
                "Phys.:" in ttext[-14:] and body[t[1].end:j[1].start].strip() == "." and \
                (iop := _IOP_TAIL_RE.search(ttext, max(0, len(ttext) - 20))) is not None:
            # IOP's journals with a colon after "J. Phys." ("J.Phys .:Cond .Matter 9 ,3303", "…at the LHC, J.Phys .:Conf
            # .Ser .513"): the colon had ended the title, the rest of the name read as the journal
            ls = t[1].start + iop.start("lead")
            j = (body[ls:j[1].end], _new(Span, (ls, j[1].end)))
            tt = ttext[:iop.start()].rstrip(" ,.:")
            t = (tt, _new(Span, (t[1].start, t[1].start + len(tt)))) if tt else None
        elif j is not None and t is not None and (ttext[-3:] in _LEAD_TAILS or ttext[-1:].isupper() or
                                                  ttext[-2:-1].isupper()) and len(ttext) > 12 and \
                body[t[1].end:t[1].end + 1] == "." and body[t[1].end:j[1].start].strip() == ".":
            # (the title's last letters a lead's, or a capital among its last two, "J", "Z", "Am": a set lookup where the
            # pattern would be searched in every title)
            t, j = _title_tail_lead(body, t, j)
        elif j is not None and (t is None and authors or t is not None and len(ttext) <= 12):
            t, j, moved = _journal_lead_back(body, t, j, authors)
            if moved is not authors:
                authors = moved
                spans["authors"] = _new(Span, (authors[0].span.start, authors[-1].span.end))
        if t is not None:
            ttext = t[0]
        if t is not None and (ttext[:1] >= "\u2e80" or ttext[:1] == "'" and ttext[1:2] >= "\u2e80"):
            t, j = _cjk_title_journal(body, t, j)
        elif t is None and j is not None and ", " in j[0] and authors:
            t, j = _sentence_then_journal(j)
        elif j is not None and t is not None and "., " in j[0] and (k := j[0].find("., ")) < len(j[0]) - 8 and \
                body[t[1].end:j[1].start].strip() == "." and j[0][k - 5:k].isalpha() and j[0][k - 5:k].islower():
            # (a word, not an abbreviation: "J. Chem. Soc., Perkin Trans. 1", "sp. nov., a novel marine bacterium")
            # a stop and a comma end the title, its last sentence read into the journal: "… Astreens agglomeres.
            # Astreinae aggregatae., Annales des Sciences Naturelles, Serie 3 Zoologie, 12:95-197"
            te = j[1].start + k
            t = (body[t[1].start:te], _new(Span, (t[1].start, te)))
            js = te + 3
            j = (body[js:j[1].end], _new(Span, (js, j[1].end)))
        elif j is not None and t is not None and j[0].isdigit() and ttext.endswith(("Ser", "Series", "Sect")) and \
                (k := ttext.rfind(". ")) > 0:
            # a series' number before the volume: "… d'Indo-Chine. Bulletin du Museum National d'Histoire Naturelle Ser.
            # 2, 1: 686-687" (the journal had been "2", its name the title's last sentence)
            js = t[1].start + k + 2
            j = (body[js:j[1].end], _new(Span, (js, j[1].end)))
            t = (ttext[:k], _new(Span, (t[1].start, t[1].start + k)))
        if t is not None or j is not None:
            t, j = _comma_journal(body, t, j)
        if t is not None:
            ttext = t[0]
        if t is not None and block is not None and ", " in ttext and (
                j is None and t[1].end + 4 >= block.start or
                j is not None and j[1].start - t[1].end <= 2 and j[1].end + 4 >= block.start) and \
                (lc := body.rfind(", ", t[1].start, j[1].start if j is not None else t[1].end)) > t[1].start + 8 and \
                body[lc + 2:lc + 14].split(None, 1)[0] in _JOURNAL_LEAD_WORDS and \
                _journal_lead_piece(body[lc + 2:j[1].end if j is not None else t[1].end]):
            # the title's last comma before a journal's name that opens with its kind and goes on in lowercase words
            # (French, Italian, Latin): "…, À l’ombre d’Elohim, Revue d’histoire et de philosophie religieuses, 45,
            # 1966", "…, Studia historica Brunensia 56, 2009" (the title had taken it, or its first words)
            je = j[1].end if j is not None else t[1].end
            j = (body[lc + 2:je], _new(Span, (lc + 2, je)))
            t = (body[t[1].start:lc], _new(Span, (t[1].start, lc)))
        if year_source == "bare" and "year" in spans and tstart < spans["year"].start and spans["year"].end < jend \
                and (j is None or t is not None and t[1].start < spans["year"].start < t[1].end) \
                and body[spans["year"].start - 1] == " " and body[spans["year"].end:spans["year"].end + 1] == " ":
            # "Breiman, L. Bagging predictors 1996 Machine Learning 24 123--140": the year between title and journal
            ys, ye = spans["year"].start, spans["year"].end
            name = body[ye:jend].strip(" .,")
            if name[:1].isupper() and (_capitalised_words(name, 8) or _all_journal_words(name, 8)):
                tt = body[tstart:ys].strip(" .,")
                ts = body.find(tt, tstart)
                js = body.find(name, ye)
                t = (tt, _new(Span, (ts, ts + len(tt)))) if tt else None
                j = (name, _new(Span, (js, js + len(name))))
        if j is not None and t is not None and ")" in j[0] and j[0].count(")") > j[0].count("(") and \
                t[0].count("(") > t[0].count(")") and t[1].end <= j[1].start:
            # the split fell inside the title's parentheses: "… at Vilalta (1650 masl, Cerdagne, France) Journal of Field
            # Archaeology, p. 1-20": what runs to the closing one is the title's
            k = j[0].index(")") + 1
            name = j[0][k:].lstrip(" ,.;:")
            if name[:1].isupper() and len(name) >= 3:  # (not a series letter: "Nucl. Phys. (Proc. Suppl.) B143")
                js = j[1].end - len(name)
                t = (body[t[1].start:j[1].start + k], _new(Span, (t[1].start, j[1].start + k)))
                j = (name, _new(Span, (js, j[1].end)))
            elif (whole := body[t[1].start:j[1].end]).count("(") == 1 and \
                    _all_journal_words(whole.replace("(", "").replace(")", ""), 8):
                # no title: a journal's name holding its part in parentheses, all of it abbreviations ("V. Aynutdinov
                # et al. Nucl. Phys. (Proc. Suppl.) B143 (2005)335")
                t, j = None, (whole, _new(Span, (t[1].start, j[1].end)))
        if block.kind == "heft" and (ki := body.rfind("In:", tstart, block.start)) != -1:
            # (a German journal after "In:": its name all that stands between the mark and the block; the mark found
            # as written, "Teil I In: Behindertenpädagogik", "In: mitSprache")
            etype = "journal"
            js = len(body) - len(body[ki + 3:].lstrip())
            je = len(body[:block.start].rstrip(" ,.;"))
            if t is not None and t[1].start < ki:
                te = len(body[:ki].rstrip(" .,"))
                t = (body[t[1].start:te], _new(Span, (t[1].start, te))) if te > t[1].start else None
            if js < je:
                j = (body[js:je], _new(Span, (js, je)))
        elif in_m and in_m.start() < block.start and block.volume is not None and (
                body[in_m.start():in_m.start() + 3] == "in:" or _in_journal(body, in_m, block)):
            # German: "Title. Subtitle, in: Zeitschrift für Heilpädagogik, Jg. 51, Heft 3/2000": a journal's volume;
            # what stands before "in:" is the title's
            etype = "journal"
            if t is not None and j is not None and t[1].start < in_m.start() and j[1].start < in_m.start() and \
                    in_m.end() < j[1].end:
                te = len(body[:in_m.start()].rstrip(" .,"))
                ts = t[1].start + len(body[t[1].start:te]) - len(body[t[1].start:te].lstrip(" "))
                if body[ts:ts + 1] in _OPEN_QUOTES and body[te - 1:te] == _CLOSING_QUOTE[body[ts]]:
                    ts, te = ts + 1, len(body[:te - 1].rstrip(" .,"))  # ('"Crafting Authenticity. The … Art", in:')
                if ts < te:
                    t = (body[ts:te], _new(Span, (ts, te)))
                    j = (body[in_m.end():j[1].end], _new(Span, (in_m.end(), j[1].end)))
            elif j is None and (nt := _title_before_in(body, t, in_m)) is not None and nt is not t:
                # (the whole read as the title: "Wie aktuell ist Heideggers Humanismusbrief?, in: prolegomena 8 (2009)")
                j = (body[in_m.end():t[1].end], _new(Span, (in_m.end(), t[1].end)))
                t = nt
            elif t is not None and j is not None and t[1].start < in_m.start() < t[1].end <= j[1].start and (
                    nt := _title_before_in(body, t, in_m)) is not None and nt is not t:
                # (a journal's name with stops in it, run from "In:": "Title. In: Gemeinsam leben. Zeitschrift für
                # Inklusion. 19. Jg.")
                j = (body[in_m.end():j[1].end], _new(Span, (in_m.end(), j[1].end)))
                t = nt
        elif in_m and in_m.start() < block.start:
            etype = "chapter"
            t = _title_before_in(body, t, in_m)
            if j is not None and block.year is None and (pp2 := _PLACE_PUBLISHER_RE.fullmatch(j[0])) is not None and \
                    block.volume is not None and block.volume[0] == str(year):
                # NLM and AMA: the book's place and publisher, then "year:pages" ("Philadelphia, PA: Elsevier;
                # 2018:123-145"): no journal, and the year is no volume
                place, publisher, j = pp2.group("place"), pp2.group("pub"), None
                block = block._replace(volume=None)
            elif j is not None and block.volume is None and block.year is not None and \
                    body[j[1].end:block.start].strip(" .") == "" and body[block.start:block.start + 1] == ";":
                # AMA: the publisher (the 11th edition names no place), then "; year:pages" ("McGraw-Hill;
                # 2002:93-113.", "Philadelphia, PA: Elsevier; 2018:123-145"): no journal
                pp2 = _PLACE_PUBLISHER_RE.fullmatch(j[0]) if ": " in j[0] else None
                if pp2 is not None:
                    place, publisher = pp2.group("place"), pp2.group("pub")
                else:
                    publisher = j[0]
                j = None
        elif block.kind == "pagesin":
            etype = "chapter"  # ("Pages 250-64 in Rhetoric and the New Testament …")
        elif block.kind != "yearpage" and (block.kind != "legal" or block.volume or block.issue):
            etype = "journal"
        # (a journal cited by its year and page, "NJW 1984, 1802", prints no volume: its type is left open, so that
        # no rule asks it for one)
        if j is not None and t is not None and ", " in j[0] and t[1].end <= j[1].start and not any(
                q in j[0] for q in '"“”«»„') and "journal" not in j[0].lower():
            cj = j[0].rfind(", ")
            head, tail = j[0][:cj], j[0][cj + 2:]
            if (_journal_name_words(tail, 8) or _sentence_case_name(tail) and body[j[1].end:j[1].end + 2].strip()[:1] == ",") \
                    and tail[:1].isupper() and not tail.rstrip(".").isupper() and \
                    j[0].count("(", 0, cj) == j[0].count(")", 0, cj) and (not any(
                        q in body[t[1].end:j[1].start] for q in '"“”«»„') or not body[t[1].end:j[1].start].strip(
                        ' "“”«»„‘’')) and any(
                    len(w) >= 3 and w.isalpha() and w.islower() and w not in _NAME_SMALL_WORDS and w not in _JOURNAL_SMALL_WORDS
                    for w in head.replace("’", " ").replace("'", " ").split()) and not _JOURNAL_WORD_IN_RE.search(head.title()):
                # (not a journal's name in sentence case: "Philosophical transactions of the Royal Society of London.
                # Series B, Biological Sciences")
                # "Title. Ce qu’en dit Hincmar de Reims, Revue du Nord, 48": the sentence before the block ends the
                # title, its last comma piece is the journal (not "Palaeogeography, Palaeoclimatology, Palaeoecology");
                # and after a quoted phrase the title goes on, no stop or comma after the quote: "„Ne verbum dei …“
                # Kommunikationstechniken von Predigern …, Bohemia 48" (not '« Title », Journal, Series'; the opening
                # quote then kept with the closing one the title holds)
                te = j[1].start + cj
                ts = t[1].start - 1 if body[t[1].start - 1:t[1].start] in _CLOSING_QUOTE and \
                    _CLOSING_QUOTE[body[t[1].start - 1]] in body[t[1].end:te] else t[1].start
                t = (body[ts:te], _new(Span, (ts, te)))
                j = (tail, _new(Span, (j[1].start + cj + 2, j[1].end)))
        if j is None and t is not None and title_first is None and ", " in t[0] and (block.volume or block.pages) and \
                not any(q in t[0] for q in '"“”«»„'):
            # one sentence before the block and no journal read in it: the journal is its last comma piece ("A
            # model-based approach to sheet music recognition, Elektron 10(1): 25-29")
            ct = t[0].rfind(", ")
            head, tail = t[0][:ct], t[0][ct + 2:]
            if tail[:1].isupper() and (_capitalised_words(tail, 8) or len(tail.split()) <= 7) and t[0].count("(", 0, ct) == t[0].count(")", 0, ct) \
                    and sum(1 for w in head.replace("(", " ").replace(")", " ").split() if _title_word(w)) >= 2 \
                    and not (  # (a title's words, a German one's short ones too, "Ständebildung und hussitische
                    # Reformation in Böhmen bis 1419, ZfG 35, 1987, 601-618", and those in brackets, "Pompidou and
                    # circumstance (book review), Design book review: DBR, No. 39, 1997, 58-61")
                        " " not in tail and (tail.lower().startswith(("iss", "isu", "vol", "no", "nr", "heft", "tome"))
                                             or tail.strip("IVXLC") == "")) and not _THESIS_WORDS_RE.search(t[0]):
                # (not an issue's or a volume's mark, "…, Isuue 140, pp. 155-176", nor a roman volume, "Archeo, XVI 4",
                # nor a thesis's place, "Thèse de doctorat, Université de Provence, Aix-Maseille 1, 761 p.")
                j = (tail, _new(Span, (t[1].start + ct + 2, t[1].end)))
                t = (head, _new(Span, (t[1].start, t[1].start + ct)))
        if j is None and t is not None and title_first is None and ("\u3040" <= t[0][:1] or "\u3040" <= t[0][-1:]):
            ct = max(t[0].rfind(", "), t[0].rfind("，"))
            if ct > 0 and "\u3040" <= t[0][ct + 1:].lstrip()[:1] and "\u3040" <= t[0][ct - 1:ct]:
                # Chinese: "铁岭境内高句丽山城的几个问题, 东北史地 4期": the title, a comma, the journal
                js = ct + len(t[0][ct:]) - len(t[0][ct + 1:].lstrip())
                j = (t[0][js:], _new(Span, (t[1].start + js, t[1].end)))
                t = (t[0][:ct], _new(Span, (t[1].start, t[1].start + ct)))
        if block.kind == "gost" and (k := body.find(" // ", tstart, block.start)) != -1:
            # GOST: the title, " // ", the journal
            te = len(body[:k].rstrip(" ."))
            je = len(body[:block.start].rstrip(" .,;"))
            ts = tstart + len(body[tstart:te]) - len(body[tstart:te].lstrip(" ."))
            if ts < te and k + 4 < je:
                t = (body[ts:te], _new(Span, (ts, te)))
                j = (body[k + 4:je], _new(Span, (k + 4, je)))
        if block.kind == "legal":
            t, j = _legal_title_journal(body, block, t, j)
        title, journal = t, j
        if pm is not None:  # (PubMed: the journal alone, a date perhaps, between the names and the block)
            title, journal = title_first, j if j is not None else t
        elif title_first is not None and j is None:
            title, journal = title_first, t  # (the one sentence left before the block names the journal)
        elif title_first is not None and t is None:
            title = title_first
        elif tf is not None and t[1].end <= j[1].start and tf.end() <= t[1].start:
            # (the title was read before the names: what stands between the year and the block is the journal's,
            # however many stops it has: "2007 Quarterly J. Royal Meteorological Soc., 133: 1439-1456")
            title, journal = title_first, (body[t[1].start:j[1].end], _new(Span, (t[1].start, j[1].end)))
        if etype == "journal" and journal is not None and ("rxiv" in journal[0] or "Rxiv" in journal[0]) and \
                _PREPRINT_RE.match(journal[0].lower()) is not None and _RXIV_ID_RE.search(body, block.start) is not None:
            # a preprint cited with its server's identifier for a block: "medRxiv 2020; 2020.03.19.20039388." (no
            # volume nor pages)
            etype = "preprint"
            block = block._replace(volume=None, pages=None, issue=None)
        if block.volume:
            volume = block.volume
        if block.issue:
            iss = block.issue
            if iss[0][:5].lower() == "suppl":
                supplement = iss
            elif iss[0][:2] in ("19", "20") and _year_like(iss[0]) and (year is None or year == int(iss[0])):
                # the year glued to the volume, no other year: "Revue du notaire 103(2001): 87-113",
                # "International Labor and Working Class History, 86(2014) : 178-182" (not the Royal Society's issue
                # numbers after the year: "Proc R Soc Lond B 2006, 273(1598):2159")
                year = int(iss[0])
                spans["year"] = iss[1]
            else:
                issue = iss
        if block.supplement:
            supplement = block.supplement
        if block.pages:
            pg, ps = block.pages
            if pg.isdigit():
                parts = [pg]
            elif pg.count("-") == 1 and pg.replace("-", "").isdigit():  # "1677-80", without the pattern
                parts = pg.split("-")
            elif pg.count("–") == 1 and pg.replace("–", "").isdigit():  # "1677–80"
                parts = pg.split("–")
            elif pg.count("~") == 1 and pg.replace("~", "").isdigit():  # Chinese, "第147~153頁", "pp.297~314"
                parts = pg.split("~")
            else:
                parts = _PAGE_DASH_RE.split(pg)
            if len(parts) == 1 and "e" in pg:
                ed = _E_DASH_RE.fullmatch(pg)
                if ed is not None:  # "532e541", "765e71": a dash that PDF extraction turned into "e"
                    parts = [ed.group(1), ed.group(2)]
            if len(parts) == 2 and parts[0][:1].isalpha() and len(parts[0]) >= 6 and parts[1].isdigit() and len(parts[1]) == 2:
                parts = parts[:1]  # "mBio 2015;6:e01163-15": an article number and its year, not a page range
            elif len(parts) == 2 and len(parts[0]) >= 5 and parts[0].isdigit() and parts[1].isdigit() and \
                    len(parts[1]) <= 2 and (parts[0][0] == "0" or int(parts[1]) < int(parts[0][-len(parts[1]):])):
                parts = parts[:1]  # an article number and a count or a check digit after it, not a range that ends
                # before it starts: "Applied Physics Letters 98, 083105–3", "S2405-4569(17)30002-0"
            elif len(parts) == 2 and body[ps.end:ps.end + 40].lstrip(" ")[:1] in _DASH and parts[0] in body[ps.end:ps.end + 40]:
                parts = parts[:1]  # "12:034004-1 - 034004-7": pages 1-7 of article 034004, not the range 034004-1
            first_page = (parts[0], _new(Span, (ps.start, ps.end if len(parts) == 1 and parts[0] == pg else ps.start + len(parts[0]))))
            # (one page read whole spans all it was read from: a newspaper's "A:2 (col. 4)" read as "A2")
            if len(parts) > 1:
                last_page = (expand_pages(parts[0], parts[1]), _new(Span, (ps.end - len(parts[1]), ps.end)))
        if abstract_m and (first_page is None or "bstr" in body[block.start:block.end + 12]):
            etype = "abstract"
        elif etype == "journal" and title is not None and title[0][-1:] in ")]" and title[0][-10:].lower() in (
                "(abstract)", "[abstract]"):
            etype = "abstract"  # UpToDate and AMA mark a meeting abstract after its title: "Title (abstract). J Clin
            # Oncol 2019; 37:9001a."
    else:
        # no volume/pages: a book, a chapter, an abstract, a web page, or an article without them
        rest_end = len(body)
        pp = _END_PAGES_RE.search(body, max(0, len(body) - 40)) if "p" in body[-40:] else None
        if pp is not None:  # a chapter's or a proceedings paper's "pp. 1601–1608." at the end
            rest_end = pp.start()
            first_page = (pp.group("first"), _new(Span, pp.span("first")))
            if pp.group("last"):
                last_page = (expand_pages(pp.group("first"), pp.group("last")), _new(Span, pp.span("last")))
        low_end = body[-28:].lower()
        ip = _IN_PRESS_END_RE.search(body, max(0, len(body) - 40)) if pp is None and (
            _not_yet_word(low_end) or "accepted" in low_end) else None
        if ip is not None:  # "Critical Care, in press.", "Applied Optics, to appear.": the journal ends there
            rest_end = ip.start()
        ym_end = None
        if year is not None and "year" in spans and spans["year"].start >= tstart and not (
                ama_ahead is not None and ama_ahead.start() <= spans["year"].start < ama_ahead.end()):
            # (not the date of an online publication: the title and the journal lie on either side of it)
            ym_end = min(spans["year"].start, rest_end)  # (a year read after the cut lies beyond the body)
            while ym_end > tstart and body[ym_end - 1] in " (":
                ym_end -= 1  # ("Nature Rev. Genet. (2012), pp. 303–314": the parenthesis is the year's)
        t, j = _title_and_journal(body, tstart, ym_end if ym_end is not None else rest_end)
        if title_first is not None and tf is None and pm is None and t is not None and j is None:
            t, j = title_first, t  # APA with no author nor block: "End of an era. (1998, August/September). Window on
            # Wake Forest, p. 7": the title stood in the authors' place, the one sentence left is the journal
        title = t
        lowb = low if body is raw else body.lower()  # (the body lowercased, for the word tests below)
        if abstract_m:
            etype = "abstract"
            j2 = _ABSTRACT_JOURNAL_RE.search(body)
            if j2:
                name = j2.group(1).strip()
                cut = name.rfind(". ")
                start = j2.start(1) + (cut + 2 if cut != -1 else 0)
                name = name[cut + 2:] if cut != -1 else name
                journal = (name, _new(Span, (start, start + len(name))))
            elif not body[abstract_m.end():].strip(" .,;()") or _YEAR_BARE_RE.fullmatch(body[abstract_m.end():].strip(" .,;()")):
                # a meeting's abstract numbered at the entry's end: "Title, Lunar and Planetary Science XXXIX, abstract
                # #1236. 2008.", "…, Lunar and Planetary Science 29, Abs. 1262. 1998.": the meeting, and the number
                seg = body[:abstract_m.start()].rstrip(" ,.(")
                k = seg.rfind(", ", tstart)
                name = seg[k + 2:] if k != -1 else ""
                nv = name.rpartition(" ")
                mv = nv[2].isdigit() and len(nv[2]) <= 4 and nv[0]  # (its volume: "Lunar and Planetary Science 29")
                if mv:
                    name = nv[0]
                if name[:1].isupper() and _capitalised_words(name, 8) and k - tstart > 12 and \
                        _MEETING_NAME_RE.search(name):  # (a meeting's or a journal's name, not its place: "…, Houston,
                    # Texas, Abstract 1216")
                    if mv:
                        volume = (nv[2], _new(Span, (len(seg) - len(nv[2]), len(seg))))
                    journal = (name, _new(Span, (k + 2, k + 2 + len(name))))
                    ts = tstart + len(body[tstart:k]) - len(body[tstart:k].lstrip())
                    title = (body[ts:k], _new(Span, (ts, k)))
                    first_page = (abstract_m.group("num"), _new(Span, abstract_m.span("num")))
        elif in_m:
            etype = "chapter"
            title = _title_before_in(body, t, in_m)
            if first_page is None and "pp" in body:
                cp = _PAREN_PAGES_RE.search(body, in_m.end())
                if cp is not None:  # APA: "In V. T. DeVita (Ed.), Book (4th ed., pp. 238–247). Philadelphia, PA: …"
                    first_page = (cp.group("first"), _new(Span, cp.span("first")))
                    if cp.group("last"):
                        last_page = (expand_pages(cp.group("first"), cp.group("last")), _new(Span, cp.span("last")))
            last = body[in_m.end():ym_end or rest_end].rstrip(" .,;").rpartition(". ")[2]
            pp2 = _PLACE_PUBLISHER_RE.fullmatch(last) if ":" in last else None
            if pp2 is not None:  # NLM: "In: Jones K, editor. Book. 3rd ed. Philadelphia: Elsevier; 2018. p. 123-45."
                place, publisher = pp2.group("place"), pp2.group("pub")
            elif last and ym_end is not None and body[ym_end - 1:ym_end] == ";" and _capitalised_words(last, 5) and \
                    _PUBLISHER_WORDS.search(last) is not None:
                # AMA (11th edition), no place: "In: StatPearls. StatPearls Publishing; 2021." (BMC's place after the
                # publisher: "In: Clinical Gerontology. Haworth Press, New York; 1986")
                publisher, _, pl = last.partition(", ")
                place = pl or None
            elif "(Ed" in body or "(ed" in body:
                ue = _UPTODATE_EDS_RE.search(body, in_m.end())
                if ue is not None:  # UpToDate: "In: Book, DeVita VT, Hellman S (Eds), Lippincott, Philadelphia 1993.
                    # p.238."
                    place, publisher = ue.group("place"), ue.group("pub")
        elif ("rxiv" in low or "preprint" in low or "ssrn" in low or "square" in low) and _PREPRINT_RE.search(low):
            # (each word the pattern looks for holds one of these: the scan runs only where it can match)
            etype = "preprint"
            journal = j
            if j is not None and (sv := _PREPRINT_SERVER_TAIL_RE.match(j[0])) is not None:
                # the server's name, not its identifier and NLM's medium after it: "medRxiv 2020.04.14.20062463
                # [Preprint]" is medRxiv
                journal = (sv.group(1), _new(Span, (j[1].start, j[1].start + sv.end(1))))
        elif ids.get("url") and (_WEB_HINT_RE.search(raw) or "(" in raw[:160] and any(
                ad.group("day") is not None for ad in _APA_DATE_RE.finditer(raw, 0, 160))):
            # (or APA 7's page, a day's date after its author and no "Retrieved": "Centers for Disease Control and
            # Prevention. (2020, May 14). Coronavirus disease 2019 (COVID-19): Symptoms. https://…")
            etype = "webpage"
            k = t[0].find(" [Internet]. ") if t is not None else -1
            if k > 0 and (wi := _PLACE_PUBLISHER_RE.fullmatch(t[0], k + 13)) is not None:
                # NLM's site, its place and publisher read into its title: "Who's Certified [Internet]. Evanston (IL):
                # The American Board of Medical Specialists. c2000 - [cited 2001 Mar 8]. Available from: …"
                place, publisher = _place_and_publisher(wi, t[1].start, spans)
                t = title = (t[0][:k], _new(Span, (t[1].start, t[1].start + k)))
            elif j is not None and ": " in j[0] and (wp := _PLACE_PUBLISHER_RE.fullmatch(j[0])) is not None and \
                    not wp.group("pub").startswith("Available"):  # (not the link's label: "Plymouth Meeting: Available: http…")
                # NLM's monograph or site on the Internet: "Improving palliative care for cancer [Internet]. Washington:
                # National Academy Press; 2001 [cited 2002 Jul 9]. Available from: …"
                place, publisher = _place_and_publisher(wp, j[1].start, spans)
            org = _org_author(t[0], t[1].start) if not authors and t is not None and j is not None and \
                t[1].end <= j[1].start and not j[0].startswith("Available") else None
            if org is not None:  # the organisation, then the page's title (AMA, NLM): "Centers for Disease Control
                # and Prevention. Interim clinical considerations … Updated March 3, 2021. Accessed …"
                authors = [org]
                spans["authors"] = org.span
                title = j
            elif authors and j is not None and t is not None and t[1].end <= j[1].start and \
                    len(j[0].split()) <= 12 and _JOURNAL_WORD_IN_RE.search(j[0]) is not None and \
                    _capitalised_words(j[0], 12) and _PLACE_PUBLISHER_RE.fullmatch(j[0]) is None:
                journal = j  # a journal's article read online, the journal named after the title: "… Australian pregnant
                # women. Australian and New Zealand Journal of Obstetrics and Gynaecology. Mars 2013. http://…, consulté
                # le 15 mai 2013" (the type stays a web page: no volume nor pages are asked of it)
        elif _meeting_words(lowb) and _MEETING_RE.search(lowb) and not (
                j is not None and ": " in j[0] and _PLACE_PUBLISHER_RE.fullmatch(j[0]) is not None):
            # (not a proceedings volume with its place and publisher: "Germ cell tumours V. Proceedings of the 5th
            # Germ Cell Tumour Conference; 2001 Sep 13-15; Leeds, UK. New York: Springer; 2002.", a book)
            etype = "abstract"
            journal = j
            prm = _PRESENTATION_RE.search(t[0]) if t is not None and "resentation" in t[0] else None
            if prm is not None and prm.start() > 0:
                # UpToDate: "Title. Paper presentation, 55th Annual ASTRO Meeting. Atlanta, GA, September 2013.": the
                # meeting is the source, the place after it (the meeting had stayed in the title, the place read as
                # the source)
                meeting = t[0][prm.end():].rstrip(" .,;")
                if meeting:
                    journal = (meeting, _new(Span, (t[1].start + prm.end(), t[1].start + prm.end() + len(meeting))))
                    if j is not None and _CITY_STATE_RE.fullmatch(j[0]) is not None:
                        place = j[0]
                        spans["place"] = j[1]
                    t = title = (t[0][:prm.start()], _new(Span, (t[1].start, t[1].start + prm.start())))
        elif j is not None and (_PUBLISHER_WORDS.search(j[0]) or t is not None and year is not None and
                                _PLACE_PUBLISHER_RE.fullmatch(j[0]) and not j[0].startswith("The ") and
                                _PAGES_AFTER_RE.match(body, j[1].end) is None and (
                                    "year" in spans and spans["year"].start < j[1].start or
                                    _YEAR_AFTER_PUB_RE.match(body, j[1].end))
                                and not (
                                    ("report" in lowb or "guideline" in lowb or "bulletin" in lowb or "paper" in lowb
                                     or "sheet" in lowb) and _REPORT_RE.search(lowb))) or \
                j is not None and t is not None and year is not None and body[j[1].end:j[1].end + 1] == ";" and \
                ": " not in j[0] and ", " not in j[0] and not (
                    ("report" in lowb or "guideline" in lowb) and _REPORT_RE.search(lowb)) and \
                _AMA_PUBLISHER_YEAR_END_RE.match(body, j[1].end) is not None and _capitalised_words(j[0], 5) and \
                _JOURNALISH_RE.search(j[0]) is None and not _JOURNAL_WORD_IN_RE.search(j[0]) or \
                _BOOK_TAIL_RE.search(body[tstart:ym_end or rest_end].rstrip(" .,;")):
            etype = "book"
            seg = body[(t[1].end if t else tstart):(ym_end or rest_end)].strip(" .,;:”’\"»")  # ('“Title,” Publisher')
            colon = False
            # "Lippincott Williams & Wilkins, Philadelphia" or "Philadelphia: Lippincott"
            if ":" in seg:
                pl, _, pb = seg.partition(":")
                place, publisher = pl.strip(" .,;"), pb.strip(" .,;")
                colon = True
                k = place.rfind(". ")
                while k > 0 and place[:k].rsplit(None, 1)[-1] in ("St", "Ste", "Mt", "Ft"):
                    k = place.rfind(". ", 0, k)  # (a place's own stop: "St. Louis (MO)")
                if k > 0 and _PLACE_PUBLISHER_RE.fullmatch(f"{place[k + 2:]}: {publisher}") is not None:
                    # the sentence before the place is no part of it: "Adolescent pregnancy. 2nd ed. Wieczorek RR,
                    # editor. White Plains (NY): March of Dimes Education Services; 2001." (NLM's editor after the title)
                    place = place[k + 2:]
            else:
                bits = [b.strip() for b in seg.split(",") if b.strip()]
                if bits:
                    publisher = bits[0]
                    place = ", ".join(bits[1:]) or None
                    if len(bits) >= 2 and not _PUBLISHER_WORDS.search(bits[0]) and _PUBLISHER_WORDS.search(bits[-1]):
                        # the place first: "New York, Prentice Hall" (what stands before the publisher is a place only
                        # if it reads as one: not "PhD Thesis, University of Utrecht")
                        publisher, place = bits[-1], ", ".join(bits[:-1])
                        if not _capitalised_words(place, 4) or "(" in place or _THESIS_WORDS_RE.search(place):
                            place = None
            if place is not None and _EDITION_WORDS_RE.search(place):
                # (an edition is no place: "Second Edition ed: Chapman & Hall; 2003.", "Springer, Berlin, second edition")
                place = ", ".join(x for x in (_EDITION_WORDS_RE.sub("", b).strip(" .") for b in place.split(",")) if x) or None
            if colon and place is not None and ", " in place and "(" not in place and ". " not in place:
                k = place.find(", ")
                if place.count(" ", 0, k) >= 2:
                    # a book's title before its place, no "In" before it: "… Complexity of Computer Computations, New
                    # York: Plenum, 1972" (a place's first part is a word or two: "Springfield, IL", "New York, NY")
                    place = place[k + 2:]
            if publisher is None and j is not None:
                publisher = j[0]
            if publisher is None and t is not None:
                # "Title, Publisher, Place 1987" (UpToDate): the publisher is the first
                # comma-separated part after the title that reads as one
                parts = t[0].split(",")
                for i in range(1, len(parts)):
                    if _PUBLISHER_WORDS.search(parts[i]):
                        keep = ",".join(parts[:i]).rstrip()
                        if i >= 2 and _EDITION_WORDS_RE.fullmatch(parts[i - 1].strip(" .")):
                            # the edition between the title and the publisher: "Title, 10th ed, Wolters Kluwer, …"
                            keep = ",".join(parts[:i - 1]).rstrip()
                        title = (keep, _new(Span, (t[1].start, t[1].start + len(keep))))
                        publisher = parts[i].strip()
                        place = ",".join(parts[i + 1:]).strip() or None
                        break
        elif ("report" in lowb or "guideline" in lowb or "bulletin" in lowb or "paper" in lowb or "sheet" in lowb) \
                and (rw := _REPORT_RE.search(lowb)) is not None and not (
                    # (not a periodical named a bulletin, its date after it: "… for the www. IEEE Data Engineering
                    # Bulletin, September 1996. Page 15")
                    rw.group(0) == "bulletin" and j is not None and t is not None and j[1].start <= rw.start() < j[1].end
                    and _REPORT_RE.search(lowb, rw.end()) is None and _capitalised_words(j[0], 8)
                    and _JOURNAL_DATE_AFTER_RE.match(body, j[1].end) is not None):
            etype = "report"
            rp = _REPORT_PUBLISHER_RE.search(body, t[1].end) if t is not None and ": " in body[t[1].end:] else None
            if rp is not None:  # NLM: "World Health Organization. Global tuberculosis report 2019. Geneva: World
                # Health Organization; 2019."
                place, publisher = rp.group("place"), rp.group("pub")
            elif j is not None and ": " in j[0] and (jp := _PLACE_PUBLISHER_RE.fullmatch(j[0])) is not None:
                # the place and publisher last, the year before them: "WHO (2007) Title. Report of a WHO Working Group
                # Meeting. Geneva: WHO."
                place, publisher = _place_and_publisher(jp, j[1].start, spans)
            elif t is not None and ": " in t[0]:
                d = len(t[0])
                tp: Any = None
                for _ in range(3):  # (the last sentences' ends, from the last: "DC: U.S. Government Printing Office")
                    d = t[0].rfind(". ", 0, d)
                    tp = _PLACE_PUBLISHER_RE.fullmatch(t[0], d + 2) if d > 0 else None
                    if tp is not None or d <= 0:
                        break
                if tp is not None:  # the place and publisher as the title's last sentence (PLOS: "(1997) Title. Expert
                    # Panel Report 2. Washington, DC: U.S. Government Printing Office. NIH Publication 97–4051")
                    place, publisher = _place_and_publisher(tp, t[1].start, spans)
                    t = title = (t[0][:d], _new(Span, (t[1].start, t[1].start + d)))
        elif j is not None and year is not None and (_JOURNALISH_RE.search(j[0]) or _JOURNAL_LAST_NOUN_RE.search(j[0])
                                                     and not j[0].startswith("Monograph")) and len(j[0].split()) <= 8:
            etype = "journal"  # an article without volume or pages (ahead of print, or incomplete)
            journal = j
        elif j is not None and year is not None and 2 <= len(j[0].split()) <= 6 and _capitalised_words(j[0], 6) and \
                _AHEAD_DATE_END_RE.match(body, j[1].end) and any(
                    w.rstrip(".") in _JOURNAL_LEAD_ABBREVS for w in j[0].split()):
            etype = "journal"  # Vancouver ahead of print: "…Integration. Appl Biochem Biotechnol. 2026 Jan. [DOI](…)"
            journal = j
        elif t is not None and year is not None and "year" in spans and spans["year"].end <= t[1].start and (
                nr := _name_and_numbers_end(body, t, j)) is not None:
            etype = "journal"  # the journal's name and two numbers end the entry, the year before the title: "Kenyon,
            t, journal = nr  # Thomas 1982 Nineteenth Century Notes: Gunflints. Kewa 82-2.", "Pennycook, Bruce., 1990,
            title = t  # Towards advanced optical music recognition, Advanced Imaging 54-7." (the numbers are read below)
            numbers_end = True
        elif ip is not None and j is not None and t is not None and j[0][:1].isupper() and len(j[0].split()) <= 10 \
                and not _PUBLISHER_WORDS.search(j[0]):
            etype = "journal"  # an article in press: its journal named, its volume and pages still to come
            journal = j
        elif ip is not None and j is None and t is not None and t[0][:1].isupper() and _capitalised_words(t[0], 6) \
                and not _PUBLISHER_WORDS.search(t[0]):
            etype = "journal"  # ... and no title, the journal alone: "F. FOURNIER, J. BERTHELOT et Y. L. PASCAL.
            journal, title = t, None  # Tetrahedron. À paraître."
        elif pp is not None and j is not None and t is not None and j[0][:1].isupper() and len(j[0].split()) <= 10 \
                and (":" not in j[0] or any(ad.group("day") is not None for ad in _APA_DATE_RE.finditer(body, 0, tstart))) \
                and (pp.group("last") or not body[j[1].end:pp.start()].strip(" .,;")):
            # (a colon in the name is no place's where APA dates the entry to the day, a newspaper's: "Kissane, K. (1998,
            # September 5). Kiss or kill: …? The Age: Extra, p. 6.")
            # (one page only right after the name: "The West Australian, p.14.", not "Météo France; 2011 12 p. 27.")
            journal = j  # a magazine's or a journal's pages without a volume: "Secrets of the Wabar craters. Sky &
            # Telescope, pp. 44-48. 1997.", "Langage et société, pp. 91-111." (no "In", no publisher: neither a
            # chapter nor a book; the type stays open: a magazine, a newspaper or a proceedings prints no volume)
        elif j is not None and t is not None and body[t[1].start - 1:t[1].start] in _CLOSING_QUOTE and \
                len(j[0].split()) <= 8 and j[0][:1].isupper():
            journal = j  # '“The Ogoni Bill of Rights …?” The Extractive Industries and Society. 2015': the quoted
            # title's container (the type stays open: a newspaper or a magazine prints no volume either)
        if etype == "book" and pp is not None and last_page is None:
            # a book's one number after "p.": its length, not a page ("Geneva: WHO Press. p. 155.")
            spans["extent"] = first_page[1]
            first_page = None

    if block is None and journal is not None and etype == "journal" and volume is None and first_page is None and \
            journal[0][-1:].isdigit():
        tn = _TRAILING_NUMBERS_RE.search(journal[0])
        before = journal[0][:tn.start()].rsplit(None, 1)[-1].strip("(.,") if tn is not None else ""
        yp = _YEAR_PAGES_TAIL_RE.search(journal[0], max(0, len(journal[0]) - 24)) if tn is None and year is not None \
            else None
        if yp is not None and yp.group("y") == str(year) and yp.start() > 0 and \
                int(expand_pages(yp.group("a"), yp.group("b")) or "0") > int(yp.group("a")):
            # the year, then the pages, no volume (a journal numbered by its years): "Infect. Dis. Res. Treat. 2012,
            # 1–13. doi:…"
            js = journal[1].start
            first_page = (yp.group("a"), _new(Span, (js + yp.start("a"), js + yp.end("a"))))
            last_page = (expand_pages(yp.group("a"), yp.group("b")), _new(Span, (js + yp.start("b"), js + yp.end("b"))))
            name = journal[0][:yp.start()].rstrip(" .,")
            journal = (name, _new(Span, (js, js + len(name))))
        elif tn is not None and before not in _MONTH_WORDS and not _year_like(before) and not (
                tn.group("b") is None and _year_like(tn.group("a"))):  # (not a date: "Clin Ther 2012 Apr 16")
            # an article whose entry prints a lone volume or page range after the journal, no block ("Sci. Rep. 3,.",
            # "J. Vis. Exp. 1–7.", "Nature 4–10 doi:…"): the number is no part of the name
            js = journal[1].start
            if tn.group("b") is None:
                volume = (tn.group("a"), _new(Span, (js + tn.start("a"), js + tn.end("a"))))
            elif len(tn.group("b")) < len(tn.group("a")) and int(expand_pages(tn.group("a"), tn.group("b")) or "0") <= \
                    int(tn.group("a")):
                # no range (it would end where it starts, or before): the volume and the issue, "Kewa 82-2."
                volume = (tn.group("a"), _new(Span, (js + tn.start("a"), js + tn.end("a"))))
                issue = (tn.group("b"), _new(Span, (js + tn.start("b"), js + tn.end("b"))))
            else:
                first_page = (tn.group("a"), _new(Span, (js + tn.start("a"), js + tn.end("a"))))
                last_page = (expand_pages(tn.group("a"), tn.group("b")), _new(Span, (js + tn.start("b"), js + tn.end("b"))))
            name = journal[0][:tn.start()].rstrip(",")
            journal = (name, _new(Span, (js, js + len(name))))
            if title is not None and " " not in title[0] and (title[0] in _JOURNAL_LEAD_ABBREVS or title[0] == "J") and \
                    body[title[1].end:js] == ". ":
                # no title: the journal's first abbreviation had been read as one ("Read, J.I., 2014, J. Phys. G:
                # Nucl. Part. Phys., 41", a lone volume after it)
                journal = (body[title[1].start:js + len(name)], _new(Span, (title[1].start, js + len(name))))
                title = None

    if numbers_end and volume is None:
        etype = "unknown"  # (pages alone, no volume: the type stays open, a magazine or a proceedings prints none,
        # "… RECOMB 17–28.", so that no rule asks a journal's volume of it)

    if etype == "journal" and year is not None and volume is not None and (
            journal is None and title is not None or journal is not None and "," in journal[0]):
        ja = journal if journal is not None else title
        k = ja[0].rfind(",") if ja is not None else -1
        if ja is not None and k > 5 and (ja[0][k - 1:k].isdigit() or ja[0][k - 1:k] in (" ", ")")) and \
                (am := _ASTRO_JOURNAL_TAIL_RE.search(ja[0], max(0, k - 20))) is not None and am.group("y") == str(year):
            # astronomy's short citation, names then ", YEAR, Journal, volume, page", the last name's damage having
            # hidden where the names end ("Inutsuka S.-i., 2008,ApJ ,677 ,813", "Terzi´cTerzi´c B., 2006, AJ, 132"): the
            # journal is the word after the year (no title: what is before it is names)
            s0 = ja[1].start
            journal = (am.group("j"), _new(Span, (s0 + am.start("j"), s0 + am.end("j"))))
            if ja is title:
                title = None
    if publisher is not None and "publisher" not in spans and etype in ("book", "chapter") and \
            _DOMAIN_RE.fullmatch(publisher) is None:
        k = body.find(publisher, title[1].end if title is not None else 0)
        if k != -1:  # (where it was read from, so that it is not left over: APA's "Title. Penguin Books.", the year
            # before the title)
            spans["publisher"] = _new(Span, (k, k + len(publisher)))
            if place is not None and "place" not in spans:
                k = body.find(place, spans["publisher"].end)
                if k == -1:
                    k = body.find(place, title[1].end if title is not None else 0)
                if k != -1:  # (and the place before or after it: "Stata Press, College Station, Texas, USA")
                    spans["place"] = _new(Span, (k, k + len(place)))
    if title is not None and authors and "year" in spans and title[1].start < spans["year"].start < title[1].start + 200 \
            and spans["year"].end < title[1].end - 8 and (ty := _YEAR_THEN_TITLE_RE.match(body, spans["year"].end)) is not None \
            and ty.end() < title[1].end and _names_left(names_lead := body[title[1].start:spans["year"].start].rstrip(" .,("),
                                                        _INITIAL_BEFORE_RE.search(body, max(0, title[1].start - 4),
                                                                                  title[1].start) is not None):
        # the names' reader stopped before the last of them, the year after them: the title opens after the year
        # ("Abdo K. M., C. A. Montgomery, and W. M Kluwe. 1984. Toxicity of …", "Jonzen, N., T. Pople, J. Knape, andM.
        # Skold. 2010. Stochastic …"); the names left are read as the list's last where the names' reader reads them
        glued_and = names_lead[:3] == "and" and names_lead[3:4].isupper()
        more = _split_authors(names_lead[3:] if glued_and else names_lead, title[1].start + (3 if glued_and else 0))[0]
        if more and all(a.given for a in more):
            authors = list(authors) + more
            spans["authors"] = _new(Span, (authors[0].span.start, authors[-1].span.end))
        title = (body[ty.end():title[1].end], _new(Span, (ty.end(), title[1].end)))
    # (value, span) pairs: the span recorded, the value kept (inline: this runs for every entry)
    if title is not None:
        spans["title"], tname = title[1], title[0]
        if tname[:1] in ".,;:" and tname[1:2] == " ":  # (what a name or a date reader left before the title: "鄧其生(1982).
            # 東莞可園.")
            k = len(tname) - len(tname[1:].lstrip())
            tname = tname[k:]
            spans["title"] = _new(Span, (spans["title"].start + k, spans["title"].end))
        if eds_orig is not None and spans["title"].start < eds_orig[1]:
            tname = eds_orig[0][spans["title"].start:spans["title"].end]  # (the names not read up to "(editors)": the
            # title as printed, "and Philip Wadler (Editors). Report on …")
        if etype in ("book", "chapter", "unknown", "report") and tname[-1:] in "dn." and (
                et := _EDITION_TAIL_RE.search(tname)) is not None and et.start() > 0:
            # the edition after a book's title, no part of it: "Harrison's Principles of Internal Medicine. 19th ed"
            tname = tname[:et.start()]
            spans["title"] = _new(Span, (spans["title"].start, spans["title"].start + len(tname)))
        elif etype == "book" and tname[-1:] in "sn" and (th := _THESIS_TAIL_RE.search(tname)) is not None and th.start() > 0:
            # AMA: what the work is, after its title: "Infant Sleep and Feeding. Dissertation. Central Michigan
            # University; 2002."
            tname = tname[:th.start()]
            spans["title"] = _new(Span, (spans["title"].start, spans["title"].start + len(tname)))
        if tname[-1:] == "]" and tname[-10:] == "[Internet]":
            # NLM's medium after the title, no part of its value: "Title [Internet]. J Clin Oncol. 2017 [cited …]" (the
            # span still covers it: what follows it is read as before)
            tname = tname[:-10].rstrip(" .,") or tname
        title = tname
    if journal is not None:
        spans["journal"], jn = journal[1], journal[0]
        read = jn
        if "pecial" in jn and (si := _SPECIAL_ISSUE_RE.search(jn)) is not None:
            if si.group("of"):  # "… Graphic Narrative. Special issue of Modern Fiction Studies 52.4: 767–82": the journal
                # is the one named after it (the book before it left over)
                jn = jn[si.end():]
                spans["journal"] = _new(Span, (spans["journal"].start + si.end(), spans["journal"].end))
                read = jn
            elif si.start() > 0:  # the special issue's name, after the journal's, left over: "Computer, Special Issue on
                # Fault-Tolerant Systems, Vol. 23", "IEEE Transactions on Systems, Man, and Cybernetics: Special Issue
                # on Scheduling, …, 23(6)", "Communications of the ACM Special Issue on Design Patterns, volume 38"
                jn = jn[:si.start()]
        if "-" in jn and (jn[-3:-2] == "-" or jn[4:5] == "-") and (
                (iso := _ISO_DATE_TAIL_RE.search(jn)) is not None or (iso := _ISO_DATE_HEAD_RE.match(jn)) is not None):
            # a newspaper's date in ISO form after or before its name, no part of it: "… Msondo” Tanzania Daima
            # 2009-12-30", "“Mlimani Park Bendi Bora” 1987-01-02 Uhuru p12" (its year the entry's where none was read)
            js = spans["journal"].start
            if year is None:
                year, year_source = int(iso.group("y")), "bare"
                spans["year"] = _new(Span, (js + iso.start("y"), js + iso.end("y")))
            if iso.start() == 0:
                jn = jn[iso.end():]
                spans["journal"] = _new(Span, (js + iso.end(), spans["journal"].end))
                read = jn
            else:
                jn = jn[:iso.start()]
        if "/" in jn and (k := jn.rfind(" (")) > 0 and _FIGURES_DATE_TAIL_RE.fullmatch(jn, k) is not None:
            jn = jn[:k]
        # what the block or a date left at the name's end is cut off (the name's start stays where it is)
        if jn[-2:] == " V" and body[spans["journal"].end:spans["journal"].end + 1] == "." and \
                body[spans["journal"].end + 1:spans["journal"].end + 2].isdigit():
            jn = jn[:-2].rstrip(" .")  # the volume's mark glued to its number: "Geol. Mag. V.137(1), p.67-80"
        if "," in jn[-8:] or "(" in jn[-24:] or jn[-2:] == "n°":
            lt = _JOURNAL_LOCATOR_TAIL_RE.search(jn)
            if lt is not None and lt.start() > 0:  # "Agone, n°" before "56, p.135-152" (or no comma: "Annales de
                # Bretagne et des pays de l'Ouest n°" before "95, 1988"); "Barron's (July 25" before "1966)"; first, so
                # that a date before the mark goes next: "Travail et Emploi, 2005, n°" before "2, pp. 21-29")
                jn = jn[:lt.start()].rstrip(" ,")
        if "," in jn:
            jd = _JOURNAL_DATE_TAIL_RE.search(jn) or _JOURNAL_MONTH_TAIL_RE.search(jn)
            in_figures = jd is not None and "dm" in jd.re.groupindex and jd.group("dm") is not None
            if in_figures and any(ch.isdigit() for ch in jn[:jd.start()]):
                jd = None  # (an access date after the date of issue: "The New York Times, 04/15/2010, Web, 05/13/2014")
            if jd is not None and jd.start() > 0 and jn.count("(", 0, jd.start()) == jn.count(")", 0, jd.start()):
                # "International Organization, 1997" before "vol. 51, n° 1" (not "J Roy Soc Int (June, 2012)")
                if year is None and in_figures:
                    # a date in figures, "ASH, 05/09/2014, n°2873" (the bare year's pattern takes no year after "/")
                    year, year_source = int(jd.group("y")), "bare"
                    js = spans["journal"].start
                    spans["year"] = _new(Span, (js + jd.start("y"), js + jd.end("y")))
                jn = jn[:jd.start()].rstrip(" ,")
        if (jn[-1:].isdigit() or jn[-3:] in _MONTH_ENDS) and \
                (nd := _NEWSPAPER_DATE_TAIL_RE.search(jn, max(0, len(jn) - 32))) is not None and nd.start() > 2 and \
                nd.group("m").rstrip(".") in _MONTH_WORDS_EN and (nd.group("sep") or nd.group("d")):
            # a newspaper's or magazine's date of issue after its name, no part of it: "Los Angeles Times, 15 March 1985,
            # sec", "Administrative Science Quarterly; Dec" (2000; 45), "Lete Raha March 17-23" (, 2002 p6)
            jn = jn[:nd.start()]
        if issue is None and jn[-1:].isdigit() and "," in jn[-16:]:
            ji = _JOURNAL_ISSUE_TAIL_RE.search(jn)
            if ji is not None and ji.start() > 0:  # the issue's mark and number left at the name's end, the pages
                # read after a date: "La Recherche, n° 328, February 2000, pp. 16-22"
                js = spans["journal"].start
                issue = (ji.group("iss"), _new(Span, (js + ji.start("iss"), js + ji.end("iss"))))
                jn = jn[:ji.start()]
        if block is not None and (volume is not None or first_page is not None) and (
                jn[-1:].isdigit() or jn.endswith(_LEFT_LOCATOR_ENDS)) and \
                (lv := _LEFT_VOLUME_TAIL_RE.search(jn, max(0, len(jn) - 36))) is not None and lv.start() > 2 and \
                _left_volume(body, jn, lv, spans["journal"].start, block, volume):
            # the volume (and issue) left at the name's end, the block read from a later number: "Journal of the Acoustical
            # Society of America 130, 4, Pt. 2: 197", "Šolska kronika 13 (37), št. 2 (2004), 226-241", "Bayerisches
            # Integrationsinfo 5.Jg/Heft 3, 1998, S. 10", "Revue Internationale de Philosophie 9. 32 (2): 221-236"
            js = spans["journal"].start
            vspan = _new(Span, (js + lv.start("v"), js + lv.end("v")))
            if lv.group("mark") is not None:  # (an issue's mark before it: "Behindertenpädagogik, Heft 3/ 1993")
                if issue is None:
                    issue = (lv.group("v"), vspan)
            else:
                if volume is not None and issue is None:
                    issue = (lv.group("i"), _new(Span, (js + lv.start("i"), js + lv.end("i")))) if lv.group("i") \
                        else volume  # (the later number the block read: the issue or the part)
                volume = (lv.group("v"), vspan)
            jn = jn[:lv.start()]
        if jn[:1] in "12(" and (ly := _LEAD_YEAR_COMMA_RE.match(jn)) is not None and ly.end() < len(jn):
            # '“Title,” 1958, Daedalus 87(2): 147-163', '“The hanging chads of corporate voting”, (2008) The Georgetown
            # Law Journal, Vol. 96': the year before the journal's name is no part of it
            jn = jn[ly.end():]
            spans["journal"] = _new(Span, (spans["journal"].start + ly.end(), spans["journal"].end))
            read = jn
        if jn[-1:] in _DASH and jn[-2:-1] in (" ", "."):
            jn = jn.rstrip(" ." + _DASH)  # GOST: "//Archives of Clinical Neuropsychology. – 2012. Vol. 27"
        if jn[:2] in ("In", "in") and (iq := _IN_QUOTED_LEAD_RE.match(jn)) is not None and iq.end() < len(jn):
            # a dossier or series named in quotes after "In", the journal after it: "« Title », In : « Chroniques des
            # tendances de la société française », Revue de l’OFCE, n° 56"
            jn = jn[iq.end():]
            spans["journal"] = _new(Span, (spans["journal"].start + iq.end(), spans["journal"].end))
            read = jn
        elif jn[:7] in ("Trans. ", "Trad. ") and (tr := _TRANSLATOR_LEAD_RE.match(jn)) is not None and \
                tr.end() < len(jn) and not any(w.rstrip(".") in _JOURNAL_LEAD_ABBREVS for w in tr.group(0).split()[1:]):
            # MLA's translator between the title and the journal: "“Notes on the Phantom …” Trans. Nicholas Rand.
            # Critical Inquiry 13.2 (1989)"
            jn = jn[tr.end():]
            spans["journal"] = _new(Span, (spans["journal"].start + tr.end(), spans["journal"].end))
            read = jn
        if volume is None and jn[-1:].isalpha() and jn[jn.rfind(", ") - 1:jn.rfind(", ")].isdigit() and \
                (vp := _VOLUME_PLACE_TAIL_RE.search(jn, max(0, len(jn) - 30))) is not None and vp.start() > 2 and \
                vp.group("pl") not in _SERIES_WORDS:
            # the volume, then the place of publication, after the name: "Revista de História das Ideias, 24, Coimbra,
            # 2003"
            js = spans["journal"].start
            volume = (vp.group("v"), _new(Span, (js + vp.start("v"), js + vp.end("v"))))
            if place is None:
                place = vp.group("pl")
                spans["place"] = _new(Span, (js + vp.start("pl"), js + vp.end("pl")))
            jn = jn[:vp.start()]
        if jn[:3] in ("In:", "in:") or jn[:3] == "in " and jn[3:4].isupper():
            # "Title. In: betrifft: erziehung 12/1976", "“Title”, in Social Scientist, 35": the word that introduces it
            # (lowercase only: "In Silico Biol", "In Vivo" are names)
            lead = len(jn) - len(jn[3:].lstrip())
            jn = jn[lead:]
            spans["journal"] = _new(Span, (spans["journal"].start + lead, spans["journal"].end))
            read = jn
        if jn[-2:-1] == " " and jn[-1:] in "ABCDE" and jn[-3:-2] == jn[-1:] and \
                jn[-4:-3] in (" ", "."):
            jn = jn[:-2]  # the section's letter printed twice, once more before the volume: "Nucl .Phys .B B272"
        if jn.endswith("[Internet]"):  # NLM: "Trop Med Int Health [Internet]. 2012;17(11):1435–8"
            jn = jn[:-len("[Internet]")].rstrip(" .")  # (and its stop: "Millenium. [Internet]. 2011")
        elif jn.endswith((" Volumes", " Volume")) and not jn.endswith(("American Volume", "British Volume")):
            # "Microbes Infect Volumes 12: 1461-1477": the volume's word (not a section's: "Journal of Bone and Joint
            # Surgery, American Volume")
            jn = jn[:jn.rfind(" ")]
        jm = _JOURNAL_DAY_MONTH_TAIL_RE.search(jn, max(0, len(jn) - 16)) if jn[-1:].isalpha() and \
            jn[jn.rfind(" ", 0, len(jn) - 1) - 1:].lstrip()[:1].isdigit() else None
        if jm is not None and jm.start() > 0 and jn[:jm.start()].rsplit(" ", 1)[-1][:1].isupper():
            # a newspaper's day and month after its name, the year read apart: "The Washington Post 18 Feb. 1980" (not
            # a date after words: "Nature published online 28 August")
            jn = jn[:jm.start()]
        if jn[-1:].isalpha() and ("-" in (j10 := jn[-10:]) or "–" in j10 or "/" in j10):
            mr = _JOURNAL_MONTH_RANGE_TAIL_RE.search(jn)
            if mr is not None and mr.start() > 0 and jn[:mr.start()].rsplit(" ", 1)[-1][:1].isupper():
                jn = jn[:mr.start()]  # an issue's months after the name: "Gen Dent May-June, 218, 1985."
        elif jn[-1:] == ")" and issue is None:
            gi = _GLUED_ISSUE_TAIL_RE.search(jn)
            if gi is not None and gi.start() > 0 and jn[:gi.start()].rsplit(" ", 1)[-1] not in _MONTH_WORDS:
                # the issue glued to the name (not a day glued to its month: "Business Insider May(26)"): "Revue de l'Énergie(610), pp. 418-424", "Soins cadres(58), pp. 45-46"
                js = spans["journal"].start
                issue = (gi.group(1), _new(Span, (js + gi.start(1), js + gi.end(1))))
                jn = jn[:gi.start()]
        if jn[-1:].isdigit() or jn[-3:] in _MONTH_TAILS and \
                jn[jn.rfind(" ") + 1:].rpartition("-")[2] in _MONTH_WORDS:
            jd = _JOURNAL_YEAR_TAIL_RE.search(jn)
            if jd is not None and jd.start() > 0:  # "Clin Ther 2012 Apr 16" before "[Epub ahead of print]": the date
                # (or its months, no stop before the volume: "J Am Pod Med Assoc 2009 Jul-Aug 99(4) 330-8")
                jn = jn[:jd.start()]
        if "," in jn[-12:]:
            rv = _ROMAN_VOL_TAIL_RE.search(jn)
            if rv is not None and rv.start() > 0:  # "Harvard Business Review, XLII (September-October, 1964)"
                if volume is None:
                    vs = spans["journal"].start + rv.start(1)
                    volume = (rv.group(1), _new(Span, (vs, vs + len(rv.group(1)))))
                jn = jn[:rv.start()].rstrip(" ,")
        if volume is None and jn[-1:] in _VOL_ISSUE_TAIL_ENDS:
            vt = _VOL_ISSUE_TAIL_RE.search(jn)
            if vt is not None and vt.start() > 0:
                # "IEEE Journal on Selected Areas in Communication, 13(4), May 1995", "Music Theory Online 2/2 (March
                # 1996)": a volume and its issue left at the name's end where no pages follow them
                js = spans["journal"].start
                volume = (vt.group("vol"), _new(Span, (js + vt.start("vol"), js + vt.end("vol"))))
                ik = "iss" if vt.group("iss") else "iss2"
                if issue is None:
                    issue = (vt.group(ik), _new(Span, (js + vt.start(ik), js + vt.end(ik))))
                jn = jn[:vt.start()]
        if len(jn) != len(read):
            spans["journal"] = _new(Span, (spans["journal"].start, spans["journal"].start + len(jn)))
        journal = jn
    if journal is not None and journal[:3] == "PoS" and (pc := _POS_CONF_RE.fullmatch(journal)) is not None:
        # the conference's acronym and the year after it are the volume (INSPIRE's "PoS LATTICE2014, 002")
        pv = volume if volume is not None else first_page if last_page is None else None
        if pv is not None and pv[0].isdigit() and len(pv[0]) in (2, 4) and pv[1].start >= spans["journal"].end and \
                not raw[spans["journal"].end:pv[1].start].strip():  # (the number after the name: a block read before it
            # is no conference's year, a fuzzed law review's "…, 41 PoS LATTICE 2014 (2015)")
            js = spans["journal"].start
            vs = js + pc.start("conf")
            volume = (raw[vs:pv[1].end], _new(Span, (vs, pv[1].end)))
            if pv is first_page:
                first_page = None
            journal = "PoS"
            spans["journal"] = _new(Span, (js, js + 3))
    if volume is not None:
        spans["volume"], volume = volume[1], volume[0]
        if volume[:1] in "ABCDE" and volume[1:].isdigit() and journal is not None and journal[-1:].islower() and \
                raw[spans["journal"].end:spans["volume"].start].strip() in ("", "."):
            # "Phys. Rev. C88", "Phys. Lett. B428": the section's letter belongs to the journal, the number is the volume
            journal = f"{raw[spans['journal'].start:spans['volume'].start].rstrip()} {volume[0]}"
            spans["journal"] = _new(Span, (spans["journal"].start, spans["volume"].start + 1))
            spans["volume"] = _new(Span, (spans["volume"].start + 1, spans["volume"].end))
            volume = volume[1:]
    if issue is not None:
        spans["issue"], issue = issue[1], issue[0]
    if supplement is not None:
        spans["supplement"], supplement = supplement[1], supplement[0]
    if first_page is not None:
        spans["first_page"], first_page = first_page[1], first_page[0]
    if last_page is not None:
        spans["last_page"], last_page = last_page[1], last_page[0]
    if tags:  # where markup was blanked, its spaces go
        title = title and " ".join(title.split())
        journal = journal and " ".join(journal.split())

    # (positional, in field order: a namedtuple built from keywords costs a Python-level call)
    if etype == "webpage" and not authors and title is not None and ". " in title:
        k = title.find(". ")
        rest_t = title[k + 2:].lstrip()
        org = _org_author(title[:k], spans["title"].start) if rest_t else None
        if org is not None:  # ... the two read as one title: "World Health Organization . World malaria report 2011."
            authors = [org]
            spans["authors"] = org.span
            title = rest_t
            spans["title"] = _new(Span, (spans["title"].end - len(rest_t), spans["title"].end))
    if etype == "webpage" and publisher is None and "title" in spans and "url" in spans and \
            spans["title"].end < spans["url"].start:
        gap = body[spans["title"].end:spans["url"].start]
        site = gap.strip(" .?!,;")
        if 2 <= len(site) <= 80 and site[:1].isupper() and gap.rstrip()[-1:] == "." and ":" not in site and \
                not any(ch.isdigit() for ch in site) and _capitalised_words(site, 8) and \
                _LINK_WORD_RE.search(site) is None and (year is not None and authors or _ORG_WORD_RE.search(site)):
            # (or UpToDate's, no author nor date: "Lung cancer screening. National Cancer Institute. https://…
            # (Accessed on April 15, 2021).": an organisation's name)
            # APA 7: the site's (or the newspaper's) name after the title, before the link: "Carey, B. (2019, March
            # 22). Can we get better at forgetting? The New York Times. https://…" (it had been left over)
            k = body.find(site, spans["title"].end)
            publisher = site
            spans["publisher"] = _new(Span, (k, k + len(site)))
    if placeholder and etype == "unknown" and journal is not None and title is not None and volume is None:
        etype = "journal"  # (its volume a placeholder: above)
    if presented is not None and etype in ("journal", "unknown", "abstract") and volume is None and first_page is None:
        # AMA: a paper presented at a meeting: the meeting is its source, no volume or pages to ask for
        etype = "abstract"
        journal = presented.group("meeting")
        spans["journal"] = _new(Span, presented.span("meeting"))
    rest = _rest((body if eds_orig is None else eds_orig[0])[:len(body) if ip is None else ip.start()], spans)  # ("in
    # press" is read: nothing left over)
    if translation:
        rest = f"{rest} {translation}".strip()
    if second is not None:  # (the second entry run into this one is left over, as text after the last field read)
        rest = f"{rest} {raw[second.start('second'):].strip()}".strip()
    if acute and authors:  # (the names as printed, their accents back)
        authors = [a._replace(family=raw[k:k + len(a.family)]) if "'" in a.family and
                   (k := body.find(a.family, a.span.start, a.span.end)) != -1 else a for a in authors]
    res = _new(ParsedReference, (
        raw,
        etype,
        tuple(authors),
        etal,
        (),  # editors
        title,
        journal,
        year,
        block.month if block else month_tail,
        volume,
        issue,
        supplement,
        first_page,
        last_page,
        fields.get("doi"),
        fields.get("pmid"),
        fields.get("pmcid"),
        fields.get("url"),
        tuple(dict.fromkeys(t for t, _ in ids["trial_ids"])) if "trial_ids" in ids else (),  # (once each: the text and
        # the link often name the same trial)
        publisher,
        place,
        bool(epub and ("ahead" in epub.group(0).lower() or online is not None) or ama_ahead is not None) and etype != "preprint",
        # (a preprint posted online is no journal's article ahead of print)
        (accessed.group("a1") or accessed.group("a2")).strip() if accessed else None,
        year_source if year is not None else None,
        rest,
        spans,
    ))
    return res
