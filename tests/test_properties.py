"""Property tests: the reader, the grammar and the rules never raise on any text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citelint.api import lint_bytes
from citelint.config import Settings
from citelint.model import Span
from citelint.parsing.markers import BRACKET_RE, classify, find_markers

from conftest import SEED

# text biased towards the characters the grammar and the reader care about
ALPHABET = st.sampled_from(list("0123456789[](),;-–— .\n\r\t:|©aAbZéÃ\x00\ufffd") + ["References\n", "1. ", "[1]", "Literature review current through: "])
TEXTS = st.lists(ALPHABET, max_size=400).map("".join) | st.text(max_size=400)
SEED_TEXT = SEED.read_text(encoding="utf-8")


@given(st.text(max_size=200))
def test_classify_never_raises(content):
    c = classify(content)
    if c is not None:
        assert all(k >= 1 for k in c.keys)


@given(TEXTS)
def test_find_markers_spans_are_brackets(text):
    for m in find_markers(text, [Span(0, len(text))]):
        assert text[m.span.start:m.span.end] == m.raw
        assert BRACKET_RE.fullmatch(m.raw)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_lint_never_raises(text):
    report = lint_bytes("p.txt", text.encode("utf-8", "surrogatepass"), Settings(), dt.date(2026, 11, 26))
    for f in report.findings:
        assert f.line >= 1 and f.column >= 1
        assert (f.end_line, f.end_column) >= (f.line, f.column)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SEED_TEXT)), st.integers(0, len(SEED_TEXT)), st.text(max_size=50))
def test_mutated_seed_never_raises(a, b, insert):
    a, b = min(a, b), max(a, b)
    text = SEED_TEXT[:a] + insert + SEED_TEXT[b:]
    lint_bytes("s.txt", text.encode("utf-8", "surrogatepass"), Settings(), dt.date(2026, 11, 26))


@settings(max_examples=60)
@given(st.binary(max_size=300))
def test_any_bytes(data):
    report = lint_bytes("b.txt", data, Settings(), dt.date(2026, 11, 26))
    assert report.path == "b.txt"
