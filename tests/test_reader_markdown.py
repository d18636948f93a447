"""The Markdown reader: footnotes, code never read, front-matter dates."""

from __future__ import annotations

import datetime as dt

from citelint.api import lint_bytes
from citelint.config import Settings

from conftest import FIXTURES, TODAY


def findings(text: str, *select, today=TODAY):
    s = Settings(select=select) if select else Settings()
    return lint_bytes("note.md", text.encode("utf-8"), s, today).findings


def read(text: str):
    from citelint.api import plan_for, read_document
    from citelint.decode import decode
    from citelint.packs import settings_for

    plan = plan_for(Settings())
    d = decode(text.encode())
    return read_document("n.md", "markdown", d, settings_for(d.text, plan.pack_names, plan.pack_dirs))


def test_footnote_fixture_is_clean_and_read():
    path = FIXTURES / "markdown" / "fixture-format_v3_footnotes.md"
    doc = read(path.read_text(encoding="utf-8"))
    assert [r.key for r in doc.references] == ["^1", "^2"]
    assert [m.ids for m in doc.markers] == [("^1",), ("^2",), ("^1",), ("^2",)]
    assert doc.references[0].parsed.journal == "Circ Genom Precis Med"
    report = lint_bytes(path.name, path.read_bytes(), Settings(), TODAY)
    assert [f.code for f in report.findings] == []


def test_numbered_fixture_is_read_by_the_text_rules():
    path = FIXTURES / "markdown" / "fixture-format_v4_text_only.md"
    doc = read(path.read_text(encoding="utf-8"))
    assert doc.format == "markdown"
    assert [m.keys for m in doc.markers] and doc.references


NOTE = """---
title: Oligometastatic NSCLC
reviewed: 2019-03-01
last_updated: 2019-04-02
---
# Oligometastatic NSCLC

Oligometastases were described in 1995[^1] and treated surgically [2].
The call `cite[3]` and the block below are code, not citations:

```python
refs = [4, 5]
print(refs[9])
```

    indented code [7]

<!-- a comment [8] -->

## References

1. Hellman S. Oligometastases. J Clin Oncol 1995; 13:8.
2. Rosenberg SA. Surgical treatment of metastatic cancer, Lippincott, Philadelphia 1987.

[^1]: Weichselbaum RR. Oligometastases revisited. Nat Rev Clin Oncol 2011; 8:378.
[^2]: Never cited. Lancet 2001; 357:1.
"""


def test_code_is_never_read_for_markers():
    doc = read(NOTE)
    assert [m.raw for m in doc.markers] == ["[^1]", "[2]"]


def test_footnotes_resolve_and_unused_ones_are_reported():
    got = {(f.code, f.reference) for f in findings(NOTE, "CIT101", "CIT201")}
    assert got == {("CIT201", "1"), ("CIT201", "^2")}
    bad = NOTE.replace("1995[^1]", "1995[^9]")
    assert ("CIT101", "^9") in {(f.code, f.reference) for f in findings(bad, "CIT101")}


def test_front_matter_dates_feed_the_date_rules():
    got = {f.code: f for f in findings(NOTE, "CIT301", "CIT302", today=dt.date(2026, 11, 26))}
    assert set(got) == {"CIT301", "CIT302"}
    assert got["CIT301"].line == 3 and got["CIT301"].message.startswith("reviewed (front matter) Mar 1, 2019 is 92 months old")
    assert findings(NOTE, "CIT301", "CIT302", today=dt.date(2019, 6, 1)) == []


def test_a_real_note_with_undefined_footnotes():
    path = FIXTURES / "markdown" / "Arrhythmogenic_Cardiomyopathies_-_Genetics.md"
    report = lint_bytes(path.name, path.read_bytes(), Settings(select=("CIT101",)), TODAY)
    assert sorted({f.reference for f in report.findings}) == ["^10", "^18"]


def test_a_marker_followed_by_a_colon_mid_line_is_a_citation():
    text = "Causes include [^a]:\n- obesity\n\n[^a]: Perone F. Obesity and arrhythmia. J Clin Med 2024;13:1.\n"
    assert [f.code for f in findings(text, "CIT101", "CIT201")] == []
