"""TOML loading with one error type, and a small cache of parsed files.

Every run reads the packs (and usually a ``pyproject.toml``). Parsing them, and
importing ``tomllib``, is a noticeable part of the command's start-up, so the
parsed table of each file is kept in a ``marshal`` cache keyed by the file's
path, size and modification time. The cache is an optimisation only: any
problem with it (no home, read-only disk, a corrupt or foreign file) falls back
to parsing, and errors are never cached.

Location: ``$CITELINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/citelint``, else
``~/.cache/citelint``. (``platformdirs``, which names the lookup cache, costs
more to import than this cache saves.) ``CITELINT_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Optional

_FORMAT = b"citelint-toml-1\n"
_memo: dict[str, dict] = {}


def cache_dir() -> Optional[Path]:
    if os.environ.get("CITELINT_NO_CACHE"):
        return None
    explicit = os.environ.get("CITELINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if base.startswith("~"):
        return None  # no home directory
    return Path(base) / "citelint"


def _parse(data: bytes) -> dict:
    import tomllib as toml
    try:
        return toml.loads(data.decode("utf-8"))
    except toml.TOMLDecodeError as exc:
        raise ValueError(f"invalid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ValueError("invalid TOML: not UTF-8") from None


def load_toml(path: Path) -> dict:
    """The parsed table of a TOML file (``ValueError`` for invalid TOML, ``OSError`` to read)."""
    st = os.stat(path)
    key = f"{os.path.abspath(path)}\0{st.st_size}\0{st.st_mtime_ns}"
    if key in _memo:
        return _memo[key]
    cache = _cache_file()
    table = None
    if cache is not None:
        table = _cached().get(key)
    if table is None:
        with open(path, "rb") as fh:
            table = _parse(fh.read())
        if cache is not None:
            _store(cache, key, table)
    _memo[key] = table
    return table


def loads_toml(text: str) -> dict:
    return _parse(text.encode("utf-8"))


_entries: Optional[dict] = None


def _cache_file() -> Optional[Path]:
    d = cache_dir()
    return None if d is None else d / "toml.marshal"


def read_marshal(path, header: bytes) -> dict:
    """The dict kept in a cache file written by ``write_marshal`` with this header; {} for a
    missing, foreign or damaged file (a cache is an optimisation only)."""
    try:
        with open(path, "rb") as fh:
            blob = fh.read()
        if blob.startswith(header):
            value = marshal.loads(blob[len(header):])
            if isinstance(value, dict):
                return value
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return {}


def write_marshal(path, header: bytes, value: dict) -> None:
    """Replace a cache file in one step (concurrent runs never see half a file); errors are ignored."""
    try:
        os.makedirs(os.path.dirname(os.fspath(path)), exist_ok=True)
        from ._atomic import replace_file

        replace_file(os.fspath(path), header + marshal.dumps(value))
    except (OSError, ValueError):
        pass


def _cached() -> dict:
    global _entries
    if _entries is None:
        _entries = read_marshal(_cache_file(), _FORMAT)
    return _entries


def _store(cache: Path, key: str, table: dict) -> None:
    entries = _cached()
    entries[key] = table
    if len(entries) > 256:  # old versions of edited files: keep the newest
        for k in list(entries)[: len(entries) - 256]:
            del entries[k]
    write_marshal(cache, _FORMAT, entries)
