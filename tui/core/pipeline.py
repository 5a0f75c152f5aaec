"""The comparison pipeline: versions in, a ``Comparison`` out.

``compare(versions, base=None)`` builds word features, chooses the base when
the caller did not (the version that shares the most wording with the
others), aligns the paragraphs of all versions and classifies the rows. It is
deterministic: the same input always gives the same result, with or without
``parallel`` (for big inputs: half the versions aligned in a forked process). ``resolve_base``
turns a user's ``--base`` (an id, a label or a 1-based position) into a
position, or raises ``BaseChoiceError``.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from .align.groups import group_paragraphs
from .align.rows import build_rows
from .align.similarity import Corpus, shingles
from .errors import BaseChoiceError
from .model import Comparison, Version

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


def choose_base(counts: list[list[int]]) -> int:
    """The version sharing the most word 3-grams with all the others (first on ties)."""
    totals = [sum(c for w, c in enumerate(row) if w != v) for v, row in enumerate(counts)]
    return max(range(len(totals)), key=lambda v: (totals[v], -v))


def resolve_base(versions: Sequence[Version], spec: str) -> int:
    """A version position from an id (A), a label (file stem) or a 1-based position."""
    for n, version in enumerate(versions):
        if spec in (version.id, version.label):
            return n
    if spec.isdigit() and 1 <= int(spec) <= len(versions):
        return int(spec) - 1
    for n, version in enumerate(versions):
        if spec.lower() in (version.id.lower(), version.label.lower()):
            return n
    names = ", ".join(f"{v.id}={v.label}" for v in versions)
    raise BaseChoiceError(f"--base {spec!r} names no version; use an id, a label or 1..{len(versions)} ({names})")


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
            progress: Progress | None = None, parallel: bool = False) -> Comparison:
    """Align and classify N versions of one story (``parallel``: share the alignment with a forked process)."""
    with collector_paused():
        return _compare(tuple(versions), base, progress, parallel)


def _compare(versions: tuple[Version, ...], base: int | None, progress: Progress | None,
             parallel: bool = False) -> Comparison:
    if not versions:
        raise ValueError("compare() needs at least one version")
    if progress:
        progress("reading words", 0.0)
    corpus = Corpus(versions)
    grams = _version_grams(corpus)
    counts = overlap_counts(grams)
    if base is None:
        base = choose_base(counts)
        reason = (f"chosen by syndiff: {versions[base].label} shares the most wording with the other versions"
                  if len(versions) > 1 else "the only version")
    else:
        reason = "chosen by the user"
    labels = [v.label for v in versions]
    uf = group_paragraphs(corpus, base, labels, progress, parallel)
    rows = build_rows(versions, base, uf, corpus)
    if progress:
        progress("done", 1.0)
    return Comparison(versions, base, reason, rows, shared_matrix(grams, counts))
