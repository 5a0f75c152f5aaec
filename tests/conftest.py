"""Shared fixtures: the bundled sample, and versions built from in-memory texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tui.core import compare, load_inputs
from tui.core.input.loading import read_version
from tui.core.parallel import can_fork

needs_fork = pytest.mark.skipif(not can_fork(), reason="no fork here (or one core, or other threads)")
"""For tests of a forked path: skipped where this process may not fork (``parallel.can_fork``)."""

# Property tests: a short run by default, a longer one in CI (the CI runner sets CI=true; .ci/run stays
# the README's test command) or wherever HYPOTHESIS_PROFILE=ci is set.
settings.register_profile("default", max_examples=120, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("ci", max_examples=500, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default"))

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
