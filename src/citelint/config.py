"""Configuration: ``[tool.citelint]`` in ``pyproject.toml`` or the top level of
``.citelint.toml``, found upward from each checked file; CLI flags override.

Unknown keys and wrong types are errors that name the file and the key.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, NamedTuple, Optional

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # 10 MiB
from .findings import Severity

DEFAULT_INCLUDE = (
    "*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm", "*.xhtml", "*.xml", "*.nxml", "*.jats",
)
DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".venv", "venv", ".tox", "node_modules", "__pycache__",
    ".mypy_cache", ".pytest_cache", ".ruff_cache", ".citelint_cache", "build", "dist", "*.egg-info",
)
FORMATS = ("auto", "text", "html", "jats", "markdown")


class ConfigError(Exception):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class BaselineError(Exception):
    """A baseline file that cannot be read or written (exit status 2)."""


class Settings(NamedTuple):
    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    fail_level: str = "warning"
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    max_file_size: int = DEFAULT_MAX_BYTES
    packs: Optional[tuple[str, ...]] = None  # None: the packs marked default
    pack_paths: tuple[str, ...] = ()
    rules: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    input_format: str = "auto"
    allow: tuple = ()  # ((("path", ...), ("code", ...), ...), ...): suppressions for plain text
    verify: bool = False  # online verification (CIT5xx)
    verify_options: tuple = ()  # (("crossref-url", ...), ("cache", ...), ...) from [verify]
    result_cache: bool = True  # reuse the findings of files linted before (citelint.resultcache)
    result_cache_dir: Optional[str] = None  # relative to root; None: .citelint_cache
    source: Optional[str] = None  # the file these settings came from
    root: Optional[str] = None  # its directory: globs and pack paths are relative to it


# key -> (attribute, kind) where kind is the expected shape
_KEYS: dict[str, tuple[str, str]] = {
    "select": ("select", "selectors"),
    "extend-select": ("extend_select", "selectors"),
    "ignore": ("ignore", "selectors"),
    "severity": ("severity", "severity-table"),
    "fail-level": ("fail_level", "severity"),
    "per-file-ignores": ("per_file_ignores", "per-file-table"),
    "include": ("include", "strings"),
    "exclude": ("exclude", "strings"),
    "extend-exclude": ("extend_exclude", "strings"),
    "max-file-size": ("max_file_size", "positive-int"),
    "packs": ("packs", "strings"),
    "pack-paths": ("pack_paths", "strings"),
    "rules": ("rules", "rules-table"),
    "input-format": ("input_format", "format"),
    "allow": ("allow", "allow-list"),
    "verify": ("verify", "verify"),
    "result-cache": ("result_cache", "bool"),
    "result-cache-dir": ("result_cache_dir", "string"),
}
_VERIFY_KEYS = {"enabled": bool, "crossref-url": str, "doi-url": str, "ncbi-url": str, "cache": str, "mailto": str,
                "ncbi-api-key": str, "offline": bool, "timeout": (int, float), "retries": int, "backoff": (int, float),
                "rate-limit": bool}
_ALLOW_KEYS = {"path": str, "code": str, "reference": (str, int), "reason": str}


def _err(path, key, msg) -> ConfigError:
    return ConfigError(path, f"{key}: {msg}")


def _strings(path, key, value) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(path, key, "must be a list of strings")
    return tuple(value)


def parse_table(table: dict, path: str, prefix: str) -> dict[str, Any]:
    """Validate one config table and return Settings field values."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _KEYS:
            hint = difflib.get_close_matches(key, list(_KEYS), n=1)
            extra = f" (did you mean '{hint[0]}'?)" if hint else ""
            raise ConfigError(path, f"unknown key '{key}' in {prefix}{extra}")
        attr, kind = _KEYS[key]
        name = key
        if kind in ("selectors", "strings"):
            out[attr] = _strings(path, name, value)
        elif kind == "severity":
            if not isinstance(value, str):
                raise _err(path, name, "must be a string: error, warning or info")
            try:
                Severity.parse(value)
            except ValueError as exc:
                raise _err(path, name, str(exc)) from None
            out[attr] = value.lower()
        elif kind == "severity-table":
            if not isinstance(value, dict):
                raise _err(path, name, "must be a table of selector = severity")
            pairs = []
            for sel, sev in value.items():
                if not isinstance(sev, str):
                    raise _err(path, f"{name}.{sel}", "must be a string: error, warning or info")
                try:
                    Severity.parse(sev)
                except ValueError as exc:
                    raise _err(path, f"{name}.{sel}", str(exc)) from None
                pairs.append((sel, sev.lower()))
            out[attr] = tuple(pairs)
        elif kind == "per-file-table":
            if not isinstance(value, dict):
                raise _err(path, name, "must be a table of glob = [selectors]")
            out[attr] = tuple((glob, _strings(path, f"{name}.{glob!r}", sels)) for glob, sels in value.items())
        elif kind == "positive-int":
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise _err(path, name, "must be a positive integer")
            out[attr] = value
        elif kind == "bool":
            if not isinstance(value, bool):
                raise _err(path, name, "must be true or false")
            out[attr] = value
        elif kind == "string":
            if not isinstance(value, str) or not value:
                raise _err(path, name, "must be a non-empty string")
            out[attr] = value
        elif kind == "format":
            if value not in FORMATS:
                raise _err(path, name, f"must be one of {', '.join(FORMATS)}")
            out[attr] = value
        elif kind == "verify":
            if isinstance(value, bool):
                out["verify"] = value
                continue
            if not isinstance(value, dict):
                raise _err(path, name, "must be true/false or a table of verification settings")
            for k, v in value.items():
                if k not in _VERIFY_KEYS:
                    hint = difflib.get_close_matches(k, list(_VERIFY_KEYS), n=1)
                    extra = f" (did you mean '{hint[0]}'?)" if hint else ""
                    raise _err(path, f"{name}.{k}", f"unknown key{extra}")
                if isinstance(v, bool) and _VERIFY_KEYS[k] is not bool or not isinstance(v, _VERIFY_KEYS[k]):
                    raise _err(path, f"{name}.{k}", "has the wrong type")
            out["verify"] = bool(value.get("enabled", False))
            out["verify_options"] = tuple(sorted(value.items()))
        elif kind == "allow-list":
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise _err(path, name, "must be a list of tables: {path, code, reference?, reason}")
            entries = []
            for i, entry in enumerate(value):
                for k, v in entry.items():
                    if k not in _ALLOW_KEYS:
                        raise _err(path, f"{name}[{i}]", f"unknown key '{k}' (expected path, code, reference, reason)")
                    if isinstance(v, bool) or not isinstance(v, _ALLOW_KEYS[k]):
                        raise _err(path, f"{name}[{i}].{k}", "has the wrong type")
                for k in ("path", "code", "reason"):
                    if not entry.get(k):
                        raise _err(path, f"{name}[{i}]", f"needs '{k}' (a suppression names what it suppresses and why)")
                entries.append(tuple(sorted(entry.items())))
            out[attr] = tuple(entries)
        elif kind == "rules-table":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise _err(path, name, "must be a table of tables: [rules.CODE] option = value")
            out[attr] = tuple((sel, tuple(opts.items())) for sel, opts in value.items())
    return out


def load_file(path: Path) -> Optional[Settings]:
    """Settings from one file, or None for a pyproject.toml without [tool.citelint]."""
    try:
        from .tomlload import load_toml

        data = load_toml(path)
    except ValueError as exc:
        raise ConfigError(str(path), str(exc)) from None
    except OSError as exc:
        raise ConfigError(str(path), exc.strerror or str(exc)) from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "citelint" not in tool:
            return None
        table = tool["citelint"]
        prefix = "[tool.citelint]"
        if not isinstance(table, dict):
            raise ConfigError(str(path), "[tool.citelint] must be a table")
    else:
        table = data
        prefix = "the top level"
    values = parse_table(table, str(path), prefix)
    return Settings()._replace(**values, source=str(path), root=str(path.parent))


class ConfigFinder:
    """Finds the nearest configuration upward from a path; caches per directory."""

    def __init__(self, explicit: Optional[Path] = None) -> None:
        self._explicit = load_file(explicit) if explicit is not None else None
        if explicit is not None and self._explicit is None:
            raise ConfigError(str(explicit), "no [tool.citelint] table")
        self._cache: dict[Path, Settings] = {}

    def for_path(self, path: Optional[Path]) -> Settings:
        if self._explicit is not None:
            return self._explicit
        if path is None:
            start = Path.cwd()
        else:
            start = path if path.is_dir() else path.parent
        try:
            start = start.resolve()
        except OSError:
            return Settings()
        return self._lookup(start)

    def _lookup(self, directory: Path) -> Settings:
        if directory in self._cache:
            return self._cache[directory]
        found: Optional[Settings] = None
        for name in (".citelint.toml", "pyproject.toml"):
            candidate = directory / name
            if candidate.is_file():
                found = load_file(candidate)
                if found is not None:
                    break
        if found is None:
            parent = directory.parent
            found = Settings() if parent == directory else self._lookup(parent)
        self._cache[directory] = found
        return found
