"""Field accuracy of the reference-entry parser on gold reference strings.

Sets (../shared/corpus/refstrings/): jats-mixed-citation (printed string plus the
tagged fields of JATS <mixed-citation>) and vancouver-subset. Scored on journal
articles: year, volume, first page, first author's surname, journal, title.

A string whose gold fields run together with no separator at all
("AdaljaAASellTK...Emerg Infect Dis201218608614", from XML that tags fields
without spaces) cannot be read as printed text; those are scored apart.

    python benchmarks/entry_accuracy.py [--errors FIELD] [--n 20]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

from citelint.parsing.references import parse_reference, unmojibake

ROOT = Path(__file__).resolve().parent.parent
REFSTRINGS = ROOT.parent / "shared" / "corpus" / "refstrings"
FIELDS = ("year", "volume", "first_page", "first_author", "journal", "title")


def norm(s) -> str:
    if s is None:
        return ""
    s = re.sub(r"</?[A-Za-z]+>", "", str(s))  # markup tags in the gold ("<italic>Nature</italic>") are no text
    # the preposition that introduces a container is no part of its name ('“Title”, in Social Scientist, 35'):
    # anystyle-parser's gold keeps it, grobid-citation's leaves it out (the same entry in each); lowercase only
    # ("In Silico Biol" is a name)
    s = re.sub(r"^in\s+(?=[A-Z])", "", s)
    # UTF-8 read as cp1252 ("Sch\u00c3\u00a4ffer", "factor-\u00ce\u00b1"): the gold copies the damaged text, the parser reads the
    # characters it stands for; each side compared as repaired
    s = unmojibake(s)[0]
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", s.casefold())  # (letters of every script: CJK, Cyrillic and Greek are scored too)


def gold_surname(name: str) -> str:
    name = name.strip()
    if "," in name:
        return name.split(",")[0]
    parts = name.split()
    if len(parts) >= 2 and re.fullmatch(r"(?:[A-Z]\.?){1,4}", parts[0]) and not re.fullmatch(r"(?:[A-Z]\.?){1,4}", parts[-1]):
        return parts[-1]  # "K. Miyamichi"
    if len(parts) >= 2 and not re.fullmatch(r".*[a-z](?:[A-Z]\.?)+", parts[0]):
        return " ".join(parts[:-1])
    name = parts[0] if parts else name
    m = re.fullmatch(r"(.+?[a-z])((?:[A-Z]\.?\s?-?){1,4})", name)  # glued "LeeHK", "FridovichI."
    return m.group(1) if m else name


def glued(raw: str, values: list[tuple[str, bool]]) -> bool:
    """Fields printed with no separator: two values touching, or two names with no space."""
    pos = 0
    prev_end = None
    prev_name = False
    for v, is_name in values:
        v = v.strip().rstrip(".")
        if not v:
            continue
        i = raw.find(v, pos)
        if i == -1:
            continue
        if prev_end is not None:
            gap = raw[prev_end:i]
            if i == prev_end and raw[i - 1:i].isalnum() and raw[i:i + 1].isalnum():
                return True
            if is_name and prev_name and not any(c.isspace() for c in gap):
                return True
        prev_end = i + len(v)
        prev_name = is_name
        pos = prev_end
    return False


def load_jats():
    for line in open(REFSTRINGS / "jats-mixed-citation" / "mixed_citations.jsonl", encoding="utf-8"):
        d = json.loads(line)
        if d.get("publication_type") != "journal":
            continue
        f: dict = {}
        order = []
        for tag, val in d["fields"]:
            base = tag.split("@")[0]
            if base in ("name", "string-name", "collab") and "author" in tag or base in ("name", "string-name") and "@" not in tag:
                f.setdefault("first_author", gold_surname(val))
            elif tag == "collab" and "first_author" not in f:
                f["first_person"] = True  # a group named before the people, outside their group (as grobid's)
            elif base == "year":
                f.setdefault("year", re.match(r"\d{4}", val).group(0) if re.match(r"\d{4}", val) else val)
            elif base == "volume":
                f.setdefault("volume", val)
            elif base in ("fpage", "elocation-id"):
                f.setdefault("first_page", val)
            elif base == "source":
                f.setdefault("journal", val)
            elif base == "article-title":
                f.setdefault("title", val)
            if base not in ("comment", "pub-id", "object-id", "ext-link", "etal"):
                order.append((val, base in ("name", "string-name")))
        yield d["raw_without_pub_ids"], f, glued(d["raw_without_pub_ids"], order)


def load_errata(name: str) -> dict:
    """benchmarks/gold_errata.toml: the gold fields of ``name`` whose tags slipped from what is printed, each with the
    printed value and why, keyed by the raw string's opening: {opening: {field: printed}}."""
    import tomllib

    with open(Path(__file__).with_name("gold_errata.toml"), "rb") as fh:
        doc = tomllib.load(fh)
    out: dict = {}
    for e in doc["erratum"]:
        if e["set"] == name:
            out.setdefault(e["raw"], {})[e["field"]] = e["printed"]
    return out


def _mark_errata(gold: dict, raw: str, errata: dict) -> None:
    """The printed values of ``raw``'s slipped tags (load_errata's, keyed by the string's opening), kept as
    gold["errata"] for score() to take beside the strict score."""
    fixed = next((v for k, v in errata.items() if raw.startswith(k)), None)
    if fixed:
        gold["errata"] = fixed


def load_vancouver():
    """vancouver-subset (a heuristic subset of anystyle-parser's training strings, not hand-checked: SOURCES.md). The
    first name tagged, author or editor, is the first author where the string opens with it (the same list split into
    an "editor" and an "author" tag: "Le Guen M, Liu N, Bourgeois E," / "Chazot T, …"); the first journal tag is the
    journal (a second one on the volume, "111:"); pages after the volume tagged with them ("290: 152-157") are the
    pages. Fields whose tags slipped past what is printed are listed in gold_errata.toml, scored apart."""
    errata = load_errata("vancouver-subset")
    for line in open(REFSTRINGS / "vancouver-subset" / "vancouver_candidates.jsonl", encoding="utf-8"):
        d = json.loads(line)
        f: dict = {}
        opening = re.sub(r"^\d{1,4}\.\s*", "", d["raw"])
        for tag, val in d["fields"]:
            if tag in ("author", "editor") and "first_author" not in f and (
                    tag == "author" or opening.startswith(val[:12])):
                first = re.split(r",|;", val)[0].strip()
                first = re.sub(r"^\d{1,4}\.\s*", "", first)  # the list number tagged as part of the name
                f["first_author"] = gold_surname(first.rstrip("."))
            elif tag == "date":
                m = re.search(r"\d{4}", val)
                if m:
                    f["year"] = m.group(0)
            elif tag == "volume":  # "2012 ;30(2):" holds the year too: the volume follows ";"
                m = re.search(r";\s*([A-Za-z]?\d+)", val) or re.search(r"\d+", val)
                if m and m.groups():
                    f["volume"] = m.group(1)
                    continue
                if m:
                    f["volume"] = m.group(0)
            elif tag == "pages":
                m = re.search(r"[A-Za-z]?\d+", val.rsplit(":", 1)[-1])
                if m:
                    f["first_page"] = m.group(0)
            elif tag == "journal":
                f.setdefault("journal", val)
            elif tag == "title":
                f["title"] = val
        _mark_errata(f, d["raw"], errata)
        if "journal" in f:
            yield d["raw"], f, False


def _surname_from_free_text(author: str) -> str:
    return re.sub(r"\s+(?:Jr|Sr|II|III|IV)\.?$", "", _surname_raw(author))


def _surname_raw(author: str) -> str:
    """First author's surname from a free-text author field (the whole list, as the TEI and
    anystyle gold give it): 'Solon, G.' / 'C. J. Hamer' / 'Hellman S, ...' /
    'R. Schiavilla, R. B. Wiringa and ...' / 'Hawley J. F., Gammie C. F.' / 'Jacob D Bekenstein'."""
    if "\u3040" <= author.strip()[:1] <= "\ud7af" or "\uf900" <= author.strip()[:1] <= "\ufaff":
        # Chinese, Japanese, Korean: the family name first, up to a blank or a separator ("吉田 清弘/ 野村 剛司",
        # "兼宗 進 , 筧 捷彦", "周向永.趙俊偉.李亞氷")
        return re.split(r"[\s,，、./．]+", author.strip())[0]
    # a list number or bullet tagged into the field ("1.Ensminger ME", "3-Dutta P", "10- Cochran A", "5,6-Ando S"), or
    # a short citation's key before the names ("Beaupré 1907 : BEAUPRE J.")
    author = re.sub(r"^\s*(?:\d{1,4}(?:,\d{1,4})*\s*[.)\-–]\s*(?=[A-Z])|[-–•]\s+|\S+\s+(?:1[5-9]|20)\d\d[a-z]?\s*:\s+)", "",
                    author)
    # a mark after a name (equal contribution: "Bao Q *, Zhao Y*"); initials in parentheses after the family name, as
    # French archaeology prints them ("Blancquaert (G.), Deschodt (L.)", "Passard-Urlacher (Fr.)", "PELLETIER (J.P.)")
    author = re.sub(r"\s*\*|\s*\((?:[A-Z][a-z]?\.\s?-?){1,4}\)", "", author)
    lx = re.match(r"\s*((?:(?:de|le|la|van|von|du|di|da)\s)?[a-zà-ÿ][\w'’-]*)\s+[a-zA-Zà-ÿ]\.", author)
    if lx:  # an export that lowercased the names, its initials after them: "waxenbaum e.B.", "le ray j. coll."
        return lx.group(1)
    nc = re.match(r"\s*([A-Z][a-z]+)\s+[A-Z]{1,3}\s+[A-Z][a-z]+\s+[A-Z]{1,3}\b", author)
    if nc:  # Vancouver's names with no commas between them: "Liu SM Zhong J Zhao XJ"
        return nc.group(1)
    cy = re.match(r"\s*([\u0400-\u042f][\u0430-\u045f]+(?:-[\u0400-\u042f][\u0430-\u045f]+)?)\s+(?:[\u0400-\u042f]\.\s?){1,3}", author)
    if cy:  # Cyrillic, the initials after the family name: "Крушинский Л.В.", "Полтерович В. М."
        return cy.group(1)
    gf = re.match(r"\s*[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\s+(?:[A-Z]\.\s*){1,2}([A-Z][\w'’-]+)\s*(?:,|$)", author)
    if gf:  # a given name, a middle initial, the family name: "Alon Y. Levy, Divesh Srivastava, and …"
        return gf.group(1)
    first = re.split(r";|\band\b|&|\bet\b(?!\.?\s*al)", author.strip())[0].strip()
    first = re.sub(r"\s*,?\s*\bet\.?\s*al\b\.?.*$", "", first).strip(" ,:")
    words = first.split()
    caps = [w for w in words if len(w) > 1 and w.isupper() and w.isalpha()]
    if len(words) == 2 and len(caps) == 1 and "," not in first and not any(len(w.rstrip(".")) <= 2 for w in words):
        return caps[0]  # "BOUSQUET Jean", "Vial Jean": the surname in capitals
    first = re.sub(r"^(?:[A-Z]\s?\.-?)+(?=[A-Z][^\W\d_A-Z])", "", first)  # initials glued to the name: "H.Vairinhos",
    # "S .Dürr"
    first = re.sub(r"\s+(?:Jr|Sr|II|III|IV)\.?(?=,|$)", "", first)  # a suffix before the comma: "Peek RM Jr, Moss SF"
    glued = re.fullmatch(r"([A-Z][^\W\d_A-Z]+)[A-Z]{1,3}\s?\.?", first.split(",")[0].strip())
    if glued:  # a name glued to its initials, as PDF text gives it: "ChabrierG", "SavitzkyA ."
        return glued.group(1)
    if "," in first:
        head = first.split(",")[0].strip()
        words = head.split()
        nxt = first.split(",")[1].split()
        # (given names first, as English lists join them with "and": not "Bajos Nathalie, Ferrand Michèle", whose
        # order cannot be told, nor "Petrelli N, Douglass HO Jr"; a given name may be hyphenated, "Rong-En Fan, …, and
        # Chih-Jen Lin". Not a later name's middle initial, "Chris J Lintott": Chicago inverts the first name alone,
        # "Alvarez Michael, Jose A. Cheibub, …")
        if (" and " in author or "&" in author) and len(words) >= 2 and not re.fullmatch(r"[A-Z]{1,3}", words[-1]) and all(
                w[:1].isupper() and w.replace("-", "").isalpha() for w in words) and len(nxt) >= 2 and all(
                w[:1].isupper() for w in nxt) and not re.fullmatch(r"(?:[A-Z]\.?-?){1,3}", nxt[-1]) and not re.fullmatch(
                r"(?:[A-Z]\.?-?){1,3}", nxt[0]):
            return words[-1]  # a list of full names: "Florian Jarre, Michal Kocvara, and Jochem Zowe"
        # ("Liang K-Y"; "Lamarque J.-F.", "Loiseau J.-Cl."; four after a name in lowercase, "Struys MMRF", not "E. LAMY")
        most = 4 if any(c.islower() for c in words[0]) else 3
        if len(words) >= 2 and re.fullmatch(rf"(?:[A-Z]\.?\s?){{1,{most}}}|[A-Z]{{1,2}}-[A-Z]{{1,3}}|[A-Z]\.-[A-Z][a-z]?\.?",
                                            words[-1]):
            while len(words) > 1 and re.fullmatch(rf"(?:[A-Z]\.?-?){{1,{most}}}|[A-Z]{{1,2}}-[A-Z]{{1,3}}|[A-Z]\.-[A-Z][a-z]?\.?",
                                                  words[-1]):
                words.pop()  # "Hellman S", "Hawley J. F."
            return " ".join(words)
        if words and re.fullmatch(r"(?:[A-Z][a-z]?\.\s?-?)+", words[0]):
            rest = [w for w in words if not re.fullmatch(r"(?:[A-Z][a-z]?\.-?)+", w)]
            if rest:
                return " ".join(rest)  # "R. Schiavilla, ..."
        if re.fullmatch(r"(?:[A-Z]\.\s?)+[A-Z]?", head):
            return head
        if len(words) == 2 and re.fullmatch(r"[A-Z]{1,3}\.?", words[0]) and re.fullmatch(r"[A-Z][^\W\d_]{2,}", words[1]) and (
                words[0].endswith(".") or not words[1].isupper()):
            # initials first without their stops: "A Dady, E Havis", "AM Trinkoff, JA Lipscomb", "LS. RACHEDI" (not a
            # particle in capitals: "AL RUBAEE, M.", "LE MÉE, René")
            return words[1]
        return head
    words = first.rstrip(".").split()
    if words and re.fullmatch(r"(?:[A-Z][a-z]?\.-?\s?)+", words[0]):
        rest = [w for w in words if not re.fullmatch(r"(?:[A-Z][a-z]?\.-?)+|[A-Z]", w)]
        return " ".join(rest)  # "C. J. Hamer", "Yu. E. Nesterov", "J. J Koenderink"
    # ("Sachs R K", "Kolomeitsev E. E. et al.", "Hwang I.-W. et al.")
    if len(words) >= 2 and re.fullmatch(r"[A-Z]{1,3}\.?|(?:[A-Z]\.){1,3}[A-Z]?|[A-Z]\.-[A-Z][a-z]?\.?", words[-1]):
        while len(words) > 1 and re.fullmatch(r"[A-Z]{1,3}\.?|(?:[A-Z]\.){1,3}[A-Z]?|[A-Z]\.-[A-Z][a-z]?\.?", words[-1]):
            words.pop()  # "Sachs R K", "Kolomeitsev E. E. et al.", "Harrison F.A. et al."
        return " ".join(words)
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        return words[-1]  # "Jacob D Bekenstein", "Ruth Shapira": given names first
    return words[0] if words else ""


# (the first two names of a list, each two or three words with a capital and lowercase letters, a comma between them: see
# load_anystyle)
_UNTOLD_RE = re.compile(r"\s*[A-ZÀ-Þ][a-zà-ÿ’'-]+(?:\s[A-ZÀ-Þ][a-zà-ÿ’'-]+){1,2}\s*,\s*[A-ZÀ-Þ][a-zà-ÿ’'-]+(?:\s[A-ZÀ-Þ][a-zà-ÿ’'-]+){1,2}"
                        r"\s*(?:[,.]|$)")
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
# a volume the gold tags whole: a double volume ("392-393", "5-6"), a volume with its series letter ("56B"); of other
# tags the first number counts
_WHOLE_VOLUME_RE = re.compile(r"\d{1,4}(?:\s*[-–/]\s*\d{1,4}|[A-Z])")
_VOLUME_MARK_RE = re.compile(r"^\s*(?:(?:[Vv]ol|[Nn]os?)\.?\s*|t\.\s*|n°\s*)")  # ("vol. 339-340", "n° 7/8": the mark aside)


def _whole_volume(text: str):
    """The gold's volume whole where it is one (see _WHOLE_VOLUME_RE), its match's whole text the volume, its mark and an
    issue in parentheses aside: a range only where its second number is the greater ("45-3" is a volume and its issue)."""
    m = _WHOLE_VOLUME_RE.fullmatch(re.sub(r"\(\d{1,4}\)[\s.,:;]*$", "", _VOLUME_MARK_RE.sub("", text)).strip(" .,:;"))
    if m is not None and ("-" in m.group(0) or "–" in m.group(0)):
        a, b = re.findall(r"\d+", m.group(0))
        if int(b) <= int(a) or int(b) >= 1500 > int(a):  # (not a volume and its year: "t. 64-2015")
            return None
    if m is not None and "/" in m.group(0):  # (a double issue with a slash, its numbers one apart: "n° 7/8", "35/36";
        # not a number and its year, "3/1973", nor a volume and its issue, "1/4")
        a, b = re.findall(r"\d+", m.group(0))
        if int(b) != int(a) + 1:
            return None
    return m
# the last words of a group's name ("The BIP Study Group", "Genomes Project Consortium")
_GROUP_WORDS = r"\b(?:Group|Consortium|Collaboration|Collaborators|Committee|Investigators|Society|Association)\s*\.?$"


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def anystyle_author(v: str) -> tuple:
    """The first author's family name from anystyle-parser's author tag (the whole list, free text), or "untold" where
    the text cannot tell it: a list of full names, no initials, separated by commas alone ("Irda Fidrianny, Dian Ayu,
    Rika Hartati", "Bajos Nathalie, Ferrand Michèle": the gold does not split them either; it had been scored as the
    whole name), which is not scored (counted apart)."""
    if (various := re.match(r"\s*((?:AA\.?\s?VV|VV\.?\s?AA)\.?)[\s,.:]*$", v)) is not None:
        return "first_author", various.group(1)  # (Italian's and Spanish's "various authors", one collective name: not
        # a person "AA" with the initials "VV")
    surname = _surname_from_free_text(v)
    if " " in surname.strip() and _UNTOLD_RE.match(v) and not re.search(r"\band\b|&|\bund\b|\bet\b(?!\.?\s*al)", v):
        return "untold", v
    return "first_author", surname


def anystyle_year(v: str) -> tuple:
    m = re.search(r"(1[5-9]|20)\d\d", v)
    return "year", m.group(0) if m else None


def anystyle_journal(v: str) -> tuple:
    # ("In: Behindertenpädagogik": the word that introduces the journal is no part of its name; nor the month of the
    # issue tagged after its stop, "J Clin Oncol. Jan 20 2010;28(3)", the tag "J Clin Oncol. Jan")
    return "journal", re.sub(rf"\.\s*{_MONTH_ABBR}\.?\s*$", ".", re.sub(r"^\s*[Ii]n\s*:\s*", "", v))


def anystyle_volume(v: str) -> tuple:
    # (a Heft is an issue: the next volume tag is read, "H. 6, 2006, Jg. 37:"; a series' number before the volume is no
    # part of it, "2d ser. 10,", "5e série, 61,"; the number after "Vol." is the volume, "No 29, Vol. 4,", "n° 48, vol.
    # 3,")
    if re.match(r"\s*(?:H\.|Heft)\s*\d", v):
        return "volume", None
    v = re.sub(r"^\s*\d{1,2}\s?(?:d|e|nd|rd|th|st|°|ème)\.?\s*(?:ser\.|sér\.|série|[Ss]eries)\s*,?\s*", "", v)
    if (after := re.search(r"(?<=[\s,])[Vv]ol\.?\s*(\d{1,4})\b", v)) is not None:
        return "volume", after.group(1)
    # "1982;41:" / "2011; 117:": the tag holds the year too; the volume follows ";" (or a comma or a stop, "2013, 425,",
    # "2014. 5:"; and a month or a day may stand before the year or after it, "Dec 7 2006;355(23)", "20 2010;28(3)",
    # "févr 2009;123(2)", "2012 Jul 11;49(1)": the number after the year is the volume, not the day or the year); a
    # double volume or one with its series letter, whole, its mark aside: "392-393", "vol. 339-340", "n° 609-610", "149A"; a
    # volume in Roman numerals is the volume, not the issue or series after or before it: "Vol. XV, No. 3",
    # "LXVI(20)", "2° série, t. XIV" (the first Arabic number had been taken; not a section's letter before the volume,
    # "C 117"); a day before the volume's ";" ("11;49(1):", the year tagged apart) or a year after a date, "02/12/online
    # 2009;23(5)"; of other tags the first number
    m = re.search(rf"^\s*(?:[^\W\d_]{{3,5}}\.?\s+)?(?:\d{{1,2}}\s+)?(?:1[5-9]|20)\d\d(?:\s+{_MONTH_ABBR}\.?(?:\s+\d{{1,2}})?)?"
                  rf"\s*[;,.]\s*(\d+)(?!\d*\s*[-–/])", v)
    if m is not None:
        return "volume", m.group(1)
    whole = _whole_volume(v)
    if whole is not None:
        return "volume", whole.group(0)
    m = re.search(r"^\s*\d{1,2};\s*(\d+)|(?<=\s)(?:1[5-9]|20)\d\d\s*;\s*(\d+)", v)
    if m is not None:
        return "volume", m.group(1) or m.group(2)
    m = re.search(r"(?:^\s*|\b(?:[Vv]ol|[Tt]|[Tt]ome|[Bb]d)\.?\s*)([IVXLC]{1,7})(?![\w.])(?!\s*\d)", v) or re.search(r"(\d+)", v)
    return "volume", m.group(1) if m else None


def anystyle_first_page(v: str) -> tuple:
    # the page mark tagged with the pages is no part of the page: "pp119-50", "p7"; "e57", "S780" are, and an article
    # number's letters, Med Sci Monit's "CR376", Sci Signal's "ra26"; nor the volume tagged with them, as
    # vancouver-subset's loader reads it: "290: 152-157", "50, p. 775-796"
    # A tag that holds no page is passed over for the next: an issue ("No.1-2,", "nos.25-26,"), a count of pages ("6
    # pages."; not "546 pp.", as often a law review's first page as a count), a DOI. The year, the issue or the section
    # tagged before the pages is no part of them: "(2012),147- 168.", "9, 576-608", "sec. 1A, p. 3."
    if re.match(r"\s*(?:[Nn]os?\.|[Nn]°|[Nn]r\.)", v) or re.fullmatch(r"\s*\d+\s*pages?\.?\s*", v) or \
            "doi" in v.lower():
        return "first_page", None
    v = re.sub(r"^\s*\(\s*(?:1[5-9]|20)\d\d\s*\)\s*,?\s*|^\s*\d{1,3},\s*(?=\d+\s*[-–])", "", v)
    if re.match(r"\s*[A-Za-z]", v) and (mark := re.search(r"(?<=[\s,])pp?\.\s*(?=[A-Z]?\d)", v)) is not None:
        v = v[mark.end():]
    v = re.sub(r"^\s*\d{1,4}\s*(?::\s*|,\s*(?=pp?\.))", "", v)
    m = re.search(r"(?<![A-Za-z\d])[A-Za-z]{0,2}\d+", re.sub(r"^\s*(?:[Pp]p?|PP)\.?\s*(?=\d)", "", v))
    return "first_page", m.group(0) if m else None


# anystyle-parser's tags read for each scored field (the first of each tag in a sequence: gold[key] = value)
_ANYSTYLE_FIELDS = {"author": anystyle_author, "date": anystyle_year, "title": lambda v: ("title", v),
                    "journal": anystyle_journal, "volume": anystyle_volume, "pages": anystyle_first_page}


def load_anystyle(articles_only: bool = False):
    """Every sequence with a "journal" tag (anystyle's container title: a book's title too), or with
    ``articles_only`` those that read as journal articles: a journal with a volume or pages, and no editor,
    publisher, edition or genre (a book's, a chapter's or a thesis's tags). Fields whose tags slipped past what is
    printed are listed in gold_errata.toml, scored apart."""
    from lxml import etree

    errata = load_errata("anystyle-parser")
    for f in sorted((REFSTRINGS / "anystyle-parser").glob("*.xml")):
        root = etree.parse(str(f), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
        for seq in root.iter("sequence"):
            parts = [(c.tag, _text(c)) for c in seq if isinstance(c.tag, str)]
            tags = [t for t, _ in parts]
            if "journal" not in tags:
                continue
            if articles_only and (not ("volume" in tags or "pages" in tags) or any(
                    t in tags for t in ("editor", "publisher", "edition", "genre"))):
                continue
            raw = " ".join(v for t, v in parts if t != "citation-number")
            g: dict = {}
            done: set = set()  # the tags read (each scored field from the first of its tags that gives one)
            vt = next((v for t, v in parts if t == "volume"), None)
            if vt is not None:
                g["volume_tag"] = vt  # (score(): a series' word the gold tags with the volume)
            for t, v in parts:
                if t in _ANYSTYLE_FIELDS and t not in done:
                    key, value = _ANYSTYLE_FIELDS[t](v)
                    if value:
                        g["first_author_untold" if key == "untold" else key] = value
                        done.add(t)
            _mark_errata(g, raw, errata)
            yield raw, g, False


def load_grobid(articles_only: bool = False):
    """Every ``bibl`` with a journal title, or with ``articles_only`` those that read as journal articles: a
    volume or pages, and no book title, editor, publisher or place (a chapter's or a series' tags)."""
    from lxml import etree

    ns = "{http://www.tei-c.org/ns/1.0}"
    folder = REFSTRINGS / "grobid-citation"
    for f in sorted(folder.rglob("*.xml")):
        try:
            root = etree.parse(str(f), etree.XMLParser(resolve_entities=False, no_network=True, recover=True)).getroot()
        except etree.XMLSyntaxError:
            continue
        if root is None:
            continue
        for bibl in root.iter(f"{ns}bibl"):
            journal = bibl.find(f"{ns}title[@level='j']")
            if journal is None:
                continue
            if articles_only and (
                    bibl.find(f"{ns}biblScope[@unit='volume']") is None
                    and bibl.find(f"{ns}biblScope[@unit='page']") is None
                    or any(bibl.find(f"{ns}{t}") is not None
                           for t in ("title[@level='m']", "editor", "publisher", "pubPlace"))):
                continue
            raw = _text(bibl)
            g: dict = {"journal": _text(journal)}
            nxt = journal.getnext()
            if nxt is not None and nxt.tag == f"{ns}pubPlace" and not (journal.tail or "").strip():
                # "Proc Natl Acad Sci <pubPlace>USA</pubPlace>": the gold tags the last word of the journal's name
                # (NLM's "Proc Natl Acad Sci U S A") as a place of publication
                g["journal_place"] = _text(nxt)
            a = bibl.find(f"{ns}author")
            if a is not None:
                g["first_author"] = _surname_from_free_text(_text(a))
                if re.search(_GROUP_WORDS, _text(a)):
                    g["first_author"] = _text(a).rstrip(" .,")  # a group's name is its whole name ("The CAVEAT
                    # Study Group", not "Group")
                first = next((c for c in bibl if isinstance(c.tag, str) and c.tag in (f"{ns}author", f"{ns}orgName")), None)
                if first is not None and first.tag == f"{ns}orgName":
                    # "ALICE Collaboration, J. Adam et al.": the gold tags the group as an organisation and its first
                    # person as the first author; the parser lists the group first, as a collective author (as
                    # NLM does), so the first person is compared with the parser's first person
                    g["first_person"] = True
            t = bibl.find(f"{ns}title[@level='a']")
            if t is not None:
                g["title"] = _text(t)
            d = bibl.find(f"{ns}date")
            if d is not None:
                m = re.search(r"(1[5-9]|20)\d\d", _text(d))
                if m:
                    g["year"] = m.group(0)
            v = bibl.find(f"{ns}biblScope[@unit='volume']")
            if v is not None:
                m = _whole_volume(_text(v)) or re.search(r"\d+", _text(v))
                if g["journal"].strip() == "PoS":  # Proceedings of Science: the volume is the conference's acronym and
                    # year, tagged whole ("PoS LATTICE 2014 (2015) 002", INSPIRE's "PoS LATTICE2014")
                    g["volume"] = _text(v).strip()
                elif m:
                    g["volume"] = m.group(0)
            pg = bibl.find(f"{ns}biblScope[@unit='page']")
            if pg is not None:
                m = re.search(r"(?<![A-Za-z])[A-Z]{2}\d+|[A-Za-z]?\d+", _text(pg))  # ("RG4002": AGU's article number)
                if m:
                    g["first_page"] = m.group(0)
            yield raw, g, False


_SPECIAL_ISSUE_AFTER_RE = re.compile(r"[,:]?\s*Special\s+Issue\b", re.IGNORECASE)


def special_issue_kept(journal, gold_journal):
    """The gold's journal is the parsed one and the special issue's name after it ("Computer, Special Issue on
    Fault-Tolerant Systems", grobid's gold; anystyle's keeps the name alone): the parser reads the journal's own name
    and leaves the special issue's over."""
    if not journal or not gold_journal:
        return False
    g = gold_journal.strip()
    return g.startswith(journal) and len(g) > len(journal) and _SPECIAL_ISSUE_AFTER_RE.match(g, len(journal)) is not None


def score(name, rows, show_field=None, n=20):
    ok = Counter()
    total = Counter()
    aligned = Counter()  # fields scored right only by reading the gold's convention (below)
    corrected = Counter()  # fields scored right against the printed value where the gold's tag slipped (errata)
    errors = []
    t0 = time.perf_counter()
    count = 0
    untold = 0  # first authors not scored: a list of full names whose order the text cannot tell (load_anystyle)
    for raw, gold, _ in rows:
        p = parse_reference(raw)
        count += 1
        untold += "first_author_untold" in gold
        got = {
            "year": p.year, "volume": p.volume, "first_page": p.first_page,
            "first_author": p.authors[0].family if p.authors else None,
            "journal": p.journal, "title": p.title,
        }
        person = next((a.family for a in p.authors if not a.collective), None)
        if gold.get("first_person") and norm(gold.get("first_author")) and norm(person) == norm(
                gold["first_author"]) != norm(got["first_author"]):
            got["first_author"] = person
            aligned["first_author"] += 1
        if p.volume is None and p.issue and norm(gold.get("volume")) and norm(p.issue) == norm(gold["volume"]):
            # a journal numbered by its issues alone ("Soins, avril 2011, n°754", "南方建築. 第3期"): the gold calls
            # that number the volume, the parser the issue it is printed as
            got["volume"] = p.issue
            aligned["volume"] += 1
        if gold.get("journal_place") and norm(got["journal"]) == norm(gold["journal"] + gold["journal_place"]):
            got["journal"] = gold["journal"]
            aligned["journal"] += 1
        elif p.journal and p.volume and p.journal[-2:-1] in (" ", ".") and p.journal[-1:] in "ABCDET" and \
                norm(p.journal[:-1]) == norm(gold.get("journal")) and \
                re.search(rf"\b{p.journal[-1]}\s?{re.escape(p.volume)}\b", raw):
            # "Phys.Rev. D68( 2003)", "Nucl. Phys. B262", "J. Opt. Soc. Am. A27": the gold keeps the section's letter
            # with the volume, the parser with the journal ("Phys. Rev. D", volume 68, as INSPIRE and NLM name it)
            got["journal"] = gold["journal"]
            aligned["journal"] += 1
        elif special_issue_kept(p.journal, gold.get("journal")):
            got["journal"] = gold["journal"]
            aligned["journal"] += 1
        elif p.journal and norm(gold.get("journal")) and norm(p.journal) != norm(gold["journal"]) and (
                (sw := re.match(r"\s*((?:[A-Z][a-z]+\s+){1,3})\d", gold.get("volume_tag", ""))) is not None and
                norm(p.journal) == norm(gold["journal"] + sw.group(1)) or
                p.volume and norm(p.journal + p.volume) == norm(gold["journal"]) and not re.search(
                    r"(?:\b(?:Nr|No|Vol|v|t)|n°)\.?$", p.journal)):  # (not a mark left in the name: "Das Argument Nr")
            # a series' word the gold tags with the volume ("Geological Society of America" and "Special Paper 302"), or
            # the volume it tags with the journal ("Geological Society of America Special Paper 307,", "J. Geophys.
            # Res.,104,"): the parser reads the series' name whole, its number the volume
            got["journal"] = gold["journal"]
            aligned["journal"] += 1
        for k in FIELDS:
            if k not in gold or not norm(gold[k]):
                continue
            total[k] += 1
            if norm(got[k]) == norm(gold[k]):
                ok[k] += 1
            elif k in gold.get("errata", {}) and norm(got[k]) == norm(gold["errata"][k]):
                ok[k] += 1  # (the value printed, where the gold's tag slipped: gold_errata.toml)
                corrected[k] += 1
            elif k == show_field:
                errors.append((gold[k], got[k], raw))
    dt = time.perf_counter() - t0
    print(f"{name}: {count} journal entries")
    for k in FIELDS:
        if total[k]:
            note = ""
            if aligned[k] or corrected[k]:
                why = {"volume": "the sole issue number, printed as an issue, that the gold calls the volume",
                       "first_author": "the first person after a group the gold tags as no author",
                       "journal": "the name with a last word the gold tags apart: PNAS's USA as a place, a section's "
                                  "letter or a series' word with the volume, the volume with the name, a special issue's name"}.get(k, "")
                parts = ([f"{aligned[k]} scored as {why}"] if aligned[k] else []) + (
                    [f"{corrected[k]} as printed where the gold's tag slipped (gold_errata.toml)"] if corrected[k] else [])
                note = f"   strict {(ok[k] - aligned[k] - corrected[k]) / total[k]:.3f}; {'; '.join(parts)}"
            if k == "first_author" and untold:
                note += (f"   ({untold} not scored: a list of full names with no initials, commas alone between them, "
                         f"whose family names the text cannot tell)")
            print(f"  {k:<13} {ok[k] / total[k]:.3f}  ({ok[k]}/{total[k]}){note}")
    for e in errors[:n]:
        print("   gold:", repr(e[0])[:60], "| got:", repr(e[1])[:60], "|", e[2][:150])
    return count, dt


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", choices=FIELDS)
    ap.add_argument("--n", type=int, default=20)
    args = ap.parse_args()
    rows = list(load_jats())
    printed = [r for r in rows if not r[2]]
    run_together = [r for r in rows if r[2]]
    score("jats-mixed-citation, printed strings", printed, args.errors, args.n)
    score("jats-mixed-citation, fields run together (no separators)", run_together, None)
    score("vancouver-subset", list(load_vancouver()), args.errors, args.n)
    score("anystyle-parser (journal sequences; gold surname derived from free text)", list(load_anystyle()), None)
    score("anystyle-parser, articles only (a journal and a volume or pages; no editor, publisher, edition, genre)",
          list(load_anystyle(articles_only=True)), None)
    score("grobid-citation (bibl with a journal title; gold surname derived from free text)", list(load_grobid()), None)
    score("grobid-citation, articles only (a volume or pages; no book title, editor, publisher, place)",
          list(load_grobid(articles_only=True)), None)
    # speed: every printed string, cold (the parser's cache cleared)
    parse_reference.cache_clear()
    raws = [r[0] for r in rows] * 3
    t0 = time.perf_counter()
    for r in raws:
        parse_reference.__wrapped__(r)
    dt = time.perf_counter() - t0
    import citelint.parsing.references as parser

    which = "compiled (mypyc)" if parser.__file__.endswith((".so", ".pyd")) else "source (pure Python)"
    print(f"speed: {len(raws) / dt:,.0f} entries per second on one core ({len(raws)} entries; the parser: {which})")
    if which.startswith("compiled"):
        # where the compiled parser raises (a value of another kind than the annotations name: hatch_build.py), the
        # source reads the entry, as right and as slow as the source: none should be
        print(f"compiled parser: {parser.FALLBACKS} of the parses above handed to the source")
    return 0


if __name__ == "__main__":
    sys.exit(main())
