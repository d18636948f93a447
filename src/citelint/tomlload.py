"""TOML loading with one error type (``ValueError`` carrying the parser's reason)."""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib as _toml
else:  # pragma: no cover - Python 3.10
    import tomli as _toml


def load_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return _toml.load(fh)
    except _toml.TOMLDecodeError as exc:
        raise ValueError(f"invalid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ValueError("invalid TOML: not UTF-8") from None


def loads_toml(text: str) -> dict:
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        raise ValueError(f"invalid TOML: {exc}") from None
