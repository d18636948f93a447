"""End-to-end start-up: `citelint check` on the sample reprint vs `python -c "import typer"`.

All are run alternately, N times each, in fresh interpreters; the medians and
their ratios are printed (the target is a ratio of at most 1.3). "warm" runs find
the seed in the result cache (a folder in /tmp, filled by the first run, as a
repeated pre-commit or CI run would); "cold" runs pass --no-result-cache and lint
the file from scratch, with the machine's compiled-pattern and parsed-TOML caches
filled (as Python's own bytecode is: once per installation); "first" runs also set
CITELINT_NO_CACHE=1, as the very first run on a machine, which compiles every
pattern and parses the packs.

    python benchmarks/startup.py [-n 30]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "samples" / "uptodate-oligometastatic-nsclc.txt"


def timed(cmd: list[str], env: dict | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=30)
    args = ap.parse_args()
    exe = os.path.join(os.path.dirname(sys.executable), "citelint")
    if not os.path.exists(exe):
        exe = shutil.which("citelint") or ""
    os.environ["CITELINT_RESULT_CACHE_DIR"] = tempfile.mkdtemp(prefix="citelint-startup-")
    lint = [exe, "check", "--today", "2026-11-26", str(SEED)]
    cold = lint[:2] + ["--no-result-cache"] + lint[2:]
    # the rule set of the core issue: markers, list numbering, dates, integrity (no entry parsing)
    core = cold[:3] + ["--select", "CIT0,CIT1,CIT201,CIT202,CIT3,CIT4,CIT6"] + cold[3:]
    base = [sys.executable, "-c", "import typer"]
    cmds = {"warm": lint, "cold": cold, "core": core, "first": cold, "base": base}
    first_env = dict(os.environ, CITELINT_NO_CACHE="1")
    for cmd in cmds.values():  # warm the file cache, the bytecode and the caches
        timed(cmd)
    times: dict = {k: [] for k in cmds}
    for _ in range(args.n):
        for k, cmd in cmds.items():
            times[k].append(timed(cmd, first_env if k == "first" else None))
    med = {k: statistics.median(v) for k, v in times.items()}
    mb = med["base"]
    print(f'python -c "import typer":                              median {mb * 1000:.1f} ms over {args.n} runs')
    print(f"citelint check, result cache warm (all default rules):  median {med['warm'] * 1000:.1f} ms  "
          f"ratio {med['warm'] / mb:.2f}")
    print(f"citelint check, cold, all default rules:                median {med['cold'] * 1000:.1f} ms  "
          f"ratio {med['cold'] / mb:.2f}")
    print(f"citelint check, cold, core rules (no entry parsing):    median {med['core'] * 1000:.1f} ms  "
          f"ratio {med['core'] / mb:.2f}")
    print(f"citelint check, first run on the machine (no caches):   median {med['first'] * 1000:.1f} ms  "
          f"ratio {med['first'] / mb:.2f}")
    print("target: ratio <= 1.30")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
