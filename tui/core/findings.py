"""Findings: things an editor should look at, with evidence.

``find_all(comparison, diffs)`` returns every finding, in version then
paragraph order. Each finding says in one sentence what happened and points
at the paragraphs in other versions that support it.

Kinds so far:

* ``duplicate``: an article paragraph or a caption repeated within one
  version (typography ignored).
"""

from __future__ import annotations

from .diffs import CellDiffs
from .model import Comparison, Finding
from .textnorm import squash


def duplicates(comparison: Comparison) -> list[Finding]:
    """Paragraphs repeated within one version (the later copies are flagged)."""
    found = []
    for v, version in enumerate(comparison.versions):
        first: dict[str, int] = {}
        for p in version.paragraphs:
            key = squash(p.text).lower().rstrip(" .")
            if len(key) < 20:
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


def find_all(comparison: Comparison, diffs: CellDiffs) -> list[Finding]:
    """Every finding for the comparison, sorted by version and paragraph."""
    found = duplicates(comparison)
    return sorted(found, key=lambda f: (f.version, f.paragraph, f.start or 0, f.kind))
