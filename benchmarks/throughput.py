"""In-process throughput of `lint_bytes` on 10,000 reprint-sized documents.

The documents are generated from the bundled sample reprint and from JATS
articles rendered to plain text (tests/jats_render.py): each rendered article
is cut to a reprint's size (about 13 kB of body) and keeps up to 60 entries.
One process, one core.

    python benchmarks/throughput.py [--docs 10000] [--jats DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from citelint.api import lint_bytes  # noqa: E402
from citelint.config import Settings  # noqa: E402

SEED = ROOT / "fixtures" / "samples" / "uptodate-oligometastatic-nsclc.txt"


def reprint_sized(text: str, limit: int = 13000) -> str:
    head, sep, refs = text.partition("\nReferences\n")
    body = head[:limit]
    body = body[: body.rfind("\n\n")] if "\n\n" in body else body
    entries = refs.splitlines()[:62]
    return body + sep + "\n".join(entries) + "\n"


def corpus(n: int, jats_dir: Path) -> list[bytes]:
    docs = [SEED.read_bytes()]
    seed = SEED.read_text(encoding="utf-8")
    for year in range(2000, 2026):  # the seed with other dates and markers
        docs.append(seed.replace("Nov 2017", f"Nov {year}").replace("[2,3]", f"[2,3] and [{year % 59 + 1}]").encode())
    try:
        from jats_render import render

        for i, f in enumerate(sorted(jats_dir.rglob("*.xml"))):
            try:
                r = render(f.read_bytes(), shape=i % 3)
            except ValueError:
                continue
            if r.n_refs:
                docs.append(reprint_sized(r.text).encode("utf-8"))
    except ImportError:
        pass
    random.Random(1).shuffle(docs)
    return [docs[i % len(docs)] for i in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--jats", type=Path, default=ROOT.parent / "shared" / "corpus" / "jats")
    args = ap.parse_args()
    if not args.jats.is_dir():
        args.jats = ROOT / "fixtures" / "jats"
    docs = corpus(args.docs, args.jats)
    distinct = len(set(docs))
    size = sum(map(len, docs)) / len(docs)
    today = dt.date(2026, 11, 26)
    from citelint.parsing.references import parse_normalized, parse_reference

    core = Settings(select=("CIT0", "CIT1", "CIT201", "CIT202", "CIT3", "CIT4", "CIT6"))
    runs = (
        ("core rules (markers, numbering, dates, integrity)", core, False),
        ("all default rules, entry-parser cache cleared for every document", Settings(), True),
    )
    print(f"{len(docs):,} documents ({distinct} distinct, mean {size / 1000:.1f} kB)")
    for name, settings, cold in runs:
        lint_bytes("warm.txt", docs[0], settings, today)  # load rules and packs once
        findings = 0
        t0 = time.perf_counter()
        for i, d in enumerate(docs):
            if cold:
                parse_normalized.cache_clear()
                parse_reference.cache_clear()
            findings += len(lint_bytes(f"doc{i}.txt", d, settings, today).findings)
        elapsed = time.perf_counter() - t0
        print(f"{name}: {elapsed:.2f} s -> {len(docs) / elapsed:,.0f} documents per second on one core "
              f"({findings:,} findings)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
