"""Measure the plain-text reader on rendered JATS articles.

Each article of ../shared/corpus/jats (or the folder given) is rendered to a
plain-text reprint in six shapes (tests/jats_render.py); the reader must find
every marker and every entry. Prints totals and the mismatches.

    python benchmarks/reader_corpus.py [JATS_DIR] [--verbose]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from jats_render import render  # noqa: E402

from citelint.api import plan_for, read_document  # noqa: E402
from citelint.config import Settings  # noqa: E402
from citelint.decode import decode  # noqa: E402
from citelint.packs import settings_for  # noqa: E402


def read(text: str):
    plan = plan_for(Settings())
    packs = settings_for(text, plan.pack_names, plan.pack_dirs)
    return read_document("rendered.txt", "text", decode(text.encode("utf-8")), packs)


def compare(xml: bytes, shape: int):
    r = render(xml, shape=shape)
    doc = read(r.text)
    got_markers = [tuple(sorted(set(m.keys))) for m in doc.markers if not m.problems]
    bad_markers = [m.raw for m in doc.markers if m.problems]
    got_entries = [ref.number for ref in doc.references]
    return r, doc, got_markers, bad_markers, got_entries


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    folder = Path(args[0]) if args else ROOT.parent / "shared" / "corpus" / "jats"
    files = sorted(folder.rglob("*.xml"))
    totals = dict(docs=0, markers=0, found=0, extra=0, malformed=0, entries=0, entries_ok=0, docs_exact=0)
    problems = []
    for f in files:
        xml = f.read_bytes()
        for shape in range(6):
            try:
                r, doc, got, bad, entries = compare(xml, shape)
            except ValueError:
                continue
            if not r.n_refs:
                continue
            totals["docs"] += 1
            want = list(r.markers)
            totals["markers"] += len(want)
            # multiset match in order-independent way
            remaining = list(got)
            found = 0
            for w in want:
                if w in remaining:
                    remaining.remove(w)
                    found += 1
            totals["found"] += found
            totals["extra"] += len(remaining)
            totals["malformed"] += len(bad)
            totals["entries"] += len(r.entries)
            ok_entries = entries == r.entries
            totals["entries_ok"] += len(r.entries) if ok_entries else 0
            exact = found == len(want) and not remaining and not bad and ok_entries
            totals["docs_exact"] += exact
            if not exact:
                problems.append((f.relative_to(folder), shape, len(want) - found, remaining[:5], bad[:5],
                                 None if ok_entries else (len(entries), len(r.entries))))
    print(f"documents rendered: {totals['docs']} (from {len(files)} articles x 6 shapes)")
    print(f"markers: {totals['found']}/{totals['markers']} found, {totals['extra']} extra, {totals['malformed']} read as malformed")
    print(f"entries: {totals['entries_ok']}/{totals['entries']} in documents whose list was read exactly")
    print(f"documents read exactly: {totals['docs_exact']}/{totals['docs']}")
    for p in problems[: (len(problems) if verbose else 25)]:
        print("  ", *p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
