"""Merges of paragraphs that are not side by side: one paragraph covering a later one
across a paragraph its version dropped.

``gap_merges(corpus, a, b, groups)`` takes two versions' article paragraph features
and the groups ``pairalign.align_pair`` made of them, and returns pairs
``(covering, covered)`` of features: the covering paragraph (the last paragraph of
one side of a group) also carries the covered one, a free paragraph of the other
version that comes after the group, where the two versions' next match comes
after it too. Example: a copy merges base A and C into M and drops B between
them; the aligner matches A with M, and C is left free (B, which M lacks, stands
between A and C, so C is no neighbour that a merge could absorb).

Evidence, for each covered paragraph X and covering paragraph M:

* order: X lies in the gap between M's group and the next group, and the gap
  holds no free paragraph of M's version (nothing there for X to be instead);
* content: X is similar to M at least ``pairalign.NEIGHBOUR`` (what the aligner
  asks of a merged neighbour), M is X's best match in M's version, and ``pairalign.FRESH`` of X's
  term weight is found in M but not in the group's paragraphs of X's version
  (X brings evidence of its own, as every part of a merge must).

The rows show such a cover with ``Row.continued`` on the covered paragraph's row
(``rows.build_rows``); the rows between (the dropped text) stay apart.
"""

from __future__ import annotations

from .pairalign import FRESH, NEIGHBOUR, Group, fresh_share
from .similarity import Corpus, Features


def gap_merges(corpus: Corpus, a: list[Features], b: list[Features],
               groups: list[Group]) -> list[tuple[Features, Features]]:
    """(covering, covered) pairs; see the module docstring."""
    taken_a = {i for ga, _, _ in groups for i in ga}
    taken_b = {j for _, gb, _ in groups for j in gb}
    ordered = sorted(groups, key=lambda g: min(g[0]))
    out: list[tuple[Features, Features]] = []
    for n, (ga, gb, _) in enumerate(ordered):
        if n + 1 < len(ordered):
            nxt_a, nxt_b = min(ordered[n + 1][0]), min(ordered[n + 1][1])
        else:
            nxt_a, nxt_b = len(a), len(b)
        if nxt_b <= max(gb) or nxt_a <= max(ga):
            continue  # a moved paragraph between: no clean gap
        free_a = [i for i in range(max(ga) + 1, nxt_a) if i not in taken_a]
        free_b = [j for j in range(max(gb) + 1, nxt_b) if j not in taken_b]
        if free_a and not free_b:
            out += _covered(corpus, b[max(gb)], [a[i] for i in free_a], [a[i] for i in ga], b)
        elif free_b and not free_a:
            out += _covered(corpus, a[max(ga)], [b[j] for j in free_b], [b[j] for j in gb], a)
    return out


def _covered(corpus: Corpus, m: Features, free: list[Features], own: list[Features],
             m_side: list[Features]) -> list[tuple[Features, Features]]:
    out = []
    for x in free:
        s = corpus.similarity(x, m)
        if s < NEIGHBOUR or fresh_share(corpus, x, [m], own) < FRESH:
            continue
        if any(corpus.similarity(x, f) > s for f in _sharing(corpus, x, m_side) if f is not m):
            continue
        out.append((m, x))
    return out


def _sharing(corpus: Corpus, x: Features, side: list[Features]) -> list[Features]:
    """The paragraphs of a version's side that share a term with x (the others score 0 with it,
    barring equal text, which shares every term)."""
    if not side or side is not corpus.features[side[0].version]:
        return side
    index, _ = corpus.postings(side[0].version)
    positions: set[int] = set()
    for t in x.terms:
        positions.update(index.get(t, ()))
    return [side[j] for j in sorted(positions)]
