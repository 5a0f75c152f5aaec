"""A cell's classification (``rows._block``) and its word diff (``Comparison.base_paragraphs``)
read the same base paragraphs, for every layout of cells that cover several rows.

Layouts are rows of (base cell, version cell) with ``+`` where the version's or the base's
cell above covers the row (``Row.continued``). The crossing one: the base's second paragraph
is split between the version's first and second (base 0, 1 ~ version 0; base 1 ~ version 1):
one text runs into the next, so the block of either version cell holds both base paragraphs.
"""

from __future__ import annotations

import pytest

from tests.conftest import make_versions
from tui.core.align.classify import _block
from tui.core.model import BaseChoice, CellInfo, Comparison, Row, covers

# (id, rows: (base cell, version cell, base continues, version continues))
LAYOUTS = [
    ("one to one", [((0,), (0,), False, False), ((1,), (1,), False, False)]),
    ("merge: version cell covers two rows", [((0,), (0,), False, False), ((1,), (), False, True)]),
    ("split: base cell covers two rows", [((0,), (0,), False, False), ((), (1,), True, False)]),
    ("merge across a dropped row", [((0,), (0,), False, False), ((1,), (), False, False), ((2,), (), False, True)]),
    ("crossing: each covers into the other's", [((0,), (0,), False, False), ((1,), (), False, True),
                                               ((), (1,), True, False)]),
    ("crossing, longer", [((0,), (0,), False, False), ((1,), (), False, True), ((), (1,), True, False),
                          ((2,), (), False, True), ((3,), (2,), False, False)]),
]


def _comparison(layout) -> Comparison:
    base_count = 1 + max(i for b, _, _, _ in layout for i in b)
    version_count = 1 + max(i for _, c, _, _ in layout for i in c)
    versions = make_versions("\n".join(f"Base paragraph {i}." for i in range(base_count)),
                             "\n".join(f"Version paragraph {i}." for i in range(version_count)))
    rows = tuple(Row((b, c), "edited", (CellInfo("base"), CellInfo("edited")), (bc, vc) if bc or vc else ())
                 for b, c, bc, vc in layout)
    return Comparison(tuple(versions), 0, BaseChoice.USER, rows)


@pytest.mark.parametrize("layout", [c[1] for c in LAYOUTS], ids=[c[0] for c in LAYOUTS])
def test_classification_and_diff_read_the_same_base_paragraphs(layout):
    comparison = _comparison(layout)
    drafts = [(row.cells, row.continued, False) for row in comparison.rows]
    cover = {v: covers([bool(row.cells[v]) for row in comparison.rows], [row.continues(v) for row in comparison.rows])
             for v in (0, 1)}
    for n, row in enumerate(comparison.rows):
        if row.cells[1]:
            assert _block(drafts, n, 0, 1, cover)[0] == comparison.base_paragraphs(n, 1), n


def test_crossing_cells_read_both_base_paragraphs():
    comparison = _comparison(LAYOUTS[4][1])
    assert comparison.base_paragraphs(0, 1) == (0, 1)
    assert comparison.base_paragraphs(2, 1) == (0, 1)
