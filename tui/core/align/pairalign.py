"""Align the article paragraphs of two versions.

``align_pair(corpus, a, b)`` takes two lists of paragraph features in reading
order and returns groups ``(a_positions, b_positions, score)``: positions into
the two lists that carry the same content. The steps:

1. Candidates. Each paragraph of a is scored only against the paragraphs of b
   that share a rare term with it (an inverted index) or sit near its
   expected position, so the cost grows close to linearly with length.
2. Chain. The best order-preserving chain of candidate pairs (maximum total
   score, O(C log C) with a Fenwick tree) gives the confident matches.
3. Moves. Strong pairs off the chain whose paragraphs are both still free
   and each other's best match are matched too: the text moved.
4. Gaps. Between two confident neighbours, every free paragraph of one side
   is compared with every free paragraph of the other (not only the
   candidates), with the chain's bar: position alone proves nothing.
5. Evidence. A match scoring under ``SURE`` is only a guess unless the order
   of facts backs it: it stays only in a diagonal run (consecutive
   paragraphs on both sides matched in step) that holds a match scoring
   ``SURE`` or more, or that is ``RUN`` matches long. Two texts that merely
   share a topic match a few paragraphs weakly and far apart; a rewrite
   keeps the order of its source.
6. Splits and merges. A free paragraph next to a match whose content is
   mostly contained in the other side's paragraph joins that group, if it
   brings evidence of its own: words found on the other side that the
   group's paragraphs on its own side do not already hold. A neighbour without
   that evidence joins only as the middle of a merge of three (``bridges``): when
   the paragraph beyond it is a strong match (``MOVE``) that brings the evidence,
   and it has words of its own on the other side, a phrase among them.
"""

from __future__ import annotations

import heapq
from collections import defaultdict

from ..textnorm import STOPWORDS, bigrams
from .similarity import Corpus, Features

CANDIDATE = 0.12
"""Pairs scoring below this are not candidates."""
MATCH = 0.2
"""A chain pair needs this much similarity to count as a match."""
MOVE = 0.4
"""A pair off the chain needs this much to count as a moved paragraph."""
GAP = 0.2
"""Between two matched neighbours, this is needed (as on the chain)."""
EDGE = 0.2
"""Before the first or after the last match, position says less: this much."""
CONTAIN = 0.5
"""A neighbour joins a group (split/merge) when this share of it is contained..."""
NEIGHBOUR = 0.25
"""...or when it is this similar to the group's other side (a merge that dropped words)."""
FRESH = 0.05
"""...and either way only if this share of its term weight is found on the other side and not in the
paragraphs already on its own side: each part of a split or merge brings its own evidence."""
TOP_K = 6
"""Candidates kept per paragraph."""
WINDOW = 2
"""Paragraphs around the expected position that are always candidates."""
RARE = 12
"""Terms in more paragraphs than this are too common to propose candidates."""
MAX_GAP = 40
"""Gaps larger than this on either side are not re-compared."""
SURE = 0.4
"""A match scoring this much stands on its own; weaker ones need a diagonal run that holds one..."""
RUN = 3
"""...or a diagonal run this long."""

Group = tuple[list[int], list[int], float]


def align_pair(corpus: Corpus, a: list[Features], b: list[Features]) -> list[Group]:
    """Align two versions' article paragraphs; see the module docstring."""
    if not a or not b:
        return []
    scores = _candidates(corpus, a, b)
    chain = [(i, j) for i, j in _best_chain(scores) if scores[(i, j)] >= MATCH]
    match_a = {i: j for i, j in chain}
    match_b = {j: i for i, j in chain}
    _add_moves(scores, match_a, match_b)
    _fill_gaps(corpus, a, b, match_a, match_b, scores)
    _drop_unsupported(scores, match_a)
    return _grow_groups(corpus, a, b, match_a, scores)


def _candidates(corpus: Corpus, a: list[Features], b: list[Features]) -> dict[tuple[int, int], float]:
    if b and b is corpus.features[b[0].version]:
        index, exact = corpus.postings(b[0].version)
    else:
        index, exact = defaultdict(list), defaultdict(list)
        for j, f in enumerate(b):
            exact[f.key].append(j)
            for t in f.terms:
                index[t].append(j)
    cap = RARE
    idf = corpus.idf
    scale = len(b) / len(a)
    scores: dict[tuple[int, int], float] = {}
    for i, fa in enumerate(a):
        acc: dict[int, float] = defaultdict(float)
        for t in sorted(fa.terms):  # a fixed order: float sums must not depend on hash seeds
            posting = index.get(t)
            if posting is not None and len(posting) <= cap:
                w = idf[t]
                for j in posting:
                    acc[j] += w
        expected = int(i * scale)
        for j in range(max(0, expected - WINDOW), min(len(b), expected + WINDOW + 1)):
            acc[j] += 0.0
        for j in exact.get(fa.key, ()):
            acc[j] += 1e9
        for j in heapq.nlargest(TOP_K, acc, key=lambda j: (acc[j], -j)):
            s = corpus.similarity(fa, b[j])
            if s >= CANDIDATE:
                scores[(i, j)] = s
    return scores


def _best_chain(scores: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Maximum-weight chain of pairs increasing in both i and j."""
    if not scores:
        return []
    pairs = sorted(scores)
    size = max(j for _, j in pairs) + 2
    tree_val = [0.0] * (size + 1)
    tree_arg = [-1] * (size + 1)
    best_val = [0.0] * len(pairs)
    back = [-1] * len(pairs)

    def query(pos: int) -> tuple[float, int]:  # best over j' < pos
        val, arg = 0.0, -1
        while pos > 0:
            if tree_val[pos] > val:
                val, arg = tree_val[pos], tree_arg[pos]
            pos -= pos & -pos
        return val, arg

    def update(pos: int, val: float, arg: int) -> None:
        pos += 1
        while pos <= size:
            if val > tree_val[pos]:
                tree_val[pos], tree_arg[pos] = val, arg
            pos += pos & -pos

    start = 0
    while start < len(pairs):
        end = start
        while end < len(pairs) and pairs[end][0] == pairs[start][0]:
            end += 1
        for k in range(start, end):
            prev_val, prev = query(pairs[k][1])
            best_val[k] = prev_val + scores[pairs[k]] - CANDIDATE / 2
            back[k] = prev
        for k in range(start, end):
            update(pairs[k][1], best_val[k], k)
        start = end
    k = max(range(len(pairs)), key=best_val.__getitem__)
    chain = []
    while k != -1:
        chain.append(pairs[k])
        k = back[k]
    return chain[::-1]


def _add_moves(scores: dict[tuple[int, int], float], match_a: dict[int, int], match_b: dict[int, int]) -> None:
    best_a: dict[int, tuple[float, int]] = {}
    best_b: dict[int, tuple[float, int]] = {}
    for (i, j), s in scores.items():
        if s > best_a.get(i, (0.0, -1))[0]:
            best_a[i] = (s, j)
        if s > best_b.get(j, (0.0, -1))[0]:
            best_b[j] = (s, i)
    for (i, j), s in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        if s < MOVE:
            break
        if i in match_a or j in match_b:
            continue
        if best_a[i][1] == j and best_b[j][1] == i:
            match_a[i], match_b[j] = j, i


def _fill_gaps(corpus: Corpus, a: list[Features], b: list[Features],
               match_a: dict[int, int], match_b: dict[int, int], scores: dict[tuple[int, int], float]) -> None:
    """Match free paragraphs between two matches (step 4); each new match's score goes into ``scores``."""
    anchors = [(-1, -1)] + sorted(match_a.items()) + [(len(a), len(b))]
    for (i0, j0), (i1, j1) in zip(anchors, anchors[1:], strict=False):
        if j1 <= j0:
            continue  # a moved paragraph sits between: no clean gap
        free_a = [i for i in range(i0 + 1, i1) if i not in match_a]
        free_b = [j for j in range(j0 + 1, j1) if j not in match_b]
        if not free_a or not free_b or len(free_a) > MAX_GAP or len(free_b) > MAX_GAP:
            continue
        bar = GAP if i0 >= 0 and i1 < len(a) else EDGE
        local = {(i, j): s for i in free_a for j in free_b
                 if (s := corpus.similarity(a[i], b[j])) >= bar}
        for i, j in _best_chain(local):
            match_a[i], match_b[j] = j, i
            scores[(i, j)] = local[(i, j)]


def _drop_unsupported(scores: dict[tuple[int, int], float], match_a: dict[int, int]) -> None:
    """Keep a match only in a diagonal run that holds a sure match or is ``RUN`` long."""
    kept: set[int] = set()
    for run in _diagonal_runs(match_a):
        if len(run) >= RUN or any(scores[(i, match_a[i])] >= SURE for i in run):
            kept.update(run)
    for i in [i for i in match_a if i not in kept]:
        del match_a[i]


def _diagonal_runs(match_a: dict[int, int]) -> list[list[int]]:
    """Maximal runs of matches (i, j), (i + 1, j + 1), ..."""
    runs: list[list[int]] = []
    for i in sorted(match_a):
        if runs and runs[-1][-1] == i - 1 and match_a[i - 1] == match_a[i] - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _grow_groups(corpus: Corpus, a: list[Features], b: list[Features], match_a: dict[int, int],
                 scores: dict[tuple[int, int], float]) -> list[Group]:
    """Turn 1:1 matches (each scored in ``scores``) into groups, absorbing split and merged neighbours."""
    groups: dict[int, tuple[list[int], list[int]]] = {}
    owner_a: dict[int, int] = {}
    owner_b: dict[int, int] = {}
    for gid, (i, j) in enumerate(sorted(match_a.items())):
        groups[gid] = ([i], [j])
        owner_a[i], owner_b[j] = gid, gid
    for gid, (ga, gb) in groups.items():
        _absorb(corpus, a, b, ga, gb, owner_b, gid)
        _absorb(corpus, b, a, gb, ga, owner_a, gid)
    out = []
    for ga, gb in groups.values():
        fa, fb = [a[i] for i in ga], [b[j] for j in gb]
        score = corpus.group_similarity(fa, fb) if len(ga) + len(gb) > 2 else scores[(ga[0], gb[0])]
        out.append((sorted(ga), sorted(gb), score))
    return out


def fresh_share(corpus: Corpus, part: Features, other: list[Features], own: list[Features]) -> float:
    """Share of part's term weight found in `other` but not already in `own`."""
    if not part.weight:
        return 0.0
    found = part.terms & frozenset().union(*(f.terms for f in other))
    return corpus.weight(found - frozenset().union(*(f.terms for f in own))) / part.weight


def brings_part(corpus: Corpus, part: Features, whole: list[Features], own: list[Features]) -> bool:
    """Whether a paragraph brings the evidence a part of a split or merge needs to join a group:
    ``CONTAIN`` of it contained in the other side's paragraphs ``whole`` or ``NEIGHBOUR``
    similarity to one of them, and ``FRESH`` of its term weight found there and not in the
    paragraphs ``own`` its side of the group already holds."""
    return ((corpus.containment(part, whole) >= CONTAIN or max(corpus.similarity(w, part) for w in whole) >= NEIGHBOUR)
            and fresh_share(corpus, part, whole, own) >= FRESH)


def _absorb(corpus: Corpus, a: list[Features], b: list[Features], ga: list[int], gb: list[int],
            owner_b: dict[int, int], gid: int) -> None:
    """Add free b-neighbours of group (ga, gb) whose content lies in ga's paragraphs.

    A neighbour must follow on directly in its version (no paragraph, boilerplate
    included, between them): a split or a merge joins consecutive paragraphs, so a
    row never holds paragraphs that other rows sit between.
    """
    whole = [a[i] for i in ga]
    for step in (1, -1):
        j = (max(gb) if step == 1 else min(gb)) + step
        while 0 <= j < len(b) and j not in owner_b:
            if b[j].index != b[j - step].index + step:
                break
            if brings_part(corpus, b[j], whole, [b[k] for k in gb]):
                joining = [j]
            elif (bridged := _bridge(corpus, b, j, step, whole, [b[k] for k in gb], owner_b)) is not None:
                joining = [j, bridged]
            else:
                break
            for k in joining:
                gb.append(k)
                owner_b[k] = gid
            j = joining[-1] + step


def _bridge(corpus: Corpus, b: list[Features], j: int, step: int, whole: list[Features],
            own: list[Features], owner_b: dict[int, int]) -> int | None:
    """The paragraph beyond neighbour j, when the group reaches it across j: it follows j directly,
    is free, is a strong match (``MOVE``) of one of the other side's paragraphs ``whole`` and
    brings a part's evidence (``brings_part``); and j backs the bridge (``bridges``). A merge
    of three paragraphs whose middle one was reworded: position alone never joins j."""
    k = j + step
    if not 0 <= k < len(b) or k in owner_b or b[k].index != b[j].index + step:
        return None
    if max(corpus.similarity(w, b[k]) for w in whole) < MOVE or not brings_part(corpus, b[k], whole, own):
        return None
    return k if bridges(corpus, b[j], whole, own + [b[k]]) else None


def bridges(corpus: Corpus, middle: Features, whole: list[Features], own: list[Features]) -> bool:
    """Whether a paragraph lying between two parts of a merge (``own``, on its side) that lacks a
    part's evidence still has words of its own there: ``FRESH`` of its term weight found in the
    other side's paragraphs ``whole`` and not in ``own``, and a pair of adjacent content words
    (a phrase) found in ``whole`` and not in ``own``."""
    if fresh_share(corpus, middle, whole, own) < FRESH:
        return False
    return bool(_content_pairs(middle) & _content_pairs(*whole) - _content_pairs(*own))


def _content_pairs(*paragraphs: Features) -> set[tuple[str, str]]:
    """Adjacent pairs of content words (no stop word) in the paragraphs: a phrase, more than words."""
    return {pair for f in paragraphs for pair in bigrams(f.words)
            if pair[0] not in STOPWORDS and pair[1] not in STOPWORDS}
