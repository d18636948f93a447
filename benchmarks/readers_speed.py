"""In-process speed of the readers on the corpus: JATS articles, HTML pages, Markdown notes.

    python benchmarks/readers_speed.py [--rules]

Without --rules only the reader runs (bytes -> Document); with it, the whole lint.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from citelint.api import lint_bytes, plan_for, read_document
from citelint.config import Settings
from citelint.decode import decode
from citelint.packs import settings_for

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def main() -> int:
    rules = "--rules" in sys.argv
    for fmt, folder, pattern in (("jats", CORPUS / "jats", "*.xml"), ("html", CORPUS / "html", "*.htm*"),
                                 ("markdown", CORPUS / "markdown", "*.md")):
        files = sorted(folder.rglob(pattern)) or sorted((ROOT / "fixtures" / fmt).glob(pattern))
        blobs = [f.read_bytes() for f in files]
        plan = plan_for(Settings())
        today = dt.date(2026, 11, 26)
        t0 = time.perf_counter()
        refs = 0
        for i, data in enumerate(blobs):
            if rules:
                lint_bytes(f"f{i}.xml", data, Settings(), today)
            else:
                d = decode(data)
                doc = read_document(f"f{i}.xml", fmt, d, settings_for(d.text, plan.pack_names, plan.pack_dirs), data)
                refs += len(doc.references)
        dtime = time.perf_counter() - t0
        mb = sum(map(len, blobs)) / 1e6
        what = "lint with all default rules" if rules else "read"
        print(f"{fmt}: {len(blobs)} files ({mb:.1f} MB) {what} in {dtime:.2f} s -> {len(blobs) / dtime:,.0f} files/s on one core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
