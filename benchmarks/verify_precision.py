"""CIT502's false alarms on correct entries: how often `compare()` reports a field as
disagreeing when the "registry record" is the entry's own gold fields.

Sets (../shared/corpus/refstrings/, the loaders of benchmarks/entry_accuracy.py):
jats-mixed-citation (tagged JATS references; most carry the publisher's deposit, as
Crossref does) and vancouver-subset. Each printed string is parsed by citelint; the record
is built from its gold fields; every reported difference is a false CIT502. Strings whose
fields run together with no separator are left out (they are not readable text).

    python benchmarks/verify_precision.py [--show FIELD] [--n 15]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from entry_accuracy import load_jats, load_vancouver  # noqa: E402

from citelint.parsing.references import parse_reference  # noqa: E402
from citelint.verify.checks import compare  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", help="print the false alarms on this field (author, year, journal, volume, page, title)")
    ap.add_argument("--n", type=int, default=15)
    args = ap.parse_args()
    for name, loader in (("jats-mixed-citation", load_jats), ("vancouver-subset", load_vancouver)):
        n = flagged = 0
        fields: Counter = Counter()
        shown = 0
        for raw, gold, is_glued in loader():
            if is_glued or not gold.get("year"):
                continue
            record = {
                "first_author": gold.get("first_author"), "year": int(gold["year"]) if str(gold["year"]).isdigit() else None,
                "journal": gold.get("journal"), "volume": gold.get("volume"), "first_page": gold.get("first_page"),
                "title": gold.get("title"),
            }
            diffs = compare(parse_reference(raw), record)
            n += 1
            if diffs:
                flagged += 1
                for d in diffs:
                    key = d.split()[0] if not d.startswith("first") else d.split()[1]
                    fields[key] += 1
                    if args.show and key == args.show and shown < args.n:
                        shown += 1
                        print(f"  {d}\n    {raw[:200]}")
        print(f"{name}: {n} entries, {flagged} with a false CIT502 ({100 * flagged / max(n, 1):.2f}%); by field: "
              + ", ".join(f"{k} {v}" for k, v in fields.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
