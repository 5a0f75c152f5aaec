"""Editorial analysis: what each version did to the story.

``analyse(comparison)`` returns an ``Analysis`` with

* ``stats``: for every version but the base, the shares of its article words
  that are verbatim, edited, paraphrased and new against the base (they sum
  to 1), the share of the base's article words it dropped, and a verdict:
  wholly-derived, partially-derived or non-derived;
* ``derivation``: directed edges "made from" with a confidence, from shared
  wording, shared additions and omissions and shared errors;
* ``findings``: see ``findings.find_all``.

``analyse(comparison, diffs, parallel=True)`` splits the work with a forked
process (``parallel``) and returns the same result; callers ask for it on big
inputs only (``parallel.worth_forking``). ``compare_and_analyse`` runs both
steps, finding the derivation edges beside the alignment when parallel.

How the scorecard counts words: ``scorecard`` (``Stats``, ``verdict``,
``version_stats`` and ``base_counts`` are re-exported here).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from ..collector import collector_paused
from ..diff.diffs import CellDiffs
from ..model import Comparison, Finding, Version
from ..parallel import run_pair
from ..pipeline import Progress, compare
from .facts import VersionFacts, version_facts
from .findings import DETECTORS, detect, sort_findings
from .findings.numbers import FigureIndex, paragraph_figures, remember_figures
from .findings.stripped import remember_holes
from .provenance import Edge, HoleIndex, edges_and_holes
from .scorecard import Stats, base_counts, scorecard, verdict, version_stats

__all__ = ["FORKED", "Analysis", "Stats", "analyse", "base_counts", "beside_alignment", "compare_and_analyse",
           "verdict", "version_stats"]


@dataclass(frozen=True)
class Analysis:
    """Scorecard, derivation edges and findings for one comparison."""

    stats: dict[int, Stats]
    derivation: tuple[Edge, ...]
    findings: tuple[Finding, ...]


def analyse(comparison: Comparison, diffs: CellDiffs | None = None, parallel: bool = False,
            derivation: tuple[Edge, ...] | None = None, facts: VersionFacts | None = None,
            meanwhile: Callable[[], object] | None = None) -> Analysis:
    """Scorecard, derivation and findings for a comparison.

    ``parallel``: split the work between this process and forked ones (``parallel.run_pair``; for big
    inputs, where it pays), in two steps: first a fork diffs and scores about half the cells and sends its
    diffs back (``scorecard.scorecard``), then a fork runs the detectors that need no word diff against the
    base (``FORKED``) while this process runs the rest. The result is the same as on one core.
    ``derivation``: the edges, when already found (``version_edges``); ``facts``: the versions' facts,
    when already found (``facts.version_facts``). ``meanwhile``: other work of the caller's, called in this
    process once its detectors are done, while the forked ones may still run (the word diffs against the base
    are all at hand by then).
    """
    diffs = diffs or CellDiffs(comparison)
    others = [v for v in range(len(comparison.versions)) if v != comparison.base]
    with collector_paused():
        stats = scorecard(comparison, diffs, others, facts.words if facts else None, parallel)
        forked = (FORKED if derivation is not None else FORKED_WITH_DERIVATION) if parallel else []
        kept = [d.name for d in DETECTORS if d.name not in forked]
        if forked:
            comparison.row_of_paragraph  # noqa: B018 - both processes read it: worked out once, before forking
        here, there = run_pair(partial(_edges_and_findings, comparison, diffs, kept, derivation, facts, meanwhile),
                               partial(detect, comparison, diffs, forked, facts), parallel)
        edges, found = here
        findings = tuple(f for f in sort_findings({**found, **there}) if not _added_by_a_source(f, edges))
        return Analysis(stats, edges, findings)


def compare_and_analyse(versions: Sequence[Version], base: int | None = None, progress: Progress | None = None,
                        parallel: bool = False, meanwhile: Callable[[Comparison, CellDiffs], object] | None = None,
                        ) -> tuple[Comparison, CellDiffs, Analysis]:
    """``compare`` then ``analyse``, sharing one ``CellDiffs``. The derivation edges, facts and figures (they
    need no alignment: ``beside_alignment``) are found once, beside the alignment; ``parallel``: in a forked
    process while this one aligns, and the rest is split as above. ``meanwhile``: ``analyse``'s, given the
    comparison and the diffs."""
    comparison, (edges, holes, facts, figures) = run_pair(partial(compare, versions, base, progress, parallel),
                                                          partial(_beside, versions, os.getpid()), parallel)
    remember_holes(versions, holes)  # found for the edges: the stripped-text detector need not look again
    remember_figures(versions, figures)  # nor the figure detectors read the paragraphs' figures
    diffs = CellDiffs(comparison)
    return comparison, diffs, analyse(comparison, diffs, parallel, tuple(edges), facts,
                                      partial(meanwhile, comparison, diffs) if meanwhile is not None else None)


def _beside(versions: Sequence[Version], parent: int,
            ) -> tuple[list[Edge], list[HoleIndex], VersionFacts, list[FigureIndex]]:
    """``beside_alignment``, at a lower priority when it runs in a forked child: its result is wanted only
    after the alignment, which it would otherwise slow down (three processes on two cores)."""
    if os.getpid() != parent:
        os.nice(NICE)
    return beside_alignment(versions)


def beside_alignment(versions: Sequence[Version],
                      ) -> tuple[list[Edge], list[HoleIndex], VersionFacts, list[FigureIndex]]:
    """What the analysis needs that depends on the versions alone, found while they are aligned: the derivation
    edges, the holes found on the way, the versions' facts and the paragraphs' figures
    (``numbers.paragraph_figures``)."""
    with collector_paused():  # many small acyclic objects (a forked child would also copy the pages it scans)
        edges, holes = edges_and_holes(versions)
        return edges, holes, version_facts(versions), paragraph_figures(versions)


NICE = 5
"""How much lower the beside child's priority is than the alignment's."""

FORKED = ["quotes", "unsupported-addition", "duplicate"]
"""The detectors a forked process runs when the analysis is split: about half the work, and none asks
for a word diff against the base (those are computed here, for the scorecard and the report)..."""
FORKED_WITH_DERIVATION = [*FORKED, "name-changed"]
"""...and when this process finds the derivation edges too."""


def _edges_and_findings(comparison: Comparison, diffs: CellDiffs, detectors: list[str],
                        derivation: tuple[Edge, ...] | None, facts: VersionFacts | None,
                        meanwhile: Callable[[], object] | None = None,
                        ) -> tuple[tuple[Edge, ...], dict[str, list[Finding]]]:
    if derivation is None:
        edges, holes = edges_and_holes(comparison.versions)  # as derivation_edges, and the holes found on the way
        remember_holes(comparison.versions, holes)
        derivation = tuple(edges)
    found = detect(comparison, diffs, detectors, facts)
    if meanwhile is not None:
        meanwhile()
    return derivation, found


def _added_by_a_source(finding: Finding, derivation: tuple[Edge, ...]) -> bool:
    """An 'unsupported addition' in a version the evidence shows to be a source (it has copies
    and was made from none) is text its copies dropped, not an addition."""
    if finding.kind != "unsupported-addition":
        return False
    directed = [e for e in derivation if e.directed]
    return (any(e.source == finding.version for e in directed)
            and not any(e.target == finding.version for e in directed))
