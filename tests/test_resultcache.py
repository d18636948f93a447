"""The result cache: a file linted before is not linted again, and nothing it holds goes stale."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import citelint.api as api
from citelint import resultcache
from citelint.api import Overrides, lint_paths
from citelint.cli import app

from conftest import SEED, TODAY

runner = CliRunner()


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder with a copy of the seed and no configuration; the cache in its default place."""
    monkeypatch.delenv("CITELINT_RESULT_CACHE_DIR", raising=False)
    monkeypatch.delenv("CITELINT_NO_RESULT_CACHE", raising=False)
    monkeypatch.chdir(tmp_path)
    api._CACHE_KEYS.clear()
    api._VALIDATED.clear()
    shutil.copyfile(SEED, tmp_path / "seed.txt")
    yield tmp_path
    api._CACHE_KEYS.clear()
    api._VALIDATED.clear()


def entries(folder: Path) -> list[Path]:
    return [p for p in (folder / resultcache._LAYOUT).rglob("*")
            if p.is_file() and not p.name.startswith("settings-") and p.name != "last-prune"]


def no_linting(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("the file was linted again")

    monkeypatch.setattr(api, "lint_bytes", boom)


def test_second_run_comes_from_the_cache_with_the_same_findings(project, monkeypatch):
    first = lint_paths(["seed.txt"], today=TODAY)
    cache = project / ".citelint_cache"
    assert len(entries(cache)) == 1
    assert (cache / ".gitignore").read_text().strip().endswith("*")  # keeps itself out of git
    assert (cache / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    no_linting(monkeypatch)
    second = lint_paths(["seed.txt"], today=TODAY)
    assert second.findings == first.findings
    a, b = first.files[0], second.files[0]
    assert (b.format, b.note, b.fail_level, b.allow_used) == (a.format, a.note, a.fail_level, a.allow_used)
    assert b.document.text == a.document.text and b.document.dates == a.document.dates
    assert {f.code for f in second.findings} >= {"CIT201", "CIT204", "CIT206", "CIT207", "CIT208", "CIT301", "CIT302", "CIT401"}


def test_cli_output_is_identical_from_the_cache_in_every_format(project):
    for fmt in ("text", "json", "sarif", "github", "gitlab", "html"):
        args = ["check", "--today", "2026-11-26", "-f", fmt, "seed.txt"]
        cold = runner.invoke(app, args[:1] + ["--no-result-cache"] + args[1:])
        runner.invoke(app, args)  # fills the cache
        warm = runner.invoke(app, args)
        assert warm.exit_code == cold.exit_code == 1, fmt
        if fmt == "sarif":  # SARIF names the run's start time; compare the results
            assert json.loads(warm.stdout)["runs"][0]["results"] == json.loads(cold.stdout)["runs"][0]["results"]
        elif fmt != "html":
            assert warm.stdout == cold.stdout, fmt
        else:
            assert warm.stdout.count("CIT2") == cold.stdout.count("CIT2") > 0
    assert len(entries(project / ".citelint_cache")) == 1  # one file, one settings, one date


def test_no_result_cache_writes_nothing(project):
    r = runner.invoke(app, ["check", "--today", "2026-11-26", "--no-result-cache", "seed.txt"])
    assert r.exit_code == 1
    assert not (project / ".citelint_cache").exists()


def test_config_turns_it_off_or_moves_it_and_rejects_typos(project):
    (project / ".citelint.toml").write_text("result-cache = false\n")
    runner.invoke(app, ["check", "--today", "2026-11-26", "seed.txt"])
    assert not (project / ".citelint_cache").exists()
    (project / ".citelint.toml").write_text('result-cache-dir = "build/lint-cache"\n')
    runner.invoke(app, ["check", "--today", "2026-11-26", "seed.txt"])
    assert entries(project / "build" / "lint-cache")
    (project / ".citelint.toml").write_text("result-cach = false\n")
    r = runner.invoke(app, ["check", "--today", "2026-11-26", "seed.txt"])
    assert r.exit_code == 2
    assert "unknown key 'result-cach'" in r.stderr and "did you mean 'result-cache'" in r.stderr
    (project / ".citelint.toml").write_text('result-cache = "no"\n')
    r = runner.invoke(app, ["check", "--today", "2026-11-26", "seed.txt"])
    assert r.exit_code == 2 and "result-cache: must be true or false" in r.stderr


def test_what_changes_the_result_is_never_served_stale(project):
    seed = project / "seed.txt"
    base = lint_paths(["seed.txt"], today=TODAY)
    codes = [f.code for f in base.findings]
    # the file's bytes: entry 16's registration number corrected
    seed.write_text(seed.read_text(encoding="utf-8").replace("Nct01282450", "NCT01282450"), encoding="utf-8")
    fixed = lint_paths(["seed.txt"], today=TODAY)
    assert "CIT208" in codes and "CIT208" not in [f.code for f in fixed.findings]
    # the date ages are measured from
    older = lint_paths(["seed.txt"], today=TODAY.replace(year=2018))
    assert [f.message for f in older.findings if f.code == "CIT301"] != [f.message for f in fixed.findings if f.code == "CIT301"]
    # the selection
    only = lint_paths(["seed.txt"], today=TODAY, overrides=Overrides(select=("CIT3",)))
    assert {f.code for f in only.findings} == {"CIT301", "CIT302"}
    # the configuration file
    (project / ".citelint.toml").write_text('ignore = ["CIT301"]\n')
    cfg = lint_paths(["seed.txt"], today=TODAY)
    assert "CIT301" not in {f.code for f in cfg.findings} and "CIT302" in {f.code for f in cfg.findings}


def test_a_user_pack_edit_invalidates_the_cache(project):
    pack = project / "house"
    pack.mkdir()
    (pack / "pack.toml").write_text('[pack]\nname = "house"\n', encoding="utf-8")
    rule = pack / "CIT701-word.toml"
    body = ('[rule]\ncode = "CIT701"\nname = "house-word"\nkind = "existence"\nmessage = "Avoid {match}"\n'
            "tokens = ['WORD']\n"
            'docs = "## What it does\\nx\\n## Why is this bad?\\nx\\n## Example\\nx\\n## Options\\nNone."\n')
    rule.write_text(body.replace("WORD", "zzzznothing"), encoding="utf-8")
    (project / ".citelint.toml").write_text(
        'pack-paths = ["house"]\npacks = ["core", "uptodate", "house"]\n', encoding="utf-8")
    # separate processes, as on the command line (in one process the packs are read once)
    cmd = [sys.executable, "-m", "citelint", "check", "--today", "2026-11-26", "-f", "json", "seed.txt"]
    env = {k: v for k, v in os.environ.items() if k not in ("CITELINT_RESULT_CACHE_DIR", "CITELINT_NO_RESULT_CACHE")}
    r1 = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=env)
    assert r1.returncode == 1, r1.stderr
    assert "CIT701" not in r1.stdout and entries(project / ".citelint_cache")
    rule.write_text(body.replace("WORD", "oligometastatic"), encoding="utf-8")
    st = rule.stat()
    os.utime(rule, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    r2 = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=env)
    assert "CIT701" in r2.stdout, r2.stderr


def test_an_unreadable_entry_is_a_miss_not_an_error(project):
    first = lint_paths(["seed.txt"], today=TODAY)
    for e in entries(project / ".citelint_cache"):
        e.write_bytes(b"\x00not marshal")
    again = lint_paths(["seed.txt"], today=TODAY)
    assert again.findings == first.findings


def test_verify_and_stdin_are_never_cached(project):
    r = runner.invoke(app, ["check", "--today", "2026-11-26", "--stdin-filename", "x.txt", "-"],
                      input=SEED.read_text(encoding="utf-8"))
    assert r.exit_code == 1
    assert not (project / ".citelint_cache").exists() or not entries(project / ".citelint_cache")
    settings = api.effective(api.Settings(), Overrides(verify=True))
    assert api._result_cache(settings) is None


def test_fix_works_from_a_cached_result(project):
    runner.invoke(app, ["check", "--today", "2026-11-26", "seed.txt"])  # cached
    r = runner.invoke(app, ["check", "--today", "2026-11-26", "--fix", "seed.txt"])
    assert "fixed 1 file" in r.stderr
    assert "NCT01282450" in (project / "seed.txt").read_text(encoding="utf-8")
    assert "CIT208" not in r.stdout


def test_parallel_runs_share_the_cache(project):
    for i in range(4):
        shutil.copyfile(SEED, project / f"copy{i}.txt")
    serial = lint_paths(["."], today=TODAY, jobs=1, overrides=Overrides(result_cache=False))
    lint_paths(["."], today=TODAY, jobs=2)
    assert len(entries(project / ".citelint_cache")) == 5
    warm = lint_paths(["."], today=TODAY, jobs=2)
    assert warm.findings == serial.findings


def test_clean_deletes_the_cache_and_nothing_else(project):
    runner.invoke(app, ["check", "--today", "2026-11-26", "seed.txt"])
    r = runner.invoke(app, ["clean"])
    assert r.exit_code == 0 and "removed (1 cached file result)" in r.stdout
    assert not (project / ".citelint_cache").exists()
    assert (project / "seed.txt").exists()
    # a folder citelint did not make (no CACHEDIR.TAG) is left alone
    (project / "mine").mkdir()
    (project / "mine" / "notes.txt").write_text("keep me")
    (project / ".citelint.toml").write_text('result-cache-dir = "mine"\n')
    runner.invoke(app, ["clean"])
    assert (project / "mine" / "notes.txt").read_text() == "keep me"


def test_the_console_script_reuses_the_cache_across_processes(project):
    cmd = [sys.executable, "-m", "citelint", "check", "--today", "2026-11-26", "seed.txt"]
    env = {k: v for k, v in os.environ.items() if k not in ("CITELINT_RESULT_CACHE_DIR", "CITELINT_NO_RESULT_CACHE")}
    a = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=env)
    b = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=dict(env, PYTHONPROFILEIMPORTTIME="1"))
    assert a.returncode == b.returncode == 1
    assert a.stdout == b.stdout
    # the hit did not load the entry parser, the readers or the rules
    assert "citelint.parsing.references" not in b.stderr and "citelint.readers.text" not in b.stderr
    assert "citelint.resultcache" in b.stderr


def test_entries_unused_for_a_week_are_swept_and_used_ones_kept(project):
    for i in range(3):
        shutil.copyfile(SEED, project / f"t{i}.txt")
    lint_paths(["."], today=TODAY)
    cache = project / ".citelint_cache"
    files = sorted(entries(cache))
    assert len(files) == 4
    # a hit refreshes its entry; the others are left a month old
    month = resultcache.time.time() - 30 * 86400
    for f in files:
        os.utime(f, (month, month))
    api._CACHE_KEYS.clear()
    lint_paths(["./t0.txt"], today=TODAY)  # the path as the walk showed it: a hit
    (cache / resultcache._LAYOUT / "last-prune").unlink(missing_ok=True)
    (cache / "v1").mkdir()  # an older layout's folder goes too
    removed = resultcache.prune(str(cache))
    assert removed == 3 and len(entries(cache)) == 1 and not (cache / "v1").exists()
    assert resultcache.prune(str(cache)) == 0  # at most once a day
    # entries are compressed: the cache is smaller than the text it holds
    assert entries(cache)[0].stat().st_size < SEED.stat().st_size
