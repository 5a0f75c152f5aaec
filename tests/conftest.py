"""Shared fixtures: the bundled sample, and versions built from in-memory texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import compare, load_inputs
from tui.core.loading import read_version

SAMPLE = Path(__file__).resolve().parent.parent / "sample_articles" / "coalition-of-the-willing"
ORIGINAL, SYNDICATED, SPUN, REWRITE = (
    "001_7127cefea14eb991", "000_83d5e05b31a14b5f", "002_6435e95dbd776681", "003_92fa5eaca3f508c5")


def make_versions(*texts: str):
    """Versions A, B, C ... from texts (one paragraph per line unless blank-line separated)."""
    return [read_version(t.encode("utf-8"), chr(65 + n), f"v{n}", f"v{n}.txt") for n, t in enumerate(texts)]


@pytest.fixture(scope="session")
def sample_versions():
    return load_inputs([str(SAMPLE)])


@pytest.fixture(scope="session")
def sample_comparison(sample_versions):
    return compare(sample_versions)
