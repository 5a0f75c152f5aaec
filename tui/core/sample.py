"""Where the bundled sample story lives, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

SAMPLE_STORY = "coalition-of-the-willing"


def sample_dir() -> Path:
    """The folder holding the bundled sample story's versions."""
    package = Path(__file__).resolve().parent.parent
    for root in (package / "sample_articles", package.parent / "sample_articles"):
        if (root / SAMPLE_STORY).is_dir():
            return root / SAMPLE_STORY
    raise FileNotFoundError("the bundled sample story is missing; reinstall syndiff")
