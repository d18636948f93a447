"""The parser on what medical reviews print (benchmarks/medical_styles.py): 2,224 entries made from real medical
journals in the styles medical reviews use, every field each suite names read as printed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "medical_styles", Path(__file__).resolve().parent.parent / "benchmarks" / "medical_styles.py")
medical_styles = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
_SPEC.loader.exec_module(medical_styles)  # type: ignore[union-attr]


@pytest.mark.parametrize("suite", list(medical_styles.SUITES))
def test_every_medical_style_reads_as_printed(suite):
    misses = {raw: diff for raw, want in medical_styles.SUITES[suite]() if (diff := medical_styles.misread(raw, want))}
    assert not misses, misses
