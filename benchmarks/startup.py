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
    base = [sys.executable, "-c", "import typer"]
    for cmd in (lint, base):  # warm the file cache and the bytecode
        timed(cmd)
    a, b = [], []
    for _ in range(args.n):
        a.append(timed(lint))
        b.append(timed(base))
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"citelint check (sample reprint): median {ma * 1000:.1f} ms over {args.n} runs")
    print(f'python -c "import typer":        median {mb * 1000:.1f} ms')
    print(f"ratio: {ma / mb:.2f} (target <= 1.30)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
