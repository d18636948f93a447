"""`citelint check -j 2` vs `-j 1` on 500 topics (target: at most 0.6 of the time).

The topics are written to a temporary folder: seed variants and JATS articles rendered
to reprints (tests/jats_render.py). Each command runs end to end, 3 times; medians.

    python benchmarks/jobs.py [-n 500]
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
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=500)
    args = ap.parse_args()
    from throughput import corpus

    jats = ROOT.parent / "shared" / "corpus" / "jats"
    docs = corpus(args.n, jats if jats.is_dir() else ROOT / "fixtures" / "jats")
    exe = os.path.join(os.path.dirname(sys.executable), "citelint")
    if not os.path.exists(exe):
        exe = shutil.which("citelint") or "citelint"
    with tempfile.TemporaryDirectory() as tmp:
        for i, d in enumerate(docs):
            Path(tmp, f"topic{i:04d}.txt").write_bytes(d)
        times = {}
        for jobs in (1, 2):
            runs = []
            for _ in range(3):
                t0 = time.perf_counter()
                # --no-result-cache: every run lints every file (a warm result cache would time only lookups)
                subprocess.run([exe, "check", "--no-result-cache", "--today", "2026-11-26", "-j", str(jobs), "-f", "json", tmp],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                runs.append(time.perf_counter() - t0)
            times[jobs] = statistics.median(runs)
    print(f"{args.n} topics: -j 1 {times[1]:.2f} s, -j 2 {times[2]:.2f} s, ratio {times[2] / times[1]:.2f} (target <= 0.60)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
