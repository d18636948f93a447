"""`citelint check` read without typer: the same options, the same parameters, the same output.

The command's entry point reads plain `check` runs itself (typer costs ~30 ms to
import); these tests hold that reading to typer's: the option tables must agree, the
parameters read from the same arguments must be identical, and anything the quick
reader does not take must go to typer (which prints the help or the usage error).
"""

from __future__ import annotations

import enum
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from citelint import _checkcmd, cli
from citelint._checkcmd import CHECK_DEFAULTS, CHECK_OPTIONS, parse_check_args

from conftest import SEED

CHECK = typer.main.get_command(cli.app).commands["check"]


def test_option_table_is_typers():
    seen = {}
    for p in CHECK.params:
        if p.param_type_name == "argument":
            assert p.name == "paths" and p.nargs == -1
            continue
        assert p.name in CHECK_DEFAULTS, p.name
        for opt in p.opts:
            seen[opt] = (p.name, True if p.is_flag else None)
        for opt in p.secondary_opts:
            seen[opt] = (p.name, False)
        for opt in p.opts + p.secondary_opts:
            name, kind = CHECK_OPTIONS[opt]
            assert name == p.name, opt
            if p.is_flag:
                assert kind is seen[opt][1], opt
            elif p.multiple:
                assert kind == "list", opt
            elif hasattr(p.type, "choices"):  # (typer may vendor click: its classes by what they do)
                assert isinstance(kind, type) and issubclass(kind, enum.Enum), opt
                assert [getattr(c, "value", c) for c in p.type.choices] == [m.value for m in kind], opt
            elif hasattr(p.type, "min"):
                assert kind == "count" and p.type.min == 1 and p.type.max is None, opt
            elif p.type.name == "path":
                assert kind is Path, opt
            else:
                assert p.type.name in ("str", "text") and kind is str, opt
    assert set(seen) == set(CHECK_OPTIONS)
    assert set(CHECK_DEFAULTS) == {p.name for p in CHECK.params}


def typer_params(argv: list[str]) -> dict:
    """The parameters typer passes to the check command for these arguments."""
    got = {}

    def capture(**params):
        got.update(params)
        return 0

    saved = cli.run_check
    cli.run_check = capture
    try:
        r = CliRunner().invoke(cli.app, argv)
    finally:
        cli.run_check = saved
    assert r.exit_code == 0, r.output
    return got


@pytest.mark.parametrize("argv", [
    ["check"],
    ["check", "a.txt", "-", "dir/"],
    ["check", "--today", "2026-11-26", "a.txt"],
    ["check", "a.txt", "--format", "json", "b.txt"],
    ["check", "-f", "sarif", "--format=github", "a.txt"],
    ["check", "--select", "CIT1,CIT2", "--select", "CIT301", "--ignore", "stale-review", "--extend-select", "CIT9"],
    ["check", "--config", "sub/pyproject.toml", "--fail-level", "error", "--input-format", "jats"],
    ["check", "--stdin-filename", "topic.md", "-", "--max-file-size", "1000"],
    ["check", "--color", "never", "-o", "out.json", "--fix", "--diff"],
    ["check", "--baseline", "b.json", "--write-baseline=w.json", "-j", "4", "--jobs", "2"],
    ["check", "--verify", "--no-verify", "--offline", "--cache", "redis://127.0.0.1:6379/0"],
    ["check", "--online", "--no-result-cache", "--result-cache", "x"],
    ["check", "--", "--weird-name.txt", "-f"],
    ["check", "--today", "not-a-date"],  # typer takes any string; the command reports it
])
def test_same_parameters_as_typer(argv):
    assert parse_check_args(argv) == typer_params(argv)


@pytest.mark.parametrize("argv", [
    [], ["--version"], ["-V"], ["rules"], ["refs", "a.txt"], ["check", "--help"], ["check", "-h"],
    ["check", "-fjson"], ["check", "--fix=yes"], ["check", "--bogus"], ["check", "--jobs", "0"],
    ["check", "--jobs", "two"], ["check", "--format", "JSON"], ["check", "--today"], ["check", "-o", "--fix"],
    ["check", "--max-file-size", "-5"], ["check", "--colour", "never"],
])
def test_anything_else_is_left_to_typer(argv):
    assert parse_check_args(argv) is None


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "citelint", *args], capture_output=True, text=True,
                          env=dict(os.environ, **(env or {})))


def test_the_command_runs_check_without_typer_and_prints_what_typer_would():
    probe = ("import atexit, sys\n"
             "atexit.register(lambda: sys.stderr.write('typer loaded: %s\\n' % ('typer' in sys.modules)))\n"
             "from citelint.__main__ import main\n"
             "sys.argv = ['citelint'] + sys.argv[1:]\n"
             "main()\n")
    args = ["check", "--today", "2026-11-26", "--no-result-cache", str(SEED)]
    quick = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True)
    assert "typer loaded: False" in quick.stderr
    slow = CliRunner().invoke(cli.app, args)
    assert quick.returncode == slow.exit_code == 1
    assert quick.stdout == slow.stdout and "CIT301" in quick.stdout


@pytest.mark.parametrize("args,code,message", [
    (["check", "--today", "26/11/2026", str(SEED)], 2, "citelint: error: --today: '26/11/2026' is not a date"),
    (["check", "--select", "stale-reveiw", str(SEED)], 2, "unknown rule selector 'stale-reveiw'"),
    (["check", "no-such-file.txt"], 2, "no-such-file.txt"),
    (["check", "--jobs", "0", str(SEED)], 2, "--jobs"),  # typer's usage error
    (["check", "--format", "yaml", str(SEED)], 2, "yaml"),  # typer's usage error
])
def test_errors_read_the_same_either_way(args, code, message):
    quick = run(*args)
    slow = CliRunner().invoke(cli.app, args)
    assert quick.returncode == slow.exit_code == code
    assert message in quick.stderr and message in slow.output
    assert "Traceback" not in quick.stderr


def test_help_still_comes_from_typer():
    r = run("check", "--help", env={"COLUMNS": "200"})
    assert r.returncode == 0 and "Usage: " in r.stdout and "--no-result-cache" in r.stdout


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    for i in range(300):  # enough output to fill a pipe
        (tmp_path / f"t{i:03}.txt").write_text(f"Cited [{i + 2}].\n\nReferences\n1. A B. T. J 2001;1:1.\n", encoding="utf-8")
    p = subprocess.Popen([sys.executable, "-m", "citelint", "check", "--no-result-cache", str(tmp_path)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.readline()
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 1
    assert "Traceback" not in err, err


def test_run_check_reports_a_bad_date_and_returns_2(capsys):
    params = dict(CHECK_DEFAULTS, paths=[str(SEED)], today="tomorrow")
    assert _checkcmd.run_check(**params) == 2
    assert capsys.readouterr().err == "citelint: error: --today: 'tomorrow' is not a date in the form YYYY-MM-DD\n"
