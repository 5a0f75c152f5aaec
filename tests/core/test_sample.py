"""The alignment an editor draws on the sample story, whichever version is the base."""

from __future__ import annotations

import pytest

from tests.conftest import ORIGINAL, REWRITE, SPUN, SYNDICATED
from tui.core import analyse, compare

# Paragraph pairs an editor puts in one row: (label, index), (label, index).
SAME_ROW = [
    # the syndicated copy's edited paragraphs and the original
    *[((SYNDICATED, a), (ORIGINAL, b)) for a, b in [(9, 1), (10, 2), (11, 3), (12, 4), (13, 5), (14, 9), (15, 10),
                                                      (16, 11), (20, 13), (21, 14), (22, 15), (23, 16)]],
    # the spun copy: reworded lede and paragraphs, the rest verbatim
    *[((SPUN, a), (ORIGINAL, b)) for a, b in [(1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5), (7, 6), (14, 7),
                                                (15, 8), (16, 9), (17, 10), (18, 11), (19, 12), (20, 13), (21, 14),
                                                (22, 15), (23, 16), (24, 17), (25, 18), (26, 19), (27, 20),
                                                (30, 21), (31, 22), (32, 23)]],
    # facts the independent rewrite shares with the syndicated copy
    ((REWRITE, 7), (SYNDICATED, 24)),
    ((REWRITE, 9), (SYNDICATED, 8)),
]

# Pairs that must not share a row.
APART = [
    ((REWRITE, 8), (ORIGINAL, 23)),
    ((SYNDICATED, 27), (ORIGINAL, 23)),
    ((REWRITE, 7), (ORIGINAL, 14)),
]


def _row_index(comparison, label: str, index: int) -> int:
    v = next(n for n, version in enumerate(comparison.versions) if version.label == label)
    return next(n for n, row in enumerate(comparison.rows) if index in row.cells[v])


@pytest.fixture(scope="module", params=[ORIGINAL, SYNDICATED, SPUN, REWRITE], ids=lambda label: f"base {label[:3]}")
def by_base(request, sample_versions):
    base = next(n for n, v in enumerate(sample_versions) if v.label == request.param)
    return compare(sample_versions, base)


@pytest.mark.parametrize("left,right", SAME_ROW, ids=[f"{a[0][:3]}:{a[1]}={b[0][:3]}:{b[1]}" for a, b in SAME_ROW])
def test_editor_pairs_share_a_row(by_base, left, right):
    assert _row_index(by_base, *left) == _row_index(by_base, *right)


@pytest.mark.parametrize("left,right", APART, ids=[f"{a[0][:3]}:{a[1]}!={b[0][:3]}:{b[1]}" for a, b in APART])
def test_unrelated_paragraphs_stay_apart(by_base, left, right):
    assert _row_index(by_base, *left) != _row_index(by_base, *right)


def test_original_is_the_automatic_base(sample_comparison):
    assert sample_comparison.base_version.label == ORIGINAL


def test_scorecard_orders_the_versions(sample_comparison):
    analysis = analyse(sample_comparison)
    stats = {sample_comparison.versions[v].label: s for v, s in analysis.stats.items()}
    assert stats[SPUN].derivation == "wholly-derived"
    assert stats[SYNDICATED].derivation == "partially-derived"
    assert stats[REWRITE].derivation == "non-derived"
    copied = {label: s.verbatim + s.edited for label, s in stats.items()}
    assert copied[SPUN] > copied[SYNDICATED] > copied[REWRITE]
    for s in stats.values():
        assert s.verbatim + s.edited + s.paraphrase + s.new == pytest.approx(1.0, abs=0.01)


def test_spun_copy_is_derived_from_the_original(sample_comparison):
    analysis = analyse(sample_comparison)
    labels = [v.label for v in sample_comparison.versions]
    edges = {(labels[e.source], labels[e.target]) for e in analysis.derivation}
    assert (ORIGINAL, SPUN) in edges
    assert not any(REWRITE in edge for edge in edges)


def test_reordered_paraphrase_of_the_original(sample_versions):
    """A paraphrase written for these tests: every paragraph reworded, two moved, two merged."""
    from pathlib import Path

    from tui.core.input.loading import read_version

    original = next(v for v in sample_versions if v.label == ORIGINAL)
    data = (Path(__file__).parent / "data" / "paraphrase-reordered.txt").read_bytes()
    paraphrase = read_version(data, "P", "paraphrase", "paraphrase.txt")
    comparison = compare([original, paraphrase], 0)
    pairs = {row.cells[1]: row.cells[0] for row in comparison.rows if row.cells[1]}
    assert pairs == {(0,): (0,), (1,): (1,), (2,): (2,), (3,): (9,), (4,): (10,), (5,): (3,), (6,): (4,),
                     (7,): (5,), (8,): (6,), (9,): (7, 8), (10,): (11,)}
    moved = {row.cells[1] for row in comparison.rows if row.relation == "moved"}
    assert moved == {(3,), (4,)}
