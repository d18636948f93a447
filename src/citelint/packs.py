"""Declarative packs: the top-level ``rules/`` folder, shipped inside the wheel.

A pack is a folder holding ``pack.toml`` (settings the readers and rules use:
date-line labels, paywall phrases, marker house style, reference headings,
the ``et al.`` rule) and any number of pattern-rule files
(``CIT6xx-name.toml``) of kind ``existence`` or ``substitution``, each with
its own pass/fail examples that the test suite runs.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, Optional

from .findings import Severity
from .parsing.markers import MarkerStyle
from .tomlload import load_toml
from ._rxcache import compile as rx_compile

PATTERN_KINDS = ("existence", "substitution")
SCOPES = ("body", "title", "references", "document")
_CODE_RE = rx_compile(r"CIT[6-9]\d\d")
_NAME_RE = rx_compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")

_SETTINGS_SCHEMA: dict[str, dict[str, type | tuple]] = {
    "pack": {"name": str, "description": str, "min-version": str, "detect": list, "default": bool},
    "markers": {"separator": str, "range-dash": str, "collapse-runs": int},
    "dates": {"review-through": list, "last-updated": list, "published": list, "require": list},
    "truncation": {"phrases": list},
    "boilerplate": {"phrases": list},
    "references": {"headings": list},
    "authors": {"max": int, "keep": int},
}
_RULE_SCHEMA: dict[str, type] = {
    "code": str, "name": str, "kind": str, "severity": str, "scope": str, "ignore-case": bool,
    "message": str, "tokens": list, "swap": dict, "docs": str, "link": str,
}
_EXAMPLE_KEYS = {"pass", "fail", "fix", "count"}
DATE_KINDS = ("review-through", "last-updated", "published")


class PackError(Exception):
    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.message = message


class _Record:
    """Plain slotted record, compared and hashed by identity (loaded once, cached)."""

    __slots__ = ()

    def __init__(self, **values: Any) -> None:
        for k, v in values.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, key, value):
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={getattr(self, k)!r}' for k in self.__slots__[:2])}, ...)"


class PatternRule(_Record):
    """A pack rule of kind existence or substitution (see the module docs)."""

    __slots__ = ("code", "name", "kind", "severity", "scope", "message", "tokens", "swap",
                 "ignore_case", "docs", "examples", "pack", "source")

    def compiled(self):
        """(pattern, replacement-or-None) pairs."""
        return _compile_patterns(self.tokens, self.swap, self.ignore_case)


def compile_pattern(pattern: str, ignore_case: bool):
    """Python ``re`` syntax; a pattern only the ``regex`` module reads (``\\p{L}``, possessive
    quantifiers...) is compiled with ``regex``, whose matches then run under a time-out.
    Importing ``regex`` only when a pack needs it keeps the command's start fast."""
    try:
        return rx_compile(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error as first:
        import regex

        try:
            return regex.compile(pattern, regex.V0 | (regex.IGNORECASE if ignore_case else 0))
        except regex.error:
            raise first from None


@lru_cache(maxsize=256)
def _compile_patterns(tokens, swap, ignore_case):
    out = [(compile_pattern(t, ignore_case), None) for t in tokens]
    out += [(compile_pattern(k, ignore_case), v) for k, v in swap]
    return tuple(out)


class Pack(_Record):
    """A pack folder: its settings table and its pattern rules."""

    __slots__ = ("name", "description", "path", "default", "detect", "settings", "rules")

    def applies_to(self, text: str) -> bool:
        if not self.detect:
            return True
        head = text[:4000]
        return any(re.search(p, head) for p in self.detect)


from ._where import builtin_pack_dir  # noqa: E402


def _check_table(path: Path, table: str, data: Any, schema: dict) -> None:
    if not isinstance(data, dict):
        raise PackError(path, f"[{table}] must be a table")
    for key, value in data.items():
        if key not in schema:
            import difflib

            hint = difflib.get_close_matches(key, list(schema), n=1)
            extra = f" (did you mean '{hint[0]}'?)" if hint else ""
            raise PackError(path, f"unknown key '{key}' in [{table}]{extra}")
        want = schema[key]
        if want is int and isinstance(value, bool) or not isinstance(value, want):
            raise PackError(path, f"[{table}] {key} must be a {_type_name(want)}")
        if want is list and not all(isinstance(v, str) for v in value):
            raise PackError(path, f"[{table}] {key} must be a list of strings")


def _type_name(t) -> str:
    return {str: "string", int: "integer", bool: "boolean", list: "list", dict: "table"}.get(t, str(t))


def _load_pattern_rule(path: Path, pack: str, data: dict) -> PatternRule:
    for key in data:
        if key not in ("rule", "examples"):
            raise PackError(path, f"unknown table '{key}' (a rule file holds [rule] and [[examples]])")
    rule = data.get("rule")
    if rule is None:
        raise PackError(path, "no [rule] table")
    _check_table(path, "rule", rule, _RULE_SCHEMA)
    for req in ("code", "name", "kind", "message"):
        if req not in rule:
            raise PackError(path, f"[rule] needs '{req}'")
    if not _CODE_RE.fullmatch(rule["code"]):
        raise PackError(path, f"code '{rule['code']}' is not a pack code (CIT600-CIT999)")
    if not _NAME_RE.fullmatch(rule["name"]):
        raise PackError(path, f"name '{rule['name']}' must be lowercase words joined by '-'")
    kind = rule["kind"]
    if kind not in PATTERN_KINDS:
        raise PackError(path, f"kind '{kind}' is not one of {', '.join(PATTERN_KINDS)}")
    scope = rule.get("scope", "body")
    if scope not in SCOPES:
        raise PackError(path, f"scope '{scope}' is not one of {', '.join(SCOPES)}")
    try:
        severity = Severity.parse(rule.get("severity", "warning"))
    except ValueError as exc:
        raise PackError(path, f"[rule] severity: {exc}") from None
    tokens = tuple(rule.get("tokens", ()))
    swap = rule.get("swap", {})
    if kind == "existence" and (not tokens or swap):
        raise PackError(path, "an existence rule needs 'tokens' and no 'swap'")
    if kind == "substitution" and (not swap or tokens):
        raise PackError(path, "a substitution rule needs a [rule.swap] table and no 'tokens'")
    if not all(isinstance(v, str) for v in swap.values()):
        raise PackError(path, "[rule.swap] values must be strings")
    for pat in list(tokens) + list(swap):
        try:
            compile_pattern(pat, False)
        except re.error as exc:
            raise PackError(path, f"pattern {pat!r} does not compile: {exc}") from None
    examples = data.get("examples", [])
    if not isinstance(examples, list):
        raise PackError(path, "[[examples]] must be an array of tables")
    for ex in examples:
        if not isinstance(ex, dict) or set(ex) - _EXAMPLE_KEYS or ("pass" in ex) == ("fail" in ex):
            raise PackError(path, "each [[examples]] entry holds exactly one of 'pass' or 'fail' (and an optional 'fix')")
    return PatternRule(
        code=rule["code"], name=rule["name"], kind=kind, severity=severity, scope=scope,
        message=rule["message"], tokens=tokens, swap=tuple(swap.items()),
        ignore_case=rule.get("ignore-case", False), docs=rule.get("docs", "").strip(),
        examples=tuple(examples), pack=pack, source=str(path),
    )


def load_pack(folder: Path) -> Pack:
    meta = folder / "pack.toml"
    if not meta.is_file():
        raise PackError(folder, "not a pack (no pack.toml)")
    try:
        data = load_toml(meta)
    except ValueError as exc:
        raise PackError(meta, str(exc)) from None
    for table, value in data.items():
        if table not in _SETTINGS_SCHEMA:
            raise PackError(meta, f"unknown table [{table}]")
        _check_table(meta, table, value, _SETTINGS_SCHEMA[table])
    info = data.get("pack", {})
    name = info.get("name", folder.name)
    for pat in info.get("detect", []):
        try:
            rx_compile(pat)
        except re.error as exc:
            raise PackError(meta, f"detect pattern {pat!r} does not compile: {exc}") from None
    markers = data.get("markers", {})
    if markers.get("separator", ",") not in (",", ";", "any"):
        raise PackError(meta, "[markers] separator must be ',', ';' or 'any'")
    if markers.get("range-dash", "any") not in ("-", "\u2013", "any"):
        raise PackError(meta, "[markers] range-dash must be '-', '–' or 'any'")
    for kind in data.get("dates", {}).get("require", []):
        if kind not in DATE_KINDS:
            raise PackError(meta, f"[dates] require: unknown date kind '{kind}' (expected one of {', '.join(DATE_KINDS)})")
    rules = []
    for fname in sorted(os.listdir(folder)):
        if not fname.endswith(".toml") or fname == "pack.toml":
            continue
        f = folder / fname
        try:
            rdata = load_toml(f)
        except ValueError as exc:
            raise PackError(f, str(exc)) from None
        rules.append(_load_pattern_rule(f, name, rdata))
    settings = {k: v for k, v in data.items() if k != "pack"}
    return Pack(
        name=name,
        description=info.get("description", ""),
        path=str(folder),
        default=info.get("default", True),
        detect=tuple(info.get("detect", ())),
        settings=settings,
        rules=tuple(rules),
    )


@lru_cache(maxsize=32)
def load_packs(extra_dirs: tuple[str, ...] = ()) -> dict[str, Pack]:
    """All packs: the built-in ones, then each folder of ``extra_dirs`` (a pack, or a folder of packs)."""
    packs: dict[str, Pack] = {}
    roots = [builtin_pack_dir()] + [Path(d) for d in extra_dirs]
    for i, root in enumerate(roots):
        if not root.is_dir():
            raise PackError(root, "pack folder does not exist")
        folders = [root] if (root / "pack.toml").is_file() else sorted(p for p in root.iterdir() if p.is_dir())
        for folder in folders:
            if not (folder / "pack.toml").is_file():
                continue
            pack = load_pack(folder)
            packs[pack.name] = pack  # a later folder's pack of the same name replaces the built-in one
    codes: dict[str, str] = {}
    for pack in packs.values():
        for r in pack.rules:
            if r.code in codes:
                raise PackError(r.source, f"code {r.code} is already used by {codes[r.code]}")
            codes[r.code] = r.source
    return packs


class PackSettings(NamedTuple):
    """The merged settings of the packs that apply to one document."""

    names: tuple[str, ...]
    marker_style: MarkerStyle
    date_labels: dict
    require_dates: tuple[str, ...]
    truncation_phrases: tuple[str, ...]
    boilerplate_phrases: tuple[str, ...]
    reference_headings: tuple[str, ...]
    authors_max: int
    authors_keep: int
    rules: tuple[PatternRule, ...]


def _dedupe(items) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for it in items:
        seen.setdefault(it, None)
    return tuple(seen)


@lru_cache(maxsize=64)
def merge(packs: tuple[Pack, ...]) -> PackSettings:
    """Scalars: the last pack wins. Lists: concatenated in pack order."""
    markers: dict = {}
    dates: dict[str, list[str]] = {k: [] for k in DATE_KINDS}
    require: list[str] = []
    trunc: list[str] = []
    boiler: list[str] = []
    heads: list[str] = []
    authors = {"max": 0, "keep": 0}
    rules: list[PatternRule] = []
    for p in packs:
        s = p.settings
        markers.update(s.get("markers", {}))
        for k in DATE_KINDS:
            dates[k] += s.get("dates", {}).get(k, [])
        require += s.get("dates", {}).get("require", [])
        trunc += s.get("truncation", {}).get("phrases", [])
        boiler += s.get("boilerplate", {}).get("phrases", [])
        heads += s.get("references", {}).get("headings", [])
        authors.update(s.get("authors", {}))
        rules += p.rules
    style = MarkerStyle(
        separator=markers.get("separator", ","),
        range_dash=markers.get("range-dash", "any"),
        collapse_runs=markers.get("collapse-runs", 3),
    )
    return PackSettings(
        names=tuple(p.name for p in packs),
        marker_style=style,
        date_labels={k: _dedupe(v) for k, v in dates.items()},
        require_dates=_dedupe(require),
        truncation_phrases=_dedupe(trunc),
        boilerplate_phrases=_dedupe(boiler),
        reference_headings=_dedupe(heads),
        authors_max=authors["max"],
        authors_keep=authors["keep"],
        rules=tuple(rules),
    )


def settings_for(text: str, enabled: tuple[str, ...], extra_dirs: tuple[str, ...] = ()) -> PackSettings:
    """The merged settings of the enabled packs whose ``detect`` matches ``text``."""
    packs = load_packs(extra_dirs)
    chosen = tuple(packs[n] for n in enabled if n in packs and packs[n].applies_to(text))
    return merge(chosen)


def default_pack_names(extra_dirs: tuple[str, ...] = ()) -> tuple[str, ...]:
    packs = load_packs(extra_dirs)
    names = [n for n, p in packs.items() if p.default]
    names.sort(key=lambda n: (n != "core", n))  # core first so the others override it
    return tuple(names)


def find_pack(name: str, extra_dirs: tuple[str, ...] = ()) -> Optional[Pack]:
    return load_packs(extra_dirs).get(name)
