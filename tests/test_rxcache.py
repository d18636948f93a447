"""The compiled-pattern cache: kept programs give the same patterns as ``re.compile``."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from citelint import _rxcache

from conftest import SEED

PATTERNS = [
    (r"(?P<year>(?:19|20)\d\d)\s*;\s*(?P<vol>\d+)(?:\((?P<iss>[^)]*)\))?", 0),
    (r"\bdoi\s*:?\s*(10\.\d{4,9}/\S+)", re.IGNORECASE),
    (r"^\s*(?:References|Bibliography)\s*$", re.MULTILINE | re.IGNORECASE),
    (r"[\u2010-\u2015-]", 0),
    (r"(a|b)*?c{2,}(?=d)(?<!x)", 0),
]
TEXTS = ["Lancet 2017;389(10066):299", "DOI: 10.1000/xyz123.", "x\n References \ny", "1\u201310", "ababccccd"]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("CITELINT_CACHE_DIR", str(d))
    monkeypatch.setattr(_rxcache, "_programs", None)
    monkeypatch.setattr(_rxcache, "_new", {})
    monkeypatch.setattr(_rxcache, "_file", None)
    return d


def same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        ma, mb = a.search(text), b.search(text)
        assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups()))
        assert a.findall(text) == b.findall(text)


def reload_from_file():
    _rxcache._programs = None
    _rxcache._new.clear()


def test_kept_programs_are_read_back_and_match_like_re(fresh_cache, monkeypatch):
    for p, f in PATTERNS:
        same(_rxcache.compile(p, f), re.compile(p, f))
    _rxcache._save()
    assert len(list(fresh_cache.glob("patterns-*.marshal"))) == 1
    reload_from_file()
    monkeypatch.setattr(_rxcache, "_generate", lambda *a: pytest.fail("compiled from source again"))
    for p, f in PATTERNS:
        same(_rxcache.compile(p, f), re.compile(p, f))


def test_a_damaged_program_is_compiled_from_source(fresh_cache):
    p, f = PATTERNS[0]
    _rxcache.compile(p, f)
    _rxcache._save()
    reload_from_file()
    flags, code, groups, gi, ig = _rxcache._load()[(p, f)]
    from array import array

    _rxcache._programs[(p, f)] = (flags, array("I", [999999]).tobytes() + code[4:], groups, gi, ig)  # _sre refuses it
    same(_rxcache.compile(p, f), re.compile(p, f))
    assert (p, f) in _rxcache._new  # compiled again, and kept again


def test_a_foreign_or_truncated_file_is_ignored(fresh_cache):
    fresh_cache.mkdir(parents=True)
    _rxcache._load()
    with open(_rxcache._file, "wb") as fh:
        fh.write(_rxcache._FORMAT + b"\x00garbage")
    reload_from_file()
    for p, f in PATTERNS:
        same(_rxcache.compile(p, f), re.compile(p, f))


def test_invalid_patterns_still_raise_re_error(fresh_cache):
    with pytest.raises(re.error):
        _rxcache.compile(r"(unclosed")


def test_no_cache_means_no_file(fresh_cache, monkeypatch):
    monkeypatch.setenv("CITELINT_NO_CACHE", "1")
    same(_rxcache.compile(*PATTERNS[1]), re.compile(*PATTERNS[1]))
    _rxcache._save()
    assert not fresh_cache.exists()


def test_a_second_run_of_the_command_compiles_nothing_and_reports_the_same(tmp_path):
    """End to end: the first run keeps its programs, the second reads every pattern back."""
    env = dict(os.environ, CITELINT_CACHE_DIR=str(tmp_path / "cache"))
    probe = (
        "import sys, citelint._rxcache as c\n"
        "made = []\n"
        "g = c._generate\n"
        "c._generate = lambda *a: (made.append(a[0]), g(*a))[1]\n"
        "from citelint.cli import main\n"
        "sys.argv = ['citelint', 'check', '--no-result-cache', '--today', '2026-11-26', sys.argv[1]]\n"
        "try:\n    main()\n"
        "finally:\n    sys.stderr.write(f'compiled {len(made)}\\n')\n"
    )
    runs = [subprocess.run([sys.executable, "-c", probe, str(SEED)], env=env, capture_output=True, text=True)
            for _ in range(2)]
    first, second = runs
    assert first.stdout == second.stdout and "CIT301" in first.stdout
    assert first.returncode == second.returncode == 1
    assert int(first.stderr.rsplit("compiled ", 1)[1]) > 20
    assert "compiled 0" in second.stderr
