"""End-to-end start-up: `citelint check` on the sample reprint vs `python -c "import typer"`.

Both are run alternately, N times each, in fresh interpreters; the medians and
their ratio are printed (the target is a ratio of at most 1.3).

    python benchmarks/startup.py [-n 30]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "samples" / "uptodate-oligometastatic-nsclc.txt"


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=30)
    args = ap.parse_args()
    exe = os.path.join(os.path.dirname(sys.executable), "citelint")
    if not os.path.exists(exe):
        exe = shutil.which("citelint") or ""
    lint = [exe, "check", "--today", "2026-11-26", str(SEED)]
    # the rule set of the core issue: markers, list numbering, dates, integrity (no entry parsing)
    core = lint[:2] + ["--select", "CIT0,CIT1,CIT201,CIT202,CIT3,CIT4,CIT6"] + lint[2:]
    base = [sys.executable, "-c", "import typer"]
    for cmd in (lint, core, base):  # warm the file cache and the bytecode
        timed(cmd)
    a, c, b = [], [], []
    for _ in range(args.n):
        a.append(timed(lint))
        c.append(timed(core))
        b.append(timed(base))
    ma, mc, mb = statistics.median(a), statistics.median(c), statistics.median(b)
    print(f'python -c "import typer":                 median {mb * 1000:.1f} ms over {args.n} runs')
    print(f"citelint check, core rules (no entry parsing): median {mc * 1000:.1f} ms  ratio {mc / mb:.2f}")
    print(f"citelint check, all default rules:        median {ma * 1000:.1f} ms  ratio {ma / mb:.2f}")
    print("target: ratio <= 1.30")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
