"""The plain-text reader: sections, reference lists of every shape, spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.api import plan_for, read_document
from citelint.config import Settings
from citelint.decode import decode
from citelint.packs import settings_for

from conftest import FIXTURES, SEED
from jats_render import render


def read(text: str):
    plan = plan_for(Settings())
    packs = settings_for(text, plan.pack_names, plan.pack_dirs)
    return read_document("t.txt", "text", decode(text.encode("utf-8")), packs)


def lines_of(doc, span):
    return doc.line_index.position(span.start)[0], doc.line_index.position(span.end)[0]


def test_seed_model():
    doc = read(SEED.read_text(encoding="utf-8"))
    sections = {(s.kind, *lines_of(doc, s.span)) for s in doc.sections}
    assert ("title", 4, 4) in sections
    assert ("byline", 6, 15) in sections
    assert ("body", 18, 27) in sections
    assert ("truncation", 29, 31) in sections
    assert ("dates", 33, 33) in sections
    assert ("references", 35, 93) in sections
    assert [m.raw for m in doc.markers] == ["[1]", "[2,3]"]
    assert [r.number for r in doc.references] == list(range(1, 60))
    assert doc.references[0].raw == "Hellman S, Weichselbaum RR. Oligometastases. J Clin Oncol 1995; 13:8."
    assert doc.references[58].raw.endswith("J Clin Oncol 30: Abstr 7547.")
    assert doc.references[0].year == 1995
    assert doc.references[1].year == 1987  # a book: "... Philadelphia 1987."
    kinds = {(d.kind, d.value.isoformat()) for d in doc.dates}
    assert ("review-through", "2017-11-01") in kinds
    assert ("last-updated", "2017-08-15") in kinds
    assert ("copyright", "2017-01-01") in kinds
    assert doc.truncation is not None and doc.truncation.reason == "login wall"
    assert doc.packs == ("core", "uptodate")


def test_every_span_is_inside_the_text():
    doc = read(SEED.read_text(encoding="utf-8"))
    text = doc.text
    for r in doc.references:
        assert text[r.text_span.start:r.text_span.end] == r.raw
        assert text[r.span.start:r.span.end].startswith(f"{r.number}. ")
    for m in doc.markers:
        assert text[m.span.start:m.span.end] == m.raw
    for d in doc.dates:
        assert text[d.span.start:d.span.end] == d.raw


BODY = "Oligometastases were described in 1995 [1] and treated surgically [2,3].\n\n"
ENTRIES = [
    "Hellman S, Weichselbaum RR. Oligometastases. J Clin Oncol 1995; 13:8.",
    "Rosenberg SA. Surgical treatment of metastatic cancer. Lippincott, Philadelphia 1987.",
    "Rubin P, Green J. Solitary Metastases. CC Thomas, Springfield, IL 1968.",
]


@pytest.mark.parametrize(
    "heading,label,indent,between",
    [
        ("References\n", "{n}. ", "", ""),
        ("", "{n}. ", "  ", ""),
        ("REFERENCES\n\n", "{n}) ", "", ""),
        ("## References\n", "[{n}] ", "", "\n"),
        ("References:\n", "{n}. ", "    ", "\n"),
        ("Bibliography\n", "{n}) ", " ", ""),
    ],
)
def test_list_shapes(heading, label, indent, between):
    text = BODY + heading + "".join(indent + label.format(n=i) + e + "\n" + between for i, e in enumerate(ENTRIES, 1))
    doc = read(text)
    assert [r.number for r in doc.references] == [1, 2, 3]
    assert [r.raw for r in doc.references] == ENTRIES
    assert [m.keys for m in doc.markers] == [(1,), (2, 3)]


def test_wrapped_entries_are_joined():
    text = BODY + (
        "References\n"
        "1. Hellman S, Weichselbaum RR. Oligometastases.\n"
        "   J Clin Oncol 1995; 13:8.\n"
        "2. Rosenberg SA. Surgical treatment of metastatic cancer.\n"
        "Lippincott, Philadelphia 1987.\n"
        "3. Rubin P, Green J. Solitary Metastases. CC Thomas,\n"
        "   Springfield, IL 1968.\n"
    )
    doc = read(text)
    assert [r.number for r in doc.references] == [1, 2, 3]
    assert " ".join(doc.references[0].raw.split()) == ENTRIES[0]
    assert " ".join(doc.references[1].raw.split()) == ENTRIES[1]
    assert doc.line_index.position(doc.references[2].span.end)[0] == 9


def test_boilerplate_after_the_list_ends_it():
    text = BODY + "\n".join(f"{i}. {e}" for i, e in enumerate(ENTRIES, 1)) + (
        "\n\nUse of this site is subject to the Terms of Use.\n"
    )
    doc = read(text)
    assert doc.references[-1].raw == ENTRIES[-1]


def test_an_entry_that_holds_a_boilerplate_phrase_does_not_end_the_list():
    # UpToDate's drug database cited as an entry: "All Rights Reserved" had ended the list there, so that every later
    # entry was lost and each marker citing one reported as pointing past the list's end (CIT101)
    doc = read("Body cites [1-3].\n\nREFERENCES\n\n1. Smith J. A title here. J Clin Oncol 2015; 33:100.\n"
               "2. Lexicomp Online. Copyright © 1978-2021 Lexicomp, Inc. All Rights Reserved.\n"
               "3. Jones K. Another title. Lancet 2016; 387:200.\n\nCopyright 2021 UpToDate, Inc. All Rights Reserved.\n")
    assert [r.number for r in doc.references] == [1, 2, 3]
    assert doc.references[2].raw.startswith("Jones K.")
    # (the footer after the list, no entry, still ends it, and its year is the document's copyright)
    assert "UpToDate" not in doc.references[-1].raw


def test_numbered_steps_in_the_body_are_not_references():
    text = (
        "Management proceeds in steps:\n\n"
        "1. Confirm the diagnosis with a biopsy.\n"
        "2. Stage the disease with PET-CT and brain MRI.\n"
        "3. Discuss the case at a tumour board.\n\n"
        "These steps are followed in every centre.\n"
    )
    doc = read(text)
    assert doc.references == ()
    assert doc.reference_list is None


def test_crlf_positions_match_lf():
    lf = BODY + "References\n" + "".join(f"{i}. {e}\n" for i, e in enumerate(ENTRIES, 1))
    crlf = lf.replace("\n", "\r\n")
    a, b = read(lf), read(crlf)
    assert [r.raw for r in a.references] == [r.raw for r in b.references]
    for ma, mb in zip(a.markers, b.markers):
        assert a.line_index.position(ma.span.start) == b.line_index.position(mb.span.start)


def test_markers_in_the_list_or_boilerplate_are_not_body_markers():
    text = BODY + "References\n1. Smith J. A trial [corrected]. Lancet 2001; 357:1.\n2. Doe J [1]. Something 2002.\n3. Roe K. BMJ 2003; 1:2.\n"
    doc = read(text)
    assert [m.raw for m in doc.markers] == ["[1]", "[2,3]"]


JATS = sorted((FIXTURES / "jats").glob("*.xml"))


@pytest.mark.parametrize("shape", range(6))
@pytest.mark.parametrize("path", JATS, ids=[p.name for p in JATS])
def test_rendered_articles(path: Path, shape: int):
    """Real articles rendered to reprints: the reader finds every marker and entry."""
    r = render(path.read_bytes(), shape=shape)
    doc = read(r.text)
    assert [r_.number for r_ in doc.references] == r.entries
    got = sorted(tuple(sorted(set(m.keys))) for m in doc.markers)
    assert got == sorted(r.markers)
    assert not [m.raw for m in doc.markers if m.problems]


def test_a_date_label_before_a_long_run_of_blanks_reads_in_linear_time():
    import time

    for value, kinds in (("Nov 2017.", ["review-through"]), ("soon.", [])):  # (no date after the blanks: the slow case)
        text = f"Title\n\nLiterature review current through{' ' * 20000}{value}\n\nText [1].\n\n1. Smith J. T. J 2001;1:2.\n"
        t0 = time.perf_counter()
        doc = read(text)
        assert time.perf_counter() - t0 < 2  # a quadratic pattern took about 12 s on the second
        assert [d.kind for d in doc.dates] == kinds
