"""GridCells without an app: wrapped cell lines, row heights, and long diffs left to a worker."""

from __future__ import annotations

import pytest

from tests.conftest import make_versions
from tui.core import compare
from tui.widgets.cells import TrackedDiffs
from tui.widgets.gridcells import GridCells
from tui.widgets.gridmodel import LONG_CELL, GridModel
from tui.widgets.viewoptions import ViewOptions

SHORT_A = "The council met on Monday.\nIt approved the budget after a long debate."
SHORT_B = "The council met on Tuesday.\nIt approved the budget after a long debate."
LONG_WORDS = " ".join(f"word{n}" for n in range(LONG_CELL // 5))  # one paragraph past LONG_CELL with its twin


def cells_of(a: str, b: str, **options) -> GridCells:
    comparison = compare(make_versions(a, b), 0)
    model = GridModel()
    model.load(comparison)
    model.set_options(ViewOptions(**options))
    model.fit(160)
    model.rebuild()
    cells = GridCells(model)
    cells.load(comparison, TrackedDiffs(comparison))
    return cells


def text_of(lines) -> str:
    return "".join(text for line in lines for text, _ in line)


WRAP = [  # (id, width, fewest lines, most lines)
    ("wide: one line", 80, 1, 1),
    ("narrow: wrapped", 12, 3, 4),
]


@pytest.mark.parametrize("width,fewest,most", [w[1:] for w in WRAP], ids=[w[0] for w in WRAP])
def test_lines_wrap_to_the_width(width, fewest, most):
    cells = cells_of(SHORT_A, SHORT_B)
    lines, final = cells.lines(0, 1, width)
    assert final and fewest <= len(lines) <= most
    assert all(sum(len(text) for text, _ in line) <= width for line in lines)
    assert "Tuesday" in text_of(lines) and "Monday" in text_of(lines)  # the base's dropped word shown inline


def test_dropped_words_hidden_leaves_only_the_versions_text():
    lines, _ = cells_of(SHORT_A, SHORT_B, deletions=False).lines(0, 1, 80)
    assert "Tuesday" in text_of(lines) and "Monday" not in text_of(lines)


def test_item_height_is_the_tallest_cell_plus_a_separator():
    cells = cells_of(SHORT_A, SHORT_B)
    height, final = cells.item_height(0, [12, 12], exact=True)
    tallest = max(len(cells.lines(0, v, 12)[0]) for v in (0, 1))
    assert final and height == tallest + 1


def test_a_long_cell_is_deferred_once_then_painted_when_its_diff_is_ready():
    cells = cells_of(LONG_WORDS + " alpha", LONG_WORDS + " beta")
    lines, final = cells.lines(0, 1, 80)
    assert not final and cells.pending == {(0, 1)}
    cells.lines(0, 1, 80)
    assert cells.take_asked() == ((0, 1),) and cells.take_asked() == ()  # asked for once
    cells.context.diffs.diff(0, 1)  # what the worker does
    cells.diffs_ready(((0, 1),))
    lines, final = cells.lines(0, 1, 80)
    assert final and not cells.pending


def test_the_base_and_short_cells_are_never_deferred():
    cells = cells_of(LONG_WORDS + " alpha", LONG_WORDS + " beta")
    assert cells.lines(0, 0, 80)[1]  # the base has no diff to wait for
    short = cells_of(SHORT_A, SHORT_B)
    assert short.lines(0, 1, 80)[1] and short.take_asked() == ()
