"""Where the compiled entry parser spends its instructions, by line of references.py.

    python benchmarks/profile_lines.py [--top N] [--calls REGEX] [--keep DIR]

Builds the parser with mypyc as the wheel does (the C compiler's level 2), with line tables this time, in a temporary
folder; runs callgrind (valgrind) on a pass over the printed strings of the jats-mixed-citation gold set, counting
only after a first pass has compiled the patterns; then maps each line of the generated C to the line of
references.py its error path names (mypyc writes that line number into every check) and prints the costliest Python
lines, calls included. With ``--calls``, only the cost of calls into functions whose names match REGEX is counted:
``--calls 'PyObject_GetItem|PyObject_RichCompare|PySlice_New'`` shows where an untyped value (Any to mypyc) makes a
slice or a comparison go through the interpreter's generic calls, the twenty-sixth session's main finding
(docs/benchmark-history.md). Needs valgrind, a C compiler and mypy; takes about three minutes, most of it the build.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
setup(name="citelint-parser-profile", ext_modules=mypycify(
    ["--follow-imports=silent", "--ignore-missing-imports", "citelint/parsing/references.py"], opt_level="2",
    debug_level="1", group_name="citelint_parser"), script_args=["build_ext", "--inplace"])
"""

_DRIVER = """
import os, subprocess, sys
sys.path.insert(0, {bench!r})
import entry_accuracy
from citelint.parsing.references import parse_reference
raws = [row[0] for row in entry_accuracy.load_jats() if not row[2]]
parse = parse_reference.__wrapped__
for raw in raws * 2:
    parse(raw)
subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
for raw in raws:
    parse(raw)
"""


def _costs(out: Path, cfile: str, calls: re.Pattern | None) -> collections.Counter:
    """The cost of each line of the generated C (its own instructions and its calls', or only its calls into
    functions ``calls`` matches) from callgrind's output (names compressed as "(n) name", positions relative)."""
    names: dict = {}

    def name(kind: str, text: str) -> str:
        m = re.match(r"\((\d+)\)(?: (.*))?", text)
        if not m:
            return text
        if m.group(2) is not None:
            names[(kind, m.group(1))] = m.group(2)
        return names.get((kind, m.group(1)), "")

    cost: collections.Counter = collections.Counter()
    current = object_file = callee = None
    last = 0
    pending = False
    with open(out) as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                continue
            if line.startswith("fl="):
                object_file = current = name("f", line[3:])
            elif line.startswith(("fi=", "fe=")):
                current = name("f", line[3:])
            elif line.startswith("fn="):
                current = object_file
            elif line.startswith(("cfi=", "cfl=")):
                name("f", line[4:])
            elif line.startswith("cfn="):
                callee = name("n", line[4:])
            elif line.startswith("calls="):
                pending = True
            elif line[0].isdigit() or line[0] in "+-*":
                fields = line.split()
                pos = fields[0]
                last = last if pos == "*" else last + int(pos) if pos[0] in "+-" else int(pos)
                if current and current.endswith(cfile) and len(fields) > 1:
                    if calls is None or (pending and callee and calls.search(callee)):
                        cost[last] += int(fields[1])
                pending = False
    return cost


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--calls", help="count only calls into functions whose names match this pattern")
    ap.add_argument("--keep", help="build in this folder and keep it (and callgrind's output)")
    args = ap.parse_args()
    for tool in ("valgrind", "callgrind_control"):
        if shutil.which(tool) is None:
            print(f"profile_lines: {tool} is not installed")
            return 2
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="citelint-profile-"))
    try:
        shutil.rmtree(work / "citelint", ignore_errors=True)
        shutil.copytree(ROOT / "src" / "citelint", work / "citelint",
                        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
        build = subprocess.run([sys.executable, "-c", _SETUP], cwd=work, capture_output=True, text=True)
        if build.returncode != 0:
            print("profile_lines: the build failed: " + (build.stderr or build.stdout).strip().splitlines()[-1])
            return 2
        cfile = next(str(p) for p in (work / "build").glob("__native*.c"))
        out = work / "callgrind.out"
        env = dict(os.environ, PYTHONPATH=str(work))
        subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                        sys.executable, "-c", _DRIVER.format(bench=str(ROOT / "benchmarks"))],
                       cwd=work, env=env, check=True, capture_output=True)
        cost = _costs(out, os.path.basename(cfile), re.compile(args.calls) if args.calls else None)
        checks = []  # (C line, Python line, function) of each error path
        with open(cfile) as fh:
            for number, line in enumerate(fh, 1):
                m = re.search(r'CPy_AddTraceback\("[^"]*", "([^"]*)", (\d+),', line)
                if m:
                    checks.append((number, int(m.group(2)), m.group(1)))
        starts = [c[0] for c in checks]
        by_line: collections.Counter = collections.Counter()
        where = {}
        for c_line, value in cost.items():
            k = bisect.bisect_left(starts, c_line)
            if k < len(checks):
                by_line[checks[k][1]] += value
                where[checks[k][1]] = checks[k][2]
        source = (ROOT / "src" / "citelint" / "parsing" / "references.py").read_text().splitlines()
        print(f"references.py by line ({'calls matching ' + args.calls if args.calls else 'calls included'}; "
              f"a line's cost includes the lines it calls, so the totals overlap)")
        for number, value in by_line.most_common(args.top):
            print(f"{value / 1e6:9.1f} M  {number:5d}  {where[number][:22]:<22}  {source[number - 1].strip()[:100]}")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
