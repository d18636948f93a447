"""Phrase searches that rule out groups of phrases with one search.

A reader looks for a few dozen fixed phrases (paywall notices, boilerplate, date
labels) in every document. Each ``str.find`` reads the whole text, so the phrases
are grouped under a shared piece of a long word ("subscr" for six paywall phrases,
"review" for six date labels): a text without the piece holds none of its phrases.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=64)
def anchor_groups(phrases: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(piece, phrases holding it) pairs covering every phrase (lowercased input)."""
    left = list(phrases)
    groups = []
    while left:
        counts: dict = {}
        for p in left:
            for piece in {w[:6] for w in p.split() if len(w) >= 6}:
                counts[piece] = counts.get(piece, 0) + 1
        if not counts:
            groups.extend((p, (p,)) for p in left)
            break
        piece = max(sorted(counts), key=counts.__getitem__)
        members = tuple(p for p in left if piece in p)
        groups.append((piece, members))
        left = [p for p in left if p not in members]
    return tuple(groups)


def present(phrases: tuple[str, ...], low: str) -> frozenset:
    """The phrases whose group's piece occurs in ``low`` (a superset of those that occur)."""
    out: list = []
    for piece, group in anchor_groups(phrases):
        if piece in low:
            out.extend(group)
    return frozenset(out)
