"""Findings per 100 references on published articles (JATS rendered to reprints).

Articles whose callouts are numbers (more than 80% of bibr xrefs read as numbers)
are "numbered"; the rest (author-year, e.g. eLife) are reported apart, since a
numbered reprint made from them is partly artificial.

    python benchmarks/corpus_findings.py [JATS_DIR] [--show N]
"""

from __future__ import annotations

import collections
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from lxml import etree  # noqa: E402

from jats_render import render  # noqa: E402

from citelint.api import lint_bytes  # noqa: E402
from citelint.config import Settings  # noqa: E402

_P = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)


def numbered(xml: bytes) -> bool:
    root = etree.fromstring(xml, _P)
    texts = ["".join(e.itertext()).strip("[]() ,;") for e in root.iter()
             if isinstance(e.tag, str) and e.tag.endswith("xref") and e.get("ref-type") == "bibr"]
    nums = sum(1 for t in texts if t.replace("–", "").replace("-", "").replace(",", "").strip().isdigit())
    return bool(texts) and nums > 0.8 * len(texts)


def main(argv: list[str]) -> int:
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    args = [a for a in argv if not a.startswith("--") and not a.isdigit()]
    folder = Path(args[0]) if args else ROOT.parent / "shared" / "corpus" / "jats"
    groups = {True: collections.Counter(), False: collections.Counter()}
    refs = {True: 0, False: 0}
    docs = {True: 0, False: 0}
    examples = collections.defaultdict(list)
    for f in sorted(folder.rglob("*.xml")):
        xml = f.read_bytes()
        try:
            r = render(xml, shape=0)
        except ValueError:
            continue
        if not r.n_refs:
            continue
        kind = numbered(xml)
        docs[kind] += 1
        refs[kind] += r.n_refs
        rep = lint_bytes(f.stem + ".txt", r.text.encode("utf-8"), Settings(), dt.date(2026, 11, 26))
        lines = r.text.splitlines()
        for x in rep.findings:
            groups[kind][x.code] += 1
            examples[(kind, x.code)].append(f"{f.name}:{x.line}: {x.message[:100]} | {lines[x.line - 1][:100]}")
    for kind, name in ((True, "numbered"), (False, "author-year")):
        per100 = {k: round(v * 100 / max(refs[kind], 1), 2) for k, v in sorted(groups[kind].items())}
        total = round(sum(groups[kind].values()) * 100 / max(refs[kind], 1), 2)
        print(f"{name}: {docs[kind]} articles, {refs[kind]} references, findings {dict(sorted(groups[kind].items()))}")
        print(f"  per 100 references: {per100} (all: {total})")
        for code in sorted(groups[kind]):
            for e in examples[(kind, code)][:show]:
                print("   ", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
