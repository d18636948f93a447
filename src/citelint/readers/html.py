"""HTML article pages: the reference list from ``<ol>``/``<li>`` (or the items of a
container whose id or class names references, or the list under a References
heading); markers from in-page links to those items (``<a href="#B1">``), from
literal ``[n]`` text and from numeric superscripts; ``citation_*`` meta tags as
document dates. Script, style and navigation are ignored. Lines point at the
element in the file.
"""

from __future__ import annotations

import re
from typing import Optional

from ..decode import Unreadable
from ..model import DateStamp, Document, LineIndex, Marker, Reference, Section, Span
from ..packs import PackSettings
from ..parsing.markers import find_markers
from ._tree import numbered as is_numbered
from ._tree import text_without
from .jats import _Locator
from .._rxcache import compile as rx_compile

_REF_CONTAINER_RE = rx_compile(
    r"(?:^|[\s_-])(?:ref(?:erence)?s?(?:[-_]?list)?|bibliograph\w*|citation[-_]?list|literature[-_]?cited|back[-_]?refs?)(?:$|[\s_-])",
    re.IGNORECASE,
)
_XML_DECL_RE = rx_compile(r"\A\s*<\?xml[^>]*\?>")
_ITEM_CLASS_RE = rx_compile(r"(?:^|\s)(?:ref|reference|citation|bib-?entry|bibr?)(?:\s|$)", re.I)
_HEADING_RE = rx_compile(r"^\s*(?:\d+\.?\s*)?(?:references?|bibliography|literature cited|works cited|cited literature)\s*:?\s*$", re.I)
_LABEL_RE = rx_compile(r"^\s*\[?(\d{1,4})[.)\]]?\s+")
_YEAR_RE = rx_compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
_SEPARATOR_RE = rx_compile(r"^[\s,;\u2009\u00a0\[\]()]*$")
_DASH_RE = rx_compile(r"^[\s\[\]()]*[-\u2010-\u2015\u2212][\s\[\]()]*$")
_SUP_NUMBERS_RE = rx_compile(r"^\s*\d{1,3}(?:\s*[,\u2013\u2014-]\s*\d{1,3})*\s*$")
_IGNORED = ("script", "style", "noscript", "nav", "template", "svg", "button", "select", "form")
_DATE_META = ("citation_publication_date", "citation_date", "citation_online_date", "dc.date", "prism.publicationdate")


def _parse(text: str):
    from lxml import etree, html

    try:
        # the text citelint decoded (UTF-8, else cp1252/latin-1): lxml would guess latin-1
        # for a page without a charset declaration and garble every accent
        parser = html.HTMLParser(recover=True, no_network=True, remove_comments=True, huge_tree=False)
        decl = _XML_DECL_RE.match(text)
        if decl:  # XHTML: lxml refuses a declared encoding on text it did not decode itself
            text = " " * decl.end() + text[decl.end():]
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise Unreadable(f"not readable as HTML: {exc}") from None
    if root is None or root.find("body") is None:
        raise Unreadable("not readable as HTML: no <body>")
    return root


_BLOCKS = frozenset(("li", "p", "div", "dd", "dt", "td", "br"))


def _entry_skip(skip: set):
    """Inside a reference item, also leave out a publisher's author-year label (ScienceDirect's
    ``referenceLabel``: "Verheyen et al., 2003" is how the text cites it, not part of it) and a
    back-link arrow (HighWire's ``rev-xref-ref`` "↵")."""
    def leave_out(el) -> bool:
        cls = el.get("class") or ""
        return el in skip or "referenceLabel" in cls or "rev-xref-ref" in cls
    return leave_out


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _ignored(root) -> set:
    out: set = set()
    for el in root.iter(*_IGNORED):
        out.update(el.iter())
    return out


def _item_id(item) -> Optional[str]:
    if item.get("id"):
        return item.get("id")
    for el in item.iter():
        if el.get("id") or (el.tag == "a" and el.get("name")):
            return el.get("id") or el.get("name")
    return None


def _containers(root, skip: set) -> list:
    """Candidate reference containers, best first: by id/class, or after a References heading."""
    cands = []
    for el in root.iter("ol", "ul", "div", "section", "table", "dl"):
        if el in skip:
            continue
        label = f"{el.get('id') or ''} {el.get('class') or ''}"
        if _REF_CONTAINER_RE.search(label):
            cands.append(el)
    # lists whose items, not the container, say what they are: <ul><li class="ref">
    parents: dict = {}
    for el in root.iter("li", "div", "p"):
        if el not in skip and _ITEM_CLASS_RE.search(el.get("class") or ""):
            parents.setdefault(el.getparent(), 0)
            parents[el.getparent()] += 1
    cands.extend(p for p, n in parents.items() if p is not None and n >= 2)
    for h in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"):
        if h in skip or not _HEADING_RE.match(_text(h)):
            continue
        nxt = h.getnext()
        hops = 0
        while nxt is not None and hops < 3 and nxt.tag not in ("ol", "ul", "div", "section", "table", "dl"):
            nxt, hops = nxt.getnext(), hops + 1
        if nxt is not None:
            cands.append(nxt)
    return cands


def _items(container) -> list:
    lis = [li for li in container.iter("li") if not any(a.tag == "li" for a in li.iterancestors() if a is not container)]
    if len(lis) >= 1:
        return lis
    kids = [c for c in container if isinstance(c.tag, str) and _text(c)]
    if len(kids) == 1 and len(kids[0]) > 1:
        kids = [c for c in kids[0] if isinstance(c.tag, str) and _text(c)]
    return kids


def _reference_list(root, skip: set):
    best = None
    best_score = 0
    for c in _containers(root, skip):
        items = _items(c)
        texts = [_text(i) for i in items]
        with_year = sum(1 for t in texts if _YEAR_RE.search(t))
        if with_year < 1 or with_year * 2 < len(items):
            continue
        if with_year > best_score:
            best, best_score = (c, items), with_year
    return best


# (figures, tables and supplementary files: BMC prints "Additional file 2: Figure S2 … PAUP* [72]"
# in <div class="figs"><div class="addfile">)
_FLOAT_CLASS_RE = rx_compile(
    r"(?:^|[\s_-])(?:figs?|figures?|tables?|table-wrap|tbl|addfile|supplementary(?:-material)?|suppl)(?:$|[\s_-])",
    re.IGNORECASE)


def _in_float(p, body) -> bool:
    """A paragraph in a figure or table (its caption or cells): printed apart from the text."""
    if p.tag in ("figcaption", "caption", "td", "th"):
        return True
    for a in p.iterancestors():
        if a is body:
            return False
        if a.tag in ("figure", "table") or _FLOAT_CLASS_RE.search(a.get("class") or ""):
            return True
    return False


_PARA_TAGS = ("p", "li", "td", "th", "dd")
_BLOCK_TAGS = frozenset(("p", "li", "ul", "ol", "table", "div", "section", "article", "h1", "h2", "h3", "h4", "h5",
                         "h6", "blockquote", "figure", "dl", "pre"))


def _div_paragraph(div) -> bool:
    """A ``div`` used as a paragraph (Springer's ``<div class="Para">``): text of its own.
    Blocks inside it (a table Springer sets inside the paragraph) are read on their own."""
    return bool((div.text or "").strip()) or any((c.tail or "").strip() for c in div)


_BLOCKISH = _BLOCK_TAGS | set(_PARA_TAGS) | {"figcaption", "caption"}  # (what ends a paragraph's own text)


def _own_block(node, para) -> bool:
    """Whether ``node``'s nearest block is ``para`` (not a block nested in it)."""
    for a in node.iterancestors():
        if a is para:
            return True
        if a.tag in _BLOCKISH:
            return False
    return False


def _nested_block_or_callout(el) -> bool:
    return el.tag in _BLOCKISH or _is_callout_or_code(el)


# a table printed on a page of its own: Hindawi "tab3/", BMC ".../content/16/1/11/table/T1", Springer ".../tables/2"
_TABLE_PAGE_RE = rx_compile(r"(?:^|/)(?:tab\d+|tables?/T?\d+)/?$", re.IGNORECASE)


def _tables_elsewhere(body, skip: set, loc) -> tuple:
    """The tables the page links to pages of their own: ("Table 1", the line of the first link), in order.
    A table the page also prints (an element with its id, "T1" or "tab1", holding a <table>) is not one."""
    out: dict = {}
    inline = None
    for a in body.iter("a"):
        href = (a.get("href") or "").split("?")[0].split("#")[0]
        if a in skip or not href or not _TABLE_PAGE_RE.search(href):
            continue
        number = href.rstrip("/").rsplit("/", 1)[-1].lstrip("tabTAB")
        if not number.isdigit() or f"Table {int(number)}" in out:
            continue
        n = int(number)
        if inline is None:
            inline = {el.get("id").lower(): el for el in body.iter() if isinstance(el.tag, str) and el.get("id")}
        if any(ident in inline and (inline[ident].tag == "table" or next(inline[ident].iter("table"), None) is not None)
               for ident in (f"t{n}", f"tab{n}", f"table{n}", f"tbl{n}")):
            continue
        line = loc.line_span(a)
        i = loc.text.find(a.get("href"), line.start)  # (pages are often one long line)
        at = i if i != -1 else line.start
        out[f"Table {n}"] = Span(at, at)
    return tuple(out.items())


def read_html(path: str, text: str, data: bytes, packs: PackSettings, *, encoding: str = "utf-8") -> Document:
    root = _parse(text)
    index = LineIndex(text)
    loc = _Locator(text, index)
    skip = _ignored(root)
    found = _reference_list(root, skip)
    references: list[Reference] = []
    in_list: set = set()
    owner: dict = {}  # element id -> reference key (an item's own id and the ids inside it)
    container = None
    if found is not None:
        container, items = found
        in_list.update(container.iter())
        for i, item in enumerate(items, 1):
            raw = " ".join(text_without(item, _entry_skip(skip), _BLOCKS).split())
            m = _LABEL_RE.match(raw)
            number = int(m.group(1)) if m else i
            if m:
                raw = raw[m.end():]
            key = _item_id(item) or str(number)
            for el in item.iter():
                for ident in (el.get("id"), el.get("name") if el.tag == "a" else None):
                    if ident:
                        owner[ident] = key
            owner.setdefault(key, key)
            span = loc.tag_span(item, item.tag, f'"{item.get("id")}"' if item.get("id") else None)
            if span.start == span.end:
                span = loc.line_span(item)
            references.append(Reference(key=key, number=number, raw=raw, span=span, text_span=span))
    number_of = {r.key: r.number for r in references}
    order = [r.key for r in references]
    position = {k: i for i, k in enumerate(order)}

    markers: list = []
    sup_markers: list = []  # bare numeric superscripts: citations only on pages without linked callouts
    link_texts: list[str] = []
    body = root.find("body")
    paras = [p for p in body.iter("p", "li", "td", "th", "dd", "figcaption", "caption", "div")
             if p not in skip and p not in in_list and (p.tag != "div" or _div_paragraph(p))
             and not any(a.tag in _PARA_TAGS for a in p.iterancestors() if a is not body)]
    for p in paras:
        cur = None
        gap = ""
        in_float = _in_float(p, body)
        div = p.tag == "div"
        for node in p.iter("a", "sup"):
            if node in skip or div and not _own_block(node, p):
                continue
            href = node.get("href") or ""
            target = node.get("data-jats-rid") or node.get("data-rid") or (href[1:] if href.startswith("#") else None)
            key = owner.get(target) if target else None
            if node.tag == "a" and key is not None:
                if cur is not None and (_SEPARATOR_RE.match(gap) or _DASH_RE.match(gap)):
                    if _DASH_RE.match(gap) and cur["keys"] and cur["keys"][-1] in position and key in position:
                        lo, hi = position[cur["keys"][-1]], position[key]
                        if hi - lo <= 500:  # (a longer range is no citation: not expanded, as in JATS)
                            cur["keys"].extend(order[lo + 1:hi])
                    cur["keys"].append(key)
                else:
                    cur = {"keys": [key], "node": node, "texts": [], "target": target, "float": in_float}
                    markers.append(cur)  # finalised below
                cur["texts"].append(_text(node))
                link_texts.append(_text(node))
                gap = node.tail or ""
            elif node.tag == "a" and not href and not (node.text or "").strip() and len(node) == 0:
                # a bare anchor between callouts (BMC: `[<a href="#B4">4</a>]-<a name="d7e247"></a>[<a
                # href="#B10">10</a>]`): a back-link target, part of the gap, not the end of the group
                gap += node.tail or ""
            elif node.tag == "sup" and node.find(".//a") is None and _SUP_NUMBERS_RE.match(_text(node)) and references:
                content = _text(node).replace("\u2013", "-").replace("\u2014", "-")
                for mk in find_markers(f"[{content}]", [Span(0, len(content) + 2)], packs.marker_style):
                    sup_markers.append({"marker": mk._replace(span=loc.tag_span(node, "sup"), in_float=in_float)})
                cur = None
            else:
                cur = None
                gap = node.tail or ""
        plain = text_without(p, _nested_block_or_callout if div else _is_callout_or_code)
        if "[" in plain and references:
            for mk in find_markers(plain, [Span(0, len(plain))], packs.marker_style, valid=[r.number for r in references]):
                markers.append({"marker": mk._replace(span=loc.text_span(p, mk.raw), in_float=in_float)})
    if not link_texts:
        markers.extend(sup_markers)  # (on a page with links, "Tyr<sup>33</sup>" is no citation)
    out: list[Marker] = []
    for g in markers:
        if "marker" in g:
            out.append(g["marker"])
            continue
        keys = tuple(dict.fromkeys(g["keys"]))
        nums = tuple(sorted({number_of[k] for k in keys if k in number_of}))
        span = loc.tag_span(g["node"], "a", g["target"])
        out.append(Marker(raw="[" + ",".join(g["texts"]) + "]", span=span, keys=nums, items=(), ids=keys,
                          in_float=g["float"]))
    out.sort(key=lambda m: m.span.start)

    sections = []
    reference_list = None
    if container is not None and references:
        reference_list = Span(loc.line_span(container).start, references[-1].span.end)
        sections.append(Section("references", reference_list))
    return Document(
        path=path, format="html", text=text, line_index=index, markers=tuple(out),
        references=tuple(references), dates=tuple(_meta_dates(root, loc)), sections=tuple(sections),
        truncation=None, reference_list=reference_list, numbered=is_numbered(link_texts), encoding=encoding,
        packs=packs.names, metadata=_metadata(root), elsewhere=_tables_elsewhere(body, skip, loc),
    )


_META_NAMES = {"citation_doi": "doi", "dc.identifier": "doi", "prism.doi": "doi", "citation_title": "title",
               "citation_journal_title": "journal", "citation_pmid": "pmid", "citation_publisher": "publisher"}


def _metadata(root) -> tuple:
    out: dict = {}
    for meta in root.iter("meta"):
        key = _META_NAMES.get((meta.get("name") or meta.get("property") or "").lower())
        value = (meta.get("content") or "").strip()
        if key and value and key not in out:
            if key == "doi":
                value = re.sub(r"^(?:doi:|https?://(?:dx\.)?doi\.org/)", "", value, flags=re.I)
                if not value.startswith("10."):
                    continue
            out[key] = value
    return tuple(sorted(out.items()))


def _is_callout_or_code(el) -> bool:
    return el.tag in ("a", "sup", "script", "style")


def _meta_dates(root, loc) -> list[DateStamp]:
    from ..parsing.dates import DATE_VALUE, parse_date_match

    value_re = rx_compile(DATE_VALUE, re.IGNORECASE)
    out: list[DateStamp] = []
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        if name not in _DATE_META:
            continue
        content = (meta.get("content") or "").strip().replace("/", "-")
        m = value_re.match(content)
        parsed = parse_date_match(m) if m else None
        if parsed is None:
            continue
        span = loc.tag_span(meta, "meta", name)
        out.append(DateStamp(kind="published", value=parsed[0], precision=parsed[1], span=span,
                             label=f"<meta name=\"{name}\">", raw=content))
        break
    return out
