"""Split a group of matched paragraphs into rows that claim only true pairs.

A group (a union-find component of ``align.group_paragraphs``) is joined
through pairwise matches: base A with int A', base B with int B', base A + B
with ele M (ele merged them). One row for the whole group would claim every
paragraph in it a partner of every other, A with B' among them, which no
match says. ``split_group`` cuts such a group into consecutive sub-rows:
[A, A', M] and [B, B', M continued], where M *covers* both rows.

How: the *pivot* is the version with the most paragraphs in the group (the
base on a tie). Every other paragraph gets the pivot paragraphs it carries,
following the matches outwards from the pivot: every pivot paragraph it was
matched with (the aligner's evidence holds for each part of a match); through
a match with other paragraphs, of the pivot paragraphs they carry, those it
has evidence for (``PART`` of either one's term weight found in the other, or
``pairalign.NEIGHBOUR`` similarity). A paragraph matched alone with several (a
merge) carries all its partners carry where it has evidence for none (the
match, as the aligner made it, says no more); a part of a split with evidence
for none gets a row position of its own, after its version's previous
paragraph, which its match partners cover; paragraphs with evidence for none
that were matched with each other, or with one same paragraph while being
candidates of each other (copies of a text the pivot lacks), share that
position, one paragraph per version, so the copies sit in one row whichever
version is the base. A paragraph sits in the row of
the first pivot paragraph it carries and covers the rows of the others it
carries (never past the next paragraph of its version), not the rows between
them: a pivot paragraph between two it carries is no part of it by position
alone (``Row.continued`` is False there, as for a merge around a dropped
paragraph). Rows start one per pivot
paragraph and are joined with the next one wherever every pair of paragraphs
from different versions that the joined row would claim (sitting there or
covering it) carries a common pivot paragraph.

A group of one paragraph per version is cut only where one paragraph (the
*hub*) is matched with all the others and they fall apart into sets that share
nothing (``_apart_parts``): each set carries a different part of the hub.

Output is ``None`` (keep one row) when the whole group already makes only
such claims, when it holds two versions only, or when the split would break a
version's reading order.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..textnorm import terms
from .groups import Edge, Node
from .pairalign import CANDIDATE, CONTAIN, NEIGHBOUR
from .similarity import Corpus, Features

PART = 0.4
"""Share of a split part's term weight that must be found in a pivot paragraph to place it there."""


@dataclass(frozen=True)
class SubRow:
    """One row of a split group."""

    nodes: tuple[Node, ...]
    """The paragraphs sitting in this row, by version then reading order."""
    continued: frozenset[int]
    """Versions with no paragraph here whose cell in an earlier sub-row covers this one."""


def split_group(nodes: list[Node], edges: list[Edge], base: int, corpus: Corpus) -> list[SubRow] | None:
    """The group's sub-rows in order, or None where one row is right; see the module docstring."""
    by_version: dict[int, list[int]] = defaultdict(list)
    for v, i in nodes:
        by_version[v].append(i)
    if len(by_version) < 3:
        return None  # two versions: every pair in one row is matched
    if all(len(idx) == 1 for idx in by_version.values()):
        return _apart_parts(nodes, edges, corpus)
    for idx in by_version.values():
        idx.sort()
    pivot = max(by_version, key=lambda v: (len(by_version[v]), v == base, -v))
    carried = _carried(by_version, pivot, edges, corpus)
    if carried is None:
        return None
    spans = _spans(by_version, carried)
    if spans is None:
        return None
    segments = _segments(1 + max(max(s) for s in spans.values()), spans)
    if len(segments) == 1:
        return None
    out = []
    for lo, hi in segments:
        sitting = tuple(sorted(node for node, s in spans.items() if lo <= min(s) <= hi))
        present = {v for v, _ in sitting}
        continued = frozenset(node[0] for node, s in spans.items()
                              if min(s) < lo and any(lo <= k <= hi for k in s) and node[0] not in present)
        out.append(SubRow(sitting, continued))
    return out


def _apart_parts(nodes: list[Node], edges: list[Edge], corpus: Corpus) -> list[SubRow] | None:
    """Sub-rows for a group of one paragraph per version where a *hub* paragraph, matched with
    every other, carries parts that share nothing: the others fall into sets joined by a match
    or by evidence that they carry the same text (``_same_part``), one row per set, in the
    order their words come in the hub, which sits in the first and covers the rest. None
    (one row) when there is no hub or one set: every pair the row claims has evidence."""
    linked = {frozenset((side[0], other[0])) for side, other in edges}
    hubs = [h for h in nodes if all(frozenset((h, n)) in linked for n in nodes if n != h)]
    if not hubs:
        return None
    hub = hubs[0]
    feature = corpus.by_index
    fh = feature[hub[0]][hub[1]]
    sets: list[list[Node]] = []
    for n in sorted(node for node in nodes if node != hub):
        fn = feature[n[0]][n[1]]
        joined = [s for s in sets if any(frozenset((n, m)) in linked
                                         or _same_part(corpus, fn, feature[m[0]][m[1]], fh) for m in s)]
        sets = [s for s in sets if s not in joined] + [[m for s in joined for m in s] + [n]]
    if len(sets) == 1:
        return None
    sets.sort(key=lambda s: min(_place(corpus, feature[m[0]][m[1]], fh) for m in s))
    rows = [SubRow(tuple(sorted(sets[0] + [hub])), frozenset())]
    return rows + [SubRow(tuple(sorted(s)), frozenset((hub[0],))) for s in sets[1:]]


def _same_part(corpus: Corpus, a: Features, b: Features, hub: Features) -> bool:
    """Whether two paragraphs matched with the same hub may carry the same text: they are similar
    enough to be candidates of each other (``pairalign.CANDIDATE``), or ``PART`` of either
    one's weight is found in the other, or ``CONTAIN`` of the words one shares with the hub
    is found in the other (the hub's text that one carries is in the other too). Only
    paragraphs with none of that are told apart: cannot tell is one row, as before."""
    if (corpus.similarity(a, b) >= CANDIDATE
            or corpus.mutual_containment(a, b) >= PART):
        return True
    for x, y in ((a, b), (b, a)):
        via = x.terms & hub.terms
        weight = corpus.weight(via)
        if weight and corpus.weight(via & y.terms) / weight >= CONTAIN:
            return True
    return False


def _place(corpus: Corpus, part: Features, hub: Features) -> int:
    """Where in the hub's words the first word it shares with ``part`` stands."""
    shared = part.terms & hub.terms
    return next((k for k, w in enumerate(hub.words) if terms([w]) & shared), len(hub.words))


def _carried(by_version: dict[int, list[int]], pivot: int, edges: list[Edge],
             corpus: Corpus) -> dict[Node, frozenset[int]] | None:
    """Per paragraph, the row positions it carries: the pivot paragraphs' positions (0, 1, ...)
    and, for a split part with evidence for no pivot paragraph, a position of its own right
    after its version's previous paragraph, carried too by the paragraphs it was matched with
    and by the copies of it that have evidence for none either (``_sharers``)."""
    pivot_nodes = [(pivot, i) for i in by_version[pivot]]
    carried: dict[Node, frozenset[float]] = {node: frozenset((k,)) for k, node in enumerate(pivot_nodes)}
    partners: dict[Node, set[Node]] = defaultdict(set)
    seen: dict[tuple[Node, Node], bool] = {}
    for _ in range(len(edges) + 1):
        changed = False
        for edge in edges:
            for side, other in (edge, edge[::-1]):
                if side[0][0] == pivot or not all(n in carried for n in other):
                    continue
                known = frozenset().union(*(carried[n] for n in other))
                direct = other[0][0] == pivot  # the aligner matched them: its evidence holds for each part
                for n in side:
                    found = known if direct else _evidence(n, known, pivot_nodes, corpus, seen)
                    if len(side) == 1 and not found and not carried.get(n):
                        found = known  # a merge with no clearer evidence: it carries what the match says
                    if not found:
                        partners[n].update(other)
                    new = carried.get(n, frozenset()) | found
                    if carried.get(n) != new:
                        carried[n] = new
                        changed = True
        if not changed:
            break
    if len(carried) != sum(len(idx) for idx in by_version.values()):
        return None
    bare = {node for node, c in carried.items() if not c}
    _link_alike(bare, partners, corpus)
    for rank, (v, idx) in enumerate(sorted(by_version.items())):
        previous = -1.0
        for j, i in enumerate(idx):
            node = (v, i)
            if not carried[node]:
                position = previous + (1 + rank * len(idx) + j) / (2 + len(by_version) * len(idx) ** 2)
                for sharer in _sharers(node, partners, bare):
                    carried[sharer] = carried[sharer] | {position}
            previous = min(carried[node])
    order = {p: k for k, p in enumerate(sorted(frozenset().union(*carried.values())))}
    return {node: frozenset(order[p] for p in c) for node, c in carried.items()}


def _link_alike(bare: set[Node], partners: dict[Node, set[Node]], corpus: Corpus) -> None:
    """Make partners of two paragraphs with evidence for no pivot paragraph, of different
    versions, matched with one same paragraph and candidates of each other
    (``pairalign.CANDIDATE``): copies of one text that the aligner matched only with
    a paragraph merging it, not with each other."""
    back: dict[Node, set[Node]] = defaultdict(set)
    for node in bare:
        for partner in partners[node]:
            back[partner].add(node)
    feature = corpus.by_index
    for near in back.values():
        for a in sorted(near):
            for b in sorted(near):
                if a[0] < b[0] and corpus.similarity(feature[a[0]][a[1]], feature[b[0]][b[1]]) >= CANDIDATE:
                    partners[a].add(b)
                    partners[b].add(a)


def _sharers(node: Node, partners: dict[Node, set[Node]], bare: set[Node]) -> set[Node]:
    """Who carries the position of its own that a paragraph with evidence for no pivot paragraph
    gets: it, the paragraphs it was matched with and, through those of them that carry no
    pivot paragraph either (at most one paragraph per version), the paragraphs matched with
    them. Paragraphs matched with each other and with nothing of the pivot carry the same
    text: one position, not one each (else the row of one copy would cut it from the next)."""
    out, versions, todo = {node}, {node[0]}, [node]
    while todo:
        for partner in sorted(partners[todo.pop()]):
            if partner in out:
                continue
            if partner in bare:
                if partner[0] in versions:
                    continue  # a second paragraph of a version sharing it gets a position of its own
                versions.add(partner[0])
                todo.append(partner)
            out.add(partner)
    return out


def _evidence(node: Node, candidates: frozenset[float], pivot_nodes: list[Node],
              corpus: Corpus, seen: dict[tuple[Node, Node], bool]) -> frozenset[float]:
    """The candidates a paragraph has evidence for: ``PART`` of either one's term weight found in
    the other, or the similarity the aligner asks of a merged neighbour (``NEIGHBOUR``); ``seen`` remembers
    each (paragraph, pivot paragraph) answer across the passes of ``_carried``."""
    part = corpus.by_index[node[0]][node[1]]
    found = set()
    for k in candidates:
        if k != int(k):
            continue
        pivot_node = pivot_nodes[int(k)]
        known = seen.get((node, pivot_node))
        if known is None:
            other = corpus.by_index[pivot_node[0]][pivot_node[1]]
            known = seen[(node, pivot_node)] = (corpus.mutual_containment(part, other) >= PART
                                                or corpus.similarity(part, other) >= NEIGHBOUR)
        if known:
            found.add(k)
    return frozenset(found)


def _spans(by_version: dict[int, list[int]],
           carried: dict[Node, frozenset[int]]) -> dict[Node, frozenset[int]] | None:
    """Per paragraph, the pivot positions (rows) it covers: those it carries, never past the next
    paragraph of its version; it sits in the first. A row between two it carries is not
    covered: position is no evidence. None when a version's paragraphs would leave its
    reading order."""
    spans: dict[Node, frozenset[int]] = {}
    for v, idx in by_version.items():
        starts = [min(carried[(v, i)]) for i in idx]
        if any(b < a for a, b in zip(starts, starts[1:], strict=False)):
            return None
        for k, i in enumerate(idx):
            lo = starts[k]
            later = [s for s in starts[k + 1:] if s > lo]
            if lo in starts[k + 1:]:
                hi = lo  # a paragraph of its version follows in the same row: it covers no further
            else:
                hi = later[0] - 1 if later else max(carried[(v, i)])
            spans[(v, i)] = frozenset(p for p in carried[(v, i)] if p <= hi)
    return spans


def _segments(count: int, spans: dict[Node, frozenset[int]]) -> list[tuple[int, int]]:
    """Consecutive runs of pivot positions, each one row, joined greedily while true."""
    segments: list[tuple[int, int]] = []
    lo = 0
    for k in range(1, count + 1):
        if k < count and _true_row(lo, k, spans):
            continue
        segments.append((lo, k - 1))
        lo = k
    return segments


def _true_row(lo: int, hi: int, spans: dict[Node, frozenset[int]]) -> bool:
    """Whether one row for pivot positions lo..hi claims only pairs that carry a common pivot
    paragraph: every two paragraphs of different versions that sit in it or cover it."""
    touching = [(node[0], s) for node, s in spans.items() if any(lo <= k <= hi for k in s)]
    return all(s1 & s2 for n, (v1, s1) in enumerate(touching) for v2, s2 in touching[n + 1:] if v1 != v2)
