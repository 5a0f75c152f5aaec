"""The comparison pipeline: versions in, a ``Comparison`` out.

``compare(versions, base=None)`` builds word features, chooses the base when
the caller did not (the version that shares the most wording with the
others), aligns the paragraphs of all versions and classifies the rows. It is
deterministic: the same input always gives the same result, with or without
``parallel`` (for big inputs: a forked helper shares the alignment and the
rows' classification).
The base is decided in ``align.base`` (``resolve_base``, re-exported here,
turns a user's ``--base`` into a position).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .align.base import decide_base, resolve_base
from .align.groups import group_paragraphs
from .align.rows import build_rows
from .align.similarity import Corpus, overlap_counts, shared_matrix, shingles
from .align.work import alignment_helper
from .collector import collector_paused
from .model import Comparison, Version

__all__ = ["compare", "resolve_base"]

Progress = Callable[[str, float], object]  # what it returns is ignored


def _version_grams(corpus: Corpus) -> list[set[tuple[str, ...]]]:
    return [shingles([f.words for f in feats]) for feats in corpus.features]


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
    base, choice = decide_base(counts, base)
    labels = [v.label for v in versions]
    with alignment_helper(corpus, versions, base, parallel) as helper:
        uf = group_paragraphs(corpus, base, labels, progress, helper)
        rows = build_rows(versions, base, uf, corpus, helper)
    if progress:
        progress("done", 1.0)
    return Comparison(versions, base, choice, rows, shared_matrix(grams, counts))
