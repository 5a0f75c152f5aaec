"""The base: the version every other is compared against. Decided here and nowhere else.

``decide_base(counts, requested)`` gives the base's position and who chose it
(a ``model.BaseChoice``: the user, the most shared wording, the only version);
``pipeline.compare`` stores both in the ``Comparison``, and the viewer and the
reports read ``Comparison.base_choice`` (its words: ``base_reason``).
``choose_base(counts)`` is syndiff's choice when the caller names none: the
version sharing the most word 3-grams with all the others (the first on ties),
from ``similarity.overlap_counts``. ``resolve_base(versions, spec)`` turns a
user's ``--base`` (an id, a label or a 1-based position) into a position, or
raises ``BaseChoiceError``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import BaseChoiceError
from ..model import BaseChoice, Version


def decide_base(counts: list[list[int]], requested: int | None) -> tuple[int, BaseChoice]:
    """The base's position and who chose it: ``requested`` (the user's) when given, else syndiff's.

    ``counts`` holds the word 3-grams each pair of versions shares (``similarity.overlap_counts``).
    """
    if requested is not None:
        return requested, BaseChoice.USER
    return choose_base(counts), BaseChoice.MOST_SHARED if len(counts) > 1 else BaseChoice.ONLY


def choose_base(counts: list[list[int]]) -> int:
    """The version sharing the most word 3-grams with all the others (first on ties)."""
    totals = [sum(c for w, c in enumerate(row) if w != v) for v, row in enumerate(counts)]
    return max(range(len(totals)), key=lambda v: (totals[v], -v))


def resolve_base(versions: Sequence[Version], spec: str) -> int:
    """A version position from an id (A), a label (file stem) or a 1-based position."""
    for n, version in enumerate(versions):
        if spec in (version.id, version.label):
            return n
    if spec.isdigit() and 1 <= int(spec) <= len(versions):
        return int(spec) - 1
    for n, version in enumerate(versions):
        if spec.lower() in (version.id.lower(), version.label.lower()):
            return n
    names = ", ".join(f"{v.id}={v.label}" for v in versions)
    raise BaseChoiceError(f"--base {spec!r} names no version; use an id, a label or 1..{len(versions)} ({names})")
