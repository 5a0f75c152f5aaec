"""The comparison pipeline: versions in, a ``Comparison`` out.

``compare(versions, base=None)`` builds word features, chooses the base when
the caller did not (the version that shares the most wording with the
others), aligns the paragraphs of all versions and classifies the rows. It is
deterministic: the same input always gives the same result. The base is
decided in ``align.base`` (``resolve_base``, re-exported here, turns a user's
``--base`` into a position).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from .align.base import decide_base, resolve_base
from .align.groups import group_paragraphs
from .align.rows import build_rows
from .align.similarity import Corpus, shingles
from .model import Comparison, Version

__all__ = ["collector_paused", "compare", "overlap_counts", "resolve_base", "shared_matrix"]

Progress = Callable[[str, float], object]  # what it returns is ignored


def _version_grams(corpus: Corpus) -> list[set[tuple[str, ...]]]:
    return [shingles([f.words for f in feats]) for feats in corpus.features]


def overlap_counts(grams: list[set[tuple[str, ...]]]) -> list[list[int]]:
    """Counts of n-grams shared by each pair of versions, in one pass over the n-grams."""
    owners: dict[tuple[str, ...], int] = {}
    for v, g in enumerate(grams):
        bit = 1 << v
        for gram in g:
            owners[gram] = owners.get(gram, 0) | bit
    masks: dict[int, int] = {}
    for mask in owners.values():
        masks[mask] = masks.get(mask, 0) + 1
    n = len(grams)
    counts = [[0] * n for _ in range(n)]
    for mask, count in masks.items():
        members = [v for v in range(n) if mask >> v & 1]
        for v in members:
            for w in members:
                counts[v][w] += count
    return counts


def shared_matrix(grams: list[set[tuple[str, ...]]], counts: list[list[int]]) -> tuple[tuple[float, ...], ...]:
    """Share of each version's word 3-grams found in each other version."""
    return tuple(tuple(round(c / len(g), 3) if g else 0.0 for c in row) for g, row in zip(grams, counts, strict=True))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: the engine builds many small acyclic objects,
    and collections triggered by them cost about a third of the time on big inputs."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def compare(versions: Sequence[Version], base: int | None = None,
            progress: Progress | None = None) -> Comparison:
    """Align and classify N versions of one story."""
    with collector_paused():
        return _compare(tuple(versions), base, progress)


def _compare(versions: tuple[Version, ...], base: int | None, progress: Progress | None) -> Comparison:
    if not versions:
        raise ValueError("compare() needs at least one version")
    if progress:
        progress("reading words", 0.0)
    corpus = Corpus(versions)
    grams = _version_grams(corpus)
    counts = overlap_counts(grams)
    base, choice = decide_base(counts, base)
    labels = [v.label for v in versions]
    uf = group_paragraphs(corpus, base, labels, progress)
    rows = build_rows(versions, base, uf, corpus)
    if progress:
        progress("done", 1.0)
    return Comparison(versions, base, choice, rows, shared_matrix(grams, counts))
