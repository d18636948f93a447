"""The real pre-commit: `pre-commit try-repo` against this repository blocks a staged topic
with a broken marker, and passes once it is fixed.

pre-commit builds the hook's environment with pip. Tests never reach the network, so pip
is pointed at a local wheelhouse (PIP_NO_INDEX); the README's test command fills it
(`CITELINT_PURE_PYTHON=1 pip wheel -w .wheelhouse . hatchling`) before running the suite. Without it, or
without git or pre-commit, the test is skipped and says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

WHEELHOUSE = ROOT / ".wheelhouse"


def _need():
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        pytest.skip("pre-commit is not installed (pip install '.[test]')")
    if not WHEELHOUSE.is_dir() or not any(WHEELHOUSE.glob("hatchling-*.whl")):
        pytest.skip(f"no local wheelhouse at {WHEELHOUSE} (the README's test command builds it)")


def run(cmd, cwd, env):
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_try_repo_blocks_a_broken_marker(tmp_path):
    _need()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(
        PIP_NO_INDEX="1", PIP_FIND_LINKS=str(WHEELHOUSE), PRE_COMMIT_HOME=str(tmp_path / "pc-home"),
        GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.org", CITELINT_CACHE_DIR=str(tmp_path / "cache"),
        # (the hook's environment builds citelint from this repository: a pure wheel, which needs only hatchling
        # from the wheelhouse; hatch_build.py's compiled parser would need mypy and a compiler)
        CITELINT_PURE_PYTHON="1",
    )
    repo = tmp_path / "topics"
    repo.mkdir()
    assert run(["git", "init", "-q"], repo, env).returncode == 0
    topic = repo / "topic.txt"
    good = "Cited [1] and [2].\n\nReferences\n1. Hellman S. J Clin Oncol 1995; 13:8.\n2. Rubin P. Solitary Metastases, CC Thomas, Springfield, IL 1968.\n"
    topic.write_text(good.replace("[2]", "[2,,3]"), encoding="utf-8")
    run(["git", "add", "topic.txt"], repo, env)
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "citelint"]
    bad = run(cmd, repo, env)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "CIT102" in bad.stdout
    topic.write_text(good, encoding="utf-8")
    run(["git", "add", "topic.txt"], repo, env)
    ok = run(cmd, repo, env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
