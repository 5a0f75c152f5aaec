"""Which version was made from which: derivation edges, directed only when the evidence says so.

Every figure here is a property of one pair of versions, or of one version on its
own, never of the other versions in the comparison or of the order they were
given in: the same pair gets the same edge, with the same confidence, in any
argument order and in any larger set of versions.

* **Linked**: two versions are related when they share at least ``LINKED`` of
  the smaller side's article phrasing (word 5-grams). A maximum spanning tree
  keeps the strongest links, so each version is shown beside its closest kin.
* **Direction**, from evidence that points one way:

  - *copy marks* of each version on its own: holes where linked words were
    stripped ("troops in as efforts"), republishing furniture (captions, promos,
    related links, source lines ...) and doubled paragraphs (a scraper's
    artefact). A version with such marks was made from one without them, not
    the other way round;
  - *containment*: a copy's phrasing is found in its source more than the
    source's in the copy (a copy cuts more than it adds).

  The two kinds add up to points for each direction. An edge is directed only
  when one side leads by ``DECIDE`` points and the other has at most half as
  many; otherwise it is an undirected "related" edge (``directed`` False): the
  tool cannot tell which came first, and says so.

Cost: linear in the text; each version's 5-grams and copy marks are found once,
and the shared 5-grams of every pair counted in one pass. ``edges_and_holes``
also returns the holes read for the copy marks, so that the stripped-text
detector need not read the texts again (``findings.stripped.remember_holes``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..align.similarity import overlap_counts
from ..model import Comparison, Version
from ..safe import plural
from ..textnorm import lowered, squash, wording
from .findings.stripped import text_holes

LINKED = 0.25
"""Share of the smaller side's 5-grams two versions must share to be linked."""
DECIDE = 1.5
"""Points by which one direction must lead to be claimed."""
FURNITURE = frozenset({"caption", "promo", "related-links", "newsletter", "social", "source", "navigation",
                       "credit", "page-tools"})
"""Boilerplate classes a republisher adds around an article."""


@dataclass(frozen=True)
class Edge:
    """``target`` was made from ``source`` (positions in the comparison's versions).

    When ``directed`` is False the two are related but the direction is unknown:
    ``source`` and ``target`` are then simply in label order.
    """

    source: int
    target: int
    confidence: float
    """How sure the tool is of the edge: of the direction when directed, else of the relation."""
    evidence: str
    """One sentence on why."""
    directed: bool = True


@dataclass(frozen=True)
class Marks:
    """Signs, in one version's own text, that it is a copy."""

    holes: int
    furniture: int
    doubled: int

    def points(self) -> float:
        """Weight of the marks: holes count most, then doubled paragraphs, then furniture."""
        return (min(self.holes, 4) * 0.75 + min(self.doubled, 2) * 0.75
                + (0 if self.furniture < 2 else 0.75 if self.furniture < 6 else 1.5))

    def describe(self) -> list[str]:
        """Readable parts ('3 holes where linked words were stripped' ...)."""
        parts = []
        if self.holes:
            parts.append(f"{plural(self.holes, 'hole')} where linked words were stripped")
        if self.doubled:
            parts.append(f"{plural(self.doubled, 'doubled paragraph')}")
        if self.furniture >= 2:
            parts.append(f"{self.furniture} paragraphs of page furniture (captions, promos, links)")
        return parts


HoleIndex = dict[int, list[tuple[int, bool]]]
"""The ``text_holes`` of a version's article paragraphs, by paragraph index (paragraphs without any left out)."""


def copy_marks(version: Version, holes: HoleIndex | None = None) -> Marks:
    """The copy marks of one version, from its own text (``holes``: its ``article_holes``, when already found)."""
    if holes is None:
        holes = article_holes([version])[0]
    strong = sum(1 for found in holes.values() for _, is_strong in found if is_strong)
    furniture = sum(1 for p in version.paragraphs if p.boilerplate in FURNITURE)
    seen: set[str] = set()
    doubled = 0
    for p in version.paragraphs:
        key = squash(p.text)
        if len(key) >= 20:
            doubled += key in seen
            seen.add(key)
    return Marks(strong, furniture, doubled)


def article_holes(versions: Sequence[Version]) -> list[HoleIndex]:
    """Each version's ``HoleIndex`` (a text repeated in several versions is read once)."""
    memo: dict[str, list[tuple[int, bool]]] = {}
    out = []
    for version in versions:
        found = {}
        for p in version.paragraphs:
            if p.boilerplate is None:
                holes = memo.get(p.text)
                if holes is None:
                    holes = memo[p.text] = text_holes(p.text)
                if holes:
                    found[p.index] = holes
        out.append(found)
    return out


class _Lowered(dict[str, str]):
    """Each term word's ``textnorm.lowered`` form, computed once per distinct word: the 5-grams of all the
    versions then hold the same string objects, which makes them quick to hash and compare."""

    def __missing__(self, word: str) -> str:
        low = self[word] = lowered([word])[0]
        return low


def _grams(versions: Sequence[Version]) -> list[set[tuple[str, ...]]]:
    """Word 5-grams (``textnorm.words``) of each version's article paragraphs, none across paragraphs."""
    lower = _Lowered().__getitem__
    out = []
    for version in versions:
        grams: set[tuple[str, ...]] = set()
        for p in version.paragraphs:
            if p.boilerplate is None:
                ws = list(map(lower, wording(p.text)))
                grams.update(zip(ws, ws[1:], ws[2:], ws[3:], ws[4:], strict=False))
        out.append(grams)
    return out


def pair_edge(x: int, y: int, grams: list[set[tuple[str, ...]]], shared: list[list[int]], marks: list[Marks],
              labels: list[str]) -> Edge | None:
    """The edge between versions x and y, or None when they are not linked (pairwise evidence only)."""
    link = _link(x, y, grams, shared)
    if link is None:
        return None
    in_y, in_x = shared[x][y] / max(1, len(grams[x])), shared[x][y] / max(1, len(grams[y]))
    # Points for "x made from y" and for "y made from x".
    x_from_y = marks[x].points() + _containment_points(in_y - in_x)
    y_from_x = marks[y].points() + _containment_points(in_x - in_y)
    source, target = (y, x) if x_from_y > y_from_x else (x, y)
    lead, behind = max(x_from_y, y_from_x), min(x_from_y, y_from_x)
    share_text = f"{labels[target]} shares {link:.0%} of its 5-word phrases with {labels[source]}"
    if lead - behind >= DECIDE and behind <= lead / 2:
        why = marks[target].describe()
        if in_y != in_x:
            why.append(f"{max(in_x, in_y):.0%} of {labels[target]}'s phrasing is in {labels[source]}, "
                       f"{min(in_x, in_y):.0%} the other way")
        confidence = round(min(0.95, 0.5 + 0.45 * (lead - behind) / (lead + behind + 2)), 2)
        return Edge(source, target, confidence, share_text + "; " + "; ".join(why))
    first, second = sorted((x, y), key=lambda v: (labels[v], v))
    return Edge(first, second, round(min(0.95, 0.35 + 0.6 * link), 2),
                f"{labels[first]} and {labels[second]} share {link:.0%} of the smaller one's 5-word phrases; "
                "the evidence does not say which came first", directed=False)


def _link(x: int, y: int, grams: list[set[tuple[str, ...]]], shared: list[list[int]]) -> float | None:
    """The share of the smaller side's 5-grams x and y share, or None when it is below ``LINKED``."""
    small = min(len(grams[x]), len(grams[y]))
    if not small or shared[x][y] / small < LINKED:
        return None
    return shared[x][y] / small


def _containment_points(asymmetry: float) -> float:
    """0 to 1.5 points as one side's phrasing is found in the other more than the reverse."""
    return max(0.0, min(1.5, (asymmetry - 0.05) * 6))


def derivation_edges(comparison: Comparison) -> list[Edge]:
    """Derivation edges (a maximum spanning tree of the links), strongest first; empty when nothing is linked.

    The evidence for each edge comes from its pair of versions alone.
    """
    return version_edges(comparison.versions)


def version_edges(versions: Sequence[Version]) -> list[Edge]:
    """``derivation_edges`` from the versions alone (they need no alignment)."""
    return edges_and_holes(versions)[0]


def edges_and_holes(versions: Sequence[Version]) -> tuple[list[Edge], list[HoleIndex]]:
    """``version_edges``, and the ``article_holes`` found on the way (the stripped-text detector can reuse
    them: ``findings.stripped.remember_holes``)."""
    grams = _grams(versions)
    n = len(grams)
    shared = overlap_counts(grams)
    labels = [v.label for v in versions]
    holes = article_holes(versions)
    marks = [copy_marks(v, found) for v, found in zip(versions, holes, strict=True)]
    links = [(link, x, y) for x in range(n) for y in range(x + 1, n)
             if (link := _link(x, y, grams, shared)) is not None]
    links.sort(key=lambda item: (-item[0], sorted((labels[item[1]], labels[item[2]]))))
    edges = []
    for _, x, y in _spanning_tree(links, n):
        edge = pair_edge(x, y, grams, shared, marks, labels)
        if edge is not None:
            edges.append(edge)
    return sorted(edges, key=lambda e: (-e.confidence, labels[e.source], labels[e.target])), holes


def _spanning_tree(links: list[tuple[float, int, int]], n: int) -> list[tuple[float, int, int]]:
    """Kruskal over links already sorted strongest first (ties in label order)."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    tree = []
    for share, x, y in links:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[rx] = ry
            tree.append((share, x, y))
    return tree
