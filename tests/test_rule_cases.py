"""Data-driven rule tests (sqlfluff style): fixtures/rules/CODE.toml holds pass and
fail cases; each runs with only its rule selected and compares (line, column)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from citelint.api import lint_bytes
from citelint.config import Settings
from citelint.engine import python_rules
from citelint.fixes import apply_fixes
from citelint.tomlload import load_toml

from conftest import FIXTURES, TODAY

CASE_DIR = FIXTURES / "rules"
CASE_KEYS = {"name", "text", "bytes-hex", "expect", "message", "fix", "options", "packs-markers", "today", "select",
             "path"}


def _load():
    out = []
    for f in sorted(CASE_DIR.glob("*.toml")):
        data = load_toml(f)
        for case in data["case"]:
            assert set(case) <= CASE_KEYS, f"{f.name}: unknown case keys {set(case) - CASE_KEYS}"
            out.append(pytest.param(data["rule"], data.get("today"), case, id=f"{data['rule']}-{case['name']}"))
    return out


CASES = _load()


def run_case(rule: str, today, case: dict, tmp_path: Path):
    settings = Settings(select=tuple(case.get("select", [rule])))
    if "options" in case:
        settings = settings._replace(rules=((rule, tuple(case["options"].items())),))
    if "packs-markers" in case:
        pack = tmp_path / "case-pack"
        pack.mkdir()
        lines = ['[pack]', 'name = "case"', "[markers]"]
        for k, v in case["packs-markers"].items():
            lines.append(f"{k} = {v!r}" if isinstance(v, str) else f"{k} = {v}")
        (pack / "pack.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        settings = settings._replace(packs=("core", "uptodate", "case"), pack_paths=(str(pack),))
    data = bytes.fromhex(case["bytes-hex"]) if "bytes-hex" in case else case["text"].encode("utf-8")
    day = dt.date.fromisoformat(case.get("today") or today) if (case.get("today") or today) else TODAY
    return lint_bytes(case.get("path", "case.txt"), data, settings, day)


@pytest.mark.parametrize("rule,today,case", CASES)
def test_rule_case(rule, today, case, tmp_path):
    report = run_case(rule, today, case, tmp_path)
    got = [[f.line, f.column] for f in report.findings if f.code == rule]
    if "select" not in case:
        assert all(f.code == rule for f in report.findings)
    assert got == case["expect"], [f.message for f in report.findings]
    if "message" in case:
        assert case["message"] in [f.message for f in report.findings]
    if "fix" in case:
        fixed, applied = apply_fixes(case["text"], report.findings)
        assert applied >= 1
        assert fixed == case["fix"]


def test_every_rule_has_passing_and_failing_cases():
    by_rule: dict[str, set[str]] = {}
    for p in CASES:
        rule, _, case = p.values
        by_rule.setdefault(rule, set()).add("fail" if case["expect"] else "pass")
    verify_tests = (CASE_DIR.parent.parent / "tests" / "test_verify.py").read_text(encoding="utf-8")
    for r in python_rules():
        if r.needs == "verify":  # online rules: exercised against a local server in tests/test_verify.py
            assert f'"{r.code}"' in verify_tests, f"{r.code} needs tests in tests/test_verify.py"
            continue
        assert by_rule.get(r.code) == {"pass", "fail"}, f"{r.code} needs passing and failing cases in fixtures/rules/{r.code}.toml"


def test_every_rule_is_documented():
    for r in python_rules():
        for heading in ("## What it does", "## Why is this bad?", "## Example", "## Options"):
            assert heading in r.doc, f"{r.code} docs lack '{heading}'"
        assert r.summary and len(r.summary) < 300


def test_rule_docs_are_cleaned_as_inspect_cleans_docstrings():
    import inspect

    for r in python_rules():
        assert r.doc == inspect.cleandoc(r.check.__doc__ or ""), r.code
