"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode.

``re.compile`` parses a pattern and generates its program in Python: the ~100
patterns a run on one topic needs cost 10-15 ms of a command that should start in
the time of ``import typer``. This module keeps each pattern's generated program
(the list of opcodes ``re`` hands to ``_sre.compile``) in a ``marshal`` file in the
citelint cache folder (``tomlload.cache_dir()``), one file per interpreter build, and
builds later patterns from it directly.

It is an optimisation only, like the TOML cache beside it:

- the file is keyed by the interpreter (``sys.hexversion``, ``_sre.MAGIC``), so a
  program is only ever handed to the ``_sre`` that generated it; ``_sre.compile``
  validates every program, and a program it refuses (a damaged file) is compiled
  from source instead;
- anything unexpected (not CPython, an ``re`` whose internals differ, no cache
  folder, a read-only disk, a foreign file) falls back to ``re.compile``;
- ``CITELINT_NO_CACHE=1`` turns it off, as it turns off every citelint cache.

New programs are written once, when the process exits, merged with the file's
current content and replaced atomically (concurrent runs never see half a file).
"""

from __future__ import annotations

import os
import re
import sys
from array import array

_FORMAT = b"citelint-rx-2\n"
_programs: dict | None = None  # (pattern, flags) -> (flags, code as uint32 bytes, groups, groupindex, indexgroup)
_new: dict = {}
_file: str | None = None
_active = sys.implementation.name == "cpython"

try:  # the pieces of ``re`` this needs; an interpreter without them just compiles
    import _sre

    from re import _compiler as _sre_compile, _parser as _sre_parse
    _TAG = f"{sys.hexversion:x}-{_sre.MAGIC}"
    if array("I").itemsize != _sre.CODESIZE:  # pragma: no cover - programs are kept as 32-bit words
        _active = False
except Exception:  # pragma: no cover - not CPython
    _active = False


def _load() -> dict:
    global _programs, _file
    from .tomlload import cache_dir, read_marshal

    folder = cache_dir()
    if folder is None:
        _programs = {}
        return _programs
    _file = os.path.join(folder, f"patterns-{_TAG}.marshal")
    _programs = read_marshal(_file, _FORMAT)
    return _programs


def _generate(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for this pattern."""
    p = _sre_parse.parse(pattern, flags)
    code = array("I", _sre_compile._code(p, flags)).tobytes()  # (kept as bytes: the file loads in a tenth of the time)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _build(pattern: str, program: tuple) -> re.Pattern:
    """The pattern object from a kept program (``_sre`` validates the code)."""
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def compile(pattern, flags: int = 0) -> re.Pattern:  # noqa: A001 - reads like re.compile
    """``re.compile(pattern, flags)``, from the kept program when there is one."""
    if not _active or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    flags = int(flags)
    programs = _programs if _programs is not None else _load()
    key = (pattern, flags)
    program = programs.get(key)
    if program is not None:
        try:
            return _build(pattern, program)
        except Exception:  # a damaged or foreign program: compile from source (and keep that)
            pass
    try:
        program = _generate(pattern, flags)
        rx = _build(pattern, program)
    except re.error:
        raise
    except Exception:  # pragma: no cover - an ``re`` whose internals differ
        return re.compile(pattern, flags)
    if _file is not None:
        if not _new:
            import atexit

            atexit.register(_save)
        _new[key] = program
    return rx


def _save() -> None:
    """Merge this run's new programs into the file (at exit)."""
    if not _new or _file is None:
        return
    from .tomlload import read_marshal, write_marshal

    merged = read_marshal(_file, _FORMAT)
    merged.update(_new)
    if len(merged) > 4096:  # patterns of older citelint versions: keep the newest
        for k in list(merged)[: len(merged) - 4096]:
            del merged[k]
    _new.clear()
    write_marshal(_file, _FORMAT, merged)
