from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The user-level caches (parsed TOML, compiled patterns) stay out of the user's folder from the
# start: test modules parse rule-case files while they are collected, before any fixture runs.
os.environ["CITELINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="citelint-test-cache-")
atexit.register(shutil.rmtree, os.environ["CITELINT_CACHE_DIR"], True)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "samples" / "uptodate-oligometastatic-nsclc.txt"
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the suite's caches out of the user's cache directory and the checkout."""
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
