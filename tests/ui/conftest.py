"""Shared fixtures for the viewer tests: the sample story and a fresh app."""

from __future__ import annotations

import pytest

from tui.app import make_app
from tui.core import load_inputs
from tui.core.sample import sample_dir


@pytest.fixture(scope="session")
def versions():
    """The bundled sample story's four versions (A..D; the engine picks B as base)."""
    return load_inputs([str(sample_dir())])


@pytest.fixture
def app(versions):
    """A fresh viewer on the sample, dark theme."""
    return make_app(versions)
