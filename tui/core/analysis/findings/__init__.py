"""Findings: things an editor should look at, with evidence.

``find_all(comparison, diffs)`` returns every finding, sorted by version,
paragraph, offset and kind. Each finding says in one sentence what happened,
locates it (version position, paragraph index, character offsets into that
paragraph's text) and points at the paragraphs of other versions that
support it. Detectors only look at aligned rows (and at per-version word
indexes), never at all pairs of paragraphs. The kinds:

* ``stripped-text`` (``stripped``): holes where a linked word or name was
  removed ("troops in as efforts", "secure 's skies"), from the text itself
  and from the name another aligned version has there;
* ``quote-changed`` and ``quote-unsupported`` (``quotes``): a quotation whose
  words or speaker differ from the same quotation in another version, and a
  quotation no other version has;
* ``number-changed`` (``numbers``): a figure, amount or date substituted
  between aligned paragraphs ("20" and "twenty" are the same number);
* ``name-changed`` (``names``): a name substituted, or a person's title
  changed ("former President Donald Trump"), between aligned paragraphs;
* ``unsupported-addition`` (``additions``): a sentence no other version
  supports that carries a figure or name no other version has;
* ``duplicate`` (``duplicates``): a paragraph or caption repeated within one
  version.

Cost: linear in the text. Pairs with the base reuse the ``CellDiffs`` the
reports share; other pairs are diffed only in rows the base is missing from
and only when their cells share wording. Long paragraphs cost no more per
word than short ones: detectors read a window of text around each change or
hole, bisect into the sorted names, figures and changes of a text (cached
per text for one run), and match quotations through an index
(``overlap``). About 20 ms for the sample story, under 2 s of CPU for 10
versions of 1,000 paragraphs and about a second for two versions of one
240 KB paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...diff.diffs import CellDiffs
from ...model import Comparison, Finding
from . import names, numbers, stripped
from .additions import unsupported_additions
from .common import Context
from .duplicates import duplicates
from .names import name_changes
from .numbers import number_changes
from .stripped import stripped_text

if TYPE_CHECKING:
    from ..facts import VersionFacts

__all__ = ["DETECTORS", "KINDS", "Detector", "detect", "duplicates", "find_all", "sort_findings"]


@dataclass(frozen=True)
class Detector:
    """One detector: its name (what ``detect`` takes), the finding kinds it gives and how it runs."""

    name: str
    kinds: tuple[str, ...]
    """The kinds of its findings, in the order a report lists them within a paragraph."""
    run: Callable[[Context], list[Finding]]
    clear: Callable[[], None] | None = None
    """Empties its module's per-text caches. Other detectors may fill them too, so ``detect`` clears every
    detector's after every run: no text stays alive after it."""


def _duplicates(context: Context) -> list[Finding]:
    given = context.facts.duplicates if context.facts is not None else None
    return list(given) if given is not None else duplicates(context.comparison.versions)


def _quotes(context: Context) -> list[Finding]:
    from .quotes import quote_findings  # imported when first run: its patterns take a while to compile (the
    # report command imports it while the versions load, before it forks the processes that use it)

    return quote_findings(context)


DETECTORS = (
    Detector("stripped-text", ("stripped-text",), stripped_text, stripped.clear_caches),
    Detector("quotes", ("quote-changed", "quote-unsupported"), _quotes),
    Detector("number-changed", ("number-changed",), number_changes, numbers.clear_caches),
    Detector("name-changed", ("name-changed",), name_changes, names.clear_caches),
    Detector("unsupported-addition", ("unsupported-addition",), unsupported_additions),
    Detector("duplicate", ("duplicate",), _duplicates),
)
"""Every detector, in report order. Adding a finding kind is one entry here (and its line in the README).
The order in which they run does not change the result: ``sort_findings`` orders by kind, and each kind has
one detector."""

KINDS = tuple(kind for detector in DETECTORS for kind in detector.kinds)
"""Every finding kind, in the order a report lists them within a paragraph."""


def find_all(comparison: Comparison, diffs: CellDiffs | None = None) -> list[Finding]:
    """Every finding for the comparison, sorted by version, paragraph and offset."""
    return sort_findings(detect(comparison, diffs or CellDiffs(comparison), [d.name for d in DETECTORS]))


def detect(comparison: Comparison, diffs: CellDiffs, which: list[str], facts: VersionFacts | None = None,
           ) -> dict[str, list[Finding]]:
    """The findings of some detectors (names from ``DETECTORS``), unsorted, by detector (``facts``:
    ``facts.version_facts(comparison.versions)``, when found beforehand)."""
    context = Context(comparison, diffs, facts)
    found: dict[str, list[Finding]] = {}
    try:
        for detector in DETECTORS:
            if detector.name in which:
                found[detector.name] = detector.run(context)
    finally:  # the per-text caches only serve one run: keep no texts alive after it
        for detector in DETECTORS:
            if detector.clear is not None:
                detector.clear()
    return found


def sort_findings(by_detector: dict[str, list[Finding]]) -> list[Finding]:
    """Findings of every detector, sorted by version, paragraph, offset and kind (each detector's own order
    kept among its findings that tie)."""
    found = [f for detector in DETECTORS for f in by_detector.get(detector.name, [])]
    return sorted(found, key=lambda f: (f.version, f.paragraph, f.start or 0, KINDS.index(f.kind)
                                        if f.kind in KINDS else len(KINDS)))
