"""Configuration discovery and validation: errors name the file and the key."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from citelint.api import Overrides, lint_paths
from citelint.config import ConfigError, ConfigFinder

from conftest import SEED

TODAY = dt.date(2026, 11, 26)


def write(path, text):
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def codes(result):
    return sorted({f.code for f in result.findings})


def test_pyproject_table_found_upward(tmp_path, seed_copy):
    write(tmp_path / "pyproject.toml", """
        [tool.citelint]
        ignore = ["CIT201", "stale-update"]
    """)
    (tmp_path / "sub").mkdir()
    target = tmp_path / "sub" / "topic.txt"
    target.write_bytes(SEED.read_bytes())
    res = lint_paths([str(target)], today=TODAY)
    assert codes(res) == ["CIT204", "CIT206", "CIT207", "CIT208", "CIT301", "CIT401"]


def test_nearest_config_wins_and_citelint_toml_first(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.citelint]\nignore = ["CIT3"]\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    write(sub / ".citelint.toml", 'select = ["CIT301"]\n')
    write(sub / "pyproject.toml", '[tool.citelint]\nselect = ["CIT401"]\n')
    (sub / "t.txt").write_bytes(SEED.read_bytes())
    res = lint_paths([str(sub / "t.txt")], today=TODAY)
    assert codes(res) == ["CIT301"]


def test_pyproject_without_table_is_skipped(tmp_path):
    write(tmp_path / ".citelint.toml", 'select = ["CIT401"]\n')
    sub = tmp_path / "pkg"
    sub.mkdir()
    write(sub / "pyproject.toml", '[project]\nname = "x"\n')
    (sub / "t.txt").write_bytes(SEED.read_bytes())
    assert codes(lint_paths([str(sub / "t.txt")], today=TODAY)) == ["CIT401"]


def test_cli_flags_override_config(tmp_path):
    write(tmp_path / ".citelint.toml", 'select = ["CIT401"]\n')
    (tmp_path / "t.txt").write_bytes(SEED.read_bytes())
    res = lint_paths([str(tmp_path / "t.txt")], overrides=Overrides(select=("CIT3",)), today=TODAY)
    assert codes(res) == ["CIT301", "CIT302"]


def test_selection_longest_prefix_wins(tmp_path):
    write(tmp_path / ".citelint.toml", 'select = ["CIT3", "CIT401"]\nignore = ["CIT30"]\nextend-select = ["CIT301"]\n')
    (tmp_path / "t.txt").write_bytes(SEED.read_bytes())
    assert codes(lint_paths([str(tmp_path / "t.txt")], today=TODAY)) == ["CIT301", "CIT401"]


def test_severity_override_and_fail_level(tmp_path):
    write(tmp_path / ".citelint.toml", """
        select = ["CIT401"]
        fail-level = "error"
        [severity]
        CIT401 = "info"
    """)
    (tmp_path / "t.txt").write_bytes(SEED.read_bytes())
    res = lint_paths([str(tmp_path / "t.txt")], today=TODAY)
    [f] = res.findings
    assert f.severity.label == "info"
    assert res.files[0].fail_level.label == "error"


def test_rule_options(tmp_path):
    write(tmp_path / ".citelint.toml", """
        select = ["CIT301"]
        [rules.stale-review]
        max-age-months = 200
    """)
    (tmp_path / "t.txt").write_bytes(SEED.read_bytes())
    assert codes(lint_paths([str(tmp_path / "t.txt")], today=TODAY)) == []


def test_per_file_ignores(tmp_path):
    write(tmp_path / ".citelint.toml", """
        [per-file-ignores]
        "legacy/**" = ["CIT2", "CIT3"]
    """)
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "t.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "t.txt").write_bytes(SEED.read_bytes())
    res = lint_paths([str(tmp_path)], today=TODAY)
    legacy = [f.code for f in res.findings if "legacy" in f.path]
    other = [f.code for f in res.findings if "legacy" not in f.path]
    assert sorted(set(legacy)) == ["CIT401"]
    assert "CIT201" in other and "CIT301" in other


@pytest.mark.parametrize(
    "content,words",
    [
        ('selct = ["CIT1"]\n', ["unknown key 'selct'", "did you mean 'select'"]),
        ('select = "CIT1"\n', ["select", "list of strings"]),
        ('fail-level = "fatal"\n', ["fail-level", "unknown severity"]),
        ('max-file-size = -1\n', ["max-file-size", "positive integer"]),
        ('select = ["CIT9Z"]\n', ["unknown rule selector 'CIT9Z'"]),
        ('select = ["stale-reveiw"]\n', ["did you mean 'stale-review'"]),
        ('[rules.CIT301]\nmax-age = 3\n', ["rules.CIT301.max-age", "unknown option"]),
        ('[rules.CIT301]\nmax-age-months = "3"\n', ["max-age-months", "must be int"]),
        ('[severity]\nCIT301 = "loud"\n', ["severity.CIT301"]),
        ('packs = ["nope"]\n', ["unknown pack 'nope'"]),
        ("select = [\n", ["invalid TOML"]),
    ],
)
def test_config_errors_name_file_and_key(tmp_path, content, words):
    cfg = write(tmp_path / ".citelint.toml", content)
    (tmp_path / "t.txt").write_bytes(SEED.read_bytes())
    with pytest.raises(ConfigError) as exc:
        lint_paths([str(tmp_path / "t.txt")], today=TODAY)
    assert exc.value.path.endswith(".citelint.toml") or exc.value.path == str(cfg)
    for w in words:
        assert w in str(exc.value)


def test_explicit_config_without_table(tmp_path):
    p = write(tmp_path / "pyproject.toml", "[project]\nname='x'\n")
    with pytest.raises(ConfigError):
        ConfigFinder(p)
