"""Rule registry, selection and the run of rules over one document.

A Python rule is one function decorated with ``@rule``; its docstring is the
user documentation (What it does / Why is this bad? / Example / Options). A
pack rule is a TOML file under ``rules/``. Both become ``Rule`` values here and
run the same way. Rules are pure: they read the ``Document`` and the
``Context`` (today, options, pack settings) and yield ``Hit`` values; the
engine turns hits into positioned ``Finding`` values.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import re
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Optional

from .findings import Finding, Fix, Severity
from .model import Document, Span
from .packs import PackSettings, PatternRule
from ._rxcache import compile as rx_compile

_CODE_RE = rx_compile(r"CIT\d{3}")


class Hit(NamedTuple):
    span: Span
    message: str
    reference: Optional[str] = None
    fix: Optional[Fix] = None


class Option(NamedTuple):
    name: str
    type: type
    default: Any
    help: str


class Rule(NamedTuple):
    code: str
    name: str
    severity: Severity
    check: Callable[[Document, "Context"], Iterable[Hit]]
    doc: str = ""
    options: tuple[Option, ...] = ()
    aliases: tuple[str, ...] = ()
    origin: str = "python"  # python | pack | engine
    pack: Optional[str] = None
    needs: str = "document"  # document | verify

    @property
    def summary(self) -> str:
        """The first sentence of 'What it does', for tables and SARIF short descriptions."""
        m = re.search(r"## What it does\s*\n(.+?)(?:\n\n|\n##|$)", self.doc, re.S)
        text = " ".join((m.group(1) if m else self.doc).split())
        first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
        return first

    def default_options(self) -> dict[str, Any]:
        return {o.name: o.default for o in self.options}


class Context(NamedTuple):
    today: dt.date
    packs: PackSettings
    options: dict = {}  # noqa: RUF012 - never mutated
    lookup: object = None  # the verification session (CIT5xx), when --verify is on


def cleandoc(doc: str) -> str:
    """``inspect.cleandoc`` for a docstring (``inspect`` itself costs ~4 ms to import, a
    tenth of the command's start): the first line stripped, the rest dedented."""
    import textwrap

    first, _, rest = doc.expandtabs().partition("\n")
    return (first.strip() + "\n" + textwrap.dedent(rest)).strip("\n").rstrip() if rest else first.lstrip()


def rule(
    code: str,
    name: str,
    severity: Severity,
    *,
    options: tuple[Option, ...] = (),
    aliases: tuple[str, ...] = (),
    origin: str = "python",
    needs: str = "document",
):
    """Declare a Python rule: the decorated function's docstring is its documentation."""

    if not _CODE_RE.fullmatch(code):
        raise ValueError(f"bad rule code {code!r}")

    def wrap(fn: Callable[[Document, Context], Iterable[Hit]]) -> Rule:
        return Rule(
            code=code, name=name, severity=severity, check=fn,
            doc=cleandoc(fn.__doc__ or ""), options=options,
            aliases=aliases, origin=origin, needs=needs,
        )

    return wrap


@lru_cache(maxsize=1)
def python_rules() -> tuple[Rule, ...]:
    """Every ``Rule`` defined at module level in the ``citelint.rules`` package."""
    from . import rules as pkg

    names = sorted(
        f[:-3] for d in pkg.__path__ for f in os.listdir(d) if f.endswith(".py") and f != "__init__.py"
    )
    found: dict[str, Rule] = {}
    for name in names:
        mod = importlib.import_module(f"{pkg.__name__}.{name}")
        for value in vars(mod).values():
            if isinstance(value, Rule):
                if value.code in found and found[value.code] is not value:
                    raise RuntimeError(f"rule code {value.code} defined twice")
                found[value.code] = value
    return tuple(sorted(found.values(), key=lambda r: r.code))


def pack_rule(pr: PatternRule) -> Rule:
    from .rules.patterns import make_pattern_check

    return Rule(
        code=pr.code, name=pr.name, severity=pr.severity, check=make_pattern_check(pr),
        doc=pr.docs, origin="pack", pack=pr.pack,
    )


def all_rules(pattern_rules: Iterable[PatternRule] = ()) -> dict[str, Rule]:
    out = {r.code: r for r in python_rules()}
    for pr in pattern_rules:
        out[pr.code] = pack_rule(pr)
    return dict(sorted(out.items()))


# ---------------------------------------------------------------- selection


def selector_matches(selector: str, rule: Rule) -> int:
    """Specificity of ``selector`` for ``rule``: 0 = no match; longer = more specific."""
    s = selector.strip()
    if s.upper() == "ALL":
        return 1
    if s.lower() == rule.name or s.lower() in rule.aliases:
        return 100
    up = s.upper()
    if up.startswith("CIT") and rule.code.startswith(up):
        return 1 + len(up)
    return 0


def validate_selector(selector: str, rules: dict[str, Rule]) -> Optional[str]:
    """An error message for a selector that names no rule, else None."""
    if any(selector_matches(selector, r) for r in rules.values()):
        return None
    s = selector.upper()
    if s == "ALL" or re.fullmatch(r"CIT\d{0,3}", s):
        return None  # a valid prefix, possibly of rules not loaded (e.g. pack codes)
    import difflib

    names = [r.name for r in rules.values()] + list(rules)
    hint = difflib.get_close_matches(selector, names, n=1)
    return f"unknown rule selector '{selector}'" + (f" (did you mean '{hint[0]}'?)" if hint else "")


def is_enabled(rule: Rule, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """Longest matching selector wins; on a tie, ignore beats select."""
    best_sel = max((selector_matches(s, rule) for s in select), default=0)
    best_ign = max((selector_matches(s, rule) for s in ignore), default=0)
    if best_sel == 0:
        return False
    return best_sel > best_ign


def severity_for(rule: Rule, overrides: dict[str, Severity]) -> Severity:
    best = 0
    sev = rule.severity
    for sel, value in overrides.items():
        spec = selector_matches(sel, rule)
        if spec > best:
            best, sev = spec, value
    return sev


# ---------------------------------------------------------------- running


def run_rules(
    doc: Document,
    rules: Iterable[Rule],
    *,
    today: dt.date,
    packs: PackSettings,
    options: dict[str, dict],
    severities: dict[str, Severity],
    lookup: object = None,
) -> Iterator[Finding]:
    index = doc.line_index
    for r in rules:
        ctx = Context(today=today, packs=packs, options=options.get(r.code, r.default_options()), lookup=lookup)
        sev = severities.get(r.code, r.severity)
        for hit in r.check(doc, ctx):
            line, col, end_line, end_col = index.span_position(hit.span)
            yield Finding(
                path=doc.path, line=line, column=col, end_line=end_line, end_column=end_col,
                code=r.code, name=r.name, severity=sev, message=hit.message,
                reference=hit.reference, fix=hit.fix, span=hit.span,
            )
