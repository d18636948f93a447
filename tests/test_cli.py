"""The command line: formats, exit status, bad input, stdin, colour."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from citelint import __version__
from citelint.cli import app


runner = CliRunner()


def invoke(*args, input=None, env=None):
    return runner.invoke(app, list(args), input=input, env=env)


def test_version():
    r = invoke("--version")
    assert r.exit_code == 0 and r.stdout.strip() == f"citelint {__version__}"


def test_text_output_and_summary(seed_path):
    r = invoke("check", "--today", "2026-11-26", str(seed_path))
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert f"{seed_path}:33:1: CIT301 Literature review current through Nov 2017 is 108 months old (limit 12)" in lines
    assert lines[-2:] == ["Found 8 findings in 1 file (7 warnings, 1 info).", "[*] 1 fixable with --fix."]
    assert "\x1b[" not in r.stdout  # not a terminal: no colour


def test_color_always_and_no_color(seed_path):
    r = invoke("check", "--today", "2026-11-26", "--color", "always", str(seed_path))
    assert "\x1b[1;33mCIT301" in r.stdout
    r = invoke("check", "--today", "2026-11-26", str(seed_path), env={"NO_COLOR": "1"})
    assert "\x1b[" not in r.stdout


def test_fail_level(seed_path):
    assert invoke("check", "--today", "2026-11-26", "--fail-level", "error", str(seed_path)).exit_code == 0
    assert invoke("check", "--today", "2026-11-26", "--fail-level", "info", str(seed_path)).exit_code == 1


def test_select_and_ignore_accept_commas(seed_path):
    r = invoke("check", "-f", "json", "--today", "2026-11-26", "--select", "CIT3,CIT401", "--ignore", "stale-update", str(seed_path))
    assert sorted(f["code"] for f in json.loads(r.stdout)["findings"]) == ["CIT301", "CIT401"]


def test_clean_file_exits_zero(tmp_path):
    p = tmp_path / "clean.txt"
    p.write_text("Cited [1].\n\nReferences\n1. Hellman S. Oligometastases. J Clin Oncol 1995; 13:8.\n", encoding="utf-8")
    r = invoke("check", str(p))
    assert r.exit_code == 0 and r.stdout.strip() == "All checks passed (1 file)."


def test_bad_today_is_a_usage_error(seed_path):
    r = invoke("check", "--today", "26/11/2026", str(seed_path))
    assert r.exit_code == 2
    assert r.stderr.strip() == "citelint: error: --today: '26/11/2026' is not a date in the form YYYY-MM-DD"


def test_missing_path(tmp_path):
    r = invoke("check", str(tmp_path / "nope.txt"))
    assert r.exit_code == 2
    assert r.stderr.strip() == f"citelint: error: {tmp_path / 'nope.txt'}: no such file or directory"
    assert "Traceback" not in r.output


def test_broken_symlink(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing-target.txt")
    r = invoke("check", str(link))
    assert r.exit_code == 2
    assert f"{link}: No such file or directory" in r.stderr


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("scan.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "looks like a PDF document"),
        ("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "looks like a PNG image"),
        ("nul.txt", b"Some text\x00more", "NUL byte"),
        ("empty.txt", b"", "file is empty"),
    ],
)
def test_unreadable_files_are_cit001(tmp_path, name, data, reason):
    p = tmp_path / name
    p.write_bytes(data)
    r = invoke("check", str(p))
    assert r.exit_code == 1
    [line, summary] = r.stdout.splitlines()
    assert line.startswith(f"{p}:1:1: CIT001 ") and reason in line
    assert "Traceback" not in r.output


def test_size_cap(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 1000)
    r = invoke("check", "--max-file-size", "100", str(p))
    assert r.exit_code == 1 and "over the size cap of 100 bytes" in r.stdout


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_without_a_size_is_read_only_up_to_the_cap():
    r = invoke("check", "--no-result-cache", "--max-file-size", "1000", "/dev/zero")
    assert r.exit_code == 1 and "/dev/zero:1:1: CIT001 file is over the size cap of 1,000 bytes" in r.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_walk_skips_named_pipes_and_broken_links_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Cited [1].\n\n1. Hellman S. Oligometastases. J Clin Oncol 1995; 13:8.\n",
                                    encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block for ever
    (tmp_path / "loop1.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop1.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    r = invoke("check", "--no-result-cache", str(tmp_path))
    assert r.exit_code == 0, r.output
    assert f"{tmp_path / 'pipe.txt'}: not a regular file (skipped)" in r.stderr
    for name in ("loop1.txt", "loop2.txt", "gone.txt"):
        assert f"{tmp_path / name}: broken symbolic link (skipped)" in r.stderr
    assert "1 file" in r.stdout


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_linted_with_a_note(tmp_path, encoding):
    text = "Tönnies M et al showed this [1] and that [2].\n\nReferences\n1. Tönnies M. Ann Thorac Surg 2014; 98:249.\n"
    p = tmp_path / f"{encoding}.txt"
    p.write_bytes(text.encode(encoding))
    r = invoke("check", "-f", "json", str(p))
    assert r.exit_code == 1
    data = json.loads(r.stdout)
    assert [f["code"] for f in data["findings"]] == ["CIT101"]
    assert f"citelint: note: {p}: not valid UTF-8" in r.stderr and "decoded as" in r.stderr


def test_directory_recursion_with_include_and_exclude(tmp_path):
    (tmp_path / "topics").mkdir()
    (tmp_path / "topics" / "a.txt").write_text("Cited [2].\n\n1. Hellman S. J Clin Oncol 1995; 13:8.\n", encoding="utf-8")
    (tmp_path / "topics" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "b.txt").write_text("Cited [9].\n", encoding="utf-8")
    r = invoke("check", "-f", "json", str(tmp_path))
    data = json.loads(r.stdout)
    assert [f["path"] for f in data["files"]] == [str(tmp_path / "topics" / "a.txt")]


def test_directory_with_only_unrelated_files(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "script.py").write_text("print(1)\n", encoding="utf-8")
    r = invoke("check", str(tmp_path))
    assert r.exit_code == 2
    assert r.stderr.strip().startswith(f"citelint: warning: {tmp_path}: no topic files found")


def test_stdin_with_a_filename():
    text = "Cited [3].\n\n1. Hellman S. J Clin Oncol 1995; 13:8.\n"
    r = invoke("check", "-f", "json", "--stdin-filename", "topic.txt", "-", input=text)
    data = json.loads(r.stdout)
    assert [(f["path"], f["code"]) for f in data["findings"] if f["code"] == "CIT101"] == [("topic.txt", "CIT101")]


def test_config_error_is_one_line(tmp_path, seed_path):
    (tmp_path / ".citelint.toml").write_text('selct = ["CIT1"]\n', encoding="utf-8")
    p = tmp_path / "t.txt"
    p.write_bytes(seed_path.read_bytes())
    r = invoke("check", str(p))
    assert r.exit_code == 2
    assert r.stderr.strip() == (
        f"citelint: error: {tmp_path / '.citelint.toml'}: unknown key 'selct' in the top level (did you mean 'select'?)"
    )


def test_unknown_selector_on_the_command_line(seed_path):
    r = invoke("check", "--select", "CIT9X", str(seed_path))
    assert r.exit_code == 2 and "unknown rule selector 'CIT9X'" in r.stderr


def test_input_files_are_never_written(seed_copy):
    before = (seed_copy.read_bytes(), seed_copy.stat().st_mtime_ns)
    invoke("check", "--today", "2026-11-26", str(seed_copy))
    invoke("check", "-f", "json", str(seed_copy))
    assert (seed_copy.read_bytes(), seed_copy.stat().st_mtime_ns) == before


def test_rules_table_lists_every_code():
    r = invoke("rules")
    assert r.exit_code == 0
    for code in ("CIT001", "CIT101", "CIT102", "CIT103", "CIT104", "CIT201", "CIT202", "CIT301",
                 "CIT302", "CIT303", "CIT304", "CIT401", "CIT402", "CIT601"):
        assert code in r.stdout
    data = json.loads(invoke("rules", "--format", "json", "--all").stdout)
    assert {"CIT611"} <= {row["code"] for row in data}


def test_rule_docs():
    r = invoke("rule", "CIT301")
    assert r.exit_code == 0
    assert "# CIT301 stale-review" in r.stdout and "## Why is this bad?" in r.stdout
    assert invoke("rule", "stale-review").stdout == r.stdout
    bad = invoke("rule", "stale-reveiw")
    assert bad.exit_code == 2 and "did you mean 'stale-review'" in bad.stderr


def test_html_pages_are_read(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><body><p>Cited [2].</p><ol class='references'><li>Hellman S. J Clin Oncol 1995;13:8.</li></ol></body></html>",
                 encoding="utf-8")
    r = invoke("check", "-f", "json", str(p))
    data = json.loads(r.stdout)
    assert data["files"][0]["format"] == "html"
    assert [f["code"] for f in data["findings"]] == ["CIT101", "CIT201"]


def test_console_script_end_to_end(seed_path):
    exe = os.path.join(os.path.dirname(sys.executable), "citelint")
    cmd = [exe] if os.path.exists(exe) else [sys.executable, "-m", "citelint"]
    r = subprocess.run(cmd + ["check", "--today", "2026-11-26", str(seed_path)], capture_output=True, text=True)
    assert r.returncode == 1
    assert r.stdout.splitlines()[-2] == "Found 8 findings in 1 file (7 warnings, 1 info)."


def test_xml_that_is_not_an_article_is_skipped_in_a_walk_and_reported_when_named(tmp_path):
    from conftest import FIXTURES

    tei = FIXTURES / "other-xml" / "grobid-1708.00410.training.references.tei.xml"
    (tmp_path / "data").mkdir()
    shutil.copyfile(tei, tmp_path / "data" / tei.name)
    (tmp_path / "topic.txt").write_text("Cited [1].\n\nReferences\n1. Hellman S. J Clin Oncol 1995; 13:8.\n",
                                        encoding="utf-8")
    r = invoke("check", "-f", "json", str(tmp_path))
    assert r.exit_code == 0, r.stderr
    assert [f["path"] for f in json.loads(r.stdout)["files"]] == [str(tmp_path / "topic.txt")]
    assert "skipped 1 XML file found in directories: not a JATS article" in r.stderr
    # named on the command line, it is checked: one CIT001 line that says what it is
    r = invoke("check", str(tmp_path / "data" / tei.name))
    assert r.exit_code == 1
    assert "CIT001 not a JATS article: the root element is <TEI>" in r.stdout  # xml:id="0" is no parse error
