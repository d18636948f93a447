"""CI outputs, baselines, suppressions, safe fixes, parallel runs, the HTML report."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from citelint.cli import app

from conftest import FIXTURES, SEED

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_sarif_validates_against_the_official_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((FIXTURES / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    r = invoke("check", "--today", "2026-11-26", "-f", "sarif", str(SEED), str(FIXTURES / "markdown"))
    sarif = json.loads(r.stdout)
    jsonschema.validate(sarif, schema)
    run = sarif["runs"][0]
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert {"CIT101", "CIT201", "CIT301"} <= set(ids)
    rule = run["tool"]["driver"]["rules"][ids.index("CIT301")]
    assert rule["shortDescription"]["text"].startswith("Flags a literature-review date")
    assert rule["defaultConfiguration"]["level"] == "warning"
    res = next(x for x in run["results"] if x["ruleId"] == "CIT301")
    assert res["locations"][0]["physicalLocation"]["region"]["startLine"] == 33
    assert run["results"][0]["partialFingerprints"]["citelint/v1"]


def test_github_annotations():
    r = invoke("check", "--today", "2026-11-26", "-f", "github", str(SEED))
    lines = r.stdout.splitlines()
    assert any(line.startswith(f"::warning file={SEED},line=33,col=1,") and "title=CIT301 stale-review::" in line
               for line in lines)
    assert any(line.startswith("::notice ") for line in lines)  # info -> notice
    assert r.exit_code == 1


def test_gitlab_code_quality():
    r = invoke("check", "--today", "2026-11-26", "-f", "gitlab", str(SEED))
    issues = json.loads(r.stdout)
    assert {i["severity"] for i in issues} <= {"info", "minor", "major"}
    assert all(set(i) == {"description", "check_name", "fingerprint", "severity", "location"} for i in issues)
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_baseline_survives_edits_and_shrinks(tmp_path):
    topic = tmp_path / "t.txt"
    shutil.copyfile(SEED, topic)
    base = tmp_path / "baseline.json"
    r = invoke("check", "--today", "2026-11-26", "--write-baseline", str(base), str(topic))
    assert r.exit_code == 0 and json.loads(base.read_text())["findings"]
    assert invoke("check", "--today", "2026-11-26", "--baseline", str(base), str(topic)).exit_code == 0
    # lines added above every finding: still all known
    topic.write_text("A new first line.\n\n" + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert invoke("check", "--today", "2026-11-26", "--baseline", str(base), str(topic)).exit_code == 0
    # a new problem is reported; a fixed one leaves a stale baseline entry (CIT002)
    text = topic.read_text(encoding="utf-8").replace("[2,3]", "[2,,3]").replace("Nct01282450", "NCT01282450")
    topic.write_text(text, encoding="utf-8")
    r = invoke("check", "--today", "2026-11-26", "-f", "json", "--baseline", str(base), str(topic))
    codes = sorted(f["code"] for f in json.loads(r.stdout)["findings"])
    assert "CIT102" in codes and "CIT002" in codes
    cit002 = [f for f in json.loads(r.stdout)["findings"] if f["code"] == "CIT002"]
    assert any("CIT208" in f["message"] for f in cit002)


def test_bad_baseline_file(tmp_path):
    bad = tmp_path / "b.json"
    bad.write_text("{}", encoding="utf-8")
    r = invoke("check", "--baseline", str(bad), str(SEED))
    assert r.exit_code == 2 and "not a citelint baseline" in r.stderr


def test_allow_list_suppresses_and_reports_unused_entries(tmp_path):
    topic = tmp_path / "t.txt"
    shutil.copyfile(SEED, topic)
    (tmp_path / ".citelint.toml").write_text(
        'allow = [\n'
        '  {path = "t.txt", code = "CIT201", reference = "4-59", reason = "truncated reprint"},\n'
        '  {path = "*.txt", code = "CIT101", reason = "stale entry"},\n'
        ']\n', encoding="utf-8")
    r = invoke("check", "--today", "2026-11-26", "-f", "json", str(topic))
    found = json.loads(r.stdout)["findings"]
    assert not [f for f in found if f["code"] == "CIT201"]
    [unused] = [f for f in found if f["code"] == "CIT002"]
    assert "CIT101" in unused["message"] and unused["path"].endswith(".citelint.toml")


def test_allow_entry_without_a_reason_is_a_config_error(tmp_path):
    topic = tmp_path / "t.txt"
    shutil.copyfile(SEED, topic)
    (tmp_path / ".citelint.toml").write_text('allow = [{path = "t.txt", code = "CIT201"}]\n', encoding="utf-8")
    r = invoke("check", str(topic))
    assert r.exit_code == 2 and "needs 'reason'" in r.stderr


def test_fix_and_diff_keep_encoding_and_line_endings(tmp_path):
    topic = tmp_path / "t.txt"
    text = "Cited [3,2] and [1].\r\n\r\n1. A B. J Clin Oncol 1995;13:8 (Nct01282450).\r\n2. C D. J 2001;1:1.\r\n3. E F. J 2002;2:2.\r\n"
    topic.write_bytes(text.encode("cp1252"))
    before = topic.read_bytes()
    d = invoke("check", "--diff", str(topic))
    assert d.exit_code == 1 and "-Cited [3,2] and [1]." in d.stdout and "+Cited [2,3] and [1]." in d.stdout
    assert topic.read_bytes() == before  # --diff writes nothing
    r = invoke("check", "--fix", "--select", "CIT104,CIT208", str(topic))
    after = topic.read_bytes()
    assert after == before.replace(b"[3,2]", b"[2,3]").replace(b"Nct01282450", b"NCT01282450")
    assert b"\r\n" in after
    assert r.exit_code == 0  # nothing left at the fail level


def test_files_with_nothing_to_fix_are_not_touched(tmp_path):
    topic = tmp_path / "t.txt"
    topic.write_text("Cited [1].\n\n1. A B. J 1995;13:8.\n", encoding="utf-8")
    st = topic.stat().st_mtime_ns
    invoke("check", "--fix", str(topic))
    assert topic.stat().st_mtime_ns == st


def test_parallel_run_matches_serial():
    serial = invoke("check", "--today", "2026-11-26", "-f", "json", str(FIXTURES / "jats"), str(FIXTURES / "html"))
    parallel = invoke("check", "--today", "2026-11-26", "-f", "json", "-j", "2", str(FIXTURES / "jats"), str(FIXTURES / "html"))
    assert json.loads(serial.stdout)["findings"] == json.loads(parallel.stdout)["findings"]
    assert serial.exit_code == parallel.exit_code


def test_html_report_is_self_contained(tmp_path):
    out = tmp_path / "report.html"
    r = invoke("check", "--today", "2026-11-26", "-f", "html", "-o", str(out), str(SEED), str(FIXTURES / "markdown"))
    page = out.read_text(encoding="utf-8")
    assert r.exit_code == 1
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert "src=\"http" not in page and "href=\"http" not in page and "@import" not in page
    assert "Findings by rule" in page and "Age of the literature-review date" in page
    assert "> 10 years" not in page or "&gt; 10 years" in page
    import re

    anchor = re.search(r'id="(t\d+-L33)"', page)
    assert anchor and f'href="#{anchor.group(1)}"' in page  # the finding links to its line


def test_inline_suppressions_in_markdown(tmp_path):
    note = tmp_path / "n.md"
    note.write_text("Cited [1] and [7].<!-- citelint: ignore CIT101 -->\n\n## References\n\n1. A B. J 1995;13:8.\n",
                    encoding="utf-8")
    r = invoke("check", "-f", "json", str(note))
    assert [f["code"] for f in json.loads(r.stdout)["findings"]] == []
    note.write_text("<!-- citelint: ignore-file CIT2 -->\nCited [1].\n\n## References\n\n1. A B. J 1995;13:8.\n2. C D. J 2001;1:1.\n",
                    encoding="utf-8")
    r = invoke("check", "-f", "json", str(note))
    assert [f["code"] for f in json.loads(r.stdout)["findings"]] == []


def test_progress_bar_only_on_a_terminal(monkeypatch):
    import sys

    from citelint import _checkcmd as cli

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert cli._progress_bar() is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    bar = cli._progress_bar()
    assert bar is not None
    for done in range(1, 31):
        bar(done, 30)  # a rich bar for a long run
    for _ in range(25):
        bar.references(1)  # and a count of references verified, past a screenful
    bar(None, None)


def test_html_report_renders_in_headless_chromium(tmp_path):
    """The documented visual check, automated where Debian's chromium is installed."""
    import shutil
    import subprocess

    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("chromium is not installed (apt-get install chromium) -- see README, 'HTML report'")
    out = tmp_path / "report.html"
    invoke("check", "--today", "2026-11-26", "-f", "html", "-o", str(out), str(SEED))
    png = tmp_path / "report.png"
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'ud'}", "--window-size=1280,1200", f"--screenshot={png}",
                    out.as_uri()], capture_output=True, timeout=120)
    assert png.is_file() and png.stat().st_size > 20_000  # a rendered page, not a blank one
