"""Render a JATS article as a plain-text reprint, with the truth about it.

The body keeps its citations as numbered ``[n]`` markers (each group of
``<xref ref-type="bibr">`` callouts, with its brackets, parentheses or
superscript, becomes one group in house form), and the reference list is
numbered in ``<ref-list>`` order from the citation strings. ``render`` also
returns what a correct reader must find: each marker's cited numbers in order,
and the entry numbers. Shapes vary (heading or not, ``1.``/``1)``/``[1]``
labels, indentation, wrapped entries) so the reader is tested on each.

Used by tests/test_reader_rendered.py and benchmarks/reader_corpus.py.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field

from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True)
_TOKEN = "\x00{}\x00"
_TOKEN_RE = re.compile(r"\x00(\d+)\x00")
# a group: tokens joined by separators, optionally wrapped in brackets or parentheses
_GROUP_RE = re.compile(
    r"(?P<open>[\[(]\s*)?(?P<body>\x00\d+\x00(?:\s*(?:[,;]|[-\u2013\u2014]|,?\s*and)\s*\x00\d+\x00)*)(?P<close>\s*[\])])?"
)


@dataclass
class Rendered:
    text: str
    markers: list = field(default_factory=list)  # list[tuple[int, ...]] in order
    entries: list = field(default_factory=list)  # entry numbers in order
    n_refs: int = 0


def _localname(el) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _norm(s: str) -> str:
    return " ".join(s.split())


def _element_citation_text(ec) -> str:
    names = []
    for pg in ec.iter():
        if _localname(pg) in ("name", "string-name"):
            sur = "".join(x.text or "" for x in pg if _localname(x) == "surname")
            giv = "".join(x.text or "" for x in pg if _localname(x) == "given-names")
            names.append(_norm(f"{sur} {giv}"))
        elif _localname(pg) == "collab":
            names.append(_norm("".join(pg.itertext())))
    parts = []
    if names:
        parts.append(", ".join(names) + ".")

    def first(tag):
        for x in ec.iter():
            if _localname(x) == tag:
                return _norm("".join(x.itertext()))
        return ""

    for tag in ("article-title", "chapter-title", "data-title"):
        t = first(tag)
        if t:
            parts.append(t.rstrip(".") + ".")
            break
    src = first("source")
    year = first("year")
    vol = first("volume")
    fp = first("fpage") or first("elocation-id")
    lp = first("lpage")
    tail = " ".join(x for x in (src, year) if x)
    if vol:
        tail += f";{vol}"
    if fp:
        tail += f":{fp}" + (f"-{lp}" if lp else "")
    if tail:
        parts.append(tail + ".")
    return " ".join(parts)


def _join(el) -> str:
    """itertext, with a space where two tagged pieces would otherwise run together."""
    out = ""
    for piece in el.itertext():
        if out and piece and out[-1].isalnum() and piece[0].isalnum():
            out += " "
        out += piece
    return _norm(out)


def _ref_text(ref) -> str:
    for child in ref.iter():
        if _localname(child) in ("mixed-citation", "citation", "nlm-citation"):
            if _localname(child) == "mixed-citation" or any(isinstance(t, str) and t.strip(" .,;:") for t in [child.text]):
                return _join(child)
    for child in ref.iter():
        if _localname(child) in ("element-citation", "nlm-citation", "citation"):
            return _element_citation_text(child)
    return _norm("".join(ref.itertext()))


def _para_text(p, number_of, tokens) -> str:
    """Text of a paragraph with each bibr xref replaced by a token."""
    out: list[str] = []

    def walk(el):
        name = _localname(el)
        if name == "xref" and el.get("ref-type") == "bibr":
            nums = [number_of[r] for r in (el.get("rid") or "").split() if r in number_of]
            label = "".join(el.itertext()).strip()
            if label in ("-", "\u2013", "\u2014"):  # a range's dash set as a link ("5<xref>–</xref>8"): printed
                out.append(label)
                if el.tail:
                    out.append(el.tail)
                return
            rng = re.fullmatch(r"(\d+)\s*[-\u2013]\s*(\d+)", label)
            if rng and len(nums) == 1 and nums[0] == int(rng.group(1)):
                nums = list(range(int(rng.group(1)), int(rng.group(2)) + 1))  # "[1–3]" linked to 1 only
            if nums:
                tokens.append(nums)
                out.append(_TOKEN.format(len(tokens) - 1))
            else:
                out.append("".join(el.itertext()))
            if el.tail:
                out.append(el.tail)
            return
        if name in ("disp-formula", "inline-formula", "tex-math", "mml:math", "math", "table"):
            if el.tail:
                out.append(el.tail)
            return
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
        if el.tail and el is not p:
            out.append(el.tail)

    walk(p)
    return _norm("".join(out))


def _replace_groups(text: str, tokens: list, markers: list) -> str:
    def repl(m):
        body = m.group("body")
        ids = [int(x) for x in _TOKEN_RE.findall(body)]
        seps = _TOKEN_RE.split(body)[2::2]  # separators between tokens
        nums: list[int] = []
        for i, t in enumerate(ids):
            cur = tokens[t]
            if i > 0 and seps[i - 1].strip() in ("-", "\u2013", "\u2014") and nums and len(cur) == 1:
                lo, hi = nums[-1], cur[0]
                if hi > lo:
                    nums.extend(range(lo + 1, hi + 1))
                    continue
            nums.extend(cur)
        keep_open = m.group("open") if m.group("open") and not m.group("close") else ""
        keep_close = m.group("close") if m.group("close") and not m.group("open") else ""
        if m.group("open") and m.group("close"):
            o, c = m.group("open").strip(), m.group("close").strip()
            if (o, c) not in (("[", "]"), ("(", ")")):
                keep_open, keep_close = m.group("open"), m.group("close")
        uniq = sorted(set(nums))
        markers.append(tuple(uniq))
        return f"{keep_open}{_house(uniq)}{keep_close}"

    return _GROUP_RE.sub(repl, text)


def _house(nums: list[int]) -> str:
    parts = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{nums[i]}-{nums[j]}")
        else:
            parts.extend(str(n) for n in nums[i : j + 1])
        i = j + 1
    return "[" + ",".join(parts) + "]"


def render(xml: bytes, *, shape: int = 0) -> Rendered:
    """Render; ``shape`` (0-5) picks the list's look: heading, label style, indent, wrapping."""
    root = etree.fromstring(xml, _PARSER)
    if root is None:
        raise ValueError("not XML")
    # the main article's own back matter (not sub-articles)
    refs = [el for el in root.iter() if _localname(el) == "ref" and not any(_localname(a) == "sub-article" for a in el.iterancestors())]
    number_of = {}
    for i, ref in enumerate(refs, 1):
        if ref.get("id"):
            number_of[ref.get("id")] = i
    title = ""
    for el in root.iter():
        if _localname(el) == "article-title":
            title = _norm("".join(el.itertext()))
            break
    # every paragraph of the main article's body, back matter and floats (appendices, captions,
    # table footnotes), as a reprint prints them; not the reference list itself
    abstracts = [el for el in root.iter() if _localname(el) in ("abstract", "trans-abstract")
                 and not any(_localname(a) in ("sub-article", "response") for a in el.iterancestors())]
    containers = abstracts + [el for el in root if _localname(el) in ("body", "back", "floats-group")]
    paras: list[str] = []
    markers: list = []
    for body in containers:
        for p in body.iter():
            name = _localname(p)
            is_caption_title = name == "title" and _localname(p.getparent()) == "caption"
            # (a cell of a table set inside a paragraph is printed apart: the paragraph skips its tables)
            around = ("ref-list", "sub-article", "td", "th") if name in ("td", "th") else (
                "p", "ref-list", "sub-article", "td", "th")
            if (name not in ("p", "td", "th") and not is_caption_title) or any(
                _localname(a) in around for a in p.iterancestors()
            ):
                continue
            tokens: list = []
            t = _para_text(p, number_of, tokens)
            if not t:
                continue
            parent = p.getparent()
            if _localname(parent) == "caption" and p is parent[0]:
                # a reprint prints the float's label before its caption: "Figure 3. Title…"
                label = next((c for c in parent.getparent() if _localname(c) == "label"), None)
                text = " ".join("".join(label.itertext()).split()) if label is not None else ""
                if text:
                    t = text.rstrip(".:") + ". " + t
            t = _replace_groups(t, tokens, markers)
            t = t.replace("\x00", "")
            if _localname(parent) == "caption" and p is not parent[0] and paras:
                paras[-1] += " " + t  # one caption, one paragraph: "Figure 3. Title. Legend…"
                continue
            paras.append(t)
    label = ["{n}. ", "{n}) ", "[{n}] ", "  {n}. ", "{n}. ", "{n}. "][shape % 6]
    heading = shape % 6 not in (3, 5)
    wrap = shape % 6 in (4, 5)
    lines = [title or "Untitled", ""]
    for para in paras:
        lines.append(para)
        lines.append("")
    if refs:
        if heading:
            lines += ["References", ""]
        for i, ref in enumerate(refs, 1):
            entry = _ref_text(ref) or "(empty)"
            first = label.format(n=i)
            if wrap:
                wrapped = textwrap.wrap(entry, 78, initial_indent=first, subsequent_indent="    ",
                                        break_on_hyphens=False)
                lines.extend(wrapped or [first.rstrip()])
            else:
                lines.append(first + entry)
    text = "\n".join(lines) + "\n"
    return Rendered(text=text, markers=markers, entries=list(range(1, len(refs) + 1)), n_refs=len(refs))
