"""The parsed-TOML cache: a pure optimisation that never changes an answer."""

from __future__ import annotations

import os

import pytest

from citelint import tomlload


@pytest.fixture
def cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("CITELINT_CACHE_DIR", str(d))
    monkeypatch.setattr(tomlload, "_entries", None)
    monkeypatch.setattr(tomlload, "_memo", {})
    return d


def fresh():
    tomlload._entries = None
    tomlload._memo.clear()


def test_second_read_comes_from_the_cache(cache, tmp_path, monkeypatch):
    f = tmp_path / "a.toml"
    f.write_text('select = ["CIT1"]\n', encoding="utf-8")
    assert tomlload.load_toml(f) == {"select": ["CIT1"]}
    assert (cache / "toml.marshal").is_file()
    fresh()
    monkeypatch.setattr(tomlload, "_parse", lambda data: pytest.fail("parsed again"))
    assert tomlload.load_toml(f) == {"select": ["CIT1"]}


def test_an_edit_is_seen(cache, tmp_path):
    f = tmp_path / "a.toml"
    f.write_text('select = ["CIT1"]\n', encoding="utf-8")
    tomlload.load_toml(f)
    fresh()
    f.write_text('select = ["CIT2", "CIT3"]\n', encoding="utf-8")
    os.utime(f, ns=(1, 2_000_000_000_000_000_000))
    assert tomlload.load_toml(f) == {"select": ["CIT2", "CIT3"]}


def test_a_corrupt_cache_is_ignored(cache, tmp_path):
    cache.mkdir()
    (cache / "toml.marshal").write_bytes(b"citelint-toml-1\n\x00garbage")
    f = tmp_path / "a.toml"
    f.write_text("x = 1\n", encoding="utf-8")
    assert tomlload.load_toml(f) == {"x": 1}


def test_invalid_toml_is_never_cached(cache, tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text("x = [\n", encoding="utf-8")
    for _ in range(2):
        fresh()
        with pytest.raises(ValueError, match="invalid TOML"):
            tomlload.load_toml(f)


def test_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CITELINT_NO_CACHE", "1")
    assert tomlload.cache_dir() is None
    f = tmp_path / "a.toml"
    f.write_text("x = 1\n", encoding="utf-8")
    fresh()
    assert tomlload.load_toml(f) == {"x": 1}


def test_unwritable_cache_dir_falls_back(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("CITELINT_CACHE_DIR", str(blocker / "sub"))
    fresh()
    f = tmp_path / "a.toml"
    f.write_text("x = 1\n", encoding="utf-8")
    assert tomlload.load_toml(f) == {"x": 1}
