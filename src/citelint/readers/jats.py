"""JATS XML articles: markers from ``<xref ref-type="bibr">``, references from
``<ref-list>``, dates from ``<pub-date>`` and ``<history>``.

Parsing is hardened: no DTD is loaded, nothing is fetched, no entity is
expanded. A document that declares entities (a "billion laughs", an external
entity naming a local file) or that needs a DTD's entities to be read is
refused as CIT001 before or instead of being parsed. Lines point at the
element in the file; JATS gives no columns, so a finding's column is that of
the element's start tag where it can be found on its line.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ..decode import NOT_AN_ARTICLE, Unreadable
from ..model import DateStamp, Document, LineIndex, Marker, Reference, Section, Span
from ..packs import PackSettings
from ..parsing.markers import find_markers
from ..parsing.references import _ARTICLE_NO
from ._tree import numbered as is_numbered
from ._tree import text_without
from .._rxcache import compile as rx_compile

_ENTITY_DECL_RE = rx_compile(rb"<!ENTITY", re.IGNORECASE)
_ROOT_RE = rx_compile(rb"<(?!\?|!)[A-Za-z_]")
_SEPARATOR_RE = rx_compile(r"^[\s,;\u2009\u00a0]*$")
_DASH_RE = rx_compile(r"^\s*[-\u2010-\u2015\u2212]\s*$")
_DIGITS_RE = rx_compile(r"\d+")
_LABEL_RANGE_RE = rx_compile(r"\s*(\d{1,4})\s*[-\u2013]\s*(\d{1,4})\s*$")
_WRAPPERS = frozenset(("italic", "bold", "sup", "sub"))


def _ln(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parser(recover: bool = False, **extra):
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_blank_text=False, recover=recover, **extra,
    )


def parse_xml(data: bytes):
    """The root element, or ``Unreadable`` with the reason (CIT001)."""
    from lxml import etree

    root_at = _ROOT_RE.search(data)
    prolog = data[: root_at.start()] if root_at else data
    if _ENTITY_DECL_RE.search(prolog):
        raise Unreadable(
            "XML declares entities in its DOCTYPE; citelint does not expand entities "
            "(a defence against entity-expansion and external-entity attacks)"
        )
    try:
        try:
            root = etree.fromstring(data, _parser())
        except etree.XMLSyntaxError as exc:
            if "xml:id" not in str(exc):
                raise
            # an xml:id that is no NCName (xml:id="0") breaks the xml:id spec, not well-formedness
            root = etree.fromstring(data, _parser(collect_ids=False))
    except etree.XMLSyntaxError as exc:
        line = getattr(exc, "lineno", None)
        where = f" (line {line})" if line else ""
        raise Unreadable(f"not well-formed XML{where}: {exc.msg if hasattr(exc, 'msg') else exc}") from None
    for el in root.iter(etree.Entity):  # C-level filter: only unexpanded entity references
        if isinstance(el, etree._Entity):
            raise Unreadable(
                f"uses the entity {el.text}, defined only in a DTD; citelint does not load DTDs"
            )
    return root


def _text(el) -> str:
    """Text of an element, with a space where two tagged pieces would run together."""
    if len(el) == 0:  # a leaf (most field tags): its own text
        t = el.text
        return " ".join(t.split()) if t else ""
    out = ""
    for piece in el.itertext():
        if out and piece and out[-1].isalnum() and piece[0].isalnum():
            out += " "
        out += piece
    return " ".join(out.split())


class _Locator:
    """Line spans, and where possible the column of a start tag, in the decoded text."""

    def __init__(self, text: str, index: LineIndex) -> None:
        self.text = text
        self.index = index
        self._cursor: dict = {}

    def line_span(self, el) -> Span:
        line = max(1, min(getattr(el, "sourceline", None) or 1, self.index.line_count))
        start = self.index.line_start(line)
        end = self.text.find("\n", start)
        return Span(start, len(self.text) if end == -1 else end)

    def text_span(self, el, needle: str) -> Span:
        """Where ``needle`` (text read from the element) stands in the file: the next
        occurrence from the element's line on, else the line's start."""
        line = self.line_span(el)
        key = (line.start, "text:" + needle)
        i = self.text.find(needle, self._cursor.get(key, line.start), line.start + 200_000)
        if i == -1:
            return Span(line.start, line.start)
        self._cursor[key] = i + len(needle)
        return Span(i, i + len(needle))

    def tag_span(self, el, tag: str, attr: Optional[str] = None) -> Span:
        """The start tag ``<tag`` on the element's line (the next one not yet used)."""
        line = self.line_span(el)
        key = (line.start, tag)
        pos = self._cursor.get(key, line.start)
        while True:
            i = self.text.find(f"<{tag}", pos, line.end)
            if i == -1:
                return Span(line.start, line.start)
            close = self.text.find(">", i, line.end)
            close = line.end if close == -1 else close + 1
            if attr is None or attr in self.text[i:close]:
                self._cursor[key] = close
                return Span(i, close)
            pos = close


def _subtrees(root, *tags) -> set:
    """Every element inside (and including) the elements of these tags."""
    out: set = set()
    for el in root.iter(*(f"{{*}}{t}" for t in tags)):
        out.update(el.iter())
    return out


def _references(root, loc: _Locator, foreign: set) -> list[Reference]:
    refs = [el for el in root.iter("{*}ref") if el not in foreign]
    out: list[Reference] = []
    for i, ref in enumerate(refs, 1):
        label = next(ref.iterchildren("{*}label"), None)
        label_text = _text(label).strip(".[] ") if label is not None else ""
        number = int(label_text) if label_text.isdigit() else i
        cit = next(ref.iter("{*}mixed-citation", "{*}element-citation", "{*}citation", "{*}nlm-citation"), None)
        raw = _text(cit) if cit is not None else _text(ref)
        fields = _tagged_fields(cit, raw) if cit is not None else None
        span = loc.tag_span(ref, "ref", f'"{ref.get("id")}"' if ref.get("id") else None)
        if span.start == span.end:
            span = loc.line_span(ref)
        out.append(Reference(key=ref.get("id") or str(number), number=number, raw=raw, span=span,
                             text_span=span, fields=fields))
    return out


_FIELD_TAGS = ("year", "volume", "issue", "fpage", "lpage", "source", "article-title", "elocation-id",
               "publisher-name", "publisher-loc")
_FIELD_SET = frozenset(_FIELD_TAGS)


_ELOCATOR_RE = rx_compile(r"e\d{3,}|\d{5,8}")
# Scopus-derived lists (Hindawi) tag the article number inside the volume or issue:
# "<volume>10, article 2</volume>", "<issue>5, article e87</issue>"
_TAGGED_ARTICLE_RE = rx_compile(rf"(.*?)[,;]?\s*\b{_ARTICLE_NO}\s*([A-Za-z]?\d+[A-Za-z]?)\s*$")


def _tagged_fields(cit, raw: str):
    """The citation's fields from its JATS tags; the entry parser reads the text only
    when the tags leave title, source or year untold (a plain mixed-citation)."""
    from ..parsing.references import ParsedReference, parse_reference

    found: dict = {}
    names: list = []
    for el in cit.iter():  # one pass; the few tags that matter are picked by name
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if "}" in tag:
            tag = tag.rsplit("}", 1)[1]
        if tag in ("name", "string-name"):
            parent = el.getparent()
            if parent is not None and (parent.get("person-group-type") == "editor" or (
                    "article-title" in found and _ln(parent) == "person-group" and not parent.get("person-group-type"))):
                # (an untyped group after the title names the editors: "<article-title>Mitochondrial
                # Disorders Overview</article-title><person-group><name>… Pagon</name>…<source>GeneReviews")
                found["editors"] = True
                continue
            sur = giv = None
            for c in el:
                ct = c.tag if isinstance(c.tag, str) else ""
                if ct.endswith("surname"):
                    sur = _text(c)
                elif ct.endswith("given-names"):
                    giv = _text(c)
            if sur:
                names.append((sur, giv or ""))
        elif tag in _FIELD_SET:
            if tag not in found:
                found[tag] = _text(el)
        elif tag == "collab":
            if not names:
                names.append((_text(el), ""))
        elif tag == "pub-id":
            kind = el.get("pub-id-type")
            if kind in ("doi", "pmid", "pmcid", "pmc"):
                kind = "pmcid" if kind == "pmc" else kind
                value = _text(el)
                if kind == "pmcid" and value.isdigit():
                    value = "PMC" + value  # JATS often tags the bare number
                found.setdefault(kind, value)
            elif kind == "publisher-id" and _ELOCATOR_RE.fullmatch(_text(el)):
                # PLOS keeps "e37242" as a publisher-id, SPIE and Bioscientifica the article
                # number ("057006", "140092")
                found.setdefault("elocation-id", _text(el))
        elif tag == "etal":
            found["etal"] = True
    from ..parsing.references import Author

    for tag in ("volume", "issue"):
        m = _TAGGED_ARTICLE_RE.match(found.get(tag) or "")
        if m:
            if m.group(1).strip():
                found[tag] = m.group(1).strip()
            else:
                del found[tag]
            found.setdefault("elocation-id", m.group(2))
    if found.get("source") and found.get("year") and (found.get("article-title") or cit.get("publication-type") == "book"):
        parsed = ParsedReference(raw=raw, type="unknown", spans={})
    else:
        parsed = parse_reference(raw)
    changes: dict = {}
    if names:
        changes["authors"] = tuple(Author(f, g.replace(".", "").replace(" ", ""), Span(0, 0)) for f, g in names)
    year = found.get("year")
    if year and _DIGITS_RE.match(year):
        changes["year"] = int(_DIGITS_RE.match(year).group(0))
        changes["year_source"] = "block"
    for src, dst in (("volume", "volume"), ("issue", "issue"), ("source", "journal"), ("article-title", "title"),
                     ("doi", "doi"), ("pmid", "pmid"), ("pmcid", "pmcid"), ("publisher-name", "publisher"),
                     ("publisher-loc", "place")):
        if found.get(src):
            changes[dst] = found[src].rstrip(". ")
    first = found.get("fpage") or found.get("elocation-id")
    if first:
        from ..parsing.references import expand_pages

        changes["first_page"] = first
        if not found.get("volume"):  # "<bold>25</bold>:<fpage>769</fpage>": a volume printed but not tagged
            vm = re.search(rf"(?<![\d.])(\d{{1,5}}[A-Za-z]?)\s*(?:\([^()]{{1,20}}\))?\s*:\s*(?:pp?\.?\s*)?"
                           rf"{re.escape(first.strip())}(?!\d)", raw)
            if vm and not (1800 <= int(re.match(r"\d+", vm.group(1)).group(0)) <= 2099 and len(vm.group(1)) == 4):
                changes["volume"] = vm.group(1)
        last = (found.get("lpage") or "").strip(" .,;")
        f0 = first.strip(" .,;")
        if last and len(last) < len(f0) and (f0[:1].isalpha() and len(f0) >= 6 and last.isdigit() and len(last) == 2
                                             or f0[:1] == "0" and len(f0) >= 5):
            # an article number split by the tagger: mBio's "e01163-15" (number and year), a
            # page within an article "034004-1" (J Biomed Opt): no page range
            last = ""
        changes["last_page"] = expand_pages(f0, last) if last else None
    if found.get("etal"):
        changes["etal"] = True
    ptype = cit.get("publication-type") or cit.get("citation-type")
    text_read = None
    if not (changes.get("volume") and changes.get("first_page")) and not (cit.tag or "").endswith("element-citation"):
        # a mixed-citation prints what its tags leave out ("<volume>18</volume>, ARTN GB4028",
        # "<source>PLoS ONE 5:e13302.</source>", "<comment>2 Suppl 1: S13-S19</comment>"):
        # the entry parser's reading of the printed text fills the gaps
        # (only a reading that got to the end of the entry: "50,185 Sexual Contacts" in a title is
        # not a volume and page)
        text_read = parsed if parsed.spans else parse_reference(raw)
        tv, fp, lp = text_read.volume or "", (found.get("fpage") or "").strip(), (found.get("lpage") or "").strip()
        if fp and lp and text_read.first_page and not found.get("volume") and tv.replace("\u2013", "-") == f"{fp}-{lp}":
            # a double volume tagged as the pages: "<fpage>82</fpage>–<lpage>83</lpage>, 969–974" (Toxicol. Lett.
            # 82–83): the printed reading is the volume and the pages
            changes["volume"], changes["first_page"], changes["last_page"] = tv, text_read.first_page, text_read.last_page
        for f in ("volume", "issue", "supplement", "first_page", "last_page") if not text_read.rest else ():
            value = getattr(text_read, f)
            if changes.get(f) or not value:
                continue
            if f == "volume" and (value.split("\u2013")[0].split("-")[0] == changes.get("first_page")
                                  or not (changes.get("first_page") or text_read.first_page)):
                continue  # "2013;<fpage>5</fpage>": the tagged page is no volume too; a lone number is neither
            changes[f] = value
    if ptype in ("journal", None) and not found.get("volume") and text_read is not None and text_read.type in (
            "chapter", "book", "report") and not text_read.rest:
        ptype = None  # tagged a journal, printed a chapter ("In: <source>Advances in …</source>. pp. 1601–1608")
        changes["type"] = text_read.type
    if ptype in ("journal", None) and found.get("editors") and not found.get("volume") and (
            found.get("publisher-loc") or found.get("publisher-name")):
        ptype = "book"  # tagged a journal, but edited and published: a chapter ("GeneReviews", Seattle)
    if raw and "ahead of print" in raw.lower():  # "Clin Ther 2012 Apr 16. [Epub ahead of print]." (untagged)
        changes["epub_ahead"] = True
    if ptype == "book":
        changes["type"] = "chapter" if found.get("article-title") and found.get("source") else "book"
    elif ptype in ("journal", "periodical") or (ptype in (None, "other") and found.get("source") and found.get("volume")):
        changes["type"] = "journal"
    elif ptype in ("web", "webpage", "website"):
        changes["type"] = "webpage"
    elif ptype in ("confproc", "conf-proc", "conference"):
        changes["type"] = "abstract"
    elif ptype in ("report", "thesis", "patent", "data", "software", "other") and parsed.type == "journal":
        changes["type"] = "unknown" if ptype == "other" else "report"
    changes["rest"] = ""  # tagged fields are read to the end by construction
    return parsed._replace(**changes)


_LONGEST_RANGE = 500  # (a range over more references than this is not expanded: no list has one, and a
                      # hostile file of "1–9999" callouts would otherwise cost millions of keys)


class _Order:
    """The list's keys in order, with their numbers and positions, built once per document."""

    def __init__(self, references) -> None:
        self.keys = [r.key for r in references]
        self.number_of = {r.key: r.number for r in references}
        self.position = {k: i for i, k in enumerate(self.keys)}
        self.key_of = {n: k for k, n in self.number_of.items()}


def _marker_groups(p, order: _Order):
    """Groups of bibr xrefs in one paragraph: consecutive callouts joined by separators,
    a dash between two of them citing the numbers in between."""
    groups: list = []
    cur: Optional[dict] = None
    gap = ""
    number_of = order.number_of
    for node in p.iter("{*}xref", "{*}sup", "{*}sub", "{*}italic", "{*}bold", "{*}ext-link", "{*}inline-formula"):
        name = _ln(node)
        if name == "xref" and node.get("ref-type") == "bibr":
            rids = (node.get("rid") or "").split()
            if cur is not None and (_SEPARATOR_RE.match(gap) or _DASH_RE.match(gap)):
                if _DASH_RE.match(gap) and cur["last"] in number_of and rids and rids[0] in number_of:
                    lo, hi = number_of[cur["last"]], number_of[rids[0]]
                    if lo < hi <= lo + _LONGEST_RANGE:
                        a, b = order.position[cur["last"]], order.position[rids[0]]
                        cur["ids"].extend(order.keys[a + 1:b])
                cur["ids"].extend(rids)
                cur["nodes"].append(node)
            else:
                cur = {"ids": list(rids), "nodes": [node], "text": []}
                groups.append(cur)
            cur["last"] = rids[-1] if rids else None
            label = _text(node)
            cur["text"].append(label)
            gap = node.tail or ""
            if _DASH_RE.match(label):
                gap = label + gap  # "<xref rid="B5">5</xref><xref rid="B6">–</xref><xref rid="B8">8</xref>"
            elif "\u2013" in label or "-" in label:
                rng = _LABEL_RANGE_RE.match(label)  # one callout printed "1–3", linked to the first only
                lo, hi = (int(rng.group(1)), int(rng.group(2))) if rng else (0, 0)
                if rng and len(rids) == 1 and number_of.get(rids[0]) == lo and lo < hi <= lo + _LONGEST_RANGE:
                    key_of = order.key_of
                    cur["ids"].extend(key_of[n] for n in range(lo + 1, hi + 1) if n in key_of)
            parent = node.getparent()
            if parent is not p and parent is not None and node.getnext() is None and _ln(parent) in _WRAPPERS:
                gap += parent.tail or ""  # "<italic><xref>1</xref></italic>. Prose": the wrapper's tail follows
        elif node is not p and name:
            parent = node.getparent()
            if parent is not None and _ln(parent) == "xref":
                continue  # the callout's own markup: "<xref><italic>1</italic></xref>"
            # other inline markup between callouts ends a group unless it is only punctuation
            if cur is not None and name not in ("sup", "sub"):
                if not (_SEPARATOR_RE.match(gap) or _DASH_RE.match(gap)):
                    cur = None  # prose before it: "[25]. However, … <italic>in vivo</italic>, [21]"
                elif not _SEPARATOR_RE.match((node.text or "") + (node.tail or "")) and name not in ("italic", "bold"):
                    cur = None
            if len(node):
                gap += node.text or ""  # its callouts come next (and its tail after them)
            else:
                gap += (node.text or "") + (node.tail or "")  # punctuation set in markup: "<italic>–</italic>"
    return groups


def _group_marker(g: dict, number_of: dict, span: Span, in_float: bool) -> Marker:
    """The marker of one callout group. No items: the printed form of a group is the
    publisher's rendering, not the author's, so house-form rules (CIT104) have nothing to judge."""
    ids = tuple(dict.fromkeys(g["ids"]))
    keys = tuple(sorted({number_of[i] for i in ids if i in number_of}))
    return Marker(raw="[" + ",".join(g["text"]) + "]", span=span, keys=keys, items=(), ids=ids, in_float=in_float)


def _commented_tables(root, foreign: set):
    """(comment, cells) for each table kept as markup in a comment inside a table-wrap."""
    from lxml import etree

    out = []
    for wrap in root.iter("{*}table-wrap"):
        if wrap in foreign:
            continue
        for comment in wrap.iter(etree.Comment):
            body = (comment.text or "").strip()
            if not body.startswith("<table") or "bibr" not in body:
                continue
            try:  # undefined entities (&lsqb;) are dropped; nothing is fetched or expanded
                frag = etree.fromstring(("<w>" + body + "</w>").encode("utf-8"), _parser(recover=True))
            except etree.XMLSyntaxError:
                continue
            if frag is not None:
                out.append((comment, list(frag.iter("td", "th"))))
    return out


def read_jats(path: str, text: str, data: bytes, packs: PackSettings, *, encoding: str = "utf-8") -> Document:
    root = parse_xml(data)
    articles = [root] if _ln(root) == "article" else [el for el in root if _ln(el) == "article"]
    if not articles:
        raise Unreadable(f"{NOT_AN_ARTICLE}: the root element is <{_ln(root) or root.tag}>")
    root = articles[0]
    index = LineIndex(text)
    loc = _Locator(text, index)
    foreign = _subtrees(root, "sub-article", "response")
    references = _references(root, loc, foreign)
    ordered = _Order(references)
    number_of = ordered.number_of

    paras = []
    skip = foreign | _subtrees(root, "ref-list")
    # abstracts too (an eLife digest cites its sources): their callouts count as citations but,
    # like a float's, say nothing of the order of first citation
    abstracts = [el for el in root.iter("{*}abstract", "{*}trans-abstract") if el not in foreign]
    containers = abstracts + [el for el in root if _ln(el) in ("body", "back", "floats-group")]
    for container in containers:
        inner: set = set()  # paragraphs inside a paragraph or cell are read with it
        for p in container.iter("{*}p", "{*}td", "{*}th", "{*}title"):
            if p in skip or p in inner:
                continue
            if _ln(p) == "title" and _ln(p.getparent()) != "caption":
                continue
            paras.append(p)
            inner.update(p.iterdescendants("{*}p", "{*}td", "{*}th", "{*}title"))

    markers: list[Marker] = []
    texts: list = []
    xref_texts: list[str] = []
    floats = _subtrees(root, "fig", "fig-group", "table-wrap", "table-wrap-group", "supplementary-material",
                       "abstract", "trans-abstract")
    for p in paras:
        in_float = p in floats
        for g in _marker_groups(p, ordered):
            first = g["nodes"][0]
            span = loc.tag_span(first, "xref", f'"{first.get("rid")}"' if first.get("rid") else None)
            markers.append(_group_marker(g, number_of, span, in_float))
            xref_texts.extend(g["text"])
        # literal bracket citations typed into the text (no xref), and malformed attempts
        plain = text_without(p, _is_xref)
        if "[" in plain:
            texts.append((p, plain, in_float))
    # PLOS (2004-2008) printed some tables as images and kept their markup in a comment:
    # "<graphic …/><!-- <table …>…<xref ref-type="bibr" rid="b066">66</xref>…</table> -->"
    for comment, cells in _commented_tables(root, foreign):
        for cell in cells:
            for g in _marker_groups(cell, ordered):
                span = loc.text_span(comment, f'rid="{g["nodes"][0].get("rid")}"')
                markers.append(_group_marker(g, number_of, span, True))
    for p, plain, in_float in texts:
        for m in find_markers(plain, [Span(0, len(plain))], packs.marker_style,
                              valid=[r.number for r in references] if references else None):
            markers.append(m._replace(span=loc.text_span(p, m.raw), in_float=in_float))
    markers.sort(key=lambda m: m.span.start)

    numbered = is_numbered(xref_texts)
    dates = _dates(root, loc)
    body = next((el for el in root if _ln(el) == "body"), None)
    sections = []
    if body is not None:
        b0, b1 = loc.line_span(body), loc.line_span(body[-1] if len(body) else body)
        sections.append(Section("body", Span(b0.start, b1.end)))
    reference_list = None
    ref_list = next((el for el in root.iter("{*}ref-list") if el not in foreign), None)
    if ref_list is not None and references:
        reference_list = Span(loc.line_span(ref_list).start, references[-1].span.end)
        sections.append(Section("references", reference_list))
    return Document(
        path=path, format="jats", text=text, line_index=index, markers=tuple(markers),
        references=tuple(references), dates=tuple(dates), sections=tuple(sections),
        truncation=None, reference_list=reference_list, numbered=numbered, encoding=encoding,
        packs=packs.names, metadata=_metadata(root),
    )


def _metadata(root) -> tuple:
    out: dict = {}
    meta = next(root.iter("{*}article-meta"), None)
    if meta is None:
        return ()
    for el in meta.iterchildren("{*}article-id"):
        kind = el.get("pub-id-type")
        if kind in ("doi", "pmid", "pmcid", "pmc") and el.text:
            out.setdefault("pmcid" if kind == "pmc" else kind, el.text.strip())
    title = next(meta.iter("{*}article-title"), None)
    if title is not None:
        out["title"] = _text(title)
    journal = next(root.iter("{*}journal-title"), None)
    if journal is not None:
        out["journal"] = _text(journal)
    return tuple(sorted(out.items()))


def _is_xref(el) -> bool:
    """A callout: left out of a paragraph's text, so "[<xref>1</xref>]" is not read twice."""
    return _ln(el) == "xref"


_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def _date_of(el) -> Optional[tuple[dt.date, str]]:
    def part(name):
        c = next((c for c in el if _ln(c) == name), None)
        return _text(c) if c is not None else None

    y, m, d = part("year"), part("month"), part("day")
    if not y or not y[:4].isdigit():
        return None
    try:
        month = int(m) if m and m.isdigit() else _MONTHS.get((m or "")[:3].lower())
        if month and d and d.isdigit():
            return dt.date(int(y[:4]), month, int(d)), "day"
        if month:
            return dt.date(int(y[:4]), month, 1), "month"
        return dt.date(int(y[:4]), 1, 1), "year"
    except ValueError:
        return None


def _dates(root, loc: _Locator) -> list[DateStamp]:
    out: list[DateStamp] = []
    meta = next(root.iter("{*}article-meta"), None)
    if meta is None:
        return out
    for el in meta.iter("{*}pub-date", "{*}date"):
        name = _ln(el)
        if name == "pub-date":
            kind, label = "published", f"pub-date {el.get('pub-type') or el.get('date-type') or ''}".strip()
        elif name == "date" and _ln(el.getparent()) == "history" and el.get("date-type") in ("received", "accepted"):
            kind, label = el.get("date-type"), f"history {el.get('date-type')}"
        else:
            continue
        parsed = _date_of(el)
        if parsed is None:
            continue
        span = loc.tag_span(el, name)
        out.append(DateStamp(kind=kind, value=parsed[0], precision=parsed[1], span=span, label=label,
                             raw=loc.text[span.start:span.end]))
    return out
