"""The user's sample reprint: what citelint must say about it."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from citelint.cli import app

from conftest import SEED


def run_json(*args):
    result = CliRunner().invoke(app, ["check", "--format", "json", "--today", "2026-11-26", *args])
    return result.exit_code, json.loads(result.stdout)


def test_seed_findings():
    code, data = run_json(str(SEED))
    assert code == 1
    got = {(f["code"], f["line"]) for f in data["findings"]}
    assert ("CIT301", 33) in got
    assert ("CIT302", 33) in got
    assert ("CIT401", 29) in got
    cit401 = next(f for f in data["findings"] if f["code"] == "CIT401")
    assert (cit401["line"], cit401["end_line"]) == (29, 31)
    cit201 = [f for f in data["findings"] if f["code"] == "CIT201"]
    assert len(cit201) == 1
    assert cit201[0]["reference"] == "4-59"
    assert "References 4–59" in cit201[0]["message"] and "truncated" in cit201[0]["message"]
    assert cit201[0]["line"] == 38
    codes = {f["code"] for f in data["findings"]}
    assert not codes & {"CIT101", "CIT102", "CIT103", "CIT202", "CIT303", "CIT304", "CIT402"}


def test_seed_stale_messages_give_age_and_limit():
    _, data = run_json(str(SEED))
    msgs = {f["code"]: f["message"] for f in data["findings"]}
    assert msgs["CIT301"] == "Literature review current through Nov 2017 is 108 months old (limit 12)"
    assert msgs["CIT302"] == "This topic last updated Aug 15, 2017 is 111 months old (limit 12)"


def test_seed_json_contract():
    _, data = run_json(str(SEED))
    assert set(data) == {"version", "files", "findings", "summary"}
    assert data["files"] == [{"path": str(SEED), "format": "text", "findings": len(data["findings"])}]
    for f in data["findings"]:
        assert set(f) == {"path", "line", "column", "end_line", "end_column", "code", "name",
                          "severity", "message", "reference", "fix"}
    keys = [(f["path"], f["line"], f["column"], f["code"]) for f in data["findings"]]
    assert keys == sorted(keys)
    assert data["summary"]["files"] == 1
    assert data["summary"]["findings"] == len(data["findings"])
    assert sum(data["summary"]["by_code"].values()) == len(data["findings"])


def test_seed_with_a_recent_today_is_not_stale():
    code, data = run_json("--today", "2018-01-15", str(SEED))
    codes = {f["code"] for f in data["findings"]}
    assert "CIT301" not in codes and "CIT302" not in codes


def test_seed_reference_entries():
    """The reference-entry rules on the seed: exactly the defects a reader finds."""
    _, data = run_json(str(SEED))
    by = {(f["code"], f["reference"]) for f in data["findings"] if f["code"].startswith("CIT2")}
    assert ("CIT204", 27) in by  # Am J Clin Oncol 2015. -- no volume or pages
    assert ("CIT206", 9) in by  # the 2013 ASTRO presentation whose paper is entry 12
    assert ("CIT207", 55) in by  # Patane' D
    assert ("CIT208", 16) in by  # Nct01282450
    assert not {ref for code, ref in by if code in ("CIT204", "CIT205")} & {2, 3, 59}
    assert {code for code, _ in by} == {"CIT201", "CIT204", "CIT206", "CIT207", "CIT208"}
    cit208 = next(f for f in data["findings"] if f["code"] == "CIT208")
    assert cit208["fix"]["edits"][0]["content"] == "NCT01282450"
    cit204 = next(f for f in data["findings"] if f["code"] == "CIT204")
    assert "volume or pages" in cit204["message"]


def test_cit303_takes_entry_years_from_the_parser():
    from citelint.api import lint_text
    import datetime as dt

    text = (
        "Cited [1].\n\nLiterature review current through: Nov 2017.\n\n"
        "1. Smith J, Jones K. The 2015 guideline revisited. J Clin Oncol 2019;37:1-10.\n"
    )
    [f] = lint_text(text, select=["CIT303"], today=dt.date(2026, 11, 26))
    assert "published in 2019" in f.message  # not 2015, the year in the title
