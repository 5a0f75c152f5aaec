"""Which version was made from which: directed derivation edges.

Evidence, per pair of versions: the share of each one's article phrasing (word
5-grams) found in the other, which covers verbatim runs, shared additions and
shared omissions at once, and the stripped-text holes each carries (a copy
inherits its source's wording and adds holes of its own). Pairs sharing at
least ``LINKED`` of the smaller side's phrasing are linked; a maximum spanning
tree keeps the strongest links, rooted at the version that shares the most
with all others, and edges point away from the root: source -> copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Comparison, Finding
from .pipeline import overlap_counts
from .safe import plural
from .similarity import shingles
from .textnorm import words

LINKED = 0.25
"""Share of the smaller side's 5-grams two versions must share to be linked."""


@dataclass(frozen=True)
class Edge:
    """``target`` was made from ``source`` (positions in the comparison's versions)."""

    source: int
    target: int
    confidence: float
    evidence: str
    """One sentence on why."""


def _grams(comparison: Comparison) -> list[set]:
    return [shingles([words(p.text) for p in v.paragraphs if p.boilerplate is None], 5)
            for v in comparison.versions]


def derivation_edges(comparison: Comparison, findings: Sequence[Finding] = ()) -> list[Edge]:
    """Derivation edges, strongest link first; empty when nothing is linked."""
    grams = _grams(comparison)
    n = len(grams)
    holes = [sum(1 for f in findings if f.kind == "stripped-text" and f.version == v) for v in range(n)]
    shared = overlap_counts(grams)
    links = []
    for x in range(n):
        for y in range(x + 1, n):
            small = min(len(grams[x]), len(grams[y]))
            if small:
                share = shared[x][y] / small
                if share >= LINKED:
                    links.append((share, x, y))
    if not links:
        return []
    hub = [sum(shared[v][w] for w in range(n) if w != v) - 5 * holes[v] for v in range(n)]
    root = max(range(n), key=lambda v: (hub[v], -v))
    tree = _spanning_tree(links, n)
    return _orient(tree, root, comparison, holes)


def _spanning_tree(links: list[tuple[float, int, int]], n: int) -> list[tuple[float, int, int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    tree = []
    for share, x, y in sorted(links, key=lambda item: (-item[0], item[1], item[2])):
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[rx] = ry
            tree.append((share, x, y))
    return tree


def _orient(tree: list[tuple[float, int, int]], root: int, comparison: Comparison,
            holes: list[int]) -> list[Edge]:
    adjacent: dict[int, list[tuple[float, int]]] = {}
    for share, x, y in tree:
        adjacent.setdefault(x, []).append((share, y))
        adjacent.setdefault(y, []).append((share, x))
    labels = [v.label for v in comparison.versions]
    edges: list[Edge] = []
    seen = {root}
    frontier = [root]
    while frontier:
        node = frontier.pop(0)
        for share, other in sorted(adjacent.get(node, []), reverse=True):
            if other in seen:
                continue
            seen.add(other)
            frontier.append(other)
            evidence = f"{labels[other]} shares {share:.0%} of its 5-word phrases with {labels[node]}"
            if holes[other] > holes[node]:
                evidence += f", and has {plural(holes[other], 'hole')} where linked words were stripped"
            edges.append(Edge(node, other, round(min(0.95, 0.35 + 0.6 * share), 2), evidence))
    return sorted(edges, key=lambda e: -e.confidence)
