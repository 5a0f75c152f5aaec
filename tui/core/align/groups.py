"""Align the paragraphs of N versions into rows.

Every version is aligned to the base (``pairalign.align_pair``). Paragraphs
that found no partner in the base are then aligned between the other versions,
so text that the base lacks but two copies share still lands in one row. The
matches are joined into groups (union-find); each group becomes a row, and
each run of boilerplate paragraphs gets a row of its own.

Rows follow the base's reading order. A row the base has no part in is placed
right after the row of the paragraph that precedes it in its own version. A
paragraph is *moved* when it falls outside the longest run of its version's
paragraphs that keeps the base's order.

Invariant: every paragraph of every version lands in exactly one row.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any, cast

from ..helper import Helper
from ..model import Version
from .gapmerge import gap_merges
from .pairalign import MOVE, Group, align_pair, bridges, brings_part
from .similarity import Corpus, Features

Node = tuple[int, int]
"""(version position, paragraph index)."""
Edge = tuple[tuple[Node, ...], tuple[Node, ...]]
"""One pairwise match: paragraphs of one version, the paragraphs of another they carry."""
Progress = Callable[[str, float], object]  # what it returns is ignored
Aligned = tuple[int, list[Group], list[tuple[Node, Node]]]
"""(version, its alignment with the base, the merges it covers across a gap)."""


class _UnionFind:
    """Groups of matched paragraphs; ``based`` holds the roots of groups with base text.

    The mark moves with the root on every union, so whether a group holds base text
    is always known, however its root changes.
    """

    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}
        self.based: set[Node] = set()
        self.edges: list[Edge] = []
        """Every pairwise match joined: (paragraphs of one version, those of another they carry)."""
        self.covers: list[tuple[Node, Node]] = []
        """(covering, covered): a paragraph that also carries one of another version's paragraphs
        in another group, across text its own version dropped (``gapmerge``); not joined."""
        self.apart: list[tuple[Node, Node]] = []
        """(paragraph the base lacks, another version's paragraph in a base group): strong
        matches not joined because the first one's version has other text in that group."""

    def find(self, x: Node) -> Node:
        parent = self.parent  # a root is no key of it
        up = parent.get(x)
        if up is None:
            return x
        if up not in parent:  # most paragraphs: a root or one step below one
            return up
        root = up
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, x: Node, y: Node) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            keep, gone = min(rx, ry), max(rx, ry)
            self.parent[gone] = keep
            if gone in self.based:
                self.based.discard(gone)
                self.based.add(keep)

    def mark_based(self, x: Node) -> None:
        """Record that x's group holds base text."""
        self.based.add(self.find(x))


def group_paragraphs(corpus: Corpus, base: int, labels: list[str],
                     progress: Progress | None = None, helper: Helper[Any, Any] | None = None) -> _UnionFind:
    """Join matching article paragraphs of all versions into groups.

    Two groups that hold base text are never joined: each base paragraph's row
    is decided by the version-to-base alignments alone. ``helper``: a forked
    helper answering with ``answer`` (``work.alignment_helper``) aligns half the
    versions with the base, then, in every round of text the base lacks, aligns
    that text with those versions; the matches are joined here in the same
    order (the same result).
    """
    uf = _UnionFind()
    feats = corpus.features
    others = [v for v in range(len(feats)) if v != base]
    steps = max(1, 2 * len(others))
    parallel = helper is not None and helper.forked and len(others) > 1
    cut = (len(others) + 1) // 2 if parallel else len(others)  # this process takes the larger half
    mine, theirs = others[:cut], others[cut:]
    if helper is not None and theirs:
        helper.ask(("base", theirs))
    aligned = _with_base(corpus, base, mine, labels, progress, steps)
    if helper is not None and theirs:
        aligned += cast(list[Aligned], helper.get())
    for v, groups, covers in aligned:
        for ga, gb, _ in groups:
            _join(uf, [(base, feats[base][i].index) for i in ga], [(v, feats[v][j].index) for j in gb])
        uf.covers += covers
    for f in feats[base]:
        uf.mark_based((base, f.index))
    for done, v in enumerate(others, start=len(others) + 1):
        of_v = _members(uf, feats[v])
        left = {i for root, indices in of_v.items() if root not in uf.based for i in indices}
        left_v = [f for f in feats[v] if f.index in left]
        if left_v:
            targets = [w for w in others if w != v]
            there = _helper_share(targets, theirs) if helper is not None and helper.forked else []
            if helper is not None and there:
                helper.ask(("left", v, [f.index for f in left_v], there))
            found = {w: align_pair(corpus, left_v, feats[w]) for w in targets if w not in there}
            if helper is not None and there:
                found.update(zip(there, cast(list[list[Group]], helper.get()), strict=True))
            for w in targets:
                _align_leftovers(corpus, uf, left_v, w, found[w], of_v)
        if progress:
            progress(f"aligned text the base lacks ({labels[v]})", min(done / steps, 0.99))
    return uf


def _helper_share(targets: list[int], theirs: list[int]) -> list[int]:
    """The versions whose alignment with a round's text the base lacks the helper works out: those it
    aligned with the base (it knows their postings), and as many of the others as it takes to do half."""
    there = [w for w in targets if w in theirs]
    more = [w for w in targets if w not in theirs][:max(0, len(targets) // 2 - len(there))]
    return [w for w in targets if w in there or w in more]


def answer(corpus: Corpus, base: int, request: tuple[Any, ...]) -> list[Aligned] | list[list[Group]]:
    """A helper's share of ``group_paragraphs``: ("base", versions) -> their alignments with the base;
    ("left", v, indices of v's paragraphs the base lacks, versions) -> those paragraphs' alignments
    with each of the versions."""
    if request[0] == "base":
        return _with_base(corpus, base, request[1], [], None, 1)  # no progress: one writer on the terminal
    _, v, indices, targets = request
    left_v = [corpus.by_index[v][i] for i in indices]
    return [align_pair(corpus, left_v, corpus.features[w]) for w in targets]


def _with_base(corpus: Corpus, base: int, others: list[int], labels: list[str], progress: Progress | None,
               steps: int) -> list[Aligned]:
    """(version, its alignment with the base, the merges it covers across a gap) for some versions."""
    feats = corpus.features
    aligned = []
    for v in others:
        groups = align_pair(corpus, feats[base], feats[v])
        covers = [((m.version, m.index), (x.version, x.index))
                  for m, x in gap_merges(corpus, feats[base], feats[v], groups)]
        aligned.append((v, groups, covers))
        if progress:
            progress(f"aligned {labels[v]} with the base", len(aligned) / steps)
    return aligned


def _members(uf: _UnionFind, feats: list[Features]) -> dict[Node, list[int]]:
    """Root -> the indices of a version's paragraphs in that group, in reading order."""
    out: dict[Node, list[int]] = {}
    for f in feats:
        out.setdefault(uf.find((f.version, f.index)), []).append(f.index)
    return out


def _align_leftovers(corpus: Corpus, uf: _UnionFind, left_v: list[Features], w: int,
                     matches: list[Group], of_v: dict[Node, list[int]]) -> None:
    """Join v's paragraphs that the base lacks with w's paragraphs they match: ``matches``,
    ``align_pair(corpus, left_v, corpus.features[w])``. ``of_v``: v's paragraphs by group
    (``_members``), kept up to date here.

    A match with a w paragraph that is itself free joins the two. A strong
    match with a w paragraph already in a base group brings v's paragraph (or
    the consecutive paragraphs the pair aligner grouped, each with its own
    containment evidence: a merge the base lacks in its own words) into that
    group, unless v already has a paragraph there that is not their
    neighbour (a neighbour makes it a split) nor one paragraph away across a
    free paragraph that bridges them (``_bridged``: the middle of a merge). Next to such a neighbour, a
    weaker match is enough where each joining paragraph brings the evidence
    the pair aligner asks of a split's parts (``_parts``): they are the rest
    of a split whose first part is already in the group. A join that would unite two
    groups holding base text is refused (``left_v`` may be out of date: an
    earlier w can have brought one of its paragraphs into a base group).
    """
    feats = corpus.features
    v = left_v[0].version
    by_root: dict[Node, list[int]] | None = None
    for ga, gb, score in matches:
        nodes_w = [(w, feats[w][j].index) for j in gb]
        joined = [(v, left_v[i].index) for i in ga]
        roots = {uf.find(n) for n in nodes_w}
        based = {r for r in roots | {uf.find(n) for n in joined} if r in uf.based}
        if len(based) > 1:
            continue
        if based:
            if len(roots) > 1 or not roots & based:
                continue
            root = next(iter(roots))
            if by_root is None:
                by_root = dict(of_v)  # as the groups stand now; below, only what this call joins is added
            joining = [i for _, i in joined]
            present = [i for i in by_root.get(root, []) if i not in joining]
            if present and score >= MOVE and (middle := _bridged(corpus, uf, v, present, joining, nodes_w)):
                joined.append(middle)
                joining.append(middle[1])
            if present and not any(abs(i - j) == 1 for i in present for j in joining):
                if score >= MOVE and len(joined) == 1 and len(nodes_w) == 1:
                    uf.apart.append((joined[0], nodes_w[0]))
                continue  # v has this text elsewhere already; only a neighbour may join (a split)
            if score < MOVE and not (present and _parts(corpus, [left_v[i] for i in ga], [feats[w][j] for j in gb],
                                                          [corpus.by_index[v][i] for i in present])):
                continue
        before = {uf.find(n) for n in joined + nodes_w}
        _join(uf, joined, nodes_w)
        if of_v_merged := sorted(i for r in before for i in of_v.pop(r, ())):
            of_v[uf.find(nodes_w[0])] = of_v_merged
        if by_root is not None:
            merged = [i for r in roots for i in by_root.pop(r, [])] + [i for _, i in joined]
            by_root[uf.find(nodes_w[0])] = merged


def _bridged(corpus: Corpus, uf: _UnionFind, v: int, present: list[int], joining: list[int],
             nodes_w: list[Node]) -> Node | None:
    """The one paragraph of v between the paragraphs ``joining`` a group (on a strong match) and
    v's paragraphs ``present`` there, when a merge bridges it (``pairalign.bridges``): it is
    the only paragraph between them, matched with nothing, and has words of its own in the
    group's w paragraphs that v's joining and present paragraphs lack."""
    for i in present:
        for j in joining:
            if abs(i - j) != 2:
                continue
            node = (v, (i + j) // 2)
            middle = corpus.by_index[v].get(node[1])
            if middle is None or node in uf.parent or node in uf.parent.values():
                continue
            own = [corpus.by_index[v][k] for k in present + joining]
            if bridges(corpus, middle, [corpus.by_index[w][k] for w, k in nodes_w], own):
                return node
    return None


def _parts(corpus: Corpus, joining: list[Features], whole: list[Features], present: list[Features]) -> bool:
    """Whether paragraphs joining a split the group already holds a part of bring the evidence
    the pair aligner asks of a split's parts (``pairalign.brings_part``): each mostly contained
    in the other side's paragraphs, or similar to one of them, and with words of its own
    found there that the parts already present do not hold."""
    return all(brings_part(corpus, f, whole, present) for f in joining)


def _join(uf: _UnionFind, side: list[Node], other: list[Node]) -> None:
    uf.edges.append((tuple(side), tuple(other)))
    nodes = side + other
    for node in nodes[1:]:
        uf.union(nodes[0], node)


def moved_nodes(versions: tuple[Version, ...] | list[Version], base: int,
                key_of: dict[Node, int]) -> set[Node]:
    """Paragraphs that leave the base's order: outside the longest ordered run."""
    moved: set[Node] = set()
    for v, version in enumerate(versions):
        if v == base:
            continue
        seq = [(key_of[(v, p.index)], (v, p.index)) for p in version.paragraphs if (v, p.index) in key_of]
        keep = _longest_nondecreasing([k for k, _ in seq])
        moved.update(node for n, (_, node) in enumerate(seq) if n not in keep)
    return moved


def _longest_nondecreasing(values: list[int]) -> set[int]:
    """Positions of one longest non-decreasing subsequence (patience sorting)."""
    tails: list[int] = []
    tail_pos: list[int] = []
    back = [-1] * len(values)
    for n, value in enumerate(values):
        k = bisect.bisect_right(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_pos.append(n)
        else:
            tails[k] = value
            tail_pos[k] = n
        back[n] = tail_pos[k - 1] if k else -1
    keep: set[int] = set()
    n = tail_pos[-1] if tail_pos else -1
    while n != -1:
        keep.add(n)
        n = back[n]
    return keep
