"""The entry parser's speed, two versions in one process: the fair comparison on a machine whose speed drifts.

    python benchmarks/parser_ab.py REV [ROUNDS]

REV is a git revision of this repository (a commit, a tag, ``HEAD~3``); its ``src/citelint`` is copied out
(``git archive``) and loaded beside the working tree's as a second package, then both parse every printed
string of the jats-mixed-citation gold set in passes that alternate (A B, B A, A B, ...), each pass timed. The
medians and the best passes are printed, and B/A: above 1, the working tree is faster. Run separately, two
versions can differ by the machine's own drift (±5% between minutes here); alternating passes in one process
cancel most of it (the same code against itself reads 0.99–1.01).
"""

from __future__ import annotations

import importlib
import io
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import entry_accuracy  # noqa: E402  (the gold loaders)


def _sources(rev: str | None):
    """(path inside the package, bytes) for each file of ``src/citelint``: at ``rev`` (``git archive``), or in the
    working tree when ``rev`` is None."""
    if rev is None:
        base = ROOT / "src" / "citelint"
        for f in base.rglob("*.py"):
            yield f.relative_to(base), f.read_bytes()
        return
    blob = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src/citelint"], check=True,
                          capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        for member in tar.getmembers():
            if member.isfile():
                yield Path(member.name).relative_to("src/citelint"), tar.extractfile(member).read()


def _copy_package(rev: str | None, name: str, into: Path) -> None:
    """The package written to ``into/name``, renamed so that two versions load in one process."""
    for rel, data in _sources(rev):
        target = into / name / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    rev = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 21
    raws = [row[0] for row in entry_accuracy.load_jats()]
    with tempfile.TemporaryDirectory() as tmp:
        _copy_package(rev, "citelint_a", Path(tmp))
        _copy_package(None, "citelint_b", Path(tmp))
        sys.path.insert(0, tmp)
        parse_a = importlib.import_module("citelint_a.parsing.references").parse_reference.__wrapped__
        parse_b = importlib.import_module("citelint_b.parsing.references").parse_reference.__wrapped__
        for raw in raws:  # (warm: patterns compiled, caches filled)
            parse_a(raw)
            parse_b(raw)
        times: dict = {"a": [], "b": []}
        for i in range(rounds):
            order = (("a", parse_a), ("b", parse_b)) if i % 2 == 0 else (("b", parse_b), ("a", parse_a))
            for key, parse in order:
                t0 = time.perf_counter()
                for raw in raws:
                    parse(raw)
                times[key].append(time.perf_counter() - t0)
        for name in ("citelint_a", "citelint_b"):  # (each copy keeps the patterns it compiled at exit, when its
            # files are gone: keep them now)
            rxcache = sys.modules.get(f"{name}._rxcache")
            if rxcache is not None and hasattr(rxcache, "_save"):
                rxcache._save()
    med = {k: sorted(v)[len(v) // 2] for k, v in times.items()}
    best = {k: min(v) for k, v in times.items()}
    n = len(raws)
    print(f"A = {rev}, B = working tree; {rounds} passes each over {n} strings")
    print(f"median: A {n / med['a']:,.0f}/s  B {n / med['b']:,.0f}/s  B/A {med['a'] / med['b']:.3f}")
    print(f"best:   A {n / best['a']:,.0f}/s  B {n / best['b']:,.0f}/s  B/A {best['a'] / best['b']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
