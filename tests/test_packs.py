"""Declarative packs: every pack rule's own examples run here; bad packs fail clearly."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from citelint.api import lint_bytes, lint_paths
from citelint.config import ConfigError, Settings
from citelint.fixes import apply_fixes
from citelint.packs import PackError, load_pack, load_packs

TODAY = dt.date(2026, 11, 26)


def _examples():
    out = []
    for pack in load_packs().values():
        for rule in pack.rules:
            for i, ex in enumerate(rule.examples):
                out.append(pytest.param(pack.name, rule, ex, id=f"{rule.code}-{i}"))
    return out


EXAMPLES = _examples()


@pytest.mark.parametrize("pack,rule,example", EXAMPLES)
def test_pack_examples(pack, rule, example):
    settings = Settings(select=(rule.code,), packs=("core", "uptodate", pack) if pack not in ("core", "uptodate") else None)
    text = example.get("pass", example.get("fail"))
    report = lint_bytes("example.txt", text.encode("utf-8"), settings, TODAY)
    hits = [f for f in report.findings if f.code == rule.code]
    if "pass" in example:
        assert hits == []
    else:
        assert hits, f"{rule.code} should flag {text!r}"
        if "fix" in example:
            fixed, _ = apply_fixes(text, hits)
            assert fixed == example["fix"]


def test_every_pack_rule_has_examples_and_docs():
    for pack in load_packs().values():
        for rule in pack.rules:
            kinds = {"pass" if "pass" in e else "fail" for e in rule.examples}
            assert kinds == {"pass", "fail"}, rule.code
            for heading in ("## What it does", "## Why is this bad?", "## Example", "## Options"):
                assert heading in rule.docs, (rule.code, heading)


def test_builtin_packs():
    packs = load_packs()
    assert {"core", "uptodate", "ismp"} <= set(packs)
    assert packs["ismp"].default is False
    assert packs["uptodate"].applies_to("Official reprint from UpToDate®") is True
    assert packs["uptodate"].applies_to("A PLOS article") is False


def test_opt_in_pack_is_off_by_default():
    text = b"Give 500 \xc2\xb5g daily.\n"
    assert [f.code for f in lint_bytes("a.txt", text, Settings(), TODAY).findings if f.code == "CIT611"] == []
    s = Settings(packs=("core", "uptodate", "ismp"))
    assert [f.code for f in lint_bytes("a.txt", text, s, TODAY).findings] == ["CIT611"]


def test_a_teams_own_pack(tmp_path):
    pack = tmp_path / "house"
    pack.mkdir()
    (pack / "pack.toml").write_text('[pack]\nname = "house"\n[dates]\nlast-updated = ["Revised on"]\n', encoding="utf-8")
    (pack / "CIT701-no-ibid.toml").write_text(textwrap.dedent('''
        [rule]
        code = "CIT701"
        name = "no-ibid"
        kind = "existence"
        message = "Write the citation out instead of '{match}'"
        tokens = ['\\bibid\\b']
        ignore-case = true
        docs = "## What it does\\nFlags ibid.\\n## Why is this bad?\\nAmbiguous.\\n## Example\\nibid\\n## Options\\nNone."
        [[examples]]
        pass = "See [1]."
        [[examples]]
        fail = "See ibid."
    '''), encoding="utf-8")
    (tmp_path / ".citelint.toml").write_text(
        'pack-paths = ["house"]\npacks = ["core", "house"]\nselect = ["CIT701", "CIT302"]\n', encoding="utf-8")
    (tmp_path / "t.txt").write_text("As shown before (ibid).\n\nRevised on: 3 March 2019\n", encoding="utf-8")
    res = lint_paths([str(tmp_path / "t.txt")], today=TODAY)
    assert sorted(f.code for f in res.findings) == ["CIT302", "CIT701"]


@pytest.mark.parametrize(
    "files,words",
    [
        ({"pack.toml": "[pack]\nname='x'\n[markers]\nseperator=','\n"}, "unknown key 'seperator'"),
        ({"pack.toml": "[pak]\n"}, "unknown table [pak]"),
        ({"pack.toml": "[markers]\nseparator='/'\n"}, "separator must be"),
        ({"pack.toml": "", "R.toml": "[rule]\ncode='CIT101'\nname='x'\nkind='existence'\nmessage='m'\ntokens=['a']\n"}, "not a pack code"),
        ({"pack.toml": "", "R.toml": "[rule]\ncode='CIT650'\nname='x'\nkind='sequence'\nmessage='m'\n"}, "kind 'sequence'"),
        ({"pack.toml": "", "R.toml": "[rule]\ncode='CIT650'\nname='x'\nkind='existence'\nmessage='m'\ntokens=['(']\n"}, "does not compile"),
        ({"pack.toml": "", "R.toml": "[rule]\ncode='CIT650'\nname='x'\nkind='existence'\nmessage='m'\ntokens=['a']\n[[examples]]\npass='a'\nfail='b'\n"}, "exactly one of"),
    ],
)
def test_bad_packs(tmp_path, files, words):
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(PackError) as exc:
        load_pack(tmp_path)
    assert words in str(exc.value)
    assert str(tmp_path) in exc.value.path


def test_bad_pack_is_a_config_error(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "pack.toml").write_text("[oops]\n", encoding="utf-8")
    (tmp_path / ".citelint.toml").write_text('pack-paths = ["bad"]\n', encoding="utf-8")
    (tmp_path / "t.txt").write_text("text\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        lint_paths([str(tmp_path / "t.txt")], today=TODAY)
    assert "pack.toml" in exc.value.path


def test_date_labels_come_from_packs():
    s = Settings(select=("CIT302",))
    text = "Body.\n\nRevised on: 3 March 2019\n"
    assert lint_bytes("a.txt", text.encode(), s, TODAY).findings == []
