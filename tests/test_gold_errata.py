"""benchmarks/gold_errata.toml: the gold fields entry_accuracy.py scores apart (tags that slipped past what is
printed). Each erratum must name a set, a field the benchmark scores and the value printed, once."""

from __future__ import annotations

import tomllib
from pathlib import Path

ERRATA = Path(__file__).resolve().parent.parent / "benchmarks" / "gold_errata.toml"
FIELDS = {"year", "volume", "first_page", "first_author", "journal", "title"}


def test_every_erratum_is_complete_and_named_once():
    doc = tomllib.loads(ERRATA.read_text(encoding="utf-8"))
    seen = set()
    for e in doc["erratum"]:
        assert set(e) == {"set", "raw", "field", "tagged", "printed", "why"}, e
        assert e["set"] in {"vancouver-subset", "jats-mixed-citation", "anystyle-parser", "grobid-citation"}, e
        assert e["field"] in FIELDS, e
        assert e["printed"].strip() and e["why"].strip() and len(e["raw"]) >= 20, e
        assert e["printed"] != e["tagged"], e
        key = (e["set"], e["raw"], e["field"])
        assert key not in seen, key
        seen.add(key)
