"""What a cell covering several rows claims: the rows of what it carries, not the rows between.

``subrows._spans``: a paragraph carrying pivot paragraphs 0 and 2 (not 1) covers rows 0 and 2
only; ``subrows._true_row`` joins rows only where every pair it would claim carries a common
pivot paragraph. ``rowlinks.cover_gaps``: a gap merge covers a row only where the covered
paragraph is alone of its version there.
"""

from __future__ import annotations

import pytest

from tui.core.align.rowlinks import cover_gaps
from tui.core.align.subrows import _spans, _true_row

# (id, carried pivot positions per paragraph of version 1 (version 0 is the pivot: 0, 1, 2), spans expected)
SPANS = [
    ("one paragraph carrying all", [{0, 1, 2}], [{0, 1, 2}]),
    ("one paragraph skipping the middle", [{0, 2}], [{0, 2}]),
    ("never past the next paragraph of its version", [{0, 2}, {1}], [{0}, {1}]),
    ("two parts", [{0}, {1, 2}], [{0}, {1, 2}]),
]


@pytest.mark.parametrize("carried,expected", [c[1:] for c in SPANS], ids=[c[0] for c in SPANS])
def test_spans_cover_what_is_carried(carried, expected):
    by_version = {0: [0, 1, 2], 1: list(range(len(carried)))}
    table = {(0, k): frozenset((k,)) for k in range(3)}
    table.update({(1, i): frozenset(c) for i, c in enumerate(carried)})
    spans = _spans(by_version, table)
    assert spans is not None
    assert [set(spans[(1, i)]) for i in range(len(carried))] == expected


# (id, spans of paragraphs of versions 0 (pivot), 1 and 2, rows lo..hi, whether one row is true)
ROWS = [
    ("a merge covering both", {(0, 0): {0}, (0, 1): {1}, (1, 0): {0, 1}}, (0, 1), True),
    ("a cell skipping the row it would be claimed with", {(0, 0): {0}, (0, 1): {1}, (0, 2): {2},
                                                          (1, 0): {0, 2}, (2, 0): {0, 1, 2}}, (0, 1), False),
    ("the rows it carries, one by one", {(0, 0): {0}, (0, 1): {1}, (0, 2): {2},
                                         (1, 0): {0, 2}, (2, 0): {0, 1, 2}}, (2, 2), True),
]


@pytest.mark.parametrize("spans,bounds,true", [c[1:] for c in ROWS], ids=[c[0] for c in ROWS])
def test_a_row_is_true_where_every_pair_shares_a_pivot_paragraph(spans, bounds, true):
    assert _true_row(*bounds, {node: frozenset(s) for node, s in spans.items()}) is true


# (id, cells of version 1 in the covered row, whether version 0's paragraph covers it)
GAPS = [
    ("covered paragraph alone in its row", (2,), True),
    ("another paragraph of its version beside it", (1, 2), False),
]


@pytest.mark.parametrize("covered_cell,covers", [c[1:] for c in GAPS], ids=[c[0] for c in GAPS])
def test_gap_merge_covers_a_row_only_for_its_paragraph_alone(covered_cell, covers):
    drafts = [(((0,), (0,)), (), False), (((), covered_cell), (), False)]
    cover_gaps(drafts, [((0, 0), (1, 2))])
    continued = drafts[1][1]
    assert (bool(continued) and continued[0]) is covers
