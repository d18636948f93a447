"""Helpers shared by the markup readers (JATS, HTML)."""

from __future__ import annotations

from typing import Callable


def text_without(root, skip: Callable[[object], bool]) -> str:
    """The text of ``root`` without the elements ``skip`` picks (their tails are kept):
    a paragraph without its callouts, a reference item without its <script>. Comments
    and processing instructions give only their tails."""
    out: list[str] = []

    def walk(el):
        if el.text:
            out.append(el.text)
        for c in el:
            if isinstance(c.tag, str) and not skip(c):
                walk(c)
            elif c.tail:
                out.append(c.tail)
        if el is not root and el.tail:
            out.append(el.tail)

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
