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

Boilerplate is left out of every share. How words are counted, per aligned
cell against the base:

* same cell: every word verbatim;
* edited cell: words in equal runs verbatim, inserted words edited;
* paraphrase cell: equal runs of three words or more verbatim (copied
  phrases), every other word paraphrase;
* a cell the base lacks: every word new.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from ..collector import collector_paused
from ..diff.diffs import CellDiffs
from ..model import Change, Comparison, Finding, Version
from ..parallel import run_pair
from ..pipeline import Progress, compare
from ..textnorm import WORD
from .facts import VersionFacts, version_facts
from .figures import share
from .findings import DETECTORS, detect, sort_findings
from .findings.numbers import FigureIndex, paragraph_figures, remember_figures
from .findings.stripped import remember_holes
from .provenance import Edge, HoleIndex, edges_and_holes

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
    return len(WORD.findall(text))


def _cell_counts(kind: str, changes: list[Change] | None, a: str, b: str, words: int | None = None,
                 ) -> tuple[dict[str, int], int]:
    """(word counts by class in b, base words with no counterpart) for one cell (``words``: b's, when known).

    The changes cut b at the word diff's token boundaries, which no word crosses: its words are the sum of
    theirs, so an edited cell's verbatim words are the words of b not inserted. Pieces joined with a space
    have the words of the pieces: each side's are counted in one go."""
    counts = {"verbatim": 0, "edited": 0, "paraphrase": 0, "new": 0}
    if kind == "same" or changes is None:
        counts["verbatim" if kind == "same" else "new"] = _count(b) if words is None else words
        return counts, 0
    dropped = 0
    if kind == "edited" and words is not None:
        counts["edited"] = _count(" ".join([b[c.b_start:c.b_end] for c in changes if c.op == "insert"]))
        counts["verbatim"] = words - counts["edited"]
        return counts, _count(" ".join([a[c.a_start:c.a_end] for c in changes if c.op == "delete"]))
    for c in changes:
        if c.op in ("equal", "typography"):
            n = _count(b[c.b_start:c.b_end])
            counts["verbatim" if kind == "edited" or n >= 3 else "paraphrase"] += n
        elif c.op == "insert":
            counts["edited" if kind == "edited" else "paraphrase"] += _count(b[c.b_start:c.b_end])
        elif kind == "edited":  # a deletion: nothing of b
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


def base_counts(comparison: Comparison) -> list[int]:
    """Words of the base's cell in each row (0 where it has none, or the row is boilerplate)."""
    base = comparison.base
    return [_count(comparison.cell_text(row, base)) if row.cells[base] and row.relation != "boilerplate" else 0
            for row in comparison.rows]


def version_stats(comparison: Comparison, diffs: CellDiffs, v: int, base_words_by_row: list[int] | None = None,
                  paragraph_words: Sequence[int] | None = None) -> Stats:
    """The scorecard of version v against the base (``base_words_by_row``: ``base_counts``, when at hand: the same for
    every version; ``paragraph_words``: ``facts.paragraph_words`` of v, when at hand).

    A cell covering several rows (``Row.continued``) is counted once, against the base text of
    every row it covers. Where the base's paragraph covers several rows (others split it), the
    base words v lost are those no cell of v under it keeps (``_Spread``), counted once.
    """
    rows = comparison.rows
    by_row = base_words_by_row if base_words_by_row is not None else base_counts(comparison)
    totals = {"verbatim": 0, "edited": 0, "paraphrase": 0, "new": 0}
    dropped = base_words = 0
    spread: dict[int, _Spread] = {}
    for n, row in enumerate(rows):
        if row.relation == "boilerplate":
            continue
        base_count = by_row[n]
        base_words += base_count
        head = _spread_head(comparison, n)
        if head is not None and head not in spread:
            spread[head] = _Spread(comparison, head)
        if not row.cells[v]:
            if head is None and not row.continues(v):
                dropped += base_count
            continue
        kind = row.info[v].kind
        changes = diffs.diff(n, v) if kind not in ("same", "added") else None
        cell_words = None if paragraph_words is None else sum(paragraph_words[p] for p in row.cells[v])
        counts, lost = _cell_counts(kind, changes, diffs.base_text(n, v) if changes is not None else "",
                                    comparison.cell_text(row, v) if cell_words is None or changes is not None else "",
                                    cell_words)
        if head is not None and spread[head].covers(comparison, n, v):
            spread[head].keep(kind, changes)
        else:
            dropped += lost
        for key, value in counts.items():
            totals[key] += value
    dropped += sum(s.lost() for s in spread.values())
    words = sum(totals.values())
    shares = {k: share(val, words) for k, val in totals.items()}
    return Stats(shares["verbatim"], shares["edited"], shares["paraphrase"], shares["new"],
                 share(dropped, base_words),
                 verdict(shares["verbatim"], shares["edited"], shares["paraphrase"]) if words else "non-derived",
                 words)


def _spread_head(comparison: Comparison, n: int) -> int | None:
    """The row of the base paragraph covering row n, where that paragraph covers several rows."""
    cover = comparison.cover(n, comparison.base)
    return cover[0] if len(cover) > 1 else None


class _Spread:
    """A base paragraph that other versions split across rows: which of its words one version keeps."""

    def __init__(self, comparison: Comparison, head: int) -> None:
        self.paragraphs = comparison.rows[head].cells[comparison.base]
        self.text = comparison.cell_text(comparison.rows[head], comparison.base)
        self.kept = bytearray(len(self.text))
        self.cells = 0
        self.edited = False

    def covers(self, comparison: Comparison, n: int, v: int) -> bool:
        return comparison.base_paragraphs(n, v) == self.paragraphs

    def keep(self, kind: str, changes: list[Change] | None) -> None:
        self.cells += 1
        if kind != "edited":
            self.kept[:] = b"\x01" * len(self.kept)  # a same or paraphrased part: nothing counted lost
            return
        self.edited = True
        for c in changes or ():
            if c.op in ("equal", "typography"):
                self.kept[c.a_start:c.a_end] = b"\x01" * (c.a_end - c.a_start)

    def lost(self) -> int:
        """Words of the base paragraph no cell of the version keeps (all of them without a cell)."""
        if not self.cells:
            return _count(self.text)
        return _count(_blank_kept(self.text, self.kept))


def _blank_kept(text: str, kept: bytearray) -> str:
    """The text with every kept character (``kept[i]`` 1) written as a space, run by run."""
    parts, i, size = [], 0, len(kept)
    while i < size:
        start = kept.find(1, i)
        if start < 0:
            parts.append(text[i:])
            break
        end = kept.find(0, start)
        end = size if end < 0 else end
        parts += (text[i:start], " " * (end - start))
        i = end
    return "".join(parts)


def analyse(comparison: Comparison, diffs: CellDiffs | None = None, parallel: bool = False,
            derivation: tuple[Edge, ...] | None = None, facts: VersionFacts | None = None) -> Analysis:
    """Scorecard, derivation and findings for a comparison.

    ``parallel``: split the work between this process and a forked one (``parallel.run_pair``; for big
    inputs, where it pays): the fork runs the detectors that need no word diff against the base (``FORKED``)
    while this process diffs every cell and runs the rest. The result is the same as on one core.
    ``derivation``: the edges, when already found (``version_edges``); ``facts``: the versions' facts,
    when already found (``facts.version_facts``).
    """
    diffs = diffs or CellDiffs(comparison)
    others = [v for v in range(len(comparison.versions)) if v != comparison.base]
    with collector_paused():
        forked = (FORKED if derivation is not None else FORKED_WITH_DERIVATION) if parallel else []
        kept = [d.name for d in DETECTORS if d.name not in forked]
        here, there = run_pair(partial(_scorecard_and_findings, comparison, diffs, others, kept, derivation, facts),
                               partial(detect, comparison, diffs, forked, facts), parallel)
        stats, edges, found = here
        findings = tuple(f for f in sort_findings({**found, **there}) if not _added_by_a_source(f, edges))
        return Analysis(stats, edges, findings)


def compare_and_analyse(versions: Sequence[Version], base: int | None = None, progress: Progress | None = None,
                        parallel: bool = False) -> tuple[Comparison, CellDiffs, Analysis]:
    """``compare`` then ``analyse``, sharing one ``CellDiffs``. The derivation edges, facts and figures (they
    need no alignment: ``beside_alignment``) are found once, beside the alignment; ``parallel``: in a forked
    process while this one aligns, and the rest is split as above."""
    comparison, (edges, holes, facts, figures) = run_pair(partial(compare, versions, base, progress, parallel),
                                                          partial(beside_alignment, versions), parallel)
    remember_holes(versions, holes)  # found for the edges: the stripped-text detector need not look again
    remember_figures(versions, figures)  # nor the figure detectors read the paragraphs' figures
    diffs = CellDiffs(comparison)
    return comparison, diffs, analyse(comparison, diffs, parallel, tuple(edges), facts)


def beside_alignment(versions: Sequence[Version],
                      ) -> tuple[list[Edge], list[HoleIndex], VersionFacts, list[FigureIndex]]:
    """What the analysis needs that depends on the versions alone, found while they are aligned: the derivation
    edges, the holes found on the way, the versions' facts and the paragraphs' figures
    (``numbers.paragraph_figures``)."""
    edges, holes = edges_and_holes(versions)
    return edges, holes, version_facts(versions), paragraph_figures(versions)


FORKED = ["quotes", "unsupported-addition", "duplicate"]
"""The detectors a forked process runs when the analysis is split: about half the work, and none asks
for a word diff against the base (those are computed here, for the scorecard and the report)..."""
FORKED_WITH_DERIVATION = [*FORKED, "name-changed"]
"""...and when this process finds the derivation edges too."""


def _scorecard_and_findings(comparison: Comparison, diffs: CellDiffs, others: list[int], detectors: list[str],
                            derivation: tuple[Edge, ...] | None, facts: VersionFacts | None,
                            ) -> tuple[dict[int, Stats], tuple[Edge, ...], dict[str, list[Finding]]]:
    counts = base_counts(comparison)
    stats = {v: version_stats(comparison, diffs, v, counts, facts.words[v] if facts else None) for v in others}
    if derivation is None:
        edges, holes = edges_and_holes(comparison.versions)  # as derivation_edges, and the holes found on the way
        remember_holes(comparison.versions, holes)
        derivation = tuple(edges)
    return stats, derivation, detect(comparison, diffs, detectors, facts)


def _added_by_a_source(finding: Finding, derivation: tuple[Edge, ...]) -> bool:
    """An 'unsupported addition' in a version the evidence shows to be a source (it has copies
    and was made from none) is text its copies dropped, not an addition."""
    if finding.kind != "unsupported-addition":
        return False
    directed = [e for e in derivation if e.directed]
    return (any(e.source == finding.version for e in directed)
            and not any(e.target == finding.version for e in directed))
