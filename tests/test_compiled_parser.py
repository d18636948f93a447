"""The compiled parser (hatch_build.py): built where the machine can, and the same parser as the source.

A wheel built on a machine with a C compiler holds the reference-entry parser compiled with mypyc beside its
source; everywhere else the source runs. These tests check that mypy accepts the module as the build compiles it
(with its annotations: mypyc compiles by them), that CI really tests the compiled parser, and that it reads real
entries exactly as the source does.
"""

from __future__ import annotations

import importlib.util
import os
import sys

import pytest

from conftest import ROOT

SOURCE = ROOT / "src" / "citelint" / "parsing" / "references.py"


def _hook():
    pytest.importorskip("hatchling", reason="hatchling is in the test extras: pip install '.[test]'")
    sys.path.insert(0, str(ROOT))
    try:
        import hatch_build
    finally:
        sys.path.remove(str(ROOT))
    return hatch_build


def test_mypy_accepts_the_parser_as_the_build_compiles_it():
    """The build compiles references.py with its annotations (hatch_build.py), so mypy must accept them: a change
    that breaks them would make the build fall back to the source, slower by half. Here it fails at once, with
    mypy's own message."""
    api = pytest.importorskip("mypy.api", reason="mypy is in the test extras: pip install '.[test]'")
    hook = _hook()
    assert repr(hook.MYPY_OPTIONS) in hook._SETUP  # (the build's own options)
    out, err, status = api.run([*hook.MYPY_OPTIONS, "--no-incremental", "--cache-dir=/dev/null", str(SOURCE)])
    assert status == 0, out + err


def test_the_wheel_compiles_the_source_unchanged():
    """No copy rewritten: the module mypyc compiles is the module the source runs."""
    hook = _hook()
    assert hook.COMPILED == "citelint/parsing/references.py"
    assert "strip_annotations" not in dir(hook)
    assert "write_text" not in (ROOT / "hatch_build.py").read_text(encoding="utf-8")


def test_ci_tests_the_compiled_parser():
    """.ci/run sets CITELINT_EXPECT_COMPILED where a C compiler is present: a wheel that silently fell back to
    the source (mypy refusing a new construct, say) fails here instead of passing unnoticed."""
    if os.environ.get("CITELINT_EXPECT_COMPILED") != "1":
        pytest.skip("CITELINT_EXPECT_COMPILED is not set (.ci/run sets it where gcc or cc is installed)")
    from citelint.parsing import references

    assert references.__file__.endswith((".so", ".pyd")), references.__file__


def test_the_compiled_parser_reads_real_entries_as_the_source_does():
    from citelint.parsing import references

    if not references.__file__.endswith((".so", ".pyd")):
        pytest.skip(f"the installed parser is the source ({references.__file__}): nothing compiled to compare")
    spec = importlib.util.spec_from_file_location("citelint.parsing._source_references", SOURCE)
    source = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(source)
    from lxml import etree

    from test_references import STYLES

    entries = [raw for raw, _ in STYLES]  # every style the parser reads, one real string each
    for path in sorted((ROOT / "fixtures" / "jats").glob("*.xml")):  # the printed strings of real articles
        tree = etree.parse(str(path))
        entries += ["".join(c.itertext()) for c in tree.iter("mixed-citation", "element-citation")]
    seed = (ROOT / "fixtures" / "samples" / "uptodate-oligometastatic-nsclc.txt").read_text(encoding="utf-8")
    entries += [ln.strip() for ln in seed.splitlines() if ln.strip()]
    assert len(entries) > 1000
    before = references.FALLBACKS
    for raw in entries:
        assert references.parse_reference.__wrapped__(raw) == source.parse_reference.__wrapped__(raw), raw
    # each read by the compiled parser itself: none handed to the source because a value's kind differed from what
    # the annotations name (hatch_build.py), which would make the compiled parser as slow as the source there
    assert references.FALLBACKS == before


def test_the_compiled_parsers_fallback_reads_as_the_source_does():
    """Where the compiled parser raises, the source reads the entry (parse_reference): the same fields, in the
    compiled module's types."""
    from citelint.parsing import references

    if not references.__file__.endswith((".so", ".pyd")):
        pytest.skip(f"the installed parser is the source ({references.__file__}): no fallback to test")
    from test_references import STYLES

    for raw, _ in STYLES[:40]:
        p = references._source_parse(raw)
        assert p == references.parse_reference.__wrapped__(raw), raw
        assert type(p) is references.ParsedReference
        assert all(type(a) is references.Author for a in p.authors)
