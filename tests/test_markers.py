"""The bracket grammar, table-driven."""

from __future__ import annotations

import pytest

from citelint.model import Span
from citelint.parsing.markers import MarkerStyle, canonical, classify, find_markers

CITATIONS = [
    ("1", (1,)),
    ("2,3", (2, 3)),
    ("2, 3", (2, 3)),
    (" 2 , 3 ", (2, 3)),
    ("4-7", (4, 5, 6, 7)),
    ("4–7", (4, 5, 6, 7)),
    ("4—7", (4, 5, 6, 7)),
    ("4 - 7", (4, 5, 6, 7)),
    ("8,10-12", (8, 10, 11, 12)),
    ("3,2", (3, 2)),
]

NOT_CITATIONS = [
    "sic", "see below", "n = 12", "HR 0.71, 95% CI 0.55-0.92", "Table 1", "A", "",
    "0, 1", "-100, 100", "1, 0, 0", "0-1", "2013", "1998, 2004", "12345", "1.5", "3H", "-", "+1",
]

MALFORMED = ["2,,3", "3-2", "3-", "0", "1;2", "2,", ",2", "1 2", "1;2,3"]


@pytest.mark.parametrize("content,keys", CITATIONS)
def test_citations(content, keys):
    c = classify(content)
    assert c is not None and not c.problems
    assert c.keys == keys


@pytest.mark.parametrize("content", NOT_CITATIONS)
def test_not_citations(content):
    assert classify(content) is None


@pytest.mark.parametrize("content", MALFORMED)
def test_malformed(content):
    c = classify(content)
    assert c is not None and c.problems


def test_semicolons_when_house_style_allows_them():
    c = classify("1;2", MarkerStyle(separator=";"))
    assert c is not None and not c.problems and c.keys == (1, 2)


def _find(text, valid=None):
    return [m.raw for m in find_markers(text, [Span(0, len(text))], valid=valid)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("decades [2,3].", ["[2,3]"]),
        ("in 1995 [1], even", ["[1]"]),
        ("(see [4])", ["[4]"]),
        ("wrapped [2,\n3] here", ["[2,\n3]"]),
        ("flavivirus[1] transmitted", ["[1]"]),
        ("Hellman et al[15] concluded", ["[15]"]),
        ("previously in [43]and the", ["[43]"]),
        ("binding domain [6,37,121].", ["[6,37,121]"]),
        # from real articles in ../shared/corpus: not citations
        ("components (t[1] and t[2])", []),
        ("orthogonal (to[1]) components", []),
        ("interaction (F[1,36]=66.8, p<0.0001)", []),
        ("occurred 1087 [1610–649] years ago", []),
        ("a [1,2,4]triazolo[4,3-a]pyridine ring", []),
        ("where x = [1, 2, 3]", []),
    ],
)
def test_markers_in_context(text, expected):
    assert _find(text) == expected


def test_interval_words_settled_by_the_list():
    text = "values in the range [2, 5] were kept"
    assert _find(text) == []  # no list known: an interval
    assert _find(text, valid=range(1, 10)) == ["[2, 5]"]  # both are entries: a citation
    assert _find("portion of this range [102,103].", valid=range(1, 104)) == ["[102,103]"]


def test_spans_point_at_the_brackets():
    text = "A [1] and [2-3]."
    ms = list(find_markers(text, [Span(0, len(text))]))
    assert [text[m.span.start:m.span.end] for m in ms] == ["[1]", "[2-3]"]


@pytest.mark.parametrize(
    "keys,style,want",
    [
        ((3, 2), MarkerStyle(), "[2,3]"),
        ((1, 2, 3), MarkerStyle(), "[1-3]"),
        ((1, 2, 3, 5), MarkerStyle(range_dash="–"), "[1–3,5]"),
        ((1, 2, 3), MarkerStyle(collapse_runs=0), "[1,2,3]"),
        ((2, 2, 1), MarkerStyle(separator=";"), "[1;2]"),
    ],
)
def test_canonical(keys, style, want):
    assert canonical(keys, style) == want
