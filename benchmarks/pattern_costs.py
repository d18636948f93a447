"""What each of the entry parser's patterns costs, on the calls the parser itself makes.

    python benchmarks/pattern_costs.py [N]

Every printed string of the jats-mixed-citation gold set is parsed once with each module-level pattern wrapped, so
that its calls (method and arguments) are recorded; then each pattern's calls are replayed alone and timed (best of 3).
The N costliest patterns (default 30) are printed with their calls, time per call, and whether the engine's search can
skip to a literal prefix or to a set of first characters: a pattern searched with neither tries every character of
the entry, and a look ahead for its first characters, or its branches grouped by first letter, may save most of its
time (the twenty-sixth session's rewrites; docs/benchmark-history.md). Run with the source parser (an editable
install): the compiled parser binds its patterns where this script cannot wrap them.
"""

from __future__ import annotations

import collections
import re
import re._compiler as sre_compiler  # (the engine's own analysis of a pattern's prefix)
import re._parser as sre_parser
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import entry_accuracy  # noqa: E402  (the gold loaders)

import citelint.parsing.references as parser  # noqa: E402

_SEARCHES = ("search", "finditer", "findall", "sub", "split")


class _Recorder:
    """A compiled pattern's stand-in that records each call of its methods."""

    def __init__(self, rx: re.Pattern, calls: list) -> None:
        self._rx = rx
        self._calls = calls

    def __getattr__(self, name):
        method = getattr(self._rx, name)
        if not callable(method):
            return method

        def call(*args, **kwargs):
            self._calls.append((name, args, kwargs))
            return method(*args, **kwargs)
        return call


def _skips(rx: re.Pattern) -> str:
    """How the engine's search moves to a place a match may start: "prefix", "first chars", "look ahead" (tried at
    every character, but turned away at once where the look ahead fails), or "every char"."""
    parsed = sre_parser.parse(rx.pattern, rx.flags)
    prefix = sre_compiler._get_literal_prefix(parsed, rx.flags)[0]
    if prefix:
        return "prefix"
    if sre_compiler._get_charset_prefix(parsed, rx.flags):
        return "first chars"
    first = parsed.data[0] if parsed.data else None
    return "look ahead" if first is not None and first[0] is sre_parser.ASSERT and first[1][0] == 1 else "every char"


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    if not parser.__file__.endswith(".py"):
        print("pattern_costs: the compiled parser is loaded; run this with the source (pip install -e .)")
        return 2
    raws = [row[0] for row in entry_accuracy.load_jats() if not row[2]]
    parse = parser.parse_reference.__wrapped__
    for raw in raws * 2:  # (past the parses after which the patterns are bound to their names)
        parse(raw)
    calls: dict[str, list] = collections.defaultdict(list)
    names = vars(parser)
    compiled = {name: value for name, value in names.items() if isinstance(value, re.Pattern)}
    for name, rx in compiled.items():
        names[name] = _Recorder(rx, calls[name])
    try:
        for raw in raws:
            parse(raw)
    finally:
        names.update(compiled)
    rows = []
    for name, recorded in calls.items():
        if not recorded:
            continue
        rx = compiled[name]
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            for method, args, kwargs in recorded:
                result = getattr(rx, method)(*args, **kwargs)
                if method == "finditer":
                    for _ in result:
                        pass
            best = min(best, time.perf_counter() - t0)
        searched = any(method in _SEARCHES for method, _, _ in recorded)
        rows.append((best, name, len(recorded), _skips(rx) if searched else "matched at a place"))
    total = sum(row[0] for row in rows)
    print(f"{len(raws)} entries; the patterns' own time {total * 1e3:.1f} ms a pass "
          f"({sum(row[2] for row in rows)} calls)")
    for best, name, count, skips in sorted(rows, reverse=True)[:n]:
        print(f"  {name:<30} {best * 1e3:7.2f} ms  {count:6d} calls  {best / count * 1e9:6.0f} ns a call  {skips}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
