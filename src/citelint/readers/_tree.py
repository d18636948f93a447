"""Helpers shared by the markup readers (JATS, HTML)."""

from __future__ import annotations

from typing import Callable


def text_without(root, skip: Callable[[object], bool], blocks: frozenset = frozenset()) -> str:
    """The text of ``root`` without the elements ``skip`` picks (their tails are kept):
    a paragraph without its callouts, a reference item without its <script>. Comments
    and processing instructions give only their tails. Where an element whose tag is in
    ``blocks`` starts or ends after a letter or digit, a stop is put in, unless the text
    that follows brings its own punctuation: fields a page prints as separate blocks
    ("S. Gavrilets, A. Vose" | "Dynamic patterns ...") do not run together."""
    out: list[str] = []
    pending = False

    def add(t: str) -> None:
        nonlocal pending
        if pending and t.strip():
            out.append(" " if t.lstrip()[:1] in (".", ",", ";", ":", ")", "]") else ". ")
            pending = False
        out.append(t)

    def boundary() -> None:
        nonlocal pending
        tail = "".join(out[-2:]).rstrip()
        if tail and tail[-1].isalnum():
            pending = True
        elif tail:
            out.append(" ")

    def walk(el):
        if el.text:
            add(el.text)
        for c in el:
            if isinstance(c.tag, str) and not skip(c):
                block = c.tag in blocks
                if block:
                    boundary()
                walk(c)
                if block:
                    boundary()
            if c.tail:
                add(c.tail)

    walk(root)
    return "".join(out)


def numbered(callout_texts: list[str]) -> bool:
    """Whether a document's linked callouts are numbers ("1", "[2-4]") rather than
    author-year text: at least half of them."""
    if not callout_texts:
        return True
    digits = sum(1 for t in callout_texts
                 if t.strip("[]() ").replace("–", "").replace("-", "").replace(",", "").strip().isdigit())
    return digits * 2 >= len(callout_texts)
