"""The scorecard: how much of each version's article words come from the base.

``version_stats(comparison, diffs, v)`` returns the ``Stats`` of version v:
the shares of its article words that are verbatim, edited, paraphrased and
new against the base (they sum to 1), the share of the base's article words
it dropped, and a verdict (``verdict``): wholly-derived, partially-derived or
non-derived. ``scorecard(comparison, diffs, versions)`` gives every version's,
with ``parallel`` (big inputs) half the cells diffed and scored in a forked
process, which sends its diffs back (``CellDiffs.export``): the same result.

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

from ..diff.diffs import CellDiffs, Exported
from ..model import Change, Comparison
from ..parallel import run_pair
from ..textnorm import WORD
from .figures import share

WHOLLY = 0.75
"""Copied share (verbatim + edited) from which a version is wholly derived..."""
WHOLLY_TOTAL = 0.85
"""...when at least this share is copied or paraphrased."""
PARTIAL = 0.2
"""Copied share from which a version is partially derived."""
FORK_SHARE = 0.45
"""Share of the cells' text the fork diffs and scores when split (``scorecard``): a little under half, as it
also pays for the fork, sending its diffs back and the copies of the memory pages it touches. Measured on 10
versions of 1,000 paragraphs: at 0.5 this process waited about 0.05 s for it, at 0.45 and 0.4 about 0.012 s
(what sending the result takes)."""


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


def scorecard(comparison: Comparison, diffs: CellDiffs, versions: list[int],
              words: Sequence[Sequence[int]] | None = None, parallel: bool = False) -> dict[int, Stats]:
    """``version_stats`` of each of the versions (``words``: ``facts.paragraph_words``, when at hand);
    ``parallel``: a forked process diffs and scores about half the cells (``_halves``) and sends its diffs
    back, so every diff is then at hand here."""
    score = partial(_score, comparison, diffs, base_counts(comparison), words)
    if not parallel or not versions:
        return score(versions)
    mine, theirs, (shared, cut) = _halves(comparison, versions)
    here, (there, exported) = run_pair(partial(_fill_and_score, score, diffs, mine, shared, cut),
                                       partial(_score_and_export, score, diffs, theirs, shared, cut), parallel)
    diffs.adopt(exported)
    found = {**here, **there, **score([shared])}  # the shared version's first rows were diffed here meanwhile
    return {v: found[v] for v in versions}


def _score(comparison: Comparison, diffs: CellDiffs, counts: list[int], words: Sequence[Sequence[int]] | None,
           versions: list[int]) -> dict[int, Stats]:
    return {v: version_stats(comparison, diffs, v, counts, words[v] if words else None) for v in versions}


def _fill_and_score(score: partial[dict[int, Stats]], diffs: CellDiffs, versions: list[int], shared: int,
                    cut: int) -> dict[int, Stats]:
    """This process's half: the versions' stats, and the diffs of the shared version's rows before cut."""
    diffs.fill([shared], range(cut))
    return score(versions)


def _score_and_export(score: partial[dict[int, Stats]], diffs: CellDiffs, versions: list[int], shared: int,
                      cut: int) -> tuple[dict[int, Stats], Exported]:
    """The fork's half: the versions' stats, and their diffs and those of the shared version's rows from cut on."""
    diffs.fill(versions)
    diffs.fill([shared], range(cut, len(diffs.comparison.rows)))
    return score(versions), diffs.export([*versions, shared])


def _halves(comparison: Comparison, versions: list[int]) -> tuple[list[int], list[int], tuple[int, int]]:
    """The versions scored here, those scored in the fork, and the version whose cells they share: the rows
    from which the fork diffs its cells. Cut so the fork has about ``FORK_SHARE`` of the cells' text."""
    rows = comparison.rows
    sizes = [[sum(len(paragraphs[i].text) for i in row.cells[v]) for row in rows]
             for v in versions for paragraphs in (comparison.versions[v].paragraphs,)]
    half, done = sum(map(sum, sizes)) * (1 - FORK_SHARE), 0
    for k, v in enumerate(versions):
        if done + sum(sizes[k]) >= half:
            cut = 0
            while cut < len(rows) and done < half:
                done += sizes[k][cut]
                cut += 1
            return versions[:k], versions[k + 1:], (v, cut)
        done += sum(sizes[k])
    return versions[:-1], [], (versions[-1], len(rows))  # no text at all


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

    def covers(self, comparison: Comparison, n: int, v: int) -> bool:
        return comparison.base_paragraphs(n, v) == self.paragraphs

    def keep(self, kind: str, changes: list[Change] | None) -> None:
        self.cells += 1
        if kind != "edited":
            self.kept[:] = b"\x01" * len(self.kept)  # a same or paraphrased part: nothing counted lost
            return
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
