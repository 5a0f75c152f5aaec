"""Editorial analysis: what each version did to the story.

``analyse(comparison)`` returns an ``Analysis`` with

* ``stats``: for every version but the base, the shares of its article words
  that are verbatim, edited, paraphrased and new against the base (they sum
  to 1), the share of the base's article words it dropped, and a verdict:
  wholly-derived, partially-derived or non-derived;
* ``derivation``: directed edges "made from" with a confidence, from shared
  wording, shared additions and omissions and shared errors;
* ``findings``: see ``findings.find_all``.

Boilerplate is left out of every share. How words are counted, per aligned
cell against the base:

* same cell: every word verbatim;
* edited cell: words in equal runs verbatim, inserted words edited;
* paraphrase cell: equal runs of three words or more verbatim (copied
  phrases), every other word paraphrase;
* a cell the base lacks: every word new.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..collector import collector_paused
from ..diff.diffs import CellDiffs
from ..model import Change, Comparison, Finding
from .figures import share
from .findings import find_all
from .provenance import Edge, derivation_edges

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
WHOLLY = 0.75
"""Copied share (verbatim + edited) from which a version is wholly derived..."""
WHOLLY_TOTAL = 0.85
"""...when at least this share is copied or paraphrased."""
PARTIAL = 0.2
"""Copied share from which a version is partially derived."""


@dataclass(frozen=True)
class Stats:
    """Provenance of one version's article words against the base."""

    verbatim: float
    edited: float
    paraphrase: float
    new: float
    dropped: float
    derivation: str
    words: int
    """Article words in this version."""

    def as_dict(self) -> dict[str, float | str | int]:
        """The fields in report order."""
        return {"verbatim": self.verbatim, "edited": self.edited, "paraphrase": self.paraphrase,
                "new": self.new, "dropped": self.dropped, "derivation": self.derivation, "words": self.words}


@dataclass(frozen=True)
class Analysis:
    """Scorecard, derivation edges and findings for one comparison."""

    stats: dict[int, Stats]
    derivation: tuple[Edge, ...]
    findings: tuple[Finding, ...]


def _count(text: str) -> int:
    return len(_WORD.findall(text))


def _cell_counts(kind: str, changes: list[Change] | None, a: str, b: str) -> tuple[dict[str, int], int]:
    """(word counts by class in b, base words with no counterpart) for one cell."""
    counts = {"verbatim": 0, "edited": 0, "paraphrase": 0, "new": 0}
    if kind == "same" or changes is None:
        counts["verbatim" if kind == "same" else "new"] = _count(b)
        return counts, 0
    dropped = 0
    for c in changes:
        n = _count(b[c.b_start:c.b_end])
        if c.op in ("equal", "typography"):
            counts["verbatim" if kind == "edited" or n >= 3 else "paraphrase"] += n
        elif c.op == "insert":
            counts["edited" if kind == "edited" else "paraphrase"] += n
        elif kind == "edited":
            dropped += _count(a[c.a_start:c.a_end])
    return counts, dropped


def verdict(verbatim: float, edited: float, paraphrase: float) -> str:
    """wholly-derived, partially-derived or non-derived from the word shares."""
    copied = verbatim + edited
    if copied >= WHOLLY and copied + paraphrase >= WHOLLY_TOTAL:
        return "wholly-derived"
    if copied >= PARTIAL or (copied >= PARTIAL / 2 and copied + paraphrase >= 0.5):
        return "partially-derived"
    return "non-derived"


def version_stats(comparison: Comparison, diffs: CellDiffs, v: int) -> Stats:
    """The scorecard of version v against the base."""
    base = comparison.base
    totals = {"verbatim": 0, "edited": 0, "paraphrase": 0, "new": 0}
    dropped = base_words = 0
    for n, row in enumerate(comparison.rows):
        if row.relation == "boilerplate":
            continue
        a, b = comparison.cell_text(row, base), comparison.cell_text(row, v)
        base_count = _count(a) if row.cells[base] else 0
        base_words += base_count
        if not row.cells[v]:
            dropped += base_count
            continue
        kind = row.info[v].kind
        counts, lost = _cell_counts(kind, diffs.diff(n, v) if kind not in ("same", "added") else None, a, b)
        dropped += lost
        for key, value in counts.items():
            totals[key] += value
    words = sum(totals.values())
    shares = {k: share(val, words) for k, val in totals.items()}
    return Stats(shares["verbatim"], shares["edited"], shares["paraphrase"], shares["new"],
                 share(dropped, base_words),
                 verdict(shares["verbatim"], shares["edited"], shares["paraphrase"]) if words else "non-derived",
                 words)


def analyse(comparison: Comparison, diffs: CellDiffs | None = None) -> Analysis:
    """Scorecard, derivation and findings for a comparison."""
    diffs = diffs or CellDiffs(comparison)
    with collector_paused():
        stats = {v: version_stats(comparison, diffs, v)
                 for v in range(len(comparison.versions)) if v != comparison.base}
        derivation = tuple(derivation_edges(comparison))
        findings = tuple(f for f in find_all(comparison, diffs) if not _added_by_a_source(f, derivation))
        return Analysis(stats, derivation, findings)


def _added_by_a_source(finding: Finding, derivation: tuple[Edge, ...]) -> bool:
    """An 'unsupported addition' in a version the evidence shows to be a source (it has copies
    and was made from none) is text its copies dropped, not an addition."""
    if finding.kind != "unsupported-addition":
        return False
    directed = [e for e in derivation if e.directed]
    return (any(e.source == finding.version for e in directed)
            and not any(e.target == finding.version for e in directed))
