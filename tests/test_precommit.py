"""The pre-commit hook: run its entry the way pre-commit does (file names as arguments)."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

import yaml

from conftest import ROOT


def hook():
    [h] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return h


def run_hook(files, cwd):
    h = hook()
    entry = shlex.split(h["entry"])
    exe = os.path.join(os.path.dirname(sys.executable), entry[0])
    cmd = ([exe] if os.path.exists(exe) else [sys.executable, "-m", "citelint"]) + entry[1:] + h.get("args", []) + [str(f) for f in files]
    env = {k: v for k, v in os.environ.items() if k not in ("http_proxy", "https_proxy")}
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env)


def test_hook_metadata():
    h = hook()
    assert h["id"] == "citelint" and h["language"] == "python"
    assert set(h["types_or"]) == {"text", "html", "xml", "markdown"}
    assert "--verify" not in h["entry"]  # offline by default


def test_hook_blocks_a_broken_marker_and_passes_once_fixed(tmp_path):
    topic = tmp_path / "topic.txt"
    good = "Cited [1] and [2].\n\nReferences\n1. Hellman S. J Clin Oncol 1995; 13:8.\n2. Rubin P. Solitary Metastases. 1968.\n"
    topic.write_text(good.replace("[2]", "[2,,3]"), encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text("# Notes\n\nNothing cited here.\n", encoding="utf-8")
    bad = run_hook([topic, other], tmp_path)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "CIT102" in bad.stdout
    topic.write_text(good, encoding="utf-8")
    ok = run_hook([topic, other], tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
