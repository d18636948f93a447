from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "samples" / "uptodate-oligometastatic-nsclc.txt"
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the suite's parsed-TOML cache out of the user's cache directory."""
    import os

    os.environ["CITELINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("citelint-cache"))
    # the result cache stays on (its default) but out of the checkout: one folder for the suite
    os.environ["CITELINT_RESULT_CACHE_DIR"] = str(tmp_path_factory.mktemp("citelint-results"))


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    p = tmp_path / SEED.name
    shutil.copyfile(SEED, p)
    return p
