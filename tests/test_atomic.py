"""The one file writer (--fix, baselines, the result cache, the TOML cache)."""

import os
import stat

import pytest

from citelint._atomic import replace_file


def test_replaces_the_file_and_leaves_nothing_beside_it(tmp_path):
    target = tmp_path / "topic.txt"
    target.write_bytes(b"old")
    replace_file(str(target), b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["topic.txt"]


def test_keeps_the_mode_it_is_given(tmp_path):
    target = tmp_path / "topic.txt"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    replace_file(str(target), b"new", mode_from=str(target))
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


def test_a_failed_write_keeps_the_old_file_and_removes_the_temporary(tmp_path, monkeypatch):
    target = tmp_path / "topic.txt"
    target.write_bytes(b"old")

    def broken(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        replace_file(str(target), b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["topic.txt"]


def test_never_overwrites_a_file_that_has_the_temporary_name(tmp_path, monkeypatch):
    import citelint._atomic as atomic
    from itertools import count

    target = tmp_path / "topic.txt"
    taken = tmp_path / f".topic.txt.{os.getpid()}-0.tmp"
    taken.write_bytes(b"someone else's")
    monkeypatch.setattr(atomic, "_seq", count())
    replace_file(str(target), b"new")
    assert taken.read_bytes() == b"someone else's"
    assert target.read_bytes() == b"new"
