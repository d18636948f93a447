"""Rules that compare entries with each other stay fast on long lists (no pairwise work in Python
on thousands of entries). The bounds are generous: a quadratic rule takes minutes here."""

from __future__ import annotations

import datetime as dt
import random
import time

from citelint.api import lint_bytes
from citelint.config import Settings

WORDS = ("tumour cell signal growth factor receptor pathway kinase therapy response immune cancer lung liver "
         "brain dose trial cohort survival risk marker gene protein model").split()


def _title(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()


def _lint(entries: list[str]):
    text = "Cited [1].\n\nReferences\n" + "".join(f"{i}. {e}\n" for i, e in enumerate(entries, 1))
    t0 = time.perf_counter()
    rep = lint_bytes("long.txt", text.encode(), Settings(select=("CIT203", "CIT206")), dt.date(2026, 11, 26))
    return rep, time.perf_counter() - t0


def test_thousands_of_entries_with_one_first_author_and_year():
    rng = random.Random(7)
    entries = [f"Smith J, Jones K. {_title(rng)}. J Foo 2001;{i}:{i}-{i + 5}." for i in range(1, 3001)]
    entries.append(entries[10].replace(";11:", ";3011:"))  # the same title again: still a duplicate
    rep, seconds = _lint(entries)
    assert seconds < 20
    dups = [f for f in rep.findings if f.code == "CIT203"]
    assert any(f.message.startswith("Reference 3001 duplicates reference 11:") for f in dups)


def test_thousands_of_abstracts_and_articles_by_one_author():
    rng = random.Random(8)
    articles = [f"Smith J, Jones K. {_title(rng)}. J Foo 2001;{i}:{i}-{i + 5}." for i in range(1, 1501)]
    abstracts = [f"Smith J, Jones K. {_title(rng)} trial. Presented at: ASCO Annual Meeting; 2000." for _ in range(1500)]
    rep, seconds = _lint(articles + abstracts)
    assert seconds < 20


def test_a_list_longer_than_the_parser_cache_is_parsed_once():
    from citelint.parsing import references

    # (the parser's cache counts its misses: each is one parse; a wrapper around _parse would not see the calls of
    # a compiled parser, whose functions call each other directly)
    references.parse_reference.cache_clear()
    references.parse_normalized.cache_clear()
    n = 17000  # more entries than the parser's cache (16,384) holds
    html = ("<html><body><p>Cited [1].</p><h2>References</h2><ol>" + "".join(
        f"<li>Author{i} A, Other B. A study of thing {i}. J Foo 2001;{i}:{i}-{i + 3}.</li>" for i in range(1, n + 1))
        + "</ol></body></html>")
    rep = lint_bytes("long.html", html.encode(), Settings(), dt.date(2026, 11, 26))
    assert references.parse_reference.cache_info().misses == n  # once each, not once per rule that reads the fields
    assert sum(f.code == "CIT201" for f in rep.findings) == n - 1
