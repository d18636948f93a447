"""The README's promises: the rule index is current, the two set-up commands are what CI runs."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_rule_index_is_generated_from_the_rules():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme_rules.py"), "--check"], cwd=ROOT)
    assert r.returncode == 0, "README rule index is stale: run python scripts/readme_rules.py"


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    cmd = "python3 -m pip install '.[test]' && CITELINT_PURE_PYTHON=1 python3 -m pip wheel -q -w .wheelhouse . hatchling && python3 -m pytest -q"
    assert cmd in readme and cmd in ci


def test_readme_shows_the_real_output_on_the_sample():
    from typer.testing import CliRunner

    from citelint.cli import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    r = CliRunner().invoke(app, ["check", "--today", "2026-11-26", "fixtures/samples/uptodate-oligometastatic-nsclc.txt"])
    for line in r.stdout.splitlines():
        assert line in readme
