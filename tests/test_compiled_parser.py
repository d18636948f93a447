"""The compiled parser (hatch_build.py): built where the machine can, and the same parser as the source.

A wheel built on a machine with a C compiler holds the reference-entry parser compiled with mypyc beside its
source; everywhere else the source runs. These tests check that the copy compiled is the source with only its
annotations removed, that CI really tests the compiled one, and that it reads real entries exactly as the source
does.
"""

from __future__ import annotations

import ast
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


def test_the_copy_compiled_is_the_source_without_its_functions_annotations():
    hook = _hook()
    stripped = ast.parse(hook.strip_annotations(SOURCE.read_text(encoding="utf-8")))
    original = ast.parse(SOURCE.read_text(encoding="utf-8"))
    top = [n for n in stripped.body if isinstance(n, ast.FunctionDef)]
    assert len(top) == len([n for n in original.body if isinstance(n, ast.FunctionDef)]) > 40
    for fn in top:
        a = fn.args
        assert fn.returns is None, fn.name
        assert all(x.annotation is None for x in a.posonlyargs + a.args + a.kwonlyargs), fn.name
    assert not any(isinstance(n, ast.AnnAssign) for n in stripped.body)
    # a NamedTuple's fields are its annotations: kept
    parsed = next(n for n in stripped.body if isinstance(n, ast.ClassDef) and n.name == "ParsedReference")
    fields = [n.target.id for n in parsed.body if isinstance(n, ast.AnnAssign)]
    assert fields[:3] == ["raw", "type", "authors"] and "spans" in fields
    # nothing else changed: the same statements, annotations aside
    def bare(tree):
        class Drop(ast.NodeTransformer):
            def visit_arg(self, node):
                node.annotation = None
                return node

            def visit_FunctionDef(self, node):
                self.generic_visit(node)
                node.returns = None
                return node

            def visit_AnnAssign(self, node):
                return ast.Assign(targets=[node.target], value=node.value) if node.value is not None else node
        return ast.dump(Drop().visit(tree))
    assert bare(stripped) == bare(original)


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
    for raw in entries:
        assert references.parse_reference.__wrapped__(raw) == source.parse_reference.__wrapped__(raw), raw
