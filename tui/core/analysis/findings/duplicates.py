"""Duplicates: a paragraph or caption repeated within one version (``duplicate``).

Paragraphs are compared on their squashed text (typography folded, case and
spacing ignored, a final full stop dropped); paragraphs of fewer than
``MIN_CHARS`` characters ("Advertisement", "Read more") are too short to
count. The later copies are flagged, each pointing at the first one.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Finding, Version
from ...textnorm import squash

MIN_CHARS = 20


def duplicates(versions: Sequence[Version]) -> list[Finding]:
    """Paragraphs repeated within one version (the later copies are flagged). They need no alignment: found
    beforehand on big inputs (``facts.VersionFacts``)."""
    found = []
    for v, version in enumerate(versions):
        first: dict[str, int] = {}
        for p in version.paragraphs:
            key = squash(p.text).lower().rstrip(" .")
            if len(key) < MIN_CHARS:
                continue
            if key in first:
                what = "caption" if p.boilerplate == "caption" else "paragraph"
                found.append(Finding(
                    "duplicate", v, p.index, 0, len(p.text),
                    f"this {what} repeats paragraph {first[key] + 1} of {version.label} word for word",
                    ((v, first[key]),)))
            else:
                first[key] = p.index
    return found
